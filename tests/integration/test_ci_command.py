"""`verifier ci` end to end: config file, outputs, baseline, --changed-since, history."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
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
