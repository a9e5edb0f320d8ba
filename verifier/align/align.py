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
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz

from verifier import anchors
from verifier.anchors import TextProfile, profile
from verifier.claims import is_cue_word
from verifier.model import (
    Alignment,
    AnchorMatch,
    Article,
    Claim,
    ClaimKey,
    Post,
    PostKey,
    Span,
)
from verifier.textnorm import fold
from verifier.translit import name_similarity, split_handle

MIN_SCORE = 0.40
"""Default alignment score from which a claim counts as rendering a post (see
``benchmarks/align_real.py`` for how it was chosen)."""

PRECISION_BETA = 0.5
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


@dataclass(frozen=True, slots=True)
class PairMatch:
    """Token-level matching of one post text against one claim text."""

    post: TextProfile
    claim: TextProfile
    pairs: tuple[tuple[int, int, str], ...]
    """(post token index, claim token index, anchor kind) for every matched pair."""
    recall: float
    """Weighted share of the post's content tokens that found a counterpart."""
    precision: float
    """Weighted share of the claim's content tokens that found a counterpart."""

    @property
    def score(self) -> float:
        if self.recall + self.precision == 0:
            return 0.0
        return 2 * self.recall * self.precision / (self.recall + self.precision)

    def fbeta(self, beta: float) -> float:
        """F-measure weighting precision (the claim explained by the post) ``1/beta`` times
        as much as recall: a partial quotation is still a rendering."""
        p, r = self.precision, self.recall
        if p == 0 or r == 0:
            return 0.0
        b2 = beta * beta
        return (1 + b2) * p * r / (b2 * p + r)

    def matched_words(self) -> int:
        """Distinct content words of the post that found a counterpart."""
        return sum(1 for i in self.matched_post() if self.post.weights[i] > 0)

    def matched_post(self) -> frozenset[int]:
        return frozenset(i for i, _, _ in self.pairs)

    def matched_claim(self) -> frozenset[int]:
        return frozenset(j for _, j, _ in self.pairs)

    def anchors(self) -> tuple[AnchorMatch, ...]:
        out: list[AnchorMatch] = []
        seen: set[tuple[int, int]] = set()
        for i, j, kind in self.pairs:
            if (i, j) in seen:
                continue
            seen.add((i, j))
            pt, ct = self.post.tokens[i], self.claim.tokens[j]
            out.append(
                AnchorMatch(
                    kind=kind,  # type: ignore[arg-type]
                    post_span=Span(pt.start, pt.end),
                    claim_span=Span(ct.start, ct.end),
                    post_text=pt.text,
                    claim_text=ct.text,
                    weight=self.post.weights[i],
                )
            )
        return tuple(out)


def match_profiles(post: TextProfile, claim: TextProfile) -> PairMatch:
    """Match every content token of ``post`` with the tokens of ``claim`` sharing a key."""
    postings: dict[str, list[int]] = defaultdict(list)
    for j, keys in enumerate(claim.keys):
        for k in keys:
            postings[k].append(j)
    pairs: list[tuple[int, int, str]] = []
    for i, keys in enumerate(post.keys):
        if not post.weights[i]:
            continue
        hit = False
        seen: set[int] = set()
        # Sorted so that the evidence is the same on every run (sets have no order).
        for k in sorted(keys, key=anchors.key_priority):
            for j in postings.get(k, ()):
                if j not in seen:
                    seen.add(j)
                    pairs.append((i, j, anchors.kind_of_key(k)))
                    hit = True
        if not hit and (post.names[i] or not any(k.startswith("L:") for k in keys)):
            # Names and loanwords: a fuzzy look at the claim's unmatched candidate names.
            j_best, best = -1, 0.0
            for j in claim.name_candidates:
                sim = _name_sim(post.tokens[i].text, claim.tokens[j].text)
                if sim > best:
                    j_best, best = j, sim
            if j_best >= 0 and best >= anchors.NAME_THRESHOLD:
                pairs.append((i, j_best, "name"))
    matched_p = {i for i, _, _ in pairs}
    matched_c = {j for _, j, _ in pairs}
    p_total = sum(post.weights)
    c_total = sum(claim.weights)
    recall = sum(post.weights[i] for i in matched_p) / p_total if p_total else 0.0
    precision = sum(claim.weights[j] for j in matched_c) / c_total if c_total else 0.0
    return PairMatch(post, claim, tuple(pairs), min(1.0, recall), min(1.0, precision))


@lru_cache(maxsize=65536)
def _name_sim(en: str, hi: str) -> float:
    return name_similarity(hi, en)


def same_language_score(a: str, b: str) -> float:
    """Similarity of two texts in one language (a quote check): 0..1."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return 0.0
    return max(fuzz.token_set_ratio(fa, fb), fuzz.partial_ratio(fa, fb) * 0.95) / 100.0


def content_score(post_text: str, post_lang: str, claim_text: str, claim_lang: str) -> float:
    """Content similarity of a post and a claim, 0..1, across or within languages."""
    if _same_script_family(post_lang, claim_lang):
        return same_language_score(post_text, claim_text)
    return match_profiles(profile(post_text, post_lang), profile(claim_text, claim_lang)).score


def _same_script_family(a: str, b: str) -> bool:
    return a == b and a != "und"


# --- article alignment -----------------------------------------------------------------


SAME_SCRIPT_NAME = 85
"""rapidfuzz ratio above which two names in one script are the same (गांगुली ~ गाँगुली)."""


def author_names(author_name: str | None) -> list[str]:
    """The words of a byline that can identify its author (initials and "Dr." left out)."""
    return [w for w in re.split(r"[\s.]+", author_name or "") if len(w) > 2]


def speaker_matches(speaker: str | None, post: Post) -> bool:
    """The claim's speaker names the post's author (Devanagari name vs Latin name/handle)."""
    if not speaker:
        return False
    names = author_names(post.author_name)
    if post.handle:
        names.extend(w for w in split_handle(post.handle) if len(w) > 2)
    if not names:
        return False
    for word in speaker.split():
        if len(word) < 2:
            continue
        for name in names:
            if word.isascii():
                if word.casefold() == name.casefold():
                    return True
            elif not name.isascii():
                # Both written in an Indian script (a byline read from a Hindi page).
                if fuzz.ratio(fold(word), fold(name)) >= SAME_SCRIPT_NAME:
                    return True
            elif _name_sim(name, word) >= anchors.NAME_THRESHOLD:
                return True
    return False


@dataclass(frozen=True, slots=True)
class ScoredPair:
    post: PostKey
    claim: ClaimKey
    score: float
    content: float
    match: PairMatch | None
    features: tuple[tuple[str, float], ...] = field(default=())


def score_pair(article: Article, post: Post, claim: Claim) -> ScoredPair:
    """Content similarity plus the article-context bonuses, capped at 1."""
    post_lang = post.lang if post.lang != "und" else "en"
    match: PairMatch | None = None
    if _same_script_family(post_lang, claim.lang):
        content = same_language_score(post.text, claim.text)
    else:
        match = match_profiles(
            profile(post.text, post_lang),
            _without_cue(article, claim, profile(claim.text, claim.lang)),
        )
        content = cross_language_content(match)
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


def cross_language_content(match: PairMatch) -> float:
    """The content score of a post and a claim in different languages.

    Renderings are often partial (one sentence of a long post): weigh how much of the claim
    the post explains above how much of the post the claim covers, but ask for at least two
    matched words so a one-word overlap never pairs."""
    return match.fbeta(PRECISION_BETA) if match.matched_words() >= 2 else match.score * 0.5


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
        scored = [score_pair(article, post, claim) for post in textual]
        scored = [s for s in scored if s.score >= min_score]
        if not scored:
            continue
        best = max(s.score for s in scored)
        for s in sorted(scored, key=lambda s: -s.score):
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
            if _same_script_family(lang, claim_profiles[j].lang):
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
    from verifier.textnorm import detect_language

    return detect_language(text)


def iter_pairs(results: Iterable[AlignResult]) -> Iterable[dict[str, object]]:
    for r in results:
        yield {"source": r.source, "claim": r.claim, "score": r.score}
