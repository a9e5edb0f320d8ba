"""Devanagari spelling folds for table look-ups (gazetteer, number words, dates).

Hindi news spells the same word several ways: with or without नुक़्ता (फ़रवरी / फरवरी),
with a half nasal or an anusvara (सम्बन्ध / संबंध), with candrabindu or anusvara (पाँच /
पांच), with or without ZWJ/ZWNJ. ``fold_deva`` maps all of them to one lookup key. It is a
key, not display text: offsets into the original text are never computed from it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

NUKTA = "\u093c"
VIRAMA = "\u094d"
ANUSVARA = "\u0902"
CANDRABINDU = "\u0901"

# A nasal consonant + virama before a stop or nasal of the five classes (क…म) is the
# same sound as an anusvara: सम्बन्ध = संबंध, हिन्दी = हिंदी.
_HALF_NASAL = re.compile(f"[\u0919\u091e\u0923\u0928\u092e]{VIRAMA}(?=[\u0915-\u092e])")
_DROP = str.maketrans({NUKTA: None, "\u200c": None, "\u200d": None, CANDRABINDU: ANUSVARA})


@lru_cache(maxsize=65536)
def fold_deva(word: str) -> str:
    """Lookup key for a Devanagari word or phrase (Latin text is casefolded).

    >>> fold_deva("फ़रवरी") == fold_deva("फरवरी")
    True
    """
    text = unicodedata.normalize("NFC", word)
    # NFC keeps क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ decomposed (they are composition exclusions), so
    # dropping U+093C removes every nukta.
    text = text.translate(_DROP)
    text = _HALF_NASAL.sub(ANUSVARA, text)
    return text.casefold()


_DEVA_LETTER = re.compile("[\u0900-\u0963\u0970-\u097f]")
"""The Devanagari block without the dandas and digits (U+0964-U+096F)."""


def is_deva(text: str) -> bool:
    """True when ``text`` contains at least one Devanagari letter."""
    return _DEVA_LETTER.search(text) is not None
