"""Alembic environment for the verifier store: migrates SQLite or PostgreSQL to ``verifier.store.schema``.

The database URL is never read from a committed file. In order of precedence:
``config.attributes["connection"]`` or ``config.attributes["url"]`` (set by
``verifier.store.database`` when called programmatically), ``alembic -x url=...``,
``$VERIFIER_DB``, then the default SQLite file from ``verifier.settings.default_db_url()``.
"""

from __future__ import annotations

import os
from logging.config import fileConfig
from pathlib import Path

from alembic import context
from sqlalchemy import Connection, text

from verifier.settings import default_db_url
from verifier.store.database import make_engine, migration_connection, parse_url
from verifier.store.schema import metadata

config = context.config

# Only the alembic CLI with an ini file configures logging; programmatic calls (the
# `verifier db` commands) leave logging to verifier.cli.
if config.config_file_name is not None and Path(config.config_file_name).is_file():
    fileConfig(config.config_file_name)

# Two CI jobs opening a new shared PostgreSQL store at once must not both create tables:
# the second waits on this transaction-scoped lock, then finds the schema at head.
_PG_MIGRATION_LOCK = 0x7665726966696572 >> 1  # "verifier", as a positive bigint


def database_url() -> str:
    url = config.attributes.get("url") or context.get_x_argument(as_dictionary=True).get("url")
    return str(url or os.environ.get("VERIFIER_DB") or default_db_url())


def _configure(**kwargs: object) -> None:
    context.configure(
        target_metadata=metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode recreates tables
        compare_type=True,
        **kwargs,  # type: ignore[arg-type]
    )


def run_migrations_offline() -> None:
    """Emit SQL to stdout (``alembic upgrade head --sql``) without a database."""
    _configure(
        url=parse_url(database_url()),
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def _run(connection: Connection) -> None:
    _configure(connection=connection)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK}
            )
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(database_url())
    try:
        with migration_connection(engine) as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
