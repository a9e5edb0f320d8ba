"""Shared pieces of the CLI: usage errors, reading arguments, the run options, settings.

``FORMATS`` and ``EXIT_USAGE``; ``_fail`` (a usage error); ``_read_text_arg`` and
``_read_lines`` (text and line files given on the command line); ``_common_run_options``
and ``_apply`` (the options ``check``, ``ci`` and ``baseline`` share); ``_batch_run_options``
and ``_batch_options`` (inputs, workers, time budget, resume: ``check`` and ``ci``); ``OrderedCommand``
and ``option_events`` (``--format``/``--output`` in the order written); ``_settings_from``
(those options plus the config file -> ``Settings``); ``_store_url`` (the database of
``db``, ``history`` and ``export``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import click

from verifier.errors import InputError, UsageError
from verifier.model import DRIFT_KINDS, SEVERITIES
from verifier.report.formats import RUN_FORMATS
from verifier.settings import Settings, default_db_url

FORMATS = RUN_FORMATS.names()
EXIT_USAGE = 2
_ORDER = "verifier.option_order"


class OrderedCommand(click.Command):
    """A command that remembers the order its options were written in.

    click gathers each repeatable option into its own tuple, which loses how ``--format``
    and ``--output`` interleave; the parser's occurrence order is kept here instead.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        _, _, order = self.make_parser(ctx).parse_args(args=list(args))
        ctx.meta[_ORDER] = [p.name for p in order]
        return super().parse_args(ctx, args)


def option_events(
    ctx: click.Context, formats: Sequence[str], outputs: Sequence[str]
) -> list[tuple[str, str]]:
    """``("format", F)`` and ``("output", P)`` in the order they were written."""
    values = {"formats": iter(formats), "outputs": iter(outputs)}
    return [
        (name.removesuffix("s"), next(values[name]))
        for name in ctx.meta.get(_ORDER, [])
        if name in values
    ]


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


def _read_lines(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8") as fh:
            return [line.rstrip("\n") for line in fh]
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text") from exc


_common_run_options = [
    click.option(
        "--format",
        "formats",
        multiple=True,
        type=click.Choice(FORMATS),
        help="Report format (repeatable); the --output after it says where it goes.",
    ),
    click.option(
        "--output",
        "outputs",
        multiple=True,
        help="File for the --format just before (default: standard output).",
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
    click.option(
        "--fail-unchecked",
        is_flag=True,
        default=None,
        help="Renderings no word-level check exists for (verdict unchecked) fail too.",
    ),
]


_batch_run_options = [
    click.option(
        "--from",
        "from_lists",
        multiple=True,
        metavar="FILE",
        help="File listing inputs, one path or URL a line (- reads standard input; repeatable).",
    ),
    click.option(
        "--sitemap", "sitemaps", multiple=True, metavar="URL", help="Check the pages of a sitemap."
    ),
    click.option(
        "--feed", "feeds", multiple=True, metavar="URL", help="Check the links of an RSS/Atom feed."
    ),
    click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes (default: the machine's cores).",
    ),
    click.option(
        "--article-timeout",
        type=click.FloatRange(min=0),
        default=None,
        metavar="SECONDS",
        help="Time budget of one article; past it, the article is reported not checked "
        "(default 60; 0: none).",
    ),
    click.option(
        "--fail-fast", is_flag=True, help="Stop at the first input that cannot be checked."
    ),
    click.option(
        "--force", is_flag=True, help="Check again articles the store has already checked."
    ),
    click.option("-q", "--quiet", is_flag=True, help="No progress bar on a terminal."),
    click.option(
        "--engine",
        type=click.Choice(["local", "dask"]),
        default="local",
        show_default=True,
        help="Where articles run: local processes, or a Dask cluster.",
    ),
    click.option(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="Dask scheduler to join (default with --engine dask: a local cluster).",
    ),
]


def _batch_options(
    *,
    jobs: int | None,
    article_timeout: float | None,
    fail_fast: bool,
    force: bool,
    engine: str,
    scheduler: str | None,
) -> Any:
    """The ``BatchOptions`` of the batch flags (``--scheduler`` implies ``--engine dask``)."""
    from verifier.batch.runner import DEFAULT_ARTICLE_TIMEOUT, BatchOptions, default_jobs

    if scheduler and engine != "dask":
        engine = "dask"
    return BatchOptions(
        jobs=jobs or default_jobs(),
        article_timeout=DEFAULT_ARTICLE_TIMEOUT if article_timeout is None else article_timeout,
        engine="dask" if engine == "dask" else "local",
        scheduler=scheduler,
        keep_going=not fail_fast,
        force=force,
    )


F = TypeVar("F", bound=Callable[..., Any])


def _apply(options: list[Any]) -> Callable[[F], F]:
    def deco(f: F) -> F:
        for opt in reversed(options):
            f = opt(f)
        return f

    return deco


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
    fail_unchecked: bool | None = None,
    config_path: Path | None = None,
) -> tuple[Settings, Any]:
    from verifier.config import FileConfig, build_settings, find_config, load_config

    path = config_path or find_config(Path.cwd())
    file_config = load_config(path, formats=FORMATS) if path else FileConfig()
    settings = build_settings(
        file_config,
        {
            "threshold": threshold,
            "ignore": list(ignore) or None,
            "allow_private": allow_private,
            "db": db,
            "confirm": confirm,
            "strict": strict,
            "fail_unchecked": fail_unchecked,
            "min_score": min_score,
        },
    )
    from dataclasses import replace

    if no_db:
        settings = replace(settings, db_url=None)
    elif settings.db_url is None:
        settings = replace(settings, db_url=default_db_url())
    return settings, file_config


def _store_url(url: str | None) -> str:
    """The database of the commands that only read or migrate it (``db``, ``history``,
    ``export``): ``--db``, else the config file's ``db``, else the default (as ``check``)."""
    if url:
        return url
    from verifier.config import find_config, load_config

    path = find_config(Path.cwd())
    configured = load_config(path, formats=FORMATS).db if path else None
    return configured or default_db_url()
