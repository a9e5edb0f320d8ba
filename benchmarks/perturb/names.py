"""The generator's own transliteration matcher: a Devanagari word romanised
(indic-transliteration to IAST), reduced to a consonant skeleton, compared with rapidfuzz.

Kept apart from the judge's alignment code on purpose: which names get perturbed must not
depend on which names the judge can already match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from indic_transliteration import sanscript
from indic_transliteration.sanscript import transliterate
from rapidfuzz import fuzz

# Capitalised English words that are not parts of a name: titles, institutions, calendar
# words, nationality and religion words.
NOT_NAME = frozenset(
    """The A An In On At Of For And But Or To From By With As It This That These Those He She
    They We I You His Her Their Our My Your Its Mr Mrs Ms Dr Sir Saint St President Prime
    Minister King Queen Prince Princess Pope General Governor Senator Judge Captain Coach
    University College School Academy Institute Museum Hospital Center Centre Committee
    Council Association Society Company Corporation Group Party Union Agency Department
    Ministry Office Court Church Temple National International Royal Federal State States
    United Republic Kingdom Empire City Island Islands Lake River Mountain Mountains Mount Sea
    Ocean Park Street Road Bridge Airport Station Hotel Bay Valley Desert Forest North South
    East West Northern Southern Eastern Western New Old Great Grand Best Film Award Awards
    Prize Cup World League Games Olympic Olympics Championship Championships Day Week Year
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday English French German Spanish
    Chinese Japanese Indian American British European African Asian Christian Muslim Jewish
    Catholic Buddhist Hindu Internet Web Google Apple Microsoft Wikipedia Twitter Facebook
    Report Study Act Bill Treaty Accords War Revolution Age Era Century Times Post News
    Station Service System Program Programme Project Network Television Radio Channel
    Boulevard Avenue Court One Two Three Number Multiple Virtual Sporting Deity Yoga Army
    Navy Air Force Police Card Drive Harbour Survey Show Kings Stadium Pact Necropolis
    Intrigue Temple Palace Castle Tower Hall Square Market""".split()
)
# A run of capitalised words (with initials and particles): "Jamie Siminoff", "George W. Bush".


def romanize(word: str) -> str:
    text = word.replace("ॉ", "ो").replace("ऑ", "ओ").replace("\u093c", "")
    latin = transliterate(text, sanscript.DEVANAGARI, sanscript.IAST)
    latin = unicodedata.normalize("NFKD", latin)
    latin = "".join(c for c in latin if not unicodedata.combining(c)).lower()
    return re.sub(r"a$", "", latin.replace("ṃ", "n"))


def sound_key(latin: str) -> str:
    s = re.sub(r"[^a-z]", "", latin.lower())
    for a, b in (("ph", "f"), ("th", "t"), ("sh", "s"), ("kh", "k"), ("gh", "g"), ("dh", "d"),
                 ("bh", "b"), ("ch", "c"), ("c", "k"), ("q", "k"), ("w", "v"), ("y", "i"),
                 ("z", "j"), ("x", "ks"), ("ee", "i"), ("oo", "u")):  # fmt: skip
        s = s.replace(a, b)
    return re.sub(r"(.)\1", r"\1", s)


def sounds_like(hindi: str, english: str) -> float:
    return float(fuzz.ratio(sound_key(romanize(hindi)), sound_key(english)))


def common_words(english_corpus: Iterable[str]) -> frozenset[str]:
    """Words the corpus also writes in lower case: English words, not names."""
    return frozenset(w for text in english_corpus for w in re.findall(r"\b[a-z][a-z'\-]+\b", text))


__all__ = ["NOT_NAME", "common_words", "romanize", "sound_key", "sounds_like"]
