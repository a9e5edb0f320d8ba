"""Views for readers of the store: claim_source_pairs and current_findings.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07 23:10:00

Written by hand: autogenerate does not see views (``alembic check`` compares tables only).
The SQL is the subset SQLite and PostgreSQL share, so a datasette or sqlite-utils user, or a
newsroom analyst on PostgreSQL, reads one table instead of joining four:

- ``claim_source_pairs``: one row per stored post–claim pair of every article version, with
  the article, the post, the claim, the verdict and its finding count; ``last_run_id`` is
  the newest run that checked that version and ``is_current`` is 1 for the version the
  newest run of its article checked.
- ``current_findings``: the findings of each article's current version (the one its newest
  run checked), with the post and claim they belong to (NULL for article-level findings).

A later migration that rebuilds one of these tables in SQLite batch mode must drop the views
first and create them again after (SQLite checks views when a table is renamed).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The newest run of each article (all versions of one source share its source_key).
_LATEST_RUN_PER_SOURCE = """
    SELECT a2.source_key AS source_key, MAX(ra2.run_id) AS last_run_id
    FROM run_articles ra2 JOIN articles a2 ON a2.id = ra2.article_id
    GROUP BY a2.source_key
"""

CLAIM_SOURCE_PAIRS = f"""
CREATE VIEW claim_source_pairs AS
SELECT
    pr.id AS pair_id,
    a.id AS article_id,
    a.source AS source,
    a.title AS title,
    a.content_hash AS content_hash,
    lv.last_run_id AS last_run_id,
    CASE WHEN lv.last_run_id = ls.last_run_id THEN 1 ELSE 0 END AS is_current,
    p.key AS post_key,
    p.platform AS platform,
    p.post_id AS platform_post_id,
    p.url AS post_url,
    p.author_name AS author_name,
    p.handle AS handle,
    p.posted_at AS posted_at,
    p.lang AS post_lang,
    p.text AS post_text,
    c.key AS claim_key,
    c.kind AS claim_kind,
    c.lang AS claim_lang,
    c.speaker AS speaker,
    c.cue AS cue,
    c.start AS claim_start,
    c."end" AS claim_end,
    c.text AS claim_text,
    pr.score AS score,
    pr.verdict AS verdict,
    (SELECT COUNT(*) FROM findings f WHERE f.pair_id = pr.id) AS finding_count
FROM pairs pr
JOIN posts p ON p.id = pr.post_id
JOIN claims c ON c.id = pr.claim_id
JOIN articles a ON a.id = p.article_id
JOIN (
    SELECT article_id, MAX(run_id) AS last_run_id FROM run_articles GROUP BY article_id
) lv ON lv.article_id = a.id
JOIN ({_LATEST_RUN_PER_SOURCE}) ls ON ls.source_key = a.source_key
"""

CURRENT_FINDINGS = f"""
CREATE VIEW current_findings AS
SELECT
    f.id AS finding_id,
    a.id AS article_id,
    a.source AS source,
    a.title AS title,
    a.content_hash AS content_hash,
    ls.last_run_id AS run_id,
    f.position AS position,
    f.kind AS kind,
    f.severity AS severity,
    f.message AS message,
    f.post_text AS post_evidence,
    f.claim_text AS claim_evidence,
    f.fingerprint AS fingerprint,
    p.key AS post_key,
    p.handle AS handle,
    p.author_name AS author_name,
    c.key AS claim_key,
    c.kind AS claim_kind,
    c.text AS claim_text,
    pr.verdict AS verdict
FROM findings f
JOIN articles a ON a.id = f.article_id
JOIN ({_LATEST_RUN_PER_SOURCE}) ls ON ls.source_key = a.source_key
JOIN run_articles cur ON cur.run_id = ls.last_run_id AND cur.article_id = a.id
LEFT JOIN pairs pr ON pr.id = f.pair_id
LEFT JOIN posts p ON p.id = pr.post_id
LEFT JOIN claims c ON c.id = pr.claim_id
"""


def upgrade() -> None:
    """Create the two views."""
    op.execute(CLAIM_SOURCE_PAIRS)
    op.execute(CURRENT_FINDINGS)


def downgrade() -> None:
    """Drop the two views (the tables and their rows stay)."""
    op.execute("DROP VIEW current_findings")
    op.execute("DROP VIEW claim_source_pairs")
