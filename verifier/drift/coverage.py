"""Omission and addition: a clause of the post left out, or one the post does not have.

Text is cut into clauses and sub-clauses (after a comma + conjunction or relative pronoun),
and each unit's share of matched content words is measured. A unit with (almost) nothing
matched while the rest of its side is well matched is omitted (post) or added (rendering);
a lone unmatched rendering must be long before it counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.align import PairMatch
from verifier.anchors import TextProfile
from verifier.drift.collect import Collector, in_region, split_clauses, strip_span
from verifier.model import Span

# Finer units for omission and addition: a clause after a comma + conjunction or relative
# pronoun ("…, and …", "…, which …", "…, लेकिन …", "…, जहाँ …") can be dropped or added alone.
_SUBCLAUSE_EN = re.compile(
    r",\s+(?=(?:and|but|while|whereas|which|who|whom|where|when|although|though|as|so|because|"
    r"including|with|after|before)\b)|;\s+|\s+(?=(?:but|whereas)\b)",
    re.IGNORECASE,
)
_SUBCLAUSE_HI = re.compile(
    r",\s*(?=(?:और|लेकिन|पर|मगर|जबकि|जो|जिस|जिसे|जिसमें|जिसके|जिन्होंने|जहाँ|जहां|जब|क्योंकि|ताकि|"
    r"साथ ही|इसके अलावा|हालांकि|हालाँकि))|;\s*|\s+(?=(?:लेकिन|जबकि|हालांकि|हालाँकि)\s)"
)


def _units(text: str, splitter: re.Pattern[str]) -> list[Span]:
    out: list[Span] = []
    for cl in split_clauses(text):
        pos = cl.start
        for m in splitter.finditer(text, cl.start, cl.end):
            if text[pos : m.start()].strip():
                out.append(strip_span(text, pos, m.start()))
            pos = m.end()
        if text[pos : cl.end].strip():
            out.append(strip_span(text, pos, cl.end))
    return out


def _share(prof: TextProfile, span: Span, matched: frozenset[int]) -> tuple[float, int]:
    idx = [
        i
        for i, t in enumerate(prof.tokens)
        if span.start <= t.start < span.end and prof.weights[i] > 0
    ]
    total = sum(prof.weights[i] for i in idx)
    got = sum(prof.weights[i] for i in idx if i in matched)
    return (got / total if total else 1.0), len(idx)


def check_coverage(
    col: Collector, match: PairMatch, region: Span, shares: Sequence[tuple[Span, float]]
) -> None:
    del shares
    # Omission: a content unit inside what the rendering claims to cover has no counterpart
    # while the rest of it is well rendered.
    matched_p = match.matched_post()
    units = [u for u in _units(col.post_text, _SUBCLAUSE_EN) if in_region(u, region)]
    scored = [(u, *_share(match.post, u, matched_p)) for u in units]
    for u, share, n in scored:
        others = [sh for v, sh, m in scored if v != u and m > 0]
        if n >= 3 and share < 0.15 and others and sum(others) / len(others) >= 0.4:
            col.add(
                "omission",
                f"The rendering leaves out this part of the post: “{u.slice(col.post_text)}”.",
                u,
                None,
            )
    # Addition: a unit of the rendering with several content words and (almost) nothing the
    # post says, while the rest of the rendering follows the post.
    matched_c = match.matched_claim()
    units = _units(match.claim.text, _SUBCLAUSE_HI)
    scored = [(u, *_share(match.claim, u, matched_c)) for u in units]
    for u, share, n in scored:
        others = [sh for v, sh, m in scored if v != u and m > 0]
        lone = not others and share == 0.0 and n >= 5
        if (n >= 4 and share < 0.15 and others and sum(others) / len(others) >= 0.4) or lone:
            col.add(
                "addition",
                f"The rendering adds “{u.slice(match.claim.text)}”, which has no counterpart in the post.",
                None,
                u,
            )
