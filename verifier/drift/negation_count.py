"""Negation for the languages read from a table (``verifier.lang.languages``): Tamil,
Telugu, Bengali … have no word lists in the Hindi negation check, so the judge asks
whether each side negates in the rendered part, by the negation key the anchors
give a negator of either language (``anchors.NEGATION_KEY``: not, never; இல்லை, না,
செய்யவில்லை)."""

from __future__ import annotations

from verifier.drift.collect import Collector
from verifier.match.anchors import NEGATION_KEY
from verifier.match.pairs import PairMatch
from verifier.model import Span


def check_negation_count(
    col: Collector, match: PairMatch, region: Span, *, added_only: bool = False
) -> None:
    """One negation finding when one side negates and the other does not (a "not" added
    or dropped). ``added_only``: the language negates mostly in its verb forms (Tamil,
    Telugu …), so a negation the rendering seems to lack is not reported."""
    post, claim = match.post, match.claim
    post_negs = [
        t
        for t, keys in zip(post.tokens, post.keys, strict=True)
        if NEGATION_KEY in keys and region.start <= t.start < region.end
    ]
    claim_negs = [
        t for t, keys in zip(claim.tokens, claim.keys, strict=True) if NEGATION_KEY in keys
    ]
    if bool(post_negs) == bool(claim_negs):
        return  # "cannot … nor" rendered with one negator: counts differ, sense does not
    if claim_negs:
        extra = claim_negs[0]
        col.add(
            "negation",
            f"The rendering negates (“{extra.text}”) where the post does not.",
            None,
            Span(extra.start, extra.end),
        )
    elif not added_only:
        gone = post_negs[0]
        col.add(
            "negation",
            f"The post says “{gone.text}” but the rendering has no negation there.",
            Span(gone.start, gone.end),
            None,
        )
