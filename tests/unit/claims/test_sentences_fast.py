"""Sentence splitting stays linear in the length of a sentence full of initials (issue 14:
each full stop used to search the whole sentence so far for the word before it)."""

from __future__ import annotations

import time

import pytest

from verifier.claims.sentences import sentences_between
from verifier.model import Span


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences_between(text, 0, len(text))]


def test_initials_and_decimals_do_not_end_a_sentence() -> None:
    text = "पी. चिदंबरम ने कहा कि 1.5 करोड़ मिले। Dr. S. Jaishankar said so.\nनई पंक्ति"
    assert _texts(text) == [
        "पी. चिदंबरम ने कहा कि 1.5 करोड़ मिले।",
        "Dr. S. Jaishankar said so.",
        "नई पंक्ति",
    ]


def test_the_word_before_a_full_stop_starts_after_a_space_of_any_kind() -> None:
    # A no-break space separates "said" from the initial "A." as a space does.
    assert _texts("He said\u00a0A. Rao came. Then") == ["He said\u00a0A. Rao came.", "Then"]
    assert sentences_between("x It ended. Next", 2, 16) == [Span(2, 11), Span(12, 16)]


@pytest.mark.timeout(60)
def test_a_sentence_of_many_initials_is_split_in_linear_time() -> None:
    text = "A. " * 40_000 + "end."
    start = time.process_time()
    assert len(sentences_between(text, 0, len(text))) == 1
    assert time.process_time() - start < 5  # was quadratic: minutes
