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


def test_content_language_gives_the_first_of_several() -> None:
    from verifier.parse.article import parse_html

    html = (
        '<html><head><meta http-equiv="content-language" content="de, at, ch"></head>'
        "<body><p>Hallo</p></body></html>"
    )
    assert parse_html(html, "page.html").language == "de"


@pytest.mark.parametrize(
    ("prose", "lang"),
    [
        (
            "Der Bundeskanzler hat am Montag in Berlin gesagt, dass die Regierung die Steuern "
            "nicht erhöhen wird und weiter an der Reform arbeitet.",
            "de",
        ),
        (
            "Le président a déclaré lundi à Paris que le gouvernement ne va pas augmenter les "
            "impôts cette année.",
            "fr",
        ),
    ],
)
def test_a_page_without_a_declared_language_is_read_from_its_text(prose: str, lang: str) -> None:
    from verifier.parse.article import parse_html

    html = f"<html><body><article><p>{prose}</p></article></body></html>"
    assert parse_html(html, "page.html").language == lang


def test_each_claim_has_its_own_language() -> None:
    from verifier.parse.article import parse_html
    from verifier.pipeline import verify_article

    html = (
        '<html lang="en"><body><article><p>The chancellor spoke on Monday. "Wir werden die '
        'Steuern in diesem Jahr nicht erhöhen," Olaf Scholz said in Berlin.</p><p>"We will '
        'not raise taxes this year," the spokesman added later in English.</p></article>'
        "</body></html>"
    )
    langs = {c.text.rstrip(","): c.lang for c in verify_article(parse_html(html, "p")).claims}
    assert langs == {
        "Wir werden die Steuern in diesem Jahr nicht erhöhen": "de",
        "We will not raise taxes this year": "en",
    }


def test_the_servers_content_language_is_read_when_the_page_declares_none() -> None:
    from verifier.parse.article import parse_html

    html = "<html><body><article><p>Hallo Welt, kurz.</p></article></body></html>"
    assert parse_html(html, "page.html", content_language="de-AT, en").language == "de"
    declared = '<html lang="fr"><body><article><p>Bonjour.</p></article></body></html>'
    assert parse_html(declared, "page.html", content_language="de").language == "fr"
