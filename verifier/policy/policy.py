"""Policy: what a finding weighs (severity per kind), each pair's verdict, and what fails CI."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from verifier.model import (
    SEVERITY_RANK,
    Confirmation,
    Finding,
    Pair,
    Severity,
    VerificationResult,
    verdict_for,
)
from verifier.policy.findings import LocatedFinding, is_unverifiable, located_findings
from verifier.settings import DEFAULT_SEVERITIES, Settings

if TYPE_CHECKING:
    from verifier.policy.baseline import Baseline

EXIT_CLEAN = 0
EXIT_DRIFT = 1


def apply_severities(
    findings: Iterable[Finding], severities: Mapping[str, Severity]
) -> tuple[Finding, ...]:
    """Findings with their severity replaced by ``severities[kind]`` where the map names the kind."""
    return tuple(
        replace(f, severity=severities[f.kind])
        if f.kind in severities and severities[f.kind] != f.severity
        else f
        for f in findings
    )


def severity_overrides(settings: Settings) -> dict[str, Severity]:
    """The kinds whose severity the user changed from the defaults.

    Only these are re-applied to a result: the drift stage may grade one finding below the
    default of its kind (a rounding difference is not a changed number), and re-applying an
    untouched default would erase that judgement.
    """
    return {k: v for k, v in settings.severities.items() if DEFAULT_SEVERITIES.get(k) != v}


def apply_settings(result: VerificationResult, settings: Settings) -> VerificationResult:
    """``result`` with the user's severity overrides applied and affected verdicts recomputed.

    Call it once before reporting, so every report and the exit code agree.
    """
    overrides = severity_overrides(settings)
    if not overrides:
        return result
    articles = []
    for ar in result.articles:
        pairs = []
        for pair in ar.pairs:
            findings = apply_severities(pair.findings, overrides)
            if findings != pair.findings:
                checked = pair.verdict != "unchecked"
                pair = replace(
                    pair, findings=findings, verdict=verdict_for(findings, checked=checked)
                )
            pairs.append(pair)
        articles.append(
            replace(ar, pairs=tuple(pairs), findings=apply_severities(ar.findings, overrides))
        )
    return replace(result, articles=tuple(articles))


def at_or_above(severity: str, threshold: str) -> bool:
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold]


@dataclass(frozen=True, slots=True)
class Gate:
    """The CI rule in one value: threshold, ignored kinds and accepted (baseline) findings."""

    threshold: Severity = "major"
    ignore_kinds: frozenset[str] = frozenset()
    baseline: Baseline | None = None
    strict: bool = False
    """Unverifiable posts block too."""
    fail_unchecked: bool = False
    """Pairs judged ``unchecked`` block too."""

    @classmethod
    def from_settings(cls, settings: Settings, baseline: Baseline | None = None) -> Gate:
        return cls(settings.threshold, frozenset(settings.ignore_kinds), baseline,
                   settings.strict, settings.fail_unchecked)  # fmt: skip

    def ignored(self, lf: LocatedFinding) -> bool:
        return lf.finding.kind in self.ignore_kinds

    def accepted(self, lf: LocatedFinding) -> bool:
        return self.baseline is not None and self.baseline.accepts(lf)

    def blocks(self, lf: LocatedFinding) -> bool:
        return (
            at_or_above(lf.finding.severity, self.threshold)
            and not self.ignored(lf)
            and not self.accepted(lf)
        )


def blocking_findings(
    result: VerificationResult,
    threshold: Severity,
    ignore_kinds: Collection[str] = (),
    baseline: Baseline | None = None,
) -> list[LocatedFinding]:
    """Findings at or above ``threshold``, of a kind not ignored, not accepted by ``baseline``."""
    gate = Gate(threshold, frozenset(ignore_kinds), baseline)
    return [lf for lf in located_findings(result) if gate.blocks(lf)]


def unverifiable_posts(result: VerificationResult) -> list[tuple[str, Confirmation]]:
    """``(article source, confirmation)`` for posts the platform could not confirm
    (deleted, protected, unavailable, offline)."""
    return [
        (ar.article.source, c)
        for ar in result.articles
        for c in ar.confirmations
        if is_unverifiable(c)
    ]


def exit_code(
    result: VerificationResult, settings: Settings, baseline: Baseline | None = None
) -> int:
    """0 when nothing blocks, 1 when a finding blocks (see :class:`Gate`) or, with
    ``settings.strict``, when a post is unverifiable. Usage/network codes are the CLI's."""
    result = apply_settings(result, settings)
    if blocking_findings(result, settings.threshold, settings.ignore_kinds, baseline):
        return EXIT_DRIFT
    if settings.strict and unverifiable_posts(result):
        return EXIT_DRIFT
    if settings.fail_unchecked and unchecked_pairs(result):
        return EXIT_DRIFT
    return EXIT_CLEAN


def unchecked_pairs(result: VerificationResult) -> list[tuple[str, Pair]]:
    """``(article source, pair)`` for pairs no word-level check exists for (verdict
    ``unchecked``): counted and shown; they fail CI only with ``fail_unchecked``."""
    return [
        (ar.article.source, pair)
        for ar in result.articles
        for pair in ar.pairs
        if pair.verdict == "unchecked"
    ]
