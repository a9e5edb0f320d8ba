"""Month, weekday and relative-day words of the languages of Indian news in running text.

Month and weekday names come from Unicode CLDR 49 (``verifier/data/calendar/cldr.tsv``,
written by ``verifier/data/lexicon/cldr_build.py``; Unicode License v3), relative days
(today, yesterday, tomorrow) from the language tables (``verifier.lang.languages``).
Bengali, Gujarati, Odia and the Dravidian languages glue case endings to the name
(ஜனவரியில் "in January", జనవరిలో, ಜನವರಿಯಲ್ಲಿ): a name followed by at most a short ending
is read as the name (Marathi रविवारी, जुलैच्या too). Only wide names of three characters or
more are read in running text: Marathi मे "May" is a Hindi typo for में, गुरु "Thu." a word.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from importlib.resources import files

from verifier.lang.languages import CODES, get
from verifier.lang.textnorm import dominant_script

_GLUING = frozenset({"beng", "gujr", "orya", "taml", "telu", "knda", "mlym", "deva"})
_MAX_ENDING = 6
_MIN_NAME = 4
"""A name read with a glued ending has four characters at least (not Bengali মে + …)."""
_AMBIGUOUS = frozenset({"ہفتہ", "پیر"})
"""Urdu ہفتہ is also "week", پیر also "saint": not weekdays in running text."""


@cache
def _tables() -> tuple[dict[str, int], dict[str, int]]:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    text = files("verifier").joinpath("data/calendar/cldr.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        _lang, kind, number, width, name = line.split("\t")
        if name in _AMBIGUOUS or width != "wide" or len(name) < 3:
            continue  # short forms (Marathi गुरु, Tamil ஜன) are words of their own too
        (months if kind == "month" else weekdays).setdefault(name, int(number))
    return months, weekdays


@cache
def _relative() -> dict[str, tuple[int, ...]]:
    out: dict[str, tuple[int, ...]] = {}
    for code in CODES:
        lang = get(code)
        if lang is not None and lang.script != "deva":
            out.update(lang.relative_days)
    return out


_OWN_ENDINGS = {
    "deva": "ी ला ना त च्या चा ची चे पासून पर्यंत मध्ये मा को देखि सम्म ले बाट",  # mr, ne
    "beng": "ে র ের তে য় এ এর",
}
"""Endings a month or weekday takes in Marathi, Nepali and Bengali, whose tables have no
suffix list (their readers live in ``verifier.lang.regional``)."""


@cache
def _endings(script: str) -> frozenset[str]:
    """The case endings and clitics a name may carry in ``script``: only those, so that
    Telugu మార్చింది ("changed") is not మార్చి (March) and जूनियर not जून."""
    out = set(_OWN_ENDINGS.get(script, "").split())
    for code in CODES:
        lang = get(code)
        if lang is not None and lang.script == script:
            out |= set(lang.suffix_list) | set(lang.clitics)
            out |= {a + b for a in lang.suffix_list for b in lang.clitics}
    return frozenset(out)


def _lookup(word: str, table: dict[str, int]) -> int | None:
    word = unicodedata.normalize("NFC", word.strip(" ,."))
    found = table.get(word)
    script = dominant_script(word)
    if found is not None or script not in _GLUING:
        return found
    endings = _endings(script)
    for cut in range(1, min(_MAX_ENDING, len(word) - _MIN_NAME) + 1):
        name, rest = word[:-cut], word[-cut:]
        found = table.get(name)
        if found is not None and (rest in endings or _doubled(name, rest) in endings):
            return found
    return None


def _doubled(name: str, rest: str) -> str:
    """``rest`` without the consonant a Dravidian name doubles before a vowel ending
    (மார்ச் + ச + இல் = மார்ச்சில்), else ``rest`` unchanged."""
    if len(name) >= 2 and unicodedata.category(name[-1]) == "Mn" and rest[:1] == name[-2]:
        return rest[1:]
    return rest


@lru_cache(maxsize=65536)
def month(word: str) -> int | None:
    """1-12 for a month name of an Indian language other than Hindi, with or without a
    glued ending; else ``None``."""
    return _lookup(word, _tables()[0])


@lru_cache(maxsize=65536)
def weekday(word: str) -> int | None:
    """1 (Monday) to 7 for a weekday name of an Indian language other than Hindi."""
    return _lookup(word, _tables()[1])


def relative_days(word: str) -> tuple[int, ...] | None:
    """Day offsets of a today/yesterday/tomorrow word in a script other than Devanagari
    (two offsets when the word means both, as Urdu کل)."""
    return _relative().get(unicodedata.normalize("NFC", word))
