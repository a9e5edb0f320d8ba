"""Resumable runs: checked_articles records which loaded document was judged with which settings.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 23:50:00

A batch run (``verifier check DIR``) that is stopped and run again skips the documents it has
already judged with the same settings (``--force`` judges them again): the key is the source,
the SHA-256 of the document as loaded and the SHA-256 of the judging settings; ``result``
holds the article's result (zlib-compressed JSON) so the re-run still reports it.
A new table only, so no view of 0002 has to be dropped and rebuilt.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "checked_articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_key", sa.String(length=64), nullable=False),
        sa.Column("document_hash", sa.String(length=64), nullable=False),
        sa.Column("settings_hash", sa.String(length=64), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("result", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_checked_articles_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checked_articles")),
        sa.UniqueConstraint(
            "source_key",
            "document_hash",
            "settings_hash",
            name=op.f("uq_checked_articles_source_key_document_hash_settings_hash"),
        ),
    )
    op.create_index(
        op.f("ix_checked_articles_article_id"), "checked_articles", ["article_id"], unique=False
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_index(op.f("ix_checked_articles_article_id"), table_name="checked_articles")
    op.drop_table("checked_articles")
