"""Extract claims: where the article renders someone's words (quotes and reported speech).

Pure: ``extract_claims(article, posts)`` reads ``Article.text`` and returns ``Claim`` values.
Text inside a detected post (``Post.span``) is the source, not a rendering, so it is skipped.

Three kinds come out:
- ``quote``: a direct quotation in any quote style, also when its closing mark is missing
  (it then runs to the end of its paragraph, ``closed=False``);
- ``reported``: reported speech, "X ने कहा कि …", "X ने ट्वीट कर लिखा …", "X के मुताबिक …";
- ``term``: a scare quote of a few words ('डी-रिस्क'), kept apart and never judged.

Modules: ``quotes`` (quotation marks), ``cues`` (speech cues), ``speakers`` (who speaks),
``sentences`` (sentence splitting), ``extract`` (``extract_claims``).
"""

from __future__ import annotations

from verifier.claims.cues import is_cue_word
from verifier.claims.extract import MAX_TERM_WORDS, extract_claims
from verifier.claims.quotes import QuoteSpan, find_quotes
from verifier.claims.sentences import sentence_spans

__all__ = [
    "MAX_TERM_WORDS",
    "QuoteSpan",
    "extract_claims",
    "find_quotes",
    "is_cue_word",
    "sentence_spans",
]
