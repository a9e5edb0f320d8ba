"""Negation for the languages read from a table (``verifier.lang.languages``): Tamil,
Telugu, Bengali … have no word lists in the Hindi negation check, so the judge asks
whether each side negates in the rendered part, by the negation key the anchors
give a negator of either language (``anchors.NEGATION_KEY``: not, never; இல்லை, না,
செய்யவில்லை)."""

from __future__ import annotations

import re

from verifier.drift.collect import Collector
from verifier.match.anchors import NEGATION_KEY
from verifier.match.pairs import PairMatch
from verifier.model import Span


def check_negation_count(
    col: Collector, match: PairMatch, region: Span, *, added_only: bool = False
) -> None:
    """One negation finding when one side negates and the other does not (a "not" added
    or dropped). ``added_only``: the language negates mostly in its verb forms (Tamil,
    Telugu …), so a negation the rendering seems to lack is not reported."""
    post, claim = match.post, match.claim
    post_negs = [
        t
        for t, keys in zip(post.tokens, post.keys, strict=True)
        if NEGATION_KEY in keys and region.start <= t.start < region.end
    ]
    claim_negs = [
        t
        for t, keys in zip(claim.tokens, claim.keys, strict=True)
        if NEGATION_KEY in keys and t.text.strip(".,;:!?") not in _NOT_NEGATIONS
    ]
    if bool(post_negs) == bool(claim_negs):
        return  # "cannot … nor" rendered with one negator: counts differ, sense does not
    if claim_negs and _negative_meaning(post.text[region.start : region.end]):
        return  # "unconfirmed", "failed to", "without", "until": said with a negator
    if claim_negs:
        extra = claim_negs[0]
        col.add(
            "negation",
            f"The rendering negates (“{extra.text}”) where the post does not.",
            None,
            Span(extra.start, extra.end),
        )
    elif not added_only and not _negative_form(claim.text, claim.lang):
        gone = post_negs[0]
        col.add(
            "negation",
            f"The post says “{gone.text}” but the rendering has no negation there.",
            Span(gone.start, gone.end),
            None,
        )


def _negative_meaning(text: str) -> bool:
    """The English says a negation with a word of negative meaning (unable, non-, failed,
    prevent, regardless): a rendering that negates there is no added negation."""
    return bool(_NEGATIVE_EN.search(text))


# Narrower than the Hindi check's ``words.NEG_LEX_EN``: "less", "low", "free", "before"
# are said without a negator as often as with one, and would hide an added "not".
_NEGATIVE_EN = re.compile(
    r"\b(?:un(?!der|til|ion|ique|it|iv|if|cle|less\b)\w{3,}|non-?\w{3,}|"
    r"\w{3,}less(?<!nevertheless)(?<!nonetheless)\b|fail\w*|lack\w*|absen\w*|refus\w*|"
    r"prevent\w*|regardless|irrespective|obsolete|\w+-free|"
    r"in(?:capab|abilit|adequa|sufficien|valid|complet|accura)\w*|impossib\w*|illegal\w*)\b",
    re.IGNORECASE,
)


# Words that negate by their form rather than by a negator of the table: a negative verb
# stem or a "without" glued to its noun. Used only to excuse a negation the rendering
# seems to drop. Marathi नसणे "not be" (नसताना, नसल्यास), नव्हता/नव्हे and -शिवाय/-विना
# "without": Dhongde & Wali, "Marathi" (2009), negation; Bengali past negative -নি
# (করেনি, হয়নি; not তিনি) and ছাড়া "without": Thompson, "Bengali: A Comprehensive Grammar" (2010);
# Nepali verbs negated by the prefix न- (नभएको, नगर्ने, नसक्ने): Acharya, "A
# Descriptive Grammar of Nepali" (1991); Gujarati વગર/વિના, Punjabi ਬਿਨਾਂ, Urdu بغیر
# "without" glued to the noun before them.
_NEGATIVE_FORMS: dict[str, re.Pattern[str]] = {
    "mr": re.compile(r"(?<![\u0900-\u097f])(?:नस|नव्ह)|(?:शिवाय|विना)(?![\u0900-\u097f])"),
    "bn": re.compile(
        r"(?:(?:\u09c7|\u09df|\u09af\u09bc|\u0987)\u09a8\u09bf"  # -েনি, -য়নি: করেনি, হয়নি
        r"|\u099b\u09be(?:\u09dc|\u09a1\u09bc)\u09be|\u09ac\u09bf\u09a8\u09be)"  # ছাড়া, বিনা
        r"(?![\u0980-\u09ff])"
    ),
    "ne": re.compile(r"(?<![\u0900-\u097f])न(?:भ|ग|हु|स|दि|जा|ल|रा)"),
    "gu": re.compile(r"(?:વગર|વિના)(?![\u0a80-\u0aff])"),
    "pa": re.compile(r"(?:ਬਿਨਾਂ|ਬਗੈਰ)(?![\u0a00-\u0a7f])"),
    "ur": re.compile(r"(?:بغیر|بنا)(?![\u0600-\u06ff])"),
    # Odia verbs negated by the prefix ନ-: ନଥିଲା "was not", ନକରି "without doing", ନପାରେ
    # "cannot", ନହେଲେ, ନଦେଇ, ନଜାଣି: Neukom & Patnaik, "A Grammar of Oriya" (2003).
    "or": re.compile(r"(?<![\u0b00-\u0b7f])ନ(?:ଥ|କ|ପ|ହ|ଦେ|ଜା)"),
}

# Adverbs made from a negative participle that mean no negation: Malayalam കൂടാതെ
# "besides" (lit. "without joining"), വൈകാതെ "soon" ("without delay"): Asher & Kumari,
# "Malayalam" (Routledge, 1997), adverbial participles.
_NOT_NEGATIONS = frozenset({"കൂടാതെ", "വൈകാതെ"})


def _negative_form(text: str, lang: str) -> bool:
    """The rendering has a word that negates by its form (``_NEGATIVE_FORMS``)."""
    pattern = _NEGATIVE_FORMS.get(lang)
    return bool(pattern and pattern.search(text))
