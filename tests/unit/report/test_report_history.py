"""History report: each run of an article, and the findings that came and went, in words."""

from __future__ import annotations

import datetime as dt

from verifier.report.history import render_history
from verifier.store.records import HistoryEntry, HistoryFinding

ENTITY = HistoryFinding("a" * 32, "entity", "critical", "Canada", "पेरू", "The post names Canada")
GONE = HistoryFinding("b" * 32)  # its row was replaced since: only the fingerprint is left


def entry(
    run: int, appeared: tuple[HistoryFinding, ...], gone: tuple[HistoryFinding, ...]
) -> HistoryEntry:
    return HistoryEntry(
        run_id=run,
        started_at=dt.datetime(2026, 2, 5, 10, run, tzinfo=dt.UTC),
        command="ci",
        tool_version="0.1.0",
        exit_status=1 if appeared else 0,
        source="articles/a.txt",
        title=None,
        content_hash=str(run),
        edited=run > 1,
        posts=1,
        claims=4,
        pairs=2,
        severities={"critical": len(appeared), "major": 0, "minor": 0},
        verdicts={"faithful": 1, "minor": 0, "drift": 1},
        fingerprints=tuple(f.fingerprint for f in appeared),
        appeared=tuple(f.fingerprint for f in appeared),
        disappeared=tuple(f.fingerprint for f in gone),
        appeared_findings=appeared,
        disappeared_findings=gone,
    )


def test_history_names_kind_severity_and_words_not_fingerprints() -> None:
    out = render_history("articles/a.txt", [entry(1, (ENTITY,), ()), entry(2, (), (ENTITY, GONE))])
    assert out.splitlines() == [
        "History of articles/a.txt (2 runs)",
        "  run 1 2026-02-05 10:01 UTC ci: 1 post, 4 claims, 2 pairs (1 faithful, 1 drift); "
        "1 critical; exit 1",
        "    + new: critical entity: “Canada” → “पेरू”",
        "  run 2 2026-02-05 10:02 UTC ci edited: 1 post, 4 claims, 2 pairs (1 faithful, 1 drift); "
        "no findings; exit 0",
        "    - gone: critical entity: “Canada” → “पेरू”",
        f"    - gone: finding {'b' * 16} (details no longer stored)",
    ]
