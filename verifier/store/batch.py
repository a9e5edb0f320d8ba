"""The store of a batch run: a run opened first, each article saved as it finishes, totals last.

``verifier check`` over an archive cannot hold every result until the end to call
``Store.save_run``: :class:`BatchStore` opens the run (``begin_run``), saves one article per
transaction from whichever process judged it (``save_article``: local workers, Dask
workers), and writes the run's totals at the end (``finish_run``). A run stopped before its
end (Ctrl-C, a killed job) keeps every article saved so far, with ``exit_status`` -1.

It also answers the resume question (``find_checked``): was this loaded document already
judged with these settings? Then its stored result is reported instead of judging it again.
"""

from __future__ import annotations

import datetime as dt
import os
import weakref
from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from verifier import model
from verifier.store import schema
from verifier.store.postcache import StorePostCache
from verifier.store.records import article_counts, article_rows, source_key
from verifier.store.repository import Store
from verifier.store.resultcodec import decode_result, encode_result
from verifier.version import __version__


def open_batch_store(url: str) -> BatchStore:
    """The store at ``url`` for a batch (what worker processes call to open it)."""
    return BatchStore.open(url)


RUNNING = -1
"""``runs.exit_status`` of a run that has not finished (still running, or stopped)."""


def _aware(value: dt.datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware (got {value.isoformat()})")


class BatchStore(Store):
    """A :class:`Store` with the steps of a batch run and its resume lookup."""

    @classmethod
    def open(cls, url: str) -> BatchStore:
        store = super().open(url)
        assert isinstance(store, BatchStore)
        # A worker forked from this process must not use (or close) this process's pooled
        # connections: it drops the pool without closing them (SQLAlchemy's recipe for
        # os.fork) and opens its own store.
        ref = weakref.ref(store)

        def forget_pool() -> None:
            alive = ref()
            if alive is not None:
                alive.engine.dispose(close=False)

        os.register_at_fork(after_in_child=forget_pool)
        return store

    def begin_run(
        self, *, command: str, started_at: dt.datetime, settings_summary: Mapping[str, str]
    ) -> int:
        """Record a run that starts now (no article yet); return its id."""
        _aware(started_at, "started_at")
        with self._transaction("cannot save run to") as session:
            run = schema.Run(
                started_at=started_at,
                finished_at=started_at,
                command=command,
                tool_version=__version__,
                settings=dict(settings_summary),
                exit_status=RUNNING,
                article_count=0,
                finding_count=0,
                **{f"severity_{s}": 0 for s in model.SEVERITIES},
                skipped_count=0,
            )
            session.add(run)
            session.flush()
            return run.id

    def save_article(
        self,
        run_id: int,
        position: int,
        result: model.ArticleResult,
        *,
        document_hash: str | None = None,
        settings_hash: str | None = None,
        reusable: model.ArticleResult | None = None,
    ) -> None:
        """Save one article of run ``run_id`` in one transaction: its version (shared with
        every run that saw the same text), the run's link to it with its counts and, with
        both hashes, the resume record holding ``reusable`` (default ``result``: what a
        re-run reports; the caller leaves out what it asks again, such as ``--confirm``)."""
        rows = article_rows(result)
        counts = article_counts(result)
        now = dt.datetime.now(dt.UTC)
        checked = (
            (result.article.source, document_hash, settings_hash)
            if document_hash and settings_hash
            else None
        )
        blob = encode_result(reusable or result) if checked is not None else b""
        with self._transaction("cannot save article to") as session:
            article = self._article_version(session, rows, seen_at=now)
            try:
                with session.begin_nested():  # the same version twice in one run: one link
                    session.add(
                        schema.RunArticle(
                            run_id=run_id,
                            article_id=article.id,
                            position=position,
                            **counts.columns(),
                        )
                    )
            except IntegrityError:
                pass
            if checked is not None:
                self._record_checked(session, checked, article.id, now, blob)

    def _record_checked(
        self,
        session: Session,
        key: tuple[str, str, str],
        article_id: int,
        now: dt.datetime,
        blob: bytes,
    ) -> None:
        insert = pg_insert if self.engine.dialect.name == "postgresql" else sqlite_insert
        source, document_hash, settings_hash = key
        values = {
            "source_key": source_key(source),
            "document_hash": document_hash,
            "settings_hash": settings_hash,
            "article_id": article_id,
            "checked_at": now,
            "result": blob,
        }
        stmt = insert(schema.CheckedArticle).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["source_key", "document_hash", "settings_hash"],
            set_={
                "article_id": stmt.excluded.article_id,
                "checked_at": stmt.excluded.checked_at,
                "result": stmt.excluded.result,
            },
        )
        session.execute(stmt)

    def find_checked(
        self, source: str, document_hash: str, settings_hash: str
    ) -> model.ArticleResult | None:
        """The stored result of this document judged with these settings, else ``None``
        (also when the stored value cannot be read: the article is then judged again)."""
        with self._transaction("cannot read checked articles from") as session:
            blob = session.scalar(
                select(schema.CheckedArticle.result).where(
                    schema.CheckedArticle.source_key == source_key(source),
                    schema.CheckedArticle.document_hash == document_hash,
                    schema.CheckedArticle.settings_hash == settings_hash,
                )
            )
        if blob is None:
            return None
        try:
            return decode_result(blob)
        except ValueError:
            return None

    def post_cache(self) -> StorePostCache:
        """The ``--confirm`` cache in this store."""
        return StorePostCache(self)

    def finish_run(
        self, run_id: int, *, finished_at: dt.datetime, exit_status: int, skipped_count: int
    ) -> None:
        """Write the run's totals (summed from the articles it saved) and its exit status."""
        _aware(finished_at, "finished_at")
        link = schema.RunArticle
        sums = [func.count(link.id)] + [
            func.coalesce(func.sum(getattr(link, f"severity_{s}")), 0) for s in model.SEVERITIES
        ]
        with self._transaction("cannot save run to") as session:
            articles, *severities = session.execute(
                select(*sums).where(link.run_id == run_id)
            ).one()
            run = session.get(schema.Run, run_id)
            if run is None:
                raise ValueError(f"no run {run_id}")
            run.finished_at = finished_at
            run.exit_status = exit_status
            run.article_count = int(articles)
            run.finding_count = int(sum(severities))
            for s, n in zip(model.SEVERITIES, severities, strict=True):
                setattr(run, f"severity_{s}", int(n))
            run.skipped_count = skipped_count
