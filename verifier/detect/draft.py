"""Detect stage, shared part: a post as found, before keys are given and duplicates merged."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from verifier.detect.snowflake import footer_note, mastodon_time, snowflake_time
from verifier.lang.textnorm import detect_language, normalize
from verifier.model import Post, PostKey, Span
from verifier.parse import selectors as sel

# X counts every link as 23 characters (t.co wrapping); a post is at most 280 of them.
LINK_WEIGHT = 23

# p@lang values that carry no language (X: "und"; "qme" media only, "zxx" no text …).
_NO_LANG = frozenset(("", "und", "qme", "qht", "qam", "zxx", "art"))


@dataclass
class Found:
    """A post candidate; mutable while the detector merges repeated copies."""

    text: str
    origin: str
    pos: int
    """Where it sits in ``Article.text`` (for ordering, also when ``span`` is ``None``)."""
    order: int = 0
    platform: str = "x"
    post_id: str | None = None
    url: str | None = None
    author_name: str | None = None
    handle: str | None = None
    shown_date: dt.date | None = None
    shown_date_raw: str = ""
    lang: str | None = None
    media: list[str] = field(default_factory=list)
    span: Span | None = None
    quotes_id: str | None = None
    in_reply_to: str | None = None
    notes: list[str] = field(default_factory=list)


def weighted_length(text: str) -> int:
    """Length as X counts it: links weigh ``LINK_WEIGHT``, attached media nothing."""
    total = len(text)
    for m in sel.ANY_URL.finditer(text):
        weight = 0 if sel.MEDIA_LINK.fullmatch(m.group(0)) else LINK_WEIGHT
        total += weight - len(m.group(0))
    return total


def split_media(text: str) -> tuple[str, list[str]]:
    """Take ``pic.twitter.com/…`` links out of a post text: they are media, not words.

    ``t.co`` links stay: they are part of the post's text as X stores it.
    """
    media = [
        m.group(0).removeprefix("https://").removeprefix("http://")
        for m in sel.MEDIA_LINK.finditer(text)
    ]
    if media:
        text = sel.MEDIA_LINK.sub(" ", text)
    return normalize(text), media


def is_truncated(text: str) -> bool:
    """Embeds cut long posts with "…", sometimes followed by a t.co link (formats/README §1.4)."""
    stripped = sel.TCO_LINK.sub("", text).rstrip()
    return stripped.endswith("…")


def leading_mention(text: str) -> str | None:
    """Handle a post opens with (old replies keep the "@name" in the text)."""
    m = sel.LEADING_MENTIONS.match(text)
    if m is None:
        return None
    first = sel.MENTION.match(m.group(0))
    return first.group(1) if first else None


def canonical_url(handle: str | None, post_id: str) -> str:
    """``https://x.com/<handle>/status/<id>``; ``i`` when the handle is unknown (x.com accepts it)."""
    return f"https://x.com/{handle or 'i'}/status/{post_id}"


def finish(found: Found, key: PostKey, quoted: PostKey | None) -> Post:
    """Freeze a draft into a ``Post``: the date an id encodes (X, Mastodon) wins over the
    shown footer date."""
    notes = list(found.notes)
    posted_at = found.shown_date
    if found.shown_date is not None:
        notes.insert(
            0, footer_note(found.shown_date, found.shown_date_raw or found.shown_date.isoformat())
        )
    id_time = {"x": snowflake_time, "mastodon": mastodon_time}.get(found.platform)
    if id_time is not None and found.post_id:
        created = id_time(found.post_id)
        if created is not None:
            posted_at = created.date()
    url = found.url
    if url is None and found.platform == "x" and found.post_id:
        url = canonical_url(found.handle, found.post_id)
    lang = found.lang if found.lang and found.lang not in _NO_LANG else None
    return Post(
        key=key,
        text=found.text,
        platform=found.platform,
        post_id=found.post_id,
        url=url,
        author_name=found.author_name or None,
        handle=found.handle or None,
        posted_at=posted_at,
        lang=lang or (detect_language(found.text) if found.text else "und"),
        media=tuple(dict.fromkeys(found.media)),
        origin=found.origin,
        span=found.span,
        quoted_post=quoted,
        in_reply_to=found.in_reply_to,
        truncated=is_truncated(found.text),
        notes=tuple(dict.fromkeys(notes)),
    )


_NAME_TRIM = re.compile(r"^[\s\-–—:|]+|[\s\-–—:|]+$")


def clean_name(name: str | None, *, after_hyphen: bool = False) -> str | None:
    """Display name from a footer, without leftover dashes (``-- WordPress``) or spaces.

    ``after_hyphen``: the footer's dash was a spaced hyphen, which the name cannot contain
    (``text - more - Name (@h)``): keep the part after the last one.
    """
    if not name:
        return None
    if after_hyphen and " - " in name:
        name = name.rsplit(" - ", 1)[1]
    name = _NAME_TRIM.sub("", normalize(name))
    return name or None
