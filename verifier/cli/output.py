"""Rendering a result in each report format and writing the reports to stdout or files."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from verifier.cli.common import FORMATS, _fail
from verifier.errors import UsageError
from verifier.model import VerificationResult
from verifier.settings import Settings


def render(
    result: VerificationResult, fmt: str, settings: Settings, *, color: bool, width: int
) -> str:
    """The report of ``result`` in one format, as text."""
    from verifier.policy.policy import Gate, apply_settings

    result = apply_settings(result, settings)
    gate = Gate.from_settings(settings)
    if fmt == "text":
        from verifier.report.terminal import render_terminal

        return render_terminal(result, width=width, color=color)
    if fmt == "json":
        from verifier.report.json_report import render_json

        return render_json(result)
    if fmt == "html":
        from verifier.report.html import render_html

        return render_html(
            result, generated_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        )
    if fmt == "junit":
        from verifier.report.junit import render_junit

        return render_junit(result, gate=gate)
    if fmt == "sarif":
        from verifier.report.sarif import render_sarif

        return render_sarif(result, gate=gate, sources=_sources(result))
    if fmt == "github":
        from verifier.report.github import render_github

        return render_github(result, gate=gate, sources=_sources(result))
    _fail(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")


def _sources(result: VerificationResult) -> dict[str, str]:
    return {ar.article.source: ar.article.text for ar in result.articles}


def _write_outputs(
    result: VerificationResult,
    outputs: Sequence[tuple[str, str]],
    settings: Settings,
) -> None:
    """Write every requested report; files are written whole (temp file + rename)."""
    for fmt, target in outputs:
        if target == "-":
            stream = sys.stdout
            color = stream.isatty()
            text = render(result, fmt, settings, color=color, width=_width())
            stream.write(text if text.endswith("\n") else text + "\n")
            stream.flush()
            continue
        text = render(result, fmt, settings, color=False, width=100)
        path = Path(target)
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from exc


def _width() -> int:
    import shutil

    return max(60, min(120, shutil.get_terminal_size((80, 24)).columns))


def _pair_outputs(formats: Sequence[str], outputs: Sequence[str]) -> list[tuple[str, str]]:
    """``--format a --output x --format b --output y`` -> [(a, x), (b, y)]; a format without
    an output goes to stdout; at most one format may go to stdout."""
    formats = list(formats) or ["text"]
    if len(outputs) > len(formats):
        _fail("more --output than --format options")
    pairs = [(f, outputs[i] if i < len(outputs) else "-") for i, f in enumerate(formats)]
    if sum(1 for _, o in pairs if o == "-") > 1:
        _fail("only one --format can go to standard output; give the others an --output file")
    return pairs
