"""`verifier check` over many inputs: directories, globs, lists; keep going; workers; time
budget; resume from the store; a store that fails; paged HTML; Ctrl-C.

Real fixture pages from tests/data/pages (see its README for their provenance) and the seed
article; a real SQLite file, and the real PostgreSQL where a test says so.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import test_ci_command
from sqlalchemy import text

from verifier.cli import main
from verifier.store.database import make_engine

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "data" / "pages"
SEED = ROOT / "seeds" / "000_ab9b32bc1790fcea.txt"
news_site = test_ci_command.news_site  # a real HTTP server: sitemap index, sitemap, feed
# Four real pages: one that drifts, three that do not, in two directories.
DRIFTING = "hi-status-links.html"
CLEAN = ("hi-boilerplate-no-posts.html", "hi-twitter-video.html", "en-article-mentions.html")


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """An archive directory: pages at the top and in a sub-directory, and files that are
    not articles (a hidden file, an image name) that a directory input must leave out."""
    root = tmp_path / "archive"
    (root / "2026" / "12").mkdir(parents=True)
    shutil.copy(PAGES / DRIFTING, root / DRIFTING)
    shutil.copy(PAGES / CLEAN[0], root / CLEAN[0])
    shutil.copy(PAGES / CLEAN[1], root / "2026" / "12" / CLEAN[1])
    shutil.copy(SEED, root / "2026" / "seed.txt")
    (root / ".hidden.html").write_text("<p>not this</p>", encoding="utf-8")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    return root


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict, str]:
    code = main(["check", "--no-db", "-q", "--format", "json", *args])
    out = capsys.readouterr()
    return code, json.loads(out.out), out.err


def _sources(report: dict) -> list[str]:
    return [Path(a["source"]).name for a in report["articles"]]


def test_a_directory_is_its_article_files_in_path_order(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report, _ = _json(capsys, str(archive))
    assert _sources(report) == [CLEAN[1], "seed.txt", CLEAN[0], DRIFTING]
    assert report["skipped"] == []
    assert code == 1  # hi-status-links drifts


def test_a_quoted_glob_is_expanded_recursively(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report, _ = _json(capsys, str(archive / "**" / "*.html"))
    assert sorted(_sources(report)) == sorted([CLEAN[0], CLEAN[1], DRIFTING])


def test_one_bad_input_among_many_is_one_line_and_the_run_goes_on(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "gone.html"
    code, report, err = _json(
        capsys, str(archive / CLEAN[0]), str(missing), str(archive / "2026" / "seed.txt")
    )
    assert _sources(report) == [CLEAN[0], "seed.txt"]
    assert [s["what"] for s in report["skipped"]] == [str(missing)]
    assert "not found" in report["skipped"][0]["why"]
    assert report["summary"]["skipped"] == 1
    assert code == 5  # no drift, but an input was not checked
    assert "1 of 3 input(s) not checked" in err


def test_fail_fast_stops_at_the_first_bad_input(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["check", "--no-db", "--fail-fast", str(archive / CLEAN[0]), str(tmp_path / "gone.html")]
    )
    out = capsys.readouterr()
    assert code == 2
    assert out.out == ""
    assert "gone.html" in out.err and "not found" in out.err


def test_inputs_from_a_list_file_and_from_standard_input(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    listing = tmp_path / "urls.txt"
    listing.write_text(
        f"# today's articles\n{archive / DRIFTING}\n\n{archive / CLEAN[0]}\n", encoding="utf-8"
    )
    _, report, _ = _json(capsys, "--from", str(listing))
    assert _sources(report) == [DRIFTING, CLEAN[0]]

    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{archive / CLEAN[0]}\n"))
    _, report, _ = _json(capsys, "--from", "-", str(archive / DRIFTING))
    assert _sources(report) == [DRIFTING, CLEAN[0]]


def test_two_workers_report_what_one_reports_in_input_order(
    archive: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, one, _ = _json(capsys, "-j", "1", str(archive))
    _, two, _ = _json(capsys, "-j", "2", str(archive))
    _, inline, _ = _json(capsys, "-j", "1", "--article-timeout", "0", str(archive))
    assert one == two == inline


def test_jsonl_streams_one_line_per_input_then_the_summary(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.jsonl"
    code = main(
        ["check", "--no-db", "-q", str(archive), str(tmp_path / "gone.txt"),
         "--format", "jsonl", "--output", str(out)]
    )  # fmt: skip
    capsys.readouterr()
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["type"] for line in lines] == ["article"] * 4 + ["skipped", "summary"]
    assert [line["index"] for line in lines[:-1]] == [0, 1, 2, 3, 4]
    assert lines[-1]["summary"]["articles"] == 4 and lines[-1]["summary"]["skipped"] == 1
    assert lines[-1]["gate"]["blocking"] > 0
    assert code == 1
    # The same article lines as the JSON report's articles.
    _, report, _ = _json(capsys, str(archive))
    assert [
        {k: v for k, v in line.items() if k not in ("type", "index")} for line in lines[:4]
    ] == (report["articles"])
    assert not list(tmp_path.glob(".*.tmp"))


def _stalling_judge(real):  # type: ignore[no-untyped-def]
    """The real judge, except that it stalls on one article, as the regex of issue 14 did
    (the forked workers inherit this patch)."""

    def judge(article, settings=None):  # type: ignore[no-untyped-def]
        if article.source.endswith(DRIFTING):
            time.sleep(120)
        return real(article, settings)

    return judge


def test_an_article_past_its_time_budget_is_reported_and_the_run_goes_on(
    archive: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import verifier.pipeline

    monkeypatch.setattr(
        verifier.pipeline, "verify_article", _stalling_judge(verifier.pipeline.verify_article)
    )
    started = time.monotonic()
    code, report, _ = _json(capsys, "-j", "2", "--article-timeout", "10", str(archive))
    assert time.monotonic() - started < 100  # the stalled worker was killed, not waited for
    assert _sources(report) == [CLEAN[1], "seed.txt", CLEAN[0]], report["skipped"]
    assert report["skipped"] == [
        {
            "what": str(archive / DRIFTING),
            "why": "not checked: took longer than 10 s (--article-timeout)",
        }
    ]
    assert code == 5


def _count(url: str, table: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(f"select count(*) from {table}")).scalar_one())
    finally:
        engine.dispose()


def test_a_rerun_reports_unchanged_articles_from_the_store_unless_forced(
    archive: Path, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    def run(*extra: str) -> tuple[int, dict, str]:
        code = main(["check", "-q", "--db", db_url, "--format", "json", str(archive), *extra])
        out = capsys.readouterr()
        return code, json.loads(out.out), out.err

    first = run()
    assert "unchanged article" not in first[2]
    assert _count(db_url, "checked_articles") == 4
    again = run()
    assert again[:2] == first[:2]  # the same report and exit code
    assert "4 unchanged article(s) reported from the store" in again[2]
    # An edited article is checked again; the others are not.
    page = archive / CLEAN[0]
    page.write_text(page.read_text(encoding="utf-8") + "\n<p>सुधार</p>\n", encoding="utf-8")
    assert "3 unchanged article(s)" in run()[2]
    forced = run("--force")
    assert "unchanged article" not in forced[2]
    assert _count(db_url, "runs") == 4
    assert _count(db_url, "run_articles") == 16  # history has every run of every article
    assert main(["history", str(archive / DRIFTING), "--db", db_url]) == 0
    assert "4 runs" in capsys.readouterr().out


def test_when_the_store_fails_the_report_is_still_written(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the database directory should be", encoding="utf-8")
    report = tmp_path / "report.json"
    code = main(
        ["check", "-q", "--db", f"sqlite:///{blocker}/v.db", str(archive / CLEAN[0]),
         str(archive / "2026" / "seed.txt"), "--format", "json", "--output", str(report)]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 4
    assert len(json.loads(report.read_text(encoding="utf-8"))["articles"]) == 2
    errors = [line for line in err.splitlines() if line.startswith("verifier: error:")]
    assert len(errors) == 1 and "cannot" in errors[0] and "not-a-dir" in errors[0]
    # Drift still wins: exit 1 means drift, whatever else happened.
    assert main(["check", "-q", "--db", f"sqlite:///{blocker}/v.db", str(archive)]) == 1


def test_a_large_html_report_is_written_in_pages(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    import verifier.cli.batch as batch_cli

    monkeypatch.setattr(batch_cli, "HTML_PAGE_SIZE", 3)
    out = tmp_path / "report.html"
    main(["check", "--no-db", "-q", str(archive), "--format", "html", "--output", str(out)])
    capsys.readouterr()
    index = out.read_text(encoding="utf-8")
    pages = sorted((tmp_path / "report-pages").glob("*.html"))
    assert [p.name for p in pages] == ["page-0001.html", "page-0002.html"]
    assert 'href="report-pages/page-0001.html"' in index and "articles 4–4" in index
    assert "<script" not in index
    assert "hi-status-links" in pages[1].read_text(encoding="utf-8")


def test_ctrl_c_keeps_every_finished_article(tmp_path: Path) -> None:
    """SIGINT half-way: exit 130, the JSON Lines on stdout end with a summary of the
    articles that finished, and the store holds those articles."""
    inputs = tmp_path / "many"
    inputs.mkdir()
    for i in range(300):
        shutil.copy(PAGES / CLEAN[i % 3], inputs / f"{i:03d}-{CLEAN[i % 3]}")
    db = f"sqlite:///{tmp_path / 'v.db'}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "verifier", "check", str(inputs), "-j", "1", "--db", db,
         "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    assert proc.stdout is not None
    first = proc.stdout.readline()  # the first article is out: interrupt now
    assert json.loads(first)["type"] == "article"
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    rest, err = proc.communicate(timeout=120)
    lines = [json.loads(line) for line in [first, *rest.splitlines()]]
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    assert lines[-1]["type"] == "summary"
    done = lines[-1]["summary"]["articles"]
    assert 1 <= done < 300
    assert [line["index"] for line in lines[:-1]] == list(range(done))
    assert _count(db, "run_articles") == done
    engine = make_engine(db)
    with engine.connect() as conn:
        assert conn.execute(text("select exit_status from runs")).scalar_one() == 130
    engine.dispose()


def test_ci_takes_a_directory_too(
    archive: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no config file here
    code = main(["ci", "--no-db", "-q", str(archive), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert _sources(report) == [CLEAN[1], "seed.txt", CLEAN[0], DRIFTING]
    assert code == 1


def test_sitemaps_and_feeds_from_the_command_line(
    news_site: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report, _ = _json(
        capsys,
        "--allow-private",
        "--sitemap",
        f"{news_site}/index.xml",
        "--feed",
        f"{news_site}/feed.xml",
    )
    assert [a["source"] for a in report["articles"]] == [
        f"{news_site}/good.txt",
        f"{news_site}/bad.txt",
    ]
    assert code == 1  # the feed's article drifts


def _stderr_of(args: list[str], *, tty: bool) -> str:
    """Run verifier with standard error on a pseudo-terminal (or a pipe); what it wrote."""
    import pty

    if not tty:
        proc = subprocess.run(
            [sys.executable, "-m", "verifier", *args], capture_output=True, text=True, timeout=300
        )
        return proc.stderr
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "verifier", *args],
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env={**os.environ, "COLUMNS": "120"},
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the process is done
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=300)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_shows_on_a_terminal_only(archive: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "report.json")
    args = ["check", str(archive), "--no-db", "--format", "json", "--output", out]
    shown = _stderr_of(args, tty=True)
    assert "checking" in shown and "4/4" in shown and "drift 1" in shown
    assert "checking" not in _stderr_of(args, tty=False)
    assert "checking" not in _stderr_of([*args, "-q"], tty=True)
