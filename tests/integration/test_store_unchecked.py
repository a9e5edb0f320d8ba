"""The store keeps the ``unchecked`` verdict (migration 0004) on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import text
from test_store import SOURCE, article_result, result, save

from verifier.store import Store, make_engine


def test_an_unchecked_pair_is_stored_counted_and_shown_in_history(
    store: Store, migrated_db: str
) -> None:
    ar = article_result()
    ar = replace(ar, pairs=(replace(ar.pairs[0], verdict="unchecked"),))
    save(store, result(ar))
    engine = make_engine(migrated_db)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT verdict FROM pairs")).scalars().all() == ["unchecked"]
        counts = conn.execute(
            text("SELECT verdict_faithful, verdict_unchecked FROM run_articles")
        ).one()
    engine.dispose()
    assert tuple(counts) == (0, 1)
    (entry,) = store.history(SOURCE)
    assert entry.verdicts["unchecked"] == 1 and entry.verdicts["faithful"] == 0
