"""Write the Bluesky, Mastodon and YouTube cassettes of ``test_confirm_cassettes.py``.

A developer tool, run from the repo root: ``python cassettes/test_confirm_cassettes/
build_platform_cassettes.py``. Every body below comes from a documented or recorded response
(README.md in this folder says which, and which values are placeholders); nothing is
recorded live. Bodies are written compactly (values unchanged) as vcrpy ``version: 1``.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote, urlencode

import yaml

HERE = Path(__file__).resolve().parent
UA = "verifier/0.1 (+https://pypi.org/project/verifier/; newsroom quote checker)"

# -- Bluesky: app.bsky.feed.getPostThread (lexicon shape) with the real embed's values ------
BSKY_DID = "did:plc:i4yli6h7x2uoj7acxunww2fc"
BSKY_URI = f"at://{BSKY_DID}/app.bsky.feed.post/3mh7y62ycxw2b"
BSKY_TEXT = (
    "2026-03-16 | 🤖 🔗 Back Links to Previous Posts in Auto-Blog Series 🤖\n\n"
    "#AI Q: 🔗 How do you prefer to navigate content series?\n\n"
    "🤖 AI Automation | 🔗 Interlinking | 📝 Content Pipeline | ⚙️ Software Updates\n"
    "https://bagrounds.org/ai-blog/2026-03-16-back-links-to-previous-posts-in-auto-blog-series"
)
BSKY_THREAD = {
    "thread": {
        "$type": "app.bsky.feed.defs#threadViewPost",
        "post": {
            "uri": BSKY_URI,
            "cid": "bafyreia36f5gdsywroyn7nmkytr4ofyimx4stqrkvnlqudcqm5ajc7sphq",
            "author": {
                "did": BSKY_DID,
                "handle": "bagrounds.bsky.social",
                "displayName": "Bryan Grounds",
            },
            "record": {
                "$type": "app.bsky.feed.post",
                "createdAt": "2026-03-17T03:00:00.000Z",
                "langs": ["en"],
                "text": BSKY_TEXT,
            },
            "replyCount": 0,
            "repostCount": 0,
            "likeCount": 0,
            "quoteCount": 0,
            "indexedAt": "2026-03-17T03:00:01.000Z",
        },
        "replies": [],
    }
}
BSKY_GONE_URI = f"at://{BSKY_DID}/app.bsky.feed.post/3mh7y62ycxw2c"
BSKY_NOT_FOUND = {"error": "NotFound", "message": f"Post not found: {BSKY_GONE_URI}"}

# -- Mastodon: docs.joinmastodon.org methods/statuses "View a single status" 200 example ------
MASTODON_STATUS = {
    "id": "1",
    "created_at": "2016-03-16T14:44:31.580Z",
    "in_reply_to_id": None,
    "in_reply_to_account_id": None,
    "sensitive": False,
    "spoiler_text": "",
    "visibility": "public",
    "language": "en",
    "uri": "https://mastodon.social/users/Gargron/statuses/1",
    "url": "https://mastodon.social/@Gargron/1",
    "replies_count": 7,
    "reblogs_count": 98,
    "favourites_count": 112,
    "favourited": False,
    "reblogged": False,
    "muted": False,
    "bookmarked": False,
    "content": "<p>Hello world</p>",
    "reblog": None,
    "application": None,
    "account": {
        "id": "1",
        "username": "Gargron",
        "acct": "Gargron",
        "display_name": "Eugen",
        "locked": False,
        "bot": False,
        "created_at": "2016-03-16T14:34:26.392Z",
        "note": "<p>Developer of Mastodon and administrator of mastodon.social. I post service announcements, development updates, and personal stuff.</p>",
        "url": "https://mastodon.social/@Gargron",
        "avatar": "https://files.mastodon.social/accounts/avatars/000/000/001/original/d96d39a0abb45b92.jpg",
        "avatar_static": "https://files.mastodon.social/accounts/avatars/000/000/001/original/d96d39a0abb45b92.jpg",
        "header": "https://files.mastodon.social/accounts/headers/000/000/001/original/c91b871f294ea63e.png",
        "header_static": "https://files.mastodon.social/accounts/headers/000/000/001/original/c91b871f294ea63e.png",
        "followers_count": 320472,
        "following_count": 453,
        "statuses_count": 61163,
        "last_status_at": "2019-12-05T03:03:02.595Z",
        "emojis": [],
        "fields": [
            {
                "name": "Patreon",
                "value": '<a href="https://www.patreon.com/mastodon" rel="me nofollow noopener noreferrer" target="_blank"><span class="invisible">https://www.</span><span class="">patreon.com/mastodon</span><span class="invisible"></span></a>',
                "verified_at": None,
            },
            {
                "name": "Homepage",
                "value": '<a href="https://zeonfederated.com" rel="me nofollow noopener noreferrer" target="_blank"><span class="invisible">https://</span><span class="">zeonfederated.com</span><span class="invisible"></span></a>',
                "verified_at": "2019-07-15T18:29:57.191+00:00",
            },
        ],
    },
    "media_attachments": [],
    "mentions": [],
    "tags": [],
    "emojis": [],
    "card": None,
    "poll": None,
}
MASTODON_NOT_FOUND = {"error": "Record not found"}
MASTODON_SIGNED_IN_ONLY = {"error": "This API requires an authenticated user"}

# -- YouTube: a recorded oEmbed 200 body (alleyinteractive/wp-block-converter tests) ---------
YOUTUBE_RICK = (
    '{"title":"Rick Astley - Never Gonna Give You Up (Official Music Video)","author_name":"Rick Astley",'
    '"author_url":"https://www.youtube.com/@RickAstleyYT","type":"video","height":281,"width":500,'
    '"version":"1.0","provider_name":"YouTube","provider_url":"https://www.youtube.com/",'
    '"thumbnail_height":360,"thumbnail_width":480,"thumbnail_url":"https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg",'
    '"html":"\\u003ciframe width=\\u0022500\\u0022 height=\\u0022281\\u0022 src=\\u0022https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed\\u0022 frameborder=\\u00220\\u0022 allow=\\u0022accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share\\u0022 allowfullscreen title=\\u0022Rick Astley - Never Gonna Give You Up (Official Music Video)\\u0022\\u003e\\u003c/iframe\\u003e"}'
)


def bsky_url(uri: str) -> str:
    query = urlencode({"uri": uri, "depth": "0", "parentHeight": "0"}, quote_via=quote)
    return f"https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread?{query}"


def youtube_url(video: str) -> str:
    query = urlencode({"url": f"https://www.youtube.com/watch?v={video}", "format": "json"})
    return f"https://www.youtube.com/oembed?{query}"


def interaction(url: str, status: int, message: str, body: str, ctype: str) -> dict[str, object]:
    return {
        "request": {
            "body": "",
            "headers": {"accept": ["application/json"], "user-agent": [UA]},
            "method": "GET",
            "uri": url,
        },
        "response": {
            "body": {"string": body},
            "headers": {
                "content-type": [ctype],
                "content-length": [str(len(body.encode("utf-8")))],
            },
            "status": {"code": status, "message": message},
        },
    }


def compact(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


JSON = "application/json; charset=utf-8"
CASSETTES = {
    "test_bluesky_post_is_confirmed": [
        interaction(bsky_url(BSKY_URI), 200, "OK", compact(BSKY_THREAD), JSON)
    ],
    "test_deleted_bluesky_post_is_reported_deleted": [
        interaction(bsky_url(BSKY_GONE_URI), 400, "Bad Request", compact(BSKY_NOT_FOUND), JSON)
    ],
    "test_mastodon_post_is_confirmed": [
        interaction(
            "https://mastodon.social/api/v1/statuses/1", 200, "OK", compact(MASTODON_STATUS), JSON
        )
    ],
    "test_deleted_mastodon_post_is_reported_deleted": [
        interaction(
            "https://mastodon.social/api/v1/statuses/2",
            404,
            "Not Found",
            compact(MASTODON_NOT_FOUND),
            JSON,
        )
    ],
    "test_signed_in_only_mastodon_instance_is_unavailable": [
        interaction(
            "https://mastodon.social/api/v1/statuses/1",
            401,
            "Unauthorized",
            compact(MASTODON_SIGNED_IN_ONLY),
            JSON,
        )
    ],
    "test_youtube_video_title_is_confirmed": [
        interaction(youtube_url("dQw4w9WgXcQ"), 200, "OK", YOUTUBE_RICK, JSON)
    ],
    "test_removed_youtube_video_is_reported_deleted": [
        interaction(
            youtube_url("GP4NxSbikS4"), 404, "Not Found", "Not Found", "text/html; charset=utf-8"
        )
    ],
}


def main() -> None:
    for name, interactions in CASSETTES.items():
        text = yaml.safe_dump(
            {"interactions": interactions, "version": 1}, allow_unicode=True, sort_keys=False
        )
        (HERE / f"{name}.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
