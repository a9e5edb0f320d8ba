"""Report writers behind one interface: the registries check, ci, compare and export use."""

from __future__ import annotations

import json

import pytest
from sample_results import sample_result

from verifier.config import FORMATS
from verifier.drift.judge import Judgement
from verifier.errors import UsageError
from verifier.model import Finding
from verifier.policy.baseline import baseline_from_result
from verifier.policy.policy import Gate
from verifier.report.formats import (
    COMPARE_FORMATS,
    EXPORT_FORMATS,
    RUN_FORMATS,
    Comparison,
    RunReport,
)
from verifier.report.registry import Registry, Writer
from verifier.store.records import ExportRows


def test_the_config_file_knows_the_same_formats_as_the_command_line() -> None:
    # config.py sits below report/ and cannot import the registry; the two lists must agree.
    assert RUN_FORMATS.names() == FORMATS


def test_unknown_format_names_the_choices() -> None:
    with pytest.raises(UsageError) as err:
        RUN_FORMATS.get("pdf")
    assert str(err.value) == (
        "unknown report format 'pdf' (choose from text, json, html, jsonl, junit, sarif, github)"
    )


def test_a_name_registers_once() -> None:
    registry: Registry[str] = Registry("demo")
    registry.register(Writer("upper", str.upper, "shouting"))
    with pytest.raises(ValueError, match="registered twice"):
        registry.register(Writer("upper", str.lower, "whispering"))
    assert registry.get("upper").render("hi") == "HI" and "upper" in registry


@pytest.mark.parametrize("name", RUN_FORMATS.names())
def test_every_run_writer_renders_accepted_findings_as_accepted(name: str) -> None:
    result = sample_result()
    report = RunReport(result, gate=Gate(baseline=baseline_from_result(result)))
    text = RUN_FORMATS.get(name).render(report)
    marker = {
        "text": "ACCEPTED CRITICAL entity",
        "json": '"accepted": true',
        "jsonl": '"accepted": true',
        "html": "accepted in the baseline",
        "junit": "(accepted in the baseline)",
        "sarif": '"baselineState": "unchanged"',
        "github": "::notice ",
    }[name]
    assert marker in text


def test_only_the_html_page_is_refused_on_a_terminal() -> None:
    assert [w.name for w in RUN_FORMATS if not w.terminal] == ["html"]


def test_compare_writers() -> None:
    finding = Finding("negation", "critical", "The rendering negates the post.")
    c = Comparison(Judgement("drift", 0.5, (finding,)), ident="a7", has_ident=True)
    assert json.loads(COMPARE_FORMATS.get("json").render(c)) == {
        "id": "a7",
        "verdict": "drift",
        "score": 0.5,
        "findings": [{"kind": "negation", "severity": "critical", "message": finding.message}],
    }
    assert COMPARE_FORMATS.get("text").render(c) == (
        "a7: DRIFT (score 0.50)\n  CRITICAL negation: The rendering negates the post."
    )


def test_export_writers_keep_lists_and_dates_readable() -> None:
    import datetime as dt

    rows = ExportRows(
        "posts", ("handle", "posted_at", "media"), (("DrSJaishankar", dt.date(2026, 2, 4), ["a"]),)
    )
    assert EXPORT_FORMATS.get("csv").render(rows) == (
        'handle,posted_at,media\nDrSJaishankar,2026-02-04,"[""a""]"\n'
    )
    assert json.loads(EXPORT_FORMATS.get("jsonl").render(rows)) == {
        "handle": "DrSJaishankar",
        "posted_at": "2026-02-04",
        "media": ["a"],
    }
