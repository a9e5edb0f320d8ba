"""Negation drift: the rendering adds or drops a negation, or moves it to another clause.

Negations are counted on both sides after removing uses that negate nothing ("not only",
"whether or not", tag questions, "किसी न किसी", "नहीं तो") and folding "neither … nor" /
"न तो … न" chains into one. Languages negate differently ("poorly" = "ठीक से नहीं",
"without" = "के बिना", "refused" = "इनकार किया"), so a word with a negative meaning that the
other side does not match with a word of its own stands for a negation; a negated
negative word ("समय की हानि नहीं" = worth the time, "not uncommon") is a double negation
and says something positive. A word of negative meaning counts by what it renders: one
that renders a plain word of the other side ("sanctions" = प्रतिबंध) explains no negation,
and a Hindi word with a negative prefix on the base of a word the post negates ("not
clear" = अस्पष्ट) is that negation. Only an unexplained difference is drift. When both sides
split into the same clauses (sentences; "but" / "लेकिन" …), the clauses are compared
one by one: the post negating clause A and the rendering clause B is drift too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from verifier.drift.collect import Collector
from verifier.drift.negation_scope import stray_negation
from verifier.drift.polarity import (
    antonym_negations,
    find_flip,
    plain_renderings,
    prefix_negations,
)
from verifier.lang.chars import CLAUSE_ENDS, DEVA_B, DEVA_E
from verifier.lang.funcwords import load_function_words
from verifier.lang.words import (
    LITOTES_EN,
    LITOTES_HI,
    NEG_COND_EN,
    NEG_COND_HI,
    NEG_LEX_EN,
    NEG_LEX_HI,
)
from verifier.model import Span

_NEG_EN = re.compile(
    r"\b(?:not|no(?!\.?\s*\d)|never|without|nor|neither|none|nobody|nothing|nowhere|cannot|"
    r"no\s+one)\b|n['’]t\b",
    re.IGNORECASE,
)
# "rather than", "instead of" set one thing aside for another, as "की बजाय", "की जगह" do:
# words of negative meaning, which a negation of the other side may stand for ("rather
# than praise" = "प्रशंसा नहीं"), not negations that the other side must repeat.
_INSTEAD_EN = re.compile(r"\b(?:rather\s+than|instead\s+of)\b", re.IGNORECASE)


def _particles_hi() -> str:
    """The one-word Hindi negators of the function-word table's negation rows (नहीं, न, ना,
    बिना …), as an alternation. Words that carry a negative meaning of their own (रहित,
    counted by ``NEG_LEX_HI``) and the prohibitive मत (a noun too: its grammar is below)
    are left out."""
    forms = load_function_words().forms("negation", "hi")
    words = [f for f in forms if " " not in f and f != "मत" and not NEG_LEX_HI.fullmatch(f)]
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=1)
def _neg_hi() -> re.Pattern[str]:
    """The Hindi negation pattern (built on first use: the table is read lazily)."""
    return re.compile(
        r"(?:^|(?<=[\s,।.!?'\"‘’“”(]))(?:" + _particles_hi() + r")"
        r"(?=$|[\s,।.!?'\"‘’“”)])"
        r"(?<!\sया नहीं)"  # "… या नहीं" = "whether or not"
        r"|(?<=\S\S)नहीं(?=$|[\s,।.!?])"
        # the prohibitive मत ("मत करो", "डरो मत"), not the noun मत (vote, opinion: "उनका मत",
        # "मत डालना", "मत प्रतिशत")
        r"|" + DEVA_B + "मत" + DEVA_E + r"(?!\s+(?:डाल|दे|दि))"
        r"(?=\s+\S*(?:ो|ें|ें|िए|िये|िएगा|ना|ाओ|ाएं|ाएँ|ाइए)" + DEVA_E + ")"
        r"|(?<=[ोें] )मत" + DEVA_E
    )


# Uses of a negative word that negate nothing. English: "not only/just" (= also), "not
# long after" (= soon after), "whether or not" / "do or not do", tag questions ("does
# it?", "isn't it?"), "without any trouble/delay" (= easily, promptly). Hindi: "न
# सिर्फ/केवल … बल्कि/लेकिन/भी" (not only … but), "… या नहीं" (whether or not), tag
# questions ("है ना?", "है कि नहीं?"), "क्यों न" (why not / "भले ही … क्यों न हो" = even
# if), reduplication idioms ("किसी न किसी" = some or other, "कभी न कभी"), "नहीं तो"
# (otherwise), "बिना किसी परेशानी के" (without trouble = easily).
_EASE_EN = r"trouble|difficulty|problems?|hassle|hesitation|delay|fail|fuss|hiccups?"
_EASE_HI = r"परेशानी|दिक्कत|दिक़्क़त|कठिनाई|मुश्किल|रुकावट|बाधा|झिझक|हिचक\S*|संकोच|देरी|देर|विलंब|चूके|नागा"
_NOT_NEG_EN = re.compile(
    r"\bnot\s+(?:only|just|merely|simply)\b(?=[^.;!?]*\b(?:but|also|as well)\b)|"
    r"\bnot\s+long\s+(?:after|before|ago)\b|"
    r"\bor\s+not\b|\b(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)"
    r"n['’]t\s+(?:it|he|she|they|you|we|there|i)\s*\?|"
    rf"\bwithout\s+(?:any\s+|much\s+)?(?:{_EASE_EN})\b|"
    # idioms of a negative form with a positive meaning: "can't wait" (eager), "could not
    # be prouder" (very proud), "make no mistake", "no doubt", "no wonder"
    r"\bcan(?:no|['’]|\s+no)t\s+wait\b|\bcould(?:n['’]t|\s+not)\s+be\s+(?:\w+er|more)\b|"
    r"\bmake\s+no\s+mistake\b|\bno\s+doubt\b|\bno\s+wonder\b|"
    r"\bcan(?:no|['’]|\s+no)t\s+thank\b.{0,30}?\benough\b",
    re.IGNORECASE,
)
_IDIOM_EN = re.compile(
    r"\bcan(?:no|['’]|\s+no)t\s+wait\b|\bcould(?:n['’]t|\s+not)\s+be\s+(?:\w+er|more)\b|"
    r"\bmake\s+no\s+mistake\b|\bno\s+doubt\b|\bno\s+wonder\b|"
    r"\bcan(?:no|['’]|\s+no)t\s+thank\b.{0,30}?\benough\b",
    re.IGNORECASE,
)
"""The idioms of ``_NOT_NEG_EN`` that a rendering may keep word for word."""
_NOT_NEG_HI = re.compile(
    r"(?:^|(?<=\s))(?:न|ना)\s+(?:सिर्फ|सिर्फ़|केवल|महज|मात्र)"
    r"(?=[^।.;!?]*(?:बल्कि|भी|लेकिन|परंतु|परन्तु|किंतु|किन्तु|मगर|अपितु|वरन))|"
    r"\sया\s+(?:नहीं|ना|न)(?=$|[\s,।.!?])|"
    r"(?:(?:है|हैं)\s+(?:कि\s+)?(?:नहीं|ना|न)(?=\s*(?:[?।.!]|$))|(?<!\S)(?:ना|न)\s*\?)|क्यों\s+(?:न|ना)(?=$|[\s,।.!?])|"
    r"(?<!\S)(\S+)\s+न\s+\1(?!\S)|"
    r"(?:सिर्फ|सिर्फ़|केवल|महज|मात्र)\s+(?:\S+\s+){0,4}?नहीं(?=[\s,]+बल्कि)|"
    r"(?<!\S)नहीं\s+तो(?!\S)|"
    rf"(?<!\S)(?:बिना|बगैर|बग़ैर)\s+(?:किसी\s+)?(?:{_EASE_HI})(?!\S)|"
    # "बिना थके" (tirelessly), "बिना रुके" (non-stop): without tiring is no negation
    r"(?<!\S)(?:बिना|बगैर|बग़ैर)\s+(?:थके|रुके|थमे|डरे|झुके)(?!\S)"
)


_SENTENCE_BREAK = re.compile(f"[{CLAUSE_ENDS}]")
# Where a sentence or a contrast splits a text into clauses that translations keep in order.
_CLAUSE_EN = re.compile(
    r"[!?]+|(?<![A-Z])[.;](?=\s|$)|[,\s]\s*+\b(?:but|however|whereas|yet)\b", re.IGNORECASE
)
_CLAUSE_HI = re.compile(
    r"[।!?;]|(?<![A-Za-z\d])\.(?=\s|$)|[,\s]\s*(?:लेकिन|परंतु|परन्तु|किंतु|किन्तु|मगर|जबकि)(?=\s)"
)


def _negations(text: str, start: int, end: int, hindi: bool) -> list[re.Match[str]]:
    """The negations of ``text[start:end]`` that negate something: uses that negate
    nothing are dropped, and a "nor" / "न ही" continuing a negation of its sentence counts
    with it."""
    rx, skip = (_neg_hi(), _NOT_NEG_HI) if hindi else (_NEG_EN, _NOT_NEG_EN)
    idle = [m.span() for m in skip.finditer(text, start, end)]
    found = [
        m
        for m in rx.finditer(text, start, end)
        if not any(a <= m.start() < b or a < m.end() <= b for a, b in idle)
    ]
    if hindi:  # English words quoted in a Hindi rendering ("No entry")
        found += list(_NEG_EN.finditer(text, start, end))
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


def _next_to(text: str, m: re.Match[str], rx: re.Pattern[str], span: int = 1) -> bool:
    """A word up to ``span`` words before or after the match is one ``rx`` finds."""
    before = text[max(0, m.start() - 40) : m.start()].split()
    after = text[m.end() : m.end() + 40].split()
    return any(rx.search(w) for w in before[-span:] + after[:span])


@dataclass(frozen=True, slots=True)
class _Side:
    """Negative meaning in one text (or clause): negations, words with a negative meaning,
    and negations of such words (double negations)."""

    negs: tuple[re.Match[str], ...]
    lex: int
    lit: int  # negations next to a word with a negative meaning (असफल नहीं)
    lit_any: int  # … or next to a word whose negation is positive (हानि नहीं)


def _post_side(text: str, start: int, end: int, claim: str) -> _Side:
    negs = tuple(_negations(text, start, end, hindi=False))
    part = text[start:end]
    lex = len(NEG_LEX_EN.findall(part)) + len(_INSTEAD_EN.findall(part))
    # An idiom of negative form ("can't wait", "no doubt") rendered word for word ("इंतजार
    # नहीं कर सकते") keeps its negation in the rendering: that one says nothing new.
    lex += len(_IDIOM_EN.findall(part))
    # "before"/"until"/"unless" stand for a negation only where the rendering says them
    # with one ("जब तक वह नहीं आता").
    cond = sum(
        1
        for c in re.split(r"[,।!?;]|\.(?=\s|$)", claim)
        if NEG_COND_HI.search(c) and _negations(c, 0, len(c), hindi=True)
    )
    lex += min(cond, len(NEG_COND_EN.findall(part)))
    lit = sum(1 for m in negs if _next_to(text, m, NEG_LEX_EN, 2) and m.group(0) != "without")
    lit_any = lit + sum(1 for m in negs if _next_to(text, m, LITOTES_EN, 2))
    return _Side(negs, lex, min(lit, len(negs)), min(lit_any, len(negs)))


def _claim_side(text: str, start: int, end: int) -> _Side:
    negs = tuple(_negations(text, start, end, hindi=True))
    lex = len(_lex_spans(text, start, end, negs))
    lit = sum(1 for m in negs if _next_to(text, m, NEG_LEX_HI) and m.group(0) != "बिना")
    lit_any = sum(1 for m in negs if _next_to(text, m, NEG_LEX_HI) or _next_to(text, m, LITOTES_HI))
    return _Side(negs, lex, lit, lit_any)


def _lex_spans(text: str, start: int, end: int, negs: Sequence[re.Match[str]] = ()) -> list[Span]:
    """Hindi words of negative meaning in ``text[start:end]`` outside the negations
    ``negs`` (a negator may be one of those words too)."""
    return [
        Span(m.start(), m.end())
        for m in NEG_LEX_HI.finditer(text, start, end)
        if not any(n.start() <= m.start() < n.end() for n in negs)
    ]


def _explained(post: _Side, claim: _Side) -> bool:
    """The two sides negate alike, once words with a negative meaning are accounted for."""
    n_post, n_claim = len(post.negs), len(claim.negs)
    if n_post == n_claim or (n_post and n_claim and n_post % 2 == n_claim % 2):
        return True
    if n_claim > n_post:
        more, extra_lit, lex_left = n_claim - n_post, claim.lit - post.lit, post.lex - claim.lex
        # The post's negative word ("failed", "few") rendered with नहीं — but a negation of
        # a negative word ("असफल नहीं") is a second negation, not that word.
        if extra_lit <= 0 and lex_left >= more:
            return True
        # A double negation ("समय की हानि नहीं" for "worth it") says what the post says.
        return claim.lit_any - post.lit_any >= more and (claim.lex - claim.lit) >= (
            post.lex - post.lit
        )
    fewer, extra_lit, lex_left = n_post - n_claim, post.lit - claim.lit, claim.lex - post.lex
    if extra_lit <= 0 and lex_left >= fewer:
        return True
    return post.lit_any - claim.lit_any >= fewer and (post.lex - post.lit) >= (
        claim.lex - claim.lit
    )


def _by_meaning(
    text: str, region: Span, claim_text: str, post: _Side, claim: _Side, post_negs: list[Span]
) -> tuple[_Side, _Side]:
    """Words of negative meaning weighed by what they render: one that renders a plain word
    of the other side ("sanctions" → प्रतिबंधों) stands for no negation, and a Hindi word
    with a negative prefix on the base of a word the post negates ("not clear" → अस्पष्ट)
    stands for that negation."""
    post_lex = [
        Span(m.start(), m.end()) for m in NEG_LEX_EN.finditer(text, region.start, region.end)
    ]
    claim_lex = _lex_spans(claim_text, 0, len(claim_text), claim.negs)
    plain_post, plain_claim = plain_renderings(text, region, claim_text, post_lex, claim_lex)
    prefixed = prefix_negations(text, region, claim_text, post_negs, claim_lex)
    return (
        replace(post, lex=max(post.lit, post.lex - plain_post)),
        replace(claim, lex=max(claim.lit, claim.lex - plain_claim + prefixed)),
    )


def _clause_spans(
    text: str, rx: re.Pattern[str], start: int = 0, end: int | None = None
) -> list[str]:
    end = len(text) if end is None else end
    text = re.sub(r"https?://\S+", lambda m: " " * len(m.group(0)), text)  # links say nothing
    out, pos = [], start
    for m in rx.finditer(text, start, end):
        out.append(text[pos : m.start()])
        pos = m.start() if m.group(0).strip(" ,.!?;।") else m.end()
    out.append(text[pos:end])
    return [c for c in out if re.search(r"\w", c)]


def _moved(post_text: str, region: Span, claim_text: str) -> bool:
    """Both texts split into the same clauses in the same order, and a clause that the
    post negates is affirmed in the rendering while another gains a negation."""
    post_cl = _clause_spans(post_text, _CLAUSE_EN, region.start, region.end)
    claim_cl = _clause_spans(claim_text, _CLAUSE_HI)
    if len(post_cl) < 2 or len(post_cl) != len(claim_cl):
        return False
    gained = lost = False
    for p, c in zip(post_cl, claim_cl, strict=True):
        ps, cs = _post_side(p, 0, len(p), c), _claim_side(c, 0, len(c))
        if _explained(ps, cs):
            continue
        gained |= len(cs.negs) > len(ps.negs)
        lost |= len(cs.negs) < len(ps.negs)
    return gained and lost


_CORRECTION_HI = re.compile(r"(?:\s+(?:है|हैं|था|थी|थे))?[\s,]+बल्कि(?!\S)")
"""What follows the नहीं of "not X but Y" (X नहीं है बल्कि Y): it sets X right, as "more
than just" or "rather than" do."""


def _stray(
    text: str, region: Span, claim_text: str, claim_negs: Sequence[re.Match[str]]
) -> tuple[Span, Span] | None:
    """A negation the rendering adds that no negative word of the post stands for, by
    reach (``negation_scope``); negations of a negative word (कम नहीं), after a condition
    (जब तक … नहीं) and of a correction ("… नहीं है बल्कि …" = "more than just …") are left
    out."""
    negators, words = (
        [
            Span(m.start(), m.end())
            for rx in group
            for m in rx.finditer(text, region.start, region.end)
        ]
        for group in ((_NEG_EN, _INSTEAD_EN, NEG_COND_EN), (NEG_LEX_EN, LITOTES_EN))
    )
    plain = [
        Span(m.start(), m.end())
        for m in claim_negs
        if not _next_to(claim_text, m, NEG_LEX_HI)
        and not _next_to(claim_text, m, LITOTES_HI)
        and not NEG_COND_HI.search(claim_text, max(0, m.start() - 60), m.start())
        and not _CORRECTION_HI.match(claim_text, m.end())
    ]
    return stray_negation(text, region, claim_text, plain, negators, words)


_SENTENCE_END = re.compile(r"[.!?।]+(?=[\s\"'’”)]|$)")


def _sentences(text: str) -> int:
    return sum(1 for part in _SENTENCE_END.split(text) if re.search(r"\w", part))


def _sentence_for_sentence(post_text: str, region: Span, claim_text: str) -> bool:
    """The rendering gives as many sentences as the rendered part of the post has (two or
    more): it renders each, however loosely, and a negation of any of them counts."""
    n_post = _sentences(post_text[region.start : region.end])
    return n_post >= 2 and _sentences(claim_text) >= n_post


def check_negation(
    col: Collector,
    region: Span,
    claim_text: str,
    *,
    omitted: Sequence[Span] = (),
    rendered: Sequence[Span] | None = None,
) -> None:
    """``omitted``: clauses of the post the rendering leaves out; their negations are not
    compared (the omission is reported instead). ``rendered``: the clauses the rendering
    gives; a summary that passes over a clause passes over its negation too."""
    text = col.post_text
    for o in omitted:
        text = text[: o.start] + " " * (o.end - o.start) + text[o.end :]
    if rendered is not None and not _sentence_for_sentence(text, region, claim_text):
        keep = [" "] * len(text)
        for r in rendered:
            keep[r.start : r.end] = text[r.start : r.end]
        text = "".join(keep)
    post = _post_side(text, region.start, region.end, claim_text)
    claim = _claim_side(claim_text, 0, len(claim_text))
    post_negs, claim_negs = post.negs, claim.negs
    n_post, n_claim = len(post_negs), len(claim_negs)
    post_spans = [Span(m.start(), m.end()) for m in post_negs]
    claim_spans = [Span(m.start(), m.end()) for m in claim_negs]
    # "were missing" → "मौजूद नहीं थे": a negation on the opposite of the other side's word
    # says what that word says.
    post = replace(post, lex=post.lex + antonym_negations(
        text, region, claim_text, claim_spans, in_claim=True))  # fmt: skip
    claim = replace(claim, lex=claim.lex + antonym_negations(
        text, region, claim_text, post_spans, in_claim=False))  # fmt: skip
    post, claim = _by_meaning(text, region, claim_text, post, claim, post_spans)
    if _explained(post, claim):
        if n_post and n_claim and _moved(text, region, claim_text):
            col.add(
                "negation",
                f"The post negates “{post_negs[0].group(0)}” in one clause but the rendering "
                "negates another clause.",
                Span(post_negs[0].start(), post_negs[0].end()),
                Span(claim_negs[0].start(), claim_negs[0].end()),
            )
        elif (flip := find_flip(text, region, claim_text, post_spans, claim_spans)) is not None:
            col.add(
                "negation",
                f"The post says “{flip.post_word}” but the rendering says the opposite "
                f"(“{flip.claim_word}”).",
                flip.post,
                flip.claim,
            )
        elif n_claim > n_post and (stray := _stray(text, region, claim_text, claim_negs)):
            said, negated = stray
            col.add(
                "negation",
                f"The rendering negates (“{negated.slice(claim_text)}”) what the post says "
                f"plainly (“{said.slice(text)}”); no negative word of the post reaches it.",
                said,
                negated,
            )
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
