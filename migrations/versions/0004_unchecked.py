"""The ``unchecked`` verdict: a pair no word-level check exists for (issue 12, item 6).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08 00:10:00

``pairs.verdict`` may now be ``unchecked`` (its check constraint is rebuilt) and
``run_articles`` counts such pairs in ``verdict_unchecked`` (0 for the rows of older runs,
which had no such verdict). SQLite rebuilds a table to change it, and a view over the table
blocks that, so the two views of 0002 are dropped first and created again after.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD = "verdict IN ('faithful', 'minor', 'drift')"
_NEW = "verdict IN ('faithful', 'minor', 'drift', 'unchecked')"


def _views() -> ModuleType:
    """Revision 0002, whose view definitions are created again here (one definition)."""
    path = Path(__file__).with_name("0002_views.py")
    spec = importlib.util.spec_from_file_location("verifier_migration_0002", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _set_verdicts(check: str) -> None:
    with op.batch_alter_table("pairs") as batch:
        batch.drop_constraint(op.f("ck_pairs_verdict"), type_="check")
        batch.create_check_constraint(op.f("ck_pairs_verdict"), sa.text(check))


def upgrade() -> None:
    """Allow the verdict ``unchecked`` and count it per article of a run."""
    views = _views()
    views.downgrade()
    _set_verdicts(_NEW)
    with op.batch_alter_table("run_articles") as batch:
        batch.add_column(
            sa.Column("verdict_unchecked", sa.Integer(), nullable=False, server_default="0")
        )
    views.upgrade()


def downgrade() -> None:
    """Back to three verdicts; pairs judged ``unchecked`` are stored as ``faithful``."""
    views = _views()
    views.downgrade()
    op.execute("UPDATE pairs SET verdict = 'faithful' WHERE verdict = 'unchecked'")
    _set_verdicts(_OLD)
    with op.batch_alter_table("run_articles") as batch:
        batch.drop_column("verdict_unchecked")
    views.upgrade()
