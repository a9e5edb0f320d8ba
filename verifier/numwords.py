"""Number vocabulary shared by the number and date anchors: digits of any script, keycap
emoji digits, English and Hindi number, scale, ordinal and fraction words, percent and
currency words, and the qualifier phrases (more than, से ज्यादा, लगभग, कम से कम).

Hindi words are stored in their ``indicfold.fold_deva`` form, so पाँच/पांच and
करोड़/करोड look up alike. The word lists are the standard Hindi and English numerals,
written for this project.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

from verifier.indicfold import fold_deva

__all__ = [
    "AMBIGUOUS_WORDS",
    "CURRENCY_SYMBOLS",
    "EN_ORDINALS",
    "EN_SMALL",
    "FRACTION_WORDS",
    "HI_ORDINALS",
    "HI_SMALL",
    "HUNDRED_WORDS",
    "NUMBER_CUES",
    "ORDINAL_SUFFIXES",
    "PERCENT_WORDS",
    "POST_QUALIFIERS",
    "PRE_QUALIFIERS",
    "Qualifier",
    "SCALES",
    "clean_digits",
    "hi_ordinal",
]

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
"""Hindi 0-99 (folded spelling -> value), and दर्जन (a dozen)."""

_EN_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
EN_SMALL: dict[str, int] = {w: i for i, w in enumerate(_EN_UNITS)}
EN_SMALL.update({w: 20 + 10 * i for i, w in enumerate(_EN_TENS)})
EN_SMALL["dozen"] = 12
"""English 0-19, the tens and dozen."""

HUNDRED_WORDS = frozenset({"hundred", fold_deva("सौ")})

SCALES: dict[str, float] = {
    "thousand": 1e3,
    "k": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "lac": 1e5,
    "lacs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "dozen": 12,
}
for _word, _value in (
    ("हजार", 1e3),
    ("हज़ार", 1e3),
    ("लाख", 1e5),
    ("करोड़", 1e7),
    ("करोड", 1e7),
    ("कोटी", 1e7),  # Marathi crore (७५ हजार कोटी रुपये)
    ("अरब", 1e9),
    ("खरब", 1e11),
    ("मिलियन", 1e6),
    ("मिलीयन", 1e6),
    ("बिलियन", 1e9),
    ("बिलीयन", 1e9),
    ("ट्रिलियन", 1e12),
    ("दर्जन", 12),  # दो दर्जन = two dozen
):
    SCALES[fold_deva(_word)] = _value
"""Scale words (English, Indian English, Hindi; folded) -> multiplier. ``k``, ``m``
and ``b`` only count when glued to digits (``10k``, ``$5m``)."""

GLUED_ONLY_SCALES = frozenset({"k", "m", "b"})

_EN_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
EN_ORDINALS: dict[str, int] = {w: i + 1 for i, w in enumerate(_EN_ORDINAL_WORDS)}
EN_ORDINALS.update(
    {
        "twentieth": 20,
        "thirtieth": 30,
        "fortieth": 40,
        "fiftieth": 50,
        "sixtieth": 60,
        "seventieth": 70,
        "eightieth": 80,
        "ninetieth": 90,
        "hundredth": 100,
    }
)

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

FRACTION_WORDS: dict[str, float] = {
    "half": 0.5,
    "halves": 0.5,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 0.25,
    "quarters": 0.25,
    fold_deva("आधा"): 0.5,
    fold_deva("आधी"): 0.5,
    fold_deva("आधे"): 0.5,
    fold_deva("तिहाई"): 1 / 3,
    fold_deva("चौथाई"): 0.25,
}
"""Fraction words; after a number they are multiplied (दो तिहाई = 2/3, three quarters)."""

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


Qualifier = Literal["more-than", "less-than", "about", "at-least", "at-most", "up-to"]

ORDINAL_SUFFIXES = frozenset(
    {"st", "nd", "rd", "th", *(fold_deva(s) for s in ("वां", "वीं", "वें", "वाँ", "वा", "वी", "वे"))}
)
PERCENT_WORDS = frozenset(
    {"percent", "pc", *(fold_deva(w) for w in "प्रतिशत फीसदी फ़ीसदी फीसद फ़ीसद परसेंट पर्सेंट".split())}
)
CURRENCY_SYMBOLS = {"₹": "INR", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
AMBIGUOUS_WORDS = frozenset(
    {"one", "a", "an", "second", *(fold_deva(w) for w in "एक दूसरा दूसरी दूसरे".split())}
)  # दूसरी दौड़ = "her other race"; एक = "a"
NUMBER_CUES = frozenset({"number", "no", "नंबर", "नम्बर"})  # नंबर एक, No 1: a real 1

# Qualifiers before the number and after it, as word sequences.
_PRE_RAW: tuple[tuple[str, Qualifier], ...] = (
    ("more than", "more-than"),
    ("over", "more-than"),
    ("above", "more-than"),
    ("upwards of", "more-than"),
    ("in excess of", "more-than"),
    ("less than", "less-than"),
    ("fewer than", "less-than"),
    ("under", "less-than"),
    ("below", "less-than"),
    ("about", "about"),
    ("around", "about"),
    ("nearly", "about"),
    ("almost", "about"),
    ("approximately", "about"),
    ("approx", "about"),
    ("roughly", "about"),
    ("close to", "about"),
    ("some", "about"),
    ("at least", "at-least"),
    ("no less than", "at-least"),
    ("at most", "at-most"),
    ("no more than", "at-most"),
    ("up to", "up-to"),
    ("upto", "up-to"),
    ("लगभग", "about"),
    ("करीब", "about"),
    ("क़रीब", "about"),
    ("तकरीबन", "about"),
    ("तक़रीबन", "about"),
    ("कम से कम", "at-least"),
    ("न्यूनतम", "at-least"),
    ("ज्यादा से ज्यादा", "at-most"),
    ("ज़्यादा से ज़्यादा", "at-most"),
    ("अधिक से अधिक", "at-most"),
    ("अधिकतम", "at-most"),
)
_POST_RAW: tuple[tuple[str, Qualifier], ...] = (
    ("या उससे ज्यादा", "at-least"),
    ("या इससे ज्यादा", "at-least"),
    ("या उससे अधिक", "at-least"),
    ("या इससे अधिक", "at-least"),
    ("या ज्यादा", "at-least"),
    ("या अधिक", "at-least"),
    ("या उससे कम", "at-most"),
    ("या इससे कम", "at-most"),
    ("या कम", "at-most"),
    ("से भी ज्यादा", "more-than"),
    ("से भी अधिक", "more-than"),
    ("से ज्यादा", "more-than"),
    ("से ज़्यादा", "more-than"),
    ("से अधिक", "more-than"),
    ("से ऊपर", "more-than"),
    ("से भी ऊपर", "more-than"),
    ("से भी कम", "less-than"),
    ("से कम", "less-than"),
    ("के करीब", "about"),
    ("के क़रीब", "about"),
    ("के आसपास", "about"),
    ("के लगभग", "about"),
    ("तक", "up-to"),
    ("or more", "at-least"),
    ("or above", "at-least"),
    ("and above", "at-least"),
    ("or less", "at-most"),
    ("or fewer", "at-most"),
    ("plus", "at-least"),
)


def _phrases(raw: Sequence[tuple[str, Qualifier]]) -> tuple[tuple[tuple[str, ...], Qualifier], ...]:
    """Folded word sequences, longest first."""
    items = [(tuple(fold_deva(w) for w in phrase.split()), q) for phrase, q in raw]
    return tuple(sorted(items, key=lambda pq: -len(pq[0])))


PRE_QUALIFIERS = _phrases(_PRE_RAW)
POST_QUALIFIERS = _phrases(_POST_RAW)


_KEYCAP = "\u20e3"
_VS16 = "\ufe0f"
# Characters clean_digits changes: non-ASCII decimal digits, keycap, variation selector.
_SPECIAL = re.compile(r"[^\x00-\x7f](?<=\d)|[\u20e3\ufe0f]")


def clean_digits(text: str) -> tuple[str, list[int]]:
    """``text`` with every decimal digit as ASCII and keycap emoji reduced to the digit.

    Returns the cleaned text and, for each of its characters plus one past the end, the
    index in ``text`` it came from (so spans found in the clean text map back).
    ``1⃣0⃣`` -> ``10``; ``२०२६`` -> ``2026``.
    """
    if text.isascii() or not _SPECIAL.search(text):
        return text, list(range(len(text) + 1))
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch in (_KEYCAP, _VS16) and out and out[-1].isdigit():
            continue
        if not ch.isascii() and ch.isdecimal():
            ch = str(unicodedata.decimal(ch))
        out.append(ch)
        where.append(i)
    where.append(len(text))
    return "".join(out), where
