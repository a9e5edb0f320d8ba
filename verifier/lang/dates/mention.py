"""What a date anchor is and when two agree: ``DateMention`` (a date, weekday or relative
day named in a text, with the calendar day it resolves to) and ``compatible`` (can two
mentions be the same day?).

Kept apart from the finder in ``verifier.lang.dates.find`` (which re-exports both): what a mention
means and how two compare does not depend on the patterns that find it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from verifier.model import Span

__all__ = ["DateMention", "compatible"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date, weekday or relative day named in a text."""

    span: Span
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    """ISO weekday, 1 = Monday."""
    relative_days: int | None = None
    """Days from the reference date (today 0, yesterday -1); ``None`` if not relative or
    ambiguous (see ``relative_options``)."""
    resolved: dt.date | None = None
    """The calendar day, when the text and ``ref`` determine one."""
    ambiguous: bool = False
    """More than one reading: कल without a clear tense, 3/4/23 (3 April or 4 March)."""
    relative_options: tuple[int, ...] = ()
    """Possible ``relative_days`` of an ambiguous relative word (कल: -1 and +1)."""
    alternatives: tuple[dt.date, ...] = ()
    """Other calendar days an ambiguous mention can mean (besides ``resolved``)."""


def _days(m: DateMention) -> set[dt.date]:
    return {d for d in (m.resolved, *m.alternatives) if d is not None}


def _one_day(m: DateMention) -> bool:
    """The mention names a single day (not a month or a year)."""
    return (
        m.day is not None
        or m.weekday is not None
        or m.relative_days is not None
        or bool(m.relative_options)
    )


def _readings(m: DateMention) -> list[tuple[int | None, int | None, int | None]]:
    days = _days(m)
    if days and _one_day(m):
        return [(d.year, d.month, d.day) for d in sorted(days)]
    if m.year is None and m.month is None and m.day is None:
        return []
    return [(m.year, m.month, m.day)]


def _relative(m: DateMention) -> set[int]:
    if m.relative_options:
        return set(m.relative_options)
    return {m.relative_days} if m.relative_days is not None else set()


def compatible(a: DateMention, b: DateMention) -> bool | None:
    """Can ``a`` and ``b`` name the same day? ``None`` when the mentions cannot tell.

    Resolved days are compared (any reading of an ambiguous mention may match); a
    weekday is checked against the other weekday or the other's resolved day; relative
    days without a reference compare as offsets; otherwise the fields both mentions state
    (year, month, day) must agree.
    """
    a_days, b_days = _days(a), _days(b)
    if a_days and b_days and _one_day(a) and _one_day(b):
        return bool(a_days & b_days)
    if a.weekday is not None and b.weekday is not None:
        return a.weekday == b.weekday
    for x, y_days, y in ((a, b_days, b), (b, a_days, a)):
        if x.weekday is not None:
            if y_days and _one_day(y):
                return any(d.isoweekday() == x.weekday for d in y_days)
            return None
    a_rel, b_rel = _relative(a), _relative(b)
    if a_rel and b_rel:
        return bool(a_rel & b_rel)
    verdicts = [
        all(x == y for x, y in shared)
        for ra in _readings(a)
        for rb in _readings(b)
        if (
            shared := [
                (x, y) for x, y in zip(ra, rb, strict=True) if x is not None and y is not None
            ]
        )
    ]
    return any(verdicts) if verdicts else None
