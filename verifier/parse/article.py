"""Parse stage: an HTML page or a plain text into one ``Article`` (normalised text + offsets).

HTML is parsed once with lxml (the speed budget in DESIGN.md); BeautifulSoup is left to the
detector, on the small embed fragments kept as ``EmbedMarkup``. Every embed's visible text is
put into ``Article.text`` as its own paragraph of kind ``"embed"``, in place, so a post has a
position. All spans index ``Article.text``, which is in ``textnorm.normalize`` form.
"""

from __future__ import annotations

import datetime as dt
import re

import lxml.html  # type: ignore[import-untyped]  # lxml ships no type information
from lxml import etree

from verifier.errors import InputError
from verifier.lang.chars import FULL_STOPS
from verifier.lang.dates.strings import find_date, is_weekday
from verifier.lang.textnorm import detect_language, normalize
from verifier.model import Article, Paragraph, Span
from verifier.parse.htmlmeta import page_metadata, primary_language
from verifier.parse.htmlwalk import walk_document
from verifier.parse.tags import cap_attributes

MAX_HTML_CHARS = 5 * 1024 * 1024
"""Largest HTML page accepted (characters after decoding); bigger pages are refused."""
MAX_TEXT_CHARS = 5 * 1024 * 1024
"""Largest plain-text article accepted."""

# C0/C1 controls other than tab and newline, and the private-use characters the HTML walker
# uses as link markers: odd bytes in a page must not reach lxml (NUL) or the offsets.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\ue00f]")

_HTML_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|div|p|br|span|a|blockquote|article|section|script|"
    r"title|h[1-6]|amp-twitter|iframe|figure|main|table|ul|li|img)(?=[\s>/])",
    re.IGNORECASE,
)
_HTML_CLOSE = re.compile(
    r"</(?:html|body|div|p|a|blockquote|span|article|section|h[1-6]|li|script)\s*>", re.I
)

_PARSER = lxml.html.HTMLParser(
    encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, default_doctype=False
)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML document or fragment rather than plain article text.

    Flattened articles may carry CMS attribute residue (``" class="…" data="``) but no tags.
    """
    head = text[:65536].lstrip("\ufeff \t\r\n")
    if head.startswith("<") and (
        _HTML_TAG.match(head) or head[:9].lower() == "<!doctype" or head.startswith("<!--")
    ):
        return True
    return len(_HTML_TAG.findall(head)) >= 3 and _HTML_CLOSE.search(head) is not None


# --- plain text ------------------------------------------------------------------------

# The seed's first line: " date 2026-02-05 <headline>".
_DATE_HEADER = re.compile(r"date\s+(\d{4}-\d{2}-\d{2})\b\s*", re.IGNORECASE)
_BYLINE = re.compile(
    r"(?:by|द्वारा|written by|reported by)\s*:?\s+(?P<who>\S.{0,79})$", re.IGNORECASE
)
_STAMP = re.compile(
    r"(?P<label>first published|published|last updated|updated|update|posted|प्रकाशित|अपडेटेड|अपडेट)"
    r"\s*(?:on|at)?\s*[:|\-]?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_TIME_WORDS = re.compile(
    r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\b(?:am|pm|ist|gmt|utc|hrs|at|on)\b|[,:|\-]",
    re.IGNORECASE,
)
# detect_language walks characters in Python; its answer is settled long before 1,500 characters.
_LANGUAGE_SAMPLE = 1_500
_HEADER_LINES = 8
_BODY_LINE = 200
_SENTENCE_END = FULL_STOPS


def _meta_line(line: str) -> tuple[dt.date | None, str | None, bool] | None:
    """Classify a short header line: ``(date, byline, is_update)`` or ``None`` if it is prose."""
    if len(line) > 120 or "(@" in line or line.lstrip()[:1] in "—–-":
        return None  # a post's footer "— Name (@handle) Date" is not the article's dateline
    m = _BYLINE.match(line)
    if m is not None and len(m["who"].split()) <= 8:
        found = find_date(m["who"])
        who = m["who"][: found[1]].strip(" ,:|-") if found else m["who"]
        return (found[0] if found else None), who or None, False
    m = _STAMP.match(line)
    if m is not None:
        found = find_date(m["rest"])
        if found is not None:
            return found[0], None, m["label"].lower().startswith(("update", "last", "अपडेट"))
    found = find_date(line)
    if found is None:
        return None
    date, start, end = found
    rest_words = _TIME_WORDS.sub(" ", line[end:]).split()
    who = line[:start].strip(" ,:|-")
    who_words = [w for w in who.split() if not is_weekday(w)]
    if rest_words or len(who_words) > 6:
        return None
    return date, " ".join(who_words) or None, False


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 3 <= len(words) <= 30 and len(line) <= 200 and line[-1] not in _SENTENCE_END


def _text_header(text: str) -> tuple[list[Paragraph], str | None, str | None, dt.date | None]:
    paragraphs: list[Paragraph] = []
    title: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    updated: dt.date | None = None
    pos = 0
    seen = 0
    in_header = True
    lines = text.split("\n")
    for index, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        seen += 1
        kind = "text"
        if len(line) > _BODY_LINE:
            in_header = False  # datelines come before the first body paragraph
        if in_header and seen <= _HEADER_LINES:
            m = _DATE_HEADER.match(line)
            if seen == 1 and m is not None:
                published = dt.date.fromisoformat(m.group(1)) if _valid_iso(m.group(1)) else None
                paragraphs.append(Paragraph(Span(start, start + m.end(1)), "meta"))
                if line[m.end() :].strip():
                    title = line[m.end() :].strip()
                    paragraphs.append(Paragraph(Span(start + m.end(), end), "title"))
                continue
            meta = _meta_line(line)
            if meta is not None:
                date, who, is_update = meta
                kind = "meta"
                if is_update:
                    updated = updated or date
                elif date is not None and published is None:
                    published = date
                byline = byline or who
            elif (
                seen == 1
                and any(x.strip() for x in lines[index + 1 :])
                and _looks_like_headline(line)
            ):
                kind = "title"
                title = line.strip()
        paragraphs.append(Paragraph(Span(start, end), kind))  # type: ignore[arg-type]
    return paragraphs, title, byline, published or updated


def _valid_iso(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def parse_text(text: str, source: str) -> Article:
    """Parse a plain-text (or flattened) article.

    The first lines may carry a title and a dateline ("date 2026-02-05 <title>",
    "By ANI", "Published : February 5, 2026 at 8:56 AM IST", "Name : Dec 04, 2021, 09:30 PM");
    they become ``meta``/``title`` paragraphs when they are obvious, and are left as text
    otherwise. Raises ``InputError`` for a text larger than ``MAX_TEXT_CHARS``.
    """
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"{source}: text is too large ({len(text):,} characters; limit {MAX_TEXT_CHARS:,})"
        )
    clean = normalize(CONTROL_CHARS.sub("", text))
    paragraphs, title, byline, published = _text_header(clean)
    return Article(
        source=source,
        text=clean,
        title=title,
        byline=byline,
        published=published,
        language=detect_language(clean[:_LANGUAGE_SAMPLE]),
        paragraphs=tuple(paragraphs),
        embeds=(),
        is_html=False,
    )


# --- HTML ------------------------------------------------------------------------------


# Script of a language code, to catch Hindi pages built on a template that says lang="en".
_LANG_SCRIPT = {
    **dict.fromkeys(("hi", "mr", "ne", "sa", "mai", "bho", "kok", "doi"), "deva"),
    **dict.fromkeys(("bn", "as"), "beng"),
    **dict.fromkeys(("ur", "ar", "fa", "ps", "sd"), "arab"),
    "pa": "guru",
    "gu": "gujr",
    "or": "orya",
    "ta": "taml",
    "te": "telu",
    "kn": "knda",
    "ml": "mlym",
    **dict.fromkeys(("ja", "zh", "ko", "ru", "uk", "el", "he", "th"), "other"),
}


def _resolve_language(declared: str | None, detected: str) -> str:
    """``<html lang>`` unless the text is plainly in another script."""
    if not declared:
        return detected
    if detected == "und" or _LANG_SCRIPT.get(declared, "latn") == _LANG_SCRIPT.get(
        detected, "latn"
    ):
        return declared
    return detected


def parse_html(html: str, source: str, *, content_language: str | None = None) -> Article:
    """Parse an HTML page (or fragment) into an ``Article``.

    Drops scripts, styles, navigation and page chrome, keeps block reading order, and turns
    every embed element (``selectors.EMBED_XPATHS``, consent ``<textarea>`` placeholders,
    embeds escaped in page-state ``<script>`` JSON) into an ``EmbedMarkup`` whose visible
    text is its own ``"embed"`` paragraph. Bare status links in the body become
    ``EmbedMarkup(kind="status-link")`` with an empty span at the link.

    Raises ``InputError`` for pages over ``MAX_HTML_CHARS`` or that lxml cannot read.
    """
    if len(html) > MAX_HTML_CHARS:
        raise InputError(
            f"{source}: HTML page is too large ({len(html):,} characters; limit {MAX_HTML_CHARS:,})"
        )
    clean = cap_attributes(CONTROL_CHARS.sub(" ", html))
    if not clean.strip():
        return Article(source=source, text="", is_html=True)
    try:
        root = lxml.html.document_fromstring(clean.encode("utf-8", "replace"), parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        if "empty" in str(exc).lower():
            return Article(source=source, text="", is_html=True)
        raise InputError(f"{source}: cannot parse HTML: {exc}") from exc
    meta = page_metadata(root)  # before the walk, which rewrites the tree
    walked = walk_document(root, clean.lower())
    prose = "\n".join(
        walked.text[p.span.start : p.span.end] for p in walked.paragraphs if p.kind != "embed"
    )
    # <html lang> first, then the server's Content-Language (its first value), then the text
    declared = meta.language or primary_language(content_language)
    lang = _resolve_language(declared, detect_language(prose[:_LANGUAGE_SAMPLE]))
    return Article(
        source=source,
        text=walked.text,
        title=meta.title or walked.first_heading,
        byline=meta.byline,
        published=meta.published,
        language=lang,
        paragraphs=walked.paragraphs,
        embeds=walked.embeds,
        is_html=True,
    )


__all__ = ["MAX_HTML_CHARS", "MAX_TEXT_CHARS", "looks_like_html", "parse_html", "parse_text"]
