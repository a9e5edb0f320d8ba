"""Negation drift: the rendering adds or drops a negation.

Negations are counted on both sides after removing uses that negate nothing ("not only",
"whether or not", tag questions, "किसी न किसी") and folding "neither … nor" / "न तो … न"
chains into one. Languages negate differently ("poorly" = "ठीक से नहीं", "without" = "के
बिना"), so words with a negative meaning absorb a negation on the other side; only an
unexplained difference (or a change of parity) is drift.
"""

from __future__ import annotations

import re

from verifier.drift.collect import Collector
from verifier.model import Span

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


def check_negation(col: Collector, region: Span, claim_text: str) -> None:
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
