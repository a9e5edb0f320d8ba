"""Store records: pure conversions between the model's dataclasses and store rows, and history values.

Nothing here touches a database; :mod:`verifier.store.repository` writes what this builds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import posixpath
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from verifier import model
from verifier.policy.findings import article_findings, fingerprint, post_of_article_finding

Row = dict[str, Any]

# PostgreSQL text cannot hold NUL, and no UTF-8 database can hold a lone surrogate (left by
# undecodable input); both become U+FFFD, one character for one, so spans stay valid.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    return _UNSTORABLE.sub("\ufffd", text)


def _storable_row(row: Row) -> Row:
    return {k: storable(v) if isinstance(v, str) else v for k, v in row.items()}


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(text: str) -> str:
    """The version key of an article: SHA-256 of its normalised text."""
    return sha256(text)


def source_key(source: str) -> str:
    """The identity key of an article source: URLs as given, paths in normalised POSIX form.

    Stored in every ``articles`` row, so changing this needs a data migration.
    """
    normal = source if "://" in source else posixpath.normpath(source.replace("\\", "/"))
    return sha256(normal)


def _span(span: model.Span | None) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


def _anchor(a: model.AnchorMatch) -> Row:
    return {
        "kind": a.kind,
        "post_start": a.post_span.start,
        "post_end": a.post_span.end,
        "claim_start": a.claim_span.start,
        "claim_end": a.claim_span.end,
        "post_text": a.post_text,
        "claim_text": a.claim_text,
        "weight": a.weight,
    }


def _post(p: model.Post) -> Row:
    start, end = _span(p.span)
    return _storable_row(
        {
            "key": p.key,
            "platform": p.platform,
            "post_id": p.post_id,
            "url": p.url,
            "author_name": p.author_name,
            "handle": p.handle,
            "posted_at": p.posted_at,
            "text": p.text,
            "lang": p.lang,
            "media": list(p.media),
            "origin": p.origin,
            "span_start": start,
            "span_end": end,
            "quoted_post": p.quoted_post,
            "in_reply_to": p.in_reply_to,
            "truncated": p.truncated,
            "notes": list(p.notes),
        }
    )


def _claim(c: model.Claim) -> Row:
    cue_start, cue_end = _span(c.cue_span)
    return _storable_row(
        {
            "key": c.key,
            "text": c.text,
            "lang": c.lang,
            "start": c.span.start,
            "end": c.span.end,
            "kind": c.kind,
            "speaker": c.speaker,
            "cue": c.cue,
            "cue_start": cue_start,
            "cue_end": cue_end,
            "closed": c.closed,
            "platform_cue": c.platform_cue,
        }
    )


def _finding(f: model.Finding, fp: str, position: int) -> Row:
    post_start, post_end = _span(f.post_span)
    claim_start, claim_end = _span(f.claim_span)
    return _storable_row(
        {
            "position": position,
            "kind": f.kind,
            "severity": f.severity,
            "message": f.message,
            "post_start": post_start,
            "post_end": post_end,
            "claim_start": claim_start,
            "claim_end": claim_end,
            "post_text": f.post_text,
            "claim_text": f.claim_text,
            "fingerprint": fp,
        }
    )


@dataclass(frozen=True, slots=True)
class PairRows:
    """A pair row plus the keys of the post and claim it joins and its findings' rows."""

    post_key: str
    claim_key: str
    row: Row
    findings: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class ArticleRows:
    """Everything stored for one article version, ready to insert."""

    source: str
    source_key: str
    content_hash: str
    result_hash: str
    """Digest of everything below (not of the source's spelling): equal digests, equal rows."""
    meta: Row
    posts: tuple[Row, ...]
    claims: tuple[Row, ...]
    pairs: tuple[PairRows, ...]
    article_findings: tuple[Row, ...]


def article_rows(ar: model.ArticleResult) -> ArticleRows:
    """The rows of one article result. Raises ``ValueError`` if a pair names an unknown key."""
    posts_by_key = {p.key: p for p in ar.posts}
    claim_keys = {c.key for c in ar.claims}
    position = 0  # findings are numbered across the article: pair findings, then the rest
    pairs: list[PairRows] = []
    for i, pair in enumerate(ar.pairs):
        post = posts_by_key.get(pair.post)
        if post is None or pair.claim not in claim_keys:
            raise ValueError(
                f"{ar.article.source}: pair {i} joins unknown post {pair.post!r} "
                f"or claim {pair.claim!r}"
            )
        rows = []
        for f in pair.findings:
            rows.append(_finding(f, fingerprint(f, post), position))
            position += 1
        row = {
            "position": i,
            "score": pair.score,
            "verdict": pair.verdict,
            "anchors": [_anchor(a) for a in pair.anchors],
        }
        pairs.append(PairRows(pair.post, pair.claim, row, tuple(rows)))
    loose = []
    for f in ar.findings:
        loose.append(_finding(f, fingerprint(f, post_of_article_finding(ar, f)), position))
        position += 1
    a = ar.article
    meta = _storable_row({"title": a.title, "language": a.language, "published": a.published})
    posts = tuple(_post(p) for p in ar.posts)
    claims = tuple(_claim(c) for c in ar.claims)
    text_hash = content_hash(a.text)
    digest_input = {
        "content_hash": text_hash,
        "meta": meta,
        "posts": posts,
        "claims": claims,
        "pairs": [[p.post_key, p.claim_key, p.row, p.findings] for p in pairs],
        "findings": loose,
    }
    encoded = json.dumps(digest_input, sort_keys=True, ensure_ascii=False, default=str)
    return ArticleRows(
        source=storable(a.source),
        source_key=source_key(a.source),
        content_hash=text_hash,
        result_hash=sha256(encoded),
        meta=meta,
        posts=posts,
        claims=claims,
        pairs=tuple(pairs),
        article_findings=tuple(loose),
    )


@dataclass(frozen=True, slots=True)
class ArticleCounts:
    """What one run found in one article (stored on its ``run_articles`` link)."""

    posts: int
    claims: int
    pairs: int
    unsourced: int
    unrendered: int
    findings: int
    severities: dict[str, int]
    verdicts: dict[str, int]
    fingerprints: tuple[str, ...]

    def columns(self) -> Row:
        return {
            "post_count": self.posts,
            "claim_count": self.claims,
            "pair_count": self.pairs,
            "unsourced_count": self.unsourced,
            "unrendered_count": self.unrendered,
            **{f"severity_{s}": self.severities[s] for s in model.SEVERITIES},
            **{f"verdict_{v}": self.verdicts[v] for v in VERDICTS},
            "fingerprints": list(self.fingerprints),
        }


VERDICTS: tuple[model.Verdict, ...] = ("faithful", "minor", "drift", "unchecked")


def article_counts(ar: model.ArticleResult) -> ArticleCounts:
    located = article_findings(ar)
    severities = Counter(lf.finding.severity for lf in located)
    verdicts = Counter(p.verdict for p in ar.pairs)
    return ArticleCounts(
        posts=len(ar.posts),
        # As every report counts them: term quotes are never judged, so they are not claims.
        claims=sum(1 for c in ar.claims if c.kind != "term"),
        pairs=len(ar.pairs),
        unsourced=len(ar.unsourced_claims),
        unrendered=len(ar.unrendered_posts),
        findings=len(located),
        severities={s: severities[s] for s in model.SEVERITIES},
        verdicts={v: verdicts[v] for v in VERDICTS},
        fingerprints=tuple(sorted({lf.fingerprint for lf in located})),
    )


def finding_from_row(row: Any) -> model.Finding:
    """A stored finding (an ORM ``findings`` row) back as the model's ``Finding``."""

    def span(start: int | None, end: int | None) -> model.Span | None:
        return model.Span(start, end) if start is not None and end is not None else None

    return model.Finding(
        kind=row.kind,
        severity=row.severity,
        message=row.message,
        post_span=span(row.post_start, row.post_end),
        claim_span=span(row.claim_start, row.claim_end),
        post_text=row.post_text,
        claim_text=row.claim_text,
        fingerprint=row.fingerprint,
    )


@dataclass(frozen=True, slots=True)
class HistoryFinding:
    """What a history line shows of one finding: its kind, severity and the words."""

    fingerprint: str
    kind: str = ""
    severity: str = ""
    post_text: str = ""
    claim_text: str = ""
    message: str = ""
    """Empty when the finding's row is gone (its article version was re-analysed since)."""


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One run that checked an article, compared with the previous such run."""

    run_id: int
    started_at: dt.datetime
    command: str
    tool_version: str
    exit_status: int
    source: str
    title: str | None
    content_hash: str
    edited: bool
    """The article text differs from the previous entry's (always False for the first)."""
    posts: int
    claims: int
    pairs: int
    severities: dict[str, int]
    """Findings by severity: ``{"critical": n, "major": n, "minor": n}``."""
    verdicts: dict[str, int]
    """Pairs by verdict: ``{"faithful": n, "minor": n, "drift": n, "unchecked": n}``."""
    fingerprints: tuple[str, ...]
    appeared: tuple[str, ...]
    """Fingerprints not in the previous entry (all of them for the first entry)."""
    disappeared: tuple[str, ...]
    """Fingerprints of the previous entry that this run no longer found."""
    appeared_findings: tuple[HistoryFinding, ...] = ()
    """The findings behind ``appeared``, in the same order."""
    disappeared_findings: tuple[HistoryFinding, ...] = ()
    """The findings behind ``disappeared``, in the same order."""


@dataclass(frozen=True, slots=True)
class ExportRows:
    """Rows read from the store for ``verifier export``: column names and values."""

    what: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True, slots=True)
class CachedPost:
    """A canonical post as the platform returned it, and when."""

    platform: str
    post_id: str
    state: str
    fetched_at: dt.datetime
    payload: dict[str, Any]
