"""`--engine dask`: a LocalCluster of two worker processes checks the articles and its
workers write them to the real PostgreSQL store; the results equal the local engine's."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from verifier.cli import main
from verifier.store.database import make_engine

pytest.importorskip("distributed", reason="the [dask] extra is not installed")

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "data" / "pages"
NAMES = (
    "hi-status-links.html",
    "hi-twitter-video.html",
    "hi-cms-wrappers.html",
    "en-article-mentions.html",
    "hi-hindi-post.html",
    "seed.html",
)


def test_dask_workers_find_what_the_local_engine_finds_and_store_it(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for name in NAMES:
        shutil.copy(PAGES / name, archive / name)
    missing = str(tmp_path / "gone.html")

    def run(*engine: str) -> tuple[int, dict]:
        code = main(
            ["check", "-q", "--db", pg_url, "--force", "--format", "json", str(archive), missing,
             *engine]
        )  # fmt: skip
        return code, json.loads(capsys.readouterr().out)

    local = run("-j", "2")
    dask = run("--engine", "dask", "-j", "2")
    assert dask == local
    assert len(dask[1]["articles"]) == len(NAMES) and len(dask[1]["skipped"]) == 1

    engine = make_engine(pg_url)
    try:
        with engine.connect() as conn:
            runs = conn.execute(
                text("select id, exit_status, article_count, skipped_count from runs order by id")
            ).all()
            assert [tuple(r)[1:] for r in runs] == [(local[0], len(NAMES), 1)] * 2
            per_run = conn.execute(
                text("select run_id, count(*) from run_articles group by run_id order by run_id")
            ).all()
            assert [n for _, n in per_run] == [len(NAMES)] * 2
    finally:
        engine.dispose()
