"""Report summary: the counts every report format ends with, computed once from a result."""

from __future__ import annotations

from dataclasses import dataclass

from verifier.model import SEVERITIES, ArticleResult, VerificationResult
from verifier.policy.findings import is_unverifiable


@dataclass(frozen=True, slots=True)
class Summary:
    """Counts over a whole run. ``claims`` excludes term quotes, which are never judged."""

    articles: int = 0
    posts: int = 0
    claims: int = 0
    terms: int = 0
    pairs: int = 0
    faithful: int = 0
    minor: int = 0
    drift: int = 0
    unchecked: int = 0
    """Pairs no word-level check exists for (only figures and dates compared)."""
    unsourced: int = 0
    unrendered: int = 0
    findings: int = 0
    critical: int = 0
    major: int = 0
    minor_findings: int = 0
    confirmed: int = 0
    mismatched: int = 0
    unverifiable: int = 0
    skipped: int = 0
    """Items we could not read: per-article ones plus inputs skipped for the whole run."""

    def as_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "posts": self.posts,
            "claims": self.claims,
            "terms": self.terms,
            "pairs": self.pairs,
            "verdicts": {
                "faithful": self.faithful,
                "minor": self.minor,
                "drift": self.drift,
                "unchecked": self.unchecked,
            },
            "unsourced_claims": self.unsourced,
            "unrendered_posts": self.unrendered,
            "findings": {
                "total": self.findings,
                "critical": self.critical,
                "major": self.major,
                "minor": self.minor_findings,
            },
            "confirmations": {
                "confirmed": self.confirmed,
                "mismatch": self.mismatched,
                "unverifiable": self.unverifiable,
            },
            "skipped": self.skipped,
        }


def _article_findings(ar: ArticleResult) -> list[str]:
    severities: list[str] = [f.severity for p in ar.pairs for f in p.findings]
    severities += [f.severity for f in ar.findings]
    return severities


def summarize(result: VerificationResult) -> Summary:
    """Count articles, posts, claims, verdicts, findings and skipped items of a run."""
    severities: list[str] = []
    for ar in result.articles:
        severities += _article_findings(ar)
    confirmations = [c for ar in result.articles for c in ar.confirmations]
    verdicts = [p.verdict for ar in result.articles for p in ar.pairs]
    by_severity = {s: severities.count(s) for s in SEVERITIES}
    return Summary(
        articles=len(result.articles),
        posts=sum(len(ar.posts) for ar in result.articles),
        claims=sum(1 for ar in result.articles for c in ar.claims if c.kind != "term"),
        terms=sum(1 for ar in result.articles for c in ar.claims if c.kind == "term"),
        pairs=len(verdicts),
        faithful=verdicts.count("faithful"),
        minor=verdicts.count("minor"),
        drift=verdicts.count("drift"),
        unchecked=verdicts.count("unchecked"),
        unsourced=sum(len(ar.unsourced_claims) for ar in result.articles),
        unrendered=sum(len(ar.unrendered_posts) for ar in result.articles),
        findings=len(severities),
        critical=by_severity["critical"],
        major=by_severity["major"],
        minor_findings=by_severity["minor"],
        confirmed=sum(c.state == "confirmed" for c in confirmations),
        mismatched=sum(c.state == "mismatch" for c in confirmations),
        unverifiable=sum(is_unverifiable(c) for c in confirmations),
        skipped=len(result.skipped) + sum(len(ar.skipped) for ar in result.articles),
    )


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def summary_line(s: Summary) -> str:
    """One line for humans: ``1 article, 1 post, 4 claims: 2 faithful, 0 drift, 2 unsourced``.

    Minor and unchecked verdicts, unrendered posts, unverifiable posts and skipped items are named only
    when there are some, so the common line stays short.
    """
    verdicts = [f"{s.faithful} faithful"]
    if s.minor:
        verdicts.append(f"{s.minor} minor")
    verdicts.append(f"{s.drift} drift")
    if s.unchecked:
        verdicts.append(f"{s.unchecked} unchecked")
    verdicts.append(f"{s.unsourced} unsourced")
    extras = []
    if s.unrendered:
        extras.append(plural(s.unrendered, "unrendered post"))
    if s.unverifiable:
        extras.append(plural(s.unverifiable, "unverifiable post"))
    if s.skipped:
        extras.append(f"{s.skipped} skipped")
    head = ", ".join(
        (plural(s.articles, "article"), plural(s.posts, "post"), plural(s.claims, "claim"))
    )
    line = f"{head}: {', '.join(verdicts)}"
    return "; ".join([line, *extras])
