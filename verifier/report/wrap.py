"""Terminal line wrapping by display cells that never breaks inside a grapheme cluster.

Rich folds an over-long word after a virama (क्|र), which splits a Devanagari conjunct
across lines; so the terminal report wraps text here and hands rich finished lines.
Widths err wide (see :func:`cell_len`). Clusters are approximated conservatively: a break is allowed only before a character that
is not a combining mark, not a joiner, not a variation selector/emoji modifier, and does
not follow a virama, a joiner or the first half of a regional-indicator flag.
"""

from __future__ import annotations

import re
import unicodedata

from rich.cells import get_character_cell_size

_ZW_JOINERS = frozenset("\u200c\u200d")
_WORD = re.compile(r"\S+")


def cell_len(text: str) -> int:
    """Columns ``text`` takes in a terminal, erring wide.

    Rich counts spacing vowel signs (Unicode category Mc, e.g. Devanagari ा ि ी ो) as zero
    columns, but wcwidth-based terminals (VTE, xterm, Windows Terminal) draw them one
    column wide; counting them as one keeps lines inside the width on those terminals.
    """
    total = 0
    for ch in text:
        if unicodedata.category(ch) == "Mc":
            total += 1
        else:
            total += get_character_cell_size(ch)
    return total


def _is_regional_indicator(ch: str) -> bool:
    return "\U0001f1e6" <= ch <= "\U0001f1ff"


def _joins_previous(prev: str, ch: str, ri_run: int) -> bool:
    if unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in _ZW_JOINERS:
        return True
    if "\ufe00" <= ch <= "\ufe0f" or "\U0001f3fb" <= ch <= "\U0001f3ff":
        return True
    if prev in _ZW_JOINERS or unicodedata.combining(prev) == 9:  # ccc 9 = virama (any script)
        return True
    return _is_regional_indicator(ch) and ri_run % 2 == 1


def clusters(text: str) -> list[str]:
    """Split ``text`` into user-perceived characters (conjuncts and flags kept whole)."""
    starts: list[int] = []
    ri_run = 0
    prev = ""
    for i, ch in enumerate(text):
        if not starts or not _joins_previous(prev, ch, ri_run):
            starts.append(i)
        ri_run = ri_run + 1 if _is_regional_indicator(ch) else 0
        prev = ch
    # Slicing once per cluster keeps a hostile run of a million marks linear.
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


def safe_cut(text: str, limit: int) -> int:
    """Largest cut point ``<= limit`` that does not fall inside a cluster (0 if none)."""
    cut = min(limit, len(text))
    low = max(cut - 64, 0)  # clusters are short; a run of marks longer than this is junk
    while cut > low and cut < len(text) and _joins_previous(text[cut - 1], text[cut], 0):
        cut -= 1
    return cut


def _fold_word(word: str, start: int, width: int) -> list[tuple[int, int]]:
    """Cut an over-long word into pieces of at most ``width`` cells at cluster boundaries."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    pos = start
    used = 0
    for cl in clusters(word):
        w = cell_len(cl)
        if used and used + w > width:
            pieces.append((piece_start, pos))
            piece_start, used = pos, 0
        pos += len(cl)
        used += w
    pieces.append((piece_start, pos))
    return pieces


def wrap_ranges(text: str, width: int) -> list[tuple[int, int]]:
    """Line ranges ``(start, end)`` into ``text`` that each fit ``width`` cells.

    Breaks at spaces (which are dropped), keeps ``\\n`` as hard breaks and folds only words
    longer than a whole line. Always returns at least one range.
    """
    width = max(width, 1)
    lines: list[tuple[int, int]] = []
    offset = 0
    for para in text.split("\n"):
        para_lines: list[tuple[int, int]] = []
        cur: tuple[int, int] | None = None
        used = 0  # cells taken by ``cur``; measured once per character, so linear
        for m in _WORD.finditer(para):
            ws, we = offset + m.start(), offset + m.end()
            word_cells = cell_len(m.group(0))
            if cur is not None:
                grown = used + cell_len(text[cur[1] : ws]) + word_cells
                if grown <= width:
                    cur, used = (cur[0], we), grown
                    continue
                para_lines.append(cur)
            if word_cells <= width:
                cur, used = (ws, we), word_cells
            else:
                *full, cur = _fold_word(m.group(0), ws, width)
                para_lines += full
                used = cell_len(text[cur[0] : cur[1]])
        if cur is not None:
            para_lines.append(cur)
        lines += para_lines or [(offset, offset)]
        offset += len(para) + 1
    return lines
