"""Words of opposite meaning, for comparing negation by meaning: antonym pairs ("win" /
"हार", "present" / "लापता") and negative prefixes ("un-", "dis-", अ-, ना-, गैर-), read from
``verifier/data/lexicon/antonyms.tsv`` and ``negative_prefixes.tsv`` (written for this
project; their headers say how).

English forms are compared by ``stem.stem_en``, Hindi forms by ``stem.stem_hi``, so an
inflection of a listed form matches it (wins ~ win, खुली ~ खुला).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from verifier.lang.stem import EN_WORD, HI_WORD, stem_en, stem_hi

__all__ = [
    "ANTONYMS_FILE",
    "PREFIXES_FILE",
    "AntonymPair",
    "en_bases",
    "hi_bases",
    "load_antonyms",
    "parse_antonyms",
]

ANTONYMS_FILE = "antonyms.tsv"
PREFIXES_FILE = "negative_prefixes.tsv"
_MIN_BASE = 3
"""Code points a base left by a prefix must keep (असर is not अ + सर "sir")."""

# Hindi vowel signs and the independent vowel each stands for after अन (अनुपलब्ध = अन + उपलब्ध).
_SIGN_TO_VOWEL = {
    "\u093e": "आ", "\u093f": "इ", "\u0940": "ई", "\u0941": "उ", "\u0942": "ऊ",
    "\u0943": "ऋ", "\u0947": "ए", "\u0948": "ऐ", "\u094b": "ओ", "\u094c": "औ",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class AntonymPair:
    """Two meanings that exclude each other, each as English stems and Hindi stem runs."""

    en_a: frozenset[str]
    hi_a: tuple[tuple[str, ...], ...]
    en_b: frozenset[str]
    hi_b: tuple[tuple[str, ...], ...]
    label_a: str
    label_b: str


def _hi_forms(column: str) -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(stem_hi(w) for w in HI_WORD.findall(form))
        for form in column.split("|")
        if HI_WORD.search(form)
    )


def _en_forms(column: str) -> frozenset[str]:
    return frozenset(stem_en(w.casefold()) for f in column.split("|") for w in EN_WORD.findall(f))


def parse_antonyms(lines: Iterable[str], source: str) -> Iterator[AntonymPair]:
    """Rows of the antonym table; a malformed line raises ``ValueError`` naming it."""
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.rstrip("\n").split("\t")]
        if len(parts) != 4 or not all(parts):
            raise ValueError(f"{source}:{n}: expected english a, hindi a, english b, hindi b")
        en_a, hi_a, en_b, hi_b = parts
        yield AntonymPair(
            _en_forms(en_a), _hi_forms(hi_a), _en_forms(en_b), _hi_forms(hi_b),
            en_a.split("|")[0], en_b.split("|")[0],
        )  # fmt: skip


def _read(name: str) -> list[str]:
    item = resources.files("verifier") / "data" / "lexicon" / name
    return item.read_text(encoding="utf-8").splitlines()


@lru_cache(maxsize=1)
def load_antonyms() -> tuple[AntonymPair, ...]:
    """The antonym pairs shipped with the package (cached)."""
    return tuple(parse_antonyms(_read(ANTONYMS_FILE), ANTONYMS_FILE))


@lru_cache(maxsize=1)
def _prefixes() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {"en": [], "hi": []}
    for n, line in enumerate(_read(PREFIXES_FILE), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or parts[0] not in out or not parts[1].strip():
            raise ValueError(f"{PREFIXES_FILE}:{n}: expected lang (en or hi) and a prefix")
        out[parts[0]].append(parts[1].strip())
    return {lang: tuple(sorted(p, key=len, reverse=True)) for lang, p in out.items()}


def en_bases(word: str) -> list[str]:
    """What an English word may negate by its prefix: "unable" → ["able"]."""
    w = word.casefold()
    return [w[len(p) :] for p in _prefixes()["en"] if w.startswith(p) and len(w) - len(p) >= 3]


def hi_bases(word: str) -> list[str]:
    """What a Hindi word may negate by its prefix: असहमत → [सहमत], अनुपलब्ध → [उपलब्ध],
    नापसंद → [पसंद]; bases shorter than three code points are not taken."""
    out: list[str] = []
    for p in _prefixes()["hi"]:
        if not word.startswith(p):
            continue
        rest = word[len(p) :]
        if p == "अन" and rest[:1] in _SIGN_TO_VOWEL:
            rest = _SIGN_TO_VOWEL[rest[0]] + rest[1:]
        elif rest[:1] in _SIGN_TO_VOWEL or rest[:1] in ("\u094d", "\u0902", "\u0901", "\u093c"):
            continue  # the prefix cut a syllable in two (आ…, अं…)
        if len(rest) >= _MIN_BASE:
            out.append(rest)
    return out
