"""Post dates without the network: Snowflake times and date findings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from verifier.detect.posts import detect_posts
from verifier.detect.snowflake import date_conflicts, footer_date, footer_note, snowflake_time
from verifier.model import Article, Post, PostKey
from verifier.parse.article import parse_html

PAGES = Path(__file__).resolve().parents[3] / "tests" / "data" / "pages"


@pytest.mark.parametrize(
    ("post_id", "footer_day"),
    [
        # ids and footer dates from formats/samples/x-embed-html (footer = UTC day, §1.3)
        ("1455512589295816707", dt.date(2021, 11, 2)),
        ("1256696015702425601", dt.date(2020, 5, 2)),
        ("1044502590266978309", dt.date(2018, 9, 25)),
        ("996650856568295425", dt.date(2018, 5, 16)),
        ("2076332305120157699", dt.date(2026, 7, 12)),
        ("1889122688884453876", dt.date(2025, 2, 11)),  # 01:22 UTC, a day "ahead" of Mexico
    ],
)
def test_snowflake_day_matches_real_footers(post_id: str, footer_day: dt.date) -> None:
    created = snowflake_time(post_id)
    assert created is not None and created.tzinfo is dt.UTC
    assert created.date() == footer_day


def test_snowflake_exact_time() -> None:
    # formats/README §1.3: 1641086480675225601 → 2023-03-29T14:34:41.562Z (created_at …41.000Z).
    assert snowflake_time("1641086480675225601") == dt.datetime(
        2023, 3, 29, 14, 34, 41, 562000, tzinfo=dt.UTC
    )


@pytest.mark.parametrize(
    "post_id", ["20", "0", "", "abc", "12a4", "١٢٣", "-5", "9" * 25, str(2**63)]
)
def test_not_a_snowflake(post_id: str) -> None:
    assert snowflake_time(post_id) is None


def test_footer_note_round_trip() -> None:
    note = footer_note(dt.date(2018, 5, 16), "16 мая 2018 г.")
    post = Post(key=PostKey("p1"), text="", notes=(note,))
    assert footer_date(post) == dt.date(2018, 5, 16)
    assert footer_date(Post(key=PostKey("p1"), text="", notes=("something else",))) is None


def _page(name: str) -> tuple[Article, tuple[Post, ...]]:
    article = parse_html((PAGES / name).read_text("utf-8"), name)
    posts, _ = detect_posts(article)
    return article, posts


def test_contradicted_dates_are_major_findings() -> None:
    # Footer "5 फ़रवरी 2026" but the id says 2026-02-04; the article is dated 2026-02-03.
    article, posts = _page("hi-hindi-footer-date-conflict.html")
    footer, published = date_conflicts(posts, article)
    assert footer.kind == published.kind == "date"
    assert footer.severity == published.severity == "major"
    assert "2026-02-05" in footer.message and "2026-02-04 16:02 UTC" in footer.message
    assert "dated 2026-02-03, before the post was created (2026-02-04)" in published.message
    assert footer.fingerprint != published.fingerprint
    assert len(footer.fingerprint) == 16
    article_again, posts_again = _page("hi-hindi-footer-date-conflict.html")
    again = date_conflicts(posts_again, article_again)
    assert [f.fingerprint for f in again] == [footer.fingerprint, published.fingerprint]


def test_consistent_dates_give_no_finding() -> None:
    for name in (
        "seed.html",
        "seed-repeated.html",
        "hi-wpautop-german-dates.html",
        "hi-russian-footer-parallels.html",
    ):
        article, posts = _page(name)
        assert date_conflicts(posts, article) == (), name


def _post(day: dt.date | None, post_id: str | None = None, notes: tuple[str, ...] = ()) -> Post:
    return Post(
        key=PostKey("p1"), text="t", post_id=post_id, handle="h", posted_at=day, notes=notes
    )


def test_article_day_before_the_post_depends_on_the_time_zone() -> None:
    post = _post(dt.date(2020, 5, 2))
    hindi = Article(source="a", text="", published=dt.date(2020, 5, 1), language="hi")
    english = Article(source="a", text="", published=dt.date(2020, 5, 1), language="en")
    # India is ahead of UTC: a local 1 May can never be after a post made on 2 May UTC.
    assert len(date_conflicts([post], hindi)) == 1
    # West of UTC, 1 May local can be 2 May UTC: only two days apart is certain.
    assert date_conflicts([post], english) == ()
    assert (
        len(
            date_conflicts(
                [post], Article(source="a", text="", published=dt.date(2020, 4, 30), language="en")
            )
        )
        == 1
    )


def test_fingerprint_is_stable_and_depends_on_the_dates() -> None:
    article = Article(source="a", text="", published=dt.date(2020, 5, 1), language="hi")
    one = date_conflicts([_post(dt.date(2020, 5, 2))], article)[0].fingerprint
    assert one == date_conflicts([_post(dt.date(2020, 5, 2))], article)[0].fingerprint
    assert one != date_conflicts([_post(dt.date(2020, 5, 3))], article)[0].fingerprint


def test_non_x_posts_are_not_read_as_snowflakes() -> None:
    post = Post(key=PostKey("p1"), text="", platform="mastodon", post_id="113795353421384452")
    assert date_conflicts([post], Article(source="a", text="", published=dt.date(2000, 1, 1))) == ()
