"""The commands that verify articles: ``check``, ``ci`` and ``baseline``.

``check`` and ``ci`` run their inputs as a batch (``cli.batch``: workers, time budget,
resume, the store, streamed reports) and then write the whole-document reports.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from verifier.cli.common import (
    OrderedCommand,
    _apply,
    _batch_options,
    _batch_run_options,
    _common_run_options,
    _fail,
    _settings_from,
    option_events,
)
from verifier.cli.output import (
    Target,
    check_targets,
    pair_targets,
    run_report,
    stdout_is_tty,
    write_reports,
)
from verifier.model import VerificationResult
from verifier.policy.baseline import Baseline
from verifier.settings import Settings


def _report_and_explain(
    result: VerificationResult,
    settings: Settings,
    targets: Sequence[Target],
    code: int,
    baseline: Baseline | None = None,
    *,
    otherwise: str = "the check failed",
) -> None:
    """Write every report, then — when drift fails the run — one line on stderr saying why
    (``otherwise`` when the result kept here does not tell: the reports were streamed)."""
    from verifier.report.outcome import failure_line

    report = run_report(result, settings, baseline)
    if targets:
        write_reports(report, targets)
    if code == 1:
        why = failure_line(report) or otherwise
        click.echo(f"verifier: failed: {why}", err=True)


def _split_batch_flags(opts: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The batch flags (inputs, workers, time budget …) apart from the settings flags."""
    names = ("from_lists", "sitemaps", "feeds", "jobs", "article_timeout", "fail_fast",
             "force", "quiet", "engine", "scheduler")  # fmt: skip
    return {k: opts.pop(k) for k in names}, opts


def _expand(inputs: Sequence[str], flags: dict[str, Any], settings: Settings) -> list[str]:
    from verifier.ci.inputs import expand_specs

    return expand_specs(
        inputs,
        from_lists=flags["from_lists"],
        sitemaps=flags["sitemaps"],
        feeds=flags["feeds"],
        settings=settings,
        stdin=sys.stdin,
    )


def _session(
    settings: Settings, flags: dict[str, Any], command: str, targets: Sequence[Target]
) -> Any:
    from verifier.cli.batch import BatchSession

    options = _batch_options(
        jobs=flags["jobs"],
        article_timeout=flags["article_timeout"],
        fail_fast=flags["fail_fast"],
        force=flags["force"],
        engine=flags["engine"],
        scheduler=flags["scheduler"],
    )
    return BatchSession(settings, options, command=command, quiet=flags["quiet"], targets=targets)


@click.command(cls=OrderedCommand)
@click.argument("inputs", nargs=-1)
@_apply(_common_run_options)
@_apply(_batch_run_options)
@click.pass_context
def check(
    ctx: click.Context,
    /,
    inputs: tuple[str, ...],
    formats: tuple[str, ...],
    outputs: tuple[str, ...],
    **opts: Any,
) -> int:
    """Verify articles and report every drift.

    INPUTS are files, directories (their article files, recursively), quoted globs, URLs,
    or - for standard input; --from, --sitemap and --feed add more.
    """
    targets = check_targets(
        pair_targets(option_events(ctx, formats, outputs)), stdout_is_tty=stdout_is_tty()
    )
    flags, opts = _split_batch_flags(opts)
    if not (inputs or flags["from_lists"] or flags["sitemaps"] or flags["feeds"]):
        _fail("no input: give article paths, URLs or - for stdin")
    settings, _ = _settings_from(**opts)
    specs = _expand(inputs, flags, settings)
    if not specs:
        _fail("no input: no article file (.html .htm .txt .md .markdown) in the inputs given")
    session = _session(settings, flags, "check", targets)
    result = session.run(specs)
    drift = 1 if session.tally.drift else 0
    code = session.finish(drift)
    rest = [t for t in targets if t not in session.streamed]
    tally = session.tally
    _report_and_explain(
        result,
        settings,
        rest,
        code,
        otherwise=f"drift in {tally.drift} of {tally.total} article(s)",
    )
    session.explain()
    return int(code)


@click.command(cls=OrderedCommand)
@click.argument("inputs", nargs=-1)
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None
)
@click.option(
    "--changed-since",
    "changed_since",
    default=None,
    help="Only articles a git change since REV touched.",
)
@click.option("--baseline", "baseline_path", default=None, help="Accepted findings file.")
@_apply(_common_run_options)
@_apply(_batch_run_options)
@click.pass_context
def ci(
    ctx: click.Context,
    /,
    inputs: tuple[str, ...],
    config_path: Path | None,
    changed_since: str | None,
    baseline_path: str | None,
    formats: tuple[str, ...],
    outputs: tuple[str, ...],
    **opts: Any,
) -> int:
    """The newsroom CI check: verify, compare with the baseline, fail on new drift.

    Without --format, the reports are those of [tool.verifier.outputs] (else text).
    """
    from verifier.ci.run import run_ci

    written = pair_targets(option_events(ctx, formats, outputs))
    flags, opts = _split_batch_flags(opts)
    settings, file_config = _settings_from(config_path=config_path, **opts)
    configured = [Target(fmt, path) for fmt, path in file_config.outputs]
    targets = check_targets(written or configured, stdout_is_tty=stdout_is_tty())
    given = bool(inputs or flags["from_lists"] or flags["sitemaps"] or flags["feeds"])
    specs = _expand(inputs, flags, settings) if given else []
    if given and not specs:
        _fail("no input: no article file (.html .htm .txt .md .markdown) in the inputs given")
    session = _session(settings, flags, "ci", ())
    run = run_ci(
        specs,
        settings,
        file_config,
        changed_since=changed_since,
        baseline_path=baseline_path,
        verify_paths=session.run,
    )
    code = session.finish(run.exit_code)
    for entry in run.stale:
        click.echo(
            f"verifier: baseline entry no longer occurs: {entry.source} {entry.kind} "
            f"{entry.description or entry.fingerprint}",
            err=True,
        )
    if not run.paths:
        click.echo("verifier: no changed article to check", err=True)
    _report_and_explain(run.result, settings, targets, code, run.baseline)
    session.explain()
    return int(code)


@click.command()
@click.argument("inputs", nargs=-1)
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None
)
@click.option("--output", "output", default="verifier-baseline.json", show_default=True)
@_apply(_common_run_options[2:])
def baseline(inputs: tuple[str, ...], config_path: Path | None, output: str, **opts: Any) -> int:
    """Accept the current findings: write them to a baseline file for `verifier ci`."""
    from verifier.ci.inputs import expand_specs, resolve_inputs
    from verifier.pipeline import verify
    from verifier.policy.baseline import write_baseline

    settings, file_config = _settings_from(config_path=config_path, **opts)
    given = expand_specs(inputs) if inputs else []  # directories and quoted globs, as check
    paths = resolve_inputs(given, file_config, changed_since=None, settings=settings)
    result = verify(paths, settings, stdin=sys.stdin.buffer)
    b = write_baseline(result, Path(output))
    click.echo(f"wrote {output}: {len(b.entries)} accepted finding(s)")
    return 0
