"""Qualifier phrases around a number, English and Hindi: before it (more than, लगभग,
कम से कम) and after it (or more, से ज्यादा, के आसपास), with the ``Qualifier`` each means.

Kept apart from ``verifier.lang.numbers.words`` (which re-exports them): a table of phrases, not of
number words. Hindi phrases are matched in their ``indicfold.fold_deva`` form.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, cast

from verifier.lang.indicfold import fold_deva
from verifier.lang.numbers import indic

__all__ = ["POST_QUALIFIERS", "PRE_QUALIFIERS", "Qualifier"]

Qualifier = Literal["more-than", "less-than", "about", "at-least", "at-most", "up-to"]

# Qualifiers before the number and after it, as word sequences.
_PRE_RAW: tuple[tuple[str, Qualifier], ...] = (
    ("more than", "more-than"),
    ("over", "more-than"),
    ("above", "more-than"),
    ("upwards of", "more-than"),
    ("in excess of", "more-than"),
    ("less than", "less-than"),
    ("fewer than", "less-than"),
    ("under", "less-than"),
    ("below", "less-than"),
    ("about", "about"),
    ("around", "about"),
    ("nearly", "about"),
    ("almost", "about"),
    ("approximately", "about"),
    ("approx", "about"),
    ("roughly", "about"),
    ("close to", "about"),
    ("some", "about"),
    ("at least", "at-least"),
    ("no less than", "at-least"),
    ("at most", "at-most"),
    ("no more than", "at-most"),
    ("up to", "up-to"),
    ("upto", "up-to"),
    ("लगभग", "about"),
    ("करीब", "about"),
    ("क़रीब", "about"),
    ("तकरीबन", "about"),
    ("तक़रीबन", "about"),
    ("कम से कम", "at-least"),
    ("न्यूनतम", "at-least"),
    ("ज्यादा से ज्यादा", "at-most"),
    ("ज़्यादा से ज़्यादा", "at-most"),
    ("अधिक से अधिक", "at-most"),
    ("अधिकतम", "at-most"),
)
_POST_RAW: tuple[tuple[str, Qualifier], ...] = (
    ("या उससे ज्यादा", "at-least"),
    ("या इससे ज्यादा", "at-least"),
    ("या उससे अधिक", "at-least"),
    ("या इससे अधिक", "at-least"),
    ("या ज्यादा", "at-least"),
    ("या अधिक", "at-least"),
    ("या उससे कम", "at-most"),
    ("या इससे कम", "at-most"),
    ("या कम", "at-most"),
    ("से भी ज्यादा", "more-than"),
    ("से भी अधिक", "more-than"),
    ("से ज्यादा", "more-than"),
    ("से ज़्यादा", "more-than"),
    ("से अधिक", "more-than"),
    ("से ऊपर", "more-than"),
    ("से भी ऊपर", "more-than"),
    ("से भी कम", "less-than"),
    ("से कम", "less-than"),
    ("के करीब", "about"),
    ("के क़रीब", "about"),
    ("के आसपास", "about"),
    ("के लगभग", "about"),
    ("तक", "up-to"),
    ("or more", "at-least"),
    ("or above", "at-least"),
    ("and above", "at-least"),
    ("or less", "at-most"),
    ("or fewer", "at-most"),
    ("plus", "at-least"),
)


def _phrases(raw: Sequence[tuple[str, Qualifier]]) -> tuple[tuple[tuple[str, ...], Qualifier], ...]:
    """Folded word sequences, longest first."""
    items = [(tuple(fold_deva(w) for w in phrase.split()), q) for phrase, q in raw]
    return tuple(sorted(items, key=lambda pq: -len(pq[0])))


# Language hook: the phrases of the other Indian languages (``numbers.indic``).
PRE_QUALIFIERS = _phrases(_PRE_RAW + cast(tuple[tuple[str, Qualifier], ...], indic.PRE_RAW))
POST_QUALIFIERS = _phrases(_POST_RAW + cast(tuple[tuple[str, Qualifier], ...], indic.POST_RAW))
