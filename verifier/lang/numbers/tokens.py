"""Tokens for the number grammar (``verifier.lang.numbers.grammar``): digit runs, words and symbols of
one text, the spans the number finder skips (links, handles, clock times), and ``Tokens``,
the token list with the adjacency tests every grammar rule uses (glued, spaced, hyphen).

Kept apart from the grammar so the rules read without the tokenising underneath them.
Offsets are clean-text offsets (``numwords.clean_digits``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from verifier.lang.chars import DEVA_LETTERS, DEVA_WORD_CHARS, JOINERS
from verifier.lang.indicfold import fold_deva

__all__ = ["SKIP", "TIME", "Tok", "Tokens"]


@dataclass(frozen=True, slots=True)
class Tok:
    kind: Literal["num", "word", "sym"]
    text: str
    start: int
    end: int
    key: str


OTHER_INDIC_LETTERS = (
    "\u0980-\u09e5\u09f0-\u0a65\u0a70-\u0ae5\u0af0-\u0b65\u0b70-\u0be5\u0bf0-\u0c65"
    "\u0c70-\u0ce5\u0cf0-\u0d65\u0d70-\u0dff\u0621-\u065f\u0670-\u06d3" + JOINERS
)
"""Letters of the other Indic scripts and Urdu (not their digits): their number words."""
OTHER_INDIC_WORD = re.compile(f"[{OTHER_INDIC_LETTERS}]")

_TOKEN = re.compile(
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,3}(?:,\d{2})*,\d{3}(?!\d)|\d+)(?:\.\d+)?)"
    r"|(?P<word>[A-Za-z]+|[" + DEVA_LETTERS + JOINERS + r"]+|[" + OTHER_INDIC_LETTERS + r"]+)"
    r"|(?P<sym>[₹$€£¥%/+~\-])"
)
SKIP = re.compile(
    r"(?:https?://|www\.|pic\.twitter\.com/|t\.co/)\S+|[@#][\w" + DEVA_WORD_CHARS + r"]+(?:-\w+)*",
    re.IGNORECASE,
)
TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")


_KINDS: dict[str, Literal["num", "word", "sym"]] = {"num": "num", "word": "word", "sym": "sym"}


class Tokens:
    """One text's tokens (clean-text coordinates) and which of them are blocked."""

    def __init__(self, text: str, blocked: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.toks = [
            Tok(_KINDS[m.lastgroup or "sym"], m.group(0), m.start(), m.end(), fold_deva(m.group(0)))
            for m in _TOKEN.finditer(text)
        ]
        self.blocked_at = _blocked_flags(self.toks, blocked)

    def tok(self, i: int) -> Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def glued(self, i: int, j: int) -> bool:
        a, b = self.tok(i), self.tok(j)
        return a is not None and b is not None and a.end == b.start

    def spaced(self, i: int, j: int) -> bool:
        """Tokens ``i`` < ``j`` adjacent, separated by whitespace only (or nothing)."""
        a, b = self.tok(i), self.tok(j)
        return a is not None and b is not None and not self.text[a.end : b.start].strip()

    def hyphen_at(self, j: int) -> bool:
        """Token ``j`` is a hyphen glued to the words on both sides (one-hundred)."""
        t = self.tok(j)
        return t is not None and t.text == "-" and self.glued(j - 1, j) and self.glued(j, j + 1)

    def words_at(self, i: int, phrase: tuple[str, ...]) -> bool:
        for k, word in enumerate(phrase):
            t = self.tok(i + k)
            if t is None or t.kind != "word" or t.key.casefold() != word:
                return False
            if k and not self.spaced(i + k - 1, i + k):
                return False
        return True


def _blocked_flags(toks: Sequence[Tok], blocked: Sequence[tuple[int, int]]) -> list[bool]:
    """For each token: does it overlap a blocked range? (one sweep over sorted ranges)"""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(blocked):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    flags: list[bool] = []
    k = 0
    for t in toks:
        while k < len(merged) and merged[k][1] <= t.start:
            k += 1
        flags.append(k < len(merged) and merged[k][0] < t.end)
    return flags
