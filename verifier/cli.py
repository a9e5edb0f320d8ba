"""Command line: a thin shell over the library (parse flags -> Settings -> one call -> report).

Exit codes: 0 clean, 1 drift at or above the threshold, 2 usage or input error,
3 network or database failure. Every ``VerifierError`` becomes one line on stderr.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from verifier import __version__
from verifier.errors import InputError, UsageError, VerifierError
from verifier.model import DRIFT_KINDS, SEVERITIES, VerificationResult
from verifier.settings import Settings, default_db_url

log = logging.getLogger(__name__)

FORMATS = ("text", "json", "html", "junit", "sarif", "github")
EXIT_USAGE = 2


def _fail(message: str) -> NoReturn:
    raise UsageError(message)


def _read_text_arg(value: str) -> str:
    """``@path`` reads a file; anything else is the text itself."""
    if value.startswith("@"):
        path = Path(value[1:])
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{path}: {exc.strerror or exc}") from exc
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not UTF-8 text") from exc
    return value


def render(
    result: VerificationResult, fmt: str, settings: Settings, *, color: bool, width: int
) -> str:
    """The report of ``result`` in one format, as text."""
    from verifier.policy import Gate, apply_settings

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


# --- commands ----------------------------------------------------------------------------

_common_run_options = [
    click.option(
        "--format",
        "formats",
        multiple=True,
        type=click.Choice(FORMATS),
        help="Report format (repeatable, pairs with --output).",
    ),
    click.option(
        "--output",
        "outputs",
        multiple=True,
        help="Write the report of the matching --format to this file.",
    ),
    click.option(
        "--db",
        "db",
        default=None,
        help="Database URL (default: $VERIFIER_DB or a SQLite file in the user data dir).",
    ),
    click.option("--no-db", is_flag=True, help="Do not store the run."),
    click.option(
        "--confirm/--no-confirm", default=None, help="Check each post against its platform."
    ),
    click.option(
        "--threshold",
        type=click.Choice(SEVERITIES),
        default=None,
        help="Lowest severity that fails (default major).",
    ),
    click.option(
        "--ignore",
        "ignore",
        multiple=True,
        type=click.Choice(DRIFT_KINDS),
        help="Drift kind to ignore (repeatable).",
    ),
    click.option(
        "--allow-private",
        is_flag=True,
        default=None,
        help="Allow fetching private/loopback addresses.",
    ),
    click.option(
        "--min-score",
        type=click.FloatRange(0, 1),
        default=None,
        help="Alignment score from which a claim renders a post.",
    ),
    click.option("--strict", is_flag=True, default=None, help="Unverifiable posts fail too."),
]


F = TypeVar("F", bound=Callable[..., Any])


def _apply(options: list[Any]) -> Callable[[F], F]:
    def deco(f: F) -> F:
        for opt in reversed(options):
            f = opt(f)
        return f

    return deco


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="verifier")
@click.option("-v", "--verbose", count=True, help="More logging on stderr.")
def cli(verbose: int) -> None:
    """Check how news articles render the social posts they quote."""
    logging.basicConfig(
        level=logging.WARNING - 10 * min(verbose, 2), format="verifier: %(levelname)s: %(message)s"
    )


def _settings_from(
    *,
    db: str | None,
    no_db: bool,
    confirm: bool | None,
    threshold: str | None,
    ignore: Sequence[str],
    allow_private: bool | None,
    min_score: float | None,
    strict: bool | None,
    config_path: Path | None = None,
) -> tuple[Settings, Any]:
    from verifier.config import FileConfig, build_settings, find_config, load_config

    path = config_path or find_config(Path.cwd())
    file_config = load_config(path) if path else FileConfig()
    settings = build_settings(
        file_config,
        {
            "threshold": threshold,
            "ignore": list(ignore) or None,
            "allow_private": allow_private,
            "db": db,
            "confirm": confirm,
            "strict": strict,
            "min_score": min_score,
        },
    )
    from dataclasses import replace

    if no_db:
        settings = replace(settings, db_url=None)
    elif settings.db_url is None:
        settings = replace(settings, db_url=default_db_url())
    return settings, file_config


@cli.command()
@click.argument("inputs", nargs=-1)
@_apply(_common_run_options)
def check(
    inputs: tuple[str, ...], formats: tuple[str, ...], outputs: tuple[str, ...], **opts: Any
) -> int:
    """Verify articles (paths, URLs, or - for stdin) and report every drift."""
    if not inputs:
        _fail("no input: give article paths, URLs or - for stdin")
    from verifier.policy import exit_code

    settings, _ = _settings_from(**opts)
    pairs = _pair_outputs(formats, outputs)
    started = dt.datetime.now(dt.UTC)
    result = _verify_with_cache(list(inputs), settings)
    code = exit_code(result, settings)
    _store_run(result, settings, command="check", started=started, exit_status=code)
    _write_outputs(result, pairs, settings)
    return code


@cli.command()
@click.option("--source", help="The original text (or @file).")
@click.option("--claim", help="Its rendering (or @file).")
@click.option(
    "--jsonl",
    "jsonl",
    type=click.Path(dir_okay=False),
    help='Lines of {"id","source","claim"}; - for stdin.',
)
@click.option("--threshold", type=click.Choice(SEVERITIES), default="major")
def compare(source: str | None, claim: str | None, jsonl: str | None, threshold: str) -> int:
    """Judge renderings without an article: one pair, or many as JSON lines."""
    from verifier.drift import judge
    from verifier.policy import at_or_above

    def out(j: Any, ident: Any = None) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if ident is not None:
            d["id"] = ident
        d.update(
            verdict=j.verdict,
            score=j.score,
            findings=[
                {"kind": f.kind, "severity": f.severity, "message": f.message} for f in j.findings
            ],
        )
        return d

    failed = False
    if jsonl:
        if source or claim:
            _fail("use either --jsonl or --source/--claim")
        lines = sys.stdin.read().splitlines() if jsonl == "-" else _read_lines(jsonl)
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                ident, src, clm = row.get("id"), row["source"], row["claim"]
                if not isinstance(src, str) or not isinstance(clm, str):
                    raise TypeError
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise InputError(
                    f'{jsonl}:{n}: expected a JSON object with string "source" and "claim"'
                ) from exc
            j = judge(src, clm)
            failed |= any(at_or_above(f.severity, threshold) for f in j.findings)
            click.echo(json.dumps(out(j, ident), ensure_ascii=False))
        return 1 if failed else 0
    if source is None or claim is None:
        _fail("give --source and --claim, or --jsonl FILE")
    src, clm = _read_text_arg(source), _read_text_arg(claim)
    if not src.strip() or not clm.strip():
        raise InputError("--source and --claim must not be empty")
    j = judge(src, clm)
    click.echo(json.dumps(out(j), ensure_ascii=False))
    return 1 if any(at_or_above(f.severity, threshold) for f in j.findings) else 0


def _read_lines(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8") as fh:
            return [line.rstrip("\n") for line in fh]
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text") from exc


@cli.command()
@click.argument("sources", type=click.Path(dir_okay=False))
@click.argument("claims", type=click.Path(dir_okay=False))
def align(sources: str, claims: str) -> int:
    """Print the best rendering in CLAIMS of each line of SOURCES (JSON lines)."""
    from verifier.align import align_texts

    src, cl = _read_lines(sources), _read_lines(claims)
    out = sys.stdout
    for r in align_texts(src, cl):
        out.write(json.dumps({"source": r.source, "claim": r.claim, "score": r.score}) + "\n")
    return 0


@cli.group()
def db() -> None:
    """Database: migrate and inspect."""


@db.command("upgrade")
@click.option(
    "--db",
    "url",
    default=None,
    help="Database URL (default: $VERIFIER_DB or the user data SQLite file).",
)
@click.argument("revision", default="head")
def db_upgrade(url: str | None, revision: str) -> int:
    """Migrate the database to REVISION (default head)."""
    from verifier.store.database import current, upgrade

    url = url or default_db_url()
    upgrade(url, revision)
    click.echo(f"{_display(url)}: at revision {current(url)}")
    return 0


@db.command("current")
@click.option("--db", "url", default=None)
def db_current(url: str | None) -> int:
    """Print the database's revision."""
    from verifier.store.database import current, head

    url = url or default_db_url()
    rev = current(url)
    click.echo(
        f"{_display(url)}: {rev or 'empty (no revision)'}" + (" (head)" if rev == head() else "")
    )
    return 0


def _display(url: str) -> str:
    from verifier.store.database import display_url

    return display_url(url)


@cli.command()
@click.argument("article")
@click.option("--db", "url", default=None)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
def history(article: str, url: str | None, fmt: str) -> int:
    """Show how an article's findings changed across runs."""
    from verifier.store.repository import Store

    # A file may have been checked as a relative or an absolute path.
    candidates = [article]
    path = Path(article)
    if path.exists():
        candidates += [str(path.resolve()), os.path.relpath(path.resolve())]
    with Store.open(url or default_db_url()) as store:
        entries = []
        for candidate in dict.fromkeys(candidates):
            entries = store.history(candidate)
            if entries:
                break
    if not entries:
        raise InputError(f"{article}: no runs recorded for this article")
    if fmt == "json":
        from dataclasses import asdict

        click.echo(
            json.dumps([asdict(e) for e in entries], default=str, ensure_ascii=False, indent=2)
        )
        return 0
    from verifier.report.history import render_history

    click.echo(render_history(article, entries))
    return 0


@cli.command()
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
def ci(
    inputs: tuple[str, ...],
    config_path: Path | None,
    changed_since: str | None,
    baseline_path: str | None,
    formats: tuple[str, ...],
    outputs: tuple[str, ...],
    **opts: Any,
) -> int:
    """The newsroom CI check: verify, compare with the baseline, fail on new drift."""
    from verifier.ci import run_ci

    settings, file_config = _settings_from(config_path=config_path, **opts)
    return run_ci(
        list(inputs),
        settings,
        file_config,
        changed_since=changed_since,
        baseline_path=baseline_path,
        outputs=_pair_outputs(formats, outputs) if formats else None,
        write=_write_outputs,
        store=_store_run,
    )


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option(
    "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None
)
@click.option("--output", "output", default="verifier-baseline.json", show_default=True)
@_apply(_common_run_options[2:])
def baseline(inputs: tuple[str, ...], config_path: Path | None, output: str, **opts: Any) -> int:
    """Accept the current findings: write them to a baseline file for `verifier ci`."""
    from verifier.baseline import write_baseline
    from verifier.ci import resolve_inputs
    from verifier.pipeline import verify

    settings, file_config = _settings_from(config_path=config_path, **opts)
    paths = resolve_inputs(list(inputs), file_config, changed_since=None, settings=settings)
    result = verify(paths, settings, stdin=sys.stdin.buffer)
    b = write_baseline(result, Path(output))
    click.echo(f"wrote {output}: {len(b.entries)} accepted finding(s)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code instead of exiting (tests call this)."""
    try:
        rv = cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="verifier",
            standalone_mode=False,
        )
    except VerifierError as exc:
        click.echo(f"verifier: error: {exc}", err=True)
        if exc.hint:
            click.echo(f"verifier: hint: {exc.hint}", err=True)
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("verifier: aborted", err=True)
        return 130
    except click.ClickException as exc:
        click.echo(f"verifier: error: {exc.format_message()}", err=True)
        return EXIT_USAGE
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("verifier: interrupted", err=True)
        return 130
    except BrokenPipeError:
        return 0
    return int(rv or 0)
