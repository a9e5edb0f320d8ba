"""SARIF 2.1.0 report: findings as static-analysis results for code-scanning dashboards.

One run; one rule per drift kind (plus ``unverifiable-post`` and ``unchecked-pair``, see
``sarif_rules``: a pair no word-level check exists for is a note); one
result per finding whose kind is not ignored, located at the claim evidence in the article,
with the finding's stable fingerprint under ``partialFingerprints["verifierFinding/v1"]``.
With a baseline, every result has a ``baselineState``: ``new``, ``unchanged`` (accepted,
and then also an external ``suppressions`` entry so code scanning shows it dismissed), or
``absent`` for an accepted finding of a checked article that no longer occurs.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from verifier.lang.textnorm import fold
from verifier.model import ArticleResult, Confirmation, Pair, VerificationResult
from verifier.policy.baseline import BaselineEntry, compare
from verifier.policy.findings import (
    LocatedFinding,
    article_findings,
    is_unverifiable,
    post_identity,
    source_key,
    stable_hash,
)
from verifier.policy.policy import Gate
from verifier.report.locations import Region, artifact_uri, locate, raw_for, region_of
from verifier.report.sarif_rules import (
    PROJECT_URL,
    RULE_IDS,
    UNCHECKED_RULE,
    UNVERIFIABLE_RULE,
    sarif_level,
    sarif_rules,
)
from verifier.version import __version__

SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "verifierFinding/v1"
BASELINE_NOTE = "accepted in the baseline"


def _region(region: Region | None, snippet: str) -> dict[str, Any] | None:
    if region is None:
        return None
    out: dict[str, Any] = {
        "startLine": region.start_line,
        "startColumn": region.start_column,
        "endLine": region.end_line,
        "endColumn": region.end_column,
        "charOffset": region.char_offset,
        "charLength": region.char_length,
    }
    if snippet:
        out["snippet"] = {"text": snippet}
    return out


def _location(index: int, uri: str, region: dict[str, Any] | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri, "index": index}}
    if region is not None:
        physical["region"] = region
    return {"physicalLocation": physical}


def _message(lf: LocatedFinding) -> str:
    f = lf.finding
    evidence = f"post “{f.post_text}”" if f.post_text else "post (nothing)"
    evidence += f" → rendering “{f.claim_text}”" if f.claim_text else " → rendering (nothing)"
    return f"{f.message} [{evidence}]"


def _finding_result(
    lf: LocatedFinding, ar: ArticleResult, index: int, gate: Gate, raw: str | None
) -> dict[str, Any]:
    f = lf.finding
    region = locate(lf, ar, raw)
    result: dict[str, Any] = {
        "ruleId": f.kind,
        "ruleIndex": RULE_IDS.index(f.kind),
        "level": sarif_level(f.severity),
        "message": {"text": _message(lf)},
        "locations": [_location(index, artifact_uri(lf.source), _region(region, f.claim_text))],
        "partialFingerprints": {FINGERPRINT_KEY: lf.fingerprint},
        "properties": {
            "severity": f.severity,
            "blocking": gate.blocks(lf),
            "post": lf.post,
            "claim": lf.claim,
        },
    }
    if gate.baseline is not None:
        result["baselineState"] = "unchanged" if gate.accepted(lf) else "new"
    if gate.accepted(lf):
        result["suppressions"] = [
            {"kind": "external", "status": "accepted", "justification": BASELINE_NOTE}
        ]
    return result


def _absent_result(entry: BaselineEntry, index: int | None) -> dict[str, Any]:
    """An accepted finding that no longer occurs: the drift was fixed, drop the entry."""
    what = entry.description or entry.fingerprint
    location: dict[str, Any] = {"uri": artifact_uri(entry.source)}
    if index is not None:
        location["index"] = index
    return {
        "ruleId": entry.kind,
        "ruleIndex": RULE_IDS.index(entry.kind),
        "kind": "pass",
        "level": "none",
        "message": {
            "text": f"No longer occurs (remove it from the baseline): {what}",
        },
        "locations": [{"physicalLocation": {"artifactLocation": location}}],
        "partialFingerprints": {FINGERPRINT_KEY: entry.fingerprint},
        "baselineState": "absent",
        "properties": {"severity": entry.severity, "blocking": False},
    }


def _unverifiable_result(
    c: Confirmation, ar: ArticleResult, index: int, gate: Gate
) -> dict[str, Any]:
    post = next((p for p in ar.posts if p.key == c.post), None)
    who = f" by @{post.handle}" if post is not None and post.handle else ""
    region = None
    if post is not None and post.span is not None:
        where = region_of(ar.article.text, post.span, in_file=not ar.article.is_html)
        region = _region(where, "")
    detail = f": {c.detail}" if c.detail else ""
    return {
        "ruleId": UNVERIFIABLE_RULE,
        "ruleIndex": RULE_IDS.index(UNVERIFIABLE_RULE),
        "level": "error" if gate.strict else "note",
        "message": {"text": f"Post {c.post}{who} is {c.state}{detail}"},
        "locations": [_location(index, artifact_uri(ar.article.source), region)],
        "partialFingerprints": {
            FINGERPRINT_KEY: stable_hash(
                UNVERIFIABLE_RULE, post_identity(post) if post is not None else c.post, c.state
            )
        },
        "properties": {"state": c.state, "post": c.post, "blocking": gate.strict},
    }


def _unchecked_result(pair: Pair, ar: ArticleResult, index: int, gate: Gate) -> dict[str, Any]:
    """A pair judged ``unchecked``: a note, an error with ``fail_unchecked``."""
    claim = next((c for c in ar.claims if c.key == pair.claim), None)
    region = None
    if claim is not None:
        where = region_of(ar.article.text, claim.span, in_file=not ar.article.is_html)
        region = _region(where, claim.text)
    return {
        "ruleId": UNCHECKED_RULE,
        "ruleIndex": RULE_IDS.index(UNCHECKED_RULE),
        "level": "error" if gate.fail_unchecked else "note",
        "message": {
            "text": f"Claim {pair.claim} renders post {pair.post}; no word-level check exists "
            "for their languages (only figures and dates compared)"
        },
        "locations": [_location(index, artifact_uri(ar.article.source), region)],
        "partialFingerprints": {
            FINGERPRINT_KEY: stable_hash(
                UNCHECKED_RULE, pair.post, fold(claim.text) if claim else pair.claim
            )
        },
        "properties": {"post": pair.post, "claim": pair.claim, "blocking": gate.fail_unchecked},
    }


def sarif_log(
    result: VerificationResult,
    *,
    gate: Gate | None = None,
    sources: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The SARIF log as a ``dict``; see :func:`render_sarif`."""
    gate = gate or Gate()
    artifacts: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    indexes = {source_key(ar.article.source): i for i, ar in enumerate(result.articles)}
    for index, ar in enumerate(result.articles):
        artifact: dict[str, Any] = {"location": {"uri": artifact_uri(ar.article.source)}}
        if ar.article.title:
            artifact["description"] = {"text": ar.article.title}
        artifacts.append(artifact)
        raw = raw_for(sources, ar.article.source)
        results.extend(
            _finding_result(lf, ar, index, gate, raw)
            for lf in article_findings(ar)
            if not gate.ignored(lf)
        )
        results.extend(
            _unverifiable_result(c, ar, index, gate) for c in ar.confirmations if is_unverifiable(c)
        )
        results.extend(
            _unchecked_result(pair, ar, index, gate)
            for pair in ar.pairs
            if pair.verdict == "unchecked"
        )
    if gate.baseline is not None:
        results.extend(
            _absent_result(e, indexes.get(source_key(e.source)))
            for e in compare(result, gate.baseline).stale
            if e.kind in RULE_IDS and e.kind not in gate.ignore_kinds
        )
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "verifier",
                "version": __version__,
                "informationUri": PROJECT_URL,
                "rules": sarif_rules(),
            }
        },
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render_sarif(
    result: VerificationResult,
    *,
    gate: Gate | None = None,
    sources: Mapping[str, str] | None = None,
) -> str:
    """SARIF 2.1.0 JSON for ``result``.

    ``gate`` (threshold, ignored kinds, baseline, strict) marks each result ``blocking``
    and sets ``baselineState`` and ``suppressions``; ignored kinds are left out. ``sources`` maps an article
    source to its raw file text so regions point into the file (see ``locations``).
    """
    return (
        json.dumps(sarif_log(result, gate=gate, sources=sources), ensure_ascii=False, indent=2)
        + "\n"
    )
