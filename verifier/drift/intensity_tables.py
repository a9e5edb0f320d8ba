"""What the intensity checks read from ``function_words.tsv``, and the post's function words.

``tables()`` builds, once, the readings of the table the checks need: each Hindi form's
weakest and strongest strength per class, each English entry's Hindi forms, which Hindi
quantifiers name a share of a set, which words add degree or only hedge. ``post_words``
finds the post's function words by lemma ("seems", "trying to"), and ``renders`` tells
whether the lexicon translates a post word into a piece of the rendering (so a Hindi table
word that renders a content word is not taken for an added hedge or intensifier).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from verifier.drift.collect import Collector
from verifier.drift.stance import english_entries
from verifier.lang.funcwords import FunctionHit, load_function_words
from verifier.lang.lexicon import translation_matches
from verifier.lang.numbers.find import find_numbers
from verifier.lang.stem import EN_WORD, HI_WORD, fold_hi
from verifier.model import Span

LIKELY = 0.7
"""A modal or frequency up to this strength ("likely", "often") leaves the statement open."""

FIRM = 0.8
"""A modal from this strength on ("would", "will", "must") states a thing firmly."""

ABSOLUTE = 0.95
"""Frequency and degree from here on leave no exception (always, constantly, fully)."""

_CLASSES = ("modal", "hedge", "frequency", "quantifier", "bound", "intensifier")

_WHOLE = frozenset({"entire", "whole", "both"})
"""Quantifiers of one whole or a pair (पूरी रात, दोनों): they do not widen a share of a set."""

_NOT_VERB = frozenset(
    """is are was were be been being the a an this that these those his her its their to of
    for in on at by with from about as""".split()
)
"""Before a participle, these make it a passive or an adjective, not an active verb."""

_MASS = frozenset({"much", "little"})
"""Quantities of a mass (ज़्यादा पानी), which Hindi also uses as comparatives (ज़्यादा दोस्ताना)."""

# The start of a sentence ("May God bless" is a wish; "Suspected cases" an adjective).
SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*)$")


@dataclass(frozen=True, slots=True)
class PostWord:
    """A function word of the post: class, strength, table entry and place in the post."""

    category: str
    strength: float
    text: str
    key: str
    span: Span
    by_number: bool
    """It stands in or right before a figure ("about 200", "over 1,000")."""
    verb: bool
    """A participle of the table used as a verb: "she believed that" (not "is believed")."""


def post_words(post_part: str, region: Span) -> list[PostWord]:
    numbers = [n.span for n in find_numbers(post_part, "en")]
    out = []
    for h, key in english_entries(post_part, _CLASSES):
        by_number = any(n.start <= h.start < n.end or 0 <= n.start - h.end <= 2 for n in numbers)
        # "the alleged", "is believed", "believed to be", "Suspected cases": a hedge; "police
        # suspected", "she believed that": a verb
        before = EN_WORD.findall(post_part[: h.start])[-1:]
        verb = h.text.casefold().endswith("ed") and bool(before)
        verb = verb and before[0].casefold() not in _NOT_VERB
        verb = verb and not SENTENCE_START.search(post_part[: h.start])
        verb = verb and not re.match(r"\s+to\b", post_part[h.end :])
        span = Span(region.start + h.start, region.start + h.end)
        out.append(PostWord(h.category, h.strength, h.text, key, span, by_number, verb))
    return out


def consume(
    t: Tables, post: list[PostWord], claim: list[FunctionHit], usable: set[int]
) -> list[PostWord]:
    """Pairs each post word with a claim hit (of ``usable``) that is one of its own Hindi
    forms, removing that hit from ``usable``; returns the post words left unrendered."""
    left = []
    for p in post:
        forms = t.forms.get((p.category, p.key), frozenset())
        i = next((i for i in sorted(usable) if hi_key(claim[i].text) in forms), None)
        if i is None:
            left.append(p)
        else:
            usable.discard(i)
    return left


def renders(col: Collector, span: Span) -> bool:
    """The lexicon translates a word of the post into the Hindi at ``span``."""
    matches = rendered(col.post_text, col.claim_text)
    return any(s < span.end and span.start < e for _, (s, e) in matches)


@lru_cache(maxsize=8)
def rendered(
    post_text: str, claim_text: str
) -> tuple[tuple[tuple[int, int], tuple[int, int]], ...]:
    """(post span, rendering span) of every lexicon translation between the two texts."""
    return tuple((m.en_span, m.hi_span) for m in translation_matches(post_text, claim_text))


def hi_key(text: str) -> str:
    """A Hindi word or phrase as the table's keys spell it (folded, one space)."""
    return " ".join(fold_hi(w) for w in HI_WORD.findall(text))


@dataclass(frozen=True, slots=True)
class Tables:
    """Readings of ``function_words.tsv`` the checks need, built once."""

    spread: Mapping[tuple[str, str], tuple[float, float]]
    """(class, Hindi key) → weakest and strongest strength of the rows that list it."""
    forms: Mapping[tuple[str, str], frozenset[str]]
    """(class, English entry) → its Hindi keys."""
    pos: Mapping[tuple[str, str], str]
    whole: frozenset[tuple[str, str]]
    shares: frozenset[str]
    """Hindi quantifiers of a share of a set, "a number of" and up (कई, अधिकांश, सभी, हर)."""
    degree: frozenset[str]
    """Hindi keys that add degree wherever they stand (बहुत, बेहद, पूरी तरह, गंभीर रूप से)."""
    hedges: frozenset[tuple[str, str]]
    """(class, Hindi key) that hedge and mean nothing else (शायद, कथित, काफी हद तक)."""


@lru_cache(maxsize=1)
def tables() -> Tables:
    rows = load_function_words().rows
    strengths: dict[tuple[str, str], list[float]] = defaultdict(list)
    listed_by: dict[tuple[str, str], set[str]] = defaultdict(set)
    forms: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows:
        for k in map(hi_key, r.hindi):
            strengths[(r.category, k)].append(r.strength)
            listed_by[(r.category, k)].add(r.english)
            forms[(r.category, r.english)].add(k)
    spread = {k: (min(v), max(v)) for k, v in strengths.items()}
    quantifiers = {k: en for (c, k), en in listed_by.items() if c == "quantifier"}
    # A form the table gives for several degree adverbs is a degree word in its own right;
    # one given for a single adverb is its collocate, usually an adjective with a meaning of
    # its own (गहरा for "deeply", कड़ा for "strongly", बड़ा for "very").
    degree = frozenset(
        k
        for (c, k), en in listed_by.items()
        if c == "intensifier" and spread[(c, k)][0] >= LIKELY and (" " in k or len(en) >= 2)
    )
    # Forms of a verb (लगता: "seems" and "feels"; सकता: "may" and "can") or of a firm modal
    # (ज़ाहिर तौर पर: "apparently" and "clearly") do not hedge by themselves.
    verbs = {w for r in rows if r.pos == "v" and (r.category == "hedge" or r.strength >= 0.6)
             and r.category in ("hedge", "modal") for f in r.hindi for w in hi_key(f).split()}  # fmt: skip
    hedges = frozenset(
        (r.category, k)
        for r in rows
        if (r.category == "hedge" and r.strength <= 0.5 and r.pos != "v")
        or (r.category == "modal" and r.pos == "adv" and 0 < r.strength <= LIKELY)
        for k in map(hi_key, r.hindi)
        if not set(k.split()) & verbs and spread.get(("modal", k), (0.0,))[0] < FIRM
    )
    return Tables(
        spread=spread,
        forms={k: frozenset(v) for k, v in forms.items()},
        pos={(r.category, r.english): r.pos for r in rows},
        whole=frozenset(("quantifier", k) for k, en in quantifiers.items() if en <= _WHOLE),
        # not words of degree (बहुत, काफी) or of a mass, nor weaker than "a number of"
        shares=frozenset(
            k
            for k, en in quantifiers.items()
            if spread[("quantifier", k)][0] >= 0.5
            and not en & (_WHOLE | _MASS)
            and ("intensifier", k) not in spread
        ),
        degree=degree,
        hedges=hedges,
    )
