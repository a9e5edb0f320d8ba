"""Page metadata: which source wins for the published date, the byline and the title."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import html

from verifier.parse.htmlmeta import page_metadata

_LD = '<script type="application/ld+json">{"@graph": [{"datePublished": "2026-02-03", "author": {"name": "LD Author"}, "headline": "LD headline"}]}</script>'


def _page(head: str, body: str = "", lang: str = "hi-IN") -> html.HtmlElement:
    return html.document_fromstring(
        f'<html lang="{lang}"><head><title>Tab title</title>{head}</head><body>{body}</body></html>'
    )


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        ('<meta property="article:published_time" content="2026-02-05T08:56:00+05:30">'
         + _LD, '<time datetime="2026-02-01">', dt.date(2026, 2, 5)),
        (_LD + '<meta name="last-modified" content="2026-02-09">', '<time datetime="2026-02-01">',
         dt.date(2026, 2, 3)),
        ('<meta name="last-modified" content="2026-02-09">', '<time datetime="2026-02-01">',
         dt.date(2026, 2, 1)),
        ('<meta name="last-modified" content="2026-02-09">', "", dt.date(2026, 2, 9)),
        ('<meta name="pubdate" content="not a date">', "", None),
    ],
)  # fmt: skip
def test_published_date_comes_from_the_best_source_that_has_one(
    head: str, body: str, published: dt.date | None
) -> None:
    assert page_metadata(_page(head, body)).published == published


def test_author_meta_with_a_profile_url_gives_way_to_the_json_ld_author() -> None:
    meta = page_metadata(_page('<meta name="author" content="https://example.com/a">' + _LD))
    assert meta.byline == "LD Author"


def test_byline_element_is_read_when_no_metadata_names_the_author() -> None:
    body = '<p class="story-Byline">  Asha   Rao </p><p>text</p>'
    assert page_metadata(_page("", body)).byline == "Asha Rao"
    assert page_metadata(_page("", "<p>text</p>")).byline is None


def test_title_prefers_open_graph_then_json_ld_then_the_title_element() -> None:
    og = '<meta property="og:title" content="OG title">'
    assert page_metadata(_page(og + _LD)).title == "OG title"
    assert page_metadata(_page(_LD)).title == "LD headline"
    assert page_metadata(_page("")).title == "Tab title"


def test_language_is_the_primary_subtag() -> None:
    assert page_metadata(_page("")).language == "hi"
    assert page_metadata(_page("", lang="")).language is None
