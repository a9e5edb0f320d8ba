"""The shortcuts in the number and date checks (issue 14) give the answers of the long way:
the date finder's pre-checks, and the number pairing bucketed by value on long texts."""

from __future__ import annotations

import datetime as dt

import pytest

from verifier.drift.number_check import _BUCKET_FROM, _alike, _pair
from verifier.drift.number_nouns import _MANY_ASKS, _NEXT_WORDS, _Words
from verifier.lang.dates.find import _find_dates, _Finder, _year_ranges
from verifier.lang.numbers.find import NumberMention, find_numbers

TEXTS = (
    "The minister spoke to reporters in the capital.",
    "मंत्री ने संवाददाताओं से बात की।",
    "He will arrive tomorrow and leave on Monday.",
    "वह कल आएगा और सोमवार को जाएगा।",
    "कल बैठक हुई थी, परसों फिर होगी।",
    "The protest march in March drew thousands; the army may march on.",
    "पांच अगस्त को फैसला आया, मार्च में सुनवाई होगी।",
    "the Fourth of July parade, last night and the day after tomorrow",
    "On 4 February 2026 and 04/02/2026 the count was 1,200.",
    "बीती रात आज तक",
    "کل بارش ہوئی",  # Urdu کل: yesterday or tomorrow
    "৫ জানুয়ারি সোমবার",  # Bengali digit, month and weekday
    "जन॰ 2020 से दिसं॰ 2021 तक",
)


def _long_way(text: str, ref: dt.date | None) -> tuple[object, ...]:
    finder = _Finder(text, ref)
    finder.calendar()
    finder.word_days()
    finder.numeric()
    finder.relative()
    finder.words()
    return tuple(_year_ranges(text, finder.result()))


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("ref", [None, dt.date(2026, 2, 4)])
def test_date_pre_checks_skip_only_finders_that_find_nothing(
    text: str, ref: dt.date | None
) -> None:
    assert _find_dates(text, ref) == _long_way(text, ref)


def _pair_long_way(
    post: list[NumberMention], claim: list[NumberMention]
) -> dict[int, NumberMention]:
    ranked = sorted(
        (score, abs(ci * len(post) - pi * len(claim)), ci, pi)
        for ci, cn in enumerate(claim)
        for pi, pn in enumerate(post)
        if (score := _alike(pn, cn)) is not None
    )
    taken: set[int] = set()
    out: dict[int, NumberMention] = {}
    for _, _, ci, pi in ranked:
        if ci not in out and pi not in taken:
            out[ci] = post[pi]
            taken.add(pi)
    return out


def test_number_pairing_on_a_long_post_matches_every_pair_weighed() -> None:
    # Rounded and exact figures, percentages against fractions, "about", big scales.
    post_text = " ".join(
        f"{i} people, {i * 1.5:.1f}%, about {i * 1000} rupees, 1/{i + 2} of them, "
        f"Rs {i}.{i % 10} crore, {i * 7} lakh;"
        for i in range(1, 40)
    )
    claim_text = " ".join(
        f"{i * 3} लोग, {i * 1.5 + 0.04:.2f}%, {i}.{i % 10}0 करोड़ रुपये, {100 / (i + 2):.0f}% लोग,"
        for i in range(1, 30)
    )
    post, claim = find_numbers(post_text, "en"), find_numbers(claim_text, "hi")
    assert len(post) >= _BUCKET_FROM and len(claim) > 50
    paired = _pair(post, claim)
    assert paired == _pair_long_way(post, claim)
    assert len(paired) > 20


@pytest.mark.parametrize(
    "text",
    [
        "Three more bombs went off in two hours, 17 of the 40 people",
        "तीन घंटों में दो और बम फटे, 40 में से 17 लोग",
        "0 1 2 3 4 5 6 7 8 9 10 tons",
        "",
    ],
)
def test_words_after_each_figure_match_a_fresh_scan(text: str) -> None:
    words = _Words(text, _MANY_ASKS)
    for end in range(len(text) + 1):
        fresh = [m.span() for m in _NEXT_WORDS.finditer(text, end)]
        assert [m.span() for m in words.after(end)] == fresh
