"""The commands that verify articles: ``check``, ``ci`` and ``baseline``.

Also the two steps they share: running the pipeline (with the platform-lookup cache) and
storing the run in the database.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from verifier.cli.common import (
    OrderedCommand,
    _apply,
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


def _store_run(
    result: VerificationResult,
    settings: Settings,
    *,
    command: str,
    started: dt.datetime,
    exit_status: int,
) -> None:
    if not settings.db_url:
        return
    from verifier.store.repository import Store

    with Store.open(settings.db_url) as store:
        store.save_run(
            result,
            command=command,
            started_at=started,
            finished_at=dt.datetime.now(dt.UTC),
            exit_status=exit_status,
            settings_summary={
                "threshold": settings.threshold,
                "confirm": str(settings.confirm),
                "min_score": str(settings.min_score),
            },
        )


def _verify_with_cache(inputs: list[str], settings: Settings) -> VerificationResult:
    """Run the pipeline; with ``--confirm`` and a database, platform lookups are cached there."""
    from verifier.pipeline import verify

    if not (settings.confirm and settings.db_url):
        return verify(inputs, settings, stdin=sys.stdin.buffer)
    from verifier.store.postcache import StorePostCache
    from verifier.store.repository import Store

    with Store.open(settings.db_url) as store:
        return verify(inputs, settings, stdin=sys.stdin.buffer, post_cache=StorePostCache(store))


def _report_and_explain(
    result: VerificationResult,
    settings: Settings,
    targets: Sequence[Target],
    code: int,
    baseline: Baseline | None = None,
) -> None:
    """Write every report, then — when the run fails — one line on stderr saying why."""
    from verifier.report.outcome import failure_line

    report = run_report(result, settings, baseline)
    write_reports(report, targets)
    if code:
        why = failure_line(report) or "the check failed"
        click.echo(f"verifier: failed: {why}", err=True)


@click.command(cls=OrderedCommand)
@click.argument("inputs", nargs=-1)
@_apply(_common_run_options)
@click.pass_context
def check(
    ctx: click.Context,
    /,
    inputs: tuple[str, ...],
    formats: tuple[str, ...],
    outputs: tuple[str, ...],
    **opts: Any,
) -> int:
    """Verify articles (paths, URLs, or - for stdin) and report every drift."""
    targets = check_targets(
        pair_targets(option_events(ctx, formats, outputs)), stdout_is_tty=stdout_is_tty()
    )
    if not inputs:
        _fail("no input: give article paths, URLs or - for stdin")
    from verifier.policy.policy import exit_code

    settings, _ = _settings_from(**opts)
    started = dt.datetime.now(dt.UTC)
    result = _verify_with_cache(list(inputs), settings)
    code = exit_code(result, settings)
    _store_run(result, settings, command="check", started=started, exit_status=code)
    _report_and_explain(result, settings, targets, code)
    return code


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
    settings, file_config = _settings_from(config_path=config_path, **opts)
    configured = [Target(fmt, path) for fmt, path in file_config.outputs]
    targets = check_targets(written or configured, stdout_is_tty=stdout_is_tty())
    started = dt.datetime.now(dt.UTC)
    run = run_ci(
        list(inputs),
        settings,
        file_config,
        changed_since=changed_since,
        baseline_path=baseline_path,
    )
    _store_run(run.result, settings, command="ci", started=started, exit_status=run.exit_code)
    for entry in run.stale:
        click.echo(
            f"verifier: baseline entry no longer occurs: {entry.source} {entry.kind} "
            f"{entry.description or entry.fingerprint}",
            err=True,
        )
    if not run.paths:
        click.echo("verifier: no changed article to check", err=True)
    _report_and_explain(run.result, settings, targets, run.exit_code, run.baseline)
    return run.exit_code


@click.command()
@click.argument("inputs", nargs=-1)
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None
)
@click.option("--output", "output", default="verifier-baseline.json", show_default=True)
@_apply(_common_run_options[2:])
def baseline(inputs: tuple[str, ...], config_path: Path | None, output: str, **opts: Any) -> int:
    """Accept the current findings: write them to a baseline file for `verifier ci`."""
    from verifier.ci.inputs import resolve_inputs
    from verifier.pipeline import verify
    from verifier.policy.baseline import write_baseline

    settings, file_config = _settings_from(config_path=config_path, **opts)
    paths = resolve_inputs(list(inputs), file_config, changed_since=None, settings=settings)
    result = verify(paths, settings, stdin=sys.stdin.buffer)
    b = write_baseline(result, Path(output))
    click.echo(f"wrote {output}: {len(b.entries)} accepted finding(s)")
    return 0
