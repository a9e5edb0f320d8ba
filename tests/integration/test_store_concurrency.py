"""Many writers at once on one store: parallel ``verifier check`` processes, no lost run.

Issue 14: eight ``verifier check`` runs over the same real pages with different
``--min-score`` lost one run on PostgreSQL to ``duplicate key value violates unique
constraint "uq_posts_article_id_key"`` (two runs replaced the same article version's posts
at once). Each test here starts real processes against a real SQLite file and the real
PostgreSQL (``VERIFIER_TEST_PG``; see ``conftest.py``) and checks that every run is stored
whole and no article version is stored twice.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import subprocess
import sys
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path

from sqlalchemy import text

from verifier.pipeline import verify
from verifier.settings import Settings
from verifier.store import Store, make_engine, upgrade

REPO = Path(__file__).resolve().parents[2]
PAGES = sorted(str(p) for p in (REPO / "tests" / "data" / "pages").glob("*.html"))
WRITERS = 8


def _start(db_url: str, min_score: str) -> subprocess.Popen[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("VERIFIER_DB", None)
    return subprocess.Popen(
        [sys.executable, "-m", "verifier", "check", "--db", db_url, "--min-score", min_score]
        + ["-j", "1", "--article-timeout", "0"]  # one process each; no time budget under load
        + ["--format", "json", "--output", os.devnull, *PAGES],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )


def _counts(db_url: str) -> dict[str, int]:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:

            def one(sql: str) -> int:
                return int(conn.execute(text(sql)).scalar_one())

            return {
                "runs": one("SELECT count(*) FROM runs"),
                "short_runs": one(
                    "SELECT count(*) FROM runs r WHERE r.article_count <> "
                    f"{len(PAGES)} OR (SELECT count(*) FROM run_articles ra "
                    f"WHERE ra.run_id = r.id) <> {len(PAGES)}"
                ),
                "versions": one("SELECT count(*) FROM articles"),
                "distinct_versions": one(
                    "SELECT count(*) FROM (SELECT DISTINCT source_key, content_hash "
                    "FROM articles) v"
                ),
                "orphan_posts": one(
                    "SELECT count(*) FROM posts p WHERE NOT EXISTS "
                    "(SELECT 1 FROM articles a WHERE a.id = p.article_id)"
                ),
            }
    finally:
        engine.dispose()


def test_parallel_checks_with_other_settings_store_every_run_once(db_url: str) -> None:
    # Different --min-score: the same article version gets another analysis in each run, so
    # every writer replaces the same rows (the PostgreSQL failure of issue 14). The store is
    # brand-new: the writers also race to create it.
    assert len(PAGES) >= 26
    scores = [f"{0.3 + 0.05 * i:.2f}" for i in range(WRITERS)]
    jobs = [_start(db_url, score) for score in scores]
    errors = [job.communicate(timeout=600)[1] for job in jobs]
    codes = [job.returncode for job in jobs]
    assert all(code in (0, 1) for code in codes), "\n".join(errors)
    assert not any("Traceback" in e or "verifier: error" in e for e in errors), errors
    counts = _counts(db_url)
    assert counts["runs"] == WRITERS, counts  # no run lost
    assert counts["short_runs"] == 0, counts  # each with every article
    assert counts["versions"] == counts["distinct_versions"] == len(PAGES), counts
    assert counts["orphan_posts"] == 0, counts


def _save_in_step(
    db_url: str, min_score: float, barrier: Barrier, rounds: int, done: Queue[str]
) -> None:
    """One writer process: verify the pages, then save the run at the same moment as the
    others, ``rounds`` times; puts "ok" or the error on ``done``."""
    try:
        result = verify(PAGES, Settings(min_score=min_score, db_url=None))
        with Store.open(db_url) as store:
            for _ in range(rounds):
                barrier.wait(timeout=300)
                now = dt.datetime.now(dt.UTC)
                store.save_run(
                    result,
                    command="check",
                    started_at=now,
                    finished_at=now,
                    exit_status=0,
                    settings_summary={"min_score": str(min_score)},
                )
        done.put("ok")
    except BaseException as exc:  # noqa: BLE001 - reported to the test, which fails on it
        barrier.abort()
        done.put(f"{type(exc).__name__}: {exc}")


def test_writers_saving_other_analyses_of_the_same_versions_at_once(db_url: str) -> None:
    # The race of issue 14 without the start-up noise of the CLI: every process holds an
    # analysis of the same article versions under another --min-score and all of them save
    # at the same instant, several times over.
    upgrade(db_url)
    rounds = 3
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(WRITERS)
    done: Queue[str] = ctx.Queue()
    writers = [
        ctx.Process(target=_save_in_step, args=(db_url, 0.3 + 0.05 * i, barrier, rounds, done))
        for i in range(WRITERS)
    ]
    for w in writers:
        w.start()
    outcomes = [done.get(timeout=600) for _ in writers]
    for w in writers:
        w.join(timeout=60)
    assert outcomes == ["ok"] * WRITERS
    counts = _counts(db_url)
    assert counts["runs"] == WRITERS * rounds, counts
    assert counts["short_runs"] == 0, counts
    assert counts["versions"] == counts["distinct_versions"] == len(PAGES), counts
    assert counts["orphan_posts"] == 0, counts


def test_sqlite_store_uses_write_ahead_logging(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'v.db'}"
    upgrade(url)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar_one()
            busy = conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one()
    finally:
        engine.dispose()
    assert mode == "wal"
    assert busy >= 10_000  # milliseconds: a writer waits for the others, it does not fail
