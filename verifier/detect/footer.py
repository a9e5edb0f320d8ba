"""Detect stage, text part: what follows the handle of a flattened footer when it is not a
whole date.

A page or an excerpt can cut the date short ("— Name (@handle) May 1, 20", "… Aug", "3
मार्च", or to a bare "…"), a newer embed prints the time first ("1:34 AM · Oct 17, 2021"),
and a CMS can drop the date link so that the article's prose goes on right after the handle. All of these are still a
footer with a name and a handle. Prose in the footer's own language after a handle in
parentheses is not ("— thanks (@friend) for the help").
"""

from __future__ import annotations

import datetime as dt
import re

from verifier.lang.dates.strings import MONTHS, find_date, is_weekday
from verifier.lang.textnorm import char_script

MAX_STUB = 40
"""Characters of a cut or time-first date; a longer tail is prose."""

# Indic letters carry vowel signs that \w does not match (मार्च): the blocks from Devanagari
# to Malayalam are letters of a month name too.
_STUB_CHARS = re.compile(r"[\w\u0900-\u0d7f:\s·,.\-–—|…]+")
_STUB_WORD = re.compile(r"\d{1,2}:\d{2}|[\w\u0900-\u0d7f]+")
_CUT_MARKS = " \t·,|-–—…."
"""What a page leaves around a cut date: separators and an ellipsis ("(@handle) …")."""
_CLOCK = frozenset("am pm a.m p.m at".split())
_INDIC = frozenset(("deva", "beng", "arab", "guru", "gujr", "orya", "taml", "telu", "knda", "mlym"))


def _month_start(word: str, *, last: bool) -> bool:
    """A month name or its beginning (only the last word may be cut to one or two letters)."""
    low = word.casefold()
    if len(low) < 3 and not last:
        return False
    return any(name.startswith(low) for name in MONTHS)


def cut_date(tail: str) -> tuple[dt.date | None, str] | None:
    """``(date, shown)`` when ``tail`` is a date cut short or written time first, with the
    date when a whole one is in it; ``None`` when it is anything else."""
    stub = tail.strip(_CUT_MARKS)
    if not stub and tail.strip():
        return None, tail.strip()  # "(@handle) …": the date cut off whole
    if not stub or len(stub) > MAX_STUB or not _STUB_CHARS.fullmatch(stub):
        return None
    words = _STUB_WORD.findall(stub)
    for i, word in enumerate(words):
        last = i == len(words) - 1
        low = word.casefold().rstrip(".")
        if word.isdigit() or ":" in word or low in _CLOCK or is_weekday(word):
            continue
        if not _month_start(word, last=last):
            return None
    found = find_date(stub)
    return (found[0] if found else None), stub


def prose_resumes(tail: str, name: str) -> bool:
    """The date link was dropped and the article's own prose follows the handle: the tail
    opens in an Indian script while the display name is in Latin letters."""
    first = next((ch for ch in tail if ch.isalpha()), "")
    if not first or char_script(first) not in _INDIC:
        return False
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(char_script(ch) == "latn" for ch in letters)
