"""Parse stage, HTML part: where a page's embeds are, including the hidden ones.

Embed elements are found with the XPath table in ``selectors``. Embeds hidden from the DOM —
a consent manager's ``<textarea>``, HTML escaped inside page-state JSON (Reuters, Times of
India, TechCrunch; formats/README §1.5), or embeds the JSON names as data (``pagestate``) — are
re-parsed as small fragments.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, NamedTuple, TypeAlias
from urllib.parse import parse_qs, unquote, urlsplit

import lxml.html  # type: ignore[import-untyped]  # lxml ships no type information
from lxml import etree

from verifier.lang.dates.strings import parse_date_prefix
from verifier.parse import selectors as sel
from verifier.parse.pagestate import PAGE_STATE_KIND, PAGE_STATE_TAG, page_state_fragments

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


class PostRef(NamedTuple):
    """A post named by a URL: its platform, id, the handle the URL shows, a canonical URL."""

    platform: str
    post_id: str
    handle: str | None
    url: str


def _query_url(url: str, names: tuple[str, ...] = ("url", "href")) -> str | None:
    """The URL carried in a query parameter (plugin iframes, iframely, Drupal /media/oembed)."""
    query = parse_qs(urlsplit(url.replace("&amp;", "&")).query)
    for name in names:
        if query.get(name):
            return unquote(query[name][0])
    return None


def _x_ref(url: str) -> PostRef | None:
    m = sel.STATUS_URL.search(url)
    if m is None:
        return None
    handle = m["handle"] if m["handle"] and m["handle"].lower() != "i" else None
    return PostRef("x", m["id"], handle, f"https://x.com/{handle or 'i'}/status/{m['id']}")


def _bluesky_ref(url: str) -> PostRef | None:
    m = sel.BLUESKY_EMBED_URL.search(url) or sel.BLUESKY_URI.search(url)
    actor = m["did"] if m else None
    if m is None:
        m = sel.BLUESKY_URL.search(url)
        actor = m["actor"] if m else None
    if m is None or actor is None:
        return None
    handle = None if actor.startswith("did:") else actor
    return PostRef(
        "bluesky", m["rkey"], handle, f"https://bsky.app/profile/{actor}/post/{m['rkey']}"
    )


def _meta_ref(url: str) -> PostRef | None:
    """Threads, Instagram, Facebook (plugin iframes carry the post URL in ``href=``)."""
    m = sel.THREADS_URL.search(url)
    if m is not None:
        code = m["code"]
        return PostRef(
            "threads", code, m["user"], f"https://www.threads.com/@{m['user']}/post/{code}"
        )
    m = sel.INSTAGRAM_URL.search(url)
    if m is not None:
        return PostRef("instagram", m["code"], None, f"https://www.instagram.com/p/{m['code']}/")
    if "facebook.com/" in url and "/plugins/" in url:
        url = _query_url(url) or url
    m = sel.FACEBOOK_URL.search(url)
    if m is not None:
        page, pid = m["page"], m["id"]
        # Videos keep their path: Meta's oEmbed looks them up at another endpoint.
        kind = "videos" if "/videos/" in m.group(0) else "posts"
        return PostRef("facebook", pid, page, f"https://www.facebook.com/{page}/{kind}/{pid}/")
    return None


def _other_ref(url: str) -> PostRef | None:
    m = sel.YOUTUBE_URL.search(url)
    if m is not None:
        vid = m["id"]
        return PostRef("youtube", vid, None, f"https://www.youtube.com/watch?v={vid}")
    m = sel.LINKEDIN_URL.search(url)
    if m is not None:
        urn = m["urn"] or f"urn:li:{m['kind']}:{m['id']}"
        return PostRef("linkedin", urn, None, f"https://www.linkedin.com/feed/update/{urn}/")
    m = sel.MASTODON_URL.search(url)  # last: any host may run Mastodon
    if m is not None:
        handle = f"{m['user']}@{m['host']}"
        return PostRef("mastodon", m["id"], handle, f"https://{m['host']}/@{m['user']}/{m['id']}")
    return None


def post_ref(url: str) -> PostRef | None:
    """The post a URL names on any supported platform, else ``None`` (a profile, an article)."""
    url = url.strip()
    if not url:
        return None
    inner = _query_url(url) if "/media/oembed" in url or "iframe.ly/" in url else None
    for candidate in (inner, url):
        if candidate:
            for resolve in (_x_ref, _bluesky_ref, _meta_ref, _other_ref):
                ref = resolve(candidate)
                if ref is not None:
                    return ref
    return None


def wrapper_target(el: Element) -> PostRef | None:
    """The post an embed wrapper (iframely, embedly, WordPress or Drupal block) stands for.

    Places tried in order: ``data-embedded-url``; links and iframes inside (``href``,
    ``src``/``data-src`` with their ``url=`` parameter, ``data-iframely-url``); the text of
    an unrendered WordPress block, which is the bare URL.
    """
    candidates = [el.get("data-embedded-url") or ""]
    for node in el.iter():
        if isinstance(node.tag, str):
            for name in ("href", "src", "data-src", "data-iframely-url"):
                value = node.get(name)
                if value:
                    candidates.append(value)
    candidates.append(" ".join(el.text_content().split()))
    for candidate in candidates:
        ref = post_ref(candidate) if candidate else None
        if ref is not None:
            return ref
    return None


def _iframe_post(el: Element) -> bool:
    return any(post_ref(el.get(name) or "") for name in ("src", "data-src"))


def wrapper_target_html(html: str) -> PostRef | None:
    """``wrapper_target`` of a serialised embed element (as ``EmbedMarkup.html`` keeps it)."""
    try:
        el = lxml.html.fragment_fromstring(html, create_parent=False, parser=_FRAGMENT_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return wrapper_target(el) if isinstance(el, etree._Element) else None


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
            if not isinstance(el, etree._Element) or id(el) in found:
                continue
            # A link card for an article is not a post, nor a channel's live player: wrappers
            # and platform iframes count only when they name a post.
            if kind in sel.WRAPPER_KINDS and wrapper_target(el) is None:
                continue
            if kind in sel.PLATFORM_OF_KIND and el.tag == "iframe" and not _iframe_post(el):
                continue
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
    for el in root.iter(PAGE_STATE_TAG):
        if post_ref(el.get("data-post-url") or "") is not None:
            found[id(el)] = (el, PAGE_STATE_KIND)
    return [found[id(el)] for el in root.iter() if id(el) in found]


def embed_markup(fragment: str) -> list[tuple[str, str]]:
    """``fragment_embeds`` as ``(kind, markup)`` pairs (an oEmbed answer's ``html``, read by
    stages that keep away from lxml)."""
    return [
        (kind, etree.tostring(el, encoding="unicode", method="html", with_tail=False))
        for el, kind in fragment_embeds(fragment)
    ]


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
    """HTML strings escaped inside a script's JSON that contain an embed (Reuters, TOI,
    TechCrunch), then the embeds its JSON names as data (``pagestate``)."""
    yield from _escaped_html(script)
    yield from page_state_fragments(script)


def _escaped_html(script: str) -> Iterator[str]:
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
