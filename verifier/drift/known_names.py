"""Known places, peoples and organisations swapped for other known ones.

A word of the post the gazetteer knows (China, Czech, U.N., CIA) whose place or body the
rendering never names, while the rendering names one the post never does (चिली, क्रोएशियाई):
a swap, even when the two sound alike (China ~ चिली) — the gazetteer tells them apart where
sound cannot. India added by Indian news ("देश", भारत for "the country") is no swap.
"""

from __future__ import annotations

from collections.abc import Sequence

from verifier.drift.collect import Collector, in_region
from verifier.drift.names import THE_COUNTRY_HI, is_author_word
from verifier.match.anchors import TextProfile
from verifier.match.pairs import PairMatch
from verifier.model import Span

__all__ = ["check_known_swap"]


def _places(prof: TextProfile, i: int) -> frozenset[str]:
    return frozenset(k for k in prof.keys[i] if k.startswith("G:"))


def check_known_swap(col: Collector, match: PairMatch, regions: Sequence[Span]) -> bool:
    """Report one known name of the post swapped for another known name; ``True`` when
    one was reported."""
    post, claim = match.post, match.claim
    post_all = frozenset().union(*(_places(post, i) for i in range(len(post.tokens))))
    claim_all = frozenset().union(*(_places(claim, j) for j in range(len(claim.tokens))))
    lost = [
        i
        for i in range(len(post.tokens))
        if (keys := _places(post, i))
        and post.tokens[i].text[:1].isupper()  # a turkey is no Türkiye
        and not keys & claim_all
        and any(in_region(Span(post.tokens[i].start, post.tokens[i].end), r) for r in regions)
    ]
    if not lost:
        return False
    matched = match.matched_claim()
    new = [
        j
        for j in range(len(claim.tokens))
        if (keys := _places(claim, j))
        and keys - post_all
        # a word matched for one of its places may name another (अमेरिका-चिली)
        and (j not in matched or len(keys) > 1)
        and not THE_COUNTRY_HI.search(claim.tokens[j].text)
        and claim.tokens[j].text not in ("भारत", "भारतीय")
        and not is_author_word(col.ctx, claim.tokens[j].text)
    ]
    if not new:
        return False
    # The nearest pair by relative place in the two texts.
    n_post, n_claim = max(1, len(post.tokens)), max(1, len(claim.tokens))
    _, i, j = min((abs(i / n_post - j / n_claim), i, j) for i in lost for j in new)
    # A phrase covers several words (संयुक्त राष्ट्र): report it from its first word.
    a = i
    while a > 0 and _places(post, a - 1) == _places(post, i):
        a -= 1
    b = j
    while b + 1 < len(claim.tokens) and _places(claim, b + 1) == _places(claim, j):
        b += 1
    pspan = Span(post.tokens[a].start, _phrase_end(post, i))
    cspan = Span(claim.tokens[j].start, claim.tokens[b].end)
    col.add(
        "entity",
        f"The post names “{pspan.slice(post.text)}” but the rendering names "
        f"“{cspan.slice(claim.text)}” instead.",
        pspan,
        cspan,
    )
    return True


def _phrase_end(prof: TextProfile, i: int) -> int:
    b = i
    while b + 1 < len(prof.tokens) and _places(prof, b + 1) == _places(prof, i):
        b += 1
    return prof.tokens[b].end
