"""Shared pieces of the perturbation generator: the edit value, Hindi tokens, word lists.

Every perturber is a function ``(en, hi) -> list[Edit]`` that proposes the edits one
sentence pair allows; ``make_perturbations.py`` picks among them with a fixed seed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A Devanagari or Latin "word" character; the zero-width joiners occur inside FLORES words.
WORD_CHARS = r"\u0900-\u0963\u0966-\u097F\w\u200c\u200d"
NOT_BEFORE = rf"(?<![{WORD_CHARS}])"
NOT_AFTER = rf"(?![{WORD_CHARS}])"
TOKEN = re.compile(rf"[{WORD_CHARS}]+")
# Sentence-final punctuation (danda, full stop, question mark), possibly followed by a
# closing quote and spaces.
FINAL_PUNCT = re.compile(r"\s*[।.?!|]?\s*[\"”’']?\s*$")

DEVANAGARI_DIGITS = "०१२३४५६७८९"
TO_LATIN_DIGITS = str.maketrans(DEVANAGARI_DIGITS, "0123456789")
TO_DEVA_DIGITS = str.maketrans("0123456789", DEVANAGARI_DIGITS)


@dataclass(frozen=True)
class Edit:
    """One proposed change of a Hindi rendering (or of its context, for attribution).

    Most edits change the claim only. ``source`` is set when the edit rewrites the English
    too (a name or figure put into both sides: a faithful pair the corpus does not have),
    and ``base`` when a drift is made on such a rewritten pair rather than on the original.
    """

    claim: str
    subtype: str
    change: str
    extra: dict[str, str] = field(default_factory=dict)
    source: str | None = None
    base: Edit | None = None
    side: str = "claim"
    """Which side differs from the pair the edit starts from: claim, source or both."""


def word(text: str) -> str:
    """A regex matching ``text`` as a whole Hindi/Latin word (or phrase)."""
    return NOT_BEFORE + re.escape(text) + NOT_AFTER


def words_re(options: list[str] | tuple[str, ...] | frozenset[str]) -> str:
    """An alternation of whole words, longest first so that prefixes do not win."""
    alts = "|".join(re.escape(o) for o in sorted(options, key=len, reverse=True))
    return NOT_BEFORE + "(?:" + alts + ")" + NOT_AFTER


def fold(text: str) -> str:
    """Nukta and zero-width characters removed: spelling variants compare equal."""
    return (
        text.replace("\u093c", "").replace("\u200b", "").replace("\u200c", "").replace("\u200d", "")
    )


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def replace_span(text: str, start: int, end: int, new: str) -> str:
    out = text[:start] + new + text[end:]
    return re.sub(r"  +", " ", out)


def body_and_end(text: str) -> tuple[str, str]:
    """Split off the sentence-final punctuation (and closing quote) of ``text``."""
    m = FINAL_PUNCT.search(text)
    assert m is not None  # the pattern can match the empty string at the end
    return text[: m.start()], text[m.start() :]


def final_stop(text: str) -> str:
    """The full stop this translation uses: FLORES Hindi mixes '।' and '.'."""
    m = re.search(r"[।.]\s*[\"”]?\s*$", text)
    if m:
        return m.group().strip().strip('"”')
    return "।"


# English words that carry a negation; used to skip pairs whose two sides disagree already.
EN_NEGATION = re.compile(
    r"\b(?:not|no|never|nor|neither|none|nobody|nothing|nowhere|cannot|without)\b|n't\b",
    re.IGNORECASE,
)
HI_NEGATION = re.compile(words_re(("नहीं", "नही", "न", "ना", "मत", "बिना")))

# Calendar words as FLORES Hindi spells them (CLDR's forms plus the common variants).
HI_MONTHS: dict[str, int] = {
    "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6,
    "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10,
    "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
}  # fmt: skip
HI_MONTH_NAMES = ("जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त",
                  "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर")  # fmt: skip
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip
HI_WEEKDAYS: dict[str, int] = {
    "सोमवार": 1, "मंगलवार": 2, "बुधवार": 3, "गुरुवार": 4, "बृहस्पतिवार": 4,
    "शुक्रवार": 5, "शनिवार": 6, "रविवार": 7,
}  # fmt: skip
HI_WEEKDAY_NAMES = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_AFTER = re.compile(r"^\s*" + words_re(tuple(HI_MONTHS)))
