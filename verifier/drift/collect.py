"""What every drift check shares: the judge's context, the finding collector and clauses.

A ``Collector`` turns a check's verdict into a ``Finding`` with spans on both sides, the
configured severity and a stable fingerprint (kind, post identity and evidence words, no
offsets, so a finding keeps its id when the article is re-read). A claim that renders only
part of a post is judged against that part: ``rendered_region`` finds the first to last
clause of the post with real overlap.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from verifier.lang.chars import CLAUSE_ENDS
from verifier.lang.textnorm import fold
from verifier.match.pairs import PairMatch
from verifier.model import DriftKind, Finding, Severity, Span
from verifier.settings import DEFAULT_SEVERITIES


@dataclass(frozen=True, slots=True)
class Context:
    """What the judge may know besides the two texts."""

    post_id: str = ""
    post_date: dt.date | None = None
    author_name: str | None = None
    handle: str | None = None
    speaker: str | None = None
    claim_kind: str = "quote"
    cue: str | None = None
    """The article's words that introduce the claim ("X ने ट्वीट कर कहा कि")."""


def fingerprint(kind: str, post_id: str, *evidence: str) -> str:
    """Stable id of a finding: kind, post identity and the evidence words (no offsets)."""
    raw = "\x1f".join([kind, post_id, *(fold(e) for e in evidence)])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


class Collector:
    def __init__(
        self, ctx: Context, post_text: str, claim_text: str, severities: Mapping[str, Severity]
    ):
        self.ctx = ctx
        self.post_text = post_text
        self.claim_text = claim_text
        self.severities = severities
        self.findings: list[Finding] = []

    def add(
        self,
        kind: DriftKind,
        message: str,
        post_span: Span | None,
        claim_span: Span | None,
        *,
        severity: Severity | None = None,
    ) -> None:
        ptxt = post_span.slice(self.post_text) if post_span else ""
        ctxt = claim_span.slice(self.claim_text) if claim_span else ""
        self.findings.append(
            Finding(
                kind=kind,
                severity=severity or self.severities.get(kind, DEFAULT_SEVERITIES[kind]),
                message=message,
                post_span=post_span,
                claim_span=claim_span,
                post_text=ptxt,
                claim_text=ctxt,
                fingerprint=fingerprint(
                    kind, self.ctx.post_id or fold(self.post_text)[:80], ptxt, ctxt
                ),
            )
        )


# --- clauses of the post ------------------------------------------------------------------

# A pipe between spaces is a danda typed on a Latin keyboard ("… करते हैं | हालांकि, …").
_CLAUSE_END = re.compile(rf"(?<=[{CLAUSE_ENDS}])\s+|\n+|(?<=[.!?])(?=[A-Z])|(?<=\s\|)\s+")


def split_clauses(text: str) -> list[Span]:
    out: list[Span] = []
    pos = 0
    for m in _CLAUSE_END.finditer(text):
        if text[pos : m.start()].strip():
            out.append(strip_span(text, pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append(strip_span(text, pos, len(text)))
    return out


def strip_span(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span(s, e)


def rendered_region(
    match: PairMatch, clauses: Sequence[Span]
) -> tuple[Span, list[tuple[Span, float]]]:
    """The part of the post the claim renders: first to last clause with real overlap.

    A negation particle matched alone (not ~ नहीं) is no overlap: nearly every Hindi
    sentence has one, so it cannot tell which sentence of the post is rendered."""
    matched = match.matched_post()
    content = {i for i, _, kind in match.pairs if kind != "negation"}
    # The tokens of each clause by bisection, not by reading every token for every clause
    # (a long post made that clauses x tokens); indices stay in order so the sums are the same.
    by_start = sorted((t.start, i) for i, t in enumerate(match.post.tokens))
    starts = [start for start, _ in by_start]
    shares: list[tuple[Span, float]] = []
    for cl in clauses:
        lo, hi = bisect_left(starts, cl.start), bisect_left(starts, cl.end)
        idx = sorted(i for _, i in by_start[lo:hi])
        total = sum(match.post.weights[i] for i in idx)
        got = sum(match.post.weights[i] for i in idx if i in matched)
        if not any(i in content for i in idx):
            got = 0.0
        shares.append((cl, got / total if total else 0.0))
    rendered = [cl for cl, share in shares if share >= 0.25]
    if not rendered:
        full = Span(clauses[0].start, clauses[-1].end) if clauses else Span(0, 0)
        return full, shares
    return Span(rendered[0].start, rendered[-1].end), shares


def in_region(span: Span, region: Span) -> bool:
    return region.start <= span.start and span.end <= region.end
