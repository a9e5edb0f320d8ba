"""Command line: a thin shell over the library (parse flags -> Settings -> one call -> report).

Exit codes: 0 clean, 1 drift at or above the threshold (and nothing else), 2 usage or input
error, 3 network or database failure, 4 and 5 a batch run's store failure and skipped inputs
(``cli.batch``), 70 internal error (a bug), 130 interrupted. Every exception becomes one
line on stderr, never a traceback (``-v`` adds it for a bug).

This module holds the ``cli`` group and ``main``; the commands live in ``run`` (check, ci,
baseline), ``text`` (compare, align) and ``database`` (db, history, export), the shared pieces in
``common`` (options, settings, argument reading) and ``output`` (where each report goes);
the formats themselves are a registry in ``verifier.report.formats``.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Sequence

import click

from verifier.cli.common import EXIT_USAGE, FORMATS
from verifier.cli.database import db, export, history
from verifier.cli.run import baseline, check, ci
from verifier.cli.text import align, compare
from verifier.errors import EXIT_INTERNAL, EXIT_INTERRUPTED, VerifierError
from verifier.fetch.errors import RedactingFilter, redact_credentials
from verifier.version import __version__

__all__ = ["EXIT_USAGE", "FORMATS", "cli", "main"]

log = logging.getLogger(__name__)


_verbosity = 0
"""``-v`` count of the running command: a bug's traceback is shown from ``-v`` on."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="verifier")
@click.option("-v", "--verbose", count=True, help="More logging on stderr.")
def cli(verbose: int) -> None:
    """Check how news articles render the social posts they quote."""
    global _verbosity
    _verbosity = verbose
    logging.basicConfig(
        level=logging.WARNING - 10 * min(verbose, 2), format="verifier: %(levelname)s: %(message)s"
    )
    # Libraries log whole URLs (httpx: every request; httpcore: every Location header):
    # user:password in them must not reach a CI log.
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())


for _command in (check, compare, align, db, history, export, ci, baseline):
    cli.add_command(_command)


_MAX_LINE = 500


def one_line_message(text: str, *, single_line: bool = True) -> str:
    """``text`` fit for stderr: credentials in URLs hidden, characters the terminal cannot
    take (a lone surrogate from a bad file name) escaped, and — by default — one bounded line."""
    text = redact_credentials(text).encode("utf-8", "backslashreplace").decode("utf-8")
    if not single_line:
        return text
    text = " ".join(text.split())
    return text if len(text) <= _MAX_LINE else text[: _MAX_LINE - 1] + "…"


def _say(kind: str, text: str) -> None:
    click.echo(f"verifier: {kind}: {one_line_message(text)}", err=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code instead of exiting (tests call this).

    Exit status 1 means drift and nothing else: every failure, a bug included, ends here as
    one line on stderr with a code of its own (see ``verifier.errors``)."""
    global _verbosity
    _verbosity = 0
    try:
        rv = cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="verifier",
            standalone_mode=False,
        )
    except VerifierError as exc:
        _say("error", str(exc))
        if exc.hint:
            _say("hint", exc.hint)
        return exc.exit_code
    except click.exceptions.Abort as exc:
        # click turns Ctrl-C (and end of input at a prompt) into Abort.
        interrupted = isinstance(exc.__cause__, KeyboardInterrupt)
        click.echo(f"verifier: {'interrupted' if interrupted else 'aborted'}", err=True)
        return EXIT_INTERRUPTED
    except click.ClickException as exc:
        _say("error", exc.format_message())
        return EXIT_USAGE
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("verifier: interrupted", err=True)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the last guard: a bug is one line, not a traceback
        return _internal_error(exc)
    return int(rv or 0)


def _internal_error(exc: Exception) -> int:
    if _verbosity:
        click.echo(
            one_line_message("".join(traceback.format_exception(exc)), single_line=False),
            err=True,
            nl=False,
        )
    what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    _say("internal error", what)
    _say("hint", "this is a bug in verifier; run again with -v for the traceback and report it")
    return EXIT_INTERNAL
