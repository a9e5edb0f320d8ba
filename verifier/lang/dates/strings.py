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

_MONTHS_BY_NUMBER: dict[int, tuple[str, ...]] = {
    1: (
        "january",
        "jan",
        "januar",
        "jänner",
        "janvier",
        "janv",
        "enero",
        "ene",
        "gennaio",
        "января",
        "январь",
        "янв",
        "जनवरी",
        "जन",
        "जानेवारी",
        "জানুয়ারি",
        "জানুয়ারী",
        "جنوری",
    ),
    2: (
        "february",
        "feb",
        "februar",
        "février",
        "févr",
        "fevrier",
        "febrero",
        "febbraio",
        "февраля",
        "февраль",
        "фев",
        "फ़रवरी",
        "फरवरी",
        "फ़र",
        "फेब्रुवारी",
        "ফেব্রুয়ারি",
        "فروری",
    ),
    3: ("march", "mar", "märz", "mär", "mars", "marzo", "марта", "март", "मार्च", "মার্চ", "مارچ"),
    4: (
        "april",
        "apr",
        "avril",
        "avr",
        "abril",
        "abr",
        "aprile",
        "апреля",
        "апрель",
        "апр",
        "अप्रैल",
        "अप्रेल",
        "एप्रिल",
        "এপ্রিল",
        "اپریل",
    ),
    5: ("may", "mai", "mayo", "maggio", "мая", "май", "मई", "मे", "মে", "مئی"),
    6: ("june", "jun", "juni", "juin", "junio", "giugno", "июня", "июнь", "जून", "জুন", "جون"),
    7: (
        "july",
        "jul",
        "juli",
        "juillet",
        "juil",
        "julio",
        "luglio",
        "июля",
        "июль",
        "जुलाई",
        "जुल",
        "जुलै",
        "জুলাই",
        "جولائی",
    ),
    8: (
        "august",
        "aug",
        "août",
        "aout",
        "agosto",
        "августа",
        "август",
        "авг",
        "अगस्त",
        "अग",
        "ऑगस्ट",
        "আগস্ট",
        "اگست",
    ),
    9: (
        "september",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "setiembre",
        "settembre",
        "сентября",
        "сентябрь",
        "сент",
        "सितंबर",
        "सितम्बर",
        "सित",
        "सप्टेंबर",
        "সেপ্টেম্বর",
        "ستمبر",
    ),
    10: (
        "october",
        "oct",
        "oktober",
        "okt",
        "octobre",
        "octubre",
        "ottobre",
        "октября",
        "октябрь",
        "अक्टूबर",
        "अक्तूबर",
        "अक्टू",
        "ऑक्टोबर",
        "অক্টোবর",
        "اکتوبر",
    ),
    11: (
        "november",
        "nov",
        "novembre",
        "noviembre",
        "ноября",
        "ноябрь",
        "नवंबर",
        "नवम्बर",
        "नव",
        "नोव्हेंबर",
        "নভেম্বর",
        "نومبر",
    ),
    12: (
        "december",
        "dec",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "diciembre",
        "dic",
        "dicembre",
        "декабря",
        "декабрь",
        "дек",
        "दिसंबर",
        "दिसम्बर",
        "दिस",
        "डिसेंबर",
        "ডিসেম্বর",
        "دسمبر",
    ),
}


def _key(word: str) -> str:
    """Lookup key: NFC, case-folded, nukta and abbreviation marks dropped."""
    word = unicodedata.normalize("NFC", word).casefold()
    return word.replace("\u093c", "").rstrip(".॰")


MONTHS: dict[str, int] = {_key(w): n for n, words in _MONTHS_BY_NUMBER.items() for w in words}

WEEKDAYS = frozenset(
    _key(w)
    for w in (
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun "
        "montag dienstag mittwoch donnerstag freitag samstag sonntag "
        "lundi mardi mercredi jeudi vendredi samedi dimanche "
        "lunes martes miércoles jueves viernes sábado domingo "
        "सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार शनिवार रविवार "
        "понедельник вторник среда четверг пятница суббота воскресенье"
    ).split()
)


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
_MDY = re.compile(rf"(?P<m>{_WORD})\s+{_DAY},?\s+{_YEAR}")
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
