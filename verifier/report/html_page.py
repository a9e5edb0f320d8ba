"""HTML report, page side: the whole page context — summary, article order, index.

Articles are shown drift first: by the severity of their worst finding the baseline does not
accept, then their worst finding at all, how many, and input order. The index lists them in
that order (for runs of several articles) and the page's script sorts it by any column.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from verifier.model import DRIFT_KINDS, Skipped, VerificationResult
from verifier.policy.policy import Gate
from verifier.report.html_build import article_view
from verifier.report.html_view import (
    KIND_LABELS,
    MAX_LABEL,
    MAX_MESSAGE,
    VERDICT_LABELS,
    VERDICT_ORDER,
    WORST_LABELS,
    ArticleView,
    Count,
    IndexRow,
    KindRow,
    PageContext,
    Summary,
    clip,
)


def _summary(
    articles: Sequence[ArticleView], result: VerificationResult
) -> tuple[Summary, tuple[Count, ...]]:
    verdicts: Counter[str] = Counter()
    kinds: Counter[tuple[str, str]] = Counter()
    for a in articles:
        verdicts.update(p.verdict for p in a.pairs)
        verdicts.update(item.verdict for item in (*a.unsourced, *a.unrendered))
        kinds.update((f.kind, f.severity) for p in a.pairs for f in p.findings)
        kinds.update((i.finding.kind, i.finding.severity) for i in a.findings if i.finding)
    severities = ("critical", "major", "minor")
    # Known kinds in the design's order, then any kind a newer drift stage invents.
    known: list[str] = [k for k in DRIFT_KINDS if any(kinds[(k, s)] for s in severities)]
    known += sorted({k for k, _ in kinds} - set(known))
    rows = tuple(
        KindRow(
            k,
            KIND_LABELS.get(k, k),
            sum(kinds[(k, s)] for s in severities),
            tuple(kinds[(k, s)] for s in severities),
        )
        for k in known
    )
    totals = (
        Count("articles", "articles", len(articles)),
        Count("posts", "posts", sum(len(ar.posts) for ar in result.articles)),
        Count(
            "claims",
            "claims",
            sum(1 for ar in result.articles for c in ar.claims if c.kind != "term"),
        ),
        Count("pairs", "pairs", sum(len(a.pairs) for a in articles)),
        Count("skipped", "skipped", len(result.skipped) + sum(len(a.skipped) for a in articles)),
    )
    summary = Summary(
        totals=totals,
        # "unchecked" is shown only when a pair has it (most runs have none).
        verdicts=tuple(
            Count(v, VERDICT_LABELS[v], verdicts[v])
            for v in VERDICT_ORDER
            if v != "unchecked" or verdicts[v]
        ),
        kinds=rows,
        severities=tuple(Count(s, s, sum(kinds[(k, s)] for k in known)) for s in severities),
        finding_total=sum(kinds.values()),
        item_total=sum(a.item_count for a in articles),
    )
    return summary, tuple(Count(r.kind, r.label, r.total) for r in rows)


def _display_key(a: ArticleView) -> tuple[int, int, int, int, int]:
    """Drift first: the worst finding the baseline does not accept, then the worst finding at
    all, then how many findings, then unsourced claims, then input order."""
    worst_any = 3 if a.by_severity[0] else 2 if a.by_severity[1] else 1 if a.by_severity[2] else 0
    return (-a.new_rank, -worst_any, -sum(a.by_severity), -len(a.unsourced), a.index)


INDEX_MIN_ARTICLES = 2
"""With fewer articles an index only repeats the one heading."""
INDEX_OPEN_MAX = 40
"""Longer indexes start closed: laying out hundreds of rows costs the page's first paint
more than the rest of the report (500 articles: about 0.5 s more in headless Chromium)."""


def _index(articles: Sequence[ArticleView]) -> tuple[IndexRow, ...]:
    if len(articles) < INDEX_MIN_ARTICLES:
        return ()
    return tuple(
        IndexRow(
            dom_id=a.dom_id,
            index=a.index,
            title=a.title,
            worst=a.worst,
            worst_label=WORST_LABELS[a.worst],
            by_severity=a.by_severity,
            accepted=a.accepted,
            pairs=a.pair_count,
            rank=rank,
        )
        for rank, a in enumerate(articles, start=1)
    )


def build_page(
    result: VerificationResult,
    *,
    title: str = "verifier report",
    generated_at: str | None = None,
    gate: Gate | None = None,
) -> PageContext:
    """The page context of the HTML report for ``result`` (pure; nothing is rendered yet).

    ``gate`` marks the findings the baseline accepts, and which block the run.
    """
    gate = gate or Gate()
    views = [article_view(ar, i, gate) for i, ar in enumerate(result.articles, start=1)]
    articles = tuple(sorted(views, key=_display_key))
    summary, kind_options = _summary(articles, result)
    return PageContext(
        title=clip(title, MAX_LABEL),
        generated_at=generated_at,
        summary=summary,
        articles=articles,
        skipped=tuple(
            Skipped(clip(s.what, MAX_LABEL), clip(s.why, MAX_MESSAGE)) for s in result.skipped
        ),
        extras=tuple(
            sorted((clip(k, MAX_LABEL), clip(v, MAX_MESSAGE)) for k, v in result.extras.items())
        ),
        kind_options=kind_options,
        article_options=tuple(Count(str(a.index), clip(a.title, 90), a.item_count) for a in views),
        index=_index(articles),
        index_open=len(articles) <= INDEX_OPEN_MAX,
        baseline=gate.baseline is not None,
        accepted_total=sum(a.accepted for a in articles),
    )
