"""Hindi number words: the numerals 0-99 (with their common spellings), the irregular and
Sanskrit ordinals, the fractional counts डेढ़/ढाई and the adders सवा/साढ़े/पौने, and
``hi_ordinal``, which reads an ordinal word (दूसरा, पांचवां, बीसवीं).

Kept apart from ``verifier.lang.numbers.words`` (which re-exports them) because the 0-99 table alone
is a hundred lines. Words are stored in their ``indicfold.fold_deva`` form. The lists are
the standard Hindi numerals, written for this project.
"""

from __future__ import annotations

from functools import lru_cache

from verifier.lang.indicfold import fold_deva

__all__ = ["HI_ADDERS", "HI_MIXED", "HI_ORDINALS", "HI_SMALL", "hi_ordinal"]

_HI_SMALL_RAW = """
0 शून्य
1 एक
2 दो
3 तीन
4 चार
5 पांच पाँच
6 छह छः छै
7 सात
8 आठ
9 नौ
10 दस
11 ग्यारह
12 बारह
13 तेरह
14 चौदह
15 पंद्रह पन्द्रह
16 सोलह
17 सत्रह
18 अठारह
19 उन्नीस
20 बीस
21 इक्कीस
22 बाईस
23 तेईस
24 चौबीस
25 पच्चीस
26 छब्बीस
27 सत्ताईस
28 अट्ठाईस अठाईस
29 उनतीस उन्तीस
30 तीस
31 इकतीस इकत्तीस
32 बत्तीस
33 तैंतीस तेंतीस
34 चौंतीस
35 पैंतीस
36 छत्तीस
37 सैंतीस
38 अड़तीस
39 उनतालीस उन्तालीस
40 चालीस
41 इकतालीस
42 बयालीस ब्यालीस
43 तैंतालीस तिरालीस
44 चौवालीस चवालीस
45 पैंतालीस
46 छियालीस
47 सैंतालीस
48 अड़तालीस
49 उनचास
50 पचास
51 इक्यावन इकावन
52 बावन
53 तिरेपन तिरपन
54 चौवन चव्वन
55 पचपन
56 छप्पन
57 सत्तावन
58 अट्ठावन अठावन
59 उनसठ
60 साठ
61 इकसठ
62 बासठ
63 तिरसठ
64 चौंसठ
65 पैंसठ
66 छियासठ
67 सड़सठ सरसठ
68 अड़सठ
69 उनहत्तर
70 सत्तर
71 इकहत्तर
72 बहत्तर
73 तिहत्तर
74 चौहत्तर
75 पचहत्तर
76 छिहत्तर
77 सतहत्तर
78 अठहत्तर
79 उन्यासी उनासी
80 अस्सी
81 इक्यासी
82 बयासी
83 तिरासी
84 चौरासी
85 पचासी
86 छियासी
87 सत्तासी
88 अट्ठासी
89 नवासी
90 नब्बे
91 इक्यानबे इक्यानवे
92 बानबे बानवे
93 तिरानबे तिरानवे
94 चौरानबे चौरानवे
95 पचानबे पंचानबे पचानवे पंचानवे
96 छियानबे छियानवे
97 सत्तानबे सत्तानवे
98 अट्ठानबे अट्ठानवे
99 निन्यानबे निन्यानवे
"""

HI_SMALL: dict[str, int] = {
    fold_deva(word): int(line.split()[0])
    for line in _HI_SMALL_RAW.strip().splitlines()
    for word in line.split()[1:]
}
HI_SMALL[fold_deva("दर्जन")] = 12  # दर्जन भर लोग: "a dozen people"
# The aggregative दोनों ("both", "the two": Hindi grammar's समुच्चयबोधक numeral) counts two;
# as a word of two or less it is weak, so it only answers a figure the post has ("two
# towers" = "दोनों टावर") or stands where the post's figure changed ("a dozen towers").
HI_SMALL[fold_deva("दोनों")] = 2
"""Hindi 0-99 (folded spelling -> value), दर्जन (a dozen) and दोनों (both: two)."""

HI_ORDINALS: dict[str, int] = {
    fold_deva(w): n
    for n, words in (
        (1, "पहला पहली"),  # not पहले: it mostly means "before"
        (2, "दूसरा दूसरी दूसरे"),
        (3, "तीसरा तीसरी तीसरे"),
        (4, "चौथा चौथी चौथे"),
        (6, "छठा छठी छठे छठवां छठवीं छठवें"),
        (9, "नवां नवीं नवें"),
        # Sanskrit ordinals of formal Hindi: प्रथम विश्व युद्ध, एलिज़ाबेथ द्वितीय
        (1, "प्रथम"),
        (2, "द्वितीय"),
        (3, "तृतीय"),
        (4, "चतुर्थ"),
        (5, "पंचम"),
        (6, "षष्ठ"),
        (7, "सप्तम"),
        (8, "अष्टम"),
        (10, "दशम"),
    )
    for w in words.split()
}
"""Irregular Hindi ordinals; the rest are number + वां/वीं/वें (``hi_ordinal``)."""

_HI_ORDINAL_SUFFIXES = tuple(
    fold_deva(s) for s in ("वां", "वीं", "वें", "वाँ", "वीँ", "वें", "वा", "वी", "वे")
)

HI_MIXED: dict[str, float] = {
    fold_deva("डेढ़"): 1.5,
    fold_deva("डेढ"): 1.5,
    fold_deva("ढाई"): 2.5,
}
"""Hindi words for 1½ and 2½ (डेढ़ लाख = 150,000)."""

HI_ADDERS: dict[str, float] = {
    fold_deva("सवा"): 0.25,
    fold_deva("साढ़े"): 0.5,
    fold_deva("साढे"): 0.5,
    fold_deva("पौने"): -0.25,
}
"""सवा/साढ़े/पौने + number: +¼, +½, −¼ (साढ़े तीन = 3.5, सवा लाख = 125,000)."""


@lru_cache(maxsize=4096)
def hi_ordinal(word: str) -> int | None:
    """Value of a Hindi ordinal word (दूसरा, पांचवां, बीसवीं), else ``None``."""
    key = fold_deva(word)
    if key in HI_ORDINALS:
        return HI_ORDINALS[key]
    for suffix in _HI_ORDINAL_SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            stem = key[: -len(suffix)]
            if stem in HI_SMALL:
                return HI_SMALL[stem]
            if stem == fold_deva("सौ"):
                return 100
    return None
