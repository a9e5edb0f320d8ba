"""Confirm stage, platform side (pure): X endpoint URLs, the syndication token, and
syndication/oEmbed responses parsed into a ``CanonicalPost`` or a refusal state.

Formats: ``../shared/formats/README.md`` §2 (oEmbed), §3 (syndication), §3.3 (indices),
samples in ``../shared/formats/samples/x-syndication`` and ``x-oembed``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlencode

from bs4 import BeautifulSoup

SYNDICATION_ENDPOINT = "https://cdn.syndication.twimg.com/tweet-result"
OEMBED_ENDPOINT = "https://publish.twitter.com/oembed"
TWITTER_EPOCH_MS = 1288834974657
_FIRST_SNOWFLAKE = 1 << 40  # ids below this predate Snowflake (Nov 2010) and encode no time

CanonicalState = Literal[
    "found",
    "deleted",
    "not-found",
    "protected",
    "suspended",
    "restricted",
    "unavailable",
    "rate-limited",
    "offline",
]
CanonicalSource = Literal[
    "syndication", "oembed", "bluesky-appview", "mastodon-api", "youtube-oembed", "meta-oembed"
]
"""Where a canonical post came from: X's two endpoints, or another platform's public one."""
SOURCES: tuple[CanonicalSource, ...] = (
    "syndication",
    "oembed",
    "bluesky-appview",
    "mastodon-api",
    "youtube-oembed",
    "meta-oembed",
)
CACHEABLE_STATES: frozenset[str] = frozenset(
    {"found", "deleted", "not-found", "protected", "suspended", "restricted"}
)
"""Answers about the post itself; rate limits, errors and offline runs are not cached."""

_POST_ID = re.compile(r"^[0-9]{1,40}$")
_MEDIA_LINK = re.compile(r"(?<!\S)pic\.(?:twitter|x)\.com/\w+")
_DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def valid_post_id(post_id: str) -> bool:
    """A numeric status id as X's widget accepts it (digits only, at most 40)."""
    return bool(_POST_ID.match(post_id))


def _v8_exponent(value: float) -> int:
    # V8's Double::Exponent(): value == significand(53 bits) * 2**exponent.
    return math.frexp(value)[1] - 53


def js_number_to_string(value: float, radix: int) -> str:
    """JavaScript ``Number.prototype.toString(radix)`` for radix ≠ 10.

    A port of V8's ``DoubleToRadixCString`` (src/numbers/conversions.cc): fraction digits
    are produced only up to the precision of the double, rounding half to even.
    """
    negative = value < 0
    value = -value if negative else value
    integer = math.floor(value)
    fraction = value - integer
    delta = max(0.5 * (math.nextafter(value, math.inf) - value), math.nextafter(0.0, 1.0))
    digits: list[int] = []
    if fraction >= delta:
        while True:
            fraction *= radix
            delta *= radix
            digit = int(fraction)
            digits.append(digit)
            fraction -= digit
            if (fraction > 0.5 or (fraction == 0.5 and digit & 1)) and fraction + delta > 1:
                # Round up, propagating the carry through 'z's (and into the integer part).
                while True:
                    if not digits:
                        integer += 1
                        break
                    last = digits.pop()
                    if last + 1 < radix:
                        digits.append(last + 1)
                        break
                break
            if fraction < delta:
                break
    whole = float(integer)
    int_digits: list[str] = []
    while _v8_exponent(whole / radix) > 0:  # beyond 2**53: digits are not represented
        whole /= radix
        int_digits.append("0")
    while True:
        remainder = math.fmod(whole, radix)
        int_digits.append(_DIGITS36[int(remainder)])
        whole = (whole - remainder) / radix
        if whole <= 0:
            break
    text = "".join(reversed(int_digits))
    if digits:
        text += "." + "".join(_DIGITS36[d] for d in digits)
    return "-" + text if negative else text


def syndication_token(post_id: str) -> str:
    """The ``token`` X's embed widget sends with ``tweet-result`` requests.

    JS original (react-tweet): ``((Number(id) / 1e15) * Math.PI).toString(36)
    .replace(/(0+|\\.)/g, '')``. ``float(int(id))`` rounds exactly like ``Number(id)``.
    """
    value = (float(int(post_id)) / 1e15) * math.pi
    return re.sub(r"0+|\.", "", js_number_to_string(value, 36))


def syndication_url(post_id: str, lang: str = "en") -> str:
    query = urlencode({"id": post_id, "lang": lang, "token": syndication_token(post_id)})
    return f"{SYNDICATION_ENDPOINT}?{query}"


def oembed_url(post_id: str) -> str:
    # The handle in a status URL can be anything; ``i/status`` is X's own handle-free form.
    query = urlencode(
        {"url": f"https://twitter.com/i/status/{post_id}", "omit_script": "1", "dnt": "true"}
    )
    return f"{OEMBED_ENDPOINT}?{query}"


def snowflake_time(post_id: str) -> dt.datetime | None:
    """Creation time encoded in a status id (UTC), ``None`` for pre-2010 or bad ids."""
    if not valid_post_id(post_id):
        return None
    number = int(post_id)
    if number < _FIRST_SNOWFLAKE or number >= 1 << 64:
        return None
    millis = (number >> 22) + TWITTER_EPOCH_MS
    return dt.datetime.fromtimestamp(millis / 1000, tz=dt.UTC)


@dataclass(frozen=True, slots=True)
class CanonicalPost:
    """The post as the platform serves it now."""

    post_id: str
    text: str
    """Visible text: display range only (no leading reply mentions, no trailing media
    link); t.co links to web pages stay, as in an embed."""
    author_name: str | None = None
    handle: str | None = None
    created_at: dt.datetime | None = None
    lang: str = "und"
    truncated: bool = False
    """Long post whose full text the endpoint does not return (``note_tweet``, or oEmbed "…")."""
    source: CanonicalSource = "syndication"
    media: tuple[str, ...] = ()
    """``pic.twitter.com/…`` display links of attached photos/videos."""
    links: tuple[str, ...] = ()
    """Expanded URLs of the t.co links in the text."""
    quoted_post_id: str | None = None
    in_reply_to: str | None = None
    edit_ids: tuple[str, ...] = ()
    """All versions of an edited post, oldest first (a single id: never edited)."""


@dataclass(frozen=True, slots=True)
class CanonicalResult:
    """What the platform said about one post id (cached by the store)."""

    post_id: str
    state: CanonicalState
    post: CanonicalPost | None = None
    detail: str = ""

    @property
    def cacheable(self) -> bool:
        return self.state in CACHEABLE_STATES

    def to_json(self) -> dict[str, Any]:
        """Plain JSON-able dict (for the store's cache column)."""
        post = None
        if self.post is not None:
            p = self.post
            post = {
                "post_id": p.post_id,
                "text": p.text,
                "author_name": p.author_name,
                "handle": p.handle,
                "created_at": p.created_at.isoformat() if p.created_at else None,
                "lang": p.lang,
                "truncated": p.truncated,
                "source": p.source,
                "media": list(p.media),
                "links": list(p.links),
                "quoted_post_id": p.quoted_post_id,
                "in_reply_to": p.in_reply_to,
                "edit_ids": list(p.edit_ids),
            }
        return {"post_id": self.post_id, "state": self.state, "detail": self.detail, "post": post}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CanonicalResult:
        raw = data.get("post")
        post = None
        if isinstance(raw, dict):
            created = raw.get("created_at")
            post = CanonicalPost(
                post_id=str(raw["post_id"]),
                text=str(raw.get("text", "")),
                author_name=raw.get("author_name"),
                handle=raw.get("handle"),
                created_at=dt.datetime.fromisoformat(created) if created else None,
                lang=str(raw.get("lang", "und")),
                truncated=bool(raw.get("truncated", False)),
                source=next((x for x in SOURCES if x == raw.get("source")), "syndication"),
                media=tuple(raw.get("media", ())),
                links=tuple(raw.get("links", ())),
                quoted_post_id=raw.get("quoted_post_id"),
                in_reply_to=raw.get("in_reply_to"),
                edit_ids=tuple(raw.get("edit_ids", ())),
            )
        return cls(str(data["post_id"]), data["state"], post, str(data.get("detail", "")))


def utf16_slice(text: str, start: int, end: int) -> str:
    """``text[start:end]`` counted in UTF-16 code units, as ``display_text_range`` is.

    Emoji outside the BMP take two units: slicing the ``str`` directly would leak the
    first characters of the media link after a post with three emoji (formats §3.3).
    """
    raw = text.encode("utf-16-le")
    return raw[2 * max(0, start) : 2 * max(0, end)].decode("utf-16-le", errors="ignore")


def _unescape_legacy(text: str) -> str:
    # v1.1-style escaping of only these three (never seen in the samples; defensive).
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _parse_time(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        try:  # legacy v1.1 form: "Wed Mar 29 14:34:41 +0000 2023"
            when = dt.datetime.strptime(value, "%a %b %d %H:%M:%S %z %Y")
        except ValueError:
            return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _tweet(data: dict[str, Any], post_id: str) -> CanonicalPost:
    text = _str(data.get("text")) or ""
    entities = _dict(data.get("entities"))
    media = [_dict(m) for m in _list(entities.get("media"))]
    span = _list(data.get("display_text_range"))
    if len(span) == 2 and all(isinstance(i, int) for i in span):
        visible = utf16_slice(text, span[0], span[1])
    else:
        visible = text
    for item in media:  # when the range is missing or off, drop the media link anyway
        link = _str(item.get("url"))
        if link:
            visible = visible.replace(link, "")
    user = _dict(data.get("user"))
    parent = _dict(data.get("parent"))
    return CanonicalPost(
        post_id=_str(data.get("id_str")) or post_id,
        text=_unescape_legacy(visible).strip(),
        author_name=_str(user.get("name")),
        handle=_str(user.get("screen_name")),
        created_at=_parse_time(data.get("created_at")) or snowflake_time(post_id),
        lang=_str(data.get("lang")) or "und",
        truncated="note_tweet" in data,
        source="syndication",
        media=tuple(d for m in media if (d := _str(m.get("display_url")))),
        links=tuple(
            e for u in _list(entities.get("urls")) if (e := _str(_dict(u).get("expanded_url")))
        ),
        quoted_post_id=_str(_dict(data.get("quoted_tweet")).get("id_str")),
        in_reply_to=_str(data.get("in_reply_to_status_id_str")) or _str(parent.get("id_str")),
        edit_ids=tuple(
            str(i) for i in _list(_dict(data.get("edit_control")).get("edit_tweet_ids"))
        ),
    )


def _tombstone(data: dict[str, Any], post_id: str) -> CanonicalResult:
    # X localises the wording (we ask for lang=en) and one variant has no text at all;
    # anything unrecognised stays a neutral "unavailable", never a guess.
    text = _str(_dict(_dict(data.get("tombstone")).get("text")).get("text")) or ""
    low = text.casefold()
    state: CanonicalState
    if "deleted" in low:
        state, detail = "deleted", "deleted by its author"
    elif "limits who can view" in low or "protected" in low:
        state, detail = "protected", "the account is protected (only approved followers can see it)"
    elif "suspended" in low:
        state, detail = "suspended", "the account is suspended"
    elif "withheld" in low:
        state, detail = "restricted", "withheld in some countries"
    elif not text or "age" in low or "sensitive" in low:
        state, detail = (
            "restricted",
            "age-restricted or sensitive (not shown to logged-out viewers)",
        )
    else:
        state, detail = "unavailable", f"X shows: {text}"
    return CanonicalResult(post_id, state, None, detail)


def parse_syndication(data: object, post_id: str) -> CanonicalResult:
    """Parse a ``tweet-result`` JSON body (formats §3.2–3.4). Branches on ``__typename``."""
    if not isinstance(data, dict):
        return CanonicalResult(post_id, "unavailable", None, "unexpected syndication response")
    if not data:
        return CanonicalResult(post_id, "not-found", None, "not found on X")
    body: dict[str, Any] = data
    if "__typename" not in body and isinstance(body.get("data"), dict):
        body = body["data"]  # react-tweet's API route wraps the same object in {"data": …}
    kind = body.get("__typename")
    if kind == "TweetTombstone":
        return _tombstone(body, post_id)
    if kind == "Tweet" or (kind is None and "id_str" in body and "text" in body):
        return CanonicalResult(post_id, "found", _tweet(body, post_id))
    return CanonicalResult(post_id, "unavailable", None, f"unexpected post type {kind!r}")


def parse_oembed(data: object, post_id: str) -> CanonicalResult:
    """Parse an oEmbed 200 body (formats §2): text from the blockquote's ``<p>``."""
    if not isinstance(data, dict) or not isinstance(data.get("html"), str):
        return CanonicalResult(post_id, "unavailable", None, "unexpected oEmbed response")
    soup = BeautifulSoup(data["html"], "html.parser")
    paragraph = soup.find("p")
    text = ""
    lang = "und"
    if paragraph is not None:
        for br in paragraph.find_all("br"):
            br.replace_with("\n")
        text = paragraph.get_text()
        lang = str(paragraph.get("lang") or "und")
    media = tuple(m.group(0) for m in _MEDIA_LINK.finditer(text))
    text = _MEDIA_LINK.sub("", text)
    author_url = _str(data.get("author_url")) or ""
    handle = (author_url.rstrip("/").rsplit("/", 1)[-1] or None) if author_url else None
    post = CanonicalPost(
        post_id=post_id,
        text=text.strip(),
        media=media,
        author_name=_str(data.get("author_name")),
        handle=handle,
        created_at=snowflake_time(post_id),
        lang=lang,
        truncated=text.rstrip().endswith("…"),
        source="oembed",
    )
    return CanonicalResult(post_id, "found", post)
