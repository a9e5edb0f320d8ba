"""Store plumbing: engines for SQLite and PostgreSQL, Alembic migrations, one-line StoreErrors.

Every database failure leaves this package as :class:`~verifier.errors.StoreError` with one
line that names the database (password hidden) and the reason — never a traceback.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from verifier.errors import StoreError, StoreURLError, UsageError

PG_CONNECT_TIMEOUT_SECONDS = 10
"""An unreachable server must fail in bounded time, not hang a CI job."""

SQLITE_BUSY_TIMEOUT_SECONDS = 30
"""How long a writer waits for another process holding the SQLite file."""

# Alembic keeps the running migration in module globals (alembic.context / alembic.op), so
# two threads of one process must not migrate at once. Processes are kept apart by the
# database itself (PostgreSQL advisory lock in env.py, SQLite's write lock).
_ALEMBIC_LOCK = threading.Lock()

_PG_SCHEMES = {"postgresql", "postgres", "postgresql+psycopg"}
_USERINFO = re.compile(r"(://[^:/@\s]*:)[^@/\s]*@")


def display_url(url: str | URL) -> str:
    """The URL to show a user: password replaced by ``***``, our driver suffix dropped."""
    if isinstance(url, URL):
        shown = url.render_as_string(hide_password=True)
    else:
        try:
            shown = make_url(url).render_as_string(hide_password=True)
        except (ArgumentError, ValueError):  # ValueError: a port that is not a number
            shown = _USERINFO.sub(r"\1***@", url)
    return shown.replace("postgresql+psycopg://", "postgresql://", 1)


def parse_url(url: str) -> URL:
    """Parse a database URL; ``postgresql://`` and ``postgres://`` mean psycopg 3."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise StoreURLError(f"invalid database URL {display_url(url)!r}") from exc
    if parsed.drivername in _PG_SCHEMES:
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreURLError(
            f"unsupported database URL {display_url(parsed)}: use sqlite:///PATH or postgresql://…"
        )
    return parsed


def reason(exc: BaseException, *, secret: str | None = None) -> str:
    """One short line saying why a database call failed (driver message, first line)."""
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc)
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), type(exc).__name__)
    # psycopg: 'connection failed: connection to server at "…", port 1 failed: Connection refused'
    # — the host and port are already in the URL we print; keep the cause.
    if line.startswith("connection failed:") and "failed: " in line[18:]:
        line = line.rsplit("failed: ", 1)[1]
    line = re.sub(r"^(FATAL|ERROR):\s+", "", line)
    line = re.sub(r"\s+", " ", line)
    if secret:
        line = line.replace(secret, "***")
    # "Connection refused" reads as a clause after the colon; "CHECK constraint …" keeps case.
    line = line[:1].lower() + line[1:] if line[:2] != line[:2].upper() else line
    return line[:300]


def store_error(action: str, url: str | URL, exc: BaseException) -> StoreError:
    """``StoreError("<action> <url>: <reason>")`` with the password hidden everywhere."""
    secret: str | None = None
    try:
        parsed = url if isinstance(url, URL) else make_url(url)
        secret = str(parsed.password) if parsed.password else None
    except (ArgumentError, ValueError):
        pass
    return StoreError(f"{action} {display_url(url)}: {reason(exc, secret=secret)}")


POSTGRES_EXTRA = "quote-verifier[postgres]"
"""What to install for PostgreSQL: psycopg is an extra, SQLite needs only the core."""


def require_driver(url: URL) -> None:
    """Raise a one-line :class:`UsageError` naming the extra when ``url`` is PostgreSQL and
    psycopg is not installed."""
    if url.get_backend_name() != "postgresql":
        return
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise UsageError(
            f"{display_url(url)}: PostgreSQL needs the psycopg driver, which is not installed; "
            f"install the postgres extra: pip install '{POSTGRES_EXTRA}'"
        ) from exc


def make_engine(url: str) -> Engine:
    """An engine for ``url`` (SQLite file or PostgreSQL via psycopg 3); connects lazily.

    SQLite: creates the file's directory, enforces foreign keys, and makes transactions real
    (pysqlite otherwise runs DDL outside them and breaks SAVEPOINT). Raises ``StoreError``.
    """
    parsed = parse_url(url)
    require_driver(parsed)
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            parent = Path(database).parent
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"cannot open database {display_url(parsed)}: "
                    f"cannot create directory {parent}: {exc.strerror or exc}"
                ) from exc
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_SECONDS}
    elif parsed.get_backend_name() == "postgresql":
        kwargs["connect_args"] = {"connect_timeout": PG_CONNECT_TIMEOUT_SECONDS}
    try:
        engine = create_engine(parsed, **kwargs)
    except (NoSuchModuleError, ImportError, ArgumentError) as exc:
        raise StoreURLError(f"unsupported database URL {display_url(parsed)}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        _make_sqlite_transactional(engine)
    return engine


def _make_sqlite_transactional(engine: Engine) -> None:
    # The recipe from SQLAlchemy's pysqlite docs ("Serializable isolation / Savepoints /
    # Transactional DDL"): stop the driver's own implicit BEGIN and emit ours.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_SECONDS * 1000}")
        _use_wal(cursor)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # IMMEDIATE takes the write lock up front: two CI jobs writing one file queue up
        # (for up to SQLITE_BUSY_TIMEOUT_SECONDS) instead of deadlocking on a read-then-write.
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def _use_wal(cursor: Any) -> None:
    """Write-ahead logging: programs that only read the file (datasette, sqlite-utils, the
    sqlite3 shell) no longer block a writer, nor it them; verifier's own transactions still
    take turns (BEGIN IMMEDIATE). The mode is kept in the file: a no-op after the first time.
    A file that cannot switch (a read-only directory, a network file system, another
    process switching it at the same moment) keeps its journal: slower, still correct."""
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
    except sqlite3.OperationalError:
        pass


def migrations_dir() -> Path:
    """The Alembic script directory: ``verifier/migrations`` in a wheel, else the checkout's."""
    package = Path(__file__).resolve().parents[1]
    for candidate in (package / "migrations", package.parent / "migrations"):
        if (candidate / "env.py").is_file():
            return candidate
    raise StoreError(f"database migrations not found next to {package}", hint="reinstall verifier")


def alembic_config() -> Config:
    """An Alembic config pointing at :func:`migrations_dir` (no ini file involved)."""
    config = Config()
    # configparser interpolation: a literal '%' in the path must be doubled.
    config.set_main_option("script_location", str(migrations_dir()).replace("%", "%%"))
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    """The newest revision this version of verifier knows."""
    revision = _scripts().get_current_head()
    if revision is None:  # pragma: no cover - the package always ships revisions
        raise StoreError("no database migrations found")
    return revision


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction, fit for running migrations.

    SQLite foreign keys are switched off around it: batch migrations recreate tables, and
    dropping a referenced table with enforcement on would cascade-delete child rows. The
    pragma has no effect inside a transaction, so it is sent on the raw connection first.
    """
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin():
                yield conn
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def _engine(engine_or_url: Engine | str) -> tuple[Engine, bool]:
    if isinstance(engine_or_url, Engine):
        return engine_or_url, False
    return make_engine(engine_or_url), True


def _current(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except SQLAlchemyError as exc:
        raise store_error("cannot open database", engine.url, exc) from exc


def _upgrade(engine: Engine, revision: str) -> None:
    config = alembic_config()
    try:
        with _ALEMBIC_LOCK, migration_connection(engine) as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    except CommandError as exc:
        raise StoreError(f"cannot migrate database {display_url(engine.url)}: {exc}") from exc
    except SQLAlchemyError as exc:
        raise store_error("cannot migrate database", engine.url, exc) from exc


def current(url: str) -> str | None:
    """The revision the database at ``url`` is at (``None``: never migrated)."""
    engine = make_engine(url)
    try:
        return _current(engine)
    finally:
        engine.dispose()


def upgrade(url: str, revision: str = "head") -> None:
    """Migrate the database at ``url`` to ``revision``. Raises ``StoreError``."""
    engine = make_engine(url)
    try:
        _current(engine)  # an unreachable database is "cannot open", not "cannot migrate"
        _upgrade(engine, revision)
    finally:
        engine.dispose()


def ensure_schema(engine_or_url: Engine | str) -> None:
    """Bring the database to the newest schema if it is behind (a new user needs no set-up).

    Refuses a database migrated by a newer verifier instead of guessing at its schema.
    """
    engine, owned = _engine(engine_or_url)
    try:
        at = _current(engine)
        newest = head()
        if at == newest:
            return
        known = {script.revision for script in _scripts().walk_revisions()}
        if at is not None and at not in known:
            raise StoreError(
                f"database {display_url(engine.url)} is at schema revision {at}, "
                "which this verifier does not know",
                hint="upgrade verifier, or point --db at another database",
            )
        _upgrade(engine, "head")
    finally:
        if owned:
            engine.dispose()
