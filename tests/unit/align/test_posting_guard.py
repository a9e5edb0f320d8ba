"""The posting pattern's look-ahead of first letters (a speed-up) finds what the plain
alternation finds, and is in effect for the word lists as they are."""

from __future__ import annotations

import re

import pytest

from verifier.align import unsourced

_PLAIN = re.compile(unsourced._POSTING_ALTERNATIVES)


def test_the_guard_is_in_effect() -> None:
    assert unsourced._POSTING.pattern.startswith("(?=[")


@pytest.mark.parametrize(
    "text",
    [
        "He wrote on X that the match was over",
        "she tweeted late at night",
        "in a post on social  media",
        "मोदी ने एक्स पर लिखा कि",
        "एक्सप्रेस वे पर हादसा",
        "প্রধানমন্ত্রী টুইট করে লেখেন",
        "انہوں نے ٹویٹ کیا",
        "Xbox and X",
        "मंत्रालय ने बताया कि बैठक में चर्चा हुई",
        "",
    ],
)
def test_guarded_search_equals_plain_search(text: str) -> None:
    got, want = unsourced._POSTING.search(text), _PLAIN.search(text)
    assert (got and got.span()) == (want and want.span())
