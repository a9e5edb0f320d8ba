"""History report: how one article's findings changed across the recorded runs."""

from __future__ import annotations

from collections.abc import Sequence

from verifier.report.summary import plural
from verifier.store.records import HistoryEntry, HistoryFinding

_WORDS = 60
"""Evidence longer than this is cut: a history line is a reminder, the report has the rest."""


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _WORDS else text[: _WORDS - 1] + "…"


def describe(f: HistoryFinding) -> str:
    """``critical entity: “Canada” → “पेरू”`` (the fingerprint when the row is gone)."""
    if not f.kind:
        return f"finding {f.fingerprint[:16]} (details no longer stored)"
    post = f"“{_short(f.post_text)}”" if f.post_text else "(nothing)"
    claim = f"“{_short(f.claim_text)}”" if f.claim_text else "(nothing)"
    return f"{f.severity} {f.kind}: {post} → {claim}"


def _counts(e: HistoryEntry) -> str:
    verdicts = ", ".join(f"{n} {v}" for v, n in e.verdicts.items() if n)
    findings = ", ".join(f"{n} {s}" for s, n in e.severities.items() if n) or "no findings"
    return (
        f"{plural(e.posts, 'post')}, {plural(e.claims, 'claim')}, {plural(e.pairs, 'pair')}"
        f"{' (' + verdicts + ')' if verdicts else ''}; {findings}"
    )


def render_history(source: str, entries: Sequence[HistoryEntry]) -> str:
    """One line per run, oldest first, then what appeared (+) and went away (-) in it."""
    lines = [f"History of {source} ({plural(len(entries), 'run')})"]
    for e in entries:
        when = e.started_at.strftime("%Y-%m-%d %H:%M UTC")
        edit = " edited" if e.edited else ""
        lines.append(
            f"  run {e.run_id} {when} {e.command}{edit}: {_counts(e)}; exit {e.exit_status}"
        )
        lines += [f"    + new: {describe(f)}" for f in e.appeared_findings]
        lines += [f"    - gone: {describe(f)}" for f in e.disappeared_findings]
    return "\n".join(lines)
