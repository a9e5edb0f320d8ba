"""Reports written as a run goes: JSON Lines, and the HTML report in pages for large runs.

A batch over an archive cannot hold every result until the end. ``jsonl`` is one JSON
object per line, in input order, written as each article is reported:

- ``{"type": "article", "index": N, ...}`` with the fields of an article of
  ``verifier.report/1`` (``json_report.article_json``);
- ``{"type": "skipped", "index": N, "what": …, "why": …}`` for an input not checked;
- last, ``{"type": "summary", "schema": "verifier.report.jsonl/1", "summary": …,
  "gate": …}`` with the run's counts (``summary`` as in the JSON report).

The HTML report of a run with more than :data:`HTML_PAGE_SIZE` articles is a set of pages
(each the usual self-contained report of its articles) and an index page in its place;
smaller runs get the one page they always had.
"""

from __future__ import annotations

import dataclasses
import html
import json
from collections.abc import Sequence
from dataclasses import dataclass

from verifier.model import ArticleResult, Skipped, VerificationResult
from verifier.policy.findings import article_findings
from verifier.policy.policy import Gate
from verifier.report.html import content_security_policy
from verifier.report.json_report import article_json
from verifier.report.summary import Summary, summarize, summary_line

JSONL_SCHEMA = "verifier.report.jsonl/1"
HTML_PAGE_SIZE = 500
"""Articles per page of a paged HTML report (a browser stays responsive on one page)."""


def _line(obj: dict[str, object]) -> str:
    return json.dumps(obj, ensure_ascii=False) + "\n"


def jsonl_article(index: int, ar: ArticleResult, gate: Gate) -> str:
    """The line of a checked article (severity overrides already applied)."""
    return _line({"type": "article", "index": index, **article_json(ar, gate)})


def jsonl_skipped(index: int, skipped: Skipped) -> str:
    """The line of an input that was not checked."""
    return _line({"type": "skipped", "index": index, "what": skipped.what, "why": skipped.why})


@dataclass
class RunningCounts:
    """The summary and gate counts of a run, added up one article at a time."""

    summary: Summary = dataclasses.field(default_factory=Summary)
    blocking: int = 0
    accepted: int = 0

    def add_article(self, ar: ArticleResult, gate: Gate) -> None:
        self._add(summarize(VerificationResult(articles=(ar,))))
        located = article_findings(ar)
        self.blocking += sum(1 for lf in located if gate.blocks(lf))
        self.accepted += sum(1 for lf in located if gate.accepted(lf))

    def add_skipped(self) -> None:
        self.summary = dataclasses.replace(self.summary, skipped=self.summary.skipped + 1)

    def _add(self, other: Summary) -> None:
        self.summary = add_summaries(self.summary, other)


def add_summaries(a: Summary, b: Summary) -> Summary:
    """The counts of two parts of a run (every count is a sum)."""
    return Summary(
        **{f.name: getattr(a, f.name) + getattr(b, f.name) for f in dataclasses.fields(Summary)}
    )


def jsonl_summary(counts: RunningCounts, gate: Gate) -> str:
    """The last line: the run's counts and how the gate read them."""
    return _line(
        {
            "type": "summary",
            "schema": JSONL_SCHEMA,
            "summary": counts.summary.as_dict(),
            "gate": {
                "threshold": gate.threshold,
                "ignore": sorted(gate.ignore_kinds),
                "baseline": gate.baseline is not None,
                "blocking": counts.blocking,
                "accepted": counts.accepted,
            },
        }
    )


def render_jsonl(result: VerificationResult, gate: Gate | None = None) -> str:
    """A whole run as JSON Lines (what the streamed file holds at the end); input-level
    skipped lines follow the articles, as their positions are no longer known."""
    gate = gate or Gate()
    counts = RunningCounts()
    out: list[str] = []
    for i, ar in enumerate(result.articles):
        counts.add_article(ar, gate)
        out.append(jsonl_article(i, ar, gate))
    for j, s in enumerate(result.skipped, start=len(result.articles)):
        counts.add_skipped()
        out.append(jsonl_skipped(j, s))
    out.append(jsonl_summary(counts, gate))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class PageEntry:
    """One page of a paged HTML report, as the index lists it."""

    href: str
    first: int
    last: int
    summary: Summary


def render_page_index(
    title: str,
    pages: Sequence[PageEntry],
    skipped: Sequence[Skipped],
    total: Summary,
    generated_at: str | None,
) -> str:
    """The index page of a paged HTML report: the run's summary, one row per page with its
    counts, and the inputs that were not checked. No script; every string escaped."""
    esc = html.escape
    rows = "\n".join(
        f'<tr><td><a href="{esc(p.href)}">articles {p.first}–{p.last}</a></td>'
        f"<td>{p.summary.drift}</td><td>{p.summary.critical}</td><td>{p.summary.major}</td>"
        f"<td>{p.summary.minor_findings}</td></tr>"
        for p in pages
    )
    skipped_rows = "\n".join(f"<li><code>{esc(s.what)}</code>: {esc(s.why)}</li>" for s in skipped)
    skipped_part = (
        f"<h2>Inputs not checked ({len(skipped)})</h2>\n<ul>\n{skipped_rows}\n</ul>\n"
        if skipped
        else ""
    )
    stamp = f"<p>Generated {esc(generated_at)}.</p>\n" if generated_at else ""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy("")}">\n'
        f"<title>{esc(title)}</title>\n"
        "<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}"
        "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3rem .6rem;"
        "text-align:right}td:first-child,th:first-child{text-align:left}</style>\n"
        "</head>\n<body>\n"
        f"<h1>{esc(title)}</h1>\n{stamp}<p>{esc(summary_line(total))}</p>\n"
        "<table>\n<thead><tr><th>page</th><th>drift pairs</th><th>critical</th>"
        "<th>major</th><th>minor</th></tr></thead>\n<tbody>\n"
        f"{rows}\n</tbody>\n</table>\n{skipped_part}</body>\n</html>\n"
    )
