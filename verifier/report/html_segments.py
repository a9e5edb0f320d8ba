"""HTML report, text side: cut a post or claim text into plain and highlighted segments.

Highlights may overlap (an anchor inside a finding's span, two anchors on one word), so the
text is cut at every mark boundary and each piece carries the classes of all marks that cover
it. The badge (anchor number or finding label) goes only on the piece where its mark starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MAX_MARKS = 200
"""Marks beyond this many on one text are ignored: bounded work on hostile input."""


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlight request on one text: ``[start, end)`` with its classes and badge."""

    start: int
    end: int
    css: str
    label: str
    title: str
    rank: int = 0
    """0 for anchors, the severity rank (1–3) for findings: the worst finding leads."""


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of text: plain when ``css`` is empty, else one ``<mark>`` element."""

    text: str
    css: str = ""
    label: str = ""
    title: str = ""


def segments(text: str, marks: Sequence[Mark]) -> tuple[Segment, ...]:
    """``text`` as consecutive segments whose texts join back to ``text`` exactly."""
    n = len(text)
    usable = [m for m in marks[:MAX_MARKS] if 0 <= m.start < m.end <= n]
    if not usable:
        return (Segment(text),) if text else ()
    # Findings first (worst first), then anchors in number order: the first cover decides
    # which title leads, and all classes are kept so every colour/underline shows.
    usable.sort(key=lambda m: (-m.rank, m.start))
    bounds = sorted({0, n, *(m.start for m in usable), *(m.end for m in usable)})
    out: list[Segment] = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        cover = [m for m in usable if m.start <= lo and hi <= m.end]
        piece = text[lo:hi]
        if not cover:
            out.append(Segment(piece))
            continue
        css: list[str] = []
        for m in cover:
            css.extend(c for c in m.css.split() if c not in css)
        out.append(
            Segment(
                piece,
                css=" ".join(css),
                label=" ".join(m.label for m in cover if m.start == lo),
                title="\n".join(m.title for m in cover),
            )
        )
    return tuple(out)
