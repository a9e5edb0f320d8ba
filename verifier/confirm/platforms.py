"""Confirm stage, platforms other than X (pure): which public endpoint can look an embedded
post up, and its answer parsed into a ``CanonicalResult``.

Endpoints (no account, no token), with the formats the parsers follow and where they are
documented — the cassettes in ``cassettes/test_confirm_cassettes/`` replay these shapes:

* Bluesky: the public AppView, ``GET https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread
  ?uri=at://<did or handle>/app.bsky.feed.post/<rkey>`` (lexicons ``app.bsky.feed.getPostThread``,
  ``app.bsky.feed.defs#threadViewPost``/``#notFoundPost``/``#blockedPost``; XRPC errors are
  ``{"error": "NotFound", "message": …}``).
* Mastodon: the post's own instance, ``GET https://<host>/api/v1/statuses/<id>``
  (docs.joinmastodon.org methods/statuses: 200 Status, 404 ``{"error": "Record not found"}``,
  401 when the instance only serves signed-in users).
* YouTube: oEmbed, ``GET https://www.youtube.com/oembed?url=…&format=json`` (title, author;
  oembed.com §2.3.6: 404 for an unknown URL, 401 for a private resource).
* Instagram, Facebook, Threads: Meta's oEmbed, ``GET https://graph.facebook.com/<version>/
  instagram_oembed|oembed_post|oembed_video?url=…`` and ``GET https://graph.threads.net/v1.0/oembed?url=…``.
  Meta lifted the token requirement on 15 June 2026 (Graph API reference, "Oembed Post" and
  "Oembed Video": tokenless calls, 1,000 per endpoint and hour). Since November 2025 the answer
  carries no ``author_name``; its ``html`` is the platform's embed code, read here with the
  detector's own readers (caption, ``(@handle)`` footer, Facebook's "Posted by" line). A
  Threads embed code shows no text: only the post's existence and account are confirmed.

LinkedIn documents no public endpoint (no oEmbed; its post API needs an approved member or
organisation token; an undocumented ``www.linkedin.com/oembed`` one third-party client calls has
no documented or recorded answer to build on): its posts are reported "not confirmable" with
that reason rather than guessed at.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from bs4 import BeautifulSoup

from verifier.confirm.canonical import CanonicalPost, CanonicalResult, valid_post_id
from verifier.detect.markup import posts_from_markup
from verifier.model import Confirmation, EmbedMarkup, Post, Span
from verifier.parse import selectors as sel
from verifier.parse.embedfind import embed_markup

BLUESKY_APPVIEW = "https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread"
YOUTUBE_OEMBED = "https://www.youtube.com/oembed"
GRAPH_VERSION = "v26.0"
"""The Graph API version Meta's oEmbed reference shows (2026); old versions are retired."""
META_OEMBED = {
    "instagram": f"https://graph.facebook.com/{GRAPH_VERSION}/instagram_oembed",
    "facebook": f"https://graph.facebook.com/{GRAPH_VERSION}/oembed_post",
    "facebook-video": f"https://graph.facebook.com/{GRAPH_VERSION}/oembed_video",
    "threads": "https://graph.threads.net/v1.0/oembed",
}
NOT_CONFIRMABLE = "not confirmable"
"""How a post no public endpoint can look up is reported (the reason follows)."""
PLATFORM_NAMES: dict[str, str] = {
    "x": "X",
    "twitter": "X",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "youtube": "YouTube",
    "instagram": "Instagram",
    "threads": "Threads",
    "facebook": "Facebook",
    "linkedin": "LinkedIn",
}
_NO_PUBLIC_LOOKUP: dict[str, str] = {
    "linkedin": "LinkedIn documents no public endpoint (no oEmbed; its post API needs an "
    "approved member or organisation token) to look a post up",
}
_MASTODON_HOST = re.compile(r"^[a-z0-9.-]+\.[a-z]{2,}$", re.IGNORECASE)


def platform_name(platform: str) -> str:
    return PLATFORM_NAMES.get(platform, platform.title())


@dataclass(frozen=True, slots=True)
class Lookup:
    """One post to ask its platform about."""

    platform: str
    post_id: str
    key: str
    """Cache key: the bare id on X (as before), ``<platform>:<id>`` elsewhere."""
    url: str = ""
    """The request URL (X builds its own two: syndication, then oEmbed)."""
    host: str = ""
    """Mastodon: the instance, to complete a local ``acct`` into ``user@host``."""


def _bluesky(post: Post) -> Lookup | str:
    m = sel.BLUESKY_URL.search(post.url or "")
    actor = m["actor"] if m else post.handle
    if not actor or not post.post_id:
        return "the embed names no Bluesky account for this post; cannot look it up"
    uri = f"at://{actor}/app.bsky.feed.post/{post.post_id}"
    query = urlencode({"uri": uri, "depth": "0", "parentHeight": "0"}, quote_via=quote)
    return Lookup("bluesky", post.post_id, f"bluesky:{uri}", f"{BLUESKY_APPVIEW}?{query}")


def _mastodon(post: Post) -> Lookup | str:
    m = sel.MASTODON_URL.search(post.url or "")
    if m is None or not _MASTODON_HOST.match(m["host"]) or not m["id"].isdigit():
        return "the embed names no Mastodon instance for this post; cannot look it up"
    host, sid = m["host"].lower(), m["id"]
    url = f"https://{host}/api/v1/statuses/{sid}"
    return Lookup("mastodon", sid, f"mastodon:{host}/{sid}", url, host)


def _youtube(post: Post) -> Lookup | str:
    vid = post.post_id or ""
    if not re.fullmatch(r"[A-Za-z0-9_-]{11}", vid):
        return f"not a YouTube video id: {vid!r}"
    query = urlencode({"url": f"https://www.youtube.com/watch?v={vid}", "format": "json"})
    return Lookup("youtube", vid, f"youtube:{vid}", f"{YOUTUBE_OEMBED}?{query}")


def _meta(post: Post) -> Lookup | str:
    """Instagram, Facebook and Threads: Meta's tokenless oEmbed, asked with the post's URL."""
    platform = post.platform
    url = post.url or ""
    if not url and platform == "instagram" and post.post_id:
        url = f"https://www.instagram.com/p/{post.post_id}/"
    if not url or not post.post_id:
        return f"the embed gives no {platform_name(platform)} post URL; cannot look it up"
    query = urlencode({"url": url})
    endpoint = META_OEMBED[platform]
    if platform == "facebook" and "/videos/" in url:
        endpoint = META_OEMBED["facebook-video"]
    return Lookup(platform, post.post_id, f"{platform}:{post.post_id}", f"{endpoint}?{query}")


def lookup_for(post: Post) -> Lookup | Confirmation:
    """How to look ``post`` up, or the ``unavailable`` confirmation saying why we cannot."""
    platform = "x" if post.platform == "twitter" else post.platform
    if not post.post_id:
        return Confirmation(
            post.key, "unavailable", "the article gives no post id (text only); cannot look it up"
        )
    if platform == "x":
        if not valid_post_id(post.post_id):
            return Confirmation(post.key, "unavailable", f"not a numeric post id: {post.post_id!r}")
        return Lookup("x", post.post_id, post.post_id)
    if platform in _NO_PUBLIC_LOOKUP:
        return Confirmation(
            post.key, "unavailable", f"{NOT_CONFIRMABLE}: {_NO_PUBLIC_LOOKUP[platform]}"
        )
    builders = {"bluesky": _bluesky, "mastodon": _mastodon, "youtube": _youtube}
    build = builders.get(platform) or (_meta if platform in META_OEMBED else None)
    if build is None:
        return Confirmation(
            post.key, "unavailable", f"confirming {platform} posts is not supported"
        )
    made = build(post)
    return Confirmation(post.key, "unavailable", made) if isinstance(made, str) else made


# -- answers -------------------------------------------------------------------------------


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _time(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def parse_bluesky(data: object, lookup: Lookup) -> CanonicalResult:
    """A ``getPostThread`` 200 body: the post, or why not (not found, blocked)."""
    thread = _dict(_dict(data).get("thread"))
    kind = thread.get("$type")
    if kind == "app.bsky.feed.defs#notFoundPost" or thread.get("notFound") is True:
        return CanonicalResult(lookup.key, "not-found", None, "not found on Bluesky (deleted?)")
    if kind == "app.bsky.feed.defs#blockedPost" or thread.get("blocked") is True:
        return CanonicalResult(lookup.key, "restricted", None, "Bluesky reports the post blocked")
    post = _dict(thread.get("post"))
    record = _dict(post.get("record"))
    if kind not in (None, "app.bsky.feed.defs#threadViewPost") or "text" not in record:
        return CanonicalResult(
            lookup.key, "unavailable", None, f"unexpected Bluesky answer {kind!r}"
        )
    author = _dict(post.get("author"))
    langs = record.get("langs")
    canonical = CanonicalPost(
        post_id=lookup.post_id,
        text=str(record.get("text") or "").strip(),
        author_name=_str(author.get("displayName")),
        handle=_str(author.get("handle")),
        created_at=_time(record.get("createdAt")),
        lang=str(langs[0]) if isinstance(langs, list) and langs else "und",
        source="bluesky-appview",
    )
    return CanonicalResult(lookup.key, "found", canonical)


def bluesky_error(status: int, data: object, lookup: Lookup) -> CanonicalResult:
    error = str(_dict(data).get("error") or "")
    if error == "NotFound" or status == 404:
        return CanonicalResult(lookup.key, "not-found", None, "not found on Bluesky (deleted?)")
    return _http_state(status, lookup, "Bluesky")


def _content_text(content: str) -> str:
    """Mastodon's ``content`` HTML as text: paragraphs, ``<br>`` newlines, links as shown."""
    soup = BeautifulSoup(content, "html.parser")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    paragraphs = [p.get_text() for p in soup.find_all("p")] or [soup.get_text()]
    return "\n\n".join(p.strip() for p in paragraphs if p.strip())


def parse_mastodon(data: object, lookup: Lookup) -> CanonicalResult:
    """A ``GET /api/v1/statuses/:id`` 200 body (a Status entity)."""
    status = _dict(data)
    if not isinstance(status.get("content"), str) or not isinstance(status.get("account"), dict):
        return CanonicalResult(lookup.key, "unavailable", None, "unexpected Mastodon answer")
    account = _dict(status.get("account"))
    acct = _str(account.get("acct"))
    handle = acct if acct is None or "@" in acct else f"{acct}@{lookup.host}"
    canonical = CanonicalPost(
        post_id=lookup.post_id,
        text=_content_text(str(status["content"])),
        author_name=_str(account.get("display_name")),
        handle=handle,
        created_at=_time(status.get("created_at")),
        lang=_str(status.get("language")) or "und",
        source="mastodon-api",
        in_reply_to=_str(status.get("in_reply_to_id")),
    )
    return CanonicalResult(lookup.key, "found", canonical)


def mastodon_error(status: int, data: object, lookup: Lookup) -> CanonicalResult:
    if status == 404:
        return CanonicalResult(
            lookup.key, "not-found", None, "not found on its instance (deleted, or private)"
        )
    if status == 401:
        return CanonicalResult(
            lookup.key, "restricted", None, "the instance shows posts to signed-in users only"
        )
    return _http_state(status, lookup, "the Mastodon instance")


def parse_youtube(data: object, lookup: Lookup) -> CanonicalResult:
    """A YouTube oEmbed 200 body: the video's title and channel."""
    body = _dict(data)
    title = _str(body.get("title"))
    if title is None:
        return CanonicalResult(lookup.key, "unavailable", None, "unexpected YouTube oEmbed answer")
    author_url = _str(body.get("author_url")) or ""
    handle = author_url.rstrip("/").rsplit("/", 1)[-1].lstrip("@") if "/@" in author_url else None
    canonical = CanonicalPost(
        post_id=lookup.post_id,
        text=title,
        author_name=_str(body.get("author_name")),
        handle=handle or None,
        source="youtube-oembed",
    )
    return CanonicalResult(lookup.key, "found", canonical)


def youtube_error(status: int, data: object, lookup: Lookup) -> CanonicalResult:
    if status == 404:
        return CanonicalResult(
            lookup.key, "not-found", None, "YouTube has no such video (removed?)"
        )
    if status in (401, 403):
        return CanonicalResult(
            lookup.key, "restricted", None, "the video is private or cannot be embedded"
        )
    return _http_state(status, lookup, "YouTube")


def _embed_draft(html: str, platform: str) -> tuple[str, str | None, str | None, str | None]:
    """Text, author, handle and language an embed code shows, read by the detector."""
    for kind, markup in embed_markup(html):
        if sel.PLATFORM_OF_KIND.get(kind) != platform:
            continue
        drafts, _ = posts_from_markup(EmbedMarkup(kind, markup, Span(0, 0)), 0)
        for d in drafts:
            if d.platform == platform:
                return d.text, d.author_name, d.handle, d.lang
    return "", None, None, None


def parse_meta_oembed(data: object, lookup: Lookup) -> CanonicalResult:
    """A Meta oEmbed 200 body (``html``, ``provider_name``, ``type``, ``version``, ``width``):
    the post as its embed code shows it."""
    html = _str(_dict(data).get("html"))
    who = platform_name(lookup.platform)
    if html is None or "<" not in html:
        return CanonicalResult(lookup.key, "unavailable", None, f"unexpected {who} oEmbed answer")
    text, author, handle, lang = _embed_draft(html, lookup.platform)
    canonical = CanonicalPost(
        post_id=lookup.post_id,
        text=text,
        author_name=author,
        handle=handle,
        lang=lang or "und",
        source="meta-oembed",
    )
    return CanonicalResult(lookup.key, "found", canonical)


def meta_error(status: int, data: object, lookup: Lookup) -> CanonicalResult:
    """Graph API errors (``{"error": {"message", "type", "code"}}``): Meta does not say whether
    a post is gone or private, so neither is claimed."""
    who = platform_name(lookup.platform)
    if status == 404:
        return CanonicalResult(lookup.key, "not-found", None, f"not found on {who} (removed?)")
    message = _str(_dict(_dict(data).get("error")).get("message"))
    if status in (400, 403):
        why = f": {message}" if message else ""
        return CanonicalResult(
            lookup.key,
            "unavailable",
            None,
            f"{who} oEmbed did not serve the post (HTTP {status}{why}); it may be private, "
            "removed, age-restricted or not embeddable",
        )
    return _http_state(status, lookup, f"{who} oEmbed")


def _http_state(status: int, lookup: Lookup, who: str) -> CanonicalResult:
    if status == 429:
        return CanonicalResult(
            lookup.key, "rate-limited", None, f"rate limited by {who} (HTTP 429); try again later"
        )
    return CanonicalResult(lookup.key, "unavailable", None, f"{who} answered HTTP {status}")


PARSERS = {
    "bluesky": (parse_bluesky, bluesky_error),
    "mastodon": (parse_mastodon, mastodon_error),
    "youtube": (parse_youtube, youtube_error),
    "instagram": (parse_meta_oembed, meta_error),
    "facebook": (parse_meta_oembed, meta_error),
    "threads": (parse_meta_oembed, meta_error),
}
"""Per platform: the 200 parser and the error-status reader."""
