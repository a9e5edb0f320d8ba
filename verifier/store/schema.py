"""Store schema: SQLAlchemy 2.x typed models for runs, article versions and what was found in them.

Shape of the data::

    runs ──< run_articles >── articles ──< posts ──< pairs >── claims >── articles
                                   └──< findings >── pairs (nullable: article-level findings)
    platform_posts   (cache of canonical posts fetched by ``--confirm``)
    checked_articles >── articles   (which loaded document was judged with which settings)

An ``articles`` row is one *version* of an article: its source plus the SHA-256 of its
normalised text. Re-running an unchanged article links the new run to the existing version
(``run_articles``) instead of copying posts, claims, pairs and findings again.

Types are portable (SQLite and PostgreSQL): ``JSON``, ``Text`` for everything that comes from
a page (no length limit a hostile page could trip over), short ``String`` only for values the
tool itself produces (hashes, kinds, severities), and :class:`UTCDateTime` for timestamps.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Deterministic constraint names, so later migrations (and SQLite batch mode, which must
# recreate tables) can refer to constraints by name on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

HASH_LENGTH = 64
"""Hex digits of a SHA-256 digest."""


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware datetime stored in UTC and always read back as aware UTC.

    PostgreSQL keeps ``timestamp with time zone``; SQLite has no time zones, so the value
    is stored as naive UTC text (which also sorts correctly) and UTC is re-attached on read.
    Naive datetimes are refused: their meaning depends on the machine that made them.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} (give a time zone)")
        utc = value.astimezone(dt.UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Run(Base):
    """One invocation of ``verifier check`` / ``verifier ci`` that stored its result."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    finished_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    command: Mapped[str] = mapped_column(String(32))
    """``check``, ``ci`` …"""
    tool_version: Mapped[str] = mapped_column(String(64))
    settings: Mapped[dict[str, str]] = mapped_column(JSON)
    """A flat summary of the settings that shaped the result (threshold, ignored kinds …)."""
    exit_status: Mapped[int] = mapped_column(Integer)
    article_count: Mapped[int] = mapped_column(Integer)
    finding_count: Mapped[int] = mapped_column(Integer)
    severity_critical: Mapped[int] = mapped_column(Integer)
    severity_major: Mapped[int] = mapped_column(Integer)
    severity_minor: Mapped[int] = mapped_column(Integer)
    skipped_count: Mapped[int] = mapped_column(Integer)

    links: Mapped[list[RunArticle]] = relationship(back_populates="run")


class Article(Base):
    """One version of an article: a source and the hash of its normalised text."""

    __tablename__ = "articles"
    __table_args__ = (UniqueConstraint("source_key", "content_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    """The path or URL as the user gave it."""
    source_key: Mapped[str] = mapped_column(String(HASH_LENGTH))
    """SHA-256 of the normalised source: the lookup key. A hash, not the source itself,
    because PostgreSQL cannot index arbitrarily long text (long percent-encoded URLs)."""
    content_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    """SHA-256 of ``Article.text``."""
    result_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    """SHA-256 of the stored analysis; a new tool version that finds something else
    replaces the child rows of the version instead of duplicating them."""
    title: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    first_seen: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class RunArticle(Base):
    """Link of a run to the article version it checked, with that run's counts."""

    __tablename__ = "run_articles"
    __table_args__ = (UniqueConstraint("run_id", "article_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    """Order of the article in the run."""
    post_count: Mapped[int] = mapped_column(Integer)
    claim_count: Mapped[int] = mapped_column(Integer)
    pair_count: Mapped[int] = mapped_column(Integer)
    unsourced_count: Mapped[int] = mapped_column(Integer)
    unrendered_count: Mapped[int] = mapped_column(Integer)
    severity_critical: Mapped[int] = mapped_column(Integer)
    severity_major: Mapped[int] = mapped_column(Integer)
    severity_minor: Mapped[int] = mapped_column(Integer)
    verdict_faithful: Mapped[int] = mapped_column(Integer)
    verdict_minor: Mapped[int] = mapped_column(Integer)
    verdict_drift: Mapped[int] = mapped_column(Integer)
    verdict_unchecked: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """Pairs no word-level check exists for (migration 0004)."""
    fingerprints: Mapped[list[str]] = mapped_column(JSON)
    """Sorted fingerprints of this run's findings for the article: history compares these."""

    run: Mapped[Run] = relationship(back_populates="links")
    article: Mapped[Article] = relationship()


class Post(Base):
    """A social post embedded in an article version."""

    __tablename__ = "posts"
    __table_args__ = (UniqueConstraint("article_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(32))
    platform: Mapped[str] = mapped_column(Text)
    post_id: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    author_name: Mapped[str | None] = mapped_column(Text)
    handle: Mapped[str | None] = mapped_column(Text)
    posted_at: Mapped[dt.date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(Text)
    media: Mapped[list[str]] = mapped_column(JSON)
    origin: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    quoted_post: Mapped[str | None] = mapped_column(String(32))
    in_reply_to: Mapped[str | None] = mapped_column(Text)
    truncated: Mapped[bool] = mapped_column()
    notes: Mapped[list[str]] = mapped_column(JSON)

    article: Mapped[Article] = relationship()


class Claim(Base):
    """A quote or reported speech in an article version."""

    __tablename__ = "claims"
    __table_args__ = (
        UniqueConstraint("article_id", "key"),
        CheckConstraint("kind IN ('quote', 'reported', 'term')", name="kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    speaker: Mapped[str | None] = mapped_column(Text)
    cue: Mapped[str | None] = mapped_column(Text)
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_end: Mapped[int | None] = mapped_column(Integer)
    closed: Mapped[bool] = mapped_column()
    platform_cue: Mapped[bool] = mapped_column()

    article: Mapped[Article] = relationship()


class Pair(Base):
    """A judged post–claim pair."""

    __tablename__ = "pairs"
    __table_args__ = (
        UniqueConstraint("post_id", "claim_id"),
        CheckConstraint("verdict IN ('faithful', 'minor', 'drift', 'unchecked')", name="verdict"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    """Order of the pair in the article result."""
    score: Mapped[float] = mapped_column(Float)
    verdict: Mapped[str] = mapped_column(String(16))
    anchors: Mapped[list[dict[str, Any]]] = mapped_column(JSON)

    post: Mapped[Post] = relationship()
    claim: Mapped[Claim] = relationship()


class Finding(Base):
    """A drift finding: of a pair, or of the article itself (``pair_id`` NULL)."""

    __tablename__ = "findings"
    __table_args__ = (
        CheckConstraint("severity IN ('critical', 'major', 'minor')", name="severity"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    pair_id: Mapped[int | None] = mapped_column(
        ForeignKey("pairs.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    """Order of the finding in the article (pair findings first, as reports list them)."""
    kind: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    message: Mapped[str] = mapped_column(Text)
    post_start: Mapped[int | None] = mapped_column(Integer)
    post_end: Mapped[int | None] = mapped_column(Integer)
    claim_start: Mapped[int | None] = mapped_column(Integer)
    claim_end: Mapped[int | None] = mapped_column(Integer)
    post_text: Mapped[str] = mapped_column(Text)
    claim_text: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(HASH_LENGTH), index=True)

    article: Mapped[Article] = relationship()
    pair: Mapped[Pair | None] = relationship()


class PlatformPost(Base):
    """Cache of a canonical post fetched from its platform (``--confirm``)."""

    __tablename__ = "platform_posts"
    __table_args__ = (UniqueConstraint("platform", "post_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    post_id: Mapped[str] = mapped_column(Text)
    fetched_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(32))
    """``confirmed``, ``deleted``, ``protected``, ``unavailable`` … as the fetcher saw it."""
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)


class CheckedArticle(Base):
    """A loaded document judged with some settings: what lets a re-run skip it (``--force``
    does not). Keyed on the source, the hash of the document as loaded and the hash of the
    judging settings; ``result`` is the article's result before ``--confirm`` (zlib JSON,
    ``store.resultcodec``), which a re-run reports instead of judging the article again."""

    __tablename__ = "checked_articles"
    __table_args__ = (UniqueConstraint("source_key", "document_hash", "settings_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_key: Mapped[str] = mapped_column(String(HASH_LENGTH))
    document_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    """SHA-256 of the document as loaded (before parsing)."""
    settings_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    """SHA-256 of the settings that shape a result, the tool version and its code."""
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    checked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    result: Mapped[bytes] = mapped_column(LargeBinary)


metadata = Base.metadata
"""What Alembic's ``env.py`` compares migrations against."""
