"""Drift judge: for an aligned post–claim pair, say precisely what changed in meaning.

Each check compares anchors on both sides (names, numbers, dates, negation, speaker,
hedges) and emits ``Finding`` values with spans on both sides and a one-sentence
explanation. Nothing is assumed: an anchor present on one side must be found on the other.
A claim that renders only part of a post is judged against that part (the clauses it
covers); a reported summary is held to the post's meaning, not its wording.

One module per kind of drift: ``number_check``, ``date_check``, ``negation``, ``entities``,
``coverage`` (omission, addition), ``intensity``, ``attribution``; ``collect`` holds what
they share and ``judge`` runs them.
"""

from __future__ import annotations

from verifier.drift.collect import Context, fingerprint
from verifier.drift.entities import NAME_VARIANT, SWAP_VARIANT
from verifier.drift.judge import LEXICAL_LANGUAGES, Judgement, judge, judge_pair, rendered_part

__all__ = [
    "LEXICAL_LANGUAGES",
    "NAME_VARIANT",
    "SWAP_VARIANT",
    "Context",
    "Judgement",
    "fingerprint",
    "judge",
    "judge_pair",
    "rendered_part",
]
