"""Words of other Brahmic scripts in Devanagari letters (Bengali বিদেশ → विदेश).

Cognates, names and loanwords of Bengali, Gujarati, Punjabi … then meet the Hindi lexicon,
the stemmer and the name matcher, which all read Devanagari. The letter mapping is
indic-transliteration's; what is added here is normalisation and one repair.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from indic_transliteration.sanscript import transliterate

from verifier.lang.textnorm import dominant_script

_SCHEMES = {
    "beng": "bengali",
    "guru": "gurmukhi",
    "gujr": "gujarati",
    "orya": "oriya",
    "taml": "tamil",
    "telu": "telugu",
    "knda": "kannada",
    "mlym": "malayalam",
}
_NUKTAS = {"bengali": "\u09bc"}
"""Nukta signs the scheme leaves in their own script (Bengali য়, ড়): made Devanagari's,
which ``fold_hi`` then drops as it does for Hindi."""


@lru_cache(maxsize=65536)
def to_devanagari(word: str) -> str:
    """``word`` in Devanagari letters, or unchanged when its script has no mapping."""
    text = unicodedata.normalize("NFC", word)
    scheme = _SCHEMES.get(dominant_script(text) or "")
    if scheme is None:
        return word
    deva = transliterate(text, scheme, "devanagari")
    if scheme in _NUKTAS:
        deva = deva.replace(_NUKTAS[scheme], "\u093c")
    return unicodedata.normalize("NFC", deva)
