"""English number words with articles and fractions, and Indian scales both ways (issue 12,
item 5): "a hundred shops" is 100, "half a million" 500,000, "a quarter of" a share."""

from __future__ import annotations

import pytest

from verifier.lang.numbers.find import find_numbers, same_quantity


@pytest.mark.parametrize(
    ("text", "value", "kind", "words"),
    [
        ("a hundred shops", 100, "cardinal", "a hundred"),
        ("a hundred and fifty shops", 150, "cardinal", "a hundred and fifty"),
        ("a hundred million people", 100_000_000, "cardinal", "a hundred million"),
        ("a hundred thousand people", 100_000, "cardinal", "a hundred thousand"),
        ("half a million people", 500_000, "cardinal", "half a million"),
        ("half a dozen eggs", 6, "cardinal", "half a dozen"),
        ("a quarter of a million cases", 250_000, "cardinal", "a quarter of a million"),
        ("three quarters of a billion", 750_000_000, "cardinal", "three quarters of a billion"),
        ("one and a half lakh people", 150_000, "cardinal", "one and a half lakh"),
        ("two and a half million votes", 2_500_000, "cardinal", "two and a half million"),
        ("a quarter of the voters", 0.25, "fraction", "a quarter"),
        ("a third of the seats", 1 / 3, "fraction", "a third"),
        ("a couple of days", 2, "cardinal", "a couple"),
        ("लगभग हज़ार लोग", 1000, "cardinal", "लगभग हज़ार"),
        ("आधा लाख लोग", 50_000, "cardinal", "आधा लाख"),
    ],
)
def test_article_and_fraction_numbers(text: str, value: float, kind: str, words: str) -> None:
    [found] = find_numbers(text, "hi" if not text.isascii() else "en")
    assert found.value == pytest.approx(value)
    assert (found.kind, found.text) == (kind, words)


@pytest.mark.parametrize("text", ["a third term in office", "the third quarter"])
def test_third_and_quarter_without_of_are_ordinals_or_nothing(text: str) -> None:
    assert all(n.kind == "ordinal" for n in find_numbers(text, "en"))


def test_a_lakh_idiom_without_a_qualifier_is_no_number() -> None:
    assert find_numbers("लाख कोशिशों के बावजूद", "hi") == []  # "despite all efforts"


@pytest.mark.parametrize(
    ("english", "hindi"),
    [
        ("a hundred thousand people", "एक लाख लोग"),
        ("half a million people", "पाँच लाख लोग"),
        ("two and a half million votes", "25 लाख वोट"),
        ("a hundred million people", "दस करोड़ लोग"),
        ("20 million", "दो करोड़"),
        ("1.5 lakh", "डेढ़ लाख"),
        ("३२ मिल्यन", "3.2 करोड़"),
    ],
)
def test_indian_and_western_scales_state_the_same_quantity(english: str, hindi: str) -> None:
    [en] = find_numbers(english, "en" if english.isascii() else "hi")
    [hi] = find_numbers(hindi, "hi")
    assert same_quantity(en, hi)
