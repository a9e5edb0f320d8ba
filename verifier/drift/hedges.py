"""Hedges dropped or added: "may", "allegedly", "trying to" stated firmly, or a शायद /
कथित / काफी हद तक the post does not have. ("one of the largest" rendered "सबसे बड़ी" is
not reported: Hindi translators drop the partitive as a matter of style.)

A hedge of the post is kept when the rendering has a word that can carry one (सकता, शायद,
अक्सर, लगभग); when more hedges are dropped than kept, it is reported if the rendering
states something firmly that the post does not (the future tense, ज़रूर, सबसे) or if the
hedge was a report or a limit ("reportedly", "partly") or an attempt ("tried to"). The
strength bands are the classes of ``function_words.tsv``; the patterns here are grammar.
"""

from __future__ import annotations

import re
from collections import Counter

from verifier.drift.collect import Collector
from verifier.drift.intensity_tables import (
    ABSOLUTE,
    FIRM,
    LIKELY,
    SENTENCE_START,
    PostWord,
    Tables,
    consume,
    hi_key,
    rendered,
    renders,
)
from verifier.lang.chars import DEVA_E
from verifier.lang.funcwords import FunctionHit, load_function_words
from verifier.lang.stem import EN_WORD, HI_WORD
from verifier.model import Span

_ATTRIBUTION = 0.6
"""Hedge strength of "according to": naming a source, not doubting it."""

_HEARSAY = 0.4
"""Hedges up to here ("alleged", "reportedly", "partly") turn a report into a fact when
dropped, whatever the rest of the rendering says."""

_FINITE_BEFORE = frozenset(
    """i we you they he she it am is are was were be been will would shall should can could
    may might must""".split()
)

_CONATIVE = frozenset({"try to", "attempt to"})
"""An attempt rendered as the deed ("trying to stop" → "रोक रही") needs no firm word."""

# Structural patterns, not vocabulary. Word edges in Devanagari: no letter or sign
# after (the danda is punctuation).
_E = DEVA_E

# The English future besides "will": "I'll", "won't", "going to".
_FUTURE_EN = re.compile(r"\w'll\b|\bwon't\b|\bgoing to\b", re.IGNORECASE)

# The Hindi presumptive: a perfective or progressive participle with होगा ("टूट गए होंगे",
# "लीक हो रहे होंगे", "पहुँचाया होगा") conjectures ("must have broken"); it is not the
# future tense. (-ा alone is left out: अच्छा होगा is "will be good".)
_PRESUMPTIVE_HI = re.compile(
    # (?<!\S): tried at word starts only, so a long run without spaces is read once
    r"(?<!\S)(?:गया|गए|गई|गयी|गये|हुआ|हुए|हुई|रहा|रहे|रही|चुका|चुके|चुकी|लिया|दिया|किया|लिए|दिए|किए|"
    r"\S+ाया|\S+ाये|\S+ायी|\S+ाए)\s+हो(?:गा|गी|ंगे|ंगी)" + _E
)

# Obligation: an infinitive with पड़ना ("करना पड़ता है", "जाना पड़ा"); पड़ना alone is
# "fall", "be felt" (असर पड़ता है). Tried at word starts only: a long run without spaces
# is read once.
_OBLIGATION_HI = re.compile(r"(?<!\S)\S+(?:ना|नी|ने)\s+पड़(?:ता|ती|ते|ा|ी|े|ेगा|ेगी|ेंगे)" + _E)


def _is_hedge(p: PostWord, t: Tables) -> bool:
    """A post word that leaves the statement open: "may", "allegedly", "often", "some", or
    a bound next to a figure ("about 200"); "according to" names a source instead."""
    s = p.strength
    if p.category == "bound":
        # prepositions and phrases bound a figure; "nearly", "almost" hedge anything
        return p.by_number or t.pos.get(("bound", p.key)) == "adv"
    return {
        "modal": 0 < s <= LIKELY,
        "hedge": s < _ATTRIBUTION and not p.verb,
        "frequency": 0 < s <= LIKELY,
        "quantifier": 0 < s <= 0.4,
    }.get(p.category, False)


def _renders_hedge(h: FunctionHit, t: Tables) -> bool:
    """A Hindi word that can carry a hedge in one of its senses: सकता, शायद, कथित, अक्सर,
    कुछ, अधिकांश, लगभग, कुछ हद तक."""
    lo = t.spread.get((h.category, hi_key(h.text)), (h.strength, h.strength))[0]
    return {
        "modal": 0 < lo <= LIKELY,
        "hedge": lo < _ATTRIBUTION,
        "frequency": 0 < lo < ABSOLUTE,
        "quantifier": 0 < lo <= 0.4 or 0.8 <= lo < 1,  # "some"; "most", "almost all"
        "bound": True,
        "intensifier": lo <= 0.35,
    }.get(h.category, False)


def _firm(category: str, strength: float) -> bool:
    """States a thing firmly: the future tense, "must", "certainly"; all, always, fully."""
    if category == "modal":
        return strength >= FIRM or strength == 0  # "impossible" is certain too
    if category == "quantifier":
        return strength >= 1
    return category in ("frequency", "intensifier") and strength >= ABSOLUTE


def check_dropped_hedge(
    col: Collector, t: Tables, post: list[PostWord], post_part: str, claim: list[FunctionHit]
) -> None:
    """More hedges in the post than the rendering keeps, and the rendering states something
    firmly that the post does not ("may" rendered with the future tense), or drops a report
    or a limit ("allegedly", "partly") or an attempt ("trying to") outright."""
    hedges = [p for p in post if _is_hedge(p, t) and not _wish_or_month(col, p)]
    kept: dict[tuple[int, int], int] = {}  # one per place: कुछ is "some" and "somewhat"
    for i, h in enumerate(claim):
        if _renders_hedge(h, t):
            kept.setdefault((h.start, h.end), i)
    usable = set(kept.values())
    left = consume(t, hedges, claim, usable)
    # what is left of the rendering's modals, hedges, frequency and bounds renders any hedge;
    # its "some", "somewhat" only their own
    # its "some", "somewhat" only their own; a word that translates a content word of the
    # post (संदेह for "they suspect", कहा जाता है for "are said to") hedges nothing more
    generic = sum(
        claim[i].category not in ("quantifier", "intensifier")
        and not renders(col, Span(claim[i].start, claim[i].end))
        for i in usable
    )
    generic += len(_PRESUMPTIVE_HI.findall(col.claim_text))
    if len(left) <= generic:
        return
    hedge = left[generic]
    strong = _unexplained_firm(col, t, post, left, post_part, claim, set(kept))
    outright = hedge.category == "hedge" and hedge.strength <= _HEARSAY
    # "probably", "perhaps", "likely": the speaker's own doubt; without it the rendering
    # states as fact what the post only thinks likely
    outright = outright or _epistemic(hedge, t)
    outright = outright or (hedge.key in _CONATIVE and _finite(col, hedge))
    said = any(f.post_span and f.post_span.overlaps(hedge.span) for f in col.findings)
    if (strong or outright) and not said:
        # (not when the number check already reported this qualifier of a figure)
        col.add(
            "intensity",
            f"The post hedges with “{hedge.text}”, but the rendering states it without the hedge"
            + (f" (“{strong.text}”)." if strong else "."),
            hedge.span,
            Span(strong.start, strong.end) if strong else None,
        )


# Where a modal's reach ends in the post: a sentence or clause end, or a conjunction that
# opens a clause with a verb of its own.
_SCOPE_END = re.compile(
    r"[.;:!?]|\b(?:but|because|while|when|whereas|although|though|if|unless|so)\b",
    re.IGNORECASE,
)

_PHRASE_WORDS = 3
"""Words before a firm verb form of the rendering that belong to its verb phrase."""


def check_hedged_verb(
    col: Collector, t: Tables, post: list[PostWord], claim: list[FunctionHit]
) -> None:
    """A verb the post hedges ("can be twisted", "may have a tricky situation") rendered in
    the future tense or with a firm modal ("गूंथा जाएगा", "स्थिति होगी"): the rendering's verb
    phrase translates words of the post whose nearest modal, in the same clause, is a hedge.
    Read word by word, so a post with several "can"s and a rendering that keeps all but one
    is still caught."""
    if any(f.kind == "intensity" for f in col.findings):
        return
    modals = [p for p in post if p.category == "modal"]
    matches = rendered(col.post_text, col.claim_text)
    for h in claim:
        if not _FUTURE_FORM.search(h.text) or h.text.startswith("सक"):
            continue  # the future tense (गूंथा जाएगा, स्थिति होगी, दिन लगेंगे); सकेगा keeps it
        if _PRESUMPTIVE_HI.search(col.claim_text[max(0, h.start - 12) : h.end + 1]):
            continue
        lo = _phrase_start(col.claim_text, h.start)
        clause = _clause_start(col.claim_text, h.start)
        if any(
            k.category in ("modal", "hedge")
            and _renders_hedge(k, t)
            and not renders(col, Span(k.start, k.end))
            for k in claim
            if clause <= k.start < h.start
        ):
            continue  # "शायद … बेहतर होगी"; not मुश्किल for "tricky"
        for en, hi in matches:
            if not (lo <= hi[0] < h.end) or _of_doubt(col.post_text[en[0] : en[1]]):
                continue  # "you may think" → "आपको लगेगा": the thought leaves it open still
            p = _governing_modal(col.post_text, modals, en[0])
            if p is not None and _is_hedge(p, t) and not _wish_or_month(col, p):
                col.add(
                    "intensity",
                    f"The post hedges with “{p.text}”, but the rendering states it without the"
                    f" hedge (“{h.text}”).",
                    p.span,
                    Span(h.start, h.end),
                )
                return


# The Hindi future: a subjunctive ending and -गा ("जाएगा", "लगेंगे", "होंगी", "करूंगा"), not
# a past form that ends alike ("लगा", "भागा").
_FUTURE_FORM = re.compile(
    "(?:\u0947|\u0947\u0902|\u0942\u0902|\u0942\u0901|\u090f|\u090f\u0902|\u094b\u0902)"
    "(?:गा|गी|गे)$|^होग[ाी]$"
)

_CLAUSE_OPEN = re.compile(r"[,;:।.!?]|(?<!\S)(?:कि|लेकिन|मगर|पर|क्योंकि|तो)(?!\S)")


def _clause_start(text: str, end: int) -> int:
    """Where the rendering's clause that ``end`` lies in starts."""
    starts = [m.end() for m in _CLAUSE_OPEN.finditer(text, 0, end)]
    return starts[-1] if starts else 0


def _of_doubt(english: str) -> bool:
    """A word of doubt of the table (think, suggest, seem)."""
    return any(h.category == "doubt" for h in load_function_words().find(english, "en"))


def _phrase_start(text: str, end: int) -> int:
    """Where the verb phrase that ends at ``end`` starts: up to ``_PHRASE_WORDS`` words
    back ("मोड़ा और गूंथा जाएगा": verbs joined by और share it), not past a comma, a danda
    or a conjunction of clauses."""
    start = end
    for m in reversed(list(re.finditer(r"\S+", text[max(0, end - 80) : end]))):
        word = m.group(0)
        if word[-1:] in ",;:।." or word in ("कि", "लेकिन", "तो"):
            break
        start = max(0, end - 80) + m.start()
        if (end - start) and len(text[start:end].split()) >= _PHRASE_WORDS:
            break
    return start


def _governing_modal(post_text: str, modals: list[PostWord], at: int) -> PostWord | None:
    """The modal that governs the post word at ``at``: the nearest before it with no end of
    its clause between ("can look at …, visit …, or admire" → can)."""
    before = [p for p in modals if p.span.end <= at]
    if not before:
        return None
    p = max(before, key=lambda p: p.span.start)
    firm_before = [
        q
        for q in modals
        if q.strength >= FIRM
        and q.span.end <= p.span.start
        and len(post_text[q.span.end : p.span.start].split()) <= 2
    ]
    if firm_before:
        return None  # "will be able to", "will probably": a firm statement, hedged or not
    return None if _SCOPE_END.search(post_text, p.span.end, at) else p


def _unexplained_firm(
    col: Collector,
    t: Tables,
    post: list[PostWord],
    hedges: list[PostWord],
    post_part: str,
    claim: list[FunctionHit],
    kept: set[tuple[int, int]],
) -> FunctionHit | None:
    """The rendering's first firm word that no firm word of the post accounts for. The
    post's firm words explain as many of the rendering's (the future tense: any number);
    "will probably" is a firm word hedged, unless the rendering keeps the hedge ("nearly
    all" → "करीब-करीब सारे"): ``hedges`` are the ones it drops."""
    firm = Counter(p.category for p in post if _firm(p.category, p.strength)
                   and not any(_next_to(p.span, h.span) for h in hedges))  # fmt: skip
    if _FUTURE_EN.search(post_part):
        firm["modal"] += 1
    must = load_function_words()["modal"].en["have to"]
    obliged = [FunctionHit("modal", must, m.start(), m.end(), m.group(0))
               for m in _OBLIGATION_HI.finditer(col.claim_text)]  # fmt: skip
    for h in claim + obliged:
        key = (h.category, hi_key(h.text))
        if not _firm(h.category, t.spread.get(key, (h.strength,))[0]):
            continue
        if (h.start, h.end) in kept or key in t.whole:
            continue
        # "required" → आवश्यकता: a table word that renders a content word of the post (a
        # verb's future tense is firm whatever verb it renders)
        if key in t.spread and renders(col, Span(h.start, h.end)):
            continue
        if firm[h.category] > 0:
            firm[h.category] -= h.category != "modal"
            continue
        return h
    return None


def check_dropped_approximator(
    col: Collector, t: Tables, post: list[PostWord], claim: list[FunctionHit]
) -> None:
    """ "nearly uninhabited", "almost anything", "roughly the same" with no लगभग / करीब /
    तकरीबन left: the rendering makes a near-total a total. (A figure's "about 200" is the
    number check's.)"""
    near = [
        p
        for p in post
        if p.category == "bound"
        and p.strength == 0
        and not p.by_number
        and t.pos.get(("bound", p.key)) == "adv"
    ]
    if not near:
        return
    # the rendering's approximators, alone or inside a phrase of the table (लगभग सभी)
    forms = {k for (c, k), (lo, _) in t.spread.items() if c == "bound" and lo <= 0 <= _}
    words = [hi_key(w) for w in HI_WORD.findall(col.claim_text)]
    kept = sum(
        " ".join(words[i : i + len(f.split())]) == f for f in forms for i in range(len(words))
    )
    if len(near) <= kept:
        return
    p = near[kept]
    if any(f.post_span and f.post_span.overlaps(p.span) for f in col.findings):
        return
    col.add(
        "intensity",
        f"The post hedges with “{p.text}”, but the rendering states it without the hedge.",
        p.span,
        None,
    )


def _epistemic(p: PostWord, t: Tables) -> bool:
    """A modal adverb of likelihood (probably, perhaps, maybe; "likely" too), not a modal
    verb ("may", "can" are also rendered by a mood or a tense) nor an adjective of ability
    or possibility ("able to", "as soon as possible")."""
    pos = t.pos.get(("modal", p.key))
    return p.category == "modal" and (pos == "adv" or (pos == "adj" and p.key.endswith("ly")))


def _finite(col: Collector, p: PostWord) -> bool:
    """ "they tried to", "was (still) trying to": a statement of the attempt, not a
    participle describing something ("fatigue trying to swim back")."""
    before = [w.casefold() for w in EN_WORD.findall(col.post_text[: p.span.start])[-2:]]
    past = p.text.casefold().split()[0] in ("tried", "tries", "attempted", "attempts")
    return past or not _FINITE_BEFORE.isdisjoint(before)


def _next_to(a: Span, b: Span) -> bool:
    return 0 <= b.start - a.end <= 1 or 0 <= a.start - b.end <= 1


def _wish_or_month(col: Collector, p: PostWord) -> bool:
    """ "May God bless you" (a wish at the start of a sentence) and "in May" (the month,
    capitalised inside a sentence)."""
    if p.key != "may":
        return False
    return p.text == "May" or SENTENCE_START.search(col.post_text[: p.span.start]) is not None


def check_added_hedge(
    col: Collector, t: Tables, post: list[PostWord], post_part: str, claim: list[FunctionHit]
) -> None:
    """The rendering hedges (शायद, कथित, काफी हद तक) a statement the post makes plainly."""
    if _leaves_open(post_part) or any(_is_hedge(p, t) or _softens(p) for p in post):
        return
    for h in claim:
        span = Span(h.start, h.end)
        # "rumours" → अफवाह, "suspect" → संदिग्ध: the post's own word
        if (h.category, hi_key(h.text)) in t.hedges and not renders(col, span):
            col.add(
                "intensity",
                f"The rendering hedges with “{h.text}”; the post states it without a hedge.",
                None,
                span,
            )
            return


def _leaves_open(post_part: str) -> bool:
    """The post has a word of doubt ("think", "suggests", "whether", "unclear", "kind of":
    the ``doubt`` rows of the function-word table): it is not a plain statement."""
    return any(h.category == "doubt" for h in load_function_words().find(post_part, "en"))


def _softens(p: PostWord) -> bool:
    """ "would", "should", "usually", "mostly", "somewhat": the post is not flat either."""
    return {
        "modal": p.strength < 0.9,
        "frequency": 0 < p.strength < 1,
        "quantifier": 0.8 <= p.strength < 1,
        "intensifier": p.strength <= 0.35,
    }.get(p.category, False)
