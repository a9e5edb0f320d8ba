"""Database fixtures: a temp SQLite file and a throwaway PostgreSQL database, migrated with Alembic.

``db_url`` is parametrised over both backends, so every test that uses it (or ``migrated_db``
/ ``store``) runs twice. PostgreSQL needs ``VERIFIER_TEST_PG`` (a URL of a server where the
user may create databases, e.g. ``postgresql://postgres@127.0.0.1:5432/test``); without it
those tests are skipped with a reason. One database is created per test session
(``verifier_test_<random>``) and dropped at the end; each test gets its own schema in it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from verifier.store import Store, make_engine, upgrade

PG_ENV = "VERIFIER_TEST_PG"


def _admin_engine(url: str) -> Engine:
    return make_engine(url).execution_options(isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """URL of a fresh PostgreSQL database for this test session (dropped afterwards)."""
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        pytest.skip(
            f"{PG_ENV} is not set (e.g. {PG_ENV}=postgresql://postgres@127.0.0.1:5432/test)"
        )
    name = f"verifier_test_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine(admin_url)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def pg_url(pg_database: str) -> Iterator[str]:
    """URL of an empty schema of its own in the session's database (search_path set to it)."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine(pg_database)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(pg_database).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """URL of an empty database: a SQLite file that does not exist yet, or a PG schema."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store' / 'verifier.db'}"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def migrated_db(db_url: str) -> str:
    """``db_url`` migrated to head with Alembic."""
    upgrade(db_url)
    return db_url


@pytest.fixture
def store(migrated_db: str) -> Iterator[Store]:
    with Store.open(migrated_db) as opened:
        yield opened
