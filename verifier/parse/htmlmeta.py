"""Parse stage, HTML part: title, byline, published date and language from a page's metadata."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
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


@dataclass(frozen=True, slots=True)
class _JsonLdFacts:
    """The first of each fact the page's JSON-LD objects state."""

    published: str | None = None
    author: str | None = None
    headline: str | None = None


def _meta_tags(root: Any) -> dict[str, str]:
    """``<meta>`` contents by lowercased property, name or itemprop; the first one wins."""
    metas: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (
            (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or "")
            .strip()
            .lower()
        )
        content = m.get("content")
        if key and content and key not in metas:
            metas[key] = content
    return metas


def _jsonld_facts(root: Any) -> _JsonLdFacts:
    published: str | None = None
    author: str | None = None
    headline: str | None = None
    for node in _jsonld_nodes(root):
        if published is None and isinstance(node.get("datePublished"), str):
            published = str(node["datePublished"])
        if author is None and "author" in node:
            author = _author_name(node["author"])
        if headline is None and isinstance(node.get("headline"), str):
            headline = str(node["headline"])
    return _JsonLdFacts(published, author, headline)


def _title(root: Any, metas: dict[str, str], ld: _JsonLdFacts) -> str | None:
    title_el = root.find(".//title")
    return _clean(metas.get("og:title") or metas.get("twitter:title") or ld.headline) or _clean(
        title_el.text_content() if title_el is not None else None
    )


def _published(root: Any, metas: dict[str, str], ld: _JsonLdFacts) -> dt.date | None:
    """The first readable date of: the publication meta keys, JSON-LD, ``<time datetime>``,
    the modification meta keys."""
    candidates = chain(
        (metas.get(key) for key in _PUBLISHED_KEYS),
        (ld.published,),
        (el.get("datetime") for el in root.iter("time")),
        (metas.get(key) for key in _MODIFIED_KEYS),
    )
    for value in candidates:
        published = to_date(value)
        if published is not None:
            return published
    return None


def _byline(root: Any, metas: dict[str, str], ld: _JsonLdFacts) -> str | None:
    """The author meta (a profile URL gives way to JSON-LD), else a ``rel=author`` or
    byline element."""
    byline = metas.get("author") or metas.get("article:author") or ld.author
    if byline and byline.startswith(("http://", "https://")):
        byline = ld.author
    if byline:
        return byline
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.get("rel") == "author" or "byline" in (el.get("class") or "").lower():
            return str(el.text_content())
    return byline


def _language(root: Any, metas: dict[str, str]) -> str | None:
    lang = (
        root.get("lang")
        or root.get("{http://www.w3.org/XML/1998/namespace}lang")
        or metas.get("content-language")
    )
    return primary_language(lang)


def primary_language(value: str | None) -> str | None:
    """The primary subtag of a language declaration (``hi`` for ``hi-IN``); a
    content-language that lists several ("de, at, ch") gives its first."""
    first = re.split(r"[,;\s]+", value.strip())[0] if value and value.strip() else ""
    return first.split("-")[0].split("_")[0].lower() or None if first else None


def page_metadata(root: Any) -> PageMeta:
    """Title (og:title, ``<title>``), byline, published date and ``<html lang>`` of a page."""
    metas = _meta_tags(root)
    ld = _jsonld_facts(root)
    return PageMeta(
        title=_title(root, metas, ld),
        byline=_clean(_byline(root, metas, ld)),
        published=_published(root, metas, ld),
        language=_language(root, metas),
    )
