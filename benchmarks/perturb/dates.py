"""Date drift: another month, weekday, year, day of the month or century, and the relative
days and periods (आज↔कल, पिछले साल → इस साल) — each only where the English states it.
"""

from __future__ import annotations

import random
import re

from .common import (
    EN_MONTHS,
    EN_WEEKDAYS,
    HI_MONTH_NAMES,
    HI_MONTHS,
    HI_WEEKDAY_NAMES,
    HI_WEEKDAYS,
    NOT_AFTER,
    NOT_BEFORE,
    TO_DEVA_DIGITS,
    TO_LATIN_DIGITS,
    Edit,
    replace_span,
    word,
    words_re,
)

YEAR = re.compile(NOT_BEFORE + r"(?<![0-9०-९][:.,])([12][0-9]{3}|[१२][०-९]{3})" + NOT_AFTER)
DAY_MONTH = re.compile(
    NOT_BEFORE + r"([0-9]{1,2}|[०-९]{1,2})\s+" + "(" + "|".join(HI_MONTHS) + ")" + NOT_AFTER
)
CENTURY = re.compile(NOT_BEFORE + r"([0-9]{1,2})(वीं|वी)\s+(सदी|शताब्दी)" + NOT_AFTER)
# Relative days. "कल" is both yesterday and tomorrow; either way it is not "today".
RELATIVE = {"आज": "कल", "कल": "आज"}
EN_RELATIVE = re.compile(r"\b(?:today|yesterday|tomorrow|tonight)\b", re.IGNORECASE)
GENERIC_AFTER = re.compile(r"^\s*(?:,|" + words_re(("की", "का", "के", "तक", "भी", "से", "कल")) + ")")
PERIOD = re.compile(
    words_re(("पिछले", "पिछली", "अगले", "अगली", "इस"))
    + r"\s+(साल|वर्ष|सप्ताह|हफ्ते|हफ़्ते|महीने|माह)"
    + NOT_AFTER
)
# Swapped towards "this" period so the verb's tense still fits: last year → this year,
# next month → this month; "this" becomes the period on the side of the verb's tense.
PERIOD_SWAP = {"पिछले": "इस", "पिछली": "इस", "अगले": "इस", "अगली": "इस"}
FUTURE_VERB = re.compile(r"(?:गा|गी|गे)(?![\u0900-\u097F])")
EN_PERIOD = re.compile(r"\b(?:last|next|this|coming|previous)\s+(?:year|week|month)\b", re.I)


def _shift(options: tuple[str, ...], index: int, rng: random.Random) -> str:
    """A nearby other item (one to three steps away): the confusions reporters make."""
    step = rng.choice((-3, -2, -1, 1, 1, 2, 3))
    return options[(index + step) % len(options)]


def _en_has_day(en: str, day: int, month: int) -> bool:
    name = EN_MONTHS[month - 1]
    return bool(
        re.search(rf"\b{name}\s+{day}(?:st|nd|rd|th)?\b", en)
        or re.search(rf"\b{day}(?:st|nd|rd|th)?\s+(?:of\s+)?{name}\b", en)
    )


def perturb(en: str, hi: str, rng: random.Random) -> list[Edit]:  # noqa: C901  (one loop per kind of date edit)
    edits: list[Edit] = []
    for m in re.finditer(words_re(tuple(HI_MONTHS)), hi):
        month = HI_MONTHS[m.group()]
        if not re.search(rf"\b{EN_MONTHS[month - 1]}\b", en):
            continue
        new = _shift(HI_MONTH_NAMES, month - 1, rng)
        edits.append(
            Edit(replace_span(hi, m.start(), m.end(), new), "month", f"{m.group()} → {new}")
        )
    for m in re.finditer(words_re(tuple(HI_WEEKDAYS)), hi):
        day = HI_WEEKDAYS[m.group()]
        if not re.search(rf"\b{EN_WEEKDAYS[day - 1]}", en):
            continue
        new = _shift(HI_WEEKDAY_NAMES, day - 1, rng)
        edits.append(
            Edit(replace_span(hi, m.start(), m.end(), new), "weekday", f"{m.group()} → {new}")
        )
    for m in YEAR.finditer(hi):
        raw = m.group(1)
        year = int(raw.translate(TO_LATIN_DIGITS))
        if not re.search(rf"\b{year}\b", en):
            continue
        decade = re.match(r"\s*(?:के|का)?\s*दशक", hi[m.end() :]) is not None
        step = rng.choice((-20, -10, 10, 20)) if decade else rng.choice((-3, -2, -1, 1, 2, 3))
        new = str(year + step)
        if re.search(rf"\b{new}\b", en):
            new = str(year - step)
        if raw != raw.translate(TO_LATIN_DIGITS):
            new = new.translate(TO_DEVA_DIGITS)
        sub = "decade" if decade else "year"
        edits.append(Edit(replace_span(hi, m.start(1), m.end(1), new), sub, f"{raw} → {new}"))
    for m in DAY_MONTH.finditer(hi):
        raw = m.group(1)
        day = int(raw.translate(TO_LATIN_DIGITS))
        if not 1 <= day <= 31 or not _en_has_day(en, day, HI_MONTHS[m.group(2)]):
            continue
        new_day = day + rng.choice((-7, -2, -1, 1, 2, 7, 10))
        if not 1 <= new_day <= 28:
            new_day = day - 1 if day > 1 else day + 1
        new = str(new_day)
        if raw != raw.translate(TO_LATIN_DIGITS):
            new = new.translate(TO_DEVA_DIGITS)
        edits.append(
            Edit(
                replace_span(hi, m.start(1), m.end(1), new),
                "day",
                f"{raw} {m.group(2)} → {new} {m.group(2)}",
            )
        )
    for m in CENTURY.finditer(hi):
        n = int(m.group(1))
        if not re.search(rf"\b{n}(?:st|nd|rd|th)\s+century", en, re.I):
            continue
        new = str(n + rng.choice((-1, 1)))
        edits.append(
            Edit(
                replace_span(hi, m.start(1), m.end(1), new),
                "century",
                f"{n}{m.group(2)} {m.group(3)} → {new}{m.group(2)} {m.group(3)}",
            )
        )
    if EN_RELATIVE.search(en):
        for src, dst in RELATIVE.items():
            for m in re.finditer(word(src), hi):
                if GENERIC_AFTER.match(hi[m.end() :]):
                    continue  # "आज की समस्या", "आज तक": nowadays, not a day
                edits.append(
                    Edit(
                        replace_span(hi, m.start(), m.end(), dst), "relative-day", f"{src} → {dst}"
                    )
                )
    if EN_PERIOD.search(en):
        for m in PERIOD.finditer(hi):
            head = hi[m.start() : m.start(1)].strip()
            dst = PERIOD_SWAP.get(head) or ("अगले" if FUTURE_VERB.search(hi) else "पिछले")
            new = f"{dst} {m.group(1)}"
            edits.append(
                Edit(
                    replace_span(hi, m.start(), m.end(), new),
                    "relative-period",
                    f"{m.group()} → {new}",
                )
            )
    return edits


__all__ = ["perturb"]
