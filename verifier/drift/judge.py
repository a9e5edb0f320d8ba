"""Drift judge entry points: run every check on a post–rendering pair.

``judge`` aligns the two texts, finds the part of the post the rendering covers, and runs
the checks. Numbers and dates are script-independent and always judged; negation, names,
coverage, intensity and attribution need the rendering language's lexicon and run only
for ``LEXICAL_LANGUAGES``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from verifier.claims.frame import NO_FRAME, Framing, split_frame, tells_of_speech
from verifier.claims.frame_en import split_frame_en
from verifier.drift.attribution import check_attribution, check_reported_speaker, post_speakers
from verifier.drift.collect import Collector, Context, in_region, rendered_region, split_clauses
from verifier.drift.coverage import LOW_SHARE, check_coverage
from verifier.drift.date_check import check_dates, check_frame_dates, check_periods
from verifier.drift.entities import check_entities
from verifier.drift.intensity import check_intensity
from verifier.drift.mirror import judge_mirrored, mirrors
from verifier.drift.negation import check_negation
from verifier.drift.negation_count import check_negation_count
from verifier.drift.number_check import check_numbers
from verifier.drift.passed import passed_over
from verifier.drift.same_language import check_same_language, word_diff_applies
from verifier.drift.table_names import check_table_names
from verifier.drift.unrendered import check_unrendered
from verifier.lang.dates.find import find_dates
from verifier.lang.languages import CODES as LANGUAGE_CODES
from verifier.lang.languages import get as get_language
from verifier.lang.numbers.find import find_numbers
from verifier.lang.textnorm import detect_language
from verifier.lang.words import SOURCE_VERBS_EN
from verifier.match.anchors import profile
from verifier.match.pairs import PairMatch, match_profiles, same_language_score
from verifier.model import (
    Alignment,
    AnchorMatch,
    Claim,
    ClaimKey,
    Finding,
    Pair,
    Post,
    PostKey,
    Severity,
    Span,
    Verdict,
    verdict_for,
)
from verifier.settings import DEFAULT_SEVERITIES


@dataclass(frozen=True, slots=True)
class Judgement:
    """Outcome of judging one pair (what ``verifier compare`` prints)."""

    verdict: Verdict
    score: float
    findings: tuple[Finding, ...]
    anchors: tuple[AnchorMatch, ...] = ()


LEXICAL_LANGUAGES = ("hi",)
"""Rendering languages with a lexicon: the word-level checks run only for these."""
TABLE_LANGUAGES = frozenset(LANGUAGE_CODES)
"""Languages whose negators and names the anchors read (``verifier.lang.languages``)."""


def judge(
    post_text: str,
    claim_text: str,
    *,
    post_lang: str | None = None,
    claim_lang: str | None = None,
    context: Context | None = None,
    severities: Mapping[str, Severity] = DEFAULT_SEVERITIES,
    elsewhere: Sequence[Span] = (),
    partial: bool = False,
    frame: bool = True,
) -> Judgement:
    """Judge one rendering against its source text.

    ``elsewhere``: the parts of the post that other renderings in the same article give
    (``rendered_part``); the start or end of the post that neither this rendering nor any
    of those gives is reported as omitted, unless ``partial`` says the rendering is known
    to give only part of the post or the claim is reported speech (``Context.claim_kind``).
    ``frame=False``: the "rendering" has no article frame to cut off (``drift.mirror``).
    """
    ctx = context or Context()
    post_lang, claim_lang = _languages(post_text, claim_text, post_lang, claim_lang)
    framing, reports = _frame_of(post_text, claim_text, claim_lang, frame=frame)
    if framing.frames:
        frame_text = framing.frame_text(claim_text)
        claim_text = framing.content(claim_text)
        if ctx.cue is None:
            # A rendering pasted with its frame (compare): the frame tells who spoke and
            # whether the post is quoted or reported, as the article's cue does in check.
            ctx = replace(
                ctx,
                speaker=ctx.speaker or framing.speaker,
                cue=frame_text.strip(),
                claim_kind="quote" if framing.quoted else "reported",
            )
    elif (
        ctx.cue is None
        and claim_lang != "en"
        and not reports  # then "X ने कहा कि" renders the post's own words
        and tells_of_speech(claim_text)
    ):
        # "X ने … शपथ लेने के बाद मोदी का आभार जताया": no frame to cut off, but an account
        # of what was said, in the article's words: reported, not quoted.
        ctx = replace(ctx, claim_kind="reported")
    col = Collector(ctx, post_text, claim_text, severities)
    if framing.frames:
        check_frame_dates(col, find_dates(frame_text, claim_lang, ctx.post_date), frame_text)
    if mirrors(post_lang, claim_lang):  # a Hindi post in English: judged the other way round
        found, score, anchors = judge_mirrored(
            judge, col, post_lang, elsewhere=elsewhere, partial=partial
        )
        return Judgement(verdict_for(found), round(score, 4), found, anchors)
    if post_lang == claim_lang:
        # A post quoted in its own language: a word diff says what changed.
        check_same_language(col, claim_lang, partial=partial or ctx.claim_kind != "quote")
        check_attribution(col)
        findings = tuple(col.findings)
        return Judgement(
            verdict_for(findings, checked=word_diff_applies(claim_lang)),
            round(same_language_score(post_text, claim_text), 4),
            findings,
        )
    match = _match(post_text, post_lang, claim_text, claim_lang)
    score = match.score
    region, shares = _region(match)
    rendered = _rendered(match, region, shares, claim_lang, quoted=ctx.claim_kind == "quote")
    all_post_nums = find_numbers(post_text, post_lang)
    post_nums = [n for n in all_post_nums if in_region(n.span, region)]
    claim_nums = find_numbers(claim_text, claim_lang)
    all_post_dates = find_dates(post_text, post_lang, ctx.post_date)
    # Dates of the rendered part, or of the whole post when that part has none (a changed
    # year can be what made its clause look unrendered).
    post_dates = [d for d in all_post_dates if in_region(d.span, region)] or all_post_dates
    claim_dates = find_dates(claim_text, claim_lang, ctx.post_date)
    post_nums = [n for n in post_nums if not any(d.span.overlaps(n.span) for d in post_dates)]
    claim_nums = [n for n in claim_nums if not any(d.span.overlaps(n.span) for d in claim_dates)]
    check_numbers(col, post_nums, claim_nums, all_post_nums, rendered)
    check_dates(col, post_dates, claim_dates)
    lexical = claim_lang in LEXICAL_LANGUAGES and post_lang in ("en", *LEXICAL_LANGUAGES)
    if lexical:
        # Negation, names, coverage and hedges need the language's words; for other
        # languages only script-independent anchors (digits, dates) are judged.
        check_periods(col, region, claim_text)
        # Clauses the rendering leaves out are found first: a negation, a name or a figure
        # inside one is reported with that clause (one omission), not once more on its own
        # as if the rendering had flipped or dropped just that word.
        dropped = Collector(ctx, post_text, claim_text, severities)
        check_coverage(dropped, match, region, shares, elsewhere, additions=not framing.several)
        # Reported speech ("X ने कहा कि …") tells what X said, not all of it: only a
        # quotation claims to give the post's words, so only it leaves the rest out.
        if not partial and ctx.claim_kind == "quote":
            check_unrendered(dropped, match, region, elsewhere)
        omitted = [f.post_span for f in dropped.findings if f.post_span is not None]
        _drop_explained(col, omitted)
        check_negation(col, region, claim_text, omitted=omitted, rendered=rendered)
        check_entities(col, match, region, rendered)
        _drop_explained(col, omitted)
        col.findings.extend(dropped.findings)
        check_intensity(col, region, claim_text)
        check_attribution(col)
        if reports:
            check_reported_speaker(col, claim_text)
    elif claim_lang in TABLE_LANGUAGES and post_lang == "en":
        # Language hook: the languages read from a table have their negators in their
        # anchors, not in the Hindi word lists: negation by count. Names by sound and by
        # the CLDR places (the Hindi name checks raised a finding on one pair in five).
        table = get_language(claim_lang)
        check_negation_count(col, match, region, added_only=bool(table and table.negation_in_verb))
        check_table_names(col, match, region, claim_lang)
    findings = tuple(col.findings)
    return Judgement(
        verdict=verdict_for(findings, checked=lexical),
        score=round(score, 4),
        findings=findings,
        anchors=match.anchors(),
    )


def _drop_explained(col: Collector, omitted: Sequence[Span]) -> None:
    """Forget the findings about a word of the post that sits in a left-out clause (a
    figure or a name "missing"): the clause's omission finding already says so."""
    col.findings = [
        f
        for f in col.findings
        if not (
            f.claim_span is None
            and f.post_span is not None
            and f.kind in ("omission", "entity")
            and any(in_region(f.post_span, o) for o in omitted)
        )
    ]


def _frame_of(
    post_text: str, claim_text: str, claim_lang: str, *, frame: bool
) -> tuple[Framing, bool]:
    """The article's frame of the rendering, and whether the post itself reports someone
    (then "X ने कहा कि" renders the post's own words and is no frame)."""
    reports = _reports(post_text)
    framing = NO_FRAME if not frame or reports else _framing(claim_text, claim_lang)
    if framing.frames and not framing.platform and _TELLS_OF_A_SOURCE.search(post_text):
        # "NHC का कहना है कि …", "जापान की एजेंसी के अनुसार, …" for a post that itself
        # says who said it ("The NHC says", "According to Japan's agency"): a frame that
        # names no post renders the post's own words, it is no article frame.
        return NO_FRAME, True
    return framing, reports


def _rendered(
    match: PairMatch,
    region: Span,
    shares: Sequence[tuple[Span, float]],
    claim_lang: str,
    *,
    quoted: bool,
) -> list[Span]:
    """The sentences of the post the rendering gives, without the pieces it passes over
    (``passed_over``): the figures, names and negations compared are those of these."""
    rendered = [cl for cl, share in shares if share >= LOW_SHARE]
    if claim_lang not in LEXICAL_LANGUAGES:
        return rendered  # without a lexicon, no matched word says nothing of being passed over
    return _without(rendered, passed_over(match, region, quoted=quoted))


def _without(spans: Sequence[Span], holes: Sequence[Span]) -> list[Span]:
    """``spans`` with ``holes`` cut out of them (what is left of each, in pieces)."""
    out: list[Span] = []
    for span in spans:
        start = span.start
        inside = [h for h in holes if span.start <= h.start and h.end <= span.end]
        for hole in sorted(inside, key=lambda h: h.start):
            if hole.start > start:
                out.append(Span(start, hole.start))
            start = max(start, hole.end)
        if start < span.end:
            out.append(Span(start, span.end))
    return out


def _region(match: PairMatch) -> tuple[Span, list[tuple[Span, float]]]:
    post_text = match.post.text
    clauses = split_clauses(post_text) or [Span(0, len(post_text))]
    # A rendering of part of a post is judged against that part (what it covers, from the
    # first to the last clause it renders); a clause left out inside it is omission.
    region, shares = rendered_region(match, clauses)
    if len(clauses) > 1 and len(split_clauses(match.claim.text)) >= len(clauses):
        # As many sentences as the post: a whole rendering, sentence for sentence (a
        # sentence whose meaning changed can look unrendered by its words alone).
        region = Span(clauses[0].start, clauses[-1].end)
    return region, shares


def rendered_part(
    post_text: str, claim_text: str, *, post_lang: str | None = None, claim_lang: str | None = None
) -> Span:
    """The part of the post a rendering gives (all of it for same-language text)."""
    post_lang, claim_lang = _languages(post_text, claim_text, post_lang, claim_lang)
    if post_lang == claim_lang:
        return Span(0, len(post_text))
    claim_text = _framing(claim_text, claim_lang).content(claim_text)
    return _region(_match(post_text, post_lang, claim_text, claim_lang))[0]


def _framing(claim_text: str, claim_lang: str) -> Framing:
    """The article's frame around a rendering (``split_frame``, ``split_frame_en``)."""
    return split_frame_en(claim_text) if claim_lang == "en" else split_frame(claim_text)


_REPORTING_EN = re.compile(
    r"\b(?:(?!I\b|We\b)[A-Z][\w.'’-]*|he|she|they|officials|police|spokesperson)\s+(?:\w+\s+){0,2}?"
    r"(?:said|says|told|added|stated|announced|according)\b|\baccording to\b"
)


_TELLS_OF_A_SOURCE = re.compile(
    r"\b(?:according\s+to|(?<!\bI\s)(?<!\b[Ww]e\s)(?:"
    + "|".join(sorted(SOURCE_VERBS_EN, key=len, reverse=True))
    + r")\b)",
    re.IGNORECASE,
)
"""Anywhere in the post, a word that reports a source other than the author ("I announced"
is the author's own act); ``_reports`` wants the speaker too."""


def _reports(post_text: str) -> bool:
    """The post itself reports someone's words ("Hale said the foam had fallen"): the
    rendering's "X ने कहा कि" then renders the post's own words, it is no frame."""
    return bool(_REPORTING_EN.search(post_text) or post_speakers(post_text))


def _languages(
    post_text: str, claim_text: str, post_lang: str | None, claim_lang: str | None
) -> tuple[str, str]:
    """The two texts' languages, detected where not given (an undetermined post is read as
    English)."""
    post_lang = post_lang or detect_language(post_text)
    claim_lang = claim_lang or detect_language(claim_text)
    return ("en" if post_lang == "und" else post_lang), claim_lang


@lru_cache(maxsize=64)
def _match(post_text: str, post_lang: str, claim_text: str, claim_lang: str) -> PairMatch:
    """The word match of a post and a rendering, kept for a while: the pipeline asks for the
    part each claim renders (``rendered_part``) before it judges the same pairs."""
    return match_profiles(profile(post_text, post_lang), profile(claim_text, claim_lang))


def judge_pair(
    post: Post,
    claim: Claim,
    alignment: Alignment,
    severities: Mapping[str, Severity] = DEFAULT_SEVERITIES,
    elsewhere: Sequence[Span] = (),
) -> Pair:
    """Judge an aligned pair from an article (``elsewhere``: the parts of the post that the
    article's other claims render, see ``judge``)."""
    ctx = Context(
        post_id=post.post_id or post.url or "",
        post_date=post.posted_at,
        author_name=post.author_name,
        handle=post.handle,
        speaker=claim.speaker,
        claim_kind=claim.kind,
        cue=claim.cue,
    )
    j = judge(
        post.text,
        claim.text,
        post_lang=post.lang if post.lang != "und" else None,
        claim_lang=claim.lang,
        context=ctx,
        severities=severities,
        elsewhere=elsewhere,
    )
    return Pair(
        post=PostKey(post.key),
        claim=ClaimKey(claim.key),
        score=alignment.score,
        verdict=j.verdict,
        findings=j.findings,
        anchors=alignment.anchors or j.anchors,
    )
