"""Number words of the other languages of Indian news, from their tables
(``verifier.lang.languages``): numerals, scale words (lakh, crore), percent words and
qualifier phrases (about, more than), merged into the number vocabulary of
``verifier.lang.numbers.words`` and ``qualifiers``.

Words in a script other than Devanagari cannot be Hindi words, so they are all taken;
Marathi and Nepali words are taken only where Hindi has no such word (the Hindi tables
win: Marathi सात is Hindi सात).
"""

from __future__ import annotations

import unicodedata

from indic_transliteration.sanscript import transliterate

from verifier.lang.indicfold import fold_deva
from verifier.lang.languages import CODES, get


def _key(word: str) -> str:
    return fold_deva(unicodedata.normalize("NFC", word))


def _join(word: str, ending: str) -> str:
    """``word`` + ``ending``; an ending that starts with a vowel sign takes the place of the
    word's final one (ஒன்பது + ாவது = ஒன்பதாவது)."""
    if ending and unicodedata.category(ending[0]) in ("Mn", "Mc"):
        if word and unicodedata.category(word[-1]) in ("Mn", "Mc"):
            word = word[:-1]
    return word + ending


# Ordinals a language does not make from its numerals with a regular ending (first,
# second, third; Marathi नववा "ninth" from नव-, not नऊ). Marathi: Dhongde & Wali,
# "Marathi" (John Benjamins, 2009), numerals; Nepali: Acharya, "A Descriptive Grammar of
# Nepali" (1991); Gujarati: Cardona & Suthar, "Gujarati" in "The Indo-Aryan Languages"
# (2003); Punjabi: Bhatia, "Punjabi" (Routledge, 1993); Urdu: Schmidt, "Urdu: An
# Essential Grammar" (Routledge, 1999). Each stem takes the adjective's endings.
_IRREGULAR_ORDINALS: dict[str, tuple[tuple[str, int], ...]] = {
    "mr": (("पहिल", 1), ("दुसर", 2), ("तिसर", 3), ("चौथ", 4), ("सहाव", 6), ("नवव", 9)),
    "ne": (("पहिल", 1), ("दोस्र", 2), ("तेस्र", 3), ("चौथ", 4)),
    "gu": (("પહેલ", 1), ("બીજ", 2), ("ત્રીજ", 3), ("ચોથ", 4)),
    "pa": (("ਪਹਿਲ", 1), ("ਦੂਜ", 2), ("ਤੀਜ", 3), ("ਚੌਥ", 4)),
    "ur": (("پہل", 1), ("دوسر", 2), ("تیسر", 3), ("چوتھ", 4)),
}
# Words written like a numeral or ordinal that are far more often something else, since
# the script leaves the vowels out or the form is shared: Urdu اسی "isī, this very" (80
# assī), پہلے "before"; Gujarati પહેલા "before"; Nepali पहिला
# "before" (Schmidt 1999; Cardona & Suthar 2003; Acharya 1991, as above).
_HOMOGRAPHS: dict[str, frozenset[str]] = {
    "ur": frozenset({"اسی", "پہلے"}),
    "gu": frozenset({"પહેલા"}),
    "ne": frozenset({"पहिला"}),
}
_ORDINAL_INFLECTIONS: dict[str, tuple[str, ...]] = {
    "mr": ("ा", "ी", "े", "्या"),  # दुसऱ्या is written with the eyelash ra too
    "ne": ("ो", "ा", "ी"),
    "gu": ("ું", "ો", "ી", "ા", "ે"),
    "pa": ("ਾ", "ੀ", "ੇ"),
    "ur": ("ا", "ی", "ے"),
}
# The Sanskrit ordinals (प्रथम "first" … विंश "twentieth") are how Bengali and Odia write
# ordinals in news; written once in Devanagari and put in each script by
# indic-transliteration.
_SANSKRIT_ORDINALS = (
    "प्रथम द्वितीय तृतीय चतुर्थ पंचम षष्ठ सप्तम अष्टम नवम दशम एकादश द्वादश त्रयोदश चतुर्दश"
    " पंचदश षोडश सप्तदश अष्टादश ऊनविंश विंश"
).split()
_SANSKRIT_SCRIPTS = {"bn": "bengali", "or": "oriya"}


def _ordinals() -> dict[str, int]:
    out: dict[str, int] = {}
    for code, stems in _IRREGULAR_ORDINALS.items():
        for stem, value in stems:
            for ending in _ORDINAL_INFLECTIONS[code]:
                if stem + ending in _HOMOGRAPHS.get(code, ()):
                    continue
                out[_key(stem + ending)] = value
                if code == "mr" and stem.endswith("र") and ending == "्या":
                    out[_key(stem[:-1] + "ऱ्या")] = value  # दुसऱ्या, तिसऱ्या
    for scheme in _SANSKRIT_SCRIPTS.values():
        for value, word in enumerate(_SANSKRIT_ORDINALS, start=1):
            written = transliterate(word, "devanagari", scheme)
            out[_key(written)] = value
            out[_key(written.replace("ଯ", "ୟ"))] = value  # Odia writes this य as ୟ
            out[_key(written.replace("ড", "ড়"))] = value  # Bengali ষোড়শ
    return out


def _tables() -> tuple[dict[str, int], dict[str, float], frozenset[str]]:
    small: dict[str, int] = {}
    scales: dict[str, float] = {}
    percent: set[str] = set()
    for code in CODES:
        lang = get(code)
        if lang is None:
            continue
        for word, value in lang.number_words.items():
            if word in _HOMOGRAPHS.get(code, ()):
                continue
            if float(value).is_integer():
                for ending in ("", *lang.number_classifiers, *lang.ordinal_endings):
                    small.setdefault(_key(_join(word, ending)), int(value))
                for ending in lang.ordinal_endings:  # Telugu తొమ్మిది → తొమ్మిదవ
                    if unicodedata.category(word[-1]) in ("Mn", "Mc"):
                        small.setdefault(_key(word[:-1] + ending), int(value))
        for word, factor in lang.scale_words.items():
            scales.setdefault(_key(word), factor)
        percent |= {_key(w) for w in lang.percent_words.split()}
    for word, value in _ordinals().items():
        small.setdefault(word, value)
    return small, scales, frozenset(percent)


def _qualifiers(which: str) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for code in CODES:
        lang = get(code)
        if lang is not None:
            table = lang.qualifiers_before if which == "before" else lang.qualifiers_after
            out += [(unicodedata.normalize("NFC", p), q) for p, q in table.items()]
    return tuple(out)


SMALL, SCALES, PERCENT_WORDS = _tables()
"""Numerals, scale words and percent words of every table language, by folded key."""
PRE_RAW = _qualifiers("before")
POST_RAW = _qualifiers("after")
"""Qualifier phrases (text, qualifier) before and after a figure, every table language."""
