"""A look-ahead of first letters for a long alternation of words (a speed-up only).

Python's ``re`` tries every alternative at every position of the text; an alternation of
~45 platform and posting words (``PLATFORM_WORDS``, ``POST_CUES``) then costs far more than
the match. ``guarded`` puts a look-ahead for the letters a match can start with in front of
it, so each position where none could start is skipped in one class test. The look-ahead
consumes nothing, so ``search``, ``match`` and ``fullmatch`` find exactly what the plain
pattern finds; when the letters cannot be read off the pattern it stays as it is.
"""

from __future__ import annotations

import re

__all__ = ["first_letters", "guarded"]


def _scan(pattern: str) -> list[tuple[int, str, int]]:
    """Each character of ``pattern`` outside escapes and classes, with its group depth."""
    out, depth, i = [], 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: its brackets and bars are literal
            i = pattern.index("]", i + 2) + 1
            continue
        depth -= ch == ")"
        out.append((i, ch, depth))
        depth += ch == "("
        i += 1
    return out


def first_letters(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` (alternatives of words or of groups of words,
    each after an optional ``\\b``) can start with; None when an alternative starts
    otherwise (a class, an optional letter, an escape, an optional group)."""
    scanned = _scan(pattern)
    bars = [i for i, ch, depth in scanned if ch == "|" and depth == 0]
    out: set[str] = set()
    for start, end in zip([-1, *bars], [*bars, len(pattern)], strict=True):
        alt = pattern[start + 1 : end].removeprefix(r"\b")
        if alt.startswith("(?:"):
            close = next((i for i, ch, d in _scan(alt) if ch == ")" and d == 0), None)
            if close is None or alt[close + 1 : close + 2] in ("?", "*", "{"):
                return None
            inner = first_letters(alt[3:close])
            if inner is None:
                return None
            out |= inner
        elif not alt or alt[0] in "\\()[].^$*+?{|" or alt[1:2] in ("?", "*", "{"):
            return None
        else:
            out.add(alt[0])
    return frozenset(out)


def guarded(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled behind a look-ahead of the letters its matches start with."""
    letters = first_letters(pattern)
    if not letters:
        return re.compile(pattern)
    return re.compile(f"(?=[{re.escape(''.join(sorted(letters)))}])(?:{pattern})")
