"""Sitemap and feed parsing: article URLs out, hostile XML handled with bounded work.

The documents are hand-written in the shapes the formats define (sitemaps.org protocol
0.9 with Google's news extension; RSS 2.0; RSS 1.0/RDF; Atom RFC 4287).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.config import urls_from_feed, urls_from_sitemap
from verifier.errors import InputError
from verifier.fetch.sitemaps import MAX_XML_BYTES, parse_sitemap

NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://news.example.in/world/jaishankar-canada-fm-meeting</loc>
    <news:news><news:title>जयशंकर ने कनाडा की विदेश मंत्री से मुलाकात की</news:title></news:news>
  </url>
  <url><loc> https://news.example.in/india/budget-2026 </loc></url>
  <url><loc>https://news.example.in/world/jaishankar-canada-fm-meeting</loc></url>
  <url><loc>javascript:alert(1)</loc></url>
</urlset>"""

SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.example.in/sitemap-2026-02.xml</loc></sitemap>
  <sitemap><loc>https://news.example.in/sitemap-2026-01.xml</loc></sitemap>
</sitemapindex>"""

RSS2 = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>विदेश</title><link>https://news.example.in/world</link>
  <item><title>जयशंकर</title><link>https://news.example.in/world/a</link></item>
  <item><title>बिना लिंक</title><guid isPermaLink="true">https://news.example.in/world/b</guid></item>
  <item><title>guid only, not a permalink</title><guid isPermaLink="false">tag:1</guid></item>
</channel></rss>"""

RSS1 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://news.example.in/"><link>https://news.example.in/</link></channel>
  <item rdf:about="https://news.example.in/c"><link>https://news.example.in/c</link></item>
</rdf:RDF>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="https://news.example.in/"/>
  <entry><link rel="self" href="https://news.example.in/api/d"/>
         <link rel="alternate" href="https://news.example.in/d"/></entry>
  <entry><link href="https://news.example.in/e"/></entry>
</feed>"""


def test_news_sitemap_pages_in_order_deduplicated_http_only() -> None:
    assert urls_from_sitemap(NEWS_SITEMAP) == [
        "https://news.example.in/world/jaishankar-canada-fm-meeting",
        "https://news.example.in/india/budget-2026",
    ]


def test_sitemap_index_lists_children_not_pages() -> None:
    links = parse_sitemap(SITEMAP_INDEX)
    assert links.pages == []
    assert links.sitemaps == [
        "https://news.example.in/sitemap-2026-02.xml",
        "https://news.example.in/sitemap-2026-01.xml",
    ]


def test_bytes_with_a_declared_encoding() -> None:
    latin = NEWS_SITEMAP.replace("UTF-8", "ISO-8859-1").replace(
        "<news:title>जयशंकर ने कनाडा की विदेश मंत्री से मुलाकात की</news:title>",
        "<news:title>caf\xe9</news:title>",
    )
    assert len(urls_from_sitemap(latin.encode("latin-1"))) == 2


@pytest.mark.parametrize(
    ("feed", "expected"),
    [
        (RSS2, ["https://news.example.in/world/a", "https://news.example.in/world/b"]),
        (RSS1, ["https://news.example.in/c"]),
        (ATOM, ["https://news.example.in/d", "https://news.example.in/e"]),
    ],
)
def test_feeds(feed: str, expected: list[str]) -> None:
    assert urls_from_feed(feed) == expected


def test_entities_are_never_expanded() -> None:
    laughs = """<?xml version="1.0"?>
<!DOCTYPE urlset [
  <!ENTITY a "https://evil.example/">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<urlset><url><loc>&d;</loc></url><url><loc>https://news.example.in/ok</loc></url></urlset>"""
    assert urls_from_sitemap(laughs) == ["https://news.example.in/ok"]


def test_external_entities_are_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-desk-password", encoding="utf-8")
    xxe = f"""<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY x SYSTEM "{secret.as_uri()}">]>
<urlset><url><loc>https://news.example.in/&x;</loc></url></urlset>"""
    assert "TOPSECRET" not in "".join(urls_from_sitemap(xxe))
    assert "TOPSECRET" not in "".join(urls_from_feed(xxe.replace("urlset", "feed")))


@pytest.mark.parametrize(
    "bad",
    ["", "not xml at all", "<urlset><url><loc>x</loc>", "<" * 10 + "a" * 3, "\x00\x01binary"],
)
def test_malformed_documents_are_input_errors(bad: str) -> None:
    with pytest.raises(InputError):
        urls_from_sitemap(bad)


def test_deep_nesting_is_refused_quickly() -> None:
    deep = "<urlset>" + "<x>" * 100_000 + "</x>" * 100_000 + "</urlset>"
    with pytest.raises(InputError):
        urls_from_feed(deep)


def test_oversized_document_is_refused() -> None:
    with pytest.raises(InputError, match="too large"):
        urls_from_sitemap(b" " * (MAX_XML_BYTES + 1))
