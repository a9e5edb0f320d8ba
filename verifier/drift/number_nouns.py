"""Figures tied to what they count: two figures of the post swapped between their nouns
("Three more bombs … in two hours" → "तीन घंटों में … दो बम"). Each figure is paired by
value, so the swap leaves every figure in place; the nouns right after them, matched
through the lexicon, show it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from itertools import combinations

from verifier.drift.collect import Collector
from verifier.lang.lexicon import load_lexicon
from verifier.lang.numbers.find import NumberMention
from verifier.lang.stem import stem_hi

__all__ = ["check_swapped_figures"]

_NEXT_WORDS = re.compile(r"[^\W\d_][\w\u0900-\u097f'’-]*")
_SKIP_EN = frozenset("more other additional new further extra separate of the".split())
"""Words between an English figure and its noun ("three more bombs", "two of the")."""
_SKIP_HI = frozenset("और अन्य नए नई नये".split())
"""Words between a Hindi figure and its noun ("दो और बम")."""
_LOOK = 3
"""Words read after a figure for its noun."""


_MANY_ASKS = 16


class _Words:
    """The words of one text, found once: a text of many figures asks for the words after
    each (a fresh scan per figure runs to the end of a text of figures without words)."""

    def __init__(self, text: str, asks: int) -> None:
        self.text = text
        # A few asks scan a few words each: cheaper than finding every word.
        self.scanned = asks >= _MANY_ASKS
        self.matches = list(_NEXT_WORDS.finditer(text)) if self.scanned else []
        self.ends = [m.end() for m in self.matches]

    def after(self, end: int) -> Iterator[re.Match[str]]:
        """The matches of ``_NEXT_WORDS.finditer(text, end)``: the scan from ``end`` meets
        the whole-text matches that start at or after it (the pattern looks neither back
        nor ahead); one running across ``end`` needs a scan of its own."""
        k = bisect_right(self.ends, end)
        if not self.scanned or (k < len(self.matches) and self.matches[k].start() < end):
            return _NEXT_WORDS.finditer(self.text, end)
        return (self.matches[j] for j in range(k, len(self.matches)))


def _noun(words: _Words, end: int, skip: frozenset[str]) -> str | None:
    for i, m in enumerate(words.after(end)):
        if i >= _LOOK:
            return None
        word = m.group(0)
        if word.casefold() not in skip:
            return word
    return None


def _counts(english: str | None, hindi: str | None) -> bool:
    """The Hindi word renders the English one (the lexicon, either direction)."""
    if english is None or hindi is None:
        return False
    lex = load_lexicon()
    return stem_hi(hindi) in lex.hindi_keys(english) or not lex.english_keys(hindi).isdisjoint(
        lex.lemmas(english)
    )


def check_swapped_figures(
    col: Collector,
    claim_nums: Sequence[NumberMention],
    paired: Mapping[int, NumberMention],
) -> None:
    """One number finding when two figures paired by value count each other's nouns."""
    post_words, claim_words = (
        _Words(col.post_text, len(paired)),
        _Words(col.claim_text, len(paired)),
    )
    nouns = [
        (
            claim_nums[ci],
            post,
            _noun(post_words, post.span.end, _SKIP_EN),
            _noun(claim_words, claim_nums[ci].span.end, _SKIP_HI),
        )
        for ci, post in paired.items()
    ]
    # A pair can swap only when each figure has both nouns and neither renders its own:
    # weighing those once keeps a text of many figures from costing a lookup per pair.
    nouns = [n for n in nouns if n[2] is not None and n[3] is not None and not _counts(n[2], n[3])]
    for (c1, p1, en1, hi1), (c2, p2, en2, hi2) in combinations(nouns, 2):
        if p1.value == p2.value:
            continue
        if _counts(en1, hi2) and _counts(en2, hi1):
            col.add(
                "number",
                f"The post says “{p1.text} {en1}” and “{p2.text} {en2}”, but the rendering "
                f"swaps the figures: “{c1.text} {hi1}”, “{c2.text} {hi2}”.",
                p1.span,
                c1.span,
            )
            return
