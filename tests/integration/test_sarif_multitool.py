"""The SARIF passes Microsoft's SARIF Multitool with the SARIF and GitHub rule kinds.

``validate --rule-kind "Sarif;Gh"`` applies the SARIF specification's rules beyond the schema
and the rules GitHub code scanning applies (GH2012: every rule needs ``help``, …). The
Multitool exits 0 even when it reports errors, so its own SARIF output is read and any
result of level ``error`` fails the test. It comes from npm (``@microsoft/sarif-multitool``),
outside the package: ``.ci/run`` installs it and sets ``VERIFIER_SARIF_MULTITOOL`` to the
executable, and fails if this test was skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sample_results import sample_result

from verifier.cli import main
from verifier.model import VerificationResult
from verifier.policy.baseline import Baseline, BaselineEntry, baseline_from_result
from verifier.policy.policy import Gate
from verifier.report.sarif import render_sarif

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_ab9b32bc1790fcea.txt"
ENV = "VERIFIER_SARIF_MULTITOOL"


@pytest.fixture(scope="module")
def multitool() -> str:
    found = os.environ.get(ENV) or shutil.which("sarif-multitool")
    if not found:
        pytest.skip(f"SARIF Multitool not installed (set {ENV}; .ci/run installs it from npm)")
    return found


def problems(multitool: str, sarif: Path, tmp_path: Path) -> list[str]:
    """Errors the Multitool reports for ``sarif`` (its own log is read: it exits 0 anyway)."""
    out = tmp_path / f"{sarif.stem}.validation.sarif"
    run = subprocess.run(
        [multitool, "validate", "--rule-kind", "Sarif;Gh", "--output", str(out), str(sarif)],
        capture_output=True,
        text=True,
        timeout=300,
        # .NET without ICU on a minimal machine; messages are English either way.
        env={**os.environ, "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT": "1"},
    )
    assert run.returncode == 0 and out.is_file(), run.stdout + run.stderr
    log = json.loads(out.read_text(encoding="utf-8-sig"))
    found: list[str] = []
    for sarif_run in log["runs"]:
        rules = {r["id"]: r for r in sarif_run.get("tool", {}).get("driver", {}).get("rules", [])}
        for r in sarif_run.get("results", []):
            default = rules.get(r["ruleId"], {}).get("defaultConfiguration", {}).get("level")
            if r.get("level", default or "warning") == "error":
                found.append(f"{r['ruleId']}: {_text(r, rules)}")
        found += [
            f"tool: {n['message'].get('text', '')}"
            for inv in sarif_run.get("invocations", [])
            for n in inv.get("toolExecutionNotifications", [])
            if n.get("level") == "error"
        ]
    return found


def _text(result: dict[str, Any], rules: dict[str, Any]) -> str:
    message = result.get("message", {})
    if "text" in message:
        return str(message["text"])
    template = rules.get(result["ruleId"], {}).get("messageStrings", {})
    return f"{message.get('id')} {message.get('arguments')} {list(template)[:1]}"


def logs(tmp_path: Path) -> dict[str, str]:
    """SARIF the tool writes: a real run, and hand-built results with every result shape
    (baseline states new/unchanged/absent, suppressions, unverifiable posts, URL sources)."""
    result = sample_result()
    everything = baseline_from_result(result)
    stale = BaselineEntry(
        result.articles[0].article.source, "0" * 32, "number", "critical", "50 → 15: gone"
    )
    partly = Baseline((*everything.entries[:1], stale))
    ar = result.articles[0]
    from_url = VerificationResult(
        (replace(ar, article=replace(ar.article, source="https://news.example.in/a?id=1")),)
    )
    out = {
        "sample": render_sarif(result),
        "baseline": render_sarif(result, gate=Gate(baseline=partly, strict=True)),
        "url": render_sarif(from_url, gate=Gate(threshold="critical")),
    }
    drifted = tmp_path / "article.txt"
    seed = SEED.read_text(encoding="utf-8")
    at = seed.index("आज कनाडा की विदेश मंत्री")
    drifted.write_text(seed[:at] + seed[at:].replace("अनीता आनंद", "मेलानी जोली", 1), "utf-8")
    target = tmp_path / "run.sarif"
    assert (
        main(["check", str(drifted), "--no-db", "--format", "sarif", "--output", str(target)]) == 1
    )
    out["run"] = target.read_text(encoding="utf-8")
    return out


def test_the_multitool_finds_no_error_in_any_sarif_we_write(
    multitool: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written = logs(tmp_path)
    capsys.readouterr()
    errors = {}
    for name, text in written.items():
        path = tmp_path / f"{name}.sarif"
        path.write_text(text, encoding="utf-8")
        if found := problems(multitool, path, tmp_path):
            errors[name] = found
    assert errors == {}


def test_the_check_itself_can_fail(multitool: str, tmp_path: Path) -> None:
    """A rule without ``help`` is what GitHub code scanning rejects (GH2012): caught here."""
    log = json.loads(render_sarif(sample_result()))
    del log["runs"][0]["tool"]["driver"]["rules"][0]["help"]
    path = tmp_path / "no-help.sarif"
    path.write_text(json.dumps(log), encoding="utf-8")
    assert any(p.startswith("GH2012") for p in problems(multitool, path, tmp_path))
