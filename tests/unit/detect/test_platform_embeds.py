"""Detect stage, other platforms: Bluesky, Mastodon, Threads, Instagram, Facebook, YouTube,
LinkedIn and the embed wrappers, on pages built from real embed code (tests/data/embeds/)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from verifier.detect.posts import detect_posts
from verifier.detect.snowflake import mastodon_time
from verifier.model import Post
from verifier.parse.article import parse_html
from verifier.parse.embedfind import post_ref

ROOT = Path(__file__).resolve().parents[3]
PAGES = ROOT / "tests" / "data" / "pages"
PLATFORM_SIDECARS = sorted(PAGES.glob("*/*.expected.json"))


def posts_in(path: Path) -> tuple[Post, ...]:
    posts, skipped = detect_posts(parse_html(path.read_text("utf-8"), path.name))
    assert skipped == ()
    return posts


def test_every_platform_has_a_page() -> None:
    folders = {p.parent.name for p in PLATFORM_SIDECARS}
    assert folders >= {
        "bluesky",
        "mastodon",
        "threads",
        "instagram",
        "facebook",
        "youtube",
        "linkedin",
        "wrappers",
    }


@pytest.mark.parametrize(
    "sidecar", PLATFORM_SIDECARS, ids=lambda p: f"{p.parent.name}/{p.name.split('.')[0]}"
)
def test_platform_page_posts(sidecar: Path) -> None:
    expected = json.loads(sidecar.read_text("utf-8"))
    posts = posts_in(sidecar.with_name(sidecar.name.replace(".expected.json", ".html")))
    got = [
        {
            "platform": p.platform,
            "post_id": p.post_id,
            "handle": p.handle,
            "author_name": p.author_name,
            "date": p.posted_at.isoformat() if p.posted_at else None,
            "origin": p.origin,
        }
        for p in posts
    ]
    assert got == [{k: v for k, v in e.items() if k != "text_prefix"} for e in expected]
    for post, exp in zip(posts, expected, strict=True):
        assert post.text.startswith(exp["text_prefix"]), post.text[:80]
        assert post.url and post.post_id and post.post_id in post.url


def test_instagram_footer_in_german_is_the_author_line_not_the_text() -> None:
    # Issue 15: "Ein Beitrag geteilt von … am …" came out as the post text, with no handle.
    captioned, footer_only = posts_in(PAGES / "instagram" / "hi-instagram-german-footers.html")
    for post in (captioned, footer_only):
        assert "Beitrag" not in post.text and "(@" not in post.text
    assert (captioned.handle, captioned.author_name) == ("chloeothen", "Chloe Othen")
    assert captioned.text.endswith("#blonde #sunnies")
    # the <time datetime> instant (UTC) beats the localised "Sep 1, 2018 um 11:43 PDT"
    assert captioned.posted_at == dt.date(2018, 9, 2)
    assert footer_only.text == ""


def test_facebook_footer_in_turkish_gives_the_page_and_keeps_the_text_clean() -> None:
    video, plugin = posts_in(PAGES / "facebook" / "hi-facebook-video-and-plugin.html")
    assert video.text == "Dog is def not even mad about it #diplymix"
    assert video.author_name == "Funny Videos by Diply"
    assert any("13 Ocak 2017" in note for note in video.notes)  # kept, not guessed
    assert plugin.url == "https://www.facebook.com/horkermon/posts/818323048578025/"


def test_link_cards_for_articles_are_not_posts() -> None:
    path = PAGES / "wrappers" / "hi-wrappers-non-post-cards.html"
    article = parse_html(path.read_text("utf-8"), path.name)
    assert detect_posts(article) == ((), ())
    assert article.embeds == ()
    assert "Advent Calendar 2024" in article.text  # the card stays article text


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com"
            "%2Fhorkermon%2Fposts%2F818323048578025&width=500",
            ("facebook", "818323048578025", "horkermon"),
        ),
        (
            "https://embed.bsky.app/embed/did:plc:3zyo4iakhqs47bttjalqgbk7/app.bsky.feed.post/"
            "3mhs6ndgvx22q?id=27295820038978746",
            ("bluesky", "3mhs6ndgvx22q", None),
        ),
        (
            "https://bsky.app/profile/bsky.app/post/3mehblstckk2e",
            ("bluesky", "3mehblstckk2e", "bsky.app"),
        ),
        (
            "//cdn.iframe.ly/api/iframe?url=https%3A%2F%2Ftwitter.com%2Fmattcarrollcode%2Fstatus"
            "%2F1629262255744503809&key=x",
            ("x", "1629262255744503809", "mattcarrollcode"),
        ),
        (
            "/media/oembed?url=https%3A//www.youtube.com/watch%3Fv%3D1-g73ty9v04&amp;max_width=0",
            ("youtube", "1-g73ty9v04", None),
        ),
        ("https://youtu.be/dQw4w9WgXcQ", ("youtube", "dQw4w9WgXcQ", None)),
        (
            "https://www.linkedin.com/posts/news-securityservices-robotics-share-6729018118783479808-2Ao8",
            ("linkedin", "urn:li:share:6729018118783479808", None),
        ),
        (
            "https://social.coop/@jsbarretto/115624517760498357",
            ("mastodon", "115624517760498357", "jsbarretto@social.coop"),
        ),
        (
            "https://www.threads.net/@justinalphabet/post/C96OsQRRhqz",
            ("threads", "C96OsQRRhqz", "justinalphabet"),
        ),
        (
            "https://www.instagram.com/reel/DOBMiKkDUU5/?utm_source=ig_embed",
            ("instagram", "DOBMiKkDUU5", None),
        ),
    ],
)
def test_post_urls_on_every_platform(url: str, expected: tuple[str, str, str | None]) -> None:
    ref = post_ref(url)
    assert ref is not None and (ref.platform, ref.post_id, ref.handle) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://adventar.org/calendars/10126",
        "https://x.com/petrogustavo",
        "https://bsky.app/profile/bsky.app",
        "https://www.youtube.com/@RickAstleyYT",
        "https://www.youtube.com/embed/live_stream?channel=UCx",  # a channel's live player
        "https://www.youtube.com/embed/videoseries?list=PLx",  # a playlist
        "https://www.instagram.com/chloeothen/",
        "https://www.facebook.com/Sozialdemokratie",
        "https://github.com/crystal-lang/crystal/pull/3778",
    ],
)
def test_profiles_and_articles_are_not_posts(url: str) -> None:
    assert post_ref(url) is None


def test_mastodon_ids_carry_their_date_but_serial_ids_do_not() -> None:
    created = mastodon_time("109683757201594015")
    assert created is not None and created.date() == dt.date(2023, 1, 13)
    assert mastodon_time("1") is None  # Gargron's first post: a serial id from 2016
