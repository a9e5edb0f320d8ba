"""The editors' HTML report: what it shows, what it escapes, and that it can fetch nothing."""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from dataclasses import replace

import pytest
from bs4 import BeautifulSoup, Tag
from goldtest import compare_golden
from html_sample import (
    B_CLAIM,
    BREAKOUT,
    J_C1,
    J_C2,
    J_C3,
    J_POST2,
    JS_URL,
    N_C1,
    SCRIPT,
    bengali,
    flood,
    jaishankar,
    sample_result,
)

from verifier.model import Post, PostKey, VerificationResult
from verifier.policy.baseline import Baseline, baseline_from_result
from verifier.policy.policy import Gate
from verifier.report.html import build_page, render_html
from verifier.report.html_segments import Mark, segments
from verifier.report.html_view import safe_href

GENERATED = "2026-02-05 10:00 UTC"


@pytest.fixture(scope="module")
def html() -> str:
    return render_html(sample_result(), title="Desk check: Hindi wire copy", generated_at=GENERATED)


@pytest.fixture(scope="module")
def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "lxml")


def _pair(soup: BeautifulSoup, dom_id: str) -> Tag:
    el = soup.find(id=dom_id)
    assert isinstance(el, Tag), dom_id
    return el


def _side(pair: Tag, side: str) -> Tag:
    el = pair.select_one(f".side.{side} blockquote.text")
    assert el is not None
    return el


# --- the page can fetch nothing and run nothing but its own script -------------------------


def test_csp_meta_forbids_every_request_and_names_the_inline_script(soup: BeautifulSoup) -> None:
    meta = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    assert isinstance(meta, Tag)
    policy = str(meta["content"])
    assert "default-src 'none'" in policy
    assert "img-src data:" in policy
    scripts = soup.find_all("script")
    assert len(scripts) == 1 and not scripts[0].get("src")
    source = scripts[0].string or ""
    assert "function" in source
    digest = base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy
    # The policy must come before anything it protects.
    assert soup.head is not None and soup.head.find("meta") is not None
    assert soup.head.find_all("meta")[1] is meta


def test_no_element_loads_anything_from_anywhere(soup: BeautifulSoup, html: str) -> None:
    for el in soup.find_all(src=True):
        pytest.fail(f"element loads {el['src']!r}")
    for link in soup.find_all("link"):
        assert str(link["href"]).startswith("data:"), link
    assert not soup.find_all(["iframe", "object", "embed", "img", "video", "audio", "base"])
    style = soup.find("style")
    assert style is not None and style.string is not None
    assert "url(" not in style.string and "@import" not in style.string
    assert not re.search(r"""(src|srcset|poster|data)\s*=\s*["']?https?:""", html)


def test_only_http_links_the_skip_link_and_the_index(soup: BeautifulSoup) -> None:
    hrefs = [str(a["href"]) for a in soup.find_all("a", href=True)]
    assert "#results" in hrefs
    sections = {f"#{s['id']}" for s in soup.select("section.article")}
    assert {a["href"] for a in soup.select("#index a")} == sections
    for href in hrefs:
        assert href == "#results" or href in sections or re.match(r"https?://[^\s/]+", href), href
    assert all(a.get("rel") and "noopener" in a["rel"] for a in soup.find_all("a", target=True))


# --- hostile text is shown, never interpreted ------------------------------------------------


def test_hostile_strings_are_text_everywhere(soup: BeautifulSoup, html: str) -> None:
    article = _pair(soup, "a3")
    text = article.get_text()
    assert SCRIPT in text  # shown to the editor as written…
    assert BREAKOUT in text
    assert soup.find_all("img") == []  # …never turned into markup
    for el in soup.find_all(True):
        for attr in el.attrs:
            assert not attr.lower().startswith("on"), (el.name, attr)
    assert "<script>alert" not in html
    assert 'onmouseover="alert' not in html
    title = article.find("h2")
    assert title is not None and SCRIPT + BREAKOUT in title.get_text()
    handle = article.select_one(".handle")
    assert handle is not None and handle.get_text() == '@x" onmouseover="alert(1)'


def test_javascript_and_data_urls_are_shown_as_text_not_linked(soup: BeautifulSoup) -> None:
    article = _pair(soup, "a3")
    assert article.find_all("a") == []
    assert JS_URL in article.get_text()
    assert "javascript:alert('" in (article.select_one(".src") or Tag(name="x")).get_text()
    assert "data:text/html" in article.get_text()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.com/DrSJaishankar/status/1", "https://x.com/DrSJaishankar/status/1"),
        ("http://example.in/a?b=1&c=2", "http://example.in/a?b=1&c=2"),
        ("HTTPS://X.COM/a", "HTTPS://X.COM/a"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox", None),
        ("//evil.example/x", None),
        ("/relative/path", None),
        ("https://", None),
        ("https://exa mple.in/", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_href(url: str | None, expected: str | None) -> None:
    assert safe_href(url) == expected


# --- what an editor reads ---------------------------------------------------------------------


def test_devanagari_and_bengali_survive_with_lang_attributes(soup: BeautifulSoup) -> None:
    faithful = _pair(soup, "a1-1")
    claim = _side(faithful, "claim")
    assert claim.get_text() == J_C1
    assert unicodedata.is_normalized("NFC", claim.get_text())
    assert claim["lang"] == "hi"
    assert _side(faithful, "post")["lang"] == "en"
    bengali = _side(_pair(soup, "a4-1"), "claim")
    assert bengali.get_text() == B_CLAIM and bengali["lang"] == "bn"
    assert soup.html is not None and soup.html["lang"] == "en"
    charset = soup.find("meta", charset=True)
    assert isinstance(charset, Tag) and str(charset["charset"]).lower() == "utf-8"


def test_anchors_share_number_and_colour_on_both_sides(soup: BeautifulSoup) -> None:
    pair = _pair(soup, "a1-1")

    def marks(side: str) -> dict[str, tuple[str, str]]:
        out = {}
        for m in _side(pair, side).find_all("mark"):
            classes = m["class"]
            number = next(c for c in classes if re.fullmatch(r"n\d+", c))
            colour = next(c for c in classes if re.fullmatch(r"c\d", c))
            out[number] = (colour, m.get_text())
        return out

    post, claim = marks("post"), marks("claim")
    assert post.keys() == claim.keys() and len(post) == 6
    assert {n: c for n, (c, _) in post.items()} == {n: c for n, (c, _) in claim.items()}
    pairs = {post[n][1]: claim[n][1] for n in post}
    assert pairs["Canada"] == "कनाडा"
    assert pairs["Washington"] == "वॉशिंगटन"
    assert pairs["today"] == "आज"
    # Numbered in the post's reading order, and the number is also a visible badge.
    first = _side(pair, "post").find("mark")
    assert first is not None and first.get_text() == "@AnitaAnandMP" and first["data-n"] == "1"


def test_drift_pair_explains_each_finding_and_highlights_its_evidence(soup: BeautifulSoup) -> None:
    pair = _pair(soup, "a1-2")
    assert pair["data-v"] == "drift"
    assert set(str(pair["data-k"]).split()) == {"entity", "omission"}
    badge = pair.select_one(".pair-h .badge")
    assert badge is not None and badge.get_text() == "Drift"
    findings = pair.select(".finding")
    assert [f.select_one(".sev").get_text() for f in findings] == ["critical", "major"]  # type: ignore[union-attr]
    entity = findings[0]
    assert "says पेरू (Peru) instead" in entity.get_text()
    assert entity.select_one(".kind").get_text() == "name or place"  # type: ignore[union-attr]
    peru = _side(pair, "claim").select_one("mark.fd")
    assert peru is not None and peru.get_text() == "पेरू" and "s-critical" in peru["class"]
    canada = _side(pair, "post").select_one("mark.f1")
    assert canada is not None and canada.get_text() == "Canada"
    # The dropped clause is marked on the post side only: the rendering has nothing to mark.
    assert _side(pair, "post").select_one("mark.f2").get_text() == "critical minerals"  # type: ignore[union-attr]
    assert _side(pair, "claim").select_one("mark.f2") is None
    assert _side(pair, "claim").get_text() == J_C2


def test_number_finding_shows_both_numbers(soup: BeautifulSoup) -> None:
    pair = _pair(soup, "a2-1")
    assert pair["data-k"] == "number"
    assert _side(pair, "post").select_one("mark.fd").get_text() == "50"  # type: ignore[union-attr]
    assert _side(pair, "claim").select_one("mark.fd").get_text() == "15"  # type: ignore[union-attr]
    assert _side(pair, "claim").get_text() == N_C1
    evidence = pair.select_one(".evidence")
    assert evidence is not None and [q.get_text() for q in evidence.find_all("q")] == ["50", "15"]


def test_post_card_shows_author_handle_date_and_status_link(soup: BeautifulSoup) -> None:
    post = _pair(soup, "a2-1").select_one(".side.post")
    assert post is not None
    assert post.select_one(".handle").get_text() == "@HMOIndia"  # type: ignore[union-attr]
    assert post.find("time")["datetime"] == "2026-07-02"  # type: ignore[index]
    link = post.find("a")
    assert (
        link is not None
        and link["href"] == "https://twitter.com/HMOIndia/status/2020000000000000001"
    )
    assert "differs from the platform" in post.get_text()
    assert "Assam and Meghalaya" in post.get_text()  # the canonical text, one click away


def test_unsourced_unrendered_confirmations_and_skips_are_listed(soup: BeautifulSoup) -> None:
    first = _pair(soup, "a1")
    unsourced = first.select('.item[data-v="unsourced"]')
    assert [u.select_one("blockquote").get_text() for u in unsourced] == [J_C3]  # type: ignore[union-attr]
    unrendered = first.select('.item[data-v="unrendered"]')
    assert len(unrendered) == 1
    assert unrendered[0].select_one("blockquote").get_text() == J_POST2  # type: ignore[union-attr]
    assert "deleted on the platform" in unrendered[0].get_text()
    assert "no data-tweetid attribute" in first.get_text()
    summary = soup.select_one(".summary")
    assert summary is not None and "HTTP 404 Not Found" in summary.get_text()
    article_finding = _pair(soup, "a2").select_one('.item[data-k="embed-mismatch"]')
    assert (
        article_finding is not None and "'and Meghalaya' is missing" in article_finding.get_text()
    )


def test_summary_counts_verdicts_and_findings(soup: BeautifulSoup) -> None:
    tiles = {
        t.select_one(".badge").get_text(): int(t.dd.get_text())  # type: ignore[union-attr]
        for t in soup.select(".verdicts .tile")
    }
    assert tiles == {
        "Drift": 2,
        "Minor drift": 2,
        "Faithful": 2,
        "Unsourced claim": 1,
        "Unrendered post": 1,
    }
    rows = {
        r.th.code.get_text(): [td.get_text() for td in r.find_all("td")]  # type: ignore[union-attr]
        for r in soup.select("table.kinds tbody tr")
    }
    assert rows["entity"] == ["1", "–", "–", "1"]
    assert rows["number"] == ["1", "–", "–", "1"]
    assert rows["intensity"] == ["–", "–", "1", "1"]
    assert "negation" not in rows  # only kinds that occurred


def test_faithful_articles_start_collapsed_drifting_ones_open(soup: BeautifulSoup) -> None:
    opened = {
        s["id"]: s.select_one("details.body[open]") is not None
        for s in soup.select("section.article")
    }
    assert opened == {"a1": True, "a2": True, "a3": True, "a4": False}


def test_filters_have_labels_and_data_for_every_item(soup: BeautifulSoup) -> None:
    form = soup.find("form", id="filters")
    assert isinstance(form, Tag)
    for control in form.find_all(["select", "input"]):
        if control.get("type") == "checkbox":
            assert control.find_parent("label") is not None
        else:
            assert form.find("label", attrs={"for": control["id"]}) is not None
    kinds = [o["value"] for o in form.select("#f-kind option")]
    assert kinds == ["", "entity", "number", "omission", "addition", "intensity", "embed-mismatch"]
    assert len(form.select("#f-art option")) == 1 + 4
    for item in soup.select(".item"):
        assert item["data-v"] in {"drift", "minor", "faithful", "unsourced", "unrendered"}
        assert item.has_attr("data-k") and str(item["data-s"]).isdigit()


# --- determinism, bounds, odd input ------------------------------------------------------------


def test_golden_report(html: str) -> None:
    compare_golden("report.html", html)


def test_same_result_same_bytes_and_no_clock() -> None:
    a = render_html(sample_result())
    assert a == render_html(sample_result())
    assert "generated" not in BeautifulSoup(a, "lxml").select_one(".top .meta").get_text()  # type: ignore[union-attr]


def test_empty_run_renders_a_page_that_says_so() -> None:
    soup = BeautifulSoup(render_html(VerificationResult(articles=())), "lxml")
    assert "No articles in this run." in soup.get_text()
    assert soup.select(".item") == []


def test_huge_texts_are_clipped_and_bad_spans_ignored() -> None:
    ar = jaishankar()
    huge = replace(ar.posts[0], text="Canada " * 200_000)
    ar = replace(ar, posts=(huge, ar.posts[1]))
    out = render_html(VerificationResult(articles=(ar,)))
    assert len(out) < 200_000
    assert "…" in out


def test_pair_pointing_at_a_missing_post_is_dropped_not_fatal() -> None:
    ar = flood()
    ghost = replace(ar.pairs[0], post=PostKey("nope"))
    page = build_page(VerificationResult(articles=(replace(ar, pairs=(ghost, ar.pairs[1])),)))
    assert [p.verdict for p in page.articles[0].pairs] == ["minor"]


def test_unknown_post_language_is_guessed_for_the_lang_attribute() -> None:
    ar = flood()
    post = replace(ar.posts[0], lang="und")
    page = build_page(VerificationResult(articles=(replace(ar, posts=(post,)),)))
    assert page.articles[0].pairs[0].post.lang == "en"
    assert isinstance(post, Post)


# --- segments --------------------------------------------------------------------------------


def test_segments_rejoin_to_the_text_and_badge_only_where_a_mark_starts() -> None:
    text = "FM of Canada in Washington"
    marks = [
        Mark(6, 12, "an n1 c0", "1", "match 1"),
        Mark(0, 12, "fd s-critical f1", "F1", "finding", rank=3),
        Mark(16, 26, "an n2 c1", "2", "match 2"),
    ]
    segs = segments(text, marks)
    assert "".join(s.text for s in segs) == text
    by_text = {s.text: s for s in segs}
    assert by_text["FM of "].label == "F1" and by_text["FM of "].css == "fd s-critical f1"
    assert by_text["Canada"].label == "1"
    assert by_text["Canada"].css.split() == ["fd", "s-critical", "f1", "an", "n1", "c0"]
    assert by_text[" in "].css == ""
    assert by_text["Washington"].label == "2"


def test_segments_ignore_marks_outside_the_text() -> None:
    segs = segments("नमस्ते", [Mark(3, 99, "an n1 c0", "1", "x"), Mark(4, 2, "x", "", "")])
    assert segs == (segments("नमस्ते", [])[0],)
    assert segments("", []) == ()


# --- order, index, baseline --------------------------------------------------------------


def test_drift_comes_first_by_severity_then_input_order() -> None:
    page = build_page(sample_result())
    assert [a.index for a in page.articles] == [2, 1, 3, 4]
    assert [r.index for r in page.index] == [2, 1, 3, 4] and page.index_open
    calm_one = bengali()
    calm = VerificationResult(
        tuple(
            replace(calm_one, article=replace(calm_one.article, source=f"b{i}")) for i in range(60)
        )
    )
    long = build_page(calm)
    assert len(long.index) == 60 and not long.index_open  # a long index starts closed
    assert build_page(VerificationResult((bengali(),))).index == ()


def test_accepted_findings_are_marked_for_the_baseline_filter() -> None:
    result = sample_result()
    entity = Baseline(tuple(e for e in baseline_from_result(result).entries if e.kind == "entity"))
    soup = BeautifulSoup(render_html(result, gate=Gate(baseline=entity)), "lxml")
    assert soup.select_one("#f-base") is not None
    assert _pair(soup, "a1-2")["data-b"] == "new accepted"  # entity accepted, omission new
    assert _pair(soup, "a2-1")["data-b"] == "new"
    assert _pair(soup, "a1-1")["data-b"] == ""  # faithful: no findings
    accepted = soup.select(".finding.accepted")
    assert [f["data-kind"] for f in accepted] == ["entity"]
    assert accepted[0]["data-acc"] == "1"
    # Without a baseline there is nothing to filter on.
    assert BeautifulSoup(render_html(result), "lxml").select_one("#f-base") is None
