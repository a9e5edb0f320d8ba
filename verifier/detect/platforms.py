"""Detect stage, other platforms: Bluesky, Mastodon, Threads, Instagram, Facebook, YouTube and
LinkedIn embeds, and the wrappers that embed any of them (iframely, embedly, WordPress and
Drupal embed blocks), as post drafts.

Each reader takes what the platform's embed code shows (samples and their pages:
``tests/data/embeds/<platform>/PROVENANCE.md``). Footers are found by their shape — the
``(@handle)``, a link to the account, a ``<time>`` — never by their words, which are in the
page's language: "Ein Beitrag geteilt von … am 23. Okt 2017" is Instagram's footer, not the
post. Embeds that show no text (Mastodon, Threads, LinkedIn, iframes, AMP components, posts a
page names only in its JSON state) still give the post's id, handle and URL, which
``--confirm`` uses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from bs4.element import Tag

from verifier.detect.draft import Found, clean_name
from verifier.detect.fragment import attr, block_text
from verifier.lang.dates.strings import parse_date_prefix
from verifier.lang.textnorm import normalize
from verifier.model import EmbedMarkup
from verifier.parse import selectors as sel
from verifier.parse.embedfind import PostRef, post_ref, wrapper_target_html
from verifier.parse.pagestate import PAGE_STATE_KIND

_BLUESKY_FOOTER = re.compile(
    # the name runs to the first "(@": no lazy run beside \s* to backtrack over a long line
    r"[—–-]{1,2}\s*(?P<name>(?:[^\n(]|\((?!\s*@))*)\(\s*@(?P<handle>[\w.:-]+)\s*\)\s*(?P<date>.*)$"
)
_AT_HANDLE = re.compile(r"\(\s*@(?P<handle>[\w.]+)\s*\)")
_DATE_WORDS = 4
"""Words (a connective such as "on", "am", "le", "paylaştı:") tried before a footer date."""


def _found(em: EmbedMarkup, order: int, ref: PostRef) -> Found:
    span = em.span if em.span.end > em.span.start else None
    return Found(
        text="",
        origin=em.kind,
        pos=em.span.start,
        order=order,
        platform=ref.platform,
        post_id=ref.post_id,
        handle=ref.handle,
        url=ref.url,
        span=span,
    )


def _first_ref(root: Tag, names: tuple[str, ...]) -> PostRef | None:
    """The first post URL in the root's (then its descendants') attributes ``names``."""
    for tag in [root, *root.find_all(True)]:
        for name in names:
            value = attr(tag, name)
            ref = post_ref(value) if value else None
            if ref is not None:
                return ref
    return None


def _date_after(text: str) -> tuple[dt.date, str] | None:
    """A date in a footer tail, after at most a few connecting words in any language."""
    starts = [0, *(m.end() for m in re.finditer(r"\S+\s+", text))][: _DATE_WORDS + 1]
    for start in starts:
        parsed = parse_date_prefix(text[start:])
        if parsed is not None:
            return parsed[0], text[start : start + parsed[1]].strip()
    return None


def _set_date(found: Found, when: tuple[dt.date, str] | None) -> None:
    if when is not None:
        found.shown_date, found.shown_date_raw = when


def _bluesky(root: Tag, em: EmbedMarkup, order: int) -> list[Found]:
    ref = post_ref(attr(root, "data-bluesky-uri")) or _first_ref(root, ("src", "href"))
    if ref is None or ref.platform != "bluesky":
        return []
    found = _found(em, order, ref)
    full = block_text(root)
    lines = full.split("\n")
    footer = _BLUESKY_FOOTER.match(lines[-1]) if full else None
    body = "\n".join(lines[:-1]) if footer else full
    # "[image or embed]" is the link text standing in for attached media.
    found.text = normalize(body.replace("[image or embed]", ""))
    if footer is not None:
        found.author_name = clean_name(footer["name"])
        found.handle = footer["handle"]
        _set_date(found, _date_after(footer["date"]))
    p = root.find("p", attrs={"lang": True})
    found.lang = attr(p, "lang").lower() or None if isinstance(p, Tag) else None
    return [found]


def _time_tag_date(time: Tag) -> tuple[dt.date, str] | None:
    """The UTC day of a ``<time datetime="…">`` and the words it shows."""
    try:
        when = dt.datetime.fromisoformat(attr(time, "datetime"))
    except ValueError:
        return None
    if when.tzinfo is None:
        return None  # a local time without its zone cannot give the UTC day
    return when.astimezone(dt.UTC).date(), normalize(time.get_text(" "))


def _instagram_footer(p: Tag, found: Found) -> bool:
    """Read a footer paragraph ("<prefix> Name (@handle) <on> <date>"); False if it is not one."""
    line = normalize(p.get_text(" "))
    handle = _AT_HANDLE.search(line)
    time = p.find("time")
    if handle is None and not isinstance(time, Tag):
        return False
    if handle is not None:
        found.handle = handle["handle"]
        profile = next(
            (
                a
                for a in p.find_all("a", href=True)
                if sel.INSTAGRAM_URL.search(attr(a, "href")) is None
            ),
            None,
        )
        if isinstance(profile, Tag):  # v12: the name is the profile link's text
            found.author_name = clean_name(profile.get_text(" "))
        else:  # v14: one link "<prefix> Name (@handle)"
            name = line[: handle.start()]
            prefix = next((x for x in sel.INSTAGRAM_FOOTER_PREFIXES if name.startswith(x)), None)
            found.author_name = clean_name(name[len(prefix) :]) if prefix else None
        tail = line[handle.end() :]
    else:
        tail = line
    when = _time_tag_date(time) if isinstance(time, Tag) else None
    if when is not None:  # the machine-readable instant wins over the localised words
        found.shown_date, found.shown_date_raw = when
    else:
        _set_date(found, _date_after(tail))
    return True


def _shortcode_ref(root: Tag) -> PostRef | None:
    """AMP's ``<amp-instagram data-shortcode="CODE">``: the post's code and nothing else."""
    code = attr(root, "data-shortcode").strip()
    ok = re.fullmatch(r"[A-Za-z0-9_-]{1,64}", code)
    return post_ref(f"https://www.instagram.com/p/{code}/") if ok else None


def _instagram(root: Tag, em: EmbedMarkup, order: int) -> list[Found]:
    ref = (
        post_ref(attr(root, "data-instgrm-permalink"))
        or _first_ref(root, ("src", "href"))
        or _shortcode_ref(root)
    )
    if ref is None or ref.platform != "instagram":
        return []
    found = _found(em, order, ref)
    paragraphs = root.find_all("p")
    caption: list[str] = []
    for p in paragraphs:
        if p is paragraphs[-1] and _instagram_footer(p, found):
            continue
        line = normalize(p.get_text(" "))
        if line and "View this post on Instagram" not in line:
            caption.append(line)
    found.text = "\n\n".join(caption)
    return [found]


def _facebook_footer(block: Tag, page: str | None, found: Found) -> Tag | None:
    """The element holding "<Posted by> <a>Page</a> <on date>", in any language: the one with
    the link to the page itself (not to the post)."""
    for a in block.find_all("a", href=True):
        href = attr(a, "href").split("?")[0].rstrip("/")
        if page and href.lower().endswith(f"facebook.com/{page.lower()}"):
            found.author_name = clean_name(a.get_text(" "))
            holder = a.parent if isinstance(a.parent, Tag) and a.parent.name == "p" else a
            tail = "".join(
                s.get_text(" ") if isinstance(s, Tag) else str(s) for s in a.next_siblings
            )
            when = _date_after(normalize(tail))
            _set_date(found, when)
            if when is None and normalize(tail):
                found.notes.append(f"footer date not read: {normalize(tail)!r}")
            return holder
    return None


def _facebook(root: Tag, em: EmbedMarkup, order: int) -> list[Found]:
    ref = post_ref(attr(root, "data-href")) or _first_ref(root, ("src", "cite", "href"))
    if ref is None or ref.platform != "facebook":
        return []
    found = _found(em, order, ref)
    block = root.find("blockquote") or root
    footer = _facebook_footer(block, ref.handle, found) if isinstance(block, Tag) else None
    parts = []
    for p in root.find_all("p"):
        if footer is not None and (p is footer or footer in p.descendants):
            continue
        line = normalize(block_text(p))
        if line:
            parts.append(line)
    found.text = "\n\n".join(parts)
    return [found]


def _by_url(
    platform: str, names: tuple[str, ...]
) -> Callable[[Tag, EmbedMarkup, int], list[Found]]:
    """Embeds that show no post text: the post is what their URL names."""

    def read(root: Tag, em: EmbedMarkup, order: int) -> list[Found]:
        ref = _first_ref(root, names)
        video = attr(root, "data-videoid").strip()  # <amp-youtube data-videoid="ID">
        if ref is None and platform == "youtube" and video:
            ref = post_ref(f"https://www.youtube.com/embed/{video}")
        if ref is None or ref.platform != platform:
            return []
        found = _found(em, order, ref)
        if platform == "youtube":
            frame = root if root.name == "iframe" else root.find("iframe")
            title = normalize(attr(frame, "title")) if isinstance(frame, Tag) else ""
            if title.casefold() not in sel.GENERIC_IFRAME_TITLES:
                found.text = title  # the video's title, as WordPress/oEmbed writes it
        return [found]

    return read


def _wrapper(root: Tag, em: EmbedMarkup, order: int) -> list[Found]:
    ref = wrapper_target_html(em.html)
    return [] if ref is None else [_found(em, order, ref)]


def _page_state(root: Tag, em: EmbedMarkup, order: int) -> list[Found]:
    """A post the page's JSON state names by URL only (``parse.pagestate``): id, handle, URL."""
    ref = post_ref(attr(root, "data-post-url"))
    return [] if ref is None else [_found(em, order, ref)]


_READERS: dict[str, Callable[[Tag, EmbedMarkup, int], list[Found]]] = {
    "bluesky": _bluesky,
    "instagram": _instagram,
    "facebook": _facebook,
    "mastodon": _by_url("mastodon", ("data-embed-url", "src", "href")),
    "threads": _by_url("threads", ("data-text-post-permalink", "href")),
    "youtube": _by_url("youtube", ("src", "data-src")),
    "linkedin": _by_url("linkedin", ("src",)),
    PAGE_STATE_KIND: _page_state,
}


def other_platform_posts(root: Tag, em: EmbedMarkup, order: int) -> list[Found]:
    """Drafts for a non-X embed or a wrapper (empty when the markup names no post)."""
    read = _READERS.get(em.kind, _wrapper)
    return read(root, em, order)
