"""Ordinals of the languages of Indian news that no regular ending makes."""

from __future__ import annotations

import pytest

from verifier.lang.numbers.find import find_numbers


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("नववा प्रभाग", "mr", 9),
        ("तिसऱ्या शतकात", "mr", 3),
        ("তৃতীয় শতাব্দী", "bn", 3),
        ("ষোড়শ শতাব্দী", "bn", 16),
        ("ଏହା ତୃତୀୟ ସ୍ଥାନ", "or", 3),
        ("ત્રીજી સદી", "gu", 3),
        ("ਤੀਜੀ ਵਾਰ", "pa", 3),
        ("تیسری صدی", "ur", 3),
        ("तेस्रो पटक", "ne", 3),
    ],
)
def test_irregular_and_sanskrit_ordinals_are_figures(text: str, lang: str, value: int) -> None:
    assert [n.value for n in find_numbers(text, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "lang"),
    [("اسی طرح", "ur"), ("دو دن پہلے", "ur"), ("બે દિવસ પહેલા", "gu")],
)
def test_homographs_of_numerals_are_no_figures(text: str, lang: str) -> None:
    """Urdu اسی is "this very" far more often than 80; پہلے, પહેલા are "before"."""
    assert [n.value for n in find_numbers(text, lang) if n.value != 2] == []
