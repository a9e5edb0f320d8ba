"""Parse stage, HTML part: where a page's embeds are, including the hidden ones.

Embed elements are found with the XPath table in ``selectors``. Embeds hidden from the DOM —
a consent manager's ``<textarea>`` or HTML escaped inside page-state JSON (Reuters, Times of
India, TechCrunch; formats/README §1.5) — are re-parsed as small fragments.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, TypeAlias

import lxml.html  # type: ignore[import-untyped]  # lxml ships no type information
from lxml import etree

from verifier.lang.dates.strings import parse_date_prefix
from verifier.parse import selectors as sel

# lxml has no stubs: elements are typed loosely, checked with isinstance where it matters.
Element: TypeAlias = Any

_MAX_JSON_FRAGMENTS = 50
_MAX_JSON_ATTEMPTS = 200
_MAX_FRAGMENT_CHARS = 2 * 1024 * 1024


def _looks_like_embed(bq: Element) -> bool:
    """A class-less blockquote is an embed when it shows a footer or a dated status link."""
    text = bq.text_content()
    if "(@" in text:
        return True
    links = [a for a in bq.iter("a") if sel.STATUS_URL.search(a.get("href") or "")]
    return bool(links) and parse_date_prefix(links[-1].text_content() or "") is not None


def find_embeds(root: Element, source: str | None = None) -> dict[int, tuple[Element, str]]:
    """Outermost embed elements under ``root`` with their kind, keyed by ``id(element)``.

    Keyed by identity because hashing lxml proxies is slow; the dict keeps the proxies
    alive, and lxml hands out the same proxy for a node while one is alive, so ``id`` is a
    stable key for them.
    """
    found: dict[int, tuple[Element, str]] = {}
    for kind, xpath, markers in sel.EMBED_XPATHS:
        if source is not None and not any(m in source for m in markers):
            continue
        for el in root.xpath(xpath):
            if isinstance(el, etree._Element) and id(el) not in found:
                found[id(el)] = (el, kind)
    plain = (
        []
        if source is not None and "/status" not in source
        else root.xpath(sel.PLAIN_BLOCKQUOTE_XPATH)
    )
    for el in plain:
        if isinstance(el, etree._Element) and id(el) not in found and _looks_like_embed(el):
            found[id(el)] = (el, "blockquote")
    return {
        key: value
        for key, value in found.items()
        if not any(id(a) in found for a in value[0].iterancestors())
    }


def embed_ids(el: Element) -> set[str]:
    """The post id(s) an embed element names: data attributes, iframe ``id=``, its last status link."""
    ids: set[str] = set()
    last_status: str | None = None
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        for attr in ("data-tweet-id", "data-tweetid"):
            value = node.get(attr)
            if value:
                m = sel.STATUS_URL.search(value)
                ids.update([m["id"]] if m else re.findall(r"\d{1,20}", value)[:1])
        src = node.get("src") or ""
        m = sel.EMBED_IFRAME_ID.search(src)
        if m:
            ids.add(m.group(1))
        href = node.get("href") or ""
        m = sel.STATUS_URL.search(href)
        if m:
            last_status = m["id"]
    if last_status:
        ids.add(last_status)
    return ids


def fragment_embeds(fragment: str) -> list[tuple[Element, str]]:
    """Embeds inside an HTML fragment taken from a script or a textarea, in document order."""
    if len(fragment) > _MAX_FRAGMENT_CHARS or "<" not in fragment:
        return []
    try:
        root = lxml.html.document_fromstring(
            fragment.encode("utf-8", "replace"), parser=_FRAGMENT_PARSER
        )
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return []
    found = find_embeds(root)
    return [found[id(el)] for el in root.iter() if id(el) in found]


_FRAGMENT_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, no_network=True)


def _json_string_bounds(text: str, hit: int) -> tuple[int, int] | None:
    """Start and end quote of the JSON string literal containing index ``hit``."""

    def unescaped(j: int) -> bool:
        k = j
        while k > 0 and text[k - 1] == "\\":
            k -= 1
        return (j - k) % 2 == 0

    start = hit
    while True:
        start = text.rfind('"', 0, start)
        if start < 0:
            return None
        if unescaped(start):
            break
    end = hit
    while True:
        end = text.find('"', end)
        if end < 0:
            return None
        if unescaped(end):
            return start, end
        end += 1


def json_state_fragments(script: str) -> Iterator[str]:
    """HTML strings escaped inside a script's JSON that contain an embed (Reuters, TOI, TechCrunch)."""
    done_until = -1
    count = 0
    for attempt, m in enumerate(sel.EMBED_HINT.finditer(script)):
        if attempt >= _MAX_JSON_ATTEMPTS:
            return  # each attempt may scan the script once: bounded work on hostile pages
        if m.start() < done_until:
            continue
        bounds = _json_string_bounds(script, m.start())
        if bounds is None:
            continue
        start, end = bounds
        done_until = end
        try:
            value = json.loads(script[start : end + 1])
        except ValueError:
            continue
        if isinstance(value, str) and "<" in value:
            yield value
            count += 1
            if count >= _MAX_JSON_FRAGMENTS:
                return
