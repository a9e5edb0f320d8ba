"""The newsroom check end to end, as docs/ci.md tells a newsroom to set it up.

A newsroom repository is built with git: version 1 of an article is faithful; version 2
swaps the minister's name and the desk accepts that finding into the baseline with the docs'
own baseline commands; version 3, on a pull-request branch, also negates what she said. The
GitHub Actions and GitLab CI jobs' commands, read from docs/ci.md, then run in clones of
that repository with the ``verifier`` console script, and every output is read back: the new
drift fails, the accepted one shows as accepted in every format, and the failing run says
why in one line on stderr.
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from doc_commands import ROOT, Command, ci_job, commands
from test_docs import installs_this_project

SEED = ROOT / "seeds" / "000_ab9b32bc1790fcea.txt"
ARTICLE = "articles/jaishankar.txt"
QUOTE = "आज कनाडा की विदेश मंत्री"
PYPROJECT = """\
[project]
name = "hindi-desk"

[tool.verifier]
inputs = ["articles/**/*.txt"]
threshold = "major"
baseline = "verifier-baseline.json"
db = "sqlite:///.verifier/verifier.db"

[tool.verifier.outputs]
text = "-"
sarif = "reports/verifier.sarif"
junit = "reports/junit.xml"
"""
# Where version 3's new negation starts in the file (line 6 of the seed, 1-based columns).
NEGATION_AT = f"{ARTICLE}:6:264"
ENTITY_AT = f"{ARTICLE}:6:232"


def versions() -> tuple[str, str, str]:
    v1 = SEED.read_text(encoding="utf-8")
    at = v1.index(QUOTE)
    v2 = v1[:at] + v1[at:].replace("अनीता आनंद", "मेलानी जोली", 1)
    v3 = v2.replace("बहुत अच्छा लगा. हमने", "बहुत अच्छा नहीं लगा. हमने", 1)
    assert v1 != v2 != v3
    return v1, v2, v3


def environment(extra: Mapping[str, str] = {}) -> dict[str, str]:
    """A CI runner's environment: the venv's console scripts first, no terminal, no colour
    settings of the developer running the tests."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.pop("VERIFIER_DB", None)
    return {**env, "GIT_AUTHOR_NAME": "desk", "GIT_AUTHOR_EMAIL": "desk@example.in",
            "GIT_COMMITTER_NAME": "desk", "GIT_COMMITTER_EMAIL": "desk@example.in", **extra}  # fmt: skip


def sh(
    command: str, cwd: Path, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        env=dict(env or environment()),
        capture_output=True,
        text=True,
        timeout=300,
    )


def must(command: str, cwd: Path) -> None:
    run = sh(command, cwd)
    assert run.returncode == 0, f"{command}: {run.stderr}"


def baseline_commands() -> list[Command]:
    """docs/ci.md's "accept known findings" block: write the baseline, stage it."""
    block = [c for c in commands(ROOT / "docs" / "ci.md") if c.origin == "shell"]
    assert [c.text.split()[:2] for c in block] == [["verifier", "baseline"], ["git", "add"]]
    return block


@pytest.fixture(scope="module")
def origin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bare ``origin`` with ``main`` (versions 1 and 2, the baseline accepting 2) and the
    pull-request branch ``edit`` (version 3)."""
    root = tmp_path_factory.mktemp("newsroom")
    bare, desk = root / "origin.git", root / "desk"
    v1, v2, v3 = versions()
    must(f"git init -q --bare -b main {bare}", root)
    must(f"git init -q -b main {desk} && git -C {desk} remote add origin {bare}", root)
    (desk / "articles").mkdir()
    (desk / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (desk / ".gitignore").write_text(
        ".verifier/\nreports/\nverifier.sarif\njunit.xml\nverifier.json\n", encoding="utf-8"
    )
    (desk / ARTICLE).write_text(v1, encoding="utf-8")
    must("git add . && git commit -qm 'Jaishankar meets Anand'", desk)
    (desk / ARTICLE).write_text(v2, encoding="utf-8")
    for cmd in baseline_commands():  # the desk accepts the name as it stands
        run = sh(cmd.text, desk)
        assert run.returncode == 0, f"{cmd.where}: {run.stderr}"
    accepted = json.loads((desk / "verifier-baseline.json").read_text(encoding="utf-8"))
    assert [e["kind"] for e in accepted["findings"]] == ["entity"]
    must("git commit -qam 'Name as the desk has it; accepted in the baseline'", desk)
    must("git push -q origin main && git checkout -q -b edit", desk)
    (desk / ARTICLE).write_text(v3, encoding="utf-8")
    must("git commit -qam 'Tighter quote' && git push -q origin edit", desk)
    return bare


def clone(origin: Path, branch: str, where: Path) -> Path:
    must(f"git clone -q -b {branch} {origin} {where}", where.parent)
    return where


def run_job(kind: str, cwd: Path, values: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    """Run a CI job's commands as the runner would; return the last (``verifier ci``).

    GitHub evaluates ``${{ … }}`` before the shell sees the line; GitLab passes variables in
    the environment. ``pip install`` steps are not run (no network): they must install this
    project, which ``test_packaging`` builds.
    """
    steps = ci_job(kind)
    assert steps[-1].text.startswith("verifier ci ")
    last = None
    for step in steps:
        text = step.text
        for name, value in values.items():
            text = text.replace(f"${{{{ {name} }}}}", value)
        if " pip install " in f" {text}":
            assert installs_this_project(text), f"{step.where}: {text}"
            continue
        last = sh(text, cwd, environment(values if kind == "gitlab" else {}))
        if step is not steps[-1]:
            assert last.returncode == 0, f"{step.where}: {last.stderr}"
    assert last is not None
    return last


def annotations(stdout: str) -> list[tuple[str, dict[str, str], str]]:
    out = []
    for line in stdout.splitlines():
        level, props, message = line[2:].partition(" ")[0], {}, line.split("::", 2)[2]
        head = line[2:].split("::", 1)[0]
        if " " in head:
            props = dict(p.split("=", 1) for p in head.split(" ", 1)[1].split(","))
        out.append((level, props, message))
    return out


def junit_cases(path: Path) -> tuple[ET.Element, list[ET.Element]]:
    root = ET.parse(path).getroot()
    return root, root.findall(".//testcase")


def sarif_results(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    log = json.loads(path.read_text(encoding="utf-8"))
    return log["runs"][0]["tool"]["driver"], log["runs"][0]["results"]


def why(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert lines, "a failing run printed nothing on stderr"
    return lines[-1]


def test_github_job_fails_on_the_new_drift_and_marks_the_accepted_one(
    origin: Path, tmp_path: Path
) -> None:
    repo = clone(origin, "edit", tmp_path / "runner")
    run = run_job("github", repo, {"github.base_ref": "main"})
    assert run.returncode == 1, run.stderr
    found = annotations(run.stdout)
    levels = {level: (props, message) for level, props, message in found}
    assert sorted(levels) == ["error", "notice"] and len(found) == 2
    error, notice = levels["error"], levels["notice"]
    assert error[0]["title"].startswith("verifier%3A negation drift")
    assert f"{error[0]['file']}:{error[0]['line']}:{error[0]['col']}" == NEGATION_AT
    assert f"{notice[0]['file']}:{notice[0]['line']}:{notice[0]['col']}" == ENTITY_AT
    assert "accepted in the baseline" in notice[1]

    driver, results = sarif_results(repo / "verifier.sarif")
    assert driver["informationUri"] == "https://pypi.org/project/quote-verifier/"
    assert all(r["help"]["text"] and r["help"]["markdown"] for r in driver["rules"])
    by_rule = {r["ruleId"]: r for r in results}
    assert sorted(by_rule) == ["entity", "negation"]
    assert (
        by_rule["negation"]["baselineState"] == "new" and "suppressions" not in by_rule["negation"]
    )
    assert by_rule["entity"]["baselineState"] == "unchanged"
    assert by_rule["entity"]["suppressions"][0]["status"] == "accepted"
    region = by_rule["negation"]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (6, 264)

    root, cases = junit_cases(repo / "junit.xml")
    assert root.get("failures") == "1"
    [failing] = [c for c in cases if c.find("failure") is not None]
    assert failing.find("failure").get("type") == "negation"  # type: ignore[union-attr]
    assert "accepted in the baseline" in (failing.findtext("system-out") or "")

    assert why(run.stderr) == (
        "verifier: failed: 1 new finding at or above major blocks (1 critical), "
        f"first: negation at {NEGATION_AT}; 1 accepted in the baseline"
    )


def test_gitlab_job_writes_text_junit_and_json_each_where_it_says(
    origin: Path, tmp_path: Path
) -> None:
    repo = clone(origin, "edit", tmp_path / "runner")
    run = run_job("gitlab", repo, {"CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"})
    assert run.returncode == 1, run.stderr
    text = " ".join(run.stdout.split())
    assert f"{ENTITY_AT}: ACCEPTED CRITICAL entity:" in text
    assert f"{NEGATION_AT}: CRITICAL negation:" in text
    assert "1 finding accepted in the baseline" in text
    assert "\x1b[" not in run.stdout  # not a terminal: no colour

    root, _ = junit_cases(repo / "junit.xml")
    assert root.get("failures") == "1"
    report = json.loads((repo / "verifier.json").read_text(encoding="utf-8"))
    assert report["schema"] == "verifier.report/1"
    findings = {f["kind"]: f for p in report["articles"][0]["pairs"] for f in p["findings"]}
    assert (findings["entity"]["accepted"], findings["entity"]["blocking"]) == (True, False)
    assert (findings["negation"]["accepted"], findings["negation"]["blocking"]) == (False, True)
    assert report["gate"]["accepted"] == 1 and report["gate"]["blocking"] == 1
    assert why(run.stderr).startswith("verifier: failed: 1 new finding")


def test_the_accepted_version_passes_with_every_finding_shown_as_accepted(
    origin: Path, tmp_path: Path
) -> None:
    """On main the only finding is the accepted name: the check passes and still shows it."""
    repo = clone(origin, "main", tmp_path / "runner")
    run = run_job("github", repo, {"github.base_ref": "main~1"})
    assert run.returncode == 0, run.stderr
    assert [level for level, _, _ in annotations(run.stdout)] == ["notice"]
    _, results = sarif_results(repo / "verifier.sarif")
    assert [(r["ruleId"], r["baselineState"], "suppressions" in r) for r in results] == [
        ("entity", "unchanged", True)
    ]
    root, cases = junit_cases(repo / "junit.xml")
    assert root.get("failures") == "0"
    assert any("accepted in the baseline" in (c.findtext("system-out") or "") for c in cases)
    assert "failed" not in run.stderr


def test_configured_outputs_and_the_pre_commit_hook_say_why_they_fail(
    origin: Path, tmp_path: Path
) -> None:
    repo = clone(origin, "edit", tmp_path / "runner")
    run = sh("verifier ci --changed-since origin/main", repo)
    assert run.returncode == 1
    assert "ACCEPTED CRITICAL entity" in " ".join(run.stdout.split())  # outputs: text = "-"
    _, results = sarif_results(repo / "reports" / "verifier.sarif")
    assert {r["ruleId"]: r["baselineState"] for r in results} == {
        "entity": "unchanged",
        "negation": "new",
    }
    assert junit_cases(repo / "reports" / "junit.xml")[0].get("failures") == "1"
    assert why(run.stderr).startswith("verifier: failed: ") and NEGATION_AT in why(run.stderr)

    # pre-commit runs the hook's entry with the staged files (.pre-commit-hooks.yaml).
    hooks = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    entry = next(line.split(":", 1)[1].strip() for line in hooks.splitlines() if "entry:" in line)
    hook = sh(f"{entry} {shlex.quote(ARTICLE)}", repo)
    assert hook.returncode == 1 and why(hook.stderr).startswith("verifier: failed: ")

    history = sh(f"verifier history {ARTICLE}", repo)
    assert history.returncode == 0, history.stderr
    assert "+ new: critical negation: " in history.stdout
    assert "+ new: critical entity: “@AnitaAnandMP” → " in history.stdout
