"""Omission past the rendered part: the start or end of a post that nothing renders.

A claim that renders part of a post is judged against that part (``rendered_region``), so
what lies before or after it is not a gap inside the rendering. It is still missing from
the article when no other claim renders it: a quote that keeps "Today I complete 80 weeks
as number 1" and stops before "it has been an amazing journey" gives the reader half of
what was said. The judge is told which parts of the post the article's other claims
render (``elsewhere``) and reports each leading or trailing run of the post that none of
them covers, when it says something (the same bar as a dropped clause: links, handles,
hashtags and emoji weigh nothing) and the rendering has no spare words that could be it.

An ellipsis at the cut ("… कहा") is how a writer marks a quotation as partial on purpose:
nothing is reported on that side. So is a caller's ``partial`` (``compare --partial``).
"""

from __future__ import annotations

from collections.abc import Sequence

from verifier.drift.collect import Collector, in_region
from verifier.drift.coverage import (
    LOW_SHARE,
    OMITTED_COUNTERPART,
    Gap,
    Piece,
    found,
    least_omitted,
    matters,
    short,
    sides,
)
from verifier.match.pairs import PairMatch
from verifier.model import Span

_QUOTES = " \t\n\"'“”‘’«»()[]"
_ELLIPSIS = ("…", "...", "..")


def _cut_marked(claim_text: str) -> tuple[bool, bool]:
    """Whether the rendering marks a cut at its start and at its end with an ellipsis."""
    core = claim_text.strip(_QUOTES)
    tail = core.rstrip("।|!?" + _QUOTES)  # "…!" and "…।" still end in the ellipsis
    return core.startswith(_ELLIPSIS), tail.endswith(_ELLIPSIS)


def _runs(post: Sequence[Piece], keep: Sequence[bool]) -> list[list[int]]:
    """Maximal runs of neighbouring pieces that ``keep`` allows (pieces of no weight do not
    break a run)."""
    runs: list[list[int]] = []
    cur: list[int] = []
    for k, p in enumerate(post):
        if keep[k]:
            cur.append(k)
        elif p.total and cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return [r for r in runs if any(post[k].total for k in r)]


def check_unrendered(
    col: Collector, match: PairMatch, region: Span, elsewhere: Sequence[Span]
) -> None:
    """Report the leading and trailing runs of the post that no rendering gives."""
    text = match.post.text
    if not text[: region.start].strip() and not text[region.end :].strip():
        return  # the rendering spans the whole post
    post, claim = sides(match, Span(0, len(text)))
    inside = [p for p in post if in_region(p.span, region)]
    inside_total = sum(p.total for p in inside)
    if not inside_total:
        return
    rest = sum(p.matched for p in inside) / inside_total
    marked_start, marked_end = _cut_marked(match.claim.text)
    first_inside = min(k for k, p in enumerate(post) if in_region(p.span, region))
    last_inside = max(k for k, p in enumerate(post) if in_region(p.span, region))
    for before in (True, False):
        if marked_start if before else marked_end:
            continue
        keep = [
            (p.span.end <= region.start if before else p.span.start >= region.end)
            and not any(in_region(p.span, e) for e in elsewhere)
            for p in post
        ]
        for run in _runs(post, keep):
            total = sum(post[k].total for k in run)
            matched = sum(post[k].matched for k in run)
            if matched >= LOW_SHARE * total:
                continue  # much of it is rendered after all, only too loosely to join the part
            # Spare words of the rendering that could be this run: pieces with nothing
            # matched (they could be anywhere) or matched next to the run.
            edge = first_inside if before else last_inside
            near = set(run) | {edge}
            spare = sum(p.unmatched for p in claim if not p.lands or p.lands & near)
            span = Span(post[run[0]].span.start, post[run[-1]].span.end)
            gap = Gap(span, total - matched, rest, spare, sum(post[k].loose for k in run))
            if not found(gap, least_omitted(gap, text), OMITTED_COUNTERPART):
                continue
            where = "before" if before else "after"
            if matters(span, text, match.post.lang, edge=True):
                message = (
                    f"The rendering leaves out what the post says {where} the part it renders, "
                    f"and nothing else renders it: “{short(span.slice(text))}” (the rendering "
                    f"reads: “{short(match.claim.text)}”)."
                )
                col.add("omission", message, span, None)
            else:
                message = (
                    f"The rendering quotes a selection: it leaves out what the post says {where} "
                    f"it, “{short(span.slice(text))}”, which does not change what the rest says."
                )
                col.add("omission", message, span, None, severity="minor")
