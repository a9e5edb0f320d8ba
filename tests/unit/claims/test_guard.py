"""``guarded``: a look-ahead of first letters that finds exactly what the plain pattern finds."""

from __future__ import annotations

import re

import pytest

from verifier.claims.cues import PLATFORM
from verifier.claims.guard import first_letters, guarded
from verifier.lang.words import PLATFORM_WORDS


@pytest.mark.parametrize(
    ("pattern", "letters"),
    [
        ("ab|cd", {"a", "c"}),
        (r"\bfoo|(?:x|y)z", {"f", "x", "y"}),
        (r"\b(?:in|on)\s+x", {"i", "o"}),
        ("a[|]b|c", {"a", "c"}),  # a bar inside a class does not split
        ("ab|c?d", None),  # an optional first letter
        ("(?:a|b)?c", None),  # an optional group
        ("[ab]c", None),  # a class
        ("(?i)ab", None),  # a flag
        ("ab|", None),  # an empty alternative matches anywhere
    ],
)
def test_first_letters(pattern: str, letters: set[str] | None) -> None:
    assert first_letters(pattern) == (None if letters is None else frozenset(letters))


def test_unreadable_pattern_stays_plain() -> None:
    assert guarded("[ab]c").pattern == "[ab]c"


def test_platform_words_are_guarded() -> None:
    assert PLATFORM.pattern.startswith("(?=[")


@pytest.mark.parametrize(
    "text",
    [
        "मोदी ने एक्स पर लिखा कि",
        "एक्सप्रेस वे पर हादसा",
        "उन्होंने सोशल मीडिया पर पोस्ट किया",
        "প্রধানমন্ত্রী টুইট করে লেখেন",
        "انہوں نے ٹویٹ کیا",
        "Xbox and X on Twitter",
        "मंत्रालय ने बताया कि बैठक में चर्चा हुई",
        "",
    ],
)
def test_guarded_finds_what_the_plain_pattern_finds(text: str) -> None:
    plain = re.compile(PLATFORM_WORDS)
    for start in range(len(text) + 1):
        got, want = PLATFORM.search(text, start), plain.search(text, start)
        assert (got and got.span()) == (want and want.span())
        got, want = PLATFORM.match(text, start), plain.match(text, start)
        assert (got and got.span()) == (want and want.span())
    assert bool(PLATFORM.fullmatch(text)) == bool(plain.fullmatch(text))
