"""Sitemap and feed parsing: article URLs from sitemap XML and RSS/Atom feeds (pure, no network).

The XML parser never resolves entities, loads DTDs or touches the network, and refuses
huge trees, so a hostile document (billion laughs, external entities, deep nesting) costs
bounded work. The CLI fetches the documents; these functions only read them.
"""

from __future__ import annotations

from dataclasses import dataclass

# lxml ships no type information; the ignore stays harmless if stubs get installed.
from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from verifier.errors import InputError

MAX_XML_BYTES = 50 * 1024 * 1024
"""The sitemap protocol's own limit for one uncompressed file."""
MAX_URLS = 50_000
"""Also the protocol's limit per sitemap; more is cut, not an error."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        encoding="utf-8",
    )


def _root(xml: str | bytes, what: str) -> etree._Element:
    data = xml.encode("utf-8") if isinstance(xml, str) else xml
    if len(data) > MAX_XML_BYTES:
        raise InputError(f"{what} too large ({len(data)} bytes; limit {MAX_XML_BYTES})")
    if isinstance(xml, bytes):
        # Bytes keep their declared encoding; only text we encoded ourselves is forced UTF-8.
        parser = etree.XMLParser(
            resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
            remove_comments=True, remove_pis=True,
        )  # fmt: skip
    else:
        parser = _parser()
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{what} is not well-formed XML: {exc.msg}") from exc
    if root is None:
        raise InputError(f"{what} is empty")
    return root


def _local(el: etree._Element) -> str:
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return str(etree.QName(tag).localname)


def _http(url: str | None) -> str | None:
    url = (url or "").strip()
    return url if url.lower().startswith(("http://", "https://")) else None


def _unique(urls: list[str]) -> list[str]:
    return list(dict.fromkeys(urls))[:MAX_URLS]


@dataclass(frozen=True, slots=True)
class SitemapLinks:
    pages: list[str]
    """Article URLs (``<urlset><url><loc>``)."""
    sitemaps: list[str]
    """Child sitemaps of a sitemap index (``<sitemapindex><sitemap><loc>``)."""


def parse_sitemap(xml: str | bytes) -> SitemapLinks:
    """Page URLs and child sitemap URLs of a sitemap (any namespace, news sitemaps too)."""
    root = _root(xml, "sitemap")
    pages: list[str] = []
    children: list[str] = []
    for el in root.iter():
        if _local(el) != "loc":
            continue
        parent = el.getparent()
        url = _http(el.text)
        if url is None or parent is None:
            continue
        if _local(parent) == "url":
            pages.append(url)
        elif _local(parent) == "sitemap":
            children.append(url)
    return SitemapLinks(_unique(pages), _unique(children))


def urls_from_sitemap(xml: str | bytes) -> list[str]:
    """Article URLs listed by a sitemap, in document order, deduplicated.

    A sitemap index lists other sitemaps, not pages: use :func:`parse_sitemap` to get them.
    """
    return parse_sitemap(xml).pages


def urls_from_feed(xml: str | bytes) -> list[str]:
    """Item links of an RSS 2.0, RSS 1.0 (RDF) or Atom feed, in document order."""
    root = _root(xml, "feed")
    urls: list[str] = []
    for el in root.iter():
        name = _local(el)
        if name == "item":  # RSS 2.0 and RSS 1.0
            link = next((c for c in el if _local(c) == "link"), None)
            url = _http(link.text if link is not None else None)
            if url is None:  # RSS 2.0 permalink guid stands in for a missing link
                guid = next((c for c in el if _local(c) == "guid"), None)
                if guid is not None and guid.get("isPermaLink", "true") != "false":
                    url = _http(guid.text)
            if url:
                urls.append(url)
        elif name == "entry":  # Atom: the alternate link (rel absent means alternate)
            for link in el:
                if _local(link) == "link" and link.get("rel", "alternate") == "alternate":
                    url = _http(link.get("href"))
                    if url:
                        urls.append(url)
                        break
    return _unique(urls)
