"""GitHub Actions annotations: findings as ``::error``/``::warning``/``::notice`` workflow commands.

Escaping follows the Actions runner (actions/toolkit ``command.ts``): in data, ``%``,
CR and LF become ``%25``, ``%0D``, ``%0A``; property values additionally escape ``:`` and
``,`` (``%3A``, ``%2C``) because those delimit properties.

Blocking findings are errors; findings below the threshold are warnings; findings accepted
by the baseline are notices; ignored kinds are left out. Positions are given only when they
point into the file itself (a text article, or an HTML one whose raw text was passed).
"""

from __future__ import annotations

from collections.abc import Mapping

from verifier.model import ArticleResult, VerificationResult
from verifier.policy.findings import LocatedFinding, article_findings, is_unverifiable, source_key
from verifier.policy.policy import Gate
from verifier.report.locations import is_url, locate, raw_for, region_of


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: str | int | None) -> str:
    """One workflow command line, e.g. ``::error file=a.html,line=3,title=T::message``."""
    props = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in properties.items()
        if value is not None
    )
    return f"::{level}{' ' + props if props else ''}::{escape_data(message)}"


def _quoted(text: str) -> str:
    return f"“{text}”" if text else "(nothing)"


def _level(lf: LocatedFinding, gate: Gate) -> str:
    if gate.blocks(lf):
        return "error"
    if gate.accepted(lf):
        return "notice"
    return "warning"


def _finding_line(lf: LocatedFinding, ar: ArticleResult, gate: Gate, raw: str | None) -> str:
    f = lf.finding
    file = None if is_url(lf.source) else source_key(lf.source)
    region = locate(lf, ar, raw) if file else None
    if region is not None and not region.in_file:
        region = None
    where = " → ".join(k for k in (lf.post, lf.claim) if k)
    lines = [f.message]
    if f.post_text or f.claim_text:
        lines.append(f"post: {_quoted(f.post_text)} → rendering: {_quoted(f.claim_text)}")
    lines.append(where if file else f"{lf.source} {where}".rstrip())
    if gate.accepted(lf):
        lines.append("accepted in the baseline")
    return command(
        _level(lf, gate),
        "\n".join(x for x in lines if x),
        file=file,
        line=region.start_line if region else None,
        col=region.start_column if region else None,
        endLine=region.end_line if region else None,
        endColumn=region.end_column if region else None,
        title=f"verifier: {f.kind} drift ({f.severity})",
    )


def _unchecked_lines(ar: ArticleResult, gate: Gate, file: str | None) -> list[str]:
    """A notice per pair judged ``unchecked`` (an error with ``fail_unchecked``)."""
    claims = {c.key: c for c in ar.claims}
    out: list[str] = []
    for pair in ar.pairs:
        if pair.verdict != "unchecked":
            continue
        claim = claims.get(pair.claim)
        where = None
        if claim is not None and file is not None:
            where = region_of(ar.article.text, claim.span, in_file=not ar.article.is_html)
        out.append(
            command(
                "error" if gate.fail_unchecked else "notice",
                f"Claim {pair.claim} renders post {pair.post}: no word-level check exists for "
                f"their languages, only figures and dates compared ({ar.article.source})",
                file=file,
                line=where.start_line if where is not None else None,
                title="verifier: unchecked rendering",
            )
        )
    return out


def render_github(
    result: VerificationResult,
    *,
    gate: Gate | None = None,
    sources: Mapping[str, str] | None = None,
) -> str:
    """Workflow commands for every finding and unverifiable post, one per line."""
    gate = gate or Gate()
    out: list[str] = []
    for ar in result.articles:
        raw = raw_for(sources, ar.article.source)
        out.extend(
            _finding_line(lf, ar, gate, raw) for lf in article_findings(ar) if not gate.ignored(lf)
        )
        file = None if is_url(ar.article.source) else source_key(ar.article.source)
        out.extend(_unchecked_lines(ar, gate, file))
        for c in ar.confirmations:
            if is_unverifiable(c):
                detail = f": {c.detail}" if c.detail else ""
                out.append(
                    command(
                        "error" if gate.strict else "warning",
                        f"Post {c.post} is {c.state}{detail} ({ar.article.source})",
                        file=file,
                        title="verifier: unverifiable post",
                    )
                )
    return "".join(line + "\n" for line in out)
