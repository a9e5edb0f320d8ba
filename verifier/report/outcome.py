"""The one line a failing run ends with on stderr: what blocked, how much, and where first.

CI logs and pre-commit show little more than the exit code; this line says why, even when
every report went to a file.
"""

from __future__ import annotations

from collections import Counter

from verifier.model import SEVERITIES
from verifier.policy.findings import LocatedFinding, article_findings, source_key
from verifier.policy.policy import unchecked_pairs, unverifiable_posts
from verifier.report.formats import RunReport
from verifier.report.locations import is_url, locate, raw_for
from verifier.report.summary import plural


def _where(report: RunReport, lf: LocatedFinding) -> str:
    ar = next(a for a in report.result.articles if a.article.source == lf.source)
    region = locate(lf, ar, raw_for(report.sources, lf.source))
    shown = source_key(lf.source)  # relative to the working directory, as annotations are
    if region is None or not region.in_file or is_url(lf.source):
        return shown
    return f"{shown}:{region.start_line}:{region.start_column}"


def _also_blocks(count: int, noun: str, why: str, first: str) -> str:
    """One more reason a run fails, beside its findings: "2 posts could not be … , first: …"."""
    return f"{plural(count, noun)} {why}, first: {first}"


def failure_line(report: RunReport) -> str | None:
    """``None`` when nothing blocks; else e.g. ``2 new findings at or above major block
    (1 critical, 1 major), first: entity at articles/a.txt:3:15; 1 accepted in the baseline``."""
    gate = report.gate
    located = [lf for ar in report.result.articles for lf in article_findings(ar)]
    blocking = [lf for lf in located if gate.blocks(lf)]
    accepted = sum(1 for lf in located if gate.accepted(lf))
    parts: list[str] = []
    if blocking:
        by_severity = Counter(lf.finding.severity for lf in blocking)
        counts = ", ".join(f"{by_severity[s]} {s}" for s in SEVERITIES if by_severity[s])
        new = "new " if gate.baseline is not None else ""
        first = blocking[0]
        parts.append(
            f"{plural(len(blocking), new + 'finding')} at or above {gate.threshold} "
            f"{'blocks' if len(blocking) == 1 else 'block'} ({counts}), "
            f"first: {first.finding.kind} at {_where(report, first)}"
        )
    if gate.strict and (posts := unverifiable_posts(report.result)):
        source, c = posts[0]
        parts.append(_also_blocks(len(posts), "post", "could not be confirmed on the platform "
                                  "(--strict)", f"{c.post} {c.state} in {source}"))  # fmt: skip
    if gate.fail_unchecked and (unchecked := unchecked_pairs(report.result)):
        source, pair = unchecked[0]
        parts.append(_also_blocks(len(unchecked), "rendering", "unchecked (no word-level check "
                                  "for its languages; --fail-unchecked)",
                                  f"{pair.claim} in {source_key(source)}"))  # fmt: skip
    if not parts:
        return None
    if accepted:
        parts.append(f"{accepted} accepted in the baseline")
    return "; ".join(parts)
