"""`verifier ci` end to end: config file, outputs, baseline, --changed-since, history."""

from __future__ import annotations

import http.server
import json
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from verifier.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_ab9b32bc1790fcea.txt"
QUOTE_START = "आज कनाडा की विदेश मंत्री"


def drifted(text: str) -> str:
    start = text.index(QUOTE_START)
    return text[:start] + text[start:].replace("अनीता आनंद", "मेलानी जोली", 1)


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A newsroom repo: two articles, one faithful and one drifted, and a verifier.toml."""
    (tmp_path / "articles").mkdir()
    seed = SEED.read_text(encoding="utf-8")
    (tmp_path / "articles" / "good.txt").write_text(seed, encoding="utf-8")
    (tmp_path / "articles" / "bad.txt").write_text(drifted(seed), encoding="utf-8")
    (tmp_path / "verifier.toml").write_text(
        'inputs = ["articles/*.txt"]\nthreshold = "major"\n'
        f'db = "sqlite:///{tmp_path / "ci.db"}"\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_ci_fails_on_drift_and_writes_every_output(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "ci",
            "--format",
            "sarif",
            "--output",
            "out.sarif",
            "--format",
            "junit",
            "--output",
            "out.xml",
        ]
    )
    capsys.readouterr()
    assert code == 1
    sarif = json.loads((newsroom / "out.sarif").read_text(encoding="utf-8"))
    results = sarif["runs"][0]["results"]
    assert any(r["ruleId"] == "entity" for r in results)
    assert all(
        "bad.txt" in r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in results
    )
    suite = ET.parse(newsroom / "out.xml").getroot()
    assert suite.findall(".//failure")


def test_ci_passes_once_the_drift_is_in_the_baseline_and_reports_stale_entries(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["baseline", "--output", "baseline.json"]) == 0
    capsys.readouterr()
    assert main(["ci", "--baseline", "baseline.json"]) == 0
    capsys.readouterr()
    # The editor fixes the article: the accepted finding no longer occurs.
    (newsroom / "articles" / "bad.txt").write_text(
        SEED.read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert main(["ci", "--baseline", "baseline.json"]) == 0
    assert "no longer occurs" in capsys.readouterr().err


def test_unknown_config_key_is_named(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (newsroom / "verifier.toml").write_text(
        'inputs = ["articles/*.txt"]\nthresold = "major"\n', encoding="utf-8"
    )
    assert main(["ci"]) == 2
    err = capsys.readouterr().err
    assert "thresold" in err and err.count("verifier: error") == 1


def test_flags_override_the_config(newsroom: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ci", "--ignore", "entity"]) == 0
    capsys.readouterr()


def test_changed_since_checks_only_touched_articles(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=newsroom, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "add", ".")
    git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "articles")
    # Nothing changed since HEAD: nothing to check, exit 0 even though bad.txt drifts.
    assert main(["ci", "--changed-since", "HEAD"]) == 0
    assert "no changed article" in capsys.readouterr().err
    (newsroom / "articles" / "bad.txt").write_text(
        drifted(SEED.read_text(encoding="utf-8")) + "\n", encoding="utf-8"
    )
    assert main(["ci", "--changed-since", "HEAD", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [a["source"].endswith("bad.txt") for a in report["articles"]] == [True]


def test_every_ci_run_is_stored_for_history(
    newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["ci"])
    (newsroom / "articles" / "bad.txt").write_text(
        SEED.read_text(encoding="utf-8"), encoding="utf-8"
    )
    main(["ci"])
    capsys.readouterr()
    assert main(["history", "articles/bad.txt", "--db", f"sqlite:///{newsroom / 'ci.db'}"]) == 0
    out = capsys.readouterr().out
    assert "2 runs" in out and "edited" in out and "gone" in out


@pytest.fixture
def news_site(tmp_path: Path) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 with a sitemap index, a sitemap, a feed and two pages."""
    import threading
    from functools import partial

    site = tmp_path / "site"
    site.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    (site / "good.txt").write_text(seed, encoding="utf-8")
    (site / "bad.txt").write_text(drifted(seed), encoding="utf-8")
    handler = partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    (site / "index.xml").write_text(
        f'<?xml version="1.0"?><sitemapindex {ns}><sitemap><loc>{base}/pages.xml</loc></sitemap></sitemapindex>',
        encoding="utf-8",
    )
    (site / "pages.xml").write_text(
        f'<?xml version="1.0"?><urlset {ns}><url><loc>{base}/good.txt</loc></url></urlset>',
        encoding="utf-8",
    )
    (site / "feed.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f"<item><title>a</title><link>{base}/bad.txt</link></item></channel></rss>",
        encoding="utf-8",
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - class attribute of the stdlib handler
        ".txt": "text/plain; charset=utf-8",
        ".xml": "application/xml",
    }

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def test_ci_reads_article_urls_from_a_sitemap_index_and_a_feed(
    tmp_path: Path,
    news_site: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "verifier.toml").write_text(
        f'sitemap = "{news_site}/index.xml"\nfeed = "{news_site}/feed.xml"\nallow_private = true\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    code = main(["ci", "--no-db", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert sorted(a["source"].rsplit("/", 1)[1] for a in report["articles"]) == [
        "bad.txt",
        "good.txt",
    ]
    assert code == 1  # the feed's article drifts
