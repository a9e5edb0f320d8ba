"""Reading the store back: the SQL views, `verifier export` and `verifier history`, on SQLite
and PostgreSQL alike (``db_url`` runs each test on both)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from verifier.cli import main
from verifier.store.database import alembic_config, make_engine, migration_connection

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_ab9b32bc1790fcea.txt"
QUOTE = "आज कनाडा की विदेश मंत्री"
VIEWS = {"claim_source_pairs", "current_findings"}


def drifted(text: str) -> str:
    at = text.index(QUOTE)
    return text[:at] + text[at:].replace("अनीता आनंद", "मेलानी जोली", 1)


@pytest.fixture
def checked(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> dict[str, object]:
    """Run 1 checks a faithful article and a drifted one; the editor fixes nothing, then
    run 2 re-checks the drifted article after a further edit (a new version)."""
    monkeypatch.chdir(tmp_path)
    seed = SEED.read_text(encoding="utf-8")
    (tmp_path / "good.txt").write_text(seed, encoding="utf-8")
    (tmp_path / "bad.txt").write_text(drifted(seed), encoding="utf-8")
    assert main(["check", "good.txt", "bad.txt", "--db", db_url, "--format", "json"]) == 1
    first = json.loads(capsys.readouterr().out)
    (tmp_path / "bad.txt").write_text(drifted(seed) + "\nसंपादक की टिप्पणी.\n", encoding="utf-8")
    assert main(["check", "bad.txt", "--db", db_url, "--format", "json"]) == 1
    second = json.loads(capsys.readouterr().out)
    return {"first": first, "second": second}


def export(db_url: str, capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, str]]:
    assert main(["export", "--db", db_url, *args]) == 0
    return list(csv.DictReader(io.StringIO(capsys.readouterr().out)))


def test_views_give_one_table_per_question(db_url: str, checked: dict[str, object]) -> None:
    engine = make_engine(db_url)
    try:
        assert VIEWS <= set(inspect(engine).get_view_names())
        with engine.connect() as conn:
            pairs = conn.execute(
                text("SELECT source, is_current, verdict FROM claim_source_pairs")
            ).all()
            findings = conn.execute(text("SELECT source, kind, severity, post_evidence, claim_evidence FROM current_findings")).all()  # fmt: skip
    finally:
        engine.dispose()
    # good.txt: 2 pairs; bad.txt: 2 pairs in each of its two versions, only the last current.
    assert (
        sorted((s, c) for s, c, _ in pairs)
        == [("bad.txt", 0)] * 2 + [("bad.txt", 1)] * 2 + [("good.txt", 1)] * 2
    )
    assert [(s, k, sev, claim) for s, k, sev, _, claim in findings] == [
        ("bad.txt", "entity", "critical", "मेलानी जोली")
    ]


def test_export_pairs_findings_posts_claims(
    db_url: str, checked: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    second = checked["second"]
    assert isinstance(second, dict)
    pairs = export(db_url, capsys, "--what", "pairs")
    assert [(r["source"], r["claim_key"], r["verdict"], r["finding_count"]) for r in pairs] == [
        ("bad.txt", "c1", "faithful", "0"),
        ("bad.txt", "c2", "drift", "1"),
        ("good.txt", "c1", "faithful", "0"),
        ("good.txt", "c2", "faithful", "0"),
    ]
    assert {r["author_name"] for r in pairs} == {"Dr. S. Jaishankar"}
    [finding] = export(db_url, capsys, "--what", "findings")
    assert (finding["kind"], finding["claim_evidence"]) == ("entity", "मेलानी जोली")
    posts = export(db_url, capsys, "--what", "posts")
    assert [p["handle"] for p in posts] == ["DrSJaishankar", "DrSJaishankar"]
    assert json.loads(posts[0]["media"])  # lists are JSON inside a cell
    claims = export(db_url, capsys, "--what", "claims")
    report_claims = second["summary"]["claims"] + second["summary"]["terms"]
    assert sum(c["source"] == "bad.txt" for c in claims) == report_claims


def test_since_keeps_the_articles_checked_after_that_run(
    db_url: str, checked: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    assert {r["source"] for r in export(db_url, capsys, "--what", "pairs", "--since", "1")} == {
        "bad.txt"
    }
    assert export(db_url, capsys, "--what", "pairs", "--since", "2") == []
    assert main(["export", "--db", db_url, "--what", "findings", "--format", "jsonl"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["kind"] == "entity"


def test_history_shows_findings_in_words_and_the_report_counts(
    db_url: str, checked: dict[str, object], capsys: pytest.CaptureFixture[str]
) -> None:
    first = checked["first"]
    assert isinstance(first, dict)
    assert main(["history", "bad.txt", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "+ new: critical entity: “@AnitaAnandMP” → “मेलानी जोली”" in out
    claims = sum(1 for c in first["articles"][1]["claims"] if c["kind"] != "term")
    assert f"{claims} claims" in out and "edited" in out
    assert not any(len(word) == 32 and word.isalnum() for word in out.split())  # no fingerprints


def test_the_views_migration_downgrades_and_upgrades(migrated_db: str) -> None:
    engine = make_engine(migrated_db)
    config = alembic_config()
    try:
        with migration_connection(engine) as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
        assert not VIEWS & set(inspect(engine).get_view_names())
        with migration_connection(engine) as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        assert VIEWS <= set(inspect(engine).get_view_names())
    finally:
        engine.dispose()
