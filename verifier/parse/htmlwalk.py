"""Parse stage, HTML part: a parsed page into paragraphs, embed paragraphs and one text.

Embed elements (found by ``embedfind``) are swapped for placeholders, then one libxslt pass
writes the page as marked text. Nothing recurses in Python (embed subtrees are walked with
``etree.iterwalk``), so deep markup costs no Python stack; libxml2 caps the tree depth.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type information

from verifier.lang import textnorm
from verifier.lang.textnorm import normalize
from verifier.model import EmbedMarkup, Paragraph, Span
from verifier.parse import selectors as sel
from verifier.parse.embedfind import (
    Element,
    embed_ids,
    find_embeds,
    fragment_embeds,
    json_state_fragments,
)

# Blocks that carry the byline or the dateline rather than article prose.
_META_CLASS = re.compile(r"byline|author|dateline|timestamp|publish|updated", re.IGNORECASE)
MAX_EMBED_TEXT = 5000
"""Visible text of one embed, at most: X posts are 280 characters (long posts are cut with
"…" in embeds), Instagram captions up to 2,200; anything longer is broken markup."""
_WS = re.compile(r"\s+")


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
    if alt and (
        "emoji" in classes
        or "smiley" in classes
        or (len(alt) <= 8 and not re.search(r"[A-Za-z]", alt))
    ):
        return alt
    return ""


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
# The page becomes text in one libxslt pass (C) that marks block boundaries, line breaks,
# status links and embeds with private-use characters and drops scripts and page chrome;
# Python then only reads the marker tokens. A Python loop over every node cost ~10 ms on a
# 150 KB page, ten bare lxml parses (DESIGN.md speed budget); the transform costs ~0.5 ms.
_P_OPEN = "\ue001"  # followed by one kind letter
_P_CLOSE = "\ue002"
_BR = "\ue003"
_LINK = "\ue004"  # followed by the link's index, then _LINK_CLOSE
_LINK_CLOSE = "\ue007"
_EMBED_OPEN = "\ue005"  # followed by the embed's index, then _EMBED_CLOSE
_EMBED_CLOSE = "\ue006"
_LINK_MARK = re.compile("\ue004(\\d+)\ue007")
_TOKENS = re.compile("(\ue001.|\ue002|\ue005\\d*\ue006)", re.S)
_MANY_NEWLINES = re.compile(r"\n{3,}")
_LETTER_KIND = {"t": "title", "h": "heading", "q": "quote", "m": "meta", "x": "text"}
_EMBED_TAG = "vfy-embed"
_GROUP_TAG = "vfy-group"
_LINK_ATTR = "data-vfy-link"
_META_ATTR = "data-vfy-meta"  # set on byline/dateline blocks (the class test in XSLT was slow)
_TEXT_BLOCK_TAGS = frozenset(t for t, k in sel.BLOCK_KIND.items() if k == "text")
_META_WORDS = ("byline", "author", "dateline", "timestamp", "publish", "updated")

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWER = "abcdefghijklmnopqrstuvwxyz"
_TEXT_BLOCKS = "|".join(t for t, k in sel.BLOCK_KIND.items() if k == "text")
_CHROME = "|".join(sel.CHROME_TAGS)
_PAGE_CHROME = "|".join(
    f"{t}[not(ancestor::{' or ancestor::'.join(sorted(sel.CONTENT_ROOT_TAGS))})]"
    for t in sorted(sel.PAGE_CHROME_TAGS)
)
_EMOJI_TEST = (
    f"contains(translate(@class, '{_UPPER}', '{_LOWER}'), 'emoji') or contains(@class, 'smiley') or "
    f"(string-length(@alt) &lt;= 8 and translate(@alt, '{_UPPER}{_LOWER}', '') = @alt)"
)
_STYLESHEET = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="UTF-8"/>
<xsl:template match="{"|".join(sorted(sel.SKIP_TAGS))}"/>
<xsl:template match="{_EMBED_TAG}">&#xE005;<xsl:value-of select="@n"/>&#xE006;</xsl:template>
<xsl:template match="{_CHROME}|{_PAGE_CHROME}"><xsl:apply-templates select=".//{_EMBED_TAG}"/></xsl:template>
<xsl:template match="h1">&#xE001;t<xsl:apply-templates/>&#xE002;</xsl:template>
<xsl:template match="h2|h3|h4|h5|h6">&#xE001;h<xsl:apply-templates/>&#xE002;</xsl:template>
<xsl:template match="blockquote">&#xE001;q<xsl:apply-templates/>&#xE002;</xsl:template>
<xsl:template match="{_TEXT_BLOCKS}">&#xE001;x<xsl:apply-templates/>&#xE002;</xsl:template>
<xsl:template match="*[@{_META_ATTR}]">&#xE001;m<xsl:apply-templates/>&#xE002;</xsl:template>
<xsl:template match="br">&#xE003;</xsl:template>
<xsl:template match="img[@alt][{_EMOJI_TEST}]"><xsl:value-of select="@alt"/></xsl:template>
<xsl:template match="a[@{_LINK_ATTR}]">&#xE004;<xsl:value-of select="@{_LINK_ATTR}"/>&#xE007;<xsl:apply-templates/></xsl:template>
</xsl:stylesheet>"""
_TRANSFORM = etree.XSLT(etree.XML(_STYLESHEET))


def _prepared(marked: str) -> str:
    """The first steps of ``textnorm.normalize`` done once for the whole page: NFC (markers are
    starters, so per-paragraph NFC would give the same) and the character map."""
    if not unicodedata.is_normalized("NFC", marked):
        marked = unicodedata.normalize("NFC", marked)
    return textnorm.map_typography(marked)


def _spaces(raw: str) -> str:
    """The rest of ``normalize`` for one paragraph: HTML whitespace collapsing, ``<br>`` lines."""
    if _BR not in raw and "\n" not in raw:
        return " ".join(raw.split())
    lines = (" ".join(line.split()) for line in raw.replace("\n", " ").split(_BR))
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip("\n")


def _inside(el: Element, ids: Container[int]) -> bool:
    return any(id(a) in ids for a in el.iterancestors())


def _swap(el: Element, new: Element) -> None:
    """Put ``new`` where ``el`` is, keeping the text that follows ``el``."""
    parent = el.getparent()
    if parent is not None:
        new.tail = el.tail
        parent.replace(el, new)


@dataclass
class _Output:
    parts: list[str] = field(default_factory=list)
    length: int = 0
    paragraphs: list[Paragraph] = field(default_factory=list)
    embeds: list[EmbedMarkup] = field(default_factory=list)
    first_heading: str | None = None

    def add(self, s: str, kind: str) -> Span:
        start = self.length + (1 if self.parts else 0)
        self.parts.append(s)
        self.length = start + len(s)
        span = Span(start, self.length)
        self.paragraphs.append(Paragraph(span, kind))  # type: ignore[arg-type]
        if kind == "title" and self.first_heading is None:
            self.first_heading = s
        return span

    def block(self, raw: str, kind: str, links: list[str]) -> None:
        """One paragraph from its marked-up raw text (already NFC and translated, see
        ``_prepared``); status links get empty spans where their text starts."""
        if _LINK not in raw:
            text = _spaces(raw)
            if text:
                self.add(text, kind)
            return
        text = _spaces(_LINK_MARK.sub("", raw))
        marks = [
            # the normalised length of what precedes the link; the appended "x" keeps a
            # trailing space from being stripped
            (int(m.group(1)), len(_spaces(_LINK_MARK.sub("", raw[: m.start()]) + "x")) - 1)
            for m in _LINK_MARK.finditer(raw)
        ]
        base = self.add(text, kind).start if text else self.length
        for index, pos in marks:
            if index < len(links):
                at = base + min(max(pos, 0), len(text))
                self.embeds.append(EmbedMarkup("status-link", links[index], Span(at, at)))

    def embed(self, kind: str, html: str, text: str) -> None:
        span = self.add(text, "embed") if text else Span(self.length, self.length)
        self.embeds.append(EmbedMarkup(kind, html, span))


@dataclass(frozen=True, slots=True)
class _Found:
    kind: str
    html: str
    text: str


def _hidden(source: str, kind: str, seen: set[str], dom_ids: set[str]) -> list[_Found]:
    """Embeds re-parsed from a script's JSON state or a consent textarea."""
    found: list[_Found] = []
    fragments = json_state_fragments(source) if kind == "json-state" else iter((source,))
    for fragment in fragments:
        for node, _ in fragment_embeds(fragment):
            ids = embed_ids(node)
            if ids and (ids & dom_ids or ids & seen):
                continue  # the same post is already a DOM embed (Reuters keeps both)
            seen |= ids
            text = subtree_text(node)
            if len(text) <= MAX_EMBED_TEXT:
                html = etree.tostring(node, encoding="unicode", method="html", with_tail=False)
                found.append(_Found(kind, html, text))
    return found


class _Swap(NamedTuple):
    """An element of the page and the placeholder that takes its place."""

    old: Element
    new: Element


@dataclass
class _Placeholders:
    """The embeds cut out of the page, in the order their placeholders were made; a
    placeholder carries its index, so the text later puts them in document order."""

    found: list[_Found] = field(default_factory=list)

    def make(self, item: _Found) -> Element:
        self.found.append(item)
        return etree.Element(_EMBED_TAG, n=str(len(self.found) - 1))


@dataclass(frozen=True, slots=True)
class _HiddenEmbeds:
    """Embeds found in scripts and consent textareas."""

    swaps: tuple[_Swap, ...]
    """Groups of placeholders for the script or textarea that held them."""
    deferred: tuple[_Found, ...]
    """Embeds of head scripts: they have no place in the text and go at the end."""


def _reset_markers(root: Element, source: str | None) -> None:
    """Clear the page's own uses of our marker tags and attributes, then mark byline and
    dateline blocks."""
    for stray in list(root.iter(_EMBED_TAG, _GROUP_TAG)):
        stray.tag = "span"
    for stray in root.xpath(f"//*[@{_LINK_ATTR} or @{_META_ATTR}]"):
        stray.attrib.pop(_LINK_ATTR, None)
        stray.attrib.pop(_META_ATTR, None)
    if source is None or any(word in source for word in _META_WORDS):
        for el in root.xpath("//*[@class]"):  # string tests in XPath cost milliseconds
            if el.tag in _TEXT_BLOCK_TAGS and _META_CLASS.search(el.get("class") or ""):
                el.set(_META_ATTR, "1")


def _status_links(root: Element, embed_kinds: Container[int]) -> list[Element]:
    """Links to a post's status page outside every embed element."""
    return [
        a
        for a in root.xpath(sel.STATUS_LINK_XPATH)
        if isinstance(a, etree._Element)
        and sel.STATUS_URL.search(a.get("href") or "")
        and not _inside(a, embed_kinds)
    ]


def _dom_ids(embed_kinds: Mapping[int, tuple[Element, str]]) -> set[str]:
    """Ids already shown with text in the DOM; a text-less DOM embed (rendered iframe) still
    lets the page-state copy in, and the detector merges the two on the id."""
    ids: set[str] = set()
    for el, _kind in embed_kinds.values():
        if el.text_content().strip():
            ids |= embed_ids(el)
    return ids


def _embed_swaps(
    embed_kinds: Mapping[int, tuple[Element, str]], placeholders: _Placeholders
) -> list[_Swap]:
    """Embed elements become placeholders (too-big ones stay as text)."""
    swaps: list[_Swap] = []
    for el, kind in embed_kinds.values():
        text = subtree_text(el)
        if len(text) > MAX_EMBED_TEXT:
            # An unclosed <blockquote class="twitter-tweet"> swallows the rest of the page:
            # read it as article text (a footer left in it is still found as flattened text).
            continue
        html = etree.tostring(el, encoding="unicode", method="html", with_tail=False)
        swaps.append(_Swap(el, placeholders.make(_Found(kind, html, text))))
    return swaps


def _hidden_in_place(el: Element, seen: set[str], dom_ids: set[str]) -> list[_Found]:
    """Embeds in a script's JSON state or in a consent textarea, shown where it stands."""
    raw = el.text or ""
    if (
        el.tag == "script"
        and (el.get("type") or "").lower() != "application/ld+json"
        and sel.EMBED_HINT.search(raw)
    ):
        return _hidden(raw, "json-state", seen, dom_ids)
    if el.tag == "textarea" and (sel.EMBED_HINT.search(raw) or "/status/" in raw):
        return _hidden(raw, "consent-placeholder", seen, dom_ids)
    return []


def _hidden_in_head(head: Element, seen: set[str], dom_ids: set[str]) -> list[_Found]:
    """Embeds in the JSON state of head scripts."""
    found: list[_Found] = []
    for script in head.iter("script"):
        if sel.EMBED_HINT.search(script.text or ""):
            found += _hidden(script.text or "", "json-state", seen, dom_ids)
    return found


def _hidden_embeds(
    root: Element, embedded: Container[int], dom_ids: set[str], placeholders: _Placeholders
) -> _HiddenEmbeds:
    """Embeds hidden in scripts (page JSON state) and consent textareas, in document order
    (the ids seen so far keep a post from being read twice)."""
    seen: set[str] = set()
    swaps: list[_Swap] = []
    deferred: list[_Found] = []
    for el in root.iter("script", "textarea", "head"):
        if _inside(el, embedded):
            continue
        if el.tag == "head":
            deferred += _hidden_in_head(el, seen, dom_ids)
            continue
        hidden = _hidden_in_place(el, seen, dom_ids)
        if hidden:
            group = etree.Element(_GROUP_TAG)
            group.extend(placeholders.make(item) for item in hidden)
            swaps.append(_Swap(el, group))
    return _HiddenEmbeds(tuple(swaps), tuple(deferred))


def _mark_links(status_links: list[Element]) -> list[str]:
    """Mark status links with their index; their markup, by index (taken before marking)."""
    link_html: list[str] = []
    for a in status_links:
        link_html.append(etree.tostring(a, encoding="unicode", method="html", with_tail=False))
        a.set(_LINK_ATTR, str(len(link_html) - 1))
    return link_html


def _block_kind(letter: str, stack: list[str]) -> str:
    kind = _LETTER_KIND.get(letter, "text")
    if kind == "text" and stack and stack[-1] in ("quote", "meta"):
        return stack[-1]  # a <p> inside a quote or a byline box
    return kind


def _read_marked(marked: str, found: list[_Found], link_html: list[str]) -> _Output:
    """Paragraphs and embeds from the marker tokens of the transformed page."""
    out = _Output()
    stack: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            out.block("".join(buf), stack[-1] if stack else "text", link_html)
            buf.clear()

    for token in _TOKENS.split(marked):
        if not token:
            continue
        head = token[0]
        if head not in (_P_OPEN, _P_CLOSE, _EMBED_OPEN):
            buf.append(token)
            continue
        flush()
        if head == _P_OPEN:
            stack.append(_block_kind(token[1], stack))
        elif head == _P_CLOSE:
            if stack:
                stack.pop()
        else:
            index = int(token[1:-1] or -1)
            if 0 <= index < len(found):
                item = found[index]
                out.embed(item.kind, item.html, item.text)
    flush()
    return out


def walk_document(root: Element, source: str | None = None) -> WalkResult:
    """Turn a parsed page into paragraphs, embed paragraphs and one text (see above).

    ``source``, the page's markup lowercased, lets selectors whose marker string is absent
    from the page be skipped. The tree is modified in place.
    """
    _reset_markers(root, source)
    embed_kinds = find_embeds(root, source)
    status_links = _status_links(root, embed_kinds)
    dom_ids = _dom_ids(embed_kinds)
    placeholders = _Placeholders()
    # 1. Embed elements, 2. embeds hidden in scripts and textareas, become placeholders.
    swaps = _embed_swaps(embed_kinds, placeholders)
    hidden = _hidden_embeds(root, {id(s.old) for s in swaps}, dom_ids, placeholders)
    for el, new in (*swaps, *hidden.swaps):
        _swap(el, new)
    # 3. Status links are marked with their index (their markup is kept first).
    link_html = _mark_links(status_links)
    # 4. One libxslt pass to marked text, then paragraphs from the marker tokens.
    out = _read_marked(_prepared(str(_TRANSFORM(root))), placeholders.found, link_html)
    for item in hidden.deferred:
        out.embed(item.kind, item.html, item.text)
    return WalkResult(
        text="\n".join(out.parts),
        paragraphs=tuple(out.paragraphs),
        embeds=tuple(out.embeds),
        first_heading=out.first_heading,
    )
