"""Quantities in English posts and their Hindi renderings (verifier.lang.numbers.find).

Phrasing from ../shared/data/real-articles/cases.jsonl (case ids in the comments; each
case carries its page URL) and the seed article."""

from __future__ import annotations

import pytest

from verifier.lang.numbers.find import NumberMention, find_numbers, same_quantity
from verifier.model import Span


def _one(text: str, lang: str) -> NumberMention:
    found = find_numbers(text, lang)
    assert len(found) == 1, found
    return found[0]


def test_keycap_digits_in_a_post_equal_one_crore_in_hindi() -> None:  # rw-006
    post = _one("India achieves another 1⃣0⃣,0⃣0⃣0⃣,0⃣0⃣0⃣ #COVID19 vaccinations today!", "en")
    claim = _one("भारत ने आज फिर 1 करोड़ वैक्सीन लगाई।", "hi")
    assert post.value == 10_000_000
    assert post.text == "1⃣0⃣,0⃣0⃣0⃣,0⃣0⃣0⃣"
    assert claim.value == 10_000_000
    assert same_quantity(post, claim)


def test_crore_abbreviation_and_word() -> None:  # rw-007
    post = _one("Breaking previous record of administering over 1.09 cr doses of vaccine", "en")
    claim = _one("देश में आज रिकॉर्ड 1.09 करोड़ टीके लगाए गए.", "hi")
    assert post.value == pytest.approx(10_900_000)
    assert post.qualifier == "more-than"
    assert claim.qualifier is None
    assert same_quantity(post, claim)
    assert same_quantity(claim, _one("10.9 million doses", "en"))


def test_scales_across_systems() -> None:
    assert same_quantity(_one("100 million", "en"), _one("10 करोड़", "hi"))
    assert same_quantity(_one("2.5 lakh", "en"), _one("2,50,000", "en"))
    assert _one("1,27,55,79,262 doses", "en").value == 1_275_579_262
    assert _one("1,000,000.50", "en").value == pytest.approx(1_000_000.5)
    assert _one("75 हजार करोड़ रुपये", "hi").value == 750_000_000_000  # rw-036
    assert _one("10 lakh crore", "en").value == 1e13


def test_rounding_is_tolerated_but_a_changed_number_is_not() -> None:
    one_crore = _one("1 करोड़", "hi")
    assert same_quantity(one_crore, _one("1.09 crore", "en"))
    assert not same_quantity(one_crore, _one("1.4 crore", "en"))
    assert not same_quantity(_one("50", "en"), _one("15", "en"))
    assert not same_quantity(_one("2 lakh", "en"), _one("20 लाख", "hi"))
    assert not same_quantity(_one("10%", "en"), _one("100 प्रतिशत", "hi"))


def test_devanagari_digits_and_number_words() -> None:
    assert _one("१० प्रतिशत", "hi").value == 10
    assert _one("पचास", "hi").value == 50
    assert _one("निन्यानवे", "hi").value == 99
    assert _one("दो लाख पचास हजार", "hi").value == 250_000
    assert _one("साढ़े तीन सौ", "hi").value == 350
    assert _one("डेढ़ लाख", "hi").value == 150_000
    assert _one("two hundred and fifty", "en").value == 250
    assert _one("twenty-five", "en").value == 25
    assert _one("a dozen", "en").value == 12


def test_percentages() -> None:  # rw-037
    found = find_numbers("अमेरिका में कीमतों में 51 फीसद, कनाडा में 52 फीसद, भारत में 5 फीसद", "hi")
    assert [(m.value, m.unit, m.kind) for m in found] == [
        (51, "%", "percent"),
        (52, "%", "percent"),
        (5, "%", "percent"),
    ]
    for text in ("10%", "10 per cent", "10 percent", "10 फ़ीसदी", "10 फीसदी", "10 परसेंट"):
        assert _one(text, "en").unit == "%", text


def test_fractions() -> None:
    tenth = _one("भारत में बढ़ोतरी का 1/10वां हिस्सा है।", "hi")  # rw-037
    assert tenth.kind == "fraction" and tenth.value == pytest.approx(0.1)
    assert same_quantity(tenth, _one("1/10th", "en"))
    assert same_quantity(tenth, _one("10%", "en"))
    assert _one("एक तिहाई", "hi").value == pytest.approx(1 / 3)
    assert _one("आधा", "hi").value == 0.5


def test_currencies() -> None:
    assert [(m.value, m.unit) for m in find_numbers("10 बिलियन डॉलर (75 हजार करोड़ रुपये)", "hi")] == [
        (10e9, "USD"),
        (75e10, "INR"),
    ]
    for text, unit in (("₹500", "INR"), ("Rs 500", "INR"), ("$10B", "USD"), ("US$5bn", "USD")):
        assert _one(text, "en").unit == unit, text


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("50 से ज्यादा देशों", "more-than"),  # seed
        ("more than 50 countries", "more-than"),
        ("200 से ज्यादा मिस कॉल", "more-than"),  # rw-024
        ("कम से कम 5", "at-least"),
        ("at least 5", "at-least"),
        ("लगभग 100", "about"),
        ("करीब 20 लोग", "about"),
        ("nearly 100", "about"),
        ("up to 10", "up-to"),
        ("50 तक", "up-to"),
        ("less than 5", "less-than"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert _one(text, "hi").qualifier == qualifier


def test_ordinals() -> None:  # rw-001
    assert _one("CA 2nd rank all over India", "en").kind == "ordinal"
    assert _one("2nd रैंक", "hi").value == 2
    assert [(m.value, m.kind) for m in find_numbers("पहली बार, दूसरा, 26th, बीसवीं", "hi")] == [
        (1, "ordinal"),
        (2, "ordinal"),
        (26, "ordinal"),
        (20, "ordinal"),
    ]
    assert find_numbers("मंत्रिस्तरीय बैठक से पहले", "hi") == []  # पहले = before


def test_years_and_dates() -> None:
    assert _one("Roadmap 2030", "en").kind == "year"
    # the day and year of a date are not standalone numbers
    assert find_numbers("Till 26th May 2014, before I became a Minister", "en") == []
    assert find_numbers("26 मई 2014 से पहले", "hi") == []
    assert find_numbers("— Dr. S. Jaishankar (@DrSJaishankar) February 4, 2026", "en") == []
    # a caller that already found the dates passes them instead
    text = "on 4 Feb 2026, 50 people"
    only = find_numbers(text, "en", exclude=[Span(3, 13)])
    assert [m.value for m in only] == [50]
    assert [m.value for m in find_numbers(text, "en", exclude=[])] == [4, 2026, 50]


def test_digits_that_are_not_quantities() -> None:
    text = "G20 and COVID-19, कोविड-19, 5G at 8:56 AM pic.twitter.com/eWuyI7evV9 @Swamy39 #4-0"
    assert find_numbers(text, "en") == []


def test_indefinite_ek_is_marked_ambiguous() -> None:
    article = _one("जयशंकर ने एक्स पर एक पोस्ट में कहा", "hi")
    assert article.value == 1 and article.ambiguous
    assert not _one("दुनिया की नंबर एक खिलाड़ी", "hi").ambiguous  # rw-017
    assert not _one("एक करोड़", "hi").ambiguous


def test_spans_index_the_original_text() -> None:
    text = "लगभग १० प्रतिशत और 1⃣0⃣ लोग"
    for m in find_numbers(text, "hi"):
        assert text[m.span.start : m.span.end] == m.text


def test_hostile_input_is_bounded() -> None:
    assert len(find_numbers("1, " * 20_000, "en")) == 20_000
    assert find_numbers("", "hi") == []
    assert isinstance(find_numbers("\x00\ufffd" * 50_000, "hi"), list)
