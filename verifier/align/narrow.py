"""Narrow a long claim to the sentences that render a post.

A claim found by its cue or quotation marks can run over a whole paragraph: the rendering
of the post plus the article's own commentary ("… कार्यरत था. राहुल गांधी की तरह …"), or a
rendering of a post the excerpt shows only in part. When the whole claim scores below the
threshold against every post but a run of its sentences scores above it, the claim is
narrowed to that run — the rest of the paragraph is the article speaking, not the post.
A claim that already pairs is never narrowed, so drift in its extra sentences (an added
clause) is still judged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from verifier.align.align import MIN_SCORE, Contents, score_pair
from verifier.claims import sentence_spans
from verifier.model import Article, Claim, Post, Span

MAX_SENTENCES = 12
"""Longer claims are not searched (quadratic in sentences); they are rare in news copy."""


def narrow_claims(
    article: Article,
    posts: Sequence[Post],
    claims: Sequence[Claim],
    *,
    min_score: float = MIN_SCORE,
) -> tuple[Claim, ...]:
    """``claims`` with each unpaired multi-sentence claim cut to its best-scoring run."""
    textual = [p for p in posts if p.text.strip()]
    return tuple(_narrow(article, textual, c, min_score) for c in claims)


def _narrow(article: Article, posts: Sequence[Post], claim: Claim, min_score: float) -> Claim:
    if claim.kind == "term" or not posts:
        return claim
    sents = sentence_spans(article.text, claim.span)
    if not 2 <= len(sents) <= MAX_SENTENCES:
        return claim
    same: Contents = {}  # posts with the same words are scored once
    if max(score_pair(article, p, claim, same).score for p in posts) >= min_score:
        return claim
    best: tuple[float, Span] | None = None
    for i in range(len(sents)):
        for j in range(i, len(sents)):
            if i == 0 and j == len(sents) - 1:
                continue
            span = Span(sents[i].start, sents[j].end)
            sub = _sub_claim(article, claim, span)
            contents: Contents = {}  # posts with the same words are scored once
            score = max(score_pair(article, p, sub, contents).score for p in posts)
            # Ties go to the longer run: it keeps more of what the article attributes.
            if score >= min_score and (best is None or score > best[0] + 1e-9):
                best = (score, span)
    if best is None:
        return claim
    return _sub_claim(article, claim, best[1])


def _sub_claim(article: Article, claim: Claim, span: Span) -> Claim:
    text = article.text[span.start : span.end].strip()
    return replace(claim, text=text, span=span)
