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
_NUKTAS = {"bengali": "\u09bc", "gurmukhi": "\u0a3c"}
"""Nukta signs the scheme leaves in their own script (Bengali য়, ড়): made Devanagari's,
which ``fold_hi`` then drops as it does for Hindi."""
_SHORT_EO = str.maketrans(
    {"ऎ": "ए", "\u0946": "\u0947", "ऒ": "ओ", "\u094a": "\u094b", "ऩ": "न", "ऱ": "र", "ऴ": "ल"}
)
"""The Dravidian short e and o (ஒ, ಎ) read as Hindi's e and o, which have no short pair;
the alveolar n and r and the retroflex approximant (ன ற ழ) as the nearest Hindi letters."""
_REPAIRS = {
    # Tamil writes k/g, c/j, t/d, p/b with one letter each; the scheme gives the voiced
    # aspirate (க → घ), which no name has: read them plain (ஒபாமா → ओपामा, not ओभामा).
    "tamil": str.maketrans({"घ": "क", "झ": "च", "ढ": "ट", "ध": "त", "भ": "प"}),
}
_LEFTOVERS = str.maketrans({"ઍ": "ऍ", "ൗ": "ौ", "ୱ": "व", "ৎ": "त्"})
"""Letters the scheme leaves in their own script: Gujarati ઍ, the Malayalam au length mark,
Odia wa, Bengali khanda ta."""
_CHILLU = str.maketrans({"ർ": "ര്", "ൽ": "ല്", "ൻ": "ന്", "ൾ": "ള്", "ൺ": "ണ്", "ൿ": "ക്"})
"""Malayalam chillu letters (a consonant without its vowel) the scheme leaves as they are."""
_VOICED = {"क": "ग", "च": "स", "ट": "ड", "त": "द", "प": "ब"}
"""Tamil stops between vowels: k→g, c→s (அரசு arasu), ṭ→ḍ, t→d, p→b (ஒபாமா Obama)."""
_AFTER_NASAL = {"क": "ग", "च": "ज", "ट": "ड", "त": "द", "प": "ब"}
_NASALS = frozenset("ङञणनमऩ")
_VIRAMA = "\u094d"


def _tamil_voicing(deva: str) -> str:
    """Tamil's one letter per stop read as it sounds: plain at the start of a word and
    doubled, voiced between vowels and after a nasal (பந்து pandu, காந்தி Gāndhi)."""
    out = list(deva)
    for i, ch in enumerate(deva):
        if ch not in _VOICED:
            continue
        if i == 0 or deva[i - 1] == " ":
            if ch == "च":
                out[i] = "स"  # சாரா Sara, சட்டம் sattam: a word-initial ச is s
            continue
        prev = deva[i - 1]
        if deva[i + 1 : i + 2] == _VIRAMA and prev != _VIRAMA:
            continue  # closes a syllable (the first of ச்ச, the last of டிரம்ப்)
        if prev == _VIRAMA:
            if i >= 2 and deva[i - 2] in _NASALS:
                out[i] = _AFTER_NASAL[ch]
        elif prev.isalpha() or unicodedata.category(prev) in ("Mn", "Mc"):
            out[i] = _VOICED[ch]
    return "".join(out)


_DRAVIDIAN = frozenset({"tamil", "telugu", "kannada", "malayalam"})


@lru_cache(maxsize=65536)
def to_devanagari(word: str) -> str:
    """``word`` in Devanagari letters, or unchanged when its script has no mapping."""
    text = unicodedata.normalize("NFC", word)
    scheme = _SCHEMES.get(dominant_script(text) or "")
    if scheme is None:
        return word
    if scheme == "malayalam":
        text = text.translate(_CHILLU)
    deva = transliterate(text, scheme, "devanagari")
    if scheme in _NUKTAS:
        deva = deva.replace(_NUKTAS[scheme], "\u093c")
    deva = deva.translate(_LEFTOVERS)
    if scheme in _REPAIRS:
        deva = deva.translate(_REPAIRS[scheme])
    if scheme == "tamil":
        deva = _tamil_voicing(deva)
    if scheme in _DRAVIDIAN:
        deva = deva.translate(_SHORT_EO)
    return unicodedata.normalize("NFC", deva)
