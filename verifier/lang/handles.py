"""Post-author handles split into name parts: ``@AnitaAnandMP`` -> Anita, Anand, MP.

Case changes, digits and underscores mark most boundaries; an all-lower-case run
(``narendramodi``, ``bhogleharsha``) is segmented with a small vocabulary of Latin name
spellings shipped as package data (``data/gazetteer/latin_vocab.txt``: Dakshina Latin
spellings and CLDR English names; see the PROVENANCE.md there).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["split_handle"]

_MAX_HANDLE = 64
# Upper-case runs before a capitalised word (PMOIndia -> PMO India), capitalised words,
# lower-case runs, upper-case runs, digit runs.
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z][a-z]+|[a-z]+|[A-Z]+|\d+")
_MIN_PIECE = 4
_KNOWN_COST = 10.0
_UNKNOWN_COST = 10.0
_UNKNOWN_PER_CHAR = 2.5


@lru_cache(maxsize=1)
def _vocab() -> frozenset[str]:
    path = resources.files("verifier") / "data" / "gazetteer" / "latin_vocab.txt"
    return frozenset(path.read_text(encoding="utf-8").split())


def _piece_cost(piece: str, vocab: frozenset[str]) -> float:
    if piece in vocab:
        return _KNOWN_COST
    return _UNKNOWN_COST + _UNKNOWN_PER_CHAR * len(piece)


@lru_cache(maxsize=8192)
def _segment(run: str) -> tuple[str, ...]:
    """Split a lower-case run into vocabulary words when that is clearly better.

    Dynamic programming over split points: a known word costs a constant, an unknown
    chunk costs more the longer it is, and pieces shorter than four letters are not
    allowed (short vocabulary words such as "seh" or "oor" would shred real surnames).
    Ties keep the run whole.
    """
    vocab = _vocab()
    n = len(run)
    if n < 2 * _MIN_PIECE or run in vocab:
        return (run,)
    best: list[tuple[float, tuple[str, ...]] | None] = [None] * (n + 1)
    best[0] = (0.0, ())
    for end in range(_MIN_PIECE, n + 1):
        for start in range(0, end - _MIN_PIECE + 1):
            prev = best[start]
            if prev is None:
                continue
            piece = run[start:end]
            cost = prev[0] + _piece_cost(piece, vocab)
            cur = best[end]
            if cur is None or cost < cur[0]:
                best[end] = (cost, (*prev[1], piece))
    whole = _piece_cost(run, vocab)
    found = best[n]
    if found is None or found[0] >= whole:
        return (run,)
    return found[1]


@lru_cache(maxsize=8192)
def split_handle(handle: str) -> tuple[str, ...]:
    """Name parts of a handle, hashtag or camel-case name, original case kept.

    ``split_handle("@AnitaAnandMP") == ("Anita", "Anand", "MP")``,
    ``split_handle("PChidambaram_IN") == ("P", "Chidambaram", "IN")``,
    ``split_handle("narendramodi") == ("narendra", "modi")``.
    """
    parts: list[str] = []
    for chunk in _CAMEL.findall(handle.lstrip("@#")[:_MAX_HANDLE]):
        if chunk.isalpha() and chunk[1:].islower():  # narendramodi, Narendramodi
            pos = 0
            for piece in _segment(chunk.lower()):
                parts.append(chunk[pos : pos + len(piece)])
                pos += len(piece)
        else:
            parts.append(chunk)
    return tuple(parts)
