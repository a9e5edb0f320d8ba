"""Character classes of the scripts the tool reads, and the marks that end sentences.

The one home of "a Devanagari letter", "a word boundary in Devanagari" and "a sentence
end": every stage builds its patterns from these, so a danda or a zero-width joiner is
treated the same way everywhere.
"""

from __future__ import annotations

import re

DEVA_LETTERS = "\u0900-\u0963\u0971-\u097f"
"""Devanagari letters, vowel signs, virama and nukta: not the danda (।, ॥), the digits
(०-९) or the abbreviation sign (॰)."""

DEVA_DIGITS = "\u0966-\u096f"

JOINERS = "\u200c\u200d"
"""Zero-width non-joiner and joiner: inside a word (ट्‌वीट), never a boundary."""

DEVA_WORD_CHARS = DEVA_LETTERS + DEVA_DIGITS + JOINERS
"""What a Devanagari word is made of, for word boundaries."""

DEVA_WORD = re.compile(f"[{DEVA_LETTERS}{JOINERS}]+")
"""One Devanagari word (letters only: digits and dandas split words)."""

DEVA_B = f"(?<![{DEVA_WORD_CHARS}])"
"""Start of a Devanagari word: Python's ``\\b`` does not see vowel signs as word characters."""

DEVA_E = f"(?![{DEVA_WORD_CHARS}])"
"""End of a Devanagari word."""


def deva_words(alternation: str) -> str:
    """``alternation`` as whole Devanagari words: कम matches "कम", not the start of कमरा."""
    return f"{DEVA_B}(?:{alternation}){DEVA_E}"


FULL_STOPS = "।॥৷۔."
"""Marks that end a statement: the danda and double danda (U+0964/U+0965, shared by the
Indic scripts), the Bengali danda sign ৷ some sites type, the Urdu full stop and the Latin
full stop (only when it is not an initial or an abbreviation: callers decide)."""

SENTENCE_ENDS = FULL_STOPS + "!?"
"""Marks that end a sentence."""

CLAUSE_ENDS = SENTENCE_ENDS + ";"
"""Marks that end a clause at least: the sentence ends and the semicolon."""

QUOTE_MARKS = "\"'“”‘’«»„‹›"
"""Quotation marks of the languages the tool reads."""


def opens_sentence(gap: str) -> bool:
    """Whether the text between two words (``gap``) starts a new sentence or statement: a
    sentence end, a colon, a pipe, a line break or an opening quote lies in it."""
    return any(ch in _SENTENCE_GAP for ch in gap)


_SENTENCE_GAP = frozenset(SENTENCE_ENDS + ':|\n"“')
