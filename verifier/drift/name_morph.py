"""Word shapes that say "an ordinary word, not a name", on either side of a pair.

A capitalised English word the lexicon lacks may still be an ordinary word built from one it
knows (Provisional = provision + -al, Romanticism = romantic + -ism, Westerners = western +
-ers, Bed-bugs = bed + bugs); a Devanagari word the lexicon lacks may still be an ordinary
word built from one it knows by a prefix or suffix of Hindi word formation (अनंतिम = अन- +
अंतिम, सर्वदलीय = सर्व- + दल + -ीय, श्रेणीबद्ध = श्रेणी + -बद्ध). Neither is a name that
could stand in for another. The affixes are those of Hindi and English grammar books
(McGregor, "Outline of Hindi Grammar", ch. on word formation; English derivational suffixes
that make abstract nouns, agents and adjectives); suffixes that also end surnames
(-er: Harper, Walker) are left out on the English side.
"""

from __future__ import annotations

from functools import lru_cache

from verifier.lang.gazetteer import canonical_place, is_demonym
from verifier.lang.lexicon import load_lexicon

__all__ = ["derived_en", "derived_hi", "place_stem"]

# Longest first: "-ists" before "-ist", "-ations" before "-al".
_SUFFIXES_EN = "isms ism ists ist ities ity ness ations ation ers al".split()
_MIN_STEM_EN = 4
"""Letters an English stem needs: shorter ones (pet + -ers) meet surnames."""


@lru_cache(maxsize=16384)
def derived_en(word: str) -> bool:
    """An English word the lexicon lacks that is an ordinary word it knows with a
    derivational suffix, or a hyphenated compound of ordinary words: no name."""
    lex = load_lexicon()
    low = word.casefold().strip(".,'’")
    if "-" in low:
        parts = [p for p in low.split("-") if p]
        return len(parts) > 1 and all(len(p) >= 3 and _ordinary_en(p) for p in parts)
    if lex.hindi_keys(low):
        return False
    for suffix in _SUFFIXES_EN:
        stem = low[: -len(suffix)]
        if low.endswith(suffix) and len(stem) >= _MIN_STEM_EN:
            return _ordinary_en(stem)
    return False


def _ordinary_en(word: str) -> bool:
    """A word the lexicon translates, that names no place or people."""
    lex = load_lexicon()
    known = bool(lex.hindi_keys(word) or lex.lemmas(word) or lex.hindi_keys(word + "e"))
    return known and not (canonical_place(word) or is_demonym(word))


# Hindi (Sanskrit) derivational suffixes and prefixes (McGregor; Kellogg, "A Grammar of the
# Hindi Language", §§ on derivation).
# Affixes that also build given names (अ-जय, सु-नील, वि-जय, प्र-ताप, महा-वीर, -ता of
# मेहता, -िक of मलिक) are left out: a name is what this must never excuse.
_SUFFIXES_HI = ("ात्मक", "ीकरण", "वादी", "वाद", "वासी", "बद्ध", "पूर्ण", "कारी", "त्व", "ीय")
_PREFIXES_HI = ("सर्व", "प्रति", "परि", "उप", "अधि", "अति", "अन", "भू")
# A prefix before a word that opens with a vowel writes the vowel as its sign: अन + अंतिम = अनंतिम.
_VOWEL_OF_SIGN = {
    "ा": "आ", "ि": "इ", "ी": "ई", "ु": "उ", "ू": "ऊ", "े": "ए", "ै": "ऐ", "ो": "ओ", "ौ": "औ",
    "ं": "अं",
}  # fmt: skip
_MIN_STEM_HI = 2


@lru_cache(maxsize=16384)
def derived_hi(word: str) -> bool:
    """A Devanagari word the lexicon lacks that is a word it knows with a Hindi prefix or
    suffix (up to one of each): an ordinary word, not a name."""
    return any(_known_hi(stem) for stem in _stems(word, 2))


def _stems(word: str, depth: int) -> list[str]:
    if depth == 0:
        return []
    out: list[str] = []
    for suffix in _SUFFIXES_HI:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= _MIN_STEM_HI:
            out.append(stem)
    for prefix in _PREFIXES_HI:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= _MIN_STEM_HI:
            vowel = _VOWEL_OF_SIGN.get(rest[0])
            out.append(vowel + rest[1:] if vowel else rest)
    return out + [s for stem in out for s in _stems(stem, depth - 1)]


def _known_hi(word: str) -> bool:
    lex = load_lexicon()
    return len(word) >= _MIN_STEM_HI and (lex.is_hindi_form(word) or lex.knows_hindi(word))


# A people named by its place and a suffix of belonging: मिस्रवासी (Egyptians), भारतवासियों.
_BELONGING_HI = ("वासियों", "वासी", "ीय", "ी")


@lru_cache(maxsize=16384)
def place_stem(word: str) -> str | None:
    """The place a Devanagari word names with a suffix of belonging (मिस्रवासी → Egypt)."""
    for suffix in _BELONGING_HI:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= _MIN_STEM_HI and (key := canonical_place(stem)):
            return key
    return canonical_place(word)
