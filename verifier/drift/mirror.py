"""A post in an Indian language rendered in English: the judge's checks run the other way.

The lexical checks (negation, names, coverage, hedges, attribution) are written for an
English post and a rendering in an Indian language. A Hindi post rendered in English is the
mirror pair, so the English rendering is judged as if it were the source and the Hindi post
as its rendering, and each finding is mapped back: what the "rendering" (the Hindi post)
adds is what the English rendering leaves out, and what it leaves out is what the English
adds; spans and messages change sides; a number, date, negation, entity, intensity or
attribution finding keeps its kind.

A part of the post the rendering does not reach (a quotation of one sentence, reported
speech) is a selection, not an omission, as in the forward direction: only a quotation
that does not say it is partial leaves out what it does not give, and what another
rendering of the article gives (``elsewhere``) is never left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from verifier.drift.collect import Collector, in_region, rendered_region, split_clauses
from verifier.drift.coverage import matters
from verifier.match.anchors import profile
from verifier.match.pairs import match_profiles
from verifier.model import AnchorMatch, Finding, Span

MIRRORED_LANGUAGES = frozenset({"hi"})
"""Post languages whose English renderings are judged by the mirror (the languages the
lexical checks read as a rendering language)."""


class Judged(Protocol):
    """What the mirror reads of a judgement (``judge.Judgement``)."""

    @property
    def score(self) -> float: ...
    @property
    def findings(self) -> tuple[Finding, ...]: ...
    @property
    def anchors(self) -> tuple[AnchorMatch, ...]: ...


JudgeFn = Callable[..., Judged]


def mirrors(post_lang: str, claim_lang: str) -> bool:
    """Is the pair judged by the mirror (a Hindi post, an English rendering)?"""
    return claim_lang == "en" and post_lang in MIRRORED_LANGUAGES


def judge_mirrored(
    judge: JudgeFn,
    col: Collector,
    post_lang: str,
    *,
    elsewhere: Sequence[Span] = (),
    partial: bool = False,
) -> tuple[tuple[Finding, ...], float, tuple[AnchorMatch, ...]]:
    """Judge ``col``'s English rendering of a post in ``post_lang`` through ``judge`` run the
    other way round; the mapped findings are added to ``col``. Returns ``col``'s findings,
    the score and the anchors (post side first)."""
    inner = judge(
        col.claim_text,
        col.post_text,
        post_lang="en",
        claim_lang=post_lang,
        context=col.ctx,
        severities=col.severities,
        partial=partial,
        frame=False,
    )
    region = _rendered(col.post_text, post_lang, col.claim_text)
    selection = partial or col.ctx.claim_kind != "quote"
    left_out = [
        f.claim_span for f in inner.findings if f.kind == "addition" and f.claim_span is not None
    ]
    for f in inner.findings:
        kind = _KINDS.get(f.kind, f.kind)
        post_span, claim_span = f.claim_span, f.post_span
        minor = f.severity == "minor"
        if kind == "omission" and post_span is not None:
            if any(in_region(post_span, e) for e in elsewhere):
                continue  # another rendering of the article gives it
            if not in_region(post_span, region):
                if selection:
                    continue  # a part of the post this rendering does not claim to give
                # A quotation that stops early: a selection, as news quotes, unless what it
                # leaves out qualifies what it keeps (``coverage.matters``).
                minor = minor or not matters(post_span, col.post_text, post_lang, edge=True)
        elif (
            claim_span is None
            and post_span is not None
            and any(in_region(post_span, o) and o != post_span for o in left_out)
        ):
            # A negation, a name or a figure inside a part of the post the rendering leaves
            # out is told by that omission (or that selection), not once more on its own.
            continue
        col.add(
            kind,  # type: ignore[arg-type]
            _message(col, kind, f, post_span, claim_span),
            post_span,
            claim_span,
            severity="minor" if minor else None,
        )
    anchors = tuple(
        AnchorMatch(a.kind, a.claim_span, a.post_span, a.claim_text, a.post_text, a.weight)
        for a in inner.anchors
    )
    return tuple(col.findings), inner.score, anchors


_KINDS = {"omission": "addition", "addition": "omission"}
_SIDES = re.compile(r"\b(post|rendering)\b", re.IGNORECASE)


def _message(
    col: Collector, kind: str, f: Finding, post_span: Span | None, claim_span: Span | None
) -> str:
    if kind == "omission" and post_span is not None:
        return f"The rendering leaves out “{post_span.slice(col.post_text).strip()}”."
    if kind == "addition" and claim_span is not None:
        return (
            f"The rendering adds “{claim_span.slice(col.claim_text).strip()}”, which the post "
            "does not say."
        )
    if kind == "attribution":
        return f.message  # about the article's speaker and the post's author: no sides
    return _SIDES.sub(_swap, f.message)


def _swap(m: re.Match[str]) -> str:
    word = m.group(1)
    other = "rendering" if word.casefold() == "post" else "post"
    return other.capitalize() if word[0].isupper() else other


def _rendered(post_text: str, post_lang: str, claim_text: str) -> Span:
    """The part of the post the rendering gives (first to last clause it renders)."""
    match = match_profiles(profile(post_text, post_lang), profile(claim_text, "en"))
    clauses = split_clauses(post_text) or [Span(0, len(post_text))]
    return rendered_region(match, clauses)[0]
