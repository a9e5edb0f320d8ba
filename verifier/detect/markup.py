"""Detect stage, markup part: one ``EmbedMarkup`` fragment into post drafts (BeautifulSoup).

The fragments are small (one embed each), which is where BeautifulSoup's convenience is
worth its cost (DESIGN.md speed budget). Field rules follow ``../shared/formats/README.md``
§1: the status id from the last status link (or ``data-tweet-id``/``data-tweetid``/iframe
``id=``), text from the ``<p>`` blocks with ``<br>`` as newlines, the footer
``— Name (@handle) Date`` after them, media links kept apart from the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bs4 import BeautifulSoup
from bs4.element import Tag

from verifier.detect.draft import Found, canonical_url, clean_name, leading_mention, split_media
from verifier.detect.fragment import attr as _attr
from verifier.detect.fragment import block_text
from verifier.detect.fragment import classes as _classes
from verifier.detect.platforms import other_platform_posts
from verifier.lang.dates.strings import parse_date_prefix
from verifier.lang.textnorm import normalize
from verifier.model import EmbedMarkup, Skipped, Span
from verifier.parse import selectors as sel
from verifier.parse.embedfind import fragment_embeds
from verifier.parse.pagestate import PAGE_STATE_KIND

MAX_FRAGMENT_CHARS = 200_000
"""One embed's markup is a few KB; BeautifulSoup is not run on anything near page size."""
_TWEET_CLASSES = frozenset(("twitter-tweet", "twitter-video"))
HIDDEN_KINDS = frozenset(("json-state", "consent-placeholder"))
"""Embeds the parse stage found in a script's JSON state or a consent ``<textarea>``."""


def _status_links(root: Tag) -> list[tuple[Tag, re.Match[str]]]:
    out: list[tuple[Tag, re.Match[str]]] = []
    for a in root.find_all("a", href=True):
        m = sel.STATUS_URL.search(_attr(a, "href"))
        if m is not None:
            out.append((a, m))
    return out


def _container_id(root: Tag) -> tuple[str | None, str | None]:
    """Post id (and handle) from attributes: amp ``data-tweetid`` (digits or a whole URL),
    widget ``data-tweet-id``, iframe ``src`` ``id=``."""
    for tag in [root, *root.find_all(True)]:
        for name in ("data-tweetid", "data-tweet-id"):
            value = _attr(tag, name)
            if value:
                m = sel.STATUS_URL.search(value)
                if m is not None:
                    return m["id"], m["handle"]
                digits = re.search(r"\d{1,20}", value)
                if digits:
                    return digits.group(0), None
        m2 = sel.EMBED_IFRAME_ID.search(_attr(tag, "src"))
        if m2 is not None:
            return m2.group(1), None
    return None, None


def _is_tweet_blockquote(tag: Tag) -> bool:
    return tag.name == "blockquote" and (
        bool(_classes(tag) & _TWEET_CLASSES)
        or bool(tag.get("data-twitter"))
        or bool(_status_links(tag))
    )


def _x_post(root: Tag, em: EmbedMarkup, order: int, depth: int = 0) -> list[Found]:
    span = em.span if em.span.end > em.span.start else None
    bq = root if _is_tweet_blockquote(root) else root.find(_is_tweet_blockquote)
    container_id, container_handle = _container_id(root)
    if not isinstance(bq, Tag):
        if container_id is None:
            return []
        return [
            Found(
                text="",
                origin=em.kind,
                pos=em.span.start,
                order=order,
                post_id=container_id,
                handle=container_handle,
                span=span,
            )
        ]
    quoted: list[Found] = []
    # A blockquote inside the embed is the post it quotes; one level is enough (bounded work).
    for inner in bq.find_all(_is_tweet_blockquote, limit=1) if depth == 0 else ():
        inner_em = EmbedMarkup(em.kind, "", Span(em.span.start, em.span.start))
        quoted.extend(_x_post(inner.extract(), inner_em, order + 1 + len(quoted), depth + 1))
    links = _status_links(bq)
    date_link = links[-1] if links else None
    post_id = date_link[1]["id"] if date_link else container_id
    url_handle = date_link[1]["handle"] if date_link else container_handle
    full = block_text(bq)
    sig = None
    for m in sel.SIGNATURE.finditer(full):
        sig = m
    text = full[: sig.start()] if sig is not None else full
    date = None
    raw = ""
    if date_link is not None:
        raw = normalize(date_link[0].get_text())
        parsed = parse_date_prefix(raw)
        date = parsed[0] if parsed else None
    if date is None and sig is not None:
        parsed = parse_date_prefix(sig["rest"])
        if parsed:
            date, raw = parsed[0], sig["rest"][: parsed[1]].strip()
    body, media = split_media(text)
    if post_id is None and not body and sig is None:
        return quoted  # nothing to know this post by
    p = bq.find("p", attrs={"lang": True})
    handle = (
        sig["handle"]
        if sig is not None
        else (url_handle if url_handle and url_handle.lower() != "i" else None)
    )
    notes: list[str] = []
    if sig is None and handle:
        notes.append("handle taken from the status link only (unverified)")
    found = Found(
        text=body,
        origin=em.kind,
        pos=em.span.start,
        order=order,
        post_id=post_id,
        author_name=clean_name(sig["name"]) if sig is not None else None,
        handle=handle,
        shown_date=date,
        shown_date_raw=raw,
        lang=_attr(p, "lang").lower() if isinstance(p, Tag) else None,
        media=media,
        span=span,
        in_reply_to=leading_mention(body),
        notes=notes,
    )
    for _a, m in links[:-1]:
        if m["id"] != post_id:  # a status link inside the text: the post quotes it
            found.quotes_id = m["id"]
            quoted.append(
                Found(
                    text="",
                    origin="quoted-link",
                    pos=em.span.start,
                    order=order + 1,
                    post_id=m["id"],
                    handle=m["handle"],
                )
            )
            break
    if quoted and found.quotes_id is None:
        found.quotes_id = quoted[0].post_id
    return [found, *quoted]


def _hidden_kind(em: EmbedMarkup) -> str:
    """The embed kind of a fragment taken from a script or a textarea (its own markup decides:
    an Instagram blockquote in page JSON is read as Instagram, not as X)."""
    found = fragment_embeds(em.html)
    return found[0][1] if found else em.kind


def posts_from_markup(em: EmbedMarkup, order: int) -> tuple[list[Found], list[Skipped]]:
    """Drafts for one embed fragment (the post, then any post it quotes), or a ``Skipped``."""
    if len(em.html) > MAX_FRAGMENT_CHARS:
        return [], [
            Skipped(what=f"{em.kind} embed", why=f"markup too large ({len(em.html):,} characters)")
        ]
    soup = BeautifulSoup(em.html, "lxml")
    body = soup.body if soup.body is not None else soup
    root = next((c for c in body.children if isinstance(c, Tag)), None)
    if root is None:
        return [], [Skipped(what=f"{em.kind} embed", why="empty markup")]
    if em.kind == "status-link":
        m = sel.STATUS_URL.search(_attr(root, "href"))
        if m is None:
            return [], [Skipped(what="status link", why="no status id in the link")]
        handle = m["handle"] if m["handle"] and m["handle"].lower() != "i" else None
        return [
            Found(
                text="",
                origin="status-link",
                pos=em.span.start,
                order=order,
                post_id=m["id"],
                handle=handle,
                url=canonical_url(handle, m["id"]),
            )
        ], []
    kind = _hidden_kind(em) if em.kind in HIDDEN_KINDS else em.kind
    if kind in sel.PLATFORM_OF_KIND or kind in sel.WRAPPER_KINDS or kind == PAGE_STATE_KIND:
        found = other_platform_posts(root, replace(em, kind=kind), order)
        for f in found:
            f.origin = em.kind  # where the page kept it (json-state, consent-placeholder)
    else:
        found = _x_post(root, em, order)
    if not found:
        snippet = normalize(root.get_text(" "))[:60]
        return [], [
            Skipped(
                what=f"{em.kind} embed {snippet!r}", why="no post id or text found in the markup"
            )
        ]
    return found, []
