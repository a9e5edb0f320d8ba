"""The pipeline: load -> parse -> detect posts -> extract claims -> align -> judge -> (confirm).

``verify_article`` is pure (an ``Article`` in, an ``ArticleResult`` out). ``verify`` adds the
edges: reading files, stdin and URLs, and asking the platform with ``--confirm``. Storing and
reporting are the caller's (the CLI), so the library can be used without a database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, BinaryIO

from verifier.align.align import align_article
from verifier.align.narrow import narrow_claims
from verifier.align.unsourced import unsourced_claims
from verifier.claims import extract_claims
from verifier.detect.posts import detect_posts
from verifier.detect.snowflake import date_conflicts
from verifier.drift import judge_pair, rendered_part
from verifier.errors import VerifierError
from verifier.fetch.errors import redact_credentials
from verifier.fetch.load import RawDocument, load_input
from verifier.model import (
    Alignment,
    Article,
    ArticleResult,
    Claim,
    ClaimKey,
    Confirmation,
    Finding,
    Pair,
    Post,
    PostKey,
    Skipped,
    Span,
    VerificationResult,
    verdict_for,
)
from verifier.parse.article import parse_html, parse_text
from verifier.settings import Settings

if TYPE_CHECKING:
    from verifier.confirm.confirm import PostCache
    from verifier.fetch.client import Fetcher


def parse_document(doc: RawDocument) -> Article:
    """The ``Article`` for a loaded document (HTML or plain text)."""
    if doc.is_html:
        return parse_html(doc.text, doc.source, content_language=doc.content_language)
    return parse_text(doc.text, doc.source)


def verify_article(article: Article, settings: Settings | None = None) -> ArticleResult:
    """Find the article's posts and claims, pair them and judge every pair."""
    settings = settings or Settings()
    posts, skipped = detect_posts(article)
    claims = narrow_claims(
        article, posts, extract_claims(article, posts), min_score=settings.min_score
    )
    alignments = align_article(article, posts, claims, min_score=settings.min_score)
    by_post = {p.key: p for p in posts}
    by_claim = {c.key: c for c in claims}
    parts = _rendered_parts(alignments, by_post, by_claim)
    pairs = _once_per_post(
        [
            judge_pair(
                by_post[al.post],
                by_claim[al.claim],
                al,
                settings.severities,
                elsewhere=[part for other, part in parts.get(al.post, ()) if other != al.claim],
            )
            for al in alignments
        ]
    )
    paired_claims = {p.claim for p in pairs}
    paired_posts = {p.post for p in pairs}
    unsourced = unsourced_claims(article, posts, claims, paired_claims)
    unrendered = tuple(PostKey(p.key) for p in posts if p.key not in paired_posts)
    return ArticleResult(
        article=article,
        posts=posts,
        claims=claims,
        pairs=tuple(pairs),
        unsourced_claims=unsourced,
        unrendered_posts=unrendered,
        findings=date_conflicts(posts, article),
        skipped=skipped,
    )


def _rendered_parts(
    alignments: Sequence[Alignment], by_post: dict[PostKey, Post], by_claim: dict[ClaimKey, Claim]
) -> dict[PostKey, list[tuple[ClaimKey, Span]]]:
    """For each post that several claims render, the part of it each claim gives: what one
    claim leaves out of the post is no omission when another renders it."""
    claims_of: dict[PostKey, list[ClaimKey]] = {}
    for al in alignments:
        claims_of.setdefault(al.post, []).append(al.claim)
    parts: dict[PostKey, list[tuple[ClaimKey, Span]]] = {}
    for post_key, claim_keys in claims_of.items():
        if len(claim_keys) < 2:
            continue
        post = by_post[post_key]
        lang = post.lang if post.lang != "und" else None
        parts[post_key] = [
            (key, rendered_part(post.text, by_claim[key].text, post_lang=lang,
                                claim_lang=by_claim[key].lang))
            for key in claim_keys
        ]  # fmt: skip
    return parts


def _once_per_post(pairs: Sequence[Pair]) -> list[Pair]:
    """A part of a post that none of its claims renders is reported by each of them; keep
    it on the first (the same post words give the same fingerprint)."""
    seen: set[tuple[PostKey, str]] = set()
    out: list[Pair] = []
    for pair in pairs:
        kept: list[Finding] = []
        for f in pair.findings:
            if f.kind == "omission" and f.claim_span is None and f.post_span is not None:
                key = (pair.post, f.fingerprint)
                if key in seen:
                    continue
                seen.add(key)
            kept.append(f)
        if len(kept) < len(pair.findings):
            pair = replace(pair, findings=tuple(kept), verdict=verdict_for(tuple(kept)))
        out.append(pair)
    return out


def confirm_article(result: ArticleResult, confirmations: Sequence[Confirmation]) -> ArticleResult:
    """Attach platform confirmations and their ``embed-mismatch`` findings."""
    from verifier.confirm.confirm import embed_mismatch_findings

    extra: tuple[Finding, ...] = tuple(embed_mismatch_findings(result.posts, confirmations))
    return replace(result, confirmations=tuple(confirmations), findings=result.findings + extra)


def verify(
    inputs: Sequence[str],
    settings: Settings,
    *,
    stdin: BinaryIO | None = None,
    keep_going: bool = False,
    post_cache: PostCache | None = None,
) -> VerificationResult:
    """Load and verify every input (path, URL or ``-``).

    Raises the first ``VerifierError`` (missing file, network failure …) unless
    ``keep_going``, in which case the input is reported as ``Skipped`` and the run goes on.
    ``post_cache`` keeps ``--confirm`` lookups between runs (the store provides one).
    """
    from verifier.fetch.client import Fetcher, FetchSettings

    articles: list[ArticleResult] = []
    skipped: list[Skipped] = []
    with Fetcher(FetchSettings.from_settings(settings)) as fetcher:
        for spec in inputs:
            try:
                doc = load_input(spec, fetcher=fetcher, stdin=stdin, max_bytes=settings.max_bytes)
                articles.append(verify_article(parse_document(doc), settings))
            except VerifierError as exc:
                if not keep_going:
                    raise
                skipped.append(Skipped(redact_credentials(spec), redact_credentials(str(exc))))
        if settings.confirm:
            articles = confirm_results(articles, fetcher, settings, post_cache)
    return VerificationResult(articles=tuple(articles), skipped=tuple(skipped))


def confirm_results(
    articles: Sequence[ArticleResult],
    fetcher: Fetcher,
    settings: Settings,
    post_cache: PostCache | None,
) -> list[ArticleResult]:
    """Ask the platform for every post of ``articles`` (``--confirm``) and attach what it
    says; ``post_cache`` (default: one for this call) keeps the answers."""
    from verifier.confirm.confirm import InMemoryPostCache, PlatformClient, confirm_posts

    client = PlatformClient(fetcher)
    cache = post_cache if post_cache is not None else InMemoryPostCache()
    out = []
    for ar in articles:
        confirmations = confirm_posts(
            ar.posts, client, cache, max_age_seconds=settings.cache_ttl_seconds
        )
        out.append(confirm_article(ar, confirmations))
    return out
