"""Number words below a thousand and the Hindi fraction words before a number or scale."""

from __future__ import annotations

import pytest

from verifier.lang.numbers.find import find_numbers


@pytest.mark.parametrize(
    ("text", "lang", "value", "kind", "words"),
    [
        ("two hundred and fifty people", "en", 250, "cardinal", "two hundred and fifty"),
        ("twenty-five people", "en", 25, "cardinal", "twenty-five"),
        ("twenty five people", "en", 25, "cardinal", "twenty five"),
        ("he came twenty-fourth", "en", 24, "ordinal", "twenty-fourth"),
        ("a dozen shops", "en", 12, "cardinal", "a dozen"),
        ("a million people", "en", 1_000_000, "cardinal", "a million"),
        ("one-hundred percent", "en", 100, "percent", "one-hundred percent"),
        ("तीन सौ लोग", "hi", 300, "cardinal", "तीन सौ"),
        ("सौ लोग", "hi", 100, "cardinal", "सौ"),
        ("साढ़े चार घंटे", "hi", 4.5, "cardinal", "साढ़े चार"),
        ("साढ़े तीन सौ लोग", "hi", 350, "cardinal", "साढ़े तीन सौ"),
        ("सवा लाख लोग", "hi", 125_000, "cardinal", "सवा लाख"),
        ("ढाई लाख लोग", "hi", 250_000, "cardinal", "ढाई लाख"),
    ],
)
def test_number_words_are_read_as_one_quantity(
    text: str, lang: str, value: float, kind: str, words: str
) -> None:
    [found] = find_numbers(text, lang)
    assert (found.value, found.kind, text[found.span.start : found.span.end]) == (
        value,
        kind,
        words,
    )


@pytest.mark.parametrize("text", ["सवा", "साढ़े लोग", "a few", "an hour"])
def test_fraction_words_and_articles_alone_are_no_number(text: str) -> None:
    assert find_numbers(text, "hi" if not text.isascii() else "en") == []
