"""Names drawn from the FLORES sentences themselves: each English proper name and the
Devanagari spelling the aligned Hindi sentence gives it, found by the generator's own
transliteration matcher (``names.sounds_like``). No gazetteer or lexicon is read: what the
human translator wrote is the inventory, so names, spellings and their variants are the
corpus's, not the judge's.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from .common import TOKEN, fold
from .lists.demonyms import DEMONYMS
from .names import NOT_NAME, common_words, romanize, sound_key

# Hindi words that are never part of a transliterated name: postpositions, auxiliaries,
# conjunctions and the commonest function words.
STOP_HI = frozenset(
    """ने के का की को में से पर और तथा एवं या है हैं था थे थी ही भी तो एक यह वह इस उस ये वे
    जो कि लिए साथ बाद पहले द्वारा तक""".split()
)
# A run of capitalised words, initials inside ("John F. Kennedy").
EN_RUN = re.compile(r"[A-Z][\w'’\-]*(?:\s+(?:[A-Z]\.\s*)*[A-Z][\w'’\-]*)*")
POSSESSIVE = re.compile(r"['’]s?$")
ACRONYM = re.compile(r"[A-Z]{2,6}")
LETTERS = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड".split(),
        strict=True,
    )
)
DEMONYM_WORDS = frozenset(w for d in DEMONYMS for e in d.en for w in e.split())
MATCH = 75.0  # sound-key similarity for a transliteration


@dataclass(frozen=True)
class Mention:
    """An English name and its spelling in the aligned Hindi sentence."""

    en: str
    hi: str
    start: int  # span of ``hi`` in the Hindi sentence
    end: int
    en_start: int  # where the name starts in the English sentence
    score: float


@cache
def _hi_key(token: str) -> str:
    return sound_key(romanize(token))


@cache
def _en_key(text: str) -> str:
    return sound_key(text)


def english_names(en: str, common: frozenset[str]) -> list[tuple[int, str]]:
    """(offset, name) of each proper name in ``en``: capitalised runs cut at title and
    institution words, demonyms and ordinary words (ones the corpus also writes lower-case)."""
    out: list[tuple[int, str]] = []
    for run in EN_RUN.finditer(en):
        words = list(re.finditer(r"\S+", run.group()))
        current: list[re.Match[str]] = []
        for w in [*words, None]:
            text = POSSESSIVE.sub("", w.group()) if w else ""
            keep = w is not None and _name_word(text, common)
            if keep and w is not None:
                current.append(w)
                if text != w.group():  # "Iraq's": the name ends at the possessive
                    keep = False
            if not keep and current:
                start = run.start() + current[0].start()
                name = POSSESSIVE.sub("", " ".join(c.group() for c in current))
                out.append((start, name))
                current = []
    return out


def _name_word(word: str, common: frozenset[str]) -> bool:
    if re.fullmatch(r"[A-Z]\.", word):
        return True  # an initial inside a name
    if not re.fullmatch(r"[A-Z][\w'’\-]+", word) or re.search(r"\d", word):
        return False
    return not (word in NOT_NAME or word in DEMONYM_WORDS or word.lower() in common)


def _acronym_hindi(name: str) -> str | None:
    if not ACRONYM.fullmatch(name):
        return None
    return "".join(LETTERS[c] for c in name)


def match_hindi(name: str, hi: str) -> tuple[int, int, float] | None:
    """The span of ``hi`` that spells ``name`` (best sound match over runs of up to one
    more word than the name has), or None when nothing sounds close enough."""
    toks = list(TOKEN.finditer(hi))
    spelled = _acronym_hindi(name)
    if spelled is not None:
        for t in toks:
            if fold(t.group()) == fold(spelled):
                return t.start(), t.end(), 100.0
    key = _en_key(name.replace(".", ""))
    if len(key) < 3:
        return None
    n_words = len(name.split())
    best: tuple[int, int, float] | None = None
    for a, first in enumerate(toks):
        if first.group() in STOP_HI or not re.match(r"[\u0900-\u097F]", first.group()):
            continue
        joined = ""
        for b in range(a, min(len(toks), a + n_words + 1)):
            word = toks[b].group()
            if word in STOP_HI or not re.match(r"[\u0900-\u097F]", word):
                break
            joined += _hi_key(word)
            score = float(fuzz.ratio(joined, key))
            if score >= MATCH and (best is None or score > best[2]):
                best = (first.start(), toks[b].end(), score)
    return best


def mentions(en: str, hi: str, common: frozenset[str]) -> list[Mention]:
    """Every name of ``en`` the Hindi spells, each Hindi span used once (best match first)."""
    found: list[Mention] = []
    for start, name in english_names(en, common):
        m = match_hindi(name, hi)
        if m is not None:
            found.append(Mention(name, hi[m[0] : m[1]], m[0], m[1], start, m[2]))
    found.sort(key=lambda x: -x.score)
    kept: list[Mention] = []
    for m in found:
        if all(m.end <= k.start or k.end <= m.start for k in kept):
            kept.append(m)
    return sorted(kept, key=lambda x: x.start)


class NameBook:
    """The corpus's names: mentions per line and every Hindi spelling of each name."""

    def __init__(self, pairs: Sequence[tuple[str, str]]) -> None:
        self.common = common_words(en for en, _ in pairs)
        self.by_line: list[list[Mention]] = [mentions(en, hi, self.common) for en, hi in pairs]
        self.spellings: dict[str, Counter[str]] = defaultdict(Counter)
        for found in self.by_line:
            for m in found:
                self.spellings[m.en][m.hi] += 1

    def all_mentions(self) -> Iterable[Mention]:
        for found in self.by_line:
            yield from found


__all__ = ["LETTERS", "Mention", "NameBook", "english_names", "match_hindi", "mentions"]
