"""Alignment: which claims render which post, with a score and the anchors as evidence.

No neural model: a post (usually English) and a claim (usually Hindi) are profiled into
keys that can meet across scripts —

- ``L:`` lexicon keys (English word -> stemmed Hindi forms; a Hindi token -> its stem),
- ``P:`` phonetic keys for names and English loanwords written in Devanagari,
- ``N:`` number values, ``D:`` dates —

and a token of one side matches a token of the other when they share a key. The content
score is the F-measure of the weighted share of matched content words on both sides;
article context (speaker = author, a platform cue, distance from the embed) adds a bonus.
Retrieval over many candidates (``align_texts``) goes through an inverted index of keys.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeAlias

from verifier.claims import is_cue_word
from verifier.match.anchors import TextProfile, profile
from verifier.match.pairs import (
    PairMatch,
    cross_language_content,
    match_profiles,
    same_language_score,
    same_script_family,
    speaker_matches,
)
from verifier.model import (
    Alignment,
    Article,
    Claim,
    ClaimKey,
    Post,
    PostKey,
    Span,
)

MIN_SCORE = 0.40
"""Default alignment score from which a claim counts as rendering a post (see
``benchmarks/align_real.py`` for how it was chosen)."""

CONTEXT_GATE = 0.25
"""Content similarity below which the article context (speaker, cue, position) adds nothing:
context lifts a real rendering over the threshold, it never makes one."""
SPEAKER_BONUS = 0.15
PLATFORM_BONUS = 0.05
NEAR_BONUS = 0.05
NEAR_CHARS = 600
"""A claim within this many characters of the embed counts as near it."""
ADJACENT_BONUS = 0.10
ADJACENT_CHARS = 250
"""A claim this close to the embed is in the paragraph right before or after it, where
Hindi articles put the translation of the post they embed."""
MAX_POSTS_PER_CLAIM = 8
"""A claim summarises a few posts at most. A page that embeds the same words many times
would otherwise pair each claim with every copy, and the judge would read every pair."""


# --- article alignment -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScoredPair:
    post: PostKey
    claim: ClaimKey
    score: float
    content: float
    match: PairMatch | None
    features: tuple[tuple[str, float], ...] = field(default=())


Contents: TypeAlias = dict[tuple[str, str], tuple[float, PairMatch | None]]
"""Content scores of one claim by post text and language: posts with the same words (a page
embedding one post many times) are compared with the claim once."""


def score_pair(
    article: Article, post: Post, claim: Claim, contents: Contents | None = None
) -> ScoredPair:
    """Content similarity plus the article-context bonuses, capped at 1.

    ``contents`` remembers the content scores of this one claim across its posts."""
    post_lang = post.lang if post.lang != "und" else "en"
    known = contents.get((post.text, post_lang)) if contents is not None else None
    if known is not None:
        content, match = known
    else:
        content, match = _content(article, post.text, post_lang, claim)
        if contents is not None:
            contents[(post.text, post_lang)] = (content, match)
    features: list[tuple[str, float]] = [("content", round(content, 4))]
    bonus = 0.0
    if speaker_matches(claim.speaker, post):
        bonus += SPEAKER_BONUS
        features.append(("speaker", SPEAKER_BONUS))
    if claim.platform_cue:
        bonus += PLATFORM_BONUS
        features.append(("platform-cue", PLATFORM_BONUS))
    if post.span is not None:
        distance = _distance(post.span, claim.span)
        near = (
            ADJACENT_BONUS
            if distance <= ADJACENT_CHARS
            else NEAR_BONUS
            if distance <= NEAR_CHARS
            else 0.0
        )
        if near:
            bonus += near
            features.append(("near-embed", near))
    # Context alone never makes a pair: it only lifts real content overlap.
    score = min(1.0, content + bonus) if content >= CONTEXT_GATE else content
    return ScoredPair(post.key, claim.key, score, content, match, tuple(features))


def _content(
    article: Article, post_text: str, post_lang: str, claim: Claim
) -> tuple[float, PairMatch | None]:
    if same_script_family(post_lang, claim.lang):
        return same_language_score(post_text, claim.text), None
    match = match_profiles(
        profile(post_text, post_lang),
        _without_cue(article, claim, profile(claim.text, claim.lang)),
    )
    return cross_language_content(match), match


def _without_cue(article: Article, claim: Claim, prof: TextProfile) -> TextProfile:
    """The claim's profile with its speaker and speech verb weighed zero: in "एलन मस्क ने
    सोमवार को मौत के बारे में ट्वीट किया" they describe the post, they do not render it, and
    would otherwise count as words the post does not explain."""
    cue = claim.cue_span
    if cue is None or not cue.overlaps(claim.span):
        return prof
    raw = article.text[claim.span.start : claim.span.end]
    base = claim.span.start + (len(raw) - len(raw.lstrip()))
    lo, hi = cue.start - base, cue.end - base
    speaker = set((claim.speaker or "").split())
    weights = tuple(
        0.0
        if lo <= tok.start and tok.end <= hi and (tok.text in speaker or is_cue_word(tok.text))
        else w
        for tok, w in zip(prof.tokens, prof.weights, strict=True)
    )
    if weights == prof.weights or not any(weights):
        return prof
    return replace(prof, weights=weights)


def _distance(a: Span, b: Span) -> int:
    if a.overlaps(b):
        return 0
    return b.start - a.end if b.start >= a.end else a.start - b.end


def align_article(
    article: Article,
    posts: Sequence[Post],
    claims: Sequence[Claim],
    *,
    min_score: float = MIN_SCORE,
) -> tuple[Alignment, ...]:
    """Pairs (post, claim) judged to be renderings, best first per claim.

    A post may be rendered by several claims (a quote and a paraphrase); a claim may
    summarise several posts (kept when within 0.1 of its best post). Terms never pair.
    """
    out: list[Alignment] = []
    textual = [p for p in posts if p.text.strip()]
    for claim in claims:
        if claim.kind == "term":
            continue
        contents: Contents = {}
        scored = [score_pair(article, post, claim, contents) for post in textual]
        scored = [s for s in scored if s.score >= min_score]
        if not scored:
            continue
        best = max(s.score for s in scored)
        for s in sorted(scored, key=lambda s: -s.score)[:MAX_POSTS_PER_CLAIM]:
            if s.score < best - 0.1:
                break
            out.append(
                Alignment(
                    post=s.post,
                    claim=s.claim,
                    score=round(s.score, 4),
                    anchors=s.match.anchors() if s.match else (),
                    features=s.features,
                )
            )
    return tuple(out)


# --- retrieval (verifier align) --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AlignResult:
    source: int
    claim: int | None
    score: float


def align_texts(
    sources: Sequence[str],
    claims: Sequence[str],
    *,
    min_score: float = 0.2,
    candidates: int = 40,
) -> list[AlignResult]:
    """The best rendering among ``claims`` of each line of ``sources``.

    Claims are indexed by their keys; each source is scored only against the claims that
    share the most (IDF-weighted) keys with it, so a 1,000 × 1,000 run stays fast.
    """
    claim_profiles = [profile(c, _lang_of(c)) for c in claims]
    index: dict[str, set[int]] = defaultdict(set)
    for j, prof in enumerate(claim_profiles):
        for keys in prof.keys:
            for k in keys:
                index[k].add(j)
    n = max(1, len(claims))
    idf = {k: math.log(1 + n / len(v)) for k, v in index.items()}
    results: list[AlignResult] = []
    for i, text in enumerate(sources):
        lang = _lang_of(text)
        prof = profile(text, lang)
        votes: dict[int, float] = defaultdict(float)
        for t, keys in enumerate(prof.keys):
            if not prof.weights[t]:
                continue
            hit: set[int] = set()
            for k in keys:
                hit |= index.get(k, set())
            for j in hit:
                votes[j] += max((idf.get(k, 0.0) for k in keys if j in index.get(k, ())), default=0)
        shortlist = sorted(votes, key=lambda j: -votes[j])[:candidates]
        best_j, best = None, 0.0
        for j in shortlist:
            if same_script_family(lang, claim_profiles[j].lang):
                s = same_language_score(text, claims[j])
            else:
                s = match_profiles(prof, claim_profiles[j]).score
            if s > best:
                best_j, best = j, s
        if best < min_score:
            best_j = None
        results.append(AlignResult(i, best_j, round(best, 4)))
    return results


def _lang_of(text: str) -> str:
    from verifier.lang.textnorm import detect_language

    return detect_language(text)


def iter_pairs(results: Iterable[AlignResult]) -> Iterable[dict[str, object]]:
    for r in results:
        yield {"source": r.source, "claim": r.claim, "score": r.score}
