"""Pair matching: which words of a post meet which words of a rendering, and how much.

Shared by align (is this claim a rendering of this post?) and drift (what changed?): a
post and a claim are profiled (``verifier.match.anchors``) into keys that meet across
scripts, and a token of one side matches a token of the other when they share a key.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from verifier.lang.textnorm import fold
from verifier.lang.translit import name_similarity, split_handle
from verifier.match import anchors
from verifier.match.anchors import TextProfile, profile
from verifier.model import AnchorMatch, Post, Span

PRECISION_BETA = 0.5
"""Weight of recall against precision in ``cross_language_content``: a partial quotation is
still a rendering."""


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
    if same_script_family(post_lang, claim_lang):
        return same_language_score(post_text, claim_text)
    return match_profiles(profile(post_text, post_lang), profile(claim_text, claim_lang)).score


def same_script_family(a: str, b: str) -> bool:
    return a == b and a != "und"


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


def cross_language_content(match: PairMatch) -> float:
    """The content score of a post and a claim in different languages.

    Renderings are often partial (one sentence of a long post): weigh how much of the claim
    the post explains above how much of the post the claim covers, but ask for at least two
    matched words so a one-word overlap never pairs."""
    return match.fbeta(PRECISION_BETA) if match.matched_words() >= 2 else match.score * 0.5
