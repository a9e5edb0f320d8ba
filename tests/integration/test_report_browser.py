"""The editors' HTML report in a real headless Chromium (the system one, never a download).

Opens the report from a file, as an editor would from an e-mail or a CI artifact, and checks
what they would notice: it loads cleanly and asks no other host for anything, filters change
what is visible, the keyboard reaches them, dark mode and print work, and axe-core finds no
serious or critical accessibility problem. Writes ``tests/artifacts/report.png``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from html_sample import sample_result
from playwright.sync_api import expect, sync_playwright

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


@pytest.fixture(scope="module")
def report_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("html") / "report.html"
    path.write_text(
        render_html(sample_result(), generated_at="2026-02-05 10:00 UTC"), encoding="utf-8"
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
    assert opened.visible_ids() == ["a1-2", "a2-f1", "a2-1"]
    page.get_by_label("Severity").select_option("0")
    page.get_by_label("Article").select_option("4")
    assert opened.visible_ids() == ["a4-1"]  # its collapsed article opens to show the match
    assert opened.visible_ids("section.article") == ["a4"]
    page.get_by_label("Article").select_option("")
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
    for _ in range(10):
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
