"""Post dates without the network: creation time from an X status id, and date findings.

An X status id is a Snowflake: ``(id >> 22) + 1288834974657`` is its creation time in
milliseconds since 1970 (formats/README §1.3, verified there against syndication
``created_at`` values). It beats the footer date, which is localised and sometimes empty.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence

from verifier.model import Article, Finding, Post

TWITTER_EPOCH_MS = 1288834974657
"""2010-11-04T01:42:54.657Z, the Snowflake epoch of X/Twitter ids."""

# Ids from before the Snowflake switch (November 2010) are small sequential numbers
# ("20", Jack's first post). Any real Snowflake id is far above 2**22 * one day of
# milliseconds; read as a Snowflake, a sequential id would land seconds after the epoch.
_MIN_SNOWFLAKE_MS = 24 * 3600 * 1000
_MAX_ID = 2**63 - 1

# Languages of newsrooms east of UTC (India +5:30, Pakistan +5, Nepal +5:45, Bangladesh +6):
# their local publication date is never behind the UTC date of the same instant.
_EAST_OF_UTC_LANGUAGES = frozenset("hi mr bn ur ne pa gu or ta te kn ml as sa".split())

FOOTER_NOTE = "footer date"
_FOOTER_NOTE_RE = re.compile(rf"^{FOOTER_NOTE} .* = (\d{{4}}-\d{{2}}-\d{{2}})$")


def snowflake_time(post_id: str) -> dt.datetime | None:
    """UTC creation time encoded in an X status id, or ``None`` when it is not a Snowflake."""
    if not post_id.isascii() or not post_id.isdigit() or len(post_id) > 19:
        return None
    value = int(post_id)
    if value > _MAX_ID:
        return None
    offset_ms = value >> 22
    if offset_ms < _MIN_SNOWFLAKE_MS:
        return None
    try:
        return dt.datetime.fromtimestamp((offset_ms + TWITTER_EPOCH_MS) / 1000, tz=dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None


# Mastodon status ids since 2.0 (2017) are ``(milliseconds since 1970 << 16) | sequence``
# (mastodon/mastodon lib/mastodon/snowflake.rb); older ids are small serial numbers, which
# read this way land before Mastodon existed (its first release: 2016-03-16).
_MASTODON_FIRST_MS = 1458086400000


def mastodon_time(post_id: str) -> dt.datetime | None:
    """UTC creation time encoded in a Mastodon status id, ``None`` for serial or odd ids."""
    if not post_id.isascii() or not post_id.isdigit() or len(post_id) > 19:
        return None
    millis = int(post_id) >> 16
    if millis < _MASTODON_FIRST_MS or int(post_id) > _MAX_ID:
        return None
    try:
        return dt.datetime.fromtimestamp(millis / 1000, tz=dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None


def footer_note(date: dt.date, raw: str) -> str:
    """The ``Post.notes`` entry that keeps the embed's own footer date next to the id's date."""
    return f"{FOOTER_NOTE} {raw!r} = {date.isoformat()}"


def footer_date(post: Post) -> dt.date | None:
    """The footer date recorded by ``footer_note``, if the post showed one."""
    for note in post.notes:
        m = _FOOTER_NOTE_RE.match(note)
        if m is not None:
            return dt.date.fromisoformat(m.group(1))
    return None


def _fingerprint(post: Post, first: dt.date, second: dt.date, what: str) -> str:
    ident = post.post_id or post.url or f"{post.handle}|{post.text[:80]}"
    raw = f"date|{what}|{post.platform}|{ident}|{first.isoformat()}|{second.isoformat()}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


def _label(post: Post) -> str:
    who = f"@{post.handle}" if post.handle else (post.author_name or "the post")
    return f"{who} {post.post_id}" if post.post_id else who


def date_conflicts(posts: Sequence[Post], article: Article) -> tuple[Finding, ...]:
    """Date findings that need no network.

    * the footer date of an X embed differs from the UTC date its status id encodes;
    * the article says it was published before the post existed.

    Each is a ``major`` ``date`` finding with a stable fingerprint.
    """
    findings: list[Finding] = []
    for post in posts:
        created = snowflake_time(post.post_id) if post.platform == "x" and post.post_id else None
        created_day = created.date() if created else None
        shown = footer_date(post)
        if (
            created is not None
            and created_day is not None
            and shown is not None
            and shown != created_day
        ):
            findings.append(
                Finding(
                    kind="date",
                    severity="major",
                    message=(
                        f"{_label(post)}: the embed's date line says {shown.isoformat()}, but the "
                        f"post id encodes {created:%Y-%m-%d %H:%M} UTC"
                    ),
                    post_text=shown.isoformat(),
                    fingerprint=_fingerprint(post, shown, created_day, "footer"),
                )
            )
        post_day = created_day or post.posted_at
        if article.published is None or post_day is None:
            continue
        # A local date west of UTC can be one day behind the post's UTC date.
        slack = dt.timedelta(0 if article.language in _EAST_OF_UTC_LANGUAGES else 1)
        if article.published + slack < post_day:
            findings.append(
                Finding(
                    kind="date",
                    severity="major",
                    message=(
                        f"{_label(post)}: the article is dated {article.published.isoformat()}, "
                        f"before the post was created ({post_day.isoformat()})"
                    ),
                    post_text=post_day.isoformat(),
                    claim_text=article.published.isoformat(),
                    fingerprint=_fingerprint(post, article.published, post_day, "published"),
                )
            )
    return tuple(findings)
