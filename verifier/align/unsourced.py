"""Unsourced claims: renderings of a post that the article has not embedded.

A quote left unpaired is listed only when the article says it comes from a post — its
cue or its sentence names a platform or the act of posting ("ट्वीट कर", "पोस्ट में",
"ने एक्स पर लिखा", "tweeted", "wrote on X") — or when its speaker is the author of a post
the article embeds. Every other quote of the article (a minister's speech, a witness) is
ordinary reporting: there is no post to check it against, and listing it is noise.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from verifier.claims.guard import guarded
from verifier.lang.chars import CLAUSE_ENDS
from verifier.lang.words import POST_CUES, POSTING_EN
from verifier.match.pairs import speaker_matches
from verifier.model import Article, Claim, ClaimKey, Post

__all__ = ["posting_cue", "unsourced_claims"]

_POSTING_ALTERNATIVES = (
    rf"{POST_CUES}|\b(?:{POSTING_EN})\b|\bon\s+(?:X|Twitter|Facebook|Instagram|social\s+media)\b|"
    r"\b(?:in|on)\s+(?:a|an|his|her|their|the)\s+(?:post|tweet|thread)\b"
)


# Behind a look-ahead of its first letters: a sentence is searched at every position.
_POSTING = guarded(_POSTING_ALTERNATIVES)
_SENTENCE_END = re.compile(f"[{CLAUSE_ENDS}\n]")
_ENDS = (*CLAUSE_ENDS, "\n")
_REACH = 300
"""How far around a quote its sentence is looked for (characters each side)."""


def _sentence(text: str, claim: Claim) -> str:
    """The sentence(s) that hold the claim: from the sentence end before it to the one
    after it."""
    lo = max(0, claim.span.start - _REACH)
    # The last sentence end before the claim: one reverse scan per mark, no slice.
    cut = max(text.rfind(mark, lo, claim.span.start) for mark in _ENDS)
    start = cut + 1 if cut >= 0 else lo
    after = _SENTENCE_END.search(text, claim.span.end, claim.span.end + _REACH)
    end = after.end() if after else min(len(text), claim.span.end + _REACH)
    return text[start:end]


def posting_cue(text: str, claim: Claim) -> bool:
    """Does the article say this claim comes from a post (its cue, or its sentence outside
    the quoted words, names a platform or posting)?"""
    if claim.platform_cue or (claim.cue and _POSTING.search(claim.cue)):
        return True
    sentence = _sentence(text, claim)
    outside = sentence.replace(claim.text, " ") if claim.text else sentence
    return _POSTING.search(outside) is not None


def unsourced_claims(
    article: Article,
    posts: Sequence[Post],
    claims: Sequence[Claim],
    paired: Collection[str],
) -> tuple[ClaimKey, ...]:
    """Claims no post was paired with that the article says come from a post, or that
    quote an author of an embedded post; in claim order."""
    return tuple(
        ClaimKey(c.key)
        for c in claims
        if c.kind != "term"
        and c.key not in paired
        and (posting_cue(article.text, c) or any(speaker_matches(c.speaker, p) for p in posts))
    )
