"""Store export: the rows ``verifier export`` writes, read from the views and tables.

Every export is of the *current* version of each article (the one its newest run checked);
``since`` keeps the articles whose newest run came after run ``since`` (what changed since
the last export). Pairs and findings come from the views ``claim_source_pairs`` and
``current_findings`` (migration 0002), posts and claims from their tables.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from verifier.errors import UsageError
from verifier.store import schema
from verifier.store.database import store_error
from verifier.store.records import ExportRows
from verifier.store.repository import Store

WHAT = ("pairs", "findings", "posts", "claims")

_VIEWS = {
    "pairs": (
        "SELECT * FROM claim_source_pairs WHERE is_current = 1 AND last_run_id > :since "
        "ORDER BY source, pair_id"
    ),
    "findings": ("SELECT * FROM current_findings WHERE run_id > :since ORDER BY source, position"),
}


def _current_versions() -> Any:
    """``(article_id, run_id)`` of each article's current version (a subquery)."""
    latest = (
        select(schema.Article.source_key, func.max(schema.RunArticle.run_id).label("run_id"))
        .join(schema.RunArticle, schema.RunArticle.article_id == schema.Article.id)
        .group_by(schema.Article.source_key)
        .subquery()
    )
    return (
        select(schema.RunArticle.article_id, latest.c.run_id)
        .join(schema.Article, schema.Article.id == schema.RunArticle.article_id)
        .join(
            latest,
            (latest.c.source_key == schema.Article.source_key)
            & (latest.c.run_id == schema.RunArticle.run_id),
        )
        .subquery()
    )


def _table_query(what: str, since: int) -> Select[Any]:
    table = schema.Post.__table__ if what == "posts" else schema.Claim.__table__
    current = _current_versions()
    own = [c for c in table.columns if c.name not in ("id", "article_id")]
    offset = table.c.span_start if what == "posts" else table.c.start
    return (
        select(schema.Article.source, schema.Article.title, current.c.run_id, *own)
        .select_from(table)
        .join(current, current.c.article_id == table.c.article_id)
        .join(schema.Article, schema.Article.id == table.c.article_id)
        .where(current.c.run_id > since)
        .order_by(schema.Article.source, offset, table.c.key)
    )


def export_rows(store: Store, what: str, since: int = 0) -> ExportRows:
    """The rows of one export (``pairs``, ``findings``, ``posts`` or ``claims``)."""
    if what not in WHAT:
        raise UsageError(f"unknown export {what!r} (choose from {', '.join(WHAT)})")
    store.ensure_ready()
    try:
        with Session(store.engine) as session:
            if what in _VIEWS:
                result = session.execute(text(_VIEWS[what]), {"since": since})
            else:
                result = session.execute(_table_query(what, since))
            columns = tuple(result.keys())
            rows = tuple(tuple(row) for row in result)
    except SQLAlchemyError as exc:
        raise store_error("cannot export from", store.engine.url, exc) from exc
    return ExportRows(what, columns, rows)
