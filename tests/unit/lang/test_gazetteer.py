"""Places, organisations, titles, months and weekdays in Hindi and English
(verifier.lang.gazetteer). Sentences come from the seed article and from
../shared/data/real-articles/cases.jsonl (case ids in the comments)."""

from __future__ import annotations

import pytest

from verifier.lang.dates.strings import month_number, weekday_number
from verifier.lang.gazetteer import (
    canonical_place,
    currency_code,
    places_in,
    same_place,
)


def _keys(text: str, lang: str) -> list[str]:
    return [m.key for m in places_in(text, lang)]


def test_seed_post_and_its_rendering_name_the_same_country_and_office() -> None:
    post = "Great to see FM @AnitaAnandMP of Canada today. Talked about taking our ties forward."
    claim = "आज कनाडा की विदेश मंत्री अनीता आनंद से मिलकर बहुत अच्छा लगा."
    en = places_in(post, "en")
    hi = places_in(claim, "hi")
    assert [m.key for m in en] == ["Foreign Minister", "Canada"]
    assert [m.key for m in hi] == ["Canada", "Foreign Minister"]
    assert same_place(en[0], hi[1])
    assert en[1].text == "Canada" and post[en[1].span.start : en[1].span.end] == "Canada"


def test_spans_index_the_text_and_skip_handles_and_urls() -> None:
    text = "Canada's FM met @IndiaUN https://x.com/India/status/1 in India"
    found = places_in(text, "en")
    assert [(m.text, m.key) for m in found] == [
        ("Canada", "Canada"),
        ("FM", "Foreign Minister"),
        ("India", "India"),
    ]
    assert all(text[m.span.start : m.span.end] == m.text for m in found)


def test_demonyms_map_to_their_country() -> None:
    hi = places_in("अपने कनाडाई समकक्ष से मिलकर; अमेरिकी विदेश मंत्री मार्को रुबियो", "hi")
    assert [(m.key, m.adjective) for m in hi] == [
        ("Canada", True),
        ("United States", True),
        ("Foreign Minister", False),
    ]
    assert _keys("British Indians and the Americans", "en") == [
        "United Kingdom",
        "India",
        "United States",
    ]
    assert _keys("ब्रिटिश भारतीयों के ‘ जीवंत सेतु’", "hi") == ["United Kingdom", "India"]  # rw-011


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("अमेरिका", "United States"),
        ("अमरीका", "United States"),
        ("यूएस", "United States"),
        ("संयुक्त राज्य अमेरिका", "United States"),
        ("US", "United States"),
        ("U.S.", "United States"),
        ("ब्रिटेन", "United Kingdom"),
        ("UK", "United Kingdom"),
        ("यूरोपीय संघ", "European Union"),
        ("EU", "European Union"),
        ("संयुक्त राष्ट्र", "United Nations"),
        ("पाकिस्तानी", "Pakistan"),
        ("रूसी", "Russia"),
        ("चीनी", "China"),
        ("पीएम", "Prime Minister"),
        ("प्रधानमंत्री", "Prime Minister"),
        ("विदेश मंत्री", "Foreign Minister"),
        ("EAM", "Foreign Minister"),
        ("सुप्रीम कोर्ट", "Supreme Court"),
        ("उच्चतम न्यायालय", "Supreme Court"),
        ("फ़िलिस्तीनी", "Palestinian Territories"),
        ("फिलिस्तीनी", "Palestinian Territories"),
        ("हिन्दी", "Hindi"),
        ("हिंदी", "Hindi"),
        ("पेरू", "Peru"),
        ("नीदरलैंड", "Netherlands"),
        ("वाशिंगटन डीसी", "Washington"),
    ],
)
def test_canonical_place(phrase: str, key: str) -> None:
    assert canonical_place(phrase, "hi" if not phrase.isascii() else "en") == key


def test_common_words_are_not_places() -> None:
    assert canonical_place("us", "en") is None  # the pronoun, not the US
    assert canonical_place("आप", "hi") is None  # "you", not the AAP
    assert canonical_place("जर्सी", "hi") is None  # a cricket jersey
    assert _keys("we will meet you in a minute", "en") == []


def test_longest_phrase_wins_and_hyphenated_names_split() -> None:
    assert _keys("उत्तर प्रदेश के मुख्यमंत्री", "hi") == ["Uttar Pradesh", "Chief Minister"]
    assert _keys("भारत-अमेरिका संबंध, हिंद-प्रशांत क्षेत्र", "hi") == [
        "India",
        "United States",
        "Indo-Pacific",
    ]
    assert _keys("UK PM-designate #RishiSunak", "en") == ["United Kingdom", "Prime Minister"]


def test_ambiguous_abbreviation_keeps_both_readings() -> None:
    fm = places_in("FM", "en")[0]
    assert fm.also == ("Finance Minister",)
    assert same_place(fm, places_in("वित्त मंत्री", "hi")[0])
    assert not same_place(fm, places_in("गृह मंत्री", "hi")[0])


@pytest.mark.parametrize(
    ("word", "number"),
    [
        ("February", 2),
        ("Feb", 2),
        ("Feb.", 2),
        ("फ़रवरी", 2),
        ("फरवरी", 2),
        ("Sept", 9),
        ("सितंबर", 9),
        ("सितम्बर", 9),
        ("अक्तूबर", 10),
        ("मई", 5),
        ("जन॰", 1),
    ],
)
def test_month_number(word: str, number: int) -> None:
    assert month_number(word) == number


def test_month_number_rejects_words() -> None:
    assert month_number("जन") is None  # "people"
    assert month_number("minister") is None


@pytest.mark.parametrize(
    ("word", "number"),
    [("Wednesday", 3), ("बुधवार", 3), ("गुरुवार", 4), ("बृहस्पतिवार", 4), ("Sunday", 7), ("रविवार", 7)],
)
def test_weekday_number(word: str, number: int) -> None:
    assert weekday_number(word) == number


def test_hindi_weekday_short_forms_are_ordinary_words() -> None:
    assert weekday_number("गुरु") is None  # teacher
    assert weekday_number("मंगल") is None  # Mars


@pytest.mark.parametrize(
    ("word", "code"),
    [("₹", "INR"), ("Rs", "INR"), ("रुपये", "INR"), ("रुपए", "INR"), ("$", "USD"), ("डॉलर", "USD"),
     ("USD", "USD"), ("कनाडाई डॉलर", "CAD"), ("euros", "EUR")],
)  # fmt: skip
def test_currency_code(word: str, code: str) -> None:
    assert currency_code(word) == code


def test_huge_input_is_bounded() -> None:
    assert isinstance(places_in("भारत " * 100_000, "hi"), list)
