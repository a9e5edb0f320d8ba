"""Which language a Latin-script text is written in.

Script settles most texts (Devanagari, Bengali, Tamil …, see ``textnorm.detect_language``);
Latin script is shared by English, the European languages of foreign news pages, and
Hindi written in Latin letters. English is the common case and is told by its function
words without a model. Anything else goes to py3langid (a maintained fork of langid.py,
BSD licence, with its own trained model), restricted to the European languages news pages
are written in, and its answer is taken only when it is confident: romanised Hindi and
short texts stay ``en``, as before, so pairing an English post is never put at risk.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from verifier.lang.words import STOP_EN

LATIN_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl")
"""Languages a Latin-script text may be given; the identifier chooses among these only."""
MIN_WORDS = 4
"""Fewer words than this say too little to tell a language: ``en``."""
ENGLISH_SHARE = 0.2
"""A text whose words are at least this share English function words is English."""
CONFIDENCE = 0.9
"""The identifier's probability below which a text stays ``en``."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """The py3langid model, loaded on first use (about a second): most texts never need it."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LATIN_LANGUAGES))
    return ident


@lru_cache(maxsize=4096)
def latin_language(text: str) -> str:
    """ISO 639-1 code of a Latin-script text: ``en`` unless another language is plain."""
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return "en"
    english = sum(w.casefold() in STOP_EN for w in words)
    if english >= ENGLISH_SHARE * len(words):
        return "en"
    lang, probability = _identifier().classify(text)
    return str(lang) if probability >= CONFIDENCE else "en"
