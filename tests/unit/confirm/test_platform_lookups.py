"""Confirm stage, other platforms (pure): which endpoint to ask, and its answers read."""

from __future__ import annotations

import pytest

from verifier.confirm.platforms import (
    Lookup,
    lookup_for,
    meta_error,
    parse_bluesky,
    parse_mastodon,
    parse_meta_oembed,
    parse_youtube,
)
from verifier.model import Confirmation, Post, PostKey


def post(
    platform: str, post_id: str | None, url: str | None = None, handle: str | None = None
) -> Post:
    return Post(
        key=PostKey("p1"), text="", platform=platform, post_id=post_id, url=url, handle=handle
    )


def test_bluesky_is_asked_by_did_when_the_embed_gives_one() -> None:
    got = lookup_for(
        post(
            "bluesky",
            "3mh7y62ycxw2b",
            "https://bsky.app/profile/did:plc:i4yli6h7x2uoj7acxunww2fc/post/3mh7y62ycxw2b",
        )
    )
    assert isinstance(got, Lookup)
    assert got.url == (
        "https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread?uri=at%3A%2F%2Fdid%3Aplc"
        "%3Ai4yli6h7x2uoj7acxunww2fc%2Fapp.bsky.feed.post%2F3mh7y62ycxw2b&depth=0&parentHeight=0"
    )
    assert (
        got.key == "bluesky:at://did:plc:i4yli6h7x2uoj7acxunww2fc/app.bsky.feed.post/3mh7y62ycxw2b"
    )


def test_mastodon_is_asked_on_the_posts_own_instance() -> None:
    got = lookup_for(
        post(
            "mastodon",
            "109683757201594015",
            "https://hachyderm.io/@Martindotnet/109683757201594015",
        )
    )
    assert isinstance(got, Lookup)
    assert got.url == "https://hachyderm.io/api/v1/statuses/109683757201594015"
    assert got.host == "hachyderm.io"


@pytest.mark.parametrize(
    ("embed", "why"),
    [
        (post("mastodon", "1"), "no Mastodon instance"),
        (post("youtube", "not-an-id"), "not a YouTube video id"),
        (post("facebook", "3483738181652913"), "no Facebook post URL"),
        (
            post("linkedin", "urn:li:share:7004344112762015746"),
            "not confirmable: LinkedIn documents no public endpoint",
        ),
        (post("x", "12ab"), "not a numeric post id"),
        (post("bluesky", None), "no post id"),
    ],
)
def test_posts_that_cannot_be_looked_up_say_why(embed: Post, why: str) -> None:
    got = lookup_for(embed)
    assert isinstance(got, Confirmation) and got.state == "unavailable" and why in got.detail


BSKY = Lookup("bluesky", "r", "bluesky:at://did:plc:a/app.bsky.feed.post/r", "u")


def test_bluesky_not_found_and_blocked_threads_are_states_not_posts() -> None:
    # The two other members of the getPostThread union (app.bsky.feed.defs).
    gone = {
        "thread": {"$type": "app.bsky.feed.defs#notFoundPost", "uri": "at://x", "notFound": True}
    }
    blocked = {
        "thread": {"$type": "app.bsky.feed.defs#blockedPost", "uri": "at://x", "blocked": True}
    }
    assert parse_bluesky(gone, BSKY).state == "not-found"
    assert parse_bluesky(blocked, BSKY).state == "restricted"
    assert parse_bluesky({"thread": {}}, BSKY).state == "unavailable"


def test_mastodon_content_html_becomes_the_text_the_embed_shows() -> None:
    lookup = Lookup("mastodon", "1", "mastodon:mastodon.social/1", "u", "mastodon.social")
    status = {
        "content": '<p>First line<br>second line</p><p>See <a href="https://example.org/a">'
        '<span class="invisible">https://</span><span class="">example.org/a</span></a></p>',
        "account": {"acct": "someone@other.example", "display_name": "Someone"},
        "created_at": "2019-12-05T08:19:26.052Z",
        "language": "en",
    }
    got = parse_mastodon(status, lookup)
    assert got.post is not None
    assert got.post.text == "First line\nsecond line\n\nSee https://example.org/a"
    assert got.post.handle == "someone@other.example"  # a remote acct is kept whole


def test_youtube_channel_handle_comes_from_the_author_url() -> None:
    lookup = Lookup("youtube", "dQw4w9WgXcQ", "youtube:dQw4w9WgXcQ", "u")
    got = parse_youtube(
        {
            "title": "T",
            "author_name": "Rick Astley",
            "author_url": "https://www.youtube.com/@RickAstleyYT",
        },
        lookup,
    )
    assert got.post is not None and got.post.handle == "RickAstleyYT"
    assert parse_youtube({"html": "<iframe>"}, lookup).state == "unavailable"


@pytest.mark.parametrize(
    ("embed", "url"),
    [
        (
            post("instagram", "BnNs_UHFQuZ"),
            "https://graph.facebook.com/v26.0/instagram_oembed"
            "?url=https%3A%2F%2Fwww.instagram.com%2Fp%2FBnNs_UHFQuZ%2F",
        ),
        (
            post(
                "facebook",
                "3483738181652913",
                "https://www.facebook.com/MBACrystalBall/posts/3483738181652913/",
            ),
            "https://graph.facebook.com/v26.0/oembed_post?url=https%3A%2F%2Fwww.facebook.com"
            "%2FMBACrystalBall%2Fposts%2F3483738181652913%2F",
        ),
        (
            post(
                "facebook",
                "1849327055117902",
                "https://www.facebook.com/FunnyVideosbyDiply/videos/1849327055117902/",
            ),
            "https://graph.facebook.com/v26.0/oembed_video?url=https%3A%2F%2Fwww.facebook.com"
            "%2FFunnyVideosbyDiply%2Fvideos%2F1849327055117902%2F",
        ),
        (
            post("threads", "DVdP2dCE_kf", "https://www.threads.com/@meta/post/DVdP2dCE_kf"),
            "https://graph.threads.net/v1.0/oembed"
            "?url=https%3A%2F%2Fwww.threads.com%2F%40meta%2Fpost%2FDVdP2dCE_kf",
        ),
    ],
)
def test_meta_platforms_are_asked_through_tokenless_oembed(embed: Post, url: str) -> None:
    got = lookup_for(embed)
    assert isinstance(got, Lookup) and got.url == url
    assert "access_token" not in got.url


META = Lookup("facebook", "1", "facebook:1", "u")


def test_meta_oembed_html_is_read_like_the_embed() -> None:
    # The shape of Facebook's post embed code (tests/data/embeds/page-state/, decoded).
    html = (
        '<div id="fb-root"></div><div class="fb-post" data-href="https://www.facebook.com/Page/'
        'posts/1"><blockquote cite="https://www.facebook.com/Page/posts/1" class="fb-xfbml-parse'
        '-ignore"><p>Words of the post</p>Posted by <a href="https://www.facebook.com/Page/">A '
        'Page</a> on <a href="https://www.facebook.com/Page/posts/1">May 1, 2020</a>'
        "</blockquote></div>"
    )
    got = parse_meta_oembed({"html": html, "type": "rich", "version": "1.0"}, META)
    assert got.state == "found" and got.post is not None
    assert (got.post.text, got.post.author_name, got.post.source) == (
        "Words of the post",
        "A Page",
        "meta-oembed",
    )
    assert parse_meta_oembed({"type": "rich"}, META).state == "unavailable"


def test_meta_refusals_are_not_called_deletions() -> None:
    # Graph API's error envelope; Meta does not say whether the post is gone or private.
    body = {"error": {"message": "Invalid parameter", "type": "OAuthException", "code": 100}}
    refused = meta_error(400, body, META)
    assert refused.state == "unavailable" and "Invalid parameter" in refused.detail
    assert meta_error(404, None, META).state == "not-found"
    assert meta_error(429, None, META).state == "rate-limited"
