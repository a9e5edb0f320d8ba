"""Intensity drift: quantifiers, frequency, intensifiers, hedges and questions made stronger.

"many" rendered "सभी", "often" rendered "हमेशा", a "बहुत" the post has no word of degree
for, a hedge ("may", "allegedly", "trying to") dropped while the rendering states it firmly
(future tense, "ज़रूर", "सबसे"), a hedge (शायद) the post does not have, or a question
turned into a statement. Stance words are ``stance.py``'s.

The words and their strengths are the classes of ``function_words.tsv``. Post words are
read by their lemma ("seems", "trying to"); Hindi words by the table's longest phrase, so
"बहुत कम" is "few", not "very". A Hindi word listed under several English rows is read in
its weakest sense (कई: "a number of"), so only a sure strengthening is reported.

Here: quantifiers, frequency, intensifiers and questions; hedges are ``hedges.py``'s, the
table readings ``intensity_tables.py``'s.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verifier.drift.collect import Collector
from verifier.drift.hedges import (
    check_added_hedge,
    check_dropped_approximator,
    check_dropped_hedge,
    check_hedged_verb,
)
from verifier.drift.intensity_tables import (
    ABSOLUTE,
    PostWord,
    Tables,
    consume,
    hi_key,
    post_words,
    rendered,
    renders,
    tables,
)
from verifier.drift.stance import check_stance, english_entries
from verifier.lang.funcwords import FunctionHit, load_function_words
from verifier.lang.lexicon import load_lexicon
from verifier.lang.stem import EN_WORD, HI_WORD, fold_hi
from verifier.lang.words import STOP_EN, STOP_HI
from verifier.model import Span

_GAP = 0.3
"""Difference in frequency that changes what the post says ("sometimes" → "अक्सर")."""

_NP_GAP = frozenset(
    "of the his her its their our your my these those this that other more such".split()
)
"""Words between a quantifier and its noun ("some of your habits", "many other cities")."""

# A question: the mark at the end; the Hindi interrogatives make one without it.
_QUESTION_END = re.compile(r"[?؟]\s*$")

_QUESTION_HI = re.compile(r"[?؟]|क्या|कौन|किसने|कब|कहां|कहाँ|क्यों|कैसे")

# Content words that imply degree or hedge. They stay out of the function-word table: its
# English entries are function words to the aligner, and these must still be matched as
# content ("huge" → विशाल, "claim" → दावा).
_DEGREE_EN = frozenset(
    """amazing tremendous terrific lovely warm warmly heartiest special big massive major
    significant remarkable vast large heavy sharp sharply rapid rapidly lot plenty
    widely far long more most best worst enough""".split()
)


_PLAIN_SIZE = frozenset("big large heavy long far wide high low deep".split())
"""Words of size in ``_DEGREE_EN`` that do not say "very" by themselves: "heavy cart"
rendered "बेहद भारी गाड़ी" adds the degree."""


@lru_cache(maxsize=1)
def _degree_en() -> frozenset[str]:
    """``_DEGREE_EN`` and the round orders ("hundreds", "thousands") of the table."""
    rows = load_function_words().rows
    return _DEGREE_EN | {r.english for r in rows if r.category == "order" and " " not in r.english}


def check_intensity(col: Collector, region: Span, claim_text: str) -> None:
    t = tables()
    post_part = region.slice(col.post_text)
    post = post_words(post_part, region)
    claim = load_function_words().find(claim_text, "hi")
    _check_widening(col, t, post, claim, "quantifier")
    _check_widening(col, t, post, claim, "frequency")
    check_stance(col, region, claim_text)
    _check_intensifiers(col, t, post, claim)
    check_dropped_hedge(col, t, post, post_part, claim)
    check_hedged_verb(col, t, post, claim)
    check_dropped_approximator(col, t, post, claim)
    check_added_hedge(col, t, post, post_part, claim)
    if _QUESTION_END.search(post_part) and not _QUESTION_HI.search(claim_text):
        col.add(
            "intensity",
            "The post asks a question; the rendering turns it into a statement.",
            region,
            None,
        )


def _check_widening(
    col: Collector, t: Tables, post: list[PostWord], claim: list[FunctionHit], category: str
) -> None:
    """ "many" rendered "सभी" (the claim covers more), "often" rendered "हमेशा" (a habit made
    a rule). A quantifier is compared with the one on the same noun ("several people" →
    "सभी लोग"); where the noun is not found, a word the rendering keeps ("some" as कुछ) is
    not widened by a stronger word elsewhere. The post's own "always" licenses one."""
    if category == "quantifier":
        words = [p for p in post if p.category == category and p.strength > 0]
        words = [p for p in words if not _the_most(col, p)]
    elif any(p.category == category and p.strength >= ABSOLUTE for p in post):
        return  # "always", "constantly"
    else:
        words = [p for p in post if p.category == category and 0 < p.strength]
    usable = {i for i, h in enumerate(claim) if h.category == category}
    if category == "quantifier":
        for i in sorted(usable):
            nouns = _noun_after(col, claim[i].end)
            if not nouns or hi_key(claim[i].text) not in t.shares:
                continue
            on_noun = [p for p in words if any(_governs(col, p, n) for n in nouns)]
            if on_noun:  # a noun said twice: read the strongest of its quantifiers
                usable.discard(i)
                p = max(on_noun, key=lambda p: p.strength)
                words.remove(p)
                if _wider(col, t, p, claim[i], category):
                    return
    left = consume(t, words, claim, usable)
    if left:
        strongest = max(left, key=lambda p: p.strength)
        for i in sorted(usable):
            if _wider(col, t, strongest, claim[i], category):
                return


def _wider(col: Collector, t: Tables, p: PostWord, h: FunctionHit, category: str) -> bool:
    """Reports the claim word ``h`` when it says more than the post word ``p``."""
    lo, hi = t.spread.get((category, hi_key(h.text)), (h.strength, h.strength))
    if category == "quantifier":
        # "some" → कई (several) is a translator's choice; "some" → सभी, "many" → सभी and
        # "some" → अधिकांश change whom the claim is about
        gap = lo >= 1 > p.strength or round(lo - p.strength, 3) >= _GAP
        wider = hi_key(h.text) in t.shares and gap
        what = "the claim now covers more"
    else:
        wider = (hi >= 1 and lo >= ABSOLUTE) or round(lo - p.strength, 3) >= _GAP
        what = "it now happens more often"
    if wider:
        col.add(
            "intensity",
            f"The post says “{p.text}” but the rendering says “{h.text}”: {what}.",
            p.span,
            Span(h.start, h.end),
        )
    return wider


def _noun_after(col: Collector, end: int) -> list[tuple[int, int]]:
    """The post words rendered by the lexicon match that follows ``end`` in the rendering
    within its noun phrase: next, or after one more word (सभी [मानसिक] कार्यों), with no
    postposition between (not "सभी कार्यों को लागू", whose match "लागू" is not its noun)."""
    after = sorted((hi, en) for en, hi in rendered(col.post_text, col.claim_text) if hi[0] >= end)
    if not after:
        return []
    between = HI_WORD.findall(col.claim_text[end : after[0][0][0]])
    if len(between) > 1 or any(fold_hi(w) in STOP_HI for w in between):
        return []
    return [en for hi, en in after if hi == after[0][0]]


def _governs(col: Collector, p: PostWord, noun: tuple[int, int]) -> bool:
    """The post word stands before the noun, with adjectives or a partitive between ("some
    of your habits", "the many surrounding mountains"), not a verb ("any power to impose")."""
    gap = [w.casefold() for w in EN_WORD.findall(col.post_text[p.span.end : noun[0]])]
    return (
        p.span.end <= noun[0]
        and len(gap) <= 2
        and all(w in _NP_GAP or w not in STOP_EN for w in gap)
    )


def _the_most(col: Collector, p: PostWord) -> bool:
    """ "the most vulnerable" is a superlative, not "most (people)"."""
    before = col.post_text[max(0, p.span.start - 5) : p.span.start]
    return p.key == "most" and re.search(r"\b(?:the|a)\s+$", before) is not None


def _check_intensifiers(
    col: Collector, t: Tables, post: list[PostWord], claim: list[FunctionHit]
) -> None:
    """The rendering adds "बहुत"/"बेहद" where the post has no word of degree at all. Any such
    word anywhere in the post licenses it (a summary may move it), and so does a post word
    whose lexicon rendering has it (heavily → बहुत, huge → बहुत बड़ा)."""
    if _check_local_intensifier(col, t, post, claim) or _has_degree(col.post_text):
        return
    for h in claim:
        span = Span(h.start, h.end)
        if h.category != "intensifier" or hi_key(h.text) not in t.degree or renders(col, span):
            continue
        col.add(
            "intensity",
            f"The rendering strengthens the statement with “{h.text}”, which the post does not have.",
            None,
            span,
        )
        return


def _check_local_intensifier(
    col: Collector, t: Tables, post: list[PostWord], claim: list[FunctionHit]
) -> bool:
    """ "बेहद भारी गाड़ी" for "a heavy cart": the adjective the intensifier strengthens renders
    post adjectives none of which has a word of degree next to it, wherever else the post
    has one. The post's own intensifiers ("especially" → विशेष रूप से) render theirs."""
    matches = rendered(col.post_text, col.claim_text)
    own = frozenset().union(
        *(
            t.forms.get(("intensifier", p.key), frozenset())
            for p in post
            if p.category == "intensifier"
        )
    )
    for h in claim:
        span = Span(h.start, h.end)
        key = hi_key(h.text)
        if h.category != "intensifier" or key not in t.degree or " " in key or key in own:
            continue
        if t.spread[("intensifier", key)][0] >= ABSOLUTE:
            continue  # एकदम साफ़, बिल्कुल सही: Hindi collocations, not a degree the post lacks
        if renders(col, span):
            continue
        nxt = re.match(r"\s+\S+", col.claim_text[h.end :])
        if nxt is None:
            continue
        word_end = h.end + nxt.end()
        words = [en for en, hi in matches if h.end < hi[1] and hi[0] < word_end]
        if words and all(_plain_adjective(col.post_text, en) for en in words):
            en = words[0]
            col.add(
                "intensity",
                f"The rendering strengthens “{col.post_text[en[0] : en[1]]}” with "
                f"“{h.text}”, which the post does not have.",
                Span(en[0], en[1]),
                span,
            )
            return True
    return False


def _plain_adjective(post_text: str, en: tuple[int, int]) -> bool:
    """The post word at ``en`` is an adjective (by the lexicon's entries) with no word of
    degree before it or right after it ("far smaller", "obvious enough")."""
    word = post_text[en[0] : en[1]]
    if word.casefold() not in _adjectives_en():
        return False
    if word.casefold() not in _PLAIN_SIZE and _has_degree(word):
        return False
    near = EN_WORD.findall(post_text[max(0, en[0] - 40) : en[0]])[-2:]
    after = re.match(
        r"\s+(\w+)", post_text[en[1] : en[1] + 30]
    )  # "obvious enough", not "clear, more"
    near += [after.group(1)] if after else []
    return not _has_degree(" ".join(near))


@lru_cache(maxsize=1)
def _adjectives_en() -> frozenset[str]:
    """English words the lexicon lists as adjectives only (not also nouns or verbs)."""
    pos: dict[str, set[str]] = {}
    for e in load_lexicon().entries:
        pos.setdefault(e.english, set()).add(e.pos)
    return frozenset(w for w, p in pos.items() if p == {"adj"})


def _has_degree(post_text: str) -> bool:
    """An intensifier or its adjective (complete, extreme, higher), a quantity at either end
    of the scale, praise or strong disapproval, or a content word of size (huge, thousands)."""
    for h, _ in english_entries(post_text, ("intensifier", "quantifier", "concern", "approval")):
        if h.text.casefold() == "well" and post_text[: h.start].casefold().endswith("as "):
            continue  # "as well (as)": "also"
        if h.category == "quantifier" and 0.2 < h.strength < 0.55:
            continue
        if h.category != "concern" or h.strength >= 0.7:
            return True
    adverbs = load_function_words()["intensifier"].en
    for m in EN_WORD.finditer(post_text):
        for root in _roots(m.group(0).casefold()):
            if root in _degree_en() or not adverbs.keys().isdisjoint(_adverbs_of(root)):
                return True
    return False


def _adverbs_of(adj: str) -> set[str]:
    """complete → completely, heavy → heavily, incredible → incredibly, full → fully."""
    out = {adj + "ly", adj + "ally"}
    if adj.endswith("y"):
        out.add(adj[:-1] + "ily")
    if adj.endswith("le"):
        out.add(adj[:-1] + "y")
    if adj.endswith("ll"):
        out.add(adj + "y")
    return out


def _roots(w: str) -> set[str]:
    """The word and, for a comparative or superlative, its base: higher → high, bigger →
    big, heavier → heavy, larger → large (English morphology, not vocabulary)."""
    out = {w}
    for suffix in ("er", "est"):
        base = w[: -len(suffix)]
        if w.endswith(suffix) and len(base) >= 3:
            base = base[:-1] if base[-1] == base[-2] else base
            base = base[:-1] + "y" if base.endswith("i") else base
            out |= {base, base + "e"}
    return out
