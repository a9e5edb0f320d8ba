"""Where a negation reaches: a negation the rendering adds on a word that renders a word
the post says plainly, outside the reach of every negative word of the post, is drift even
when a negative word elsewhere in the post balances the count ("an unavoidable consequence
and a very important part" → "… हिस्सा नहीं है": "unavoidable" does not reach "part").

An English adjective with a negative prefix or suffix ("unavoidable", "homeless") reaches
the words right after it; a negator, a verb or adverb of negative meaning ("not", "failed
to", "denied that", "hardly") reaches to the end of its sentence. A Hindi negator negates
the predicate after it ("नहीं जीत सके") or, before an auxiliary, the word before it
("हिस्सा नहीं है", "ज़ोर नहीं देता").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.lang.lexicon import load_lexicon
from verifier.lang.stem import EN_WORD, HI_WORD, stem_hi
from verifier.lang.words import WEAK_HI
from verifier.model import Span

__all__ = ["stray_negation"]

_ADJECTIVE_PREFIXES = ("un", "in", "im", "ir", "il", "non")
"""Negative words that are adjectives by their form ("unavoidable", "homeless"): their
reach is the phrase after."""
_MIN_BASE = 3
_ADJECTIVE_REACH = 2
"""Words an adjective of negative form reaches ("unavoidable consequence", "unable to go")."""
_SENTENCE_END = re.compile(r"[.;!?]|$")
_PARTICLES_HI = frozenset({"नहीं", "न", "ना", "मत"})
_MIN_KEY = 3
"""Code points of a Hindi stem that can be a content word."""


def _adjective(word: str) -> bool:
    low = word.casefold()
    if " " in low or not low.isalpha():
        return low.startswith("non-") and low[4:].isalpha()
    if low.endswith("less") and len(low) >= _MIN_BASE + 4:
        return True
    return any(low.startswith(p) and len(low) >= len(p) + _MIN_BASE for p in _ADJECTIVE_PREFIXES)


def _reach(text: str, neg: Span, end: int, *, word: bool) -> Span:
    if word and _adjective(text[neg.start : neg.end]):
        after = list(EN_WORD.finditer(text, neg.end, end))[:_ADJECTIVE_REACH]
        return Span(neg.start, after[-1].end() if after else neg.end)
    stop = _SENTENCE_END.search(text, neg.end, end)
    return Span(neg.start, stop.start() if stop is not None else end)


def _predicate(claim_text: str, neg: Span) -> re.Match[str] | None:
    """The word a Hindi negator negates: the content word right after it, else the nearest
    content word of the two before it."""
    after = HI_WORD.search(claim_text, neg.end)
    if (
        after is not None
        and after.group(0) not in WEAK_HI
        and not claim_text[neg.end : after.start()].strip()
    ):
        return after
    before = list(HI_WORD.finditer(claim_text, max(0, neg.start - 40), neg.start))
    for m in reversed(before[-2:]):
        if m.group(0) not in WEAK_HI and len(stem_hi(m.group(0))) >= _MIN_KEY:
            return m
    return None


def _renders(english: str, hindi: str) -> bool:
    lex = load_lexicon()
    if lex.is_function_word(english) or len(stem_hi(hindi)) < _MIN_KEY:
        return False
    return stem_hi(hindi) in lex.hindi_keys(english) or not lex.english_keys(hindi).isdisjoint(
        lex.lemmas(english)
    )


def stray_negation(
    post_text: str,
    region: Span,
    claim_text: str,
    claim_negs: Sequence[Span],
    negators: Sequence[Span],
    negative_words: Sequence[Span],
) -> tuple[Span, Span] | None:
    """The first negation of the rendering (``claim_negs``) on a word that renders only
    words of the post no negative word of it reaches (``negators``: not, never, until …;
    ``negative_words``: words of negative meaning), with that word of the post; ``None``
    when there is none."""
    reaches = [_reach(post_text, n, region.end, word=False) for n in negators]
    reaches += [_reach(post_text, n, region.end, word=True) for n in negative_words]
    post_negatives = [*negators, *negative_words]
    words = [
        m for m in EN_WORD.finditer(post_text, region.start, region.end) if len(m.group(0)) > 2
    ]
    for neg in claim_negs:
        if claim_text[neg.start : neg.end].strip() not in _PARTICLES_HI:
            continue
        pred = _predicate(claim_text, neg)
        if pred is None:
            continue
        rendered = [m for m in words if _renders(m.group(0), pred.group(0))]
        if (
            rendered
            and not any(r.start <= m.start() < r.end for m in rendered for r in reaches)
            and not any(n.start <= m.start() < n.end for m in rendered for n in post_negatives)
        ):
            word = rendered[0]
            return Span(word.start(), word.end()), neg
    return None
