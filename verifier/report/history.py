"""History report: how one article's findings changed across the recorded runs."""

from __future__ import annotations

from collections.abc import Sequence

from verifier.store.records import HistoryEntry


def render_history(source: str, entries: Sequence[HistoryEntry]) -> str:
    """One line per run, oldest first, with what appeared and disappeared."""
    lines = [f"History of {source} ({len(entries)} run{'s' if len(entries) != 1 else ''})"]
    for e in entries:
        sev = ", ".join(f"{n} {s}" for s, n in e.severities.items() if n) or "no findings"
        when = e.started_at.strftime("%Y-%m-%d %H:%M UTC")
        edit = " edited" if e.edited else ""
        lines.append(
            f"  run {e.run_id} {when} {e.command}{edit}: {e.pairs} pair(s), {sev}, exit {e.exit_status}"
        )
        if e.appeared:
            lines.append(f"    + {len(e.appeared)} new: {' '.join(e.appeared)}")
        if e.disappeared:
            lines.append(f"    - {len(e.disappeared)} gone: {' '.join(e.disappeared)}")
    return "\n".join(lines)
