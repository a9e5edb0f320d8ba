"""Dates written as words: post footers and article datelines in several languages.

Pure helpers shared by ``parse`` (article dates) and ``embeds`` (post footers). X prints the
footer date in the language of whoever generated the embed code, not of the post
(``16 мая 2018 г.`` inside ``data-lang="en"``, ``25. September 2018``; see
``../shared/formats/README.md`` §1.3), so the month table covers every language seen in the
samples and in the real articles plus the languages of Indian newsrooms.

Month names: Hindi from Unicode CLDR 49 (``../shared/data/lexicon/cldr-en-hi/months.tsv``,
Unicode License) plus the common spelling variants without nukta / with the half-nasal
(सितम्बर, अक्तूबर); the other languages are their standard calendar spellings, checked
against the footer dates in ``formats/samples/x-embed-html``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from verifier.lang.dates import indic
from verifier.lang.indicfold import fold_deva, is_deva

# Month and weekday names by language, the one home of both (article dates, post footers,
# the date check). Each row lists a language's names for months 1-12 (weekdays Monday-
# Sunday), alternatives separated by "|". A Devanagari short form written with ॰ (जन॰)
# is a month in running text only with that mark (bare जन is "people").
_MONTH_ROWS: dict[str, tuple[str, ...]] = {
    "en": ("january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun",
           "july|jul", "august|aug", "september|sep|sept", "october|oct", "november|nov",
           "december|dec"),
    "hi": ("जनवरी|जन॰", "फ़रवरी|फरवरी|फ़र॰|फर॰", "मार्च", "अप्रैल|अप्रेल", "मई", "जून",
           "जुलाई|जुलायी|जुल॰", "अगस्त|अग॰", "सितंबर|सितम्बर|सित॰",
           "अक्टूबर|अक्तूबर|अकटूबर|अक्टू॰", "नवंबर|नवम्बर|नव॰", "दिसंबर|दिसम्बर|दिस॰"),
    "mr": ("जानेवारी", "फेब्रुवारी", "मार्च", "एप्रिल", "मे", "जून", "जुलै", "ऑगस्ट",
           "सप्टेंबर", "ऑक्टोबर", "नोव्हेंबर", "डिसेंबर"),
    "bn": ("জানুয়ারি|জানুয়ারী", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট",
           "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"),
    "ur": ("جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
           "اکتوبر", "نومبر", "دسمبر"),
    "de": ("januar|jänner", "februar", "märz|marz", "april", "mai", "juni", "juli", "august",
           "september", "oktober|okt", "november", "dezember|dez"),
    "fr": ("janvier|janv", "février|févr|fevrier", "mars", "avril|avr", "mai", "juin",
           "juillet|juil", "août|aout", "septembre", "octobre", "novembre", "décembre|decembre"),
    "es": ("enero|ene", "febrero", "marzo", "abril|abr", "mayo", "junio", "julio", "agosto",
           "septiembre|setiembre", "octubre", "noviembre", "diciembre|dic"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
    "ru": ("января|январь|янв", "февраля|февраль|фев", "марта|март|мар", "апреля|апрель|апр",
           "мая|май", "июня|июнь|июн", "июля|июль|июл", "августа|август|авг",
           "сентября|сентябрь|сен", "октября|октябрь|окт", "ноября|ноябрь|ноя",
           "декабря|декабрь|дек"),
}  # fmt: skip
_WEEKDAY_ROWS: dict[str, tuple[str, ...]] = {
    "en": ("monday|mon", "tuesday|tue|tues", "wednesday|wed|weds", "thursday|thu|thur|thurs",
           "friday|fri", "saturday|sat", "sunday|sun"),
    "hi": ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार|बृहस्पतिवार|वीरवार", "शुक्रवार", "शनिवार",
           "रविवार|इतवार"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
}  # fmt: skip
RUNNING_TEXT_LANGS = ("en", "hi")
"""Languages whose month and weekday names are read in running article text; the others
only in dates of a fixed shape (post footers), where a word like मे (Marathi May, a Hindi
typo for में) cannot be misread."""


@lru_cache(maxsize=65536)  # every word of a text is looked up as a month and a weekday
def _key(word: str) -> str:
    """Lookup key: NFC, case-folded, Devanagari folded (nukta, candrabindu), abbreviation
    marks dropped."""
    word = unicodedata.normalize("NFC", word).casefold().rstrip(".")
    return fold_deva(word) if is_deva(word) else word


def _table(rows: dict[str, tuple[str, ...]], langs: tuple[str, ...] | None) -> dict[str, int]:
    table: dict[str, int] = {}
    for lang, names in rows.items():
        if langs is None or lang in langs:
            for n, alternatives in enumerate(names, 1):
                for name in alternatives.split("|"):
                    table.setdefault(_key(name), n)
                    if langs is None:  # fixed-shape dates: short forms without ॰ too
                        table.setdefault(_key(name.rstrip("॰")), n)
    return table


MONTHS: dict[str, int] = _table(_MONTH_ROWS, None)
"""Month numbers of every name and short form in every language (post footers)."""
WEEKDAY_NUMBERS: dict[str, int] = _table(_WEEKDAY_ROWS, None)
WEEKDAYS = frozenset(WEEKDAY_NUMBERS)
_TEXT_MONTHS = _table(_MONTH_ROWS, RUNNING_TEXT_LANGS)
_TEXT_WEEKDAYS = _table(_WEEKDAY_ROWS, RUNNING_TEXT_LANGS)


@lru_cache(maxsize=65536)  # every word of a text is asked
def month_number(word: str) -> int | None:
    """1-12 for an English or Hindi month name or short form in running text (Feb, Sept.,
    फ़रवरी, फरवरी, जन॰), else ``None``. A bare Hindi short form without ॰ is not a month."""
    found = _TEXT_MONTHS.get(_key(word.strip()))
    return found if found is not None or word.isascii() else indic.month(word)


def other_language_month(word: str) -> bool:
    """A month name of another Indian language than Hindi (Marathi जुलैच्या, Tamil ஜனவரியில்):
    unlike English March or Hindi मार्च, it is nothing else, so it needs no context cue."""
    return _TEXT_MONTHS.get(_key(word.strip())) is None and indic.month(word) is not None


@lru_cache(maxsize=65536)
def weekday_number(word: str) -> int | None:
    """1 (Monday) to 7 (Sunday) for an English or Hindi weekday name in running text."""
    found = _TEXT_WEEKDAYS.get(_key(word.strip()))
    return found if found is not None or word.isascii() else indic.weekday(word)


# Indic digits map one-to-one onto ASCII, so offsets survive the translation.
def is_weekday(word: str) -> bool:
    """True for a weekday name (or its abbreviation) in one of the supported languages."""
    return _key(word.strip(" ,")) in WEEKDAYS


_DIGITS = str.maketrans(
    {
        chr(base + i): str(i)
        for base in (0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x06F0, 0x0660)
        for i in range(10)
    }
)

_WORD = r"[^\W\d_][^\s\d,.()]*\.?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\.?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
# "May 2, 2020" / "Dec 04, 2021" / "February 5, 2026 at 8:56 AM"
# The month word is tried only where a word starts: a long run of letters is read once.
_MDY = re.compile(rf"(?<![^\s\d,.()])(?P<m>{_WORD})\s+{_DAY},?\s+{_YEAR}")
# "2 May 2020" / "25. September 2018" / "16 мая 2018 г." / "4 de mayo de 2022" / "11th of October 2018"
_DMY = re.compile(rf"{_DAY}\s+(?:(?:de|of)\s+)?(?P<m>{_WORD})\s+(?:de\s+)?,?\s*{_YEAR}(?:\s*г\.?)?")
_ISO = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)")


def _build(year: str, month: int, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def _from_match(m: re.Match[str]) -> dt.date | None:
    if "mo" in m.groupdict():
        return _build(m["y"], int(m["mo"]), m["d"])
    month = MONTHS.get(_key(m["m"]))
    if month is None:
        return None
    return _build(m["y"], month, m["d"])


_PATTERNS = (_ISO, _MDY, _DMY)
_LEADING_WEEKDAY = re.compile(rf"({_WORD}),?\s+")


def parse_date_prefix(text: str) -> tuple[dt.date, int] | None:
    """Parse a date at the start of ``text`` (leading spaces allowed).

    Returns the date and the index just after it, or ``None``.
    """
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    wd = _LEADING_WEEKDAY.match(stripped)
    if wd is not None and _key(wd.group(1).rstrip(",")) in WEEKDAYS:
        offset += wd.end()
        stripped = stripped[wd.end() :]
    probe = stripped[:80].translate(_DIGITS)
    for pattern in _PATTERNS:
        m = pattern.match(probe)
        if m is not None:
            date = _from_match(m)
            if date is not None:
                return date, offset + m.end()
    return None


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """First date written anywhere in ``text``: ``(date, start, end)`` or ``None``."""
    probe = text.translate(_DIGITS)
    best: tuple[dt.date, int, int] | None = None
    for pattern in _PATTERNS:
        for m in pattern.finditer(probe):
            if best is not None and m.start() >= best[1]:
                break
            date = _from_match(m)
            if date is not None:
                best = (date, m.start(), m.end())
                break
    return best
