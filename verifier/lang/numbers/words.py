"""Number vocabulary shared by the number and date anchors: digits of any script, keycap
emoji digits, English number and ordinal words, scale and fraction words (English and
Hindi), ordinal suffixes, percent and currency words.

The Hindi numerals and ordinals are in ``verifier.lang.numbers.hindi`` and the qualifier phrases
(more than, से ज्यादा, लगभग, कम से कम) in ``verifier.lang.numbers.qualifiers``; both are re-exported
here, so number and date code reads the whole vocabulary from this module.

Hindi words are stored in their ``indicfold.fold_deva`` form, so पाँच/पांच and
करोड़/करोड look up alike. The word lists are the standard Hindi and English numerals,
written for this project.
"""

from __future__ import annotations

import re
import unicodedata

from verifier.lang.indicfold import fold_deva
from verifier.lang.numbers import indic

# Re-exported: the number grammar and the date finder read all number words from here.
from verifier.lang.numbers.hindi import HI_ADDERS, HI_MIXED, HI_ORDINALS, HI_SMALL, hi_ordinal
from verifier.lang.numbers.qualifiers import POST_QUALIFIERS, PRE_QUALIFIERS, Qualifier

__all__ = [
    "AMBIGUOUS_WORDS",
    "CURRENCY_SYMBOLS",
    "EN_MULTIPLES",
    "EN_ORDINALS",
    "EN_SMALL",
    "FRACTION_WORDS",
    "HI_ADDERS",
    "HI_MIXED",
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
    ("मिल्यन", 1e6),  # ३२ मिल्यन (a post's own spelling)
    ("बिलियन", 1e9),
    ("बिलीयन", 1e9),
    ("बिल्यन", 1e9),
    ("ट्रिलियन", 1e12),
    ("दर्जन", 12),  # दो दर्जन = two dozen
):
    SCALES[fold_deva(_word)] = _value
"""Scale words (English, Indian English, Hindi; folded) -> multiplier. ``k``, ``m``
and ``b`` only count when glued to digits (``10k``, ``$5m``)."""

for _word, _value in indic.SCALES.items():  # language hook: the other Indian languages
    SCALES.setdefault(_word, _value)
for _word, _number in indic.SMALL.items():
    HI_SMALL.setdefault(_word, _number)

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

EN_MULTIPLES: dict[str, int] = {"twice": 2, "double": 2, "thrice": 3, "triple": 3, "quadruple": 4}
"""English words of a multiple: a rendering may say the figure (दो गुना, तीन गुना)."""

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

ORDINAL_SUFFIXES = frozenset(
    {"st", "nd", "rd", "th", *(fold_deva(s) for s in ("वां", "वीं", "वें", "वाँ", "वा", "वी", "वे"))}
)
PERCENT_WORDS = (
    frozenset(
        {"percent", "pc", *(fold_deva(w) for w in "प्रतिशत फीसदी फ़ीसदी फीसद फ़ीसद परसेंट पर्सेंट".split())}
    )
    | indic.PERCENT_WORDS
)
CURRENCY_SYMBOLS = {"₹": "INR", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
AMBIGUOUS_WORDS = frozenset(
    {"one", "a", "an", "second", *(fold_deva(w) for w in "एक दूसरा दूसरी दूसरे".split())}
)  # दूसरी दौड़ = "her other race"; एक = "a"
NUMBER_CUES = frozenset({"number", "no", "नंबर", "नम्बर"})  # नंबर एक, No 1: a real 1

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
