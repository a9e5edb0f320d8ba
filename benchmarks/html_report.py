"""How fast the editors' HTML report is built and how fast it opens in headless Chromium.

Builds a report of N synthetic articles (default 500, shaped like ``tests/html_sample.py``:
mostly faithful Bengali/Hindi renderings, some drifting), prints the time to build and render
it, its size, and then opens it from a file in the system Chromium (never a downloaded one)
several times and prints navigation timings (DOMContentLoaded, load, first contentful paint)
plus the time the "Drift only" filter and a text search take. Run from the repo root:

    .venv/bin/python benchmarks/html_report.py [N] [--runs R] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from html_sample import many_articles  # noqa: E402

from verifier.report.html import build_page, render_page  # noqa: E402

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

_TIMINGS_JS = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
          fcp: fcp ? fcp.startTime : -1, nodes: document.getElementsByTagName('*').length};
}"""

_FILTER_JS = """() => {
  const t0 = performance.now();
  document.getElementById('f-drift').click();
  document.body.offsetHeight;  // force style and layout so the cost is counted
  const t1 = performance.now();
  const q = document.getElementById('f-q');
  q.value = 'canada';
  document.getElementById('f-reset').click();
  q.value = 'canada';
  q.dispatchEvent(new Event('change', {bubbles: true}));
  document.body.offsetHeight;
  const t2 = performance.now();
  return {drift_only: t1 - t0, search: t2 - t1,
          visible: document.querySelectorAll('.item:not([hidden])').length};
}"""


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values):7.1f} ms   max {max(values):7.1f} ms"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=500)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args(argv)

    result = many_articles(args.n)
    t0 = time.perf_counter()
    page = build_page(result, generated_at="benchmark")
    t1 = time.perf_counter()
    html = render_page(page)
    t2 = time.perf_counter()
    pairs = sum(len(a.pairs) for a in page.articles)
    print(f"articles {args.n}, pairs {pairs}, items {page.summary.item_total}")
    print(f"build context  {1000 * (t1 - t0):8.1f} ms")
    print(f"render (jinja) {1000 * (t2 - t1):8.1f} ms")
    print(f"size           {len(html.encode('utf-8')) / 1024:8.1f} KiB")

    if not Path(args.chromium).exists():
        print(f"{args.chromium} not found: skipping the browser timings")
        return 0
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        path = Path(tmp) / "report.html"
        path.write_text(html, encoding="utf-8")
        browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
        walls: list[float] = []
        dcl: list[float] = []
        load: list[float] = []
        fcp: list[float] = []
        drift: list[float] = []
        search: list[float] = []
        nodes = 0
        for _ in range(args.runs):
            page_ = browser.new_page(viewport={"width": 1280, "height": 900})
            start = time.perf_counter()
            page_.goto(path.as_uri(), wait_until="load")
            walls.append(1000 * (time.perf_counter() - start))
            t = page_.evaluate(_TIMINGS_JS)
            dcl.append(t["dcl"])
            load.append(t["load"])
            fcp.append(t["fcp"])
            nodes = t["nodes"]
            f = page_.evaluate(_FILTER_JS)
            drift.append(f["drift_only"])
            search.append(f["search"])
            page_.close()
        browser.close()
    print(f"DOM elements   {nodes}")
    print(f"goto → load (wall)        {_ms(walls)}")
    print(f"DOMContentLoaded          {_ms(dcl)}")
    print(f"load event end            {_ms(load)}")
    print(f"first contentful paint    {_ms(fcp)}")
    print(f'"Drift only" filter       {_ms(drift)}')
    print(f"text search               {_ms(search)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
