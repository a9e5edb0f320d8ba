"""Store repository: save runs, read an article's history, cache canonical posts.

Every public method is one transaction and raises :class:`~verifier.errors.StoreError`
(one line, password hidden) when the database fails; nothing is ever half-written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from verifier import model
from verifier.errors import StoreError
from verifier.store import schema
from verifier.store.database import ensure_schema, make_engine, store_error
from verifier.store.records import (
    ArticleCounts,
    ArticleRows,
    CachedPost,
    HistoryEntry,
    HistoryFinding,
    article_counts,
    article_rows,
    finding_from_row,
    source_key,
    storable,
)
from verifier.version import __version__

__all__ = ["CachedPost", "HistoryEntry", "Store"]


_SAVE_ATTEMPTS = 3
"""A run is saved again (whole) after a deadlock or serialization failure, at most this often."""
_TRANSIENT_SQLSTATES = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected


def _is_transient(exc: BaseException | None) -> bool:
    """A failure that the same transaction, run again, can get past (PostgreSQL only: the
    SQLite writer lock is waited for by the driver's busy timeout)."""
    orig = getattr(exc, "orig", None)
    return getattr(orig, "sqlstate", None) in _TRANSIENT_SQLSTATES


def _require_aware(name: str, value: dt.datetime) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware (got {value.isoformat()})")


class Store:
    """The verifier database: runs, article versions and what was found in them.

    The schema is brought to the newest revision on first use, so a new user needs no
    set-up step. Pass an engine from :func:`~verifier.store.database.make_engine`, or use
    :meth:`open` with a URL.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._owns_engine = False
        self._ready = False

    @classmethod
    def open(cls, url: str) -> Store:
        """A store on ``url`` (SQLite path URL or ``postgresql://…``), migrated to head."""
        store = cls(make_engine(url))
        store._owns_engine = True
        try:
            store.ensure_ready()
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        """Release connections (only of an engine this store created itself)."""
        if self._owns_engine:
            self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def engine(self) -> Engine:
        return self._engine

    def ensure_ready(self) -> None:
        """Migrate the database to the newest schema once (a no-op after the first call)."""
        if not self._ready:
            ensure_schema(self._engine)
            self._ready = True

    @contextmanager
    def _transaction(self, action: str) -> Iterator[Session]:
        self.ensure_ready()
        try:
            with Session(self._engine, expire_on_commit=False) as session, session.begin():
                yield session
        except SQLAlchemyError as exc:
            raise store_error(action, self._engine.url, exc) from exc

    # -- runs ------------------------------------------------------------------------------

    def save_run(
        self,
        result: model.VerificationResult,
        *,
        command: str,
        started_at: dt.datetime,
        finished_at: dt.datetime,
        exit_status: int,
        settings_summary: Mapping[str, str],
    ) -> int:
        """Record one run and the article versions it checked; return the run id.

        An article version is keyed on its source and the hash of its text: re-running an
        unchanged article adds only a ``runs`` row and a ``run_articles`` link. An edited
        article becomes a new version. Datetimes must be timezone-aware (``ValueError``).
        Raises ``StoreError`` (after rolling everything back) when the database fails.

        Many writers may save at once (processes, machines, CI jobs): on PostgreSQL each
        article version's row is locked while its rows are replaced, versions in one global
        order, and a deadlock or serialization failure saves the run again (at most
        ``_SAVE_ATTEMPTS`` times); on SQLite writers take turns (``BEGIN IMMEDIATE``, WAL,
        busy timeout: ``verifier.store.database``).
        """
        _require_aware("started_at", started_at)
        _require_aware("finished_at", finished_at)
        # Build every row before opening the transaction: a bad result fails here, cheaply.
        prepared = [(article_rows(ar), article_counts(ar)) for ar in result.articles]
        # Writers lock article versions in one global order (source key, then text hash), so
        # two runs over the same articles wait for each other instead of deadlocking.
        order = sorted(
            range(len(prepared)),
            key=lambda i: (prepared[i][0].source_key, prepared[i][0].content_hash),
        )
        for attempt in range(_SAVE_ATTEMPTS):
            try:
                return self._save_run_once(
                    result,
                    prepared,
                    order,
                    command=command,
                    started_at=started_at,
                    finished_at=finished_at,
                    exit_status=exit_status,
                    settings_summary=settings_summary,
                )
            except StoreError as exc:
                if attempt + 1 == _SAVE_ATTEMPTS or not _is_transient(exc.__cause__):
                    raise
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _save_run_once(
        self,
        result: model.VerificationResult,
        prepared: list[tuple[ArticleRows, ArticleCounts]],
        order: list[int],
        *,
        command: str,
        started_at: dt.datetime,
        finished_at: dt.datetime,
        exit_status: int,
        settings_summary: Mapping[str, str],
    ) -> int:
        counts = [c for _, c in prepared]
        with self._transaction("cannot save run to") as session:
            run = schema.Run(
                started_at=started_at,
                finished_at=finished_at,
                command=command,
                tool_version=__version__,
                settings=dict(settings_summary),
                exit_status=exit_status,
                article_count=len(prepared),
                finding_count=sum(c.findings for c in counts),
                **{f"severity_{s}": sum(c.severities[s] for c in counts) for s in model.SEVERITIES},
                skipped_count=len(result.skipped) + sum(len(ar.skipped) for ar in result.articles),
            )
            session.add(run)
            linked: set[int] = set()
            for position in order:
                rows, article_count = prepared[position]
                article = self._article_version(session, rows, seen_at=finished_at)
                if article.id in linked:  # the same version given twice in one run
                    continue
                linked.add(article.id)
                session.add(
                    schema.RunArticle(
                        run=run, article=article, position=position, **article_count.columns()
                    )
                )
            session.flush()
            return run.id

    def _article_version(
        self, session: Session, rows: ArticleRows, *, seen_at: dt.datetime
    ) -> schema.Article:
        article = self._find_version(session, rows)
        if article is None:
            try:
                # A savepoint, so that a concurrent writer inserting the same version first
                # (unique key) costs a re-read, not the whole run.
                with session.begin_nested():
                    article = schema.Article(
                        source=rows.source,
                        source_key=rows.source_key,
                        content_hash=rows.content_hash,
                        result_hash=rows.result_hash,
                        first_seen=seen_at,
                        **rows.meta,
                    )
                    session.add(article)
                    self._add_children(session, article, rows)
                return article
            except IntegrityError:
                article = self._find_version(session, rows)
                if article is None:
                    raise
        if article.result_hash != rows.result_hash:
            # Same text, different analysis (a newer verifier, other settings, a post deleted
            # since): keep one copy, the newest. Each run's own counts and fingerprints stay
            # on its run_articles row, so history is not rewritten.
            self._delete_children(session, article)
            article.result_hash = rows.result_hash
            for name, value in rows.meta.items():
                setattr(article, name, value)
            self._add_children(session, article, rows)
        return article

    @staticmethod
    def _find_version(session: Session, rows: ArticleRows) -> schema.Article | None:
        # PostgreSQL: lock the version's row until commit (FOR NO KEY UPDATE, which still lets
        # other runs link to it), so that two runs re-analysing it with other settings take
        # turns replacing its posts and claims instead of inserting the same keys at once.
        # SQLite needs no row lock: BEGIN IMMEDIATE already lets one writer in at a time.
        return session.scalar(
            select(schema.Article)
            .where(
                schema.Article.source_key == rows.source_key,
                schema.Article.content_hash == rows.content_hash,
            )
            .with_for_update(key_share=True)
            .execution_options(populate_existing=True)
        )

    @staticmethod
    def _delete_children(session: Session, article: schema.Article) -> None:
        posts = select(schema.Post.id).where(schema.Post.article_id == article.id)
        for stmt in (
            delete(schema.Finding).where(schema.Finding.article_id == article.id),
            delete(schema.Pair).where(schema.Pair.post_id.in_(posts)),
            delete(schema.Post).where(schema.Post.article_id == article.id),
            delete(schema.Claim).where(schema.Claim.article_id == article.id),
        ):
            session.execute(stmt, execution_options={"synchronize_session": False})

    @staticmethod
    def _add_children(session: Session, article: schema.Article, rows: ArticleRows) -> None:
        posts = {r["key"]: schema.Post(article=article, **r) for r in rows.posts}
        claims = {r["key"]: schema.Claim(article=article, **r) for r in rows.claims}
        session.add_all([*posts.values(), *claims.values()])
        for pr in rows.pairs:
            pair = schema.Pair(post=posts[pr.post_key], claim=claims[pr.claim_key], **pr.row)
            session.add(pair)
            session.add_all(schema.Finding(article=article, pair=pair, **f) for f in pr.findings)
        session.add_all(schema.Finding(article=article, **f) for f in rows.article_findings)
        session.flush()

    # -- history ---------------------------------------------------------------------------

    def history(self, source: str) -> list[HistoryEntry]:
        """Every run that checked ``source``, oldest first, each compared with the one before."""
        stmt = (
            select(schema.RunArticle, schema.Run, schema.Article)
            .join(schema.Run, schema.RunArticle.run_id == schema.Run.id)
            .join(schema.Article, schema.RunArticle.article_id == schema.Article.id)
            .where(schema.Article.source_key == source_key(source))
            .order_by(schema.Run.started_at, schema.Run.id)
        )
        with self._transaction("cannot read history from") as session:
            rows = session.execute(stmt).all()
            details = self._finding_details(session, {article.id for _, _, article in rows})
        entries: list[HistoryEntry] = []
        previous: HistoryEntry | None = None
        previous_article = 0
        for link, run, article in rows:
            fingerprints = tuple(link.fingerprints)
            before = set(previous.fingerprints) if previous else set()
            appeared = tuple(f for f in fingerprints if f not in before)
            disappeared = tuple(sorted(before - set(fingerprints)))
            entry = HistoryEntry(
                run_id=run.id,
                started_at=run.started_at,
                command=run.command,
                tool_version=run.tool_version,
                exit_status=run.exit_status,
                source=article.source,
                title=article.title,
                content_hash=article.content_hash,
                edited=previous is not None and previous.content_hash != article.content_hash,
                posts=link.post_count,
                claims=link.claim_count,
                pairs=link.pair_count,
                severities={s: getattr(link, f"severity_{s}") for s in model.SEVERITIES},
                verdicts={
                    "faithful": link.verdict_faithful,
                    "minor": link.verdict_minor,
                    "drift": link.verdict_drift,
                    "unchecked": link.verdict_unchecked,
                },
                fingerprints=fingerprints,
                appeared=appeared,
                disappeared=disappeared,
                appeared_findings=tuple(details(article.id, f) for f in appeared),
                disappeared_findings=tuple(details(previous_article, f) for f in disappeared),
            )
            entries.append(entry)
            previous, previous_article = entry, article.id
        return entries

    @staticmethod
    def _finding_details(
        session: Session, article_ids: set[int]
    ) -> Callable[[int, str], HistoryFinding]:
        """Look up a fingerprint's kind, severity and words: in the given article version
        first, else in any version (a re-analysed version no longer holds old rows)."""
        rows = session.execute(
            select(
                schema.Finding.article_id,
                schema.Finding.fingerprint,
                schema.Finding.kind,
                schema.Finding.severity,
                schema.Finding.post_text,
                schema.Finding.claim_text,
                schema.Finding.message,
            )
            .where(schema.Finding.article_id.in_(article_ids))
            .order_by(schema.Finding.article_id, schema.Finding.position)
        ).all()
        exact: dict[tuple[int, str], HistoryFinding] = {}
        anywhere: dict[str, HistoryFinding] = {}
        for article_id, fp, *rest in rows:
            found = HistoryFinding(fp, *rest)
            exact.setdefault((article_id, fp), found)
            anywhere.setdefault(fp, found)

        def lookup(article_id: int, fp: str) -> HistoryFinding:
            return exact.get((article_id, fp)) or anywhere.get(fp) or HistoryFinding(fp)

        return lookup

    def latest_findings(self, source: str) -> list[model.Finding]:
        """The findings stored for ``source`` by its most recent run (pair findings first)."""
        latest = (
            select(schema.RunArticle.article_id)
            .join(schema.Run, schema.RunArticle.run_id == schema.Run.id)
            .join(schema.Article, schema.RunArticle.article_id == schema.Article.id)
            .where(schema.Article.source_key == source_key(source))
            .order_by(schema.Run.started_at.desc(), schema.Run.id.desc())
            .limit(1)
        )
        with self._transaction("cannot read findings from") as session:
            article_id = session.scalar(latest)
            if article_id is None:
                return []
            found = session.scalars(
                select(schema.Finding)
                .where(schema.Finding.article_id == article_id)
                .order_by(schema.Finding.position)
            ).all()
            return [finding_from_row(f) for f in found]

    # -- platform post cache (--confirm) ---------------------------------------------------

    def get_cached_entry(
        self, platform: str, post_id: str, max_age_seconds: float, *, now: dt.datetime | None = None
    ) -> CachedPost | None:
        """The cached post if it was fetched at most ``max_age_seconds`` before ``now``."""
        now = now or dt.datetime.now(dt.UTC)
        _require_aware("now", now)
        with self._transaction("cannot read post cache from") as session:
            row = session.scalar(
                select(schema.PlatformPost).where(
                    schema.PlatformPost.platform == storable(platform),
                    schema.PlatformPost.post_id == storable(post_id),
                )
            )
            if row is None or max_age_seconds <= 0:
                return None
            if row.fetched_at < now - dt.timedelta(seconds=max_age_seconds):
                return None
            return CachedPost(row.platform, row.post_id, row.state, row.fetched_at, row.payload)

    def get_cached_post(
        self, platform: str, post_id: str, max_age_seconds: float, *, now: dt.datetime | None = None
    ) -> dict[str, Any] | None:
        """The cached payload of a post fetched within the TTL, else ``None`` (refetch)."""
        entry = self.get_cached_entry(platform, post_id, max_age_seconds, now=now)
        return entry.payload if entry is not None else None

    def put_cached_post(
        self,
        platform: str,
        post_id: str,
        state: str,
        payload: Mapping[str, Any],
        *,
        now: dt.datetime | None = None,
    ) -> None:
        """Store (or replace) what the platform returned for a post, stamped ``now``."""
        now = now or dt.datetime.now(dt.UTC)
        _require_aware("now", now)
        values = {
            "platform": storable(platform),
            "post_id": storable(post_id),
            "state": storable(state),
            "payload": dict(payload),
            "fetched_at": now,
        }
        insert = pg_insert if self._engine.dialect.name == "postgresql" else sqlite_insert
        stmt = insert(schema.PlatformPost).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=["platform", "post_id"],
            set_={
                "state": stmt.excluded.state,
                "payload": stmt.excluded.payload,
                "fetched_at": stmt.excluded.fetched_at,
            },
        )
        with self._transaction("cannot write post cache to") as session:
            session.execute(stmt)
