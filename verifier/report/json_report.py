"""JSON report ``verifier.report/1``: the result as stable, sorted JSON for tools.

The contract fields (DESIGN.md) are never renamed or removed; extra fields are additive:
``fingerprint``/``post_text``/``claim_text``/``blocking``/``accepted`` on findings,
``anchors`` on pairs, ``byline``, ``published``, ``findings``, ``confirmations``, ``skipped``
on articles, and ``gate`` (threshold, baseline in use, blocking and accepted counts).
Spans are ``[start, end]`` lists of code-point offsets (post spans index the post text,
claim spans the claim text, claim ``start``/``end`` the article text); dates are ISO 8601.
"""

from __future__ import annotations

import json
import re
from typing import Any

from verifier.model import (
    SEVERITY_RANK,
    AnchorMatch,
    ArticleResult,
    Claim,
    Confirmation,
    Finding,
    Pair,
    Post,
    Skipped,
    Span,
    VerificationResult,
)
from verifier.policy.findings import (
    LocatedFinding,
    article_findings,
    fingerprint,
    post_of_article_finding,
)
from verifier.policy.policy import Gate
from verifier.report.summary import summarize

SCHEMA = "verifier.report/1"

Json = dict[str, Any]


def natural_key(key: str) -> tuple[tuple[int, str], ...]:
    """Sort ``p2`` before ``p10``."""
    return tuple(
        (int(part), "") if part.isdigit() else (-1, part)
        for part in re.split(r"(\d+)", key)
        if part
    )


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _score(x: float) -> float:
    # Four places are more than a reader needs and keep float noise out of diffs.
    return round(float(x), 4)


def post_json(post: Post) -> Json:
    return {
        "id": post.key,
        "platform": post.platform,
        "post_id": post.post_id,
        "url": post.url,
        "author_name": post.author_name,
        "handle": post.handle,
        "posted_at": post.posted_at.isoformat() if post.posted_at else None,
        "text": post.text,
        "lang": post.lang,
        "media": list(post.media),
        "origin": post.origin,
        "span": _span(post.span),
        "quoted_post": post.quoted_post,
        "in_reply_to": post.in_reply_to,
        "truncated": post.truncated,
        "notes": list(post.notes),
    }


def claim_json(claim: Claim) -> Json:
    return {
        "id": claim.key,
        "text": claim.text,
        "lang": claim.lang,
        "start": claim.span.start,
        "end": claim.span.end,
        "kind": claim.kind,
        "speaker": claim.speaker,
        "cue": claim.cue,
        "cue_span": _span(claim.cue_span),
        "closed": claim.closed,
        "platform_cue": claim.platform_cue,
    }


def finding_json(
    finding: Finding,
    post: Post | None,
    located: LocatedFinding | None = None,
    gate: Gate | None = None,
) -> Json:
    """A finding; with its ``located`` form and the ``gate``, whether it blocks the run and
    whether the baseline accepts it."""
    gate = gate or Gate()
    return {
        "kind": finding.kind,
        "severity": finding.severity,
        "message": finding.message,
        "post_span": _span(finding.post_span),
        "claim_span": _span(finding.claim_span),
        "post_text": finding.post_text,
        "claim_text": finding.claim_text,
        "fingerprint": fingerprint(finding, post),
        "blocking": located is not None and gate.blocks(located),
        "accepted": located is not None and gate.accepted(located),
    }


def _finding_order(f: Finding) -> tuple[int, int, int, str]:
    at = f.claim_span or f.post_span
    return (-SEVERITY_RANK[f.severity], at.start if at else -1, at.end if at else -1, f.kind)


def _anchor_json(a: AnchorMatch) -> Json:
    return {
        "kind": a.kind,
        "post_span": _span(a.post_span),
        "claim_span": _span(a.claim_span),
        "post_text": a.post_text,
        "claim_text": a.claim_text,
        "weight": _score(a.weight),
    }


_Located = dict[int, LocatedFinding]
"""Located findings of one article by ``id()`` of the Finding they wrap."""


def pair_json(
    pair: Pair, post: Post | None, located: _Located | None = None, gate: Gate | None = None
) -> Json:
    where = located or {}
    return {
        "post": pair.post,
        "claim": pair.claim,
        "score": _score(pair.score),
        "verdict": pair.verdict,
        "findings": [
            finding_json(f, post, where.get(id(f)), gate)
            for f in sorted(pair.findings, key=_finding_order)
        ],
        "anchors": [
            _anchor_json(a)
            for a in sorted(
                pair.anchors, key=lambda a: (a.claim_span.start, a.post_span.start, a.kind)
            )
        ],
    }


def _confirmation_json(c: Confirmation) -> Json:
    return {
        "post": c.post,
        "state": c.state,
        "detail": c.detail,
        "canonical_text": c.canonical_text,
        "canonical_author": c.canonical_author,
        "canonical_handle": c.canonical_handle,
        "canonical_date": c.canonical_date.isoformat() if c.canonical_date else None,
    }


def _skipped_json(s: Skipped) -> Json:
    return {"what": s.what, "why": s.why}


def article_json(ar: ArticleResult, gate: Gate | None = None) -> Json:
    art = ar.article
    posts = {p.key: p for p in ar.posts}
    located = {id(lf.finding): lf for lf in article_findings(ar)}
    return {
        "source": art.source,
        "title": art.title,
        "language": art.language,
        "byline": art.byline,
        "published": art.published.isoformat() if art.published else None,
        "is_html": art.is_html,
        "posts": [post_json(p) for p in sorted(ar.posts, key=lambda p: natural_key(p.key))],
        "claims": [
            claim_json(c)
            for c in sorted(ar.claims, key=lambda c: (c.span.start, natural_key(c.key)))
        ],
        "pairs": [
            pair_json(p, posts.get(p.post), located, gate)
            for p in sorted(ar.pairs, key=lambda p: (natural_key(p.post), natural_key(p.claim)))
        ],
        "unsourced_claims": sorted(ar.unsourced_claims, key=natural_key),
        "unrendered_posts": sorted(ar.unrendered_posts, key=natural_key),
        "findings": [
            finding_json(f, post_of_article_finding(ar, f), located.get(id(f)), gate)
            for f in sorted(ar.findings, key=_finding_order)
        ],
        "confirmations": [
            _confirmation_json(c)
            for c in sorted(ar.confirmations, key=lambda c: natural_key(c.post))
        ],
        "skipped": [_skipped_json(s) for s in ar.skipped],
    }


def _gate_json(result: VerificationResult, gate: Gate) -> Json:
    located = [lf for ar in result.articles for lf in article_findings(ar)]
    return {
        "threshold": gate.threshold,
        "ignore": sorted(gate.ignore_kinds),
        "baseline": gate.baseline is not None,
        "blocking": sum(1 for lf in located if gate.blocks(lf)),
        "accepted": sum(1 for lf in located if gate.accepted(lf)),
    }


def report_json(result: VerificationResult, gate: Gate | None = None) -> Json:
    """The report as a JSON-ready ``dict`` (what :func:`render_json` serialises)."""
    gate = gate or Gate()
    return {
        "schema": SCHEMA,
        "articles": [article_json(ar, gate) for ar in result.articles],
        "skipped": [_skipped_json(s) for s in result.skipped],
        "summary": summarize(result).as_dict(),
        "gate": _gate_json(result, gate),
    }


def render_json(result: VerificationResult, *, gate: Gate | None = None) -> str:
    """Serialise ``result`` as ``verifier.report/1`` JSON (UTF-8 text, trailing newline);
    ``gate`` (threshold, ignored kinds, baseline) marks each finding blocking or accepted."""
    return json.dumps(report_json(result, gate), ensure_ascii=False, indent=2) + "\n"
