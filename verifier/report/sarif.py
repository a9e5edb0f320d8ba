"""SARIF 2.1.0 report: findings as static-analysis results for code-scanning dashboards.

One run; one rule per drift kind (plus ``unverifiable-post``); one result per finding
whose kind is not ignored, located at the claim evidence in the article, with the
finding's stable fingerprint under ``partialFingerprints["verifierFinding/v1"]`` and,
when a baseline is given, ``baselineState`` ``new``/``unchanged``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from verifier.model import DRIFT_KINDS, ArticleResult, Confirmation, VerificationResult
from verifier.policy.findings import (
    LocatedFinding,
    article_findings,
    is_unverifiable,
    post_identity,
    stable_hash,
)
from verifier.policy.policy import Gate
from verifier.report.locations import Region, artifact_uri, locate, raw_for, region_of
from verifier.settings import DEFAULT_SEVERITIES
from verifier.version import __version__

SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "verifierFinding/v1"
UNVERIFIABLE_RULE = "unverifiable-post"

# (name, short description, full description) per rule; wording follows DESIGN.md's table.
RULES: dict[str, tuple[str, str, str]] = {
    "entity": (
        "EntityDrift",
        "A name, place or organisation differs between the post and its rendering",
        "The rendering swaps, drops or invents a person, place or organisation "
        "(Canada rendered as पेरू).",
    ),
    "number": (
        "NumberDrift",
        "A number differs between the post and its rendering",
        "A count, amount, percentage or scale changes (50 → 15, 2 lakh → 20 lakh).",
    ),
    "negation": (
        "NegationDrift",
        "The rendering flips the polarity of the post",
        "An affirmative statement is rendered as a negative one or the reverse "
        "(agreed → सहमत नहीं).",
    ),
    "attribution": (
        "AttributionDrift",
        "The rendering attributes the post to someone else",
        "The post is by one person but the article says another said it.",
    ),
    "date": (
        "DateDrift",
        "A date or day differs between the post and its rendering",
        "A weekday, date or relative day changes (Wednesday → मंगलवार, today → कल).",
    ),
    "omission": (
        "OmissionDrift",
        "The rendering leaves out a clause of the post",
        "A clause of the post that changes its meaning is missing from the rendering.",
    ),
    "addition": (
        "AdditionDrift",
        "The rendering adds a claim the post does not make",
        "The rendering says something the post does not say.",
    ),
    "intensity": (
        "IntensityDrift",
        "The rendering changes how strong or certain the post is",
        "Modality or intensity shifts ('may' → 'will', 'some' → 'all', 'concerned' → 'alarmed').",
    ),
    "embed-mismatch": (
        "EmbedMismatch",
        "The embedded post differs from the post on its platform",
        "With --confirm: the text, author or date shown in the article differs from the "
        "canonical post.",
    ),
    UNVERIFIABLE_RULE: (
        "UnverifiablePost",
        "The embedded post could not be confirmed on its platform",
        "With --confirm: the post is deleted, protected or unavailable, so the article "
        "quotes something readers cannot check.",
    ),
}


def sarif_level(severity: str) -> str:
    """critical and major → ``error``, minor → ``warning``."""
    return "warning" if severity == "minor" else "error"


def _rules() -> list[dict[str, Any]]:
    out = []
    for rule_id in (*DRIFT_KINDS, UNVERIFIABLE_RULE):
        name, short, full = RULES[rule_id]
        severity = DEFAULT_SEVERITIES.get(rule_id, "minor")
        out.append(
            {
                "id": rule_id,
                "name": name,
                "shortDescription": {"text": short},
                "fullDescription": {"text": full},
                "defaultConfiguration": {"level": sarif_level(severity)},
                "properties": {"tags": ["drift" if rule_id in DRIFT_KINDS else "confirmation"]},
            }
        )
    return out


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
        "ruleIndex": DRIFT_KINDS.index(f.kind),
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
    return result


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
        "ruleIndex": len(DRIFT_KINDS),
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
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "verifier",
                "version": __version__,
                "informationUri": "https://pypi.org/project/verifier/",
                "rules": _rules(),
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
    and sets ``baselineState``; ignored kinds are left out. ``sources`` maps an article
    source to its raw file text so regions point into the file (see ``locations``).
    """
    return (
        json.dumps(sarif_log(result, gate=gate, sources=sources), ensure_ascii=False, indent=2)
        + "\n"
    )
