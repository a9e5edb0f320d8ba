"""HTML report, build side: each article of a result turned into an ``ArticleView`` (pure, no I/O).

Posts and claims are cut into highlight segments per pair (anchors numbered in the post's
reading order, findings labelled ``F1`` … worst first), counts are summed per
article, and every user string is clipped to a bounded length on the way. The page
around the articles (summary, order, index) is ``html_page``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from verifier.confirm.platforms import NOT_CONFIRMABLE
from verifier.lang.textnorm import detect_language
from verifier.model import (
    SEVERITY_RANK,
    ArticleResult,
    Claim,
    Confirmation,
    Finding,
    Pair,
    Post,
    PostKey,
    Skipped,
    Span,
)
from verifier.policy.findings import article_findings
from verifier.policy.policy import Gate
from verifier.report.html_segments import Mark, segments
from verifier.report.html_view import (
    CLAIM_KIND_LABELS,
    CONFIRMATION_LABELS,
    KIND_LABELS,
    MAX_LABEL,
    MAX_MESSAGE,
    MAX_TEXT,
    MAX_URL,
    PALETTE_SIZE,
    PLATFORM_LABELS,
    VERDICT_LABELS,
    ArticleView,
    ClaimView,
    ConfirmationView,
    Count,
    FindingView,
    LooseItem,
    PairView,
    PostView,
    clip,
    date_text,
    safe_href,
    short_url,
)


def _lang(declared: str | None, text: str) -> str | None:
    """A BCP 47 tag for a ``lang`` attribute: the declared one, else a guess, else none."""
    if declared and declared != "und":
        return declared
    guess = detect_language(text)
    return None if guess == "und" else guess


def _clamp(span: Span | None, length: int) -> Span | None:
    if span is None:
        return None
    start, end = min(span.start, length), min(span.end, length)
    return Span(start, end) if end > start else None


_States = Mapping[int, tuple[bool, bool]]
"""``(accepted, blocking)`` per finding of one article, by ``id()`` of the Finding."""


def _states(ar: ArticleResult, gate: Gate) -> dict[int, tuple[bool, bool]]:
    return {id(lf.finding): (gate.accepted(lf), gate.blocks(lf)) for lf in article_findings(ar)}


def _baseline_states(findings: Iterable[FindingView]) -> str:
    """``"new accepted"`` … : which baseline states the findings of one item are in."""
    states = {"accepted" if f.accepted else "new" for f in findings}
    return " ".join(s for s in ("new", "accepted") if s in states)


def _finding_views(
    findings: Iterable[Finding], post: Post | None, claim: Claim | None, states: _States
) -> tuple[FindingView, ...]:
    """Findings worst first, labelled ``F1`` …, with their evidence words and languages.

    Article-level findings have no post or claim: the evidence's language is then guessed
    from the evidence itself.
    """
    ordered = sorted(findings, key=lambda f: -SEVERITY_RANK.get(f.severity, 0))
    out = []
    for i, f in enumerate(ordered, start=1):
        post_text = f.post_text or (f.post_span.slice(post.text) if post and f.post_span else "")
        claim_text = f.claim_text or (
            f.claim_span.slice(claim.text) if claim and f.claim_span else ""
        )
        post_lang = _lang(post.lang, post.text) if post else _lang(None, post_text)
        claim_lang = _lang(claim.lang, claim.text) if claim else _lang(None, claim_text)
        accepted, blocking = states.get(id(f), (False, False))
        out.append(
            FindingView(
                label=f"F{i}",
                kind=f.kind,
                kind_label=KIND_LABELS.get(f.kind, f.kind),
                severity=f.severity,
                message=clip(f.message, MAX_MESSAGE),
                post_text=clip(post_text, MAX_LABEL),
                claim_text=clip(claim_text, MAX_LABEL),
                post_lang=post_lang,
                claim_lang=claim_lang,
                accepted=accepted,
                blocking=blocking,
            )
        )
    return tuple(out)


SHORT_MARK = 32
"""Highlights up to this long never break across lines (class ``w``)."""


def _nowrap(*spans: Span) -> str:
    return " w" if all(s.end - s.start <= SHORT_MARK for s in spans) else ""


def _marks(
    pair: Pair, findings: Sequence[Finding], post_len: int, claim_len: int
) -> tuple[list[Mark], list[Mark]]:
    """Highlight marks on the post side and the claim side of one pair.

    Each distinct anchor gets a number (in reading order of the post) and a colour class;
    the same number and colour go on both sides so an editor can match them by eye or by
    the badge. Findings get ``F1`` … in the order ``_finding_views`` lists them.
    """
    post_marks: list[Mark] = []
    claim_marks: list[Mark] = []
    seen: set[tuple[int, int, int, int]] = set()
    anchors = []
    for a in pair.anchors:
        ps, cs = _clamp(a.post_span, post_len), _clamp(a.claim_span, claim_len)
        if ps is None or cs is None or (ps.start, ps.end, cs.start, cs.end) in seen:
            continue
        seen.add((ps.start, ps.end, cs.start, cs.end))
        anchors.append((ps, cs, a))
    anchors.sort(key=lambda t: (t[0].start, t[1].start))
    for n, (ps, cs, a) in enumerate(anchors, start=1):
        css = f"an n{n} c{(n - 1) % PALETTE_SIZE}" + _nowrap(ps, cs)
        title = f"match {n} ({a.kind}): {clip(a.post_text, 80)} = {clip(a.claim_text, 80)}"
        post_marks.append(Mark(ps.start, ps.end, css, str(n), title, rank=0))
        claim_marks.append(Mark(cs.start, cs.end, css, str(n), title, rank=0))
    ordered = sorted(findings, key=lambda f: -SEVERITY_RANK.get(f.severity, 0))
    for i, f in enumerate(ordered, start=1):
        css = f"fd s-{f.severity} f{i}"
        title = f"F{i} {f.severity} {f.kind}: {clip(f.message, 200)}"
        rank = SEVERITY_RANK.get(f.severity, 0)
        ps, cs = _clamp(f.post_span, post_len), _clamp(f.claim_span, claim_len)
        if ps is not None:
            post_marks.append(Mark(ps.start, ps.end, css + _nowrap(ps), f"F{i}", title, rank=rank))
        if cs is not None:
            claim_marks.append(Mark(cs.start, cs.end, css + _nowrap(cs), f"F{i}", title, rank=rank))
    return post_marks, claim_marks


def _confirmation_view(c: Confirmation) -> ConfirmationView:
    return ConfirmationView(
        state=c.state,
        # A platform with no public endpoint is not "unavailable" (down): say what it is.
        label=NOT_CONFIRMABLE
        if c.detail.startswith(NOT_CONFIRMABLE)
        else CONFIRMATION_LABELS.get(c.state, c.state),
        detail=clip(c.detail, MAX_MESSAGE),
        canonical_text=clip(c.canonical_text, MAX_TEXT),
        canonical_author=clip(c.canonical_author, MAX_LABEL),
        canonical_handle=clip(c.canonical_handle, MAX_LABEL),
        canonical_date=date_text(c.canonical_date)[1],
        ok=c.state == "confirmed",
    )


def post_view(post: Post, marks: Sequence[Mark], confirmation: Confirmation | None) -> PostView:
    text = clip(post.text, MAX_TEXT)
    href = safe_href(post.url)
    iso, shown = date_text(post.posted_at)
    return PostView(
        key=post.key,
        author=clip(post.author_name, MAX_LABEL),
        handle=clip(post.handle, MAX_LABEL),
        date_iso=iso,
        date_text=shown,
        href=href,
        url_text=short_url(href) if href else clip(post.url, MAX_LABEL),
        platform=PLATFORM_LABELS.get(post.platform, clip(post.platform, 40)),
        origin=clip(post.origin, 40),
        lang=_lang(post.lang, text),
        segments=segments(text, marks),
        media=tuple((short_url(m), safe_href(m)) for m in post.media[:20]),
        truncated=post.truncated,
        notes=tuple(clip(n, MAX_MESSAGE) for n in post.notes[:20]),
        confirmation=_confirmation_view(confirmation) if confirmation else None,
    )


def claim_view(claim: Claim, marks: Sequence[Mark]) -> ClaimView:
    text = clip(claim.text, MAX_TEXT)
    return ClaimView(
        key=claim.key,
        kind=claim.kind,
        kind_label=CLAIM_KIND_LABELS.get(claim.kind, claim.kind),
        speaker=clip(claim.speaker, MAX_LABEL),
        cue=clip(claim.cue, MAX_LABEL),
        closed=claim.closed,
        lang=_lang(claim.lang, text),
        segments=segments(text, marks),
    )


def _pair_view(
    index: int,
    n: int,
    pair: Pair,
    posts: dict[str, Post],
    claims: dict[str, Claim],
    confirmations: dict[str, Confirmation],
    states: _States,
) -> PairView | None:
    post, claim = posts.get(pair.post), claims.get(pair.claim)
    if post is None or claim is None:
        return None
    post_len, claim_len = min(len(post.text), MAX_TEXT), min(len(claim.text), MAX_TEXT)
    post_marks, claim_marks = _marks(pair, pair.findings, post_len, claim_len)
    findings = _finding_views(pair.findings, post, claim, states)
    return PairView(
        dom_id=f"a{index}-{n}",
        verdict=pair.verdict,
        verdict_label=VERDICT_LABELS.get(pair.verdict, pair.verdict),
        score=f"{pair.score:.2f}",
        post=post_view(post, post_marks, confirmations.get(post.key)),
        claim=claim_view(claim, claim_marks),
        findings=findings,
        kinds=" ".join(sorted({str(f.kind) for f in findings})),
        severity_rank=max((SEVERITY_RANK.get(f.severity, 0) for f in findings), default=0),
        anchor_count=sum(1 for m in post_marks if m.css.startswith("an ")),
        baseline=_baseline_states(findings),
    )


def _count(key: str, n: int, one: str, many: str) -> Count:
    return Count(key, one if n == 1 else many, n)


def _details_label(*parts: tuple[int, str, str]) -> str:
    shown = [f"{n} {one if n == 1 else many}" for n, one, many in parts if n]
    return ", ".join(shown) or "nothing to compare"


def _verdict_of(findings: Sequence[FindingView]) -> str:
    if any(f.severity != "minor" for f in findings):
        return "drift"
    return "minor" if findings else "faithful"


def article_view(ar: ArticleResult, index: int, gate: Gate | None = None) -> ArticleView:
    art = ar.article
    states = _states(ar, gate or Gate())
    posts: dict[str, Post] = {p.key: p for p in ar.posts}
    claims: dict[str, Claim] = {c.key: c for c in ar.claims}
    confirmations: dict[str, Confirmation] = {c.post: c for c in ar.confirmations}
    pairs = tuple(
        view
        for n, pair in enumerate(ar.pairs, start=1)
        if (view := _pair_view(index, n, pair, posts, claims, confirmations, states)) is not None
    )
    unsourced = tuple(
        LooseItem(f"a{index}-u{n}", "unsourced", "", 0, claim=claim_view(claims[k], ()))
        for n, k in enumerate(ar.unsourced_claims, start=1)
        if k in claims
    )
    unrendered = tuple(
        LooseItem(
            f"a{index}-r{n}",
            "unrendered",
            "",
            0,
            post=post_view(posts[k], (), confirmations.get(PostKey(k))),
        )
        for n, k in enumerate(ar.unrendered_posts, start=1)
        if k in posts
    )
    article_findings = tuple(
        LooseItem(
            f"a{index}-f{n}",
            _verdict_of((fv,)),
            fv.kind,
            SEVERITY_RANK.get(fv.severity, 0),
            finding=fv,
            baseline=_baseline_states((fv,)),
        )
        for n, fv in enumerate(_finding_views(ar.findings, None, None, states), start=1)
    )
    shown = [f for p in pairs for f in p.findings] + [
        i.finding for i in article_findings if i.finding
    ]
    severities = Counter(f.severity for f in shown)
    verdicts = Counter(p.verdict for p in pairs)
    worst = next((v for v in ("drift", "minor", "unchecked", "faithful") if verdicts[v]), "none")
    if article_findings and worst != "drift":
        worst = _verdict_of([lf.finding for lf in article_findings if lf.finding])
    terms = sum(1 for c in ar.claims if c.kind == "term")
    counts = [
        _count("posts", len(ar.posts), "post", "posts"),
        _count("claims", len(ar.claims) - terms, "claim", "claims"),
        _count("terms", terms, "term quote", "term quotes"),
        _count("drift", verdicts["drift"], "drift", "drift"),
        _count("minor", verdicts["minor"], "minor drift", "minor drift"),
        _count("faithful", verdicts["faithful"], "faithful", "faithful"),
        *(
            [_count("unchecked", verdicts["unchecked"], "unchecked", "unchecked")]
            if verdicts["unchecked"]
            else []
        ),
        _count("unsourced", len(unsourced), "unsourced", "unsourced"),
        _count("unrendered", len(unrendered), "unrendered", "unrendered"),
        _count(
            "confirmed", len(ar.confirmations), "checked on the platform", "checked on the platform"
        ),
    ]
    expanded = bool(verdicts["drift"] or verdicts["minor"] or article_findings)
    published_iso, published_text = date_text(art.published)
    title = clip(art.title, MAX_LABEL) or clip(art.source, MAX_LABEL) or f"Article {index}"
    return ArticleView(
        index=index,
        dom_id=f"a{index}",
        title=title,
        title_lang=_lang(art.language, title),
        source=clip(art.source, MAX_URL),
        source_href=safe_href(art.source),
        byline=clip(art.byline, MAX_LABEL),
        published_iso=published_iso,
        published_text=published_text,
        language=clip(art.language, 20),
        worst=worst,
        counts=tuple(c for c in counts if c.n or c.key in ("posts", "claims")),
        pairs=pairs,
        unsourced=unsourced,
        unrendered=unrendered,
        findings=article_findings,
        skipped=tuple(
            Skipped(clip(s.what, MAX_LABEL), clip(s.why, MAX_MESSAGE)) for s in ar.skipped
        ),
        expanded=expanded,
        item_count=len(pairs) + len(unsourced) + len(unrendered) + len(article_findings),
        details_label=_details_label(
            (len(article_findings), "article finding", "article findings"),
            (len(pairs), "pair", "pairs"),
            (len(unsourced), "unsourced claim", "unsourced claims"),
            (len(unrendered), "unrendered post", "unrendered posts"),
            (len(ar.skipped), "skipped embed", "skipped embeds"),
        )
        + ("" if expanded or not pairs else " — all faithful"),
        by_severity=(severities["critical"], severities["major"], severities["minor"]),
        accepted=sum(1 for f in shown if f.accepted),
        new_rank=max(
            (SEVERITY_RANK.get(f.severity, 0) for f in shown if not f.accepted), default=0
        ),
        pair_count=len(pairs),
    )
