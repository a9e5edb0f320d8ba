"""Parse stage, HTML part: title, byline, published date and language from a page's metadata."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from verifier.lang.dates.strings import find_date
from verifier.lang.textnorm import normalize

_MAX_JSONLD_CHARS = 1024 * 1024
_MAX_JSONLD_NODES = 10_000
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")

# Meta keys holding the publication time, best first (Open Graph article, schema.org
# microdata, Dublin Core, common CMS names).
_PUBLISHED_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "publish-date",
    "publishdate",
    "pubdate",
    "dc.date.issued",
    "dcterms.created",
    "date",
    "parsely-pub-date",
    "sailthru.date",
)
_MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")


@dataclass(frozen=True, slots=True)
class PageMeta:
    title: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    language: str | None = None
    """Primary subtag of ``<html lang>`` (``hi`` for ``hi-IN``), ``None`` when absent."""


def to_date(value: str | None) -> dt.date | None:
    """An ISO date/datetime prefix (``2026-02-05T08:56:00+05:30``) or a date in words."""
    if not value:
        return None
    m = _ISO_DATE.match(value)
    if m is not None:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    found = find_date(value[:200])
    return found[0] if found else None


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    text = normalize(value)
    return text or None


def _jsonld_nodes(root: Any) -> Iterator[dict[str, object]]:
    """Every JSON object inside the page's JSON-LD scripts (bounded)."""
    budget = _MAX_JSONLD_NODES
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        if len(raw) > _MAX_JSONLD_CHARS:
            continue
        try:
            data: object = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack and budget > 0:
            budget -= 1
            item = stack.pop()
            if isinstance(item, dict):
                yield item
                stack.extend(v for v in item.values() if isinstance(v, dict | list))
            elif isinstance(item, list):
                stack.extend(v for v in item if isinstance(v, dict | list))


def _author_name(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        name = value.get("name")
        return name if isinstance(name, str) else None
    if isinstance(value, list):
        names = [n for n in (_author_name(v) for v in value[:5]) if n]
        return ", ".join(names) or None
    return None


def page_metadata(root: Any) -> PageMeta:
    """Title (og:title, ``<title>``), byline, published date and ``<html lang>`` of a page."""
    metas: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        content = m.get("content")
        if key and content and key not in metas:
            metas[key] = content
    ld_published: str | None = None
    ld_author: str | None = None
    ld_headline: str | None = None
    for node in _jsonld_nodes(root):
        if ld_published is None and isinstance(node.get("datePublished"), str):
            ld_published = str(node["datePublished"])
        if ld_author is None and "author" in node:
            ld_author = _author_name(node["author"])
        if ld_headline is None and isinstance(node.get("headline"), str):
            ld_headline = str(node["headline"])

    title_el = root.find(".//title")
    title = _clean(metas.get("og:title") or metas.get("twitter:title") or ld_headline) or _clean(
        title_el.text_content() if title_el is not None else None
    )

    published = None
    for key in _PUBLISHED_KEYS:
        published = to_date(metas.get(key))
        if published is not None:
            break
    if published is None:
        published = to_date(ld_published)
    if published is None:
        for el in root.iter("time"):
            published = to_date(el.get("datetime"))
            if published is not None:
                break
    if published is None:
        for key in _MODIFIED_KEYS:
            published = to_date(metas.get(key))
            if published is not None:
                break

    byline = metas.get("author") or metas.get("article:author") or ld_author
    if byline and byline.startswith(("http://", "https://")):
        byline = ld_author
    if not byline:
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            if el.get("rel") == "author" or "byline" in (el.get("class") or "").lower():
                byline = el.text_content()
                break

    lang = (
        root.get("lang")
        or root.get("{http://www.w3.org/XML/1998/namespace}lang")
        or metas.get("content-language")
    )
    language = lang.strip().split("-")[0].split("_")[0].lower() if lang and lang.strip() else None
    return PageMeta(
        title=title, byline=_clean(byline), published=published, language=language or None
    )
