"""The commands on the run database: the ``db`` group (upgrade, current), ``history`` and
``export``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from verifier.cli.common import _store_url
from verifier.cli.output import check_output_path, write_file
from verifier.errors import InputError
from verifier.report.formats import EXPORT_FORMATS


@click.group()
def db() -> None:
    """Database: migrate and inspect."""


@db.command("upgrade")
@click.option(
    "--db",
    "url",
    default=None,
    help="Database URL (default: the config's db, $VERIFIER_DB or the user data SQLite file).",
)
@click.argument("revision", default="head")
def db_upgrade(url: str | None, revision: str) -> int:
    """Migrate the database to REVISION (default head)."""
    from verifier.store.database import current, upgrade

    url = _store_url(url)
    upgrade(url, revision)
    click.echo(f"{_display(url)}: at revision {current(url)}")
    return 0


@db.command("current")
@click.option("--db", "url", default=None)
def db_current(url: str | None) -> int:
    """Print the database's revision."""
    from verifier.store.database import current, head

    url = _store_url(url)
    rev = current(url)
    click.echo(
        f"{_display(url)}: {rev or 'empty (no revision)'}" + (" (head)" if rev == head() else "")
    )
    return 0


def _display(url: str) -> str:
    from verifier.store.database import display_url

    return display_url(url)


@click.command()
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
    with Store.open(_store_url(url)) as store:
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


@click.command()
@click.option(
    "--what",
    type=click.Choice(("pairs", "findings", "posts", "claims")),
    default="pairs",
    show_default=True,
    help="Claim–source pairs, current findings, posts or claims.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS.names()),
    default="csv",
    show_default=True,
)
@click.option(
    "--since",
    type=click.IntRange(min=0),
    default=0,
    help="Only articles whose newest run came after run RUN (see `verifier history`).",
    metavar="RUN",
)
@click.option("--output", "output", default="-", help="File to write (default: standard output).")
@click.option("--db", "url", default=None)
def export(what: str, fmt: str, since: int, output: str, url: str | None) -> int:
    """Export the stored results of each article's current version as CSV or JSON lines."""
    from verifier.store.export import export_rows
    from verifier.store.repository import Store

    if output != "-":
        check_output_path(output)  # before the database is opened
    with Store.open(_store_url(url)) as store:
        rows = export_rows(store, what, since)
    text = EXPORT_FORMATS.get(fmt).render(rows)
    if output == "-":
        click.echo(text, nl=False)
    else:
        write_file(output, text)
    return 0
