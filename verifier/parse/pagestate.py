"""Parse stage, page state: posts a page names only in its JSON state, not in its markup.

Next.js (``<script id="__NEXT_DATA__" type="application/json">``), ``window.__INITIAL_STATE__ =
{…}`` and CMS story JSON keep a story's embeds as data. The shape read here is Quintype's story
element (an Indian news CMS; its API documentation and its AMP renderer's fixtures,
``tests/data/embeds/page-state/PROVENANCE.md``): ``{"type": "jsembed", "embed-js": <base64 of
the platform's embed code>, "metadata": {"tweet-url": …, "tweet-id": …}}`` and
``{"type": "youtube-video", "url": …}``. A post counts only where the data says it is an embed:
a base64 embed code, a ``<platform>-url``/``tweet-id`` key, or an object typed with a platform
name whose ``url`` names a post — never any status URL met in the data (share links, profiles).

Hostile pages are bounded: the script's size, the JSON's nesting (Python's parser raises
``RecursionError`` on deep nesting; the walk stops at ``_MAX_DEPTH``), the nodes visited and
the fragments given back.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator
from html import escape

from verifier.parse import selectors as sel

PAGE_STATE_TAG = "verifier-page-state"
"""The element that stands for a post named only by data (``data-post-url``)."""
PAGE_STATE_KIND = "page-state"
"""Its embed kind (``embedfind.fragment_embeds``; read by ``detect.platforms``)."""

_MAX_SCRIPT_CHARS = 4 * 1024 * 1024
_MAX_DEPTH = 64
_MAX_NODES = 200_000
_MAX_FRAGMENTS = 50
_MAX_BASE64_CHARS = 200_000
_PLATFORM_WORDS = (
    "tweet",
    "twitter",
    "instagram",
    "facebook",
    "threads",
    "bluesky",
    "mastodon",
    "youtube",
    "linkedin",
)
_TYPE_KEYS = ("type", "subtype", "provider", "__typename", "embedtype")
_URL_KEYS = ("url", "embedurl", "href", "src")
_BASE64 = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")
_DIGITS = re.compile(r"\d{1,20}")
# The JSON value of an assignment ("window.__INITIAL_STATE__ = {…};"), looked for near the start.
_ASSIGNED = re.compile(r"=\s*(?=[{\[])")
_HTML_HINT = re.compile(r"<(?:blockquote|iframe|div|amp-)", re.IGNORECASE)


def _key(name: str) -> str:
    return name.lower().replace("-", "").replace("_", "")


def _load(script: str) -> object:
    """The JSON value a script holds or assigns, or ``None`` (bounded; never raises)."""
    text = script.strip()
    if not text or len(text) > _MAX_SCRIPT_CHARS:
        return None
    start = 0 if text[0] in "{[" else None
    if start is None:
        m = _ASSIGNED.search(text, 0, 400)
        if m is None:
            return None
        start = m.end()
    try:
        value, _end = json.JSONDecoder().raw_decode(text, start)
    except (ValueError, RecursionError):
        return None
    return value


def _decoded_embed(value: str) -> str | None:
    """An embed code kept as base64 (Quintype ``embed-js``), decoded; else ``None``."""
    if len(value) > _MAX_BASE64_CHARS or not _BASE64.fullmatch(value):
        return None
    try:
        html = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return html if _HTML_HINT.search(html) else None


def _marker(url: str) -> str:
    """A stand-in element for a post named by URL (X ids also as ``data-tweet-id``, so the
    parse stage's de-duplication against DOM embeds applies)."""
    m = sel.STATUS_URL.search(url)
    tweet = f' data-tweet-id="{m["id"]}"' if m else ""
    return f'<{PAGE_STATE_TAG} data-post-url="{escape(url)}"{tweet}></{PAGE_STATE_TAG}>'


def _names_platform(node: dict[str, object]) -> bool:
    for name, value in node.items():
        if _key(name) in _TYPE_KEYS and isinstance(value, str):
            low = value.lower()
            if any(word in low for word in _PLATFORM_WORDS):
                return True
    return False


def _from_object(node: dict[str, object]) -> Iterator[str]:
    """Fragments one JSON object gives: decoded embed codes, then posts named by key."""
    typed = _names_platform(node)
    for name, value in node.items():
        key = _key(name)
        if isinstance(value, str) and "embed" in key:
            html = _decoded_embed(value)
            if html is not None:
                yield html
        if key == "tweetid" and isinstance(value, str | int) and not isinstance(value, bool):
            digits = str(value)
            if _DIGITS.fullmatch(digits):
                yield _marker(f"https://x.com/i/status/{digits}")
        elif isinstance(value, str) and value.startswith(("http://", "https://")):
            named = key.endswith("url") and key.startswith(_PLATFORM_WORDS)
            if named or (typed and key in _URL_KEYS):
                yield _marker(value)


def page_state_fragments(script: str) -> Iterator[str]:
    """HTML fragments for the embeds a script's JSON state names: decoded embed codes and
    ``PAGE_STATE_TAG`` stand-ins (the parse stage keeps those that name a post)."""
    root = _load(script)
    if not isinstance(root, dict | list):
        return
    stack: list[tuple[object, int]] = [(root, 0)]
    visited = given = 0
    while stack and visited < _MAX_NODES:
        node, depth = stack.pop()
        visited += 1
        if isinstance(node, dict):
            for fragment in _from_object(node):
                yield fragment
                given += 1
                if given >= _MAX_FRAGMENTS:
                    return
            children = list(node.values())
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth < _MAX_DEPTH:
            # Reversed onto the stack: document order out.
            stack.extend((child, depth + 1) for child in reversed(children))
