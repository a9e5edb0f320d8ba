"""Command line: a thin shell over the library (parse flags -> Settings -> one call -> report).

Exit codes: 0 clean, 1 drift at or above the threshold, 2 usage or input error,
3 network or database failure. Every ``VerifierError`` becomes one line on stderr.

This module holds the ``cli`` group and ``main``; the commands live in ``run`` (check, ci,
baseline), ``text`` (compare, align) and ``database`` (db, history, export), the shared pieces in
``common`` (options, settings, argument reading) and ``output`` (where each report goes);
the formats themselves are a registry in ``verifier.report.formats``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import click

from verifier.cli.common import EXIT_USAGE, FORMATS
from verifier.cli.database import db, export, history
from verifier.cli.run import baseline, check, ci
from verifier.cli.text import align, compare
from verifier.errors import VerifierError
from verifier.version import __version__

__all__ = ["EXIT_USAGE", "FORMATS", "cli", "main"]

log = logging.getLogger(__name__)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="verifier")
@click.option("-v", "--verbose", count=True, help="More logging on stderr.")
def cli(verbose: int) -> None:
    """Check how news articles render the social posts they quote."""
    logging.basicConfig(
        level=logging.WARNING - 10 * min(verbose, 2), format="verifier: %(levelname)s: %(message)s"
    )


for _command in (check, compare, align, db, history, export, ci, baseline):
    cli.add_command(_command)


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
