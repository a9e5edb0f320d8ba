"""Parse stage: plain and flattened text, HTML pages with embeds, hostile input."""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from pathlib import Path

import pytest

from verifier.errors import InputError
from verifier.lang.textnorm import normalize
from verifier.model import Article
from verifier.parse.article import MAX_HTML_CHARS, looks_like_html, parse_html, parse_text

ROOT = Path(__file__).resolve().parents[3]
PAGES = ROOT / "tests" / "data" / "pages"
SEED = ROOT / "seeds" / "000_ab9b32bc1790fcea.txt"
CASES = [
    json.loads(line)
    for line in (ROOT / "tests/data/real-articles/cases.jsonl").read_text("utf-8").splitlines()
]
PAGE_FILES = sorted(p for p in PAGES.iterdir() if p.suffix in (".html", ".txt"))


def load(path: Path) -> Article:
    raw = path.read_text(encoding="utf-8")
    return parse_html(raw, path.name) if looks_like_html(raw) else parse_text(raw, path.name)


def case(case_id: str) -> dict[str, object]:
    return next(c for c in CASES if c["id"] == case_id)


def paragraph_texts(article: Article, kind: str) -> list[str]:
    return [article.text[p.span.start : p.span.end] for p in article.paragraphs if p.kind == kind]


# --- looks_like_html ---------------------------------------------------------------------


def test_pages_are_html_and_flattened_text_is_not() -> None:
    for path in PAGE_FILES:
        assert looks_like_html(path.read_text("utf-8")) == (path.suffix == ".html"), path.name
    assert not looks_like_html(SEED.read_text("utf-8"))


def test_cms_attribute_residue_is_not_html() -> None:
    # rw-023 keeps '" class="align-text-top noRightClick twitterSection" data="' and '">'.
    assert not looks_like_html(str(case("rw-023")["excerpt"]))
    assert not looks_like_html("उन्होंने लिखा कि <p> टैग का मतलब पैराग्राफ होता है.")
    assert looks_like_html('<div class="x"><p>text</p></div>')


# --- plain text ----------------------------------------------------------------------------


def test_seed_header_gives_title_date_and_byline() -> None:
    article = parse_text(SEED.read_text("utf-8"), "seed")
    assert article.title is not None and article.title.startswith("जयशंकर ने क्रिटिकल मिनरल्स")
    assert article.published == dt.date(2026, 2, 5)
    assert article.byline == "ANI"
    assert article.language == "hi"
    assert not article.is_html
    assert paragraph_texts(article, "meta")[:1] == ["date 2026-02-05"]
    assert "Published : February 5, 2026 at 8:56 AM IST" in paragraph_texts(article, "meta")


def test_real_bylines_with_dates() -> None:
    article = parse_text(str(case("rw-006")["excerpt"]), "rw-006")
    assert (article.byline, article.published) == ("Vikrant Shekhawat", dt.date(2021, 12, 4))
    article = parse_text(str(case("rw-022")["excerpt"]), "rw-022")
    assert article.published == dt.date(2023, 10, 7)  # "7 Oct 2023 12:21 PM GMT"
    article = parse_text(str(case("rw-042")["excerpt"]), "rw-042")
    assert article.published == dt.date(2018, 10, 11)  # "Thursday 11th of October 2018 10:12 AM"


def test_a_post_footer_near_the_top_is_not_the_dateline() -> None:
    # rw-002: "— Elon Musk (@elonmusk) May 9, 2022" is the post's date, not the article's.
    article = parse_text(str(case("rw-002")["excerpt"]), "rw-002")
    assert article.published is None
    assert article.byline is None


@pytest.mark.parametrize("text", ["", "   \n\n ", "बिना शीर्षक का एक छोटा वाक्य।", "x"])
def test_text_without_header_does_not_crash(text: str) -> None:
    article = parse_text(text, "t")
    assert article.text == normalize(text)
    assert article.published is None


def test_text_spans_index_the_normalised_text() -> None:
    for c in CASES:
        article = parse_text(str(c["excerpt"]), str(c["id"]))
        assert normalize(article.text) == article.text
        for p in article.paragraphs:
            assert article.text[p.span.start : p.span.end].strip()


# --- HTML ------------------------------------------------------------------------------


def test_seed_page_metadata_and_embed_paragraph() -> None:
    article = load(PAGES / "seed.html")
    assert article.is_html
    assert article.title is not None and article.title.startswith("जयशंकर ने")
    assert article.published == dt.date(2026, 2, 5)
    assert article.language == "hi"
    assert article.byline == "ANI"
    [embed] = article.embeds
    assert embed.kind == "blockquote"
    shown = article.text[embed.span.start : embed.span.end]
    assert shown.startswith("Great to see FM @AnitaAnandMP of Canada today.")
    assert shown.endswith("— Dr. S. Jaishankar (@DrSJaishankar) February 4, 2026")
    assert paragraph_texts(article, "embed") == [shown]
    assert "twitter-tweet" in embed.html and "<script" not in embed.html
    # Reading order: the Hindi rendering comes before the embed, the Peru paragraph after.
    assert (
        article.text.index("अपने पोस्ट में कहा")
        < embed.span.start
        < article.text.index("पेरू के विदेश मंत्री ह्यूगो डी जेला से भी")
    )


def test_page_chrome_is_dropped_but_embeds_inside_it_are_kept() -> None:
    article = load(PAGES / "hi-empty-blockquotes.html")
    for chrome in ("होम", "Tech News", "यह भी पढ़ें", "All rights reserved", "Follow us on Twitter"):
        assert chrome not in article.text
    assert len(article.embeds) == 4  # the first sits in spox's <aside>


def test_hindi_page_on_an_english_template_is_hindi() -> None:
    html = (PAGES / "seed.html").read_text("utf-8").replace('<html lang="hi">', '<html lang="en">')
    assert parse_html(html, "x").language == "hi"


def test_consent_textarea_and_json_state_embeds_become_paragraphs() -> None:
    article = load(PAGES / "hi-drupal-consent-textarea.html")
    [embed] = article.embeds
    assert embed.kind == "consent-placeholder"
    assert article.text[embed.span.start :].startswith("A machine should not be allowed")
    assert "form_build_id" not in article.text and "Twitter\n" not in article.text

    toi = load(PAGES / "hi-toi-json-state.html")
    [embed] = toi.embeds
    assert embed.kind == "json-state"
    assert toi.text[embed.span.start : embed.span.end] == "— netblocks (@netblocks)"


def test_text_less_dom_embed_lets_the_page_state_copy_in() -> None:
    article = load(PAGES / "hi-reuters-iframe-and-json-state.html")
    assert [e.kind for e in article.embeds] == ["iframe", "json-state"]
    iframe, state = article.embeds
    assert iframe.span.start == iframe.span.end  # shows no text
    assert article.text[state.span.start :].startswith("हिजो रातीको Fly Dubai")


def test_status_links_are_kept_with_their_position() -> None:
    article = load(PAGES / "hi-status-links.html")
    links = [e for e in article.embeds if e.kind == "status-link"]
    assert len(links) == 3
    first = links[0]
    assert first.span.start == first.span.end
    assert article.text[first.span.start :].startswith("एक्स पर दी")
    assert "x.com/DrSJaishankar/status/2019079042750693377" in first.html


def test_ordinary_quote_blockquote_is_a_quote_paragraph() -> None:
    article = load(PAGES / "hi-plain-blockquote.html")
    assert len(article.embeds) == 1
    assert any("किसी मशीन को" in t for t in paragraph_texts(article, "quote"))


@pytest.mark.parametrize("path", PAGE_FILES, ids=lambda p: p.name)
def test_every_fixture_page_parses_into_consistent_offsets(path: Path) -> None:
    article = load(path)
    assert normalize(article.text) == article.text
    previous_end = -1
    for p in article.paragraphs:
        assert p.span.start > previous_end
        assert article.text[p.span.start : p.span.end].strip()
        previous_end = p.span.end
    for e in article.embeds:
        assert 0 <= e.span.start <= e.span.end <= len(article.text)


# --- hostile input ----------------------------------------------------------------------


def test_oversized_page_is_refused_quickly() -> None:
    huge = "<html><body>" + "<p>हिंदी पाठ</p>" * (20 * 1024 * 1024 // 20) + "</body></html>"
    assert len(huge) > MAX_HTML_CHARS
    start = time.perf_counter()
    with pytest.raises(InputError, match="too large"):
        parse_html(huge, "huge.html")
    assert time.perf_counter() - start < 2.0
    with pytest.raises(InputError, match="too large"):
        parse_text("क" * (MAX_HTML_CHARS + 1), "huge.txt")


def test_deep_nesting_is_bounded() -> None:
    depth = 100_000
    deep = "<html><body>" + "<div>" * depth + "<p>गहरा</p>" + "</div>" * depth + SEED_EMBED_TAIL
    start = time.perf_counter()
    article = parse_html(deep, "deep.html")
    assert time.perf_counter() - start < 10.0
    assert isinstance(article.text, str)


SEED_EMBED_TAIL = "<p>अंत</p></body></html>"


def test_nul_bytes_and_control_characters() -> None:
    html = "<html><body><p>पहला\x00 वाक्य\x01\x02 यहां</p><p>दूसरा\x7f\x9b वाक्य</p></body></html>"
    article = parse_html(html, "nul.html")
    assert "पहला" in article.text and "दूसरा" in article.text
    assert not any(ord(ch) < 32 and ch != "\n" for ch in article.text)
    text = parse_text("शीर्षक\x00\nपाठ\x07 यहां", "nul.txt")
    assert "\x00" not in text.text and "\x07" not in text.text


def test_binary_garbage_and_odd_documents_do_not_crash() -> None:
    rng = random.Random(7)
    garbage = bytes(rng.randrange(256) for _ in range(50_000)).decode("latin-1")
    for doc in (
        "<html>" + garbage,
        garbage,
        "",
        "<!-- only a comment -->",
        '<?xml version="1.0" encoding="ISO-8859-1"?><html><body><p>नमस्ते</p></body></html>',
        "<blockquote class='twitter-tweet'><p>" * 5000,
        '<amp-twitter data-tweetid="not a number"></amp-twitter>',
        "<html><body><script>"
        + '{"html":"\\u003Cblockquote class=\\"twitter-tweet' * 200
        + "</script></body></html>",
    ):
        article = parse_html(doc, "odd.html")
        assert normalize(article.text) == article.text


def test_unicode_surrogates_are_replaced_not_fatal() -> None:
    article = parse_html("<p>a\ud800b</p>", "s.html")
    assert article.text.startswith("a")
