"""Date anchors: calendar dates, weekdays and relative days (today, आज, कल) in English and
Hindi text, resolved against the post's or the article's date.

``find_dates`` reports what the text says (day, month, year, weekday, relative days) and,
given ``ref``, the date it resolves to. ``compatible`` tells whether two mentions can be
the same day. Hindi कल is "yesterday" or "tomorrow": the tense of its clause decides
(गया/था -> -1, होगा/जाएगा -> +1); without a clear tense it stays ambiguous.

This module holds the patterns and the finder; ``DateMention`` and ``compatible`` live in
``verifier.lang.dates.mention`` and the clause tense in ``verifier.lang.dates.tense``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cached_property, lru_cache

from verifier.lang.chars import DEVA_WORD_CHARS
from verifier.lang.dates import indic

# Re-exported: callers read mentions and their comparison through this module.
from verifier.lang.dates.mention import DateMention, compatible
from verifier.lang.dates.strings import month_number, other_language_month, weekday_number
from verifier.lang.dates.tense import Tense, TenseMarks
from verifier.lang.indicfold import fold_deva
from verifier.lang.numbers.words import EN_ORDINALS, HI_SMALL, clean_digits, hi_ordinal
from verifier.model import Span

__all__ = ["DateMention", "compatible", "find_dates"]

_MAX_TEXT = 200_000
_NOWHERE = Span(0, 0)  # placeholder span until ``_Finder.add`` sets the real one

# Word edges: Python's \b does not see Devanagari vowel signs as word characters.
_NOT_BEFORE = rf"(?<![\w{DEVA_WORD_CHARS}\-])"
_NOT_AFTER = rf"(?![\w{DEVA_WORD_CHARS}\-])"
_WORD = (
    r"(?:[A-Za-z]+|[\u0900-\u0963\u0971-\u097f\u200c\u200d]+"
    r"|[\u0980-\u09e5\u09f0-\u0a65\u0a70-\u0ae5\u0af0-\u0b65\u0b70-\u0be5\u0bf0-\u0c65"
    r"\u0c70-\u0ce5\u0cf0-\u0d65\u0d70-\u0dff\u200c\u200d]+|[\u0621-\u065f\u0670-\u06d3]+)"
)  # Latin, Devanagari, the other Indic scripts (not their digits), Urdu letters
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th|वीं|वें|वां)?"
_YEAR = r"(?P<y>(?:1[89]|20|21)\d\d)"

_DMY = re.compile(
    rf"{_NOT_BEFORE}{_DAY}\s*(?:of\s+)?(?P<m>{_WORD})(?P<abbr>[.॰])?(?:,?\s*{_YEAR})?(?!\d)",
    re.IGNORECASE,
)
# A month may follow "post-"/"mid-" (the post-September 11, 2001 era, mid-March 2020).
_MONTH_START = rf"(?:{_NOT_BEFORE}|(?<=post-)|(?<=pre-)|(?<=mid-)|(?<=late-)|(?<=early-))"
_MDY = re.compile(
    rf"{_MONTH_START}(?P<m>{_WORD})(?P<abbr>[.॰])?\s+{_DAY}(?![\d:.,]\d)(?:,?\s*{_YEAR})?(?!\d)",
    re.IGNORECASE,
)
_MY = re.compile(rf"{_MONTH_START}(?P<m>{_WORD})(?P<abbr>[.॰])?,?\s+{_YEAR}(?!\d)", re.IGNORECASE)
_NUMERIC = re.compile(
    r"(?<![\d/.\-])(?P<a>\d{1,4})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2,4})(?![\d/.\-]?\d)"
)
_WORD_ANY = re.compile(rf"{_NOT_BEFORE}{_WORD}{_NOT_AFTER}")
# A day written as a word before the month: पांच अगस्त, पहली जनवरी, the Fourth of July.
_DAY_WORD = re.compile(rf"{_NOT_BEFORE}(?P<w>{_WORD})(?:\s+of)?\s+$", re.IGNORECASE)
_YEAR_AFTER = re.compile(rf",?\s*{_YEAR}(?!\d)")
_RANGE_WORDS = frozenset({"to", "and", "or", "through", "-", "–"})  # October to April

_EN_RELATIVE = re.compile(
    r"\b(?:(?P<m2>the\s+day\s+before\s+yesterday)|(?P<p2>the\s+day\s+after\s+tomorrow)|"
    r"(?P<m1>yesterday|last\s+night)|(?P<p1>tomorrow)|(?P<z>today|tonight))\b",
    re.IGNORECASE,
)
_HI_RELATIVE: dict[str, tuple[int, ...]] = {
    fold_deva("आज"): (0,),
    fold_deva("कल"): (-1, 1),
    fold_deva("परसों"): (-2, 2),
    fold_deva("बीती"): (-1,),  # बीती रात: last night (only with रात, checked below)
}
_NIGHT = fold_deva("रात")
_NEXT_WORD = re.compile(r"\s+([\u0900-\u0963\u0971-\u097f\u200c\u200d]+)")

# Context words for a month named alone ("in March", "मार्च में"); without them a bare
# March/May/मार्च is too often a verb or a protest march.
_EN_MONTH_CUES = frozenset(
    "in since till until by from of last next this early late mid end during before after".split()
)
_HI_MONTH_AFTER = frozenset(fold_deva(w) for w in "में से तक के की का महीने माह".split())
_HI_MONTH_BEFORE = frozenset(fold_deva(w) for w in "इस पिछले अगले बीते गत".split())


def _full_year(y: int) -> int:
    return y if y >= 100 else (2000 + y if y < 50 else 1900 + y)


def _valid(y: int | None, m: int, d: int) -> bool:
    try:
        dt.date(y if y is not None else 2000, m, d)
    except ValueError:
        return False
    return True


def _nearest_year(m: int, d: int, ref: dt.date) -> dt.date | None:
    options = [dt.date(y, m, d) for y in (ref.year - 1, ref.year, ref.year + 1) if _valid(y, m, d)]
    return min(options, key=lambda day: abs((day - ref).days)) if options else None


def _calendar(y: int | None, m: int, d: int | None, ref: dt.date | None) -> dt.date | None:
    if d is None:
        return None
    if y is not None:
        return dt.date(y, m, d) if _valid(y, m, d) else None
    return _nearest_year(m, d, ref) if ref is not None else None


class _Finder:
    """One pass over a text: candidates from every pattern, then the longest wins."""

    def __init__(self, text: str, ref: dt.date | None) -> None:
        self.orig = text
        self.text, self.where = clean_digits(text)
        self.ref = ref
        self.found: list[tuple[int, int, DateMention]] = []

    @cached_property
    def marks(self) -> TenseMarks:
        # Built on the first कल or weekday that needs a tense: most texts have none.
        return TenseMarks(self.text)

    def add(self, start: int, end: int, mention: DateMention) -> None:
        """Record ``mention`` found at ``[start, end)`` of the clean text; its span and
        text are set here, in the caller's offsets (keycap marks after a digit included)."""
        orig_start = self.where[start]
        text = self.orig[orig_start : self.where[end]].rstrip()
        span = Span(orig_start, orig_start + len(text))
        self.found.append((start, end, replace(mention, span=span, text=text)))

    def calendar(self) -> None:
        for pattern in (_DMY, _MDY, _MY):
            for m in pattern.finditer(self.text):
                month = month_number(m.group("m") + ("॰" if m.group("abbr") == "॰" else ""))
                if month is None:
                    continue
                groups = m.groupdict()
                day = int(groups["d"]) if groups.get("d") else None
                year = int(groups["y"]) if groups.get("y") else None
                if day is not None and not _valid(year, month, day):
                    continue
                if pattern is _MDY and month == 5 and m.group("m") == "may":
                    continue  # modal verb "may 4 …"
                resolved = _calendar(year, month, day, self.ref)
                found = DateMention(_NOWHERE, "", year, month, day, resolved=resolved)
                self.add(m.start(), m.end(), found)

    def word_days(self) -> None:
        """A day written as a number word before a month name (पांच अगस्त 2021)."""
        for m in _WORD_ANY.finditer(self.text):
            short = len(m.group(0)) < 3 and m.group(0).isascii()
            month = None if short else month_number(m.group(0))
            if month is None:
                continue
            w = _DAY_WORD.search(self.text, max(0, m.start() - 24), m.start())
            if w is None:
                continue
            word = w.group("w")
            if word.isascii():  # English writes the day in words only as an ordinal
                day = EN_ORDINALS.get(word.casefold()) if m.group(0)[0].isupper() else None
            else:
                day = HI_SMALL.get(fold_deva(word)) or hi_ordinal(word)
            y = _YEAR_AFTER.match(self.text, m.end())
            year = int(y.group("y")) if y else None
            if day is None or not _valid(year, month, day):
                continue
            found = DateMention(_NOWHERE, "", year, month, day,
                                resolved=_calendar(year, month, day, self.ref))  # fmt: skip
            self.add(w.start(), y.end() if y else m.end(), found)

    def numeric(self) -> None:
        for m in _NUMERIC.finditer(self.text):
            a, b, c = int(m.group("a")), int(m.group("b")), int(m.group("c"))
            if len(m.group("a")) == 4:  # ISO 2026-02-04
                readings = [(a, b, c)]
            else:
                year = _full_year(c)
                readings = [(year, b, a), (year, a, b)]  # day first (India), then US
            valid = list(dict.fromkeys(r for r in readings if 1 <= r[1] <= 12 and _valid(*r)))
            if not valid:
                continue
            y, mo, d = valid[0]
            alternatives = tuple(dt.date(*r) for r in valid[1:])
            found = DateMention(_NOWHERE, "", y, mo, d, resolved=dt.date(y, mo, d),
                                ambiguous=bool(alternatives), alternatives=alternatives)  # fmt: skip
            self.add(m.start(), m.end(), found)

    def relative(self) -> None:
        for m in _EN_RELATIVE.finditer(self.text):
            days = {"m2": -2, "p2": 2, "m1": -1, "p1": 1, "z": 0}[m.lastgroup or "z"]
            self._relative(m.start(), m.end(), (days,))
        for m in _WORD_ANY.finditer(self.text):
            options = _HI_RELATIVE.get(fold_deva(m.group(0)))
            if options is None:
                other = indic.relative_days(m.group(0))
                if other is not None:
                    self._relative(m.start(), m.end(), other)
                continue
            end = m.end()
            night = _NEXT_WORD.match(self.text, end)
            if options == (-1,) and not (night and fold_deva(night.group(1)) == _NIGHT):
                continue
            if night and fold_deva(night.group(1)) == _NIGHT:
                end = night.end()
            self._relative(m.start(), end, options)

    def _relative(self, start: int, end: int, options: tuple[int, ...]) -> None:
        if len(options) > 1:
            tense = self.marks.tense(start, end)
            if tense is not None:
                options = tuple(o for o in options if (o < 0) == (tense == "past"))
        ref = self.ref
        if len(options) == 1:
            resolved = ref + dt.timedelta(days=options[0]) if ref else None
            self.add(
                start, end, DateMention(_NOWHERE, "", relative_days=options[0], resolved=resolved)
            )
            return
        dates = tuple(ref + dt.timedelta(days=o) for o in options) if ref else ()
        found = DateMention(_NOWHERE, "", ambiguous=True, relative_options=options,
                            resolved=dates[0] if dates else None, alternatives=dates[1:])  # fmt: skip
        self.add(start, end, found)

    def words(self) -> None:
        """Weekdays, and months named alone with a context cue."""
        text = self.text
        for m in _WORD_ANY.finditer(text):
            word = m.group(0)
            weekday = weekday_number(word) if len(word) > 3 else None
            if weekday is not None:
                resolved = self._weekday_date(m, weekday)
                self.add(
                    m.start(),
                    m.end(),
                    DateMention(_NOWHERE, "", weekday=weekday, resolved=resolved),
                )
                continue
            month = month_number(word) if len(word) > 2 or not word.isascii() else None
            if month is None or not self._month_cue(m, word):
                continue
            self.add(m.start(), m.end(), DateMention(_NOWHERE, "", month=month))

    def _weekday_date(self, m: re.Match[str], weekday: int) -> dt.date | None:
        if self.ref is None:
            return None
        before = self.text[max(0, m.start() - 12) : m.start()].casefold()
        if re.search(r"(?:next|अगले|आगामी)\s*$", before):
            tense: Tense | None = "future"
        elif re.search(r"(?:last|पिछले|बीते|गत)\s*$", before):
            tense = "past"
        else:
            tense = self.marks.tense(m.start(), m.end())
        delta = (weekday - self.ref.isoweekday()) % 7
        if tense == "future":
            return self.ref + dt.timedelta(days=delta or 7)
        return self.ref - dt.timedelta(days=(7 - delta) % 7)

    def _month_cue(self, m: re.Match[str], word: str) -> bool:
        before = self.text[max(0, m.start() - 40) : m.start()].split()[-1:] or [""]
        after = self.text[m.end() : m.end() + 40].split()[:1] or [""]
        two = self.text[max(0, m.start() - 40) : m.start()].split()[-2:]
        if len(two) == 2 and two[1].casefold() in _RANGE_WORDS and month_number(two[0]):
            return word[0].isupper() or not word.isascii()  # from October to April
        if word.isascii():
            return word[0].isupper() and before[0].casefold() in _EN_MONTH_CUES
        if other_language_month(word):
            return True  # Marathi जुलैच्या, Tamil ஜனவரியில்: a month name there is nothing else
        return fold_deva(after[0]) in _HI_MONTH_AFTER or fold_deva(before[0]) in _HI_MONTH_BEFORE

    def result(self) -> list[DateMention]:
        # Longest first, then earliest; drop candidates overlapping a kept one.
        taken = bytearray(len(self.text) + 1)
        kept: list[tuple[int, int, DateMention]] = []
        for start, end, mention in sorted(self.found, key=lambda f: (-(f[1] - f[0]), f[0])):
            if taken.find(1, start, end) == -1:
                taken[start:end] = b"\x01" * (end - start)
                kept.append((start, end, mention))
        return [mention for _, _, mention in sorted(kept, key=lambda k: k[0])]


def find_dates(text: str, lang: str = "und", ref: dt.date | None = None) -> list[DateMention]:
    """Dates, weekdays and relative days in ``text`` (English or Hindi), in text order.

    ``ref`` is the date the text was written (the post's date for a post, the article's
    for a claim): relative days and weekdays resolve against it, a day and month without
    a year take the nearest year. ``lang`` is accepted for symmetry; each word is read in
    its own script. Spans index ``text``.
    """
    del lang
    return list(_find_dates(text, ref))


@lru_cache(maxsize=512)
def _find_dates(text: str, ref: dt.date | None) -> tuple[DateMention, ...]:
    # Kept for a while: the anchors, the number finder and the judge each ask for the
    # dates of the same post and claim.
    finder = _Finder(text[:_MAX_TEXT], ref)
    # Cheap pre-checks (most texts name no date): every calendar and numeric pattern needs
    # a digit; every other finder needs a month, weekday or relative-day word, or one of
    # the English relative phrases. Skipping a finder that would find nothing changes
    # nothing: ``result`` orders the candidates by span.
    digits = _ANY_DIGIT.search(finder.text) is not None
    words = {w for w in _WORD_ANY.findall(finder.text) if _date_word(w)}
    months = any(month_number(w) is not None for w in words)
    if digits:
        finder.calendar()
    if months:
        finder.word_days()
    if digits:
        finder.numeric()
    if words or _EN_RELATIVE.search(finder.text):
        finder.relative()
    if words:
        finder.words()
    return tuple(_year_ranges(text, finder.result()))


_ANY_DIGIT = re.compile(r"\d")  # the same class as the patterns' \d


@lru_cache(maxsize=65536)
def _date_word(word: str) -> bool:
    """Could ``word`` start a mention for ``word_days``, ``relative`` or ``words``: a month
    or weekday name, or a relative day (आज, कल, Urdu کل)?"""
    return (
        month_number(word) is not None
        or weekday_number(word) is not None
        or fold_deva(word) in _HI_RELATIVE
        or indic.relative_days(word) is not None
    )


# "between Apr 2021 & Mar 22", "from Jan 2019 to Dec 20": after a month and year, a month
# and two digits closing the range is a month and a year too, not a day.
_RANGE_LINK = re.compile(r"\s*(?:&|and|to|until|till|through|-|–|—|/)\s*", re.IGNORECASE)
_MONTH_TWO_DIGITS = re.compile(r"[A-Za-z]+\.?\s+(\d{2})")


# "from 24 August to 5 September 2021", "24 अगस्त से 5 सितंबर 2021 तक": the year closing a
# range of days is the year of its first day too.
_DAY_RANGE_LINKS = frozenset({"to", "until", "till", "through", "-", "–", "—", "से"})


def _range_start_year(first: DateMention, last: DateMention) -> DateMention:
    """``first`` with the year of ``last`` (the year before when the range runs over New
    Year: 28 December to 3 January 2021)."""
    assert first.month is not None and first.day is not None and last.year is not None
    over = (first.month, first.day) > (last.month or 12, last.day or 31)
    year = last.year - 1 if over else last.year
    if not _valid(year, first.month, first.day):
        return first
    return replace(
        first,
        year=year,
        resolved=dt.date(year, first.month, first.day),
        ambiguous=False,
        alternatives=(),
    )


def _year_ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    out = list(found)
    for k in range(len(out) - 1):
        first, last = out[k], out[k + 1]
        if (
            first.year is None
            and first.day is not None
            and first.month is not None
            and last.year is not None
            and last.month is not None
            and text[first.span.end : last.span.start].strip().casefold() in _DAY_RANGE_LINKS
        ):
            out[k] = _range_start_year(first, last)
            continue
        m = _MONTH_TWO_DIGITS.fullmatch(last.text)
        if (
            not m
            or not _RANGE_LINK.fullmatch(text[first.span.end : last.span.start])
            or last.year is not None
            or last.month is None
            or first.year is None
            or first.month is None
            or first.day is not None
        ):
            continue
        year = (first.year // 100) * 100 + int(m.group(1))
        if year >= first.year:  # a range runs forward
            out[k + 1] = replace(
                last, year=year, day=None, resolved=None, ambiguous=False, alternatives=()
            )
    return out
