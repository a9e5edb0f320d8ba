"""The editors' HTML report in a real headless Chromium (the system one, never a download).

Opens the report from a file, as an editor would from an e-mail or a CI artifact, and checks
what they would notice: it loads cleanly and asks no other host for anything, drift comes
first and the index sorts, filters change what is visible and survive a reload through the
URL, accepted findings can be shown or hidden, the visible findings download as CSV, the
keyboard reaches the filters, dark mode and print work, and axe-core finds no serious or
critical accessibility problem. Writes ``tests/artifacts/report.png``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from html_sample import bengali, flood, sample_result
from playwright.sync_api import expect, sync_playwright

from verifier.model import VerificationResult
from verifier.policy.baseline import Baseline, baseline_from_result
from verifier.policy.policy import Gate
from verifier.report.html import render_html

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (apt-get install chromium)"
    ),
]


def accepting(result: VerificationResult, *kinds: str) -> Gate:
    """A gate whose baseline accepts the findings of ``kinds`` (the newsroom said they are fine)."""
    everything = baseline_from_result(result)
    return Gate(baseline=Baseline(tuple(e for e in everything.entries if e.kind in kinds)))


@pytest.fixture(scope="module")
def report_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("html") / "report.html"
    result = sample_result()
    gate = accepting(result, "entity", "embed-mismatch")
    path.write_text(
        render_html(result, generated_at="2026-02-05 10:00 UTC", gate=gate), encoding="utf-8"
    )
    return path.as_uri()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Opened:
    """A page with everything it logged and requested."""

    def __init__(self, browser: Any, url: str, **context: Any) -> None:
        self.context = browser.new_context(**context)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        # Belt and braces: nothing may leave the machine even if the page tried.
        self.context.route(re.compile(r"^(?!file:|data:)"), lambda route: route.abort())
        self.page.goto(url, wait_until="load")

    def _console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(message.text)

    def visible_ids(self, selector: str = ".item") -> list[str]:
        ids: list[str] = self.page.eval_on_selector_all(
            selector, "els => els.filter(e => e.checkVisibility()).map(e => e.id)"
        )
        return ids

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def opened(browser: Any, report_url: str) -> Iterator[Opened]:
    o = Opened(browser, report_url, viewport={"width": 1280, "height": 900})
    yield o
    o.close()


def test_loads_with_no_console_errors_and_no_request_to_any_other_host(
    opened: Opened, report_url: str
) -> None:
    assert opened.errors == []
    assert opened.requests, "the page itself was requested"
    for url in opened.requests:
        assert url == report_url or url.startswith("data:"), url
    # The inline script ran under the page's CSP (its hash matched): the filters were revealed.
    assert opened.page.locator("#filters").is_visible()
    assert opened.page.get_by_role("heading", level=1).inner_text() == "verifier report"


def test_drift_only_hides_faithful_pairs_and_reset_brings_them_back(opened: Opened) -> None:
    page = opened.page
    assert "a1-1" in opened.visible_ids()
    page.get_by_role("button", name="Drift only").click()
    visible = opened.visible_ids()
    assert visible and set(visible) == set(opened.visible_ids('.item[data-v="drift"]'))
    assert "a1-1" not in visible and "a1-2" in visible and "a2-1" in visible
    assert page.locator("#a4").is_hidden()  # an article with no drift disappears entirely
    assert page.get_by_role("status").inner_text().startswith("Showing 3 of 9 items")
    page.get_by_role("button", name="Reset").click()
    assert "a1-1" in opened.visible_ids()
    assert (
        page.locator("#a4").is_visible() and "a4-1" not in opened.visible_ids()
    )  # collapsed again


def test_kind_severity_article_and_text_filters(opened: Opened) -> None:
    page = opened.page
    page.get_by_label("Kind").select_option("number")
    assert opened.visible_ids() == ["a2-1"]
    page.get_by_label("Kind").select_option("")
    page.get_by_label("Severity").select_option("3")
    assert opened.visible_ids() == ["a2-f1", "a2-1", "a1-2"]  # drift first, by severity
    page.get_by_label("Severity").select_option("0")
    page.get_by_label("Article", exact=True).select_option("4")
    assert opened.visible_ids() == ["a4-1"]  # its collapsed article opens to show the match
    assert opened.visible_ids("section.article") == ["a4"]
    page.get_by_label("Article", exact=True).select_option("")
    # The search waits for typing to pause; expect() polls without eval (which CSP forbids).
    page.get_by_label("Search text").fill("पेरू")
    expect(page.get_by_role("status")).to_contain_text("Showing 1 of 9 items")
    assert opened.visible_ids() == ["a1-2"]
    page.get_by_label("Search text").fill("no such words anywhere")
    expect(page.get_by_text("Nothing matches these filters.")).to_be_visible()
    assert opened.visible_ids() == []


def test_keyboard_reaches_the_filters_with_a_visible_focus(opened: Opened) -> None:
    page = opened.page
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to results"
    for _ in range(40):  # past the index's links and sort buttons
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('#filters')"):
            break
    else:
        pytest.fail("Tab never reached the filters")
    style = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert style not in ("none", "")
    # The first filter is the Drift checkbox: Space unticks it and drift pairs disappear.
    assert page.evaluate("document.activeElement.value") == "drift"
    page.keyboard.press("Space")
    assert "a1-2" not in opened.visible_ids() and "a1-1" in opened.visible_ids()
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "f-q"


def test_pointing_at_an_anchor_lights_its_partner_on_the_other_side(opened: Opened) -> None:
    page = opened.page
    page.locator("#a1-1 .side.post mark.n2").hover()
    classes = page.locator("#a1-1 .side.claim mark.n2").get_attribute("class") or ""
    assert "lit" in classes.split()
    assert "lit" not in (page.locator("#a1-1 .side.claim mark.n1").get_attribute("class") or "")
    assert page.locator("#a1-1 .side.claim mark.n2").inner_text().endswith("कनाडा")


def test_screenshot_artifact(opened: Opened) -> None:
    page = opened.page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    # A viewport as tall as the page, so that content-visibility renders every article.
    height = page.evaluate("document.documentElement.scrollHeight")
    page.set_viewport_size({"width": 1280, "height": height})
    out = ARTIFACTS / "report.png"
    page.screenshot(path=str(out), full_page=True)
    assert out.stat().st_size > 10_000


def test_columns_stack_on_a_narrow_screen(browser: Any, report_url: str) -> None:
    o = Opened(browser, report_url, viewport={"width": 400, "height": 800})
    try:
        post = o.page.locator("#a1-2 .side.post").bounding_box()
        claim = o.page.locator("#a1-2 .side.claim").bounding_box()
        assert post and claim and post["x"] == claim["x"] and claim["y"] > post["y"]
        assert o.page.evaluate("document.documentElement.scrollWidth") <= 400
    finally:
        o.close()


def _luminance(css_colour: str) -> float:
    r, g, b = (int(x) / 255 for x in re.findall(r"\d+", css_colour)[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_dark_mode_has_a_dark_background_and_light_text(browser: Any, report_url: str) -> None:
    o = Opened(browser, report_url, color_scheme="dark", viewport={"width": 1280, "height": 900})
    try:
        bg = o.page.evaluate("getComputedStyle(document.documentElement).backgroundColor")
        fg = o.page.evaluate("getComputedStyle(document.body).color")
        assert _luminance(bg) < 0.15 < 0.8 < _luminance(fg)
        assert o.errors == []
    finally:
        o.close()


def test_print_hides_the_filters_and_shows_collapsed_pairs(opened: Opened) -> None:
    page = opened.page
    assert "a4-1" not in opened.visible_ids()
    page.emulate_media(media="print")
    assert page.locator("#filters").is_hidden()
    assert page.locator(".skip").is_hidden()
    assert "a4-1" in opened.visible_ids()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_or_critical_violation(
    browser: Any, report_url: str, scheme: str
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    o = Opened(browser, report_url, color_scheme=scheme, viewport={"width": 1280, "height": 900})
    try:
        o.page.get_by_role("button", name="Expand all").click()  # check collapsed content too
        results = Axe().run(o.page)
        bad = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
        assert bad == [], results.generate_report()
        assert o.errors == []
    finally:
        o.close()


def test_drift_comes_first_and_the_index_sorts(opened: Opened) -> None:
    page = opened.page
    assert opened.visible_ids("section.article") == ["a2", "a1", "a3", "a4"]
    order = page.locator("#index tbody tr td:nth-child(2)")
    assert order.all_inner_texts() == ["2", "1", "3", "4"]
    page.get_by_role("button", name="#", exact=True).click()
    assert order.all_inner_texts() == ["1", "2", "3", "4"]
    assert page.locator("#index th[data-key=index]").get_attribute("aria-sort") == "ascending"
    page.get_by_role("button", name="Minor", exact=True).click()  # numbers: most first
    assert order.all_inner_texts()[0] == "2"
    assert "sort=minor-desc" in page.url
    page.locator("#index a[href='#a4']").click()
    assert page.url.endswith("#a4")


def test_filters_are_kept_in_the_url_and_restored_on_reload(opened: Opened) -> None:
    page = opened.page
    page.get_by_label("Kind").select_option("number")
    page.get_by_label("Severity").select_option("3")
    assert re.search(r"[?&]k=number(&|$)", page.url) and re.search(r"[?&]s=3(&|$)", page.url)
    shown = opened.visible_ids()
    page.reload(wait_until="load")
    assert page.get_by_label("Kind").input_value() == "number"
    assert page.get_by_label("Severity").input_value() == "3"
    assert opened.visible_ids() == shown == ["a2-1"]
    page.get_by_role("button", name="Reset").click()
    assert "?" not in page.url


def test_accepted_findings_can_be_shown_alone_or_hidden(opened: Opened) -> None:
    page = opened.page
    assert page.locator("#a1-2 .finding.accepted .badge.acc").inner_text() == (
        "accepted in the baseline"
    )
    page.get_by_label("Baseline").select_option("accepted")
    assert opened.visible_ids() == ["a2-f1", "a1-2"]
    page.get_by_label("Baseline").select_option("new")
    new = opened.visible_ids()
    assert "a2-f1" not in new and "a1-2" in new  # its omission is new, its entity accepted
    assert "b=new" in page.url


def test_visible_findings_download_as_csv(opened: Opened) -> None:
    page = opened.page
    page.get_by_label("Severity").select_option("3")
    page.get_by_label("Baseline").select_option("new")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download visible findings (CSV)").click()
    download = info.value
    assert download.suggested_filename == "verifier-findings.csv"
    text = Path(download.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["item"], r["kind"], r["severity"], r["baseline"]) for r in rows] == [
        ("a2-1", "number", "critical", "new")
    ]
    assert rows[0]["post"] == "50" and rows[0]["article_text"] == "15"
    assert rows[0]["source"] == "https://www.example-news.in/india/assam-floods-ndrf"
    assert "50" in rows[0]["message"]
    assert opened.errors == []


def test_a_large_run_opens_on_its_drift_with_an_index(browser: Any, tmp_path: Path) -> None:
    """200 articles whose only drift is the 111th: it is the first article on the page."""
    calm = bengali()
    articles = [
        replace(calm, article=replace(calm.article, source=f"wire/{i}.html")) for i in range(200)
    ]
    articles[110] = replace(flood(), article=replace(flood().article, source="wire/110.html"))
    path = tmp_path / "large.html"
    path.write_text(render_html(VerificationResult(tuple(articles))), encoding="utf-8")
    o = Opened(browser, path.as_uri(), viewport={"width": 1280, "height": 900})
    try:
        first = o.page.locator("section.article").first
        assert first.get_attribute("id") == "a111"
        assert first.is_visible() and first.bounding_box() is not None
        # A long index starts closed (it would slow the first paint) and opens on a click.
        assert o.page.locator("#index").is_hidden()
        o.page.get_by_text("Index of 200 articles").click()
        assert o.page.locator("#index tbody tr").count() == 200
        first_row = o.page.locator("#index tbody tr").first
        assert first_row.is_visible() and first_row.get_attribute("data-index") == "111"
        o.page.get_by_role("button", name="Critical").click()
        assert "sort=critical-desc" in o.page.url
        o.page.reload(wait_until="load")  # the chosen order comes back, index open
        assert o.page.locator("#index tbody tr").first.get_attribute("data-index") == "111"
        assert o.page.locator("#index").is_visible()
        assert o.errors == []
    finally:
        o.close()
