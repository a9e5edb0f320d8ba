"""Pieces of the post a rendering passes over: a summary that passes over a clause passes
over the figures, names and negations it holds, which are then not "missing" or "dropped"
from what the rendering gives (``judge`` keeps them out of the clauses it compares)."""

from __future__ import annotations

from verifier.drift.coverage import LOW_SHARE, OMITTED_COUNTERPART, gaps, sides
from verifier.match.pairs import PairMatch
from verifier.model import Span

UNRENDERED_LEAST = 2.0
"""Content a piece of the post needs before its lack of matched words says it is passed
over (one unknown word is as likely a loose rendering)."""


def passed_over(match: PairMatch, region: Span, *, quoted: bool) -> list[Span]:
    """Pieces of the post inside ``region`` that the rendering passes over: enough content
    and (almost) none of it matched. A summary that passes over "the determination of 130
    crore Indians" or "No apology, No fine" passes over the figure and the negations they
    hold; they are not "missing" or "dropped" from what the rendering gives.

    ``quoted``: the rendering claims to give the post's words, so a piece counts as passed
    over only when the rendering has nothing unexplained near it that could render it (a
    piece whose negation or figure was changed can look unmatched by its words alone)."""
    post, claim = sides(match, region)
    if not quoted:
        return [
            p.span
            for p in post
            if p.total >= UNRENDERED_LEAST and p.loose >= 2 and p.matched < LOW_SHARE * p.total
        ]
    return [
        g.span
        for g in gaps(post, claim, whole_sentence=True)
        if g.unmatched >= UNRENDERED_LEAST
        and g.words >= 2
        and g.spare <= OMITTED_COUNTERPART * g.unmatched
    ]
