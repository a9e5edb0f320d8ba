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


def _tables() -> tuple[dict[str, int], dict[str, float], frozenset[str]]:
    small: dict[str, int] = {}
    scales: dict[str, float] = {}
    percent: set[str] = set()
    for code in CODES:
        lang = get(code)
        if lang is None:
            continue
        for word, value in lang.number_words.items():
            if float(value).is_integer():
                for ending in ("", *lang.number_classifiers, *lang.ordinal_endings):
                    small.setdefault(_key(_join(word, ending)), int(value))
                for ending in lang.ordinal_endings:  # Telugu తొమ్మిది → తొమ్మిదవ
                    if unicodedata.category(word[-1]) in ("Mn", "Mc"):
                        small.setdefault(_key(word[:-1] + ending), int(value))
        for word, factor in lang.scale_words.items():
            scales.setdefault(_key(word), factor)
        percent |= {_key(w) for w in lang.percent_words.split()}
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
