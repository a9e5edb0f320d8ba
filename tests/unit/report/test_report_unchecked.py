"""The ``unchecked`` verdict (no word-level check exists for the languages) in every report:
shown and counted, never as faithful; it fails CI only with ``fail_unchecked``."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from sample_results import sample_article_result

from verifier.config import build_settings, parse_config
from verifier.errors import EXIT_CLEAN, EXIT_DRIFT
from verifier.model import VerificationResult
from verifier.policy.policy import Gate, exit_code, unchecked_pairs
from verifier.report.github import render_github
from verifier.report.html import render_html
from verifier.report.json_report import render_json
from verifier.report.junit import render_junit
from verifier.report.sarif import render_sarif
from verifier.report.summary import summarize, summary_line
from verifier.report.terminal import render_terminal
from verifier.settings import Settings

SARIF_SCHEMA = (
    Path(__file__).resolve().parents[4] / "shared" / "formats" / "sarif" / "sarif-schema-2.1.0.json"
)


def unchecked_result() -> VerificationResult:
    """The sample article whose faithful pair was judged in a language pair with no
    word-level check: ``unchecked``, with no findings."""
    ar = sample_article_result()
    first, *rest = ar.pairs
    ar = replace(ar, pairs=(replace(first, verdict="unchecked", findings=()), *rest),
                 confirmations=())  # fmt: skip
    return VerificationResult(articles=(ar,))


def test_summary_counts_unchecked_apart_from_faithful() -> None:
    s = summarize(unchecked_result())
    assert s.unchecked == 1 and s.faithful == 0
    assert "1 unchecked" in summary_line(s)
    assert "unchecked" not in summary_line(summarize(VerificationResult(())))


def test_text_report_says_unchecked_and_why() -> None:
    out = render_terminal(unchecked_result(), color=False)
    assert "UNCHECKED" in out and "no word-level check" in out
    assert "FAITHFUL" not in out


def test_json_report_has_the_verdict_and_the_count() -> None:
    data: dict[str, Any] = json.loads(render_json(unchecked_result()))
    verdicts = [p["verdict"] for a in data["articles"] for p in a["pairs"]]
    assert "unchecked" in verdicts and "faithful" not in verdicts
    assert data["summary"]["verdicts"]["unchecked"] == 1


def _case(root: ET.Element) -> ET.Element:
    first_pair = unchecked_result().articles[0].pairs[0]
    return next(c for c in root.iter("testcase") if f"→ {first_pair.claim}" in str(c.get("name")))


def test_junit_skips_an_unchecked_pair_or_fails_it_when_configured() -> None:
    default = _case(ET.fromstring(render_junit(unchecked_result())))
    skipped = default.find("skipped")
    assert skipped is not None and "no word-level check" in str(skipped.get("message"))
    strict = _case(ET.fromstring(render_junit(unchecked_result(), gate=Gate(fail_unchecked=True))))
    failure = strict.find("failure")
    assert failure is not None and failure.get("type") == "unchecked"


def _unchecked_results(gate: Gate | None = None) -> list[dict[str, Any]]:
    log = json.loads(render_sarif(unchecked_result(), gate=gate))
    return [r for r in log["runs"][0]["results"] if r["ruleId"] == "unchecked-pair"]


def test_sarif_notes_an_unchecked_pair_and_is_valid() -> None:
    (note,) = _unchecked_results()
    assert note["level"] == "note" and note["properties"]["blocking"] is False
    (error,) = _unchecked_results(Gate(fail_unchecked=True))
    assert error["level"] == "error"
    if SARIF_SCHEMA.exists():
        jsonschema = pytest.importorskip("jsonschema")
        schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
        log = json.loads(render_sarif(unchecked_result()))
        assert list(jsonschema.Draft4Validator(schema).iter_errors(log)) == []


def test_github_annotates_an_unchecked_pair() -> None:
    lines = render_github(unchecked_result()).splitlines()
    unchecked = [line for line in lines if "unchecked rendering" in line]
    assert len(unchecked) == 1 and unchecked[0].startswith("::notice ")
    strict = render_github(unchecked_result(), gate=Gate(fail_unchecked=True))
    assert any(line.startswith("::error ") and "unchecked" in line for line in strict.splitlines())


def test_html_shows_the_badge_the_note_and_the_tile() -> None:
    soup = BeautifulSoup(render_html(unchecked_result()), "lxml")
    pair = soup.select_one('.item.pair[data-v="unchecked"]')
    assert pair is not None
    assert "Unchecked" in pair.get_text() and "No word-level check" in pair.get_text()
    assert soup.select_one(".tiles.verdicts .tile.v-unchecked") is not None


def test_unchecked_does_not_fail_ci_unless_configured() -> None:
    result = unchecked_result()
    assert len(unchecked_pairs(result)) == 1
    clean = replace(
        result, articles=(replace(result.articles[0], pairs=result.articles[0].pairs[:1]),)
    )
    assert exit_code(clean, Settings()) == EXIT_CLEAN
    assert exit_code(clean, Settings(fail_unchecked=True)) == EXIT_DRIFT


def test_fail_unchecked_is_a_config_key() -> None:
    path = Path("pyproject.toml")
    config = parse_config({"tool": {"verifier": {"fail-unchecked": True}}}, path)
    assert build_settings(config, {}).fail_unchecked is True
    assert build_settings(parse_config({}, path), {}).fail_unchecked is False
    assert build_settings(parse_config({}, path), {"fail_unchecked": True}).fail_unchecked


def test_compare_text_says_unchecked_and_why() -> None:
    from verifier.drift import judge
    from verifier.report.formats import COMPARE_FORMATS, Comparison

    post, bengali = "We will open 12 schools.", "আমরা 12টি স্কুল খুলব।"
    j = judge(post, bengali, post_lang="en", claim_lang="bn")
    out = COMPARE_FORMATS.get("text").render(Comparison(j))
    assert out.startswith("UNCHECKED") and "no word-level check" in out
