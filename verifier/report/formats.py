"""The report formats of each command, registered by name (see :mod:`verifier.report.registry`).

Every writer imports its renderer when first called, so ``verifier --help`` loads no rich
or Jinja2.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from verifier.model import VerificationResult
from verifier.policy.policy import Gate
from verifier.report.registry import Registry, Writer

if TYPE_CHECKING:
    from verifier.drift.judge import Judgement


@dataclass(frozen=True)
class RunReport:
    """What every report of a ``check`` or ``ci`` run is made from."""

    result: VerificationResult
    """The run, with the user's severity overrides already applied."""
    gate: Gate = field(default_factory=Gate)
    """Threshold, ignored kinds and the baseline: which findings block, which are accepted."""
    sources: Mapping[str, str] = field(default_factory=dict)
    """Raw text of each local article file, so locations point into the file itself."""
    color: bool = False
    width: int = 100
    generated_at: str | None = None


def _text(r: RunReport) -> str:
    from verifier.report.terminal import render_terminal

    return render_terminal(r.result, width=r.width, color=r.color, gate=r.gate, sources=r.sources)


def _json(r: RunReport) -> str:
    from verifier.report.json_report import render_json

    return render_json(r.result, gate=r.gate)


def _html(r: RunReport) -> str:
    from verifier.report.html import render_html

    return render_html(r.result, generated_at=r.generated_at, gate=r.gate)


def _run_jsonl(r: RunReport) -> str:
    from verifier.report.stream import render_jsonl

    return render_jsonl(r.result, gate=r.gate)


def _junit(r: RunReport) -> str:
    from verifier.report.junit import render_junit

    return render_junit(r.result, gate=r.gate)


def _sarif(r: RunReport) -> str:
    from verifier.report.sarif import render_sarif

    return render_sarif(r.result, gate=r.gate, sources=r.sources)


def _github(r: RunReport) -> str:
    from verifier.report.github import render_github

    return render_github(r.result, gate=r.gate, sources=r.sources)


RUN_FORMATS: Registry[RunReport] = Registry("report")
for _writer in (
    Writer("text", _text, "the terminal report (colour on a terminal)"),
    Writer("json", _json, "verifier.report/1 JSON for tools", suffix=".json"),
    Writer("html", _html, "one self-contained page for editors", terminal=False, suffix=".html"),
    Writer(
        "jsonl",
        _run_jsonl,
        "one JSON object per article, streamed as the run goes",
        suffix=".jsonl",
    ),
    Writer("junit", _junit, "JUnit XML for CI test tabs", suffix=".xml"),
    Writer("sarif", _sarif, "SARIF 2.1.0 for code scanning", suffix=".sarif"),
    Writer("github", _github, "GitHub Actions annotations (workflow commands)"),
):
    RUN_FORMATS.register(_writer)


@dataclass(frozen=True, slots=True)
class Comparison:
    """One judged pair of ``verifier compare`` (``ident`` is the JSON line's ``id``)."""

    judgement: Judgement
    ident: Any = None
    has_ident: bool = False


def comparison_json(c: Comparison) -> dict[str, Any]:
    j = c.judgement
    out: dict[str, Any] = {"id": c.ident} if c.has_ident else {}
    out.update(
        verdict=j.verdict,
        score=j.score,
        findings=[
            {"kind": f.kind, "severity": f.severity, "message": f.message} for f in j.findings
        ],
    )
    return out


def _comparison_json(c: Comparison) -> str:
    return json.dumps(comparison_json(c), ensure_ascii=False)


def _comparison_text(c: Comparison) -> str:
    j = c.judgement
    head = f"{c.ident}: " if c.has_ident else ""
    lines = [f"{head}{j.verdict.upper()} (score {j.score:.2f})"]
    if j.verdict == "unchecked":
        lines.append(
            "  no word-level check exists for these languages: only figures and dates compared"
        )
    lines += [f"  {f.severity.upper()} {f.kind}: {f.message}" for f in j.findings]
    return "\n".join(lines)


COMPARE_FORMATS: Registry[Comparison] = Registry("compare")
COMPARE_FORMATS.register(
    Writer(
        "json", _comparison_json, 'one JSON object per pair: {"id","verdict","score","findings"}'
    )
)
COMPARE_FORMATS.register(Writer("text", _comparison_text, "verdict, score and findings to read"))


class Rows(Protocol):
    """Rows read from the store for ``verifier export`` (``store.records.ExportRows``)."""

    @property
    def columns(self) -> Sequence[str]: ...

    @property
    def rows(self) -> Sequence[Sequence[object]]: ...


def _plain(value: object) -> object:
    """A JSON value: dates and datetimes as ISO 8601, everything else as it is."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _csv(t: Rows) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(t.columns)
    for row in t.rows:
        writer.writerow(
            json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else _plain(v)
            for v in row
        )
    return buf.getvalue()


def _jsonl(t: Rows) -> str:
    return "".join(
        json.dumps(dict(zip(t.columns, map(_plain, row), strict=True)), ensure_ascii=False) + "\n"
        for row in t.rows
    )


EXPORT_FORMATS: Registry[Rows] = Registry("export")
EXPORT_FORMATS.register(Writer("csv", _csv, "comma-separated, one header row", suffix=".csv"))
EXPORT_FORMATS.register(Writer("jsonl", _jsonl, "one JSON object per row", suffix=".jsonl"))


__all__ = [
    "COMPARE_FORMATS",
    "EXPORT_FORMATS",
    "RUN_FORMATS",
    "Comparison",
    "Rows",
    "RunReport",
    "comparison_json",
]
