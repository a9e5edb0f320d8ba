"""Drift judge: for an aligned post–claim pair, say precisely what changed in meaning.

Each check compares anchors on both sides (names, numbers, dates, negation, speaker,
hedges) and emits ``Finding`` values with spans on both sides and a one-sentence
explanation. Nothing is assumed: an anchor present on one side must be found on the other.
A claim that renders only part of a post is judged against that part (the clauses it
covers); a reported summary is held to the post's meaning, not its wording.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from verifier import anchors
from verifier.align import PairMatch, match_profiles, same_language_score, speaker_matches
from verifier.anchors import TextProfile, profile
from verifier.dates import DateMention, find_dates
from verifier.model import (
    Alignment,
    AnchorMatch,
    Claim,
    ClaimKey,
    DriftKind,
    Finding,
    Pair,
    Post,
    PostKey,
    Severity,
    Span,
    Verdict,
)
from verifier.numbers import NumberMention, find_numbers, same_quantity
from verifier.policy import verdict_for
from verifier.settings import DEFAULT_SEVERITIES
from verifier.textnorm import detect_language, fold
from verifier.translit import NAME_MATCH, name_similarity, split_handle

# --- meaning-bearing function words ------------------------------------------------------

_NEG_EN = re.compile(
    r"\b(?:not|no(?!\.?\s*\d)|never|without|nor|neither|none|nobody|nothing|nowhere|cannot|"
    r"rather than|instead of)\b|n['’]t\b",
    re.IGNORECASE,
)
_NEG_HI = re.compile(
    r"(?:^|(?<=[\s,।.!?'\"‘’“”(]))(?:नहीं|नहि|नही|नहीँ|न|ना|नाहीं|नाही|नको|बिना|बगैर|बग़ैर)"
    r"(?=$|[\s,।.!?'\"‘’“”)])"
    r"(?<!\sया नहीं)"  # "… या नहीं" = "whether or not"
    r"|(?<=\S\S)नहीं(?=$|[\s,।.!?])"
)
# Uses of a negative word that negate nothing. English: "not only/just" (= also), "not
# long after" (= soon after), "whether or not" / "do or not do", tag questions ("does
# it?", "isn't it?"), litotes ("not uncommon" = common; the prefix word stays as a
# negative-meaning word). Hindi: "न सिर्फ/केवल" (not only), "… या नहीं" (whether or not),
# tag questions ("है ना?", "है कि नहीं?"), "क्यों न" (why not / "भले ही … क्यों न हो" =
# even if), reduplication idioms ("किसी न किसी" = some or other, "कभी न कभी").
_NOT_NEG_EN = re.compile(
    r"\bnot\s+(?:only|just|merely|simply)\b(?=[^.;!?]*\b(?:but|also)\b)|"
    r"\bnot\s+long\s+(?:after|before|ago)\b|"
    r"\bor\s+not\b|\b(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)"
    r"n['’]t\s+(?:it|he|she|they|you|we|there|i)\s*\?|"
    r"\bnot\s+(?=un(?!der|til|ion|ique|it|iv|if)\w{3,}|in(?:significant|considerable|"
    r"conceivable|frequent|expensive|different)|im(?:possible|probable|material|plausible))",
    re.IGNORECASE,
)
_LITOTES_EN = re.compile(r"\b(?:not|never)\s+(?:un|in|im)\w{3,}", re.IGNORECASE)
_NOT_NEG_HI = re.compile(
    r"(?:^|(?<=\s))(?:न|ना)\s+(?:सिर्फ|सिर्फ़|केवल|महज|मात्र)(?=[^।.;!?]*(?:बल्कि|भी))|\sया\s+(?:नहीं|ना|न)(?=$|[\s,।.!?])|"
    r"(?:(?:है|हैं)\s+(?:कि\s+)?(?:नहीं|ना|न)(?=\s*(?:[?।.!]|$))|(?<!\S)(?:ना|न)\s*\?)|क्यों\s+(?:न|ना)(?=$|[\s,।.!?])|"
    r"(?<!\S)(\S+)\s+न\s+\1(?!\S)|"
    r"(?:सिर्फ|सिर्फ़|केवल|महज|मात्र)\s+(?:\S+\s+){0,4}?नहीं(?=[\s,]+बल्कि)"
)
_SENTENCE_BREAK = re.compile(r"[.!?।;]")
_NEG_LEX_EN = re.compile(
    r"\b(?:un\w{3,}|in(?:capable|ability|adequate|sufficient|effective|valid|visible|accurate)\w*|"
    r"im(?:possible|proper|mature|balance)\w*|dis\w{4,}|non\w*|\w+less|poorly|badly|fail\w*|"
    r"lack\w*|absen\w*|refus\w*|den(?:y|ied|ies)|hardly|barely|rarely|seldom|few|little|"
    r"prevent\w*|stop\w*|avoid\w*|against|free|ban\w*|block\w*|neither|nor|whether|"
    r"incompetent|incorrect|incomplete|inactive|irrelevant|irresponsible|illegal\w*|beyond|"
    r"doubt\w*|unless|except|before|more than just)\b",
    re.IGNORECASE,
)
_NEG_LEX_HI = re.compile(
    r"कम|रहित|असफल|विफल|नाकाम|मुक्त|अभाव|कमी|रोक|बचें|बचने|"
    # "instead of" / "rather than": Hindi says it with a contrast postposition
    r"बजाय|बजाए|की जगह|के स्थान पर|के बदले|"
    # the prefix बे- (without): बेहिचक "without hesitation" = "don't be afraid"
    r"बेहिचक|बेझिझक|बेखौफ|बेखौफ़|बेफिक्र|बेवजह|बेअसर|बेबस|बेगुनाह|बेकसूर|बेघर|बेरोजगार|"
    r"बेकाबू|निःशुल्क|मुफ्त|मुफ़्त|निर्दोष"
)
# Hedges and the like: weaker statements whose loss strengthens a claim.
_HEDGE_EN = re.compile(
    r"\b(?:may|might|could|can|possibly|perhaps|probably|likely|seems?|appears?|"
    r"at least|at most|one of|some|often|sometimes|try|trying|tried|allegedly|reportedly|"
    r"almost|nearly|approximately)\b|"
    # "about"/"around" hedge a figure ("about 200"), not a topic ("rumours about me")
    r"\b(?:about|around)(?=\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:dozen|hundred|"
    r"thousand|million|billion|third|quarter|half)|half|twenty|thirty|forty|fifty|hundred))",
    re.IGNORECASE,
)
_HEDGE_HI = re.compile(
    r"सकता|सकती|सकते|सकें|सके|शायद|संभवतः|संभवत|संभव|मुमकिन|कोशिश|प्रयास|कुछ|अक्सर|कभी-कभी|"
    r"में से एक|कम से कम|ज्यादा से ज्यादा|लगभग|करीब|तकरीबन|कथित|बताया जा रहा"
)
# Word edges in Devanagari: no letter or sign before/after (the danda is punctuation).
_B = r"(?<![\u0900-\u0963\u0966-\u097F])"
_E = r"(?![\u0900-\u0963\u0966-\u097F])"
_STRONG_HI = re.compile(
    rf"\S+(?:ेगा|ेगी|ेंगे|ेंगी|ूंगा|ूंगी|ोगे|ोगी|ोगा|एगा|एगी|एंगे|एंगी|ऊंगा|ऊंगी|ओगे|ओगी){_E}|{_B}(?:होगा|होगी|होंगे|ज़रूर|जरूर|निश्चित|"
    rf"सभी|हमेशा|सब|पूरी तरह|बिल्कुल){_E}"
)
_SUPERLATIVE_HI = re.compile(rf"{_B}सबसे{_E}")
_ONE_OF_EN = re.compile(r"\b(?:one of|among)\b", re.IGNORECASE)
_ONE_OF_HI = re.compile(r"में से एक|में शामिल|में एक")
_QUESTION_END = re.compile(r"[?؟]\s*$")

# Words that refer to a person by role: a paraphrase may name the role, not the person.
_ROLE_HI = re.compile(
    r"समकक्ष|उन्होंने|उनके|उनकी|उनका|उन्हें|आप|आपके|आपको|आपका|आपकी|अपने|मंत्री|प्रधानमंत्री|राष्ट्रपति|"
    r"पीएम|सांसद|नेता|अध्यक्ष|साथी|दोस्त|मित्र"
)
_TITLE_HI = frozenset(
    "श्री श्रीमती सुश्री डॉ डॉक्टर जी मंत्री विदेश प्रधानमंत्री पीएम राष्ट्रपति सांसद विधायक नेता अध्यक्ष "
    "मुख्यमंत्री सीएम राज्यपाल केंद्रीय पूर्व कांग्रेस भाजपा बीजेपी उपाध्यक्ष महासचिव प्रवक्ता राजदूत "
    "सीईओ कप्तान कोच अभिनेता अभिनेत्री क्रिकेटर खिलाड़ी उद्योगपति स्टार बॉलीवुड".split()
)
_PRONOUN_SPEAKERS = frozenset("उन्होंने उसने इन्होंने मैंने हमने आपने वे वह".split())


@dataclass(frozen=True, slots=True)
class Judgement:
    """Outcome of judging one pair (what ``verifier compare`` prints)."""

    verdict: Verdict
    score: float
    findings: tuple[Finding, ...]
    anchors: tuple[AnchorMatch, ...] = ()


@dataclass(frozen=True, slots=True)
class Context:
    """What the judge may know besides the two texts."""

    post_id: str = ""
    post_date: dt.date | None = None
    author_name: str | None = None
    handle: str | None = None
    speaker: str | None = None
    claim_kind: str = "quote"


def fingerprint(kind: str, post_id: str, *evidence: str) -> str:
    """Stable id of a finding: kind, post identity and the evidence words (no offsets)."""
    raw = "\x1f".join([kind, post_id, *(fold(e) for e in evidence)])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


class _Collector:
    def __init__(
        self, ctx: Context, post_text: str, claim_text: str, severities: Mapping[str, Severity]
    ):
        self.ctx = ctx
        self.post_text = post_text
        self.claim_text = claim_text
        self.severities = severities
        self.findings: list[Finding] = []

    def add(
        self,
        kind: DriftKind,
        message: str,
        post_span: Span | None,
        claim_span: Span | None,
        *,
        severity: Severity | None = None,
    ) -> None:
        ptxt = post_span.slice(self.post_text) if post_span else ""
        ctxt = claim_span.slice(self.claim_text) if claim_span else ""
        self.findings.append(
            Finding(
                kind=kind,
                severity=severity or self.severities.get(kind, DEFAULT_SEVERITIES[kind]),
                message=message,
                post_span=post_span,
                claim_span=claim_span,
                post_text=ptxt,
                claim_text=ctxt,
                fingerprint=fingerprint(
                    kind, self.ctx.post_id or fold(self.post_text)[:80], ptxt, ctxt
                ),
            )
        )


# --- clauses of the post ------------------------------------------------------------------

_CLAUSE_END = re.compile(r"(?<=[.!?;।])\s+|\n+|(?<=[.!?])(?=[A-Z])")


def _clauses(text: str) -> list[Span]:
    out: list[Span] = []
    pos = 0
    for m in _CLAUSE_END.finditer(text):
        if text[pos : m.start()].strip():
            out.append(_strip(text, pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append(_strip(text, pos, len(text)))
    return out


def _strip(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span(s, e)


def _rendered_region(
    match: PairMatch, clauses: Sequence[Span]
) -> tuple[Span, list[tuple[Span, float]]]:
    """The part of the post the claim renders: first to last clause with real overlap."""
    matched = match.matched_post()
    shares: list[tuple[Span, float]] = []
    for cl in clauses:
        idx = [i for i, t in enumerate(match.post.tokens) if cl.start <= t.start < cl.end]
        total = sum(match.post.weights[i] for i in idx)
        got = sum(match.post.weights[i] for i in idx if i in matched)
        shares.append((cl, got / total if total else 0.0))
    rendered = [cl for cl, share in shares if share >= 0.25]
    if not rendered:
        full = Span(clauses[0].start, clauses[-1].end) if clauses else Span(0, 0)
        return full, shares
    return Span(rendered[0].start, rendered[-1].end), shares


# --- the checks ---------------------------------------------------------------------------


def _in_region(span: Span, region: Span) -> bool:
    return region.start <= span.start and span.end <= region.end


_ERA_AFTER = re.compile(r"\s*(?:century|centuries|decade|शताब्दी|सदी|दशक)", re.IGNORECASE)


def _calendar_figure(n: NumberMention, text: str) -> bool:
    """A year (1624, 2013) or a century/decade (15th century, 16वीं सदी): a date, not a count."""
    if n.kind == "year":
        return True
    digits = re.sub(r"\D", "", n.text.translate(_DEVA_DIGITS))
    if len(digits) == 4 and 1000 <= n.value <= 2199 and n.unit is None and not n.qualifier:
        return True
    return bool(_ERA_AFTER.match(text, n.span.end))


def _weak(n: NumberMention) -> bool:
    """A number word that is often not a number: "a"/"one"/एक, "first"/पहले, दूसरे."""
    if n.ambiguous:
        return True
    return not any(ch.isdigit() for ch in n.text) and n.value <= 2 and n.unit is None


_DEVA_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


def _written_in(n: NumberMention, text: str) -> bool:
    """The mention's digits appear as such in ``text`` (a unit glued to them or a format
    the number reader does not parse)."""
    digits = n.text.translate(_DEVA_DIGITS)
    digits = re.sub(r"[^\d.]", "", digits.replace(",", "")).strip(".")
    if not digits or not any(ch.isdigit() for ch in digits):
        return False
    haystack = text.translate(_DEVA_DIGITS).replace(",", "")
    return re.search(rf"(?<![\d.]){re.escape(digits)}(?![\d])", haystack) is not None


_MEANINGFUL_QUALIFIERS = frozenset({"more-than", "less-than", "at-least", "at-most", "about"})


def _qualifier(n: NumberMention) -> str | None:
    """The qualifier that changes a figure's meaning ("तक"/"by" next to a year does not)."""
    return n.qualifier if n.qualifier in _MEANINGFUL_QUALIFIERS else None


def _check_numbers(
    col: _Collector,
    post_nums: Sequence[NumberMention],
    claim_nums: Sequence[NumberMention],
    all_post_nums: Sequence[NumberMention] = (),
) -> None:
    """Figures of the rendering against the figures of the rendered part of the post (and,
    when the rendered part has none to match, of the whole post)."""
    unmatched_post = list(post_nums)
    elsewhere = [n for n in all_post_nums if n not in post_nums]
    for cn in claim_nums:
        same = next((pn for pn in unmatched_post if same_quantity(pn, cn)), None)
        if same is None:
            other = next((pn for pn in elsewhere if same_quantity(pn, cn)), None)
            if other is not None:
                elsewhere.remove(other)
                continue
        if same is not None:
            unmatched_post.remove(same)
            if _qualifier(same) != _qualifier(cn):
                approx = {_qualifier(same), _qualifier(cn)} <= {"about", None}
                col.add(
                    "intensity" if approx else "number",
                    f"The post says “{same.text}” but the rendering says “{cn.text}”: the "
                    f"qualifier changed ({_qualifier(same) or 'exact'} → {_qualifier(cn) or 'exact'}).",
                    same.span,
                    cn.span,
                    severity="minor" if approx else "major",
                )
            continue
        if _weak(cn):
            continue  # एक / दूसरे read as "a" / "other" as often as numbers
        if _written_in(cn, col.post_text):
            continue  # the same digits stand in the post (1960s, 2.4GHz, 10:00)
        if _in_brackets(col.claim_text, cn.span):
            continue  # a conversion added in brackets: "$10B (७५ हजार कोटी रुपये)"
        strong_post = [pn for pn in unmatched_post if not _weak(pn)] or [
            pn for pn in elsewhere if not _weak(pn)
        ]
        if strong_post:
            # The changed figure is the unmatched one of the same kind and nearest value.
            pn = min(strong_post, key=lambda p: (p.kind != cn.kind, abs(p.value - cn.value)))
            (unmatched_post if pn in unmatched_post else elsewhere).remove(pn)
            col.add(
                "date"
                if _calendar_figure(pn, col.post_text) and _calendar_figure(cn, col.claim_text)
                else "number",
                f"The post says “{pn.text}” but the rendering says “{cn.text}”.",
                pn.span,
                cn.span,
            )
        else:
            col.add(
                "number",
                f"The rendering gives the figure “{cn.text}”, which the post does not contain.",
                None,
                cn.span,
            )
    if col.ctx.claim_kind == "quote":
        for pn in unmatched_post:
            if _weak(pn) or _written_in(pn, col.claim_text):
                continue  # "100m" read as 100 million but written "100 मीटर": still there
            col.add(
                "omission",
                f"The figure “{pn.text}” in the post is missing from the quoted rendering.",
                pn.span,
                None,
            )


def _check_dates(
    col: _Collector, post_dates: Sequence[DateMention], claim_dates: Sequence[DateMention]
) -> None:

    for cd in claim_dates:
        if (
            cd.resolved is None
            and cd.weekday is None
            and cd.month is None
            and cd.year is None
            and cd.relative_days is None
            and not cd.relative_options
        ):
            continue
        candidates = list(post_dates)
        if (
            not candidates
            and col.ctx.post_date is not None
            and cd.weekday is not None
            and cd.resolved is None
        ):
            # A weekday in the rendering, checked against the day the post was written
            # (UTC footer date; Indian time may already be the next day).
            d = col.ctx.post_date
            if cd.weekday not in (d.weekday(), (d.weekday() + 1) % 7):
                col.add(
                    "date",
                    f"The rendering says “{cd.text}”, but the post was written on "
                    f"{d.strftime('%A')}, {d.isoformat()}.",
                    None,
                    cd.span,
                )
            continue
        if not candidates:
            continue
        if _about_the_post(cd, col.ctx.post_date):
            continue  # "बुधवार (22 जून) को X ने ट्वीट किया": when the post was written
        verdicts = [_compatible(pd, cd) for pd in candidates]
        if any(v is True for v in verdicts) or all(v is None for v in verdicts):
            continue
        pd = next(pd for pd, v in zip(candidates, verdicts, strict=True) if v is False)
        col.add(
            "date",
            f"The post says “{pd.text}” but the rendering says “{cd.text}”.",
            pd.span,
            cd.span,
        )


def _about_the_post(d: DateMention, post_date: dt.date | None) -> bool:
    """The date names the day the post was written (UTC footer date or the next day in
    Indian time)."""
    if post_date is None:
        return False
    days = {post_date, post_date + dt.timedelta(days=1)}
    if d.resolved is not None:
        return d.resolved in days
    if d.weekday is not None and d.month is None and d.day is None:
        return d.weekday in {x.weekday() for x in days}
    if d.month is not None and d.day is not None and d.year is None:
        return any((x.month, x.day) == (d.month, d.day) for x in days)
    return False


def _compatible(a: DateMention, b: DateMention) -> bool | None:
    from verifier.dates import compatible

    verdict = compatible(a, b)
    if verdict is None and a.weekday is not None and b.weekday is not None:
        return a.weekday == b.weekday
    return verdict


_PERIOD_EN = re.compile(r"\b(last|this|next|previous|coming)\s+(week|month|year)\b", re.IGNORECASE)
_PERIOD_HI = re.compile(r"(पिछले|पिछली|इस|अगले|अगली|आगामी|गत)\s+(हफ्ते|हफ़्ते|सप्ताह|महीने|माह|साल|वर्ष|बरस)")
_OFFSET = {
    "last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1,
    "पिछले": -1, "पिछली": -1, "गत": -1, "इस": 0, "अगले": 1, "अगली": 1, "आगामी": 1,
}  # fmt: skip
_UNIT = {
    "week": "week", "month": "month", "year": "year", "हफ्ते": "week", "हफ़्ते": "week",
    "सप्ताह": "week", "महीने": "month", "माह": "month", "साल": "year", "वर्ष": "year", "बरस": "year",
}  # fmt: skip


def _check_periods(col: _Collector, region: Span, claim_text: str) -> None:
    """ "last month" rendered as "इस महीने": a relative period moved."""
    post = {
        _UNIT[m.group(2).casefold()]: m
        for m in _PERIOD_EN.finditer(col.post_text)
        if region.start <= m.start() < region.end
    }
    for m in _PERIOD_HI.finditer(claim_text):
        unit = _UNIT[m.group(2)]
        pm = post.get(unit)
        if pm is not None and _OFFSET[pm.group(1).casefold()] != _OFFSET[m.group(1)]:
            col.add(
                "date",
                f"The post says “{pm.group(0)}” but the rendering says “{m.group(0)}”.",
                Span(pm.start(), pm.end()),
                Span(m.start(), m.end()),
            )


def _negations(text: str, start: int, end: int, hindi: bool) -> list[re.Match[str]]:
    """The negations of ``text[start:end]`` that negate something: uses that negate
    nothing are dropped, and a "nor" / "न ही" continuing a negation of its sentence counts
    with it."""
    rx, skip = (_NEG_HI, _NOT_NEG_HI) if hindi else (_NEG_EN, _NOT_NEG_EN)
    idle = [m.span() for m in skip.finditer(text, start, end)]
    found = [
        m
        for m in rx.finditer(text, start, end)
        if not any(a <= m.start() < b or a < m.end() <= b for a, b in idle)
    ]
    out: list[re.Match[str]] = []
    for m in sorted(found, key=lambda x: x.start()):
        if out and _chained(text, m, out[-1], hindi):
            continue
        out.append(m)
    return out


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\s*(\S+)", text[pos : pos + 20])
    return m.group(1).strip(",") if m else ""


def _chained(text: str, m: re.Match[str], prev: re.Match[str], hindi: bool) -> bool:
    """``m`` continues the negation ``prev`` of the same sentence: "not …, nor …",
    "neither … nor …", "न तो … न …", "… नहीं, न ही …"."""
    if _SENTENCE_BREAK.search(text, prev.end(), m.start()):
        return False
    word = m.group(0).strip()
    if not hindi:
        return word.casefold() == "nor"
    if word not in ("न", "ना"):
        return False
    return _next_word(text, m.end()) == "ही" or _next_word(text, prev.end()) == "तो"


def _next_to(text: str, m: re.Match[str], rx: re.Pattern[str]) -> bool:
    """The word before or after the match is one ``rx`` finds."""
    before = text[max(0, m.start() - 24) : m.start()].split()
    after = text[m.end() : m.end() + 24].split()
    return any(rx.search(w) for w in before[-1:] + after[:1])


def _check_negation(col: _Collector, region: Span, claim_text: str) -> None:
    post_part = region.slice(col.post_text)
    post_negs = _negations(col.post_text, region.start, region.end, hindi=False)
    claim_negs = _negations(claim_text, 0, len(claim_text), hindi=True)
    claim_negs += list(_NEG_EN.finditer(claim_text))
    claim_negs.sort(key=lambda x: x.start())
    n_post, n_claim = len(post_negs), len(claim_negs)
    if n_post == n_claim or (n_post and n_claim and n_post % 2 == n_claim % 2):
        return
    # Languages negate differently: "poorly maintained" is "ठीक से मेनटेन नहीं", "without" is
    # "के बिना", "कम" can render "few". Words with a negative meaning absorb a negation on
    # the other side before a difference counts.
    post_lex = len(_NEG_LEX_EN.findall(post_part))
    claim_lex = len(_NEG_LEX_HI.findall(claim_text))
    # A negation of a negative word ("असफल नहीं", "नहीं असफल", "कम नहीं") is a second
    # negation: the post's "unsuccessful" cannot absorb it.
    doubled = sum(1 for m in claim_negs if _next_to(claim_text, m, _NEG_LEX_HI))
    doubled -= len(_LITOTES_EN.findall(post_part))  # "not unusual" = "असामान्य नहीं"
    if n_claim > n_post and doubled <= 0 and n_claim <= n_post + post_lex:
        return
    if n_post > n_claim and n_post <= n_claim + claim_lex:
        return
    if n_claim > n_post:
        m = claim_negs[0]
        more = f" (the post has {n_post}, the rendering {n_claim})" if n_post else ""
        col.add(
            "negation",
            f"The rendering negates (“{m.group(0).strip()}”) where the post does not{more}.",
            Span(post_negs[0].start(), post_negs[0].end()) if post_negs else None,
            Span(m.start(), m.end()),
        )
    else:
        m = post_negs[0]
        more = f" (the post has {n_post}, the rendering {n_claim})" if n_claim else ""
        col.add(
            "negation",
            f"The post says “{m.group(0)}” but the rendering drops the negation{more}.",
            Span(m.start(), m.end()),
            Span(claim_negs[0].start(), claim_negs[0].end()) if claim_negs else None,
        )


def _name_runs(
    claim: TextProfile, unmatched: set[int], name_matched: set[int]
) -> list[tuple[int, int]]:
    """Runs of unmatched tokens that read as a person, place or organisation name: two
    unknown words in a row, one next to a title (मंत्री, श्री, जी …) or next to a word that
    matched a name of the post (सारा [सिल्वा] for Sara Danius), or a known place or acronym
    of the gazetteer (पुर्तगाल, सीआईए)."""
    known = {
        j
        for j in unmatched
        if any(k.startswith(("G:", "A:")) for k in claim.keys[j]) and claim.weights[j] > 0
    }
    cands = sorted({j for j in claim.name_candidates if j in unmatched} | known)
    runs: list[tuple[int, int]] = []
    for j in cands:
        if runs and runs[-1][1] == j - 1:
            runs[-1] = (runs[-1][0], j)
        else:
            runs.append((j, j))
    out = []
    for a, b in runs:
        prev = claim.tokens[a - 1].text if a > 0 else ""
        nxt = claim.tokens[b + 1].text if b + 1 < len(claim.tokens) else ""
        if (
            b > a
            or prev in _TITLE_HI
            or nxt in ("जी", "साहब")
            or (a - 1) in name_matched
            or (b + 1) in name_matched
            or any(j in known for j in range(a, b + 1))
        ):
            out.append((a, b))
    return out


# Social-media shorthand in capitals is not an organisation's acronym.
_CHAT_ABBREVIATIONS = frozenset(
    "btw fyi imo imho omg lol rip tbh asap aka fyi smh idk irl dm rt ps pps nb".split()
)


def _strong_name(post: TextProfile, i: int) -> bool:
    """Names whose absence is telling: a handle, a known place/organisation, or part of a
    run of capitalised words (Sara Danius, Hugo de Zela). A lone capitalised word the
    lexicon does not know (Commonwealth, Declaration) may just be a gap in the lexicon."""
    tok = post.tokens[i]
    if len(tok.text.strip("@#.")) <= 2:
        return False  # an initial (Lyndon B. Johnson) or a short acronym
    if tok.text.startswith("@") or any(k.startswith("G:") for k in post.keys[i]):
        return True
    if tok.text.casefold() in _CHAT_ABBREVIATIONS:
        return False
    if tok.text.isupper() and tok.text.isalpha() and len(tok.text) >= 3:
        return True  # an organisation's acronym (FBI, ISRO, WHO)
    prev = post.names[i - 1] if i > 0 else False
    nxt = post.names[i + 1] if i + 1 < len(post.names) else False
    return bool(prev or nxt)


NAME_VARIANT = 75.0
"""Below ``NAME_MATCH`` but still plausibly the same name spelled another way."""
SWAP_VARIANT = 70.0
"""A word standing where a missing name was, this close to it, is the name respelled
(जॉर्ज ~ George, मिशेल ~ Mitchell, रजब ~ Recep), not a swap."""


# Indian news calls India "the country" (देश, देशभर, राष्ट्र): "throughout India" = "पूरे देश में".
_HOME_COUNTRY = frozenset({"india", "indian", "indians", "bharat"})
_THE_COUNTRY_HI = re.compile(r"देश|राष्ट्र|मुल्क")


def _phonetic(prof: TextProfile, i: int) -> str:
    return next((k[2:] for k in prof.keys[i] if k.startswith("P:")), "")


def _similar_somewhere(name: str, claim: TextProfile) -> bool:
    """Some Devanagari word of the claim could be this name, spelled differently, or
    spelled out (Cong = कांग्रेस, Govt = सरकार is lexical)."""
    if name.casefold() in _HOME_COUNTRY and _THE_COUNTRY_HI.search(claim.text):
        return True
    bare = name.lstrip("@#")
    short = profile(bare, "en")
    key = _phonetic(short, 0) if len(short.tokens) == 1 else ""
    if len(bare) >= 3 and len(key) >= 3 and bare[0].isupper():
        for j in range(len(claim.tokens)):
            other = _phonetic(claim, j)
            if len(other) > len(key) + 1 and other.startswith(key):
                return True  # an abbreviation: Cong(ress), Govt, Intl
    parts = split_handle(bare) if name.startswith("@") else (bare,)
    candidates = set(claim.name_candidates)
    for j, tok in enumerate(claim.tokens):
        # Any content word: a transliterated name can coincide with a lexicon form, but
        # then it must look like the name more closely.
        if claim.weights[j] == 0 or tok.text.isascii():
            continue
        bar = NAME_VARIANT if j in candidates else NAME_MATCH
        if any(name_similarity(tok.text, part) >= bar for part in parts if len(part) > 2):
            return True
    return False


def _wholly_missing(post: TextProfile, i: int, missing: set[int]) -> bool:
    """The name is gone entirely: a handle or place, or every word of a multiword name
    (Sara Danius) is missing — not one word of a title or list in Title Case."""
    tok = post.tokens[i].text
    if tok.startswith("@") or any(k.startswith("G:") for k in post.keys[i]):
        return True
    if tok.isupper() and tok.isalpha() and len(tok) >= 3:
        return True
    a = i
    while a > 0 and post.names[a - 1]:
        a -= 1
    b = i
    while b + 1 < len(post.names) and post.names[b + 1]:
        b += 1
    return b > a and all(k in missing for k in range(a, b + 1))


def _check_entities(col: _Collector, match: PairMatch, region: Span) -> None:
    post, claim = match.post, match.claim
    matched_p = match.matched_post()
    matched_c = match.matched_claim()
    missing = [
        i
        for i, is_name in enumerate(post.names)
        if is_name
        and i not in matched_p
        and _strong_name(post, i)
        and _in_region(Span(post.tokens[i].start, post.tokens[i].end), region)
        and not _is_reply_mention(post, i)
        and not _similar_somewhere(post.tokens[i].text, claim)
    ]
    if not missing:
        _check_added_places(col, match)
        return
    # Report the most telling name: a handle or a full name before an acronym (FM, PM).
    missing.sort(
        key=lambda i: (not post.tokens[i].text.startswith("@"), post.tokens[i].text.isupper())
    )
    first = post.tokens[missing[0]]
    name_matched = {j for _, j, kind in match.pairs if kind == "name"}
    # A person is swapped for a person: a place word (अमेरिकी, भारतीय) in place of a
    # first name is the post's "U.S."/"Indian" rendered, not a new name.
    person = not any(_is_place(post, i) for i in missing)
    runs = [
        (a, b)
        for a, b in _name_runs(claim, set(range(len(claim.tokens))) - matched_c, name_matched)
        # A run that could be the missing name spelled another way is not a swap.
        if not any(
            name_similarity(claim.tokens[k].text, post.tokens[i].text.lstrip("@")) >= SWAP_VARIANT
            for k in range(a, b + 1)
            for i in missing
        )
        and not _renders_other_name(post, claim, a, b, set(missing))
        and not (person and all(_is_place(claim, k) for k in range(a, b + 1)))
    ]
    if runs:
        a, b = runs[0]
        span = Span(claim.tokens[a].start, claim.tokens[b].end)
        col.add(
            "entity",
            f"The post names “{first.text}” but the rendering names “{span.slice(claim.text)}” instead.",
            Span(first.start, first.end),
            span,
        )
    elif (
        col.ctx.claim_kind == "quote"
        and not _ROLE_HI.search(claim.text)
        and _wholly_missing(post, missing[0], set(missing))
    ):
        col.add(
            "entity",
            f"The post names “{first.text}”, who is missing from the rendering.",
            Span(first.start, first.end),
            None,
        )


def _check_added_places(col: _Collector, match: PairMatch) -> None:
    """A known place or organisation of the rendering that the post never mentions, while
    a place the post names twice is rendered once ("Canada's capital … Canada's past" →
    "कनाडा की राजधानी … पाकिस्तान के अतीत"): the second mention was swapped."""
    post, claim = match.post, match.claim
    post_places = {k for keys in post.keys for k in keys if k.startswith("G:")}
    post_count = {k: sum(1 for keys in post.keys if k in keys) for k in post_places}
    claim_count = {k: sum(1 for keys in claim.keys if k in keys) for k in post_places}
    if not any(post_count[k] > claim_count[k] for k in post_places):
        return  # every place of the post is rendered as often as the post names it
    names = [t.text.lstrip("@#") for t in post.tokens if t.text[:1].isupper() or t.text[:1] in "@#"]
    for j in sorted(
        set(claim.name_candidates) | {j for j in range(len(claim.tokens)) if _is_place(claim, j)}
    ):
        keys = {k for k in claim.keys[j] if k.startswith("G:")}
        if not keys or keys & post_places or j in match.matched_claim():
            continue
        tok = claim.tokens[j]
        if any(name_similarity(tok.text, n) >= NAME_VARIANT for n in names if len(n) > 2):
            continue
        if _THE_COUNTRY_HI.search(tok.text) or tok.text in ("भारत", "भारतीय"):
            continue  # Indian news adds "India" where the post says "the country"
        col.add(
            "entity",
            f"The rendering names “{tok.text}”, which the post does not mention.",
            None,
            Span(tok.start, tok.end),
        )
        return


def _is_place(prof: TextProfile, i: int) -> bool:
    return any(k.startswith("G:") for k in prof.keys[i])


def _renders_other_name(
    post: TextProfile, claim: TextProfile, a: int, b: int, missing: set[int]
) -> bool:
    """The claim run spells another name of the post (आर.आर. = "RR"): not a replacement."""
    others = [
        t.text.lstrip("@#")
        for i, t in enumerate(post.tokens)
        if i not in missing and (post.names[i] or t.text[:1].isupper())
    ]
    return any(
        name_similarity(claim.tokens[k].text, o) >= NAME_MATCH
        for k in range(a, b + 1)
        for o in others
        if len(o) >= 2
    )


def _is_reply_mention(post: TextProfile, i: int) -> bool:
    """Leading @mentions of a reply, and tags at the end of a post (… @sachin_rt, … #G20
    @narendramodi), address or tag people; renderings drop them as a matter of course."""
    if not post.tokens[i].text.startswith("@"):
        return False
    tags = ("@", "#")
    leading = all(post.tokens[k].text.startswith(tags) for k in range(i + 1))
    trailing = all(post.tokens[k].text.startswith(tags) for k in range(i, len(post.tokens)))
    return leading or trailing


# Finer units for omission and addition: a clause after a comma + conjunction or relative
# pronoun ("…, and …", "…, which …", "…, लेकिन …", "…, जहाँ …") can be dropped or added alone.
_SUBCLAUSE_EN = re.compile(
    r",\s+(?=(?:and|but|while|whereas|which|who|whom|where|when|although|though|as|so|because|"
    r"including|with|after|before)\b)|;\s+|\s+(?=(?:but|whereas)\b)",
    re.IGNORECASE,
)
_SUBCLAUSE_HI = re.compile(
    r",\s*(?=(?:और|लेकिन|पर|मगर|जबकि|जो|जिस|जिसे|जिसमें|जिसके|जिन्होंने|जहाँ|जहां|जब|क्योंकि|ताकि|"
    r"साथ ही|इसके अलावा|हालांकि|हालाँकि))|;\s*|\s+(?=(?:लेकिन|जबकि|हालांकि|हालाँकि)\s)"
)


def _units(text: str, splitter: re.Pattern[str]) -> list[Span]:
    out: list[Span] = []
    for cl in _clauses(text):
        pos = cl.start
        for m in splitter.finditer(text, cl.start, cl.end):
            if text[pos : m.start()].strip():
                out.append(_strip(text, pos, m.start()))
            pos = m.end()
        if text[pos : cl.end].strip():
            out.append(_strip(text, pos, cl.end))
    return out


def _share(prof: TextProfile, span: Span, matched: frozenset[int]) -> tuple[float, int]:
    idx = [
        i
        for i, t in enumerate(prof.tokens)
        if span.start <= t.start < span.end and prof.weights[i] > 0
    ]
    total = sum(prof.weights[i] for i in idx)
    got = sum(prof.weights[i] for i in idx if i in matched)
    return (got / total if total else 1.0), len(idx)


def _check_coverage(
    col: _Collector, match: PairMatch, region: Span, shares: Sequence[tuple[Span, float]]
) -> None:
    del shares
    # Omission: a content unit inside what the rendering claims to cover has no counterpart
    # while the rest of it is well rendered.
    matched_p = match.matched_post()
    units = [u for u in _units(col.post_text, _SUBCLAUSE_EN) if _in_region(u, region)]
    scored = [(u, *_share(match.post, u, matched_p)) for u in units]
    for u, share, n in scored:
        others = [sh for v, sh, m in scored if v != u and m > 0]
        if n >= 3 and share < 0.15 and others and sum(others) / len(others) >= 0.4:
            col.add(
                "omission",
                f"The rendering leaves out this part of the post: “{u.slice(col.post_text)}”.",
                u,
                None,
            )
    # Addition: a unit of the rendering with several content words and (almost) nothing the
    # post says, while the rest of the rendering follows the post.
    matched_c = match.matched_claim()
    units = _units(match.claim.text, _SUBCLAUSE_HI)
    scored = [(u, *_share(match.claim, u, matched_c)) for u in units]
    for u, share, n in scored:
        others = [sh for v, sh, m in scored if v != u and m > 0]
        lone = not others and share == 0.0 and n >= 5
        if (n >= 4 and share < 0.15 and others and sum(others) / len(others) >= 0.4) or lone:
            col.add(
                "addition",
                f"The rendering adds “{u.slice(match.claim.text)}”, which has no counterpart in the post.",
                None,
                u,
            )


def _optative(text: str, m: re.Match[str]) -> bool:
    """ "May God bless you": a wish at the start of a sentence, not a hedge."""
    if m.group(0).casefold() != "may":
        return False
    before = text[: m.start()].rstrip()
    return not before or before[-1] in ".!?\n"


_QUANT_EN = {
    "some": 1, "a few": 1, "several": 2, "many": 2, "numerous": 2, "most": 3, "majority": 3,
    "all": 4, "every": 4, "each": 4, "entire": 4, "whole": 4,
}  # fmt: skip
_QUANT_EN_RX = re.compile(
    r"\b(" + "|".join(sorted(_QUANT_EN, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_QUANT_HI = {
    "कुछ": 1, "कई": 2, "अनेक": 2, "बहुत से": 2, "बहुत सारे": 2, "अधिकांश": 3, "ज्यादातर": 3,
    "ज़्यादातर": 3, "अधिकतर": 3, "बहुसंख्यक": 3, "सभी": 4, "सब": 4, "हर": 4, "प्रत्येक": 4,
    "तमाम": 4, "पूरे": 4, "पूरी": 4, "समस्त": 4,
}  # fmt: skip
_QUANT_HI_RX = re.compile(_B + "(" + "|".join(sorted(_QUANT_HI, key=len, reverse=True)) + ")" + _E)
_INTENS_EN = re.compile(
    r"\b(?:very|extremely|highly|deeply|greatly|quite|so|too|much|really|completely|fully|"
    r"totally|absolutely|strongly|seriously|severely|most|best|worst|"
    # evaluative words that Hindi renders with बहुत ("Great to see" = "बहुत अच्छा लगा")
    r"great|wonderful|amazing|huge|tremendous|terrific|fantastic|excellent|delighted|thrilled|"
    r"glad|lovely|warm\w*|heartiest|special|big|massive|major|significant|incredible|"
    r"remarkable|enormous|vast|large|heavy|serious|severe|sharp\w*|rapid\w*|lot|lots|plenty|"
    # quantities Hindi also says with बहुत / पूरी तरह
    r"many|more|numerous|several|dozens|hundreds|thousands|millions|entirely|wholly|all|whole|"
    r"every|fully|widely|far|long|high\w*|strong\w*)\b",
    re.IGNORECASE,
)
_INTENS_HI = re.compile(
    _B + r"(?:बहुत|बेहद|अत्यंत|अत्यधिक|बेहद|बिल्कुल|बिलकुल|पूरी तरह|गंभीर रूप से|जबरदस्त|ज़बरदस्त)" + _E
)


def _check_quantifiers(col: _Collector, region: Span, claim_text: str) -> None:
    """ "many" rendered "सभी", "most" rendered "सभी": a claim made about more than the post."""
    post_q = [
        (m, _QUANT_EN[m.group(1).casefold()])
        for m in _QUANT_EN_RX.finditer(col.post_text)
        if region.start <= m.start() < region.end
        # "the most vulnerable" is a superlative, not "most (people)"
        and not re.search(r"\b(?:the|a)\s+$", col.post_text[max(0, m.start() - 5) : m.start()])
    ]
    if not post_q:
        return
    top = max(q for _, q in post_q)
    for m in _QUANT_HI_RX.finditer(claim_text):
        if _QUANT_HI[m.group(1)] > top:
            pm = max(post_q, key=lambda mq: mq[1])[0]
            col.add(
                "intensity",
                f"The post says “{pm.group(0)}” but the rendering says “{m.group(0)}”: "
                "the claim now covers more.",
                Span(pm.start(), pm.end()),
                Span(m.start(), m.end()),
            )
            return


def _check_intensifiers(col: _Collector, region: Span, claim_text: str) -> None:
    """The rendering adds "बहुत"/"बेहद" where the post has no intensifier at all."""
    del region  # any strong word in the post licenses "बहुत" (a summary may move it)
    if _INTENS_EN.search(col.post_text):
        return
    m = _INTENS_HI.search(claim_text)
    if m:
        col.add(
            "intensity",
            f"The rendering strengthens the statement with “{m.group(0)}”, which the post does not have.",
            None,
            Span(m.start(), m.end()),
        )


def _check_intensity(col: _Collector, region: Span, claim_text: str) -> None:
    _check_quantifiers(col, region, claim_text)
    _check_intensifiers(col, region, claim_text)
    post_part = region.slice(col.post_text)
    hedge = next((m for m in _HEDGE_EN.finditer(post_part) if not _optative(post_part, m)), None)
    if hedge and not _HEDGE_HI.search(claim_text):
        word = hedge.group(0)
        if word.casefold() in ("one of", "among"):
            # "one of the most inspiring" rendered "सबसे प्रेरित": the superlative now stands alone.
            strong = None if "में से" in claim_text else _SUPERLATIVE_HI.search(claim_text)
        else:
            strong = _STRONG_HI.search(claim_text)
        if strong or word.casefold() in ("at least", "at most"):
            col.add(
                "intensity",
                f"The post hedges with “{word}”, but the rendering states it without the hedge"
                + (f" (“{strong.group(0)}”)." if strong else "."),
                Span(region.start + hedge.start(), region.start + hedge.end()),
                Span(strong.start(), strong.end()) if strong else None,
            )
    if _QUESTION_END.search(post_part) and not re.search(
        r"[?؟]|क्या|कौन|किसने|कब|कहां|क्यों|कैसे", claim_text
    ):
        col.add(
            "intensity",
            "The post asks a question; the rendering turns it into a statement.",
            region,
            None,
        )


def _check_attribution(col: _Collector) -> None:
    speaker = col.ctx.speaker
    if not speaker or not (col.ctx.author_name or col.ctx.handle):
        return
    words = [w for w in speaker.split() if w not in _TITLE_HI and w not in _PRONOUN_SPEAKERS]
    from verifier.lexicon import load_lexicon

    lex = load_lexicon()
    name_words = [w for w in words if not lex.knows_hindi(w) and len(w) > 1]
    if not name_words:
        return
    fake = Post(key=PostKey("x"), text="", author_name=col.ctx.author_name, handle=col.ctx.handle)
    if speaker_matches(" ".join(name_words), fake):
        return
    author = col.ctx.author_name or "@" + (col.ctx.handle or "")
    col.add(
        "attribution",
        f"The article attributes these words to “{speaker}”, but the post is by {author}.",
        None,
        None,
    )


# --- entry points ----------------------------------------------------------------------


LEXICAL_LANGUAGES = ("hi",)
"""Rendering languages with a lexicon: the word-level checks run only for these."""


def _in_brackets(text: str, span: Span) -> bool:
    before = text[: span.start]
    return before.count("(") > before.count(")") and ")" in text[span.end :]


def judge(
    post_text: str,
    claim_text: str,
    *,
    post_lang: str | None = None,
    claim_lang: str | None = None,
    context: Context | None = None,
    severities: Mapping[str, Severity] = DEFAULT_SEVERITIES,
) -> Judgement:
    """Judge one rendering against its source text."""
    ctx = context or Context()
    post_lang = post_lang or detect_language(post_text)
    claim_lang = claim_lang or detect_language(claim_text)
    if post_lang == "und":
        post_lang = "en"
    col = _Collector(ctx, post_text, claim_text, severities)
    if post_lang == claim_lang:
        score = same_language_score(post_text, claim_text)
        region = Span(0, len(post_text))
        match = None
    else:
        match = match_profiles(profile(post_text, post_lang), profile(claim_text, claim_lang))
        score = match.score
        clauses = _clauses(post_text) or [Span(0, len(post_text))]
        # A rendering of part of a post is judged against that part (what it covers, from
        # the first to the last clause it renders); a clause left out inside it is omission.
        region, shares = _rendered_region(match, clauses)
        if len(clauses) > 1 and len(_clauses(claim_text)) >= len(clauses):
            # As many sentences as the post: a whole rendering, sentence for sentence (a
            # sentence whose meaning changed can look unrendered by its words alone).
            region = Span(clauses[0].start, clauses[-1].end)
    all_post_nums = find_numbers(post_text, post_lang)
    post_nums = [n for n in all_post_nums if _in_region(n.span, region)]
    claim_nums = find_numbers(claim_text, claim_lang)
    all_post_dates = find_dates(post_text, post_lang, ctx.post_date)
    # Dates of the rendered part, or of the whole post when that part has none (a changed
    # year can be what made its clause look unrendered).
    post_dates = [d for d in all_post_dates if _in_region(d.span, region)] or all_post_dates
    claim_dates = find_dates(claim_text, claim_lang, ctx.post_date)
    post_nums = [n for n in post_nums if not any(d.span.overlaps(n.span) for d in post_dates)]
    claim_nums = [n for n in claim_nums if not any(d.span.overlaps(n.span) for d in claim_dates)]
    _check_numbers(col, post_nums, claim_nums, all_post_nums)
    _check_dates(col, post_dates, claim_dates)
    lexical = claim_lang in LEXICAL_LANGUAGES and post_lang in ("en", *LEXICAL_LANGUAGES)
    if lexical:
        # Negation, names, coverage and hedges need the language's words; for other
        # languages only script-independent anchors (digits, dates) are judged.
        _check_periods(col, region, claim_text)
        _check_negation(col, region, claim_text)
        if match is not None:
            _check_entities(col, match, region)
            _check_coverage(col, match, region, shares)
        _check_intensity(col, region, claim_text)
        _check_attribution(col)
    findings = tuple(col.findings)
    return Judgement(
        verdict=verdict_for(findings),
        score=round(score, 4),
        findings=findings,
        anchors=match.anchors() if match else (),
    )


def judge_pair(
    post: Post,
    claim: Claim,
    alignment: Alignment,
    severities: Mapping[str, Severity] = DEFAULT_SEVERITIES,
) -> Pair:
    """Judge an aligned pair from an article."""
    ctx = Context(
        post_id=post.post_id or post.url or "",
        post_date=post.posted_at,
        author_name=post.author_name,
        handle=post.handle,
        speaker=claim.speaker,
        claim_kind=claim.kind,
    )
    j = judge(
        post.text,
        claim.text,
        post_lang=post.lang if post.lang != "und" else None,
        claim_lang=claim.lang,
        context=ctx,
        severities=severities,
    )
    return Pair(
        post=PostKey(post.key),
        claim=ClaimKey(claim.key),
        score=alignment.score,
        verdict=j.verdict,
        findings=j.findings,
        anchors=alignment.anchors or j.anchors,
    )


__all__ = ["Context", "Judgement", "fingerprint", "judge", "judge_pair", "anchors"]
