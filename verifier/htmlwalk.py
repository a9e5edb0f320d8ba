"""Parse stage, HTML part: one pass over the lxml tree into paragraphs, embeds and one text.

Iterative (``etree.iterwalk``), never recursive, so deeply nested markup costs no Python
stack; libxml2 itself caps the tree depth. Where the embeds are is ``embedfind``'s business.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type information

from verifier import selectors as sel
from verifier import textnorm
from verifier.embedfind import (
    Element,
    embed_ids,
    find_embeds,
    fragment_embeds,
    json_state_fragments,
)
from verifier.model import EmbedMarkup, Paragraph, Span
from verifier.textnorm import normalize

# Blocks that carry the byline or the dateline rather than article prose.
_META_CLASS = re.compile(r"byline|author|dateline|timestamp|publish|updated", re.IGNORECASE)
MAX_EMBED_TEXT = 5000
"""Visible text of one embed, at most: X posts are 280 characters (long posts are cut with
"…" in embeds), Instagram captions up to 2,200; anything longer is broken markup."""
_LINK_OPEN = "\ue000"
_LINK_CLOSE = "\ue001"
_WS = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class WalkResult:
    """What one walk over a page produced."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    embeds: tuple[EmbedMarkup, ...]
    first_heading: str | None


# Characters ``textnorm.normalize`` rewrites, to skip it for the (many) blocks it would not
# change: the translation table is the shared module's, so the two cannot drift apart.
_NEEDS_NORMALIZE = re.compile(
    "[" + re.escape("".join(chr(c) for c in textnorm._TRANS)) + r"\t\f\v]|  |\n | \n|\n\n\n"
)


def clean_block(text: str) -> str:
    """``textnorm.normalize(text)``, cheaper when there is nothing to change."""
    if (
        text
        and not text[0].isspace()
        and not text[-1].isspace()
        and _NEEDS_NORMALIZE.search(text) is None
        and unicodedata.is_normalized("NFC", text)
    ):
        return text
    return normalize(text)


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
# The page is turned into text by lxml in C (``tostring(method="text")``) after marking
# block boundaries, line breaks, status links and embeds with private-use characters; Python
# then only touches block elements and the marker tokens, not every node (DESIGN.md budget).
_P_OPEN = "\ue001"  # followed by one kind letter
_P_CLOSE = "\ue002"
_BR = "\ue003"
_LINK = "\ue004"  # followed by the link's index, then _LINK_CLOSE
_LINK_CLOSE = "\ue007"
_LINK_MARK = re.compile("\ue004(\\d+)\ue007")
_EMBED_OPEN = "\ue005"  # followed by the embed's index, then _EMBED_CLOSE
_EMBED_CLOSE = "\ue006"
_KIND_LETTER = {"title": "t", "heading": "h", "quote": "q", "meta": "m", "text": "x", "embed": "e"}
_LETTER_KIND = {v: k for k, v in _KIND_LETTER.items()}
_TOKENS = re.compile("(\ue001.|\ue002|\ue005\\d+\ue006)", re.S)
_SPACES = re.compile(r"[ \t\n\r\f\v]+")


def _replace(el: Element, replacement: str) -> None:
    """Put ``replacement`` (and the element's tail) where ``el`` was, then drop ``el``."""
    parent = el.getparent()
    if parent is None:
        return
    text = replacement + (el.tail or "")
    previous = el.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(el)


def _inside(el: Element, ids: set[int] | dict[int, object]) -> bool:
    return any(id(a) in ids for a in el.iterancestors())


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
        """One paragraph from its marked-up raw text; status links get empty spans at their start."""
        raw = raw.replace(_BR, "\n")
        if _LINK not in raw:
            text = clean_block(raw)
            if text:
                self.add(text, kind)
            return
        text = clean_block(_LINK_MARK.sub("", raw))
        marks = [
            # where the link's text starts: the normalised length of what precedes it (the
            # appended word joiner + "x" keeps a trailing space from being stripped)
            (int(m.group(1)), len(clean_block(_LINK_MARK.sub("", raw[: m.start()]) + "\u2060x")) - 1)
            for m in _LINK_MARK.finditer(raw)
        ]
        base = self.add(text, kind).start if text else self.length
        for index, pos in marks:
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


def walk_document(root: Element, source: str | None = None) -> WalkResult:
    """Turn a parsed page into paragraphs, embed paragraphs and one text (see module docstring).

    ``source``, the page's markup lowercased, lets selectors whose marker string is absent
    from the page be skipped. The tree is modified in place.
    """
    embed_kinds = find_embeds(root, source)
    status_links = {
        id(a): a
        for a in root.xpath(sel.STATUS_LINK_XPATH)
        if isinstance(a, etree._Element)
        and sel.STATUS_URL.search(a.get("href") or "")
        and not _inside(a, embed_kinds)
    }
    # Ids already shown with text in the DOM; a text-less DOM embed (rendered iframe) still
    # lets the page-state copy in, and the detector merges the two on the id.
    dom_ids: set[str] = set()
    for el, _kind in embed_kinds.values():
        if el.text_content().strip():
            dom_ids |= embed_ids(el)

    found: list[_Found] = []
    replacements: list[tuple[Element, str]] = []

    def marker(item: _Found) -> str:
        found.append(item)
        return f"{_EMBED_OPEN}{len(found) - 1}{_EMBED_CLOSE}"

    # 1. Embed elements become markers (too-big ones stay as text). Markers carry an index,
    # so the order of this loop does not matter: the text puts them in document order.
    for el, kind in embed_kinds.values():
        text = subtree_text(el)
        if len(text) > MAX_EMBED_TEXT:
            # An unclosed <blockquote class="twitter-tweet"> swallows the rest of the page:
            # read it as article text (a footer left in it is still found as flattened text).
            continue
        html = etree.tostring(el, encoding="unicode", method="html", with_tail=False)
        replacements.append((el, marker(_Found(kind, html, text))))
    embedded = {id(el) for el, _ in replacements}

    # 2. Scripts, styles, forms' textareas …: dropped, but embeds hidden inside them kept.
    json_ids: set[str] = set()
    deferred: list[_Found] = []
    skip_ids: set[int] = set()
    for el in root.iter(*sel.SKIP_TAGS):
        if _inside(el, embedded) or _inside(el, skip_ids):
            continue
        skip_ids.add(id(el))
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        raw = el.text or ""
        hidden: list[_Found] = []
        if tag == "script" and (el.get("type") or "").lower() != "application/ld+json" and sel.EMBED_HINT.search(raw):
            hidden = _hidden(raw, "json-state", json_ids, dom_ids)
        elif tag == "textarea" and (sel.EMBED_HINT.search(raw) or "/status/" in raw):
            hidden = _hidden(raw, "consent-placeholder", json_ids, dom_ids)
        elif tag == "head":
            # Head scripts have no position in the text: their embeds go at the end.
            for script in el.iter("script"):
                if sel.EMBED_HINT.search(script.text or ""):
                    deferred += _hidden(script.text or "", "json-state", json_ids, dom_ids)
        replacements.append((el, "".join(marker(h) for h in hidden)))
    for el, replacement in replacements:
        _replace(el, replacement)

    # 3. Page chrome: its text goes, the embeds inside it stay.
    chrome = [
        el
        for el in root.iter(*sel.CHROME_TAGS, *sel.PAGE_CHROME_TAGS)
        if el.tag in sel.CHROME_TAGS
        or not any(isinstance(a.tag, str) and a.tag in sel.CONTENT_ROOT_TAGS for a in el.iterancestors())
    ]
    chrome_ids = {id(el) for el in chrome}
    for el in chrome:
        if _inside(el, chrome_ids):
            continue
        inner = etree.tostring(el, method="text", encoding="unicode", with_tail=False)
        kept = re.findall(f"{_EMBED_OPEN}\\d+{_EMBED_CLOSE}", inner)
        _replace(el, "".join(kept))

    # 4. Block boundaries, line breaks, emoji images and status links as markers.
    kinds: dict[int, tuple[Element, str]] = {}  # the element is kept so its id stays unique
    link_html: list[str] = []
    for el in root.iter(*sel.BLOCK_KIND, "br", "img", "a"):
        tag = el.tag
        if tag == "br":
            el.tail = _BR + (el.tail or "")
        elif tag == "img":
            alt = _img_text(el)
            if alt:
                el.tail = alt + (el.tail or "")
        elif tag == "a":
            if id(el) in status_links:
                link_html.append(etree.tostring(el, encoding="unicode", method="html", with_tail=False))
                el.text = f"{_LINK}{len(link_html) - 1}{_LINK_CLOSE}" + (el.text or "")
        else:
            kind = sel.BLOCK_KIND[tag]
            parent = el.getparent()
            while parent is not None and id(parent) not in kinds:
                parent = parent.getparent()
            outer = kinds[id(parent)][1] if parent is not None else None
            if kind == "text" and outer in ("quote", "meta"):
                kind = outer  # a <p> inside a quote or a byline box
            elif kind == "text" and _META_CLASS.search(el.get("class") or ""):
                kind = "meta"
            kinds[id(el)] = (el, kind)
            el.text = _P_OPEN + _KIND_LETTER[kind] + (el.text or "")
            el.tail = _P_CLOSE + (el.tail or "")

    # 5. One C-level serialisation, then paragraphs from the marker tokens.
    marked = etree.tostring(root, method="text", encoding="unicode", with_tail=False)
    out = _Output()
    stack: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            out.block(_SPACES.sub(" ", "".join(buf)), stack[-1] if stack else "text", link_html)
            buf.clear()

    for token in _TOKENS.split(marked):
        if not token:
            continue
        head = token[0]
        if head == _P_OPEN:
            flush()
            stack.append(_LETTER_KIND[token[1]])
        elif head == _P_CLOSE:
            flush()
            if stack:
                stack.pop()
        elif head == _EMBED_OPEN:
            flush()
            item = found[int(token[1:-1])]
            out.embed(item.kind, item.html, item.text)
        else:
            buf.append(token)
    flush()
    for item in deferred:
        out.embed(item.kind, item.html, item.text)
    return WalkResult(
        text="\n".join(out.parts),
        paragraphs=tuple(out.paragraphs),
        embeds=tuple(out.embeds),
        first_heading=out.first_heading,
    )
