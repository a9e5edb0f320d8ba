"""The tense of the clause around a word: past or future, from Hindi verb forms (गया/था,
होगा/जाएगा) or English future markers (will, next). It decides Hindi कल (yesterday or
tomorrow), परसों, and which way a bare weekday points, for ``verifier.lang.dates.find``.

Kept apart from the date patterns: a small grammar of its own (clause edges, verb endings)
with an index that answers in logarithmic time.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Literal

from verifier.lang.chars import DEVA_WORD
from verifier.lang.indicfold import fold_deva
from verifier.lang.words import CLAUSE_BREAK

__all__ = ["Tense", "TenseMarks"]

Tense = Literal["past", "future"]

_HI_PAST = frozenset(
    fold_deva(w)
    for w in (
        "था थी थे थीं गया गई गए गये गयी चुका चुकी चुके हुआ हुई हुए हुईं किया किये किए "
        "दिया दिए लिया लिए कहा बताया आया आई आए आये मिला मिली मिले लगा पहुंचा पहुंची पहुंचे"
    ).split()
)
_FOR = frozenset(fold_deva(w) for w in ("लिए", "लिये"))
_GENITIVE = frozenset(fold_deva(w) for w in ("के", "की"))
_HI_FUTURE_ENDINGS = tuple(
    fold_deva(w) for w in "ेगा ेगी ेंगे ेंगी ोगे ोगी ोगा ोंगे ोंगी ूंगा ूंगी ऊंगा ऊंगी एगा एगी एंगे एंगी".split()
)
_HI_FUTURE = frozenset(fold_deva(w) for w in "वाला वाली वाले अगले".split())
_EN_FUTURE = re.compile(r"\b(?:will|shall|going\s+to|next|upcoming)\b|['’]ll\b", re.IGNORECASE)
# Clause edges: sentence ends, commas, and the complementiser कि (X ने कहा कि … कल …
# होगा: the reported clause has its own tense).
_CLAUSE_REACH = 300


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _CLAUSE_REACH)
    left = max((m.end() for m in CLAUSE_BREAK.finditer(text, lo, start)), default=lo)
    right_m = CLAUSE_BREAK.search(text, end, end + _CLAUSE_REACH)
    right = right_m.start() if right_m else min(len(text), end + _CLAUSE_REACH)
    return left, right


class TenseMarks:
    """Positions of past and future verb markers in one text, for clause look-ups in
    logarithmic time (a text full of कल must not cost a scan per कल)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: list[int] = []
        self.past: list[int] = []
        self.future: list[int] = []
        prev = ""
        for m in DEVA_WORD.finditer(text):
            w = fold_deva(m.group(0))
            self.words.append(m.start())
            postposition = w in _FOR and prev in _GENITIVE  # "के लिए" is "for", not "took"
            prev = w
            if (w in _HI_PAST and not postposition) or w == "ने":
                self.past.append(m.start())
            if w in _HI_FUTURE or w.endswith(_HI_FUTURE_ENDINGS):
                self.future.append(m.start())

    @staticmethod
    def _any(positions: list[int], left: int, right: int) -> bool:
        k = bisect_left(positions, left)
        return k < len(positions) and positions[k] < right

    def tense(self, start: int, end: int) -> Tense | None:
        """Past or future from the verbs of the clause around ``[start, end)``; ``None``
        if neither or both."""
        left, right = _clause(self.text, start, end)
        if not self._any(self.words, left, right):
            # English: only the future is marked; the rest reads as past or present
            return "future" if _EN_FUTURE.search(self.text, left, right) else None
        past = self._any(self.past, left, right)
        future = self._any(self.future, left, right)
        if past == future:
            return None
        return "past" if past else "future"
