"""Parse stage, HTML part: one pass over the lxml tree into paragraphs, embeds and one text.

Iterative (``etree.iterwalk``), never recursive, so deeply nested markup costs no Python
stack; libxml2 itself caps the tree depth. Embeds hidden from the DOM — a consent manager's
``<textarea>`` or HTML escaped inside page-state JSON — are re-parsed as small fragments.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TypeAlias

import lxml.html  # type: ignore[import-untyped]  # lxml ships no type information
from lxml import etree

from verifier import selectors as sel
from verifier.datestrings import parse_date_prefix
from verifier.model import EmbedMarkup, Paragraph, Span
from verifier.textnorm import normalize

_LINK_OPEN = "\ue000"
_LINK_CLOSE = "\ue001"
_WS = re.compile(r"\s+")
_MAX_JSON_FRAGMENTS = 50
_MAX_FRAGMENT_CHARS = 2 * 1024 * 1024

# lxml has no stubs: elements are typed loosely, checked with isinstance where it matters.
Element: TypeAlias = Any


@dataclass(frozen=True, slots=True)
class WalkResult:
    """What one walk over a page produced."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    embeds: tuple[EmbedMarkup, ...]
    first_heading: str | None


def _tag(el: Element) -> str:
    tag = el.tag
    return tag.lower() if isinstance(tag, str) else ""


def _ws(s: str | None) -> str:
    """HTML whitespace collapsing; most text nodes need none, so test before the regex."""
    if not s:
        return ""
    if "\n" in s or "\t" in s or "  " in s or "\r" in s:
        return _WS.sub(" ", s)
    return s


def _img_text(el: Element) -> str:
    """Emoji images (WordPress ``img.emoji``, X ``img.Emoji``) stand for their alt text."""
    alt = el.get("alt") or ""
    classes = (el.get("class") or "").lower()
    if alt and ("emoji" in classes or "smiley" in classes or (len(alt) <= 8 and not re.search(r"[A-Za-z]", alt))):
        return alt
    return ""


# --- embed elements ----------------------------------------------------------------------


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
    plain = [] if source is not None and "/status" not in source else root.xpath(sel.PLAIN_BLOCKQUOTE_XPATH)
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


def _fragment_embeds(fragment: str) -> list[tuple[Element, str]]:
    """Embeds inside an HTML fragment taken from a script or a textarea, in document order."""
    if len(fragment) > _MAX_FRAGMENT_CHARS or "<" not in fragment:
        return []
    try:
        root = lxml.html.document_fromstring(fragment.encode("utf-8", "replace"), parser=_FRAGMENT_PARSER)
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
    for m in sel.EMBED_HINT.finditer(script):
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


# --- text of a subtree -----------------------------------------------------------------


def subtree_text(el: Element) -> str:
    """Visible text of one element: blocks on their own lines, ``<br>`` as a line break."""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        line = normalize("".join(buf))
        buf.clear()
        if line:
            lines.append(line)

    walker = etree.iterwalk(el, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if event in ("comment", "pi"):
            buf.append(_ws(node.tail))
            continue
        tag = _tag(node)
        if event == "start":
            if node is not el and tag in sel.SKIP_TAGS:
                walker.skip_subtree()
                continue
            if tag in sel.BLOCK_KIND:
                flush()
            elif tag == "br":
                buf.append("\n")
            elif tag == "img":
                buf.append(_img_text(node))
            buf.append(_ws(node.text))
        else:
            if node is el:
                break
            if tag in sel.BLOCK_KIND:
                flush()
            buf.append(_ws(node.tail))
    flush()
    return normalize("\n".join(lines))


# --- the document walk -------------------------------------------------------------------


@dataclass
class _Walk:
    embed_kinds: dict[int, tuple[Element, str]]
    status_links: dict[int, Element]
    dom_ids: set[str]
    parts: list[str] = field(default_factory=list)
    length: int = 0
    paragraphs: list[Paragraph] = field(default_factory=list)
    embeds: list[EmbedMarkup] = field(default_factory=list)
    buf: list[str] = field(default_factory=list)
    links: list[Element] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    deferred: list[Element] = field(default_factory=list)
    json_ids: set[str] = field(default_factory=set)
    first_heading: str | None = None

    def add(self, s: str, kind: str) -> Span:
        start = self.length + (1 if self.parts else 0)
        self.parts.append(s)
        self.length = start + len(s)
        span = Span(start, self.length)
        self.paragraphs.append(Paragraph(span, kind))  # type: ignore[arg-type]
        return span

    def flush(self) -> None:
        if not self.buf:
            return
        raw = "".join(self.buf)
        self.buf.clear()
        if not self.links and (not raw or raw.isspace()):
            return  # most block boundaries carry only the source's indentation
        links, self.links = self.links, []
        text = normalize(raw)
        positions: list[int] = []
        if links:
            chars: list[str] = []
            for ch in text:
                if ch == _LINK_OPEN:
                    positions.append(len(chars))
                elif ch != _LINK_CLOSE:
                    chars.append(ch)
            text = "".join(chars)
            again = normalize(text)
            if again != text:  # an empty link left a double space behind
                text = again
                positions = [min(p, len(text)) for p in positions]
        kind = self.kinds[-1] if self.kinds else "text"
        if text:
            span = self.add(text, kind)
            if kind == "title" and self.first_heading is None:
                self.first_heading = text
            base = span.start
        else:
            base = self.length
        for i, link in enumerate(links):
            pos = positions[i] if i < len(positions) else len(text)
            html = etree.tostring(link, encoding="unicode", method="html", with_tail=False)
            self.embeds.append(EmbedMarkup("status-link", html, Span(base + pos, base + pos)))

    def embed(self, el: Element, kind: str) -> None:
        self.flush()
        text = subtree_text(el)
        span = self.add(text, "embed") if text else Span(self.length, self.length)
        html = etree.tostring(el, encoding="unicode", method="html", with_tail=False)
        self.embeds.append(EmbedMarkup(kind, html, span))

    def hidden_embeds(self, source: str, kind: str) -> None:
        """Embeds re-parsed from a script's JSON state or a consent textarea."""
        fragments = json_state_fragments(source) if kind == "json-state" else iter((source,))
        for fragment in fragments:
            for node, _ in _fragment_embeds(fragment):
                ids = embed_ids(node)
                if ids and (ids & self.dom_ids or ids & self.json_ids):
                    continue  # the same post is already a DOM embed (Reuters keeps both)
                self.json_ids |= ids
                self.embed(node, kind)

    def run(self, root: Element) -> None:
        # The hot loop of the parse stage: one pass of lxml events, names bound locally.
        suppress = 0
        content_depth = 0
        chrome: list[Element] = []
        embed_kinds, status_links = self.embed_kinds, self.status_links
        append = self.buf.append
        skip_tags, block_kind = sel.SKIP_TAGS, sel.BLOCK_KIND
        chrome_tags, page_chrome, content_roots = sel.CHROME_TAGS, sel.PAGE_CHROME_TAGS, sel.CONTENT_ROOT_TAGS
        walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
        for event, el in walker:
            if event == "comment" or event == "pi":
                if el.tail and not suppress:
                    append(_ws(el.tail))
                continue
            tag = el.tag
            tag = tag.lower() if isinstance(tag, str) else ""
            if event == "start":
                key = id(el)
                if key in embed_kinds:
                    self.embed(el, embed_kinds[key][1])
                    walker.skip_subtree()
                    continue
                if tag in skip_tags:
                    self._skipped(el, tag)
                    walker.skip_subtree()
                    continue
                if tag in content_roots:
                    content_depth += 1
                if tag in chrome_tags or (tag in page_chrome and content_depth == 0):
                    chrome.append(el)
                    suppress += 1
                if tag in block_kind:
                    self.flush()
                    self.kinds.append(block_kind[tag])
                elif tag == "br":
                    append("\n")
                elif tag == "img" and not suppress:
                    append(_img_text(el))
                elif tag == "a" and key in status_links and not suppress:
                    append(_LINK_OPEN)
                    self.links.append(el)
                if el.text and not suppress:
                    append(_ws(el.text))
                continue
            if id(el) not in embed_kinds and tag not in skip_tags:
                if tag == "a" and any(link is el for link in self.links):
                    append(_LINK_CLOSE)
                if tag in block_kind:
                    self.flush()
                    self.kinds.pop()
                if chrome and chrome[-1] is el:
                    chrome.pop()
                    suppress -= 1
                if tag in content_roots:
                    content_depth -= 1
            if el.tail and not suppress:
                append(_ws(el.tail))
        self.flush()
        for script in self.deferred:
            self.hidden_embeds(script.text or "", "json-state")

    def _skipped(self, el: Element, tag: str) -> None:
        if tag == "script":
            if (el.get("type") or "").lower() != "application/ld+json" and sel.EMBED_HINT.search(el.text or ""):
                self.flush()
                self.hidden_embeds(el.text or "", "json-state")
        elif tag == "textarea":
            raw = el.text or ""
            if sel.EMBED_HINT.search(raw) or "/status/" in raw:
                self.flush()
                self.hidden_embeds(raw, "consent-placeholder")
        elif tag == "head":
            # Head scripts have no position in the text: their embeds go at the end.
            self.deferred.extend(
                s for s in el.iter("script") if sel.EMBED_HINT.search(s.text or "")
            )


def walk_document(root: Element, source: str | None = None) -> WalkResult:
    """Walk a parsed page once; see the module docstring.

    ``source``, the page's markup lowercased, lets selectors whose marker string is absent
    from the page be skipped.
    """
    embed_kinds = find_embeds(root, source)
    status_links = {
        id(a): a
        for a in root.xpath(sel.STATUS_LINK_XPATH)
        if isinstance(a, etree._Element)
        and sel.STATUS_URL.search(a.get("href") or "")
        and not any(id(anc) in embed_kinds for anc in a.iterancestors())
    }
    # Ids already shown with text in the DOM; a text-less DOM embed (rendered iframe) still
    # lets the page-state copy in, and the detector merges the two on the id.
    dom_ids: set[str] = set()
    for el, _kind in embed_kinds.values():
        if el.text_content().strip():
            dom_ids |= embed_ids(el)
    walk = _Walk(embed_kinds, status_links, dom_ids)
    walk.run(root)
    return WalkResult(
        text="\n".join(walk.parts),
        paragraphs=tuple(walk.paragraphs),
        embeds=tuple(walk.embeds),
        first_heading=walk.first_heading,
    )
