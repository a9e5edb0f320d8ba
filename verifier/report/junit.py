"""JUnit XML report: articles as test suites, post-claim pairs as test cases, for CI test tabs.

Per article one ``<testsuite>``: a ``<testcase>`` per judged pair, failing when a finding
blocks (at/above the threshold, kind not ignored, not in the baseline); a skipped test case
per unrendered post and per unsourced claim (nothing to check them against); a test case
for article-level findings; and one per unverifiable post (failing only with ``strict``).
Findings that do not block are listed in ``<system-out>`` so nothing is hidden, each with
why it passes: accepted in the baseline, or below the threshold.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from verifier.model import SEVERITY_RANK, ArticleResult, VerificationResult
from verifier.policy.findings import LocatedFinding, article_findings, is_unverifiable
from verifier.policy.policy import Gate

# Characters XML 1.0 cannot carry even escaped; a hostile post must not break the report.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class _Case:
    name: str
    failures: list[LocatedFinding] = field(default_factory=list)
    other: list[tuple[LocatedFinding, str]] = field(default_factory=list)
    """Findings that do not fail the case, each with the reason it passes."""
    failure_text: str | None = None
    failure_type: str = "unverifiable"
    skipped: str | None = None
    out: list[str] = field(default_factory=list)


def _line(lf: LocatedFinding, note: str = "") -> str:
    f = lf.finding
    ev = f"post “{f.post_text}” → rendering “{f.claim_text}”"
    tail = f" ({note})" if note else ""
    return f"{f.severity} {f.kind}: {f.message} [{ev}]{tail}"


def _sort(case: _Case, lf: LocatedFinding, gate: Gate) -> None:
    if gate.blocks(lf):
        case.failures.append(lf)
    elif gate.accepted(lf):
        case.other.append((lf, "accepted in the baseline"))
    else:
        case.other.append((lf, f"below the {gate.threshold} threshold, not blocking"))


def _cases(ar: ArticleResult, gate: Gate) -> list[_Case]:
    posts = {p.key: p for p in ar.posts}
    claims = {c.key: c for c in ar.claims}
    found = [lf for lf in article_findings(ar) if not gate.ignored(lf)]
    cases: list[_Case] = []
    for pair in ar.pairs:
        post, claim = posts.get(pair.post), claims.get(pair.claim)
        who = f" @{post.handle}" if post is not None and post.handle else ""
        what = f" ({claim.kind}) “{_short(claim.text)}”" if claim is not None else ""
        case = _Case(f"{pair.post}{who} → {pair.claim}{what}")
        case.out.append(f"verdict {pair.verdict}, score {pair.score:.2f}")
        for lf in found:
            if lf.post == pair.post and lf.claim == pair.claim:
                _sort(case, lf, gate)
        if pair.verdict == "unchecked" and not case.failures:
            why = "unchecked: no word-level check exists for these languages"
            if gate.fail_unchecked:
                case.failure_text, case.failure_type = why, "unchecked"
            else:
                case.skipped = f"{why}; fails only with fail-unchecked"
        cases.append(case)
    article_level = [lf for lf in found if lf.claim is None]
    if article_level:
        case = _Case("article-level findings")
        for lf in article_level:
            _sort(case, lf, gate)
        cases.append(case)
    for post_key in ar.unrendered_posts:
        post = posts.get(post_key)
        who = f" @{post.handle}" if post is not None and post.handle else ""
        cases.append(
            _Case(f"{post_key}{who} unrendered", skipped="the article does not render this post")
        )
    for claim_key in ar.unsourced_claims:
        claim = claims.get(claim_key)
        text = f" “{_short(claim.text)}”" if claim is not None else ""
        cases.append(
            _Case(f"{claim_key} unsourced{text}", skipped="no embedded post to check it against")
        )
    for c in ar.confirmations:
        if not is_unverifiable(c):
            continue
        case = _Case(f"{c.post} confirmation")
        why = f"post is {c.state}" + (f": {c.detail}" if c.detail else "")
        if gate.strict:
            case.failure_text = why
        else:
            case.skipped = f"unverifiable ({why}); fails only with --strict"
        cases.append(case)
    return cases


def _case_element(suite: ET.Element, case: _Case, source: str) -> None:
    el = ET.SubElement(
        suite, "testcase", {"classname": xml_text(source), "name": xml_text(case.name), "time": "0"}
    )
    if case.failures:
        worst = max(case.failures, key=lambda lf: SEVERITY_RANK[lf.finding.severity])
        f = worst.finding
        failure = ET.SubElement(
            el,
            "failure",
            {"message": xml_text(f"{f.severity} {f.kind}: {f.message}"), "type": f.kind},
        )
        failure.text = xml_text("\n".join(_line(lf) for lf in case.failures))
    elif case.failure_text is not None:
        failure = ET.SubElement(
            el, "failure", {"message": xml_text(case.failure_text), "type": case.failure_type}
        )
        failure.text = xml_text(case.failure_text)
    elif case.skipped is not None:
        ET.SubElement(el, "skipped", {"message": xml_text(case.skipped)})
    notes = [*case.out, *(_line(lf, why) for lf, why in case.other)]
    if notes:
        ET.SubElement(el, "system-out").text = xml_text("\n".join(notes))


def _counts(suite: ET.Element) -> tuple[int, int, int]:
    cases = suite.findall("testcase")
    failures = sum(1 for c in cases if c.find("failure") is not None)
    skipped = sum(1 for c in cases if c.find("skipped") is not None)
    return len(cases), failures, skipped


def render_junit(result: VerificationResult, *, gate: Gate | None = None) -> str:
    """JUnit XML (the Jenkins/GitLab dialect) for ``result``; ``gate`` decides failures."""
    gate = gate or Gate()
    root = ET.Element("testsuites", {"name": "verifier"})
    totals = [0, 0, 0]
    for ar in result.articles:
        source = ar.article.source
        suite = ET.SubElement(root, "testsuite", {"name": xml_text(source)})
        if ar.article.title:
            props = ET.SubElement(suite, "properties")
            ET.SubElement(props, "property", {"name": "title", "value": xml_text(ar.article.title)})
        for case in _cases(ar, gate):
            _case_element(suite, case, source)
        tests, failures, skipped = _counts(suite)
        suite.attrib.update(
            {
                "tests": str(tests),
                "failures": str(failures),
                "errors": "0",
                "skipped": str(skipped),
                "time": "0",
            }
        )
        totals = [totals[0] + tests, totals[1] + failures, totals[2] + skipped]
    if result.skipped:
        suite = ET.SubElement(root, "testsuite", {"name": "inputs"})
        for s in result.skipped:
            el = ET.SubElement(
                suite, "testcase", {"classname": "inputs", "name": xml_text(s.what), "time": "0"}
            )
            ET.SubElement(el, "skipped", {"message": xml_text(s.why)})
        n = len(result.skipped)
        suite.attrib.update(
            {"tests": str(n), "failures": "0", "errors": "0", "skipped": str(n), "time": "0"}
        )
        totals = [totals[0] + n, totals[1], totals[2] + n]
    root.attrib.update(
        {
            "tests": str(totals[0]),
            "failures": str(totals[1]),
            "errors": "0",
            "skipped": str(totals[2]),
            "time": "0",
        }
    )
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
