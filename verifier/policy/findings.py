"""Findings of a run, located in their article and fingerprinted (shared by policy, baseline, reports)."""

from __future__ import annotations

import hashlib
import os
import posixpath
from dataclasses import dataclass

from verifier.lang.textnorm import fold
from verifier.model import (
    ArticleResult,
    Claim,
    ClaimKey,
    Confirmation,
    Finding,
    Post,
    PostKey,
    Span,
    VerificationResult,
)


def source_key(source: str) -> str:
    """An article source as reports and baselines name it: URLs as given; paths in POSIX
    form, normalised, and relative to the working directory when they lie under it (so a
    baseline or a CI annotation does not depend on where the checkout lives)."""
    if "://" in source or source in ("-", "<stdin>"):
        return source
    path = source.replace("\\", "/")
    if posixpath.isabs(path) or os.path.isabs(source):
        try:
            rel = os.path.relpath(source, os.getcwd())
        except ValueError:  # another drive on Windows
            rel = ""
        if rel and not rel.startswith(".."):
            path = rel.replace("\\", "/")
    return posixpath.normpath(path)


UNVERIFIABLE_STATES = frozenset({"deleted", "protected", "unavailable", "offline"})
"""Confirmation states that leave a post unverifiable (reported; fail CI only with ``strict``)."""


def is_unverifiable(confirmation: Confirmation) -> bool:
    return confirmation.state in UNVERIFIABLE_STATES


@dataclass(frozen=True, slots=True)
class LocatedFinding:
    """A finding together with where it lives: its article, post, claim and article offsets."""

    source: str
    finding: Finding
    fingerprint: str
    """``Finding.fingerprint`` or, when the drift stage left it empty, one computed here."""
    post: PostKey | None = None
    claim: ClaimKey | None = None
    span: Span | None = None
    """Where to point a reader in ``Article.text``: the claim evidence, else the whole claim,
    else the post (article-level findings)."""


def post_identity(post: Post) -> str:
    """What identifies a post across runs: platform and numeric id, else its folded text."""
    return f"{post.platform}:{post.post_id}" if post.post_id else fold(post.text)


def fingerprint(finding: Finding, post: Post | None) -> str:
    """Stable id of a finding: kind, the post (id, else its folded text) and the evidence words.

    Offsets are left out on purpose so an edit elsewhere in the article keeps the id.
    """
    if finding.fingerprint:
        return finding.fingerprint
    post_key = post_identity(post) if post is not None else ""
    return stable_hash(finding.kind, post_key, fold(finding.post_text), fold(finding.claim_text))


def stable_hash(*parts: str) -> str:
    """32 hex digits of SHA-256 over ``parts`` (unit-separator joined)."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def _article_span(claim: Claim | None, post: Post | None, finding: Finding) -> Span | None:
    if claim is not None:
        if finding.claim_span is not None and finding.claim_span.end <= len(claim.text):
            base = claim.span.start
            return Span(base + finding.claim_span.start, base + finding.claim_span.end)
        return claim.span
    if post is not None:
        return post.span
    return None


def _find_post(ar: ArticleResult, key: PostKey) -> Post | None:
    return next((p for p in ar.posts if p.key == key), None)


def _find_claim(ar: ArticleResult, key: ClaimKey) -> Claim | None:
    return next((c for c in ar.claims if c.key == key), None)


def post_of_article_finding(ar: ArticleResult, f: Finding) -> Post | None:
    """Article-level findings carry no post key; their evidence span still names one post."""
    if f.post_span is None or not f.post_text:
        return ar.posts[0] if len(ar.posts) == 1 else None
    hits = [p for p in ar.posts if f.post_span.slice(p.text) == f.post_text]
    return hits[0] if len(hits) == 1 else None


def article_findings(ar: ArticleResult) -> list[LocatedFinding]:
    """Every finding of one article: pair findings in pair order, then article-level ones."""
    out: list[LocatedFinding] = []
    source = ar.article.source
    for pair in ar.pairs:
        post = _find_post(ar, pair.post)
        claim = _find_claim(ar, pair.claim)
        out.extend(
            LocatedFinding(
                source=source,
                finding=f,
                fingerprint=fingerprint(f, post),
                post=pair.post,
                claim=pair.claim,
                span=_article_span(claim, post, f),
            )
            for f in pair.findings
        )
    for f in ar.findings:
        post = post_of_article_finding(ar, f)
        out.append(
            LocatedFinding(
                source=source,
                finding=f,
                fingerprint=fingerprint(f, post),
                post=post.key if post else None,
                span=_article_span(None, post, f),
            )
        )
    return out


def located_findings(result: VerificationResult) -> list[LocatedFinding]:
    """Every finding of a run, article by article, in a deterministic order."""
    return [lf for ar in result.articles for lf in article_findings(ar)]
