"""Dates, weekdays and relative days in posts and Hindi renderings (verifier.lang.dates.find).

Phrasing from the seed article (post of February 4, 2026; article of February 5) and
../shared/data/real-articles/cases.jsonl (case ids in the comments)."""

from __future__ import annotations

import datetime as dt

import pytest

from verifier.lang.dates.find import DateMention, compatible, find_dates

POST_DAY = dt.date(2026, 2, 4)  # a Wednesday
ARTICLE_DAY = dt.date(2026, 2, 5)


def _one(text: str, lang: str, ref: dt.date | None = None) -> DateMention:
    found = find_dates(text, lang, ref)
    assert len(found) == 1, found
    return found[0]


def test_seed_today_in_the_post_is_wednesday_in_the_article() -> None:
    post = find_dates(
        "Great to see FM @AnitaAnandMP of Canada today. Talked about taking our ties forward."
        "— Dr. S. Jaishankar (@DrSJaishankar) February 4, 2026",
        "en",
        POST_DAY,
    )
    assert [(m.text, m.resolved) for m in post] == [
        ("today", POST_DAY),
        ("February 4, 2026", POST_DAY),
    ]
    aaj = _one("आज कनाडा की विदेश मंत्री अनीता आनंद से मिलकर बहुत अच्छा लगा.", "hi", POST_DAY)
    assert aaj.relative_days == 0 and aaj.resolved == POST_DAY
    wednesday = _one("उनकी मुलाकातें बुधवार को वाशिंगटन डीसी में हुई.", "hi", ARTICLE_DAY)
    assert wednesday.weekday == 3 and wednesday.resolved == POST_DAY
    assert compatible(post[0], wednesday) is True
    assert compatible(post[0], aaj) is True
    tuesday = _one("मंगलवार को वाशिंगटन में हुई बैठक", "hi", ARTICLE_DAY)
    assert compatible(post[0], tuesday) is False


@pytest.mark.parametrize(
    ("text", "lang", "ymd"),
    [
        ("February 4, 2026", "en", (2026, 2, 4)),
        ("4 Feb 2026", "en", (2026, 2, 4)),
        ("Feb. 4", "en", (None, 2, 4)),
        ("Till 26th May 2014, before I became a Minister", "en", (2014, 5, 26)),  # rw-001
        ("26 मई 2014 से पहले", "hi", (2014, 5, 26)),  # rw-001
        ("a G20 dinner on Sept 9th", "en", (None, 9, 9)),  # rw-013
        ("राष्ट्रपति भवन ने 9 सितंबर को", "hi", (None, 9, 9)),  # rw-013
        ("13 मार्च 2013 को किसने", "hi", (2013, 3, 13)),  # rw-025
        ("४ फ़रवरी २०२६ को", "hi", (2026, 2, 4)),
        ("2026-02-04", "en", (2026, 2, 4)),
        ("मार्च के पहले हफ्ते में", "hi", (None, 3, None)),  # seed
    ],
)
def test_calendar_dates(text: str, lang: str, ymd: tuple[int | None, ...]) -> None:
    m = _one(text, lang)
    assert (m.year, m.month, m.day) == ymd
    assert text[m.span.start : m.span.end] == m.text


def test_english_and_hindi_dates_agree() -> None:
    assert compatible(_one("26th May 2014", "en"), _one("26 मई 2014", "hi")) is True
    assert compatible(_one("26th May 2014", "en"), _one("26 मई 2015", "hi")) is False
    assert compatible(_one("Sept 9th", "en"), _one("9 सितंबर", "hi")) is True
    assert compatible(_one("Sept 9th", "en"), _one("19 सितंबर", "hi")) is False
    # rw-025: the post's 13/3/13 rendered as 13 मार्च 2013
    assert compatible(_one("on 13/3/13 the US", "en"), _one("13 मार्च 2013", "hi")) is True


def test_numeric_dates_that_read_both_ways_are_ambiguous() -> None:
    m = _one("3/4/23", "en")
    assert m.ambiguous
    assert {m.resolved, *m.alternatives} == {dt.date(2023, 4, 3), dt.date(2023, 3, 4)}
    assert compatible(m, _one("4 मार्च 2023", "hi")) is True
    assert not _one("9/9/23", "en").ambiguous
    assert find_dates("1/10वां हिस्सा", "hi") == []  # a fraction, not a date


def test_day_and_month_take_the_year_nearest_the_reference() -> None:
    assert _one("22 जून", "hi", dt.date(2016, 6, 23)).resolved == dt.date(2016, 6, 22)  # rw-025
    assert _one("Dec 31", "en", dt.date(2026, 1, 2)).resolved == dt.date(2025, 12, 31)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("कल वह दिल्ली गया था", -1),
        ("कल रात वे दिल्ली पहुंचे", -1),
        ("कल प्रधानमंत्री मुंबई जाएंगे", 1),
        ("उन्होंने कहा कि कल बैठक होगी", 1),
        ("परसों चुनाव होगा", 2),
        ("बीती रात", -1),
    ],
)
def test_kal_follows_the_tense_of_its_clause(text: str, days: int) -> None:
    m = _one(text, "hi", POST_DAY)
    assert m.relative_days == days
    assert m.resolved == POST_DAY + dt.timedelta(days=days)


def test_kal_without_tense_stays_ambiguous() -> None:
    m = _one("कल बैठक है", "hi", POST_DAY)
    assert m.ambiguous and m.relative_days is None and set(m.relative_options) == {-1, 1}
    assert compatible(m, _one("yesterday", "en", POST_DAY)) is True
    assert compatible(m, _one("tomorrow", "en", POST_DAY)) is True
    assert compatible(m, _one("today", "en", POST_DAY)) is False


def test_today_versus_kal_is_a_date_drift() -> None:
    assert compatible(_one("today", "en"), _one("कल वह गया था", "hi")) is False
    assert compatible(_one("today", "en"), _one("आज", "hi")) is True


def test_weekdays() -> None:
    assert compatible(_one("Wednesday", "en"), _one("बुधवार", "hi")) is True
    assert compatible(_one("Wednesday", "en"), _one("मंगलवार", "hi")) is False
    future = _one("We will meet on Monday", "en", POST_DAY)
    assert future.resolved == dt.date(2026, 2, 9)
    past = _one("We met on Monday", "en", POST_DAY)
    assert past.resolved == dt.date(2026, 2, 2)
    rw025 = find_dates("बुधवार (22 जून) को स्वामी ने ट्वीट करके", "hi", dt.date(2016, 6, 23))
    assert [(m.weekday, m.resolved) for m in rw025] == [
        (3, dt.date(2016, 6, 22)),
        (None, dt.date(2016, 6, 22)),
    ]
    assert compatible(rw025[0], rw025[1]) is True


def test_words_that_only_look_like_dates() -> None:
    assert find_dates("आजकल सब ठीक है", "hi") == []
    assert find_dates("you may go; March on", "en") == []
    assert find_dates("मार्च निकाला गया", "hi") == []  # a protest march


def test_unrelated_or_unresolvable_pairs() -> None:
    assert compatible(_one("today", "en"), _one("26 मई 2014", "hi")) is None
    assert compatible(_one("in March", "en"), _one("Wednesday", "en")) is None


def test_hostile_input_is_bounded() -> None:
    assert isinstance(find_dates("1/1/1 " * 40_000, "en"), list)
    assert isinstance(find_dates("कल " * 50_000, "hi", POST_DAY), list)
