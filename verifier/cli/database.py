"""The commands on the run database: the ``db`` group (upgrade, current) and ``history``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from verifier.errors import InputError
from verifier.settings import default_db_url


@click.group()
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
