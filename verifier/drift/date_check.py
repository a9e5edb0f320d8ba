"""Date drift: a day, month, year, weekday or relative period that moved.

Dates of the rendering are checked against dates of the post (a date mentioned only in the
rendering is compared, for weekdays, with the day the post was written — UTC or the next
day in Indian time). A date naming the day the post was written ("बुधवार को ट्वीट किया")
is about the post, not its content; a frame that names no posting ("सोमवार को … ने बयान में
बताया कि …") tells what the post tells, and its weekday or year is compared with the post's
own. "last month" rendered "इस महीने" is a moved period.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from verifier.drift.collect import Collector
from verifier.lang.dates.find import DateMention, find_dates
from verifier.lang.numbers.find import find_numbers
from verifier.lang.words import CLAUSE_BREAK, POST_CUES, POSTING_EN
from verifier.model import Span


def check_frame_dates(
    col: Collector, frame_dates: Sequence[DateMention], frame_text: str = ""
) -> None:
    """The day the article's frame says the post was written ("रविवार को ट्वीट किया",
    "4 फरवरी को लिखा") against the post's own date; the footer date is UTC and Indian time
    may already be the next day, so one day later is no drift.

    A frame that names no posting ("सोमवार को … ने बयान में बताया कि …") dates what the post
    tells, not the post: its weekday or year is compared with the post's own (``frame_text``
    gives the frame's bare years)."""
    if frame_text and not _POSTING.search(frame_text):
        _frame_tells_the_date(col, frame_dates, frame_text)
    posted = col.ctx.post_date
    if posted is None:
        return
    ok_days = {posted, posted + dt.timedelta(days=1)}
    for d in frame_dates:
        if d.weekday is not None and d.day is None:
            # A bare weekday is read against the post's date, however the tense resolved it.
            wrong = d.weekday not in {day.isoweekday() for day in ok_days}
        elif d.resolved is not None and d.relative_days is None and not d.ambiguous:
            wrong = d.resolved not in ok_days
        else:
            continue
        if wrong:
            col.add(
                "date",
                f"The article says the post was written “{d.text.strip()}”, but it was "
                f"posted on {posted.strftime('%A')}, {posted.isoformat()}.",
                None,
                d.span,
            )


def _years(text: str, dates: Sequence[DateMention]) -> list[tuple[int, Span]]:
    """The years a text names: in dates, and alone ("in 2016", "2019 में")."""
    out = [(d.year, d.span) for d in dates if d.year is not None]
    out += [(int(n.value), n.span) for n in find_numbers(text) if n.kind == "year"]
    return out


def _frame_tells_the_date(
    col: Collector, frame_dates: Sequence[DateMention], frame_text: str
) -> None:
    """A weekday or year of a frame that tells what the post tells, where the post names
    its own weekday or year and the content renders none: "Late on Sunday, … announced" →
    "सोमवार को देर शाम, … ने बताया कि …" moves the day."""
    posted = col.ctx.post_date
    post_dates = find_dates(col.post_text, "und", posted)
    content_dates = find_dates(col.claim_text, "und", posted)
    weekdays = [d for d in post_dates if d.weekday is not None]
    if weekdays and not any(d.weekday is not None for d in content_dates):
        for d in frame_dates:
            if d.weekday is None or _about_the_post(d, posted):
                continue
            if all(d.weekday != p.weekday for p in weekdays):
                _moved(col, weekdays[0].span, weekdays[0].text, d.span, d.text)
                return
    post_years = _years(col.post_text, post_dates)
    if not post_years or _years(col.claim_text, content_dates):
        return
    for year, span in _years(frame_text, frame_dates):
        if posted is not None and year == posted.year:
            continue
        if all(year != y for y, _ in post_years):
            p_span = post_years[0][1]
            _moved(col, p_span, p_span.slice(col.post_text), span, span.slice(frame_text))
            return


def _moved(col: Collector, post_span: Span, post_text: str, claim_span: Span, said: str) -> None:
    col.add(
        "date",
        f"The post says “{post_text.strip()}” but the rendering says “{said.strip()}”.",
        post_span,
        claim_span,
    )


def check_dates(
    col: Collector, post_dates: Sequence[DateMention], claim_dates: Sequence[DateMention]
) -> None:

    for cd in claim_dates:
        if (
            cd.resolved is None
            and cd.weekday is None
            and cd.month is None
            and cd.year is None
            and cd.relative_days is None
            and not cd.relative_options
        ):
            continue
        candidates = list(post_dates)
        if (
            not candidates
            and col.ctx.post_date is not None
            and cd.weekday is not None
            and cd.resolved is None
        ):
            # A weekday in the rendering, checked against the day the post was written
            # (UTC footer date; Indian time may already be the next day).
            d = col.ctx.post_date
            if cd.weekday not in (d.weekday(), (d.weekday() + 1) % 7):
                col.add(
                    "date",
                    f"The rendering says “{cd.text}”, but the post was written on "
                    f"{d.strftime('%A')}, {d.isoformat()}.",
                    None,
                    cd.span,
                )
            continue
        if not candidates:
            continue
        misread = next((pd for pd in candidates if _year_read_as_day(pd, cd)), None)
        if misread is not None:
            col.add(
                "date",
                f"The post says “{misread.text}” (a month of {misread.year}) but the rendering "
                f"reads the two-digit year as a day: “{cd.text}”.",
                misread.span,
                cd.span,
            )
            continue
        if _about_the_post(cd, col.ctx.post_date) and (
            not _relative(cd) or _posting_near(col.claim_text, cd.span)
        ):
            continue  # "बुधवार (22 जून) को X ने ट्वीट किया": when the post was written
        verdicts = [_compatible(pd, cd) for pd in candidates]
        if any(v is True for v in verdicts) or all(v is None for v in verdicts):
            continue
        pd = next(pd for pd, v in zip(candidates, verdicts, strict=True) if v is False)
        col.add(
            "date",
            f"The post says “{pd.text}” but the rendering says “{cd.text}”.",
            pd.span,
            cd.span,
        )


_TWO_DIGIT_YEAR = re.compile(r"[A-Za-z]+\.?\s+'?\d{2}")


def _year_read_as_day(pd: DateMention, cd: DateMention) -> bool:
    """ "Mar 22" (March 2022) rendered "22 मार्च" (the 22nd of March)."""
    return (
        pd.year is not None
        and pd.month is not None
        and pd.day is None
        and _TWO_DIGIT_YEAR.fullmatch(pd.text) is not None
        and cd.month == pd.month
        and cd.day == pd.year % 100
        and not re.search(r"\d{4}", cd.text)
    )


def _about_the_post(d: DateMention, post_date: dt.date | None) -> bool:
    """The date names the day the post was written (UTC footer date or the next day in
    Indian time)."""
    if post_date is None:
        return False
    days = {post_date, post_date + dt.timedelta(days=1)}
    if d.resolved is not None:
        return d.resolved in days
    if d.weekday is not None and d.month is None and d.day is None:
        return d.weekday in {x.weekday() for x in days}
    if d.month is not None and d.day is not None and d.year is None:
        return any((x.month, x.day) == (d.month, d.day) for x in days)
    return False


def _relative(d: DateMention) -> bool:
    return d.relative_days is not None or bool(d.relative_options)


# Words saying that someone posted: a relative day next to them (आज ट्वीट कर कहा) dates
# the post, not what it reports; elsewhere आज/कल are part of the content.
_POSTING = re.compile(f"{POST_CUES}|{POSTING_EN}", re.IGNORECASE)


def _posting_near(text: str, span: Span) -> bool:
    """A posting verb in the clause of ``span`` (up to a sentence end, a colon or the
    कि that opens the reported words)."""
    left = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, span.start)), default=0)
    right_m = CLAUSE_BREAK.search(text, span.end)
    right = right_m.start() if right_m else len(text)
    return _POSTING.search(text, left, right) is not None


def _compatible(a: DateMention, b: DateMention) -> bool | None:
    from verifier.lang.dates.find import compatible

    verdict = compatible(a, b)
    if verdict is None and a.weekday is not None and b.weekday is not None:
        return a.weekday == b.weekday
    return verdict


_PERIOD_EN = re.compile(r"\b(last|this|next|previous|coming)\s+(week|month|year)\b", re.IGNORECASE)
_PERIOD_HI = re.compile(r"(पिछले|पिछली|इस|अगले|अगली|आगामी|गत)\s+(हफ्ते|हफ़्ते|सप्ताह|महीने|माह|साल|वर्ष|बरस)")
_OFFSET = {
    "last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1,
    "पिछले": -1, "पिछली": -1, "गत": -1, "इस": 0, "अगले": 1, "अगली": 1, "आगामी": 1,
}  # fmt: skip
_UNIT = {
    "week": "week", "month": "month", "year": "year", "हफ्ते": "week", "हफ़्ते": "week",
    "सप्ताह": "week", "महीने": "month", "माह": "month", "साल": "year", "वर्ष": "year", "बरस": "year",
}  # fmt: skip


def check_periods(col: Collector, region: Span, claim_text: str) -> None:
    """ "last month" rendered as "इस महीने": a relative period moved."""
    post = {
        _UNIT[m.group(2).casefold()]: m
        for m in _PERIOD_EN.finditer(col.post_text)
        if region.start <= m.start() < region.end
    }
    for m in _PERIOD_HI.finditer(claim_text):
        unit = _UNIT[m.group(2)]
        pm = post.get(unit)
        if pm is not None and _OFFSET[pm.group(1).casefold()] != _OFFSET[m.group(1)]:
            col.add(
                "date",
                f"The post says “{pm.group(0)}” but the rendering says “{m.group(0)}”.",
                Span(pm.start(), pm.end()),
                Span(m.start(), m.end()),
            )
