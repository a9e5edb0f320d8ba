"""Store stage: the SQLAlchemy/Alembic database of runs, article versions and findings.

The only package that imports SQLAlchemy. SQLite by default, PostgreSQL for a shared store.
"""

from __future__ import annotations

from verifier.store.database import current, ensure_schema, head, make_engine, upgrade
from verifier.store.records import CachedPost, HistoryEntry
from verifier.store.repository import Store

__all__ = [
    "CachedPost",
    "HistoryEntry",
    "Store",
    "current",
    "ensure_schema",
    "head",
    "make_engine",
    "upgrade",
]
