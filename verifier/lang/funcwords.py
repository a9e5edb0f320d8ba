"""Meaning-bearing function words (negation, quantifiers, bounds, modals, hedges, degree,
frequency, stance) in English and Hindi, with comparable strengths, for the drift judge.

The table is package data, ``verifier/data/lexicon/hi/function_words.tsv``: the lexicon's
three columns plus a category and a strength (the file's header defines each scale). A
judge asks which class a word belongs to and how strong it is, so that "may" → "होगा"
(0.4 → 0.9) reads as a strengthening and "all" → "कई" (1 → 0.55) as a weakening.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from verifier.lang.stem import EN_WORD, HI_WORD, fold_hi

FILE = "hi/function_words.tsv"
"""The table's path in ``verifier/data/lexicon`` (its Hindi forms make it a Hindi file)."""
CATEGORIES = (
    "negation",
    "quantifier",
    "bound",
    "restrictor",
    "modal",
    "hedge",
    "intensifier",
    "frequency",
    "concern",
    "approval",
)
CONTENT_CATEGORIES = frozenset({"concern", "approval"})
"""Stance words are content words: they are also entered in the translation lexicon."""

_MAX_WORDS = 5
WILL = 0.9
"""Strength of the Hindi future tense (करेगा, होंगे), the same as English "will"."""

# Hindi future endings (करेगा, जाएगी, करेंगे, दूंगा, होंगे). -ोगा/-ोगी are left out but for
# होगा/होगी: योगी, सहयोगी, उपयोगी, रोगी are nouns.
_FUTURE_HI = re.compile(
    "(?:\u0947\u0902?|\u0942\u0902|\u090f\u0902?|\u094b\u0902)(?:गा|गी|गे)$|^होग[ाी]$"
)

_NOT_FUTURE = frozenset({"मेगा", "ओमेगा"})  # loanwords (mega, omega)


@dataclass(frozen=True, slots=True)
class FunctionRow:
    """One line of the table: an English word or phrase, its Hindi forms, its class."""

    english: str
    pos: str
    hindi: tuple[str, ...]
    category: str
    strength: float


@dataclass(frozen=True, slots=True)
class WordClass:
    """One category in both languages: form → strength. Keys are lowercase English and
    folded Hindi (``stem.fold_hi``), words of a phrase joined by one space."""

    name: str
    en: Mapping[str, float]
    hi: Mapping[str, float]

    def strength(self, phrase: str, lang: str) -> float | None:
        """Strength of a word or phrase in this class, or None when it is not in it."""
        table = self.en if lang == "en" else self.hi
        return table.get(_key(phrase, lang))


@dataclass(frozen=True, slots=True)
class FunctionHit:
    """A function word found in a text: its class, strength and where it is."""

    category: str
    strength: float
    start: int
    end: int
    text: str


class FunctionWords:
    """The classes of ``function_words.tsv``, read-only, with a finder over texts."""

    __slots__ = ("_phrases", "classes", "rows")

    def __init__(self, rows: Iterable[FunctionRow]) -> None:
        self.rows: tuple[FunctionRow, ...] = tuple(rows)
        en: dict[str, dict[str, float]] = defaultdict(dict)
        hi: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        for row in self.rows:
            en[row.category][_key(row.english, "en")] = row.strength
            for form in row.hindi:
                hi[row.category][_key(form, "hi")].append(row.strength)
        self.classes: Mapping[str, WordClass] = MappingProxyType(
            {
                name: WordClass(
                    name,
                    MappingProxyType(dict(en.get(name, {}))),
                    MappingProxyType(
                        {k: round(sum(v) / len(v), 3) for k, v in hi.get(name, {}).items()}
                    ),
                )
                for name in CATEGORIES
            }
        )
        # (lang, first word) → [(words, [(category, strength)])], longest phrase first.
        phrases: dict[tuple[str, str], dict[tuple[str, ...], list[tuple[str, float]]]] = (
            defaultdict(lambda: defaultdict(list))
        )
        for name, cls in self.classes.items():
            for lang, table in (("en", cls.en), ("hi", cls.hi)):
                for form, value in table.items():
                    words = tuple(form.split())
                    phrases[(lang, words[0])][words].append((name, value))
        self._phrases = {
            first: sorted(((w, tuple(c)) for w, c in d.items()), key=lambda x: -len(x[0]))
            for first, d in phrases.items()
        }

    def __getitem__(self, category: str) -> WordClass:
        return self.classes[category]

    def categories(self, word: str, lang: str) -> dict[str, float]:
        """Every class a single word or phrase belongs to, with its strength there."""
        key = _key(word, lang)
        out = {n: c.en[key] if lang == "en" else c.hi[key] for n, c in self.classes.items()
               if key in (c.en if lang == "en" else c.hi)}  # fmt: skip
        if lang == "en" and key.endswith("n't"):
            out.setdefault("negation", 1.0)
        elif lang == "hi" and _FUTURE_HI.search(key) and key not in _NOT_FUTURE:
            out.setdefault("modal", WILL)
        return out

    def find(self, text: str, lang: str) -> list[FunctionHit]:
        """Function words in ``text`` ("en" or any Devanagari language), longest phrase
        first at each word (कम से कम is "at least", not "few"); one hit per class."""
        rx = EN_WORD if lang == "en" else HI_WORD
        toks = [(m.start(), m.end(), _key(m.group(0), lang)) for m in rx.finditer(text)]
        hits: list[FunctionHit] = []
        i = 0
        while i < len(toks):
            n, classes = self._longest(toks, i, lang)
            if n:
                start, end = toks[i][0], toks[i + n - 1][1]
                hits.extend(FunctionHit(c, s, start, end, text[start:end]) for c, s in classes)
                i += n
                continue
            start, end, word = toks[i]
            for c, s in self.categories(word, lang).items():
                hits.append(FunctionHit(c, s, start, end, text[start:end]))
            i += 1
        return hits

    def _longest(
        self, toks: list[tuple[int, int, str]], i: int, lang: str
    ) -> tuple[int, tuple[tuple[str, float], ...]]:
        for words, classes in self._phrases.get((lang, toks[i][2]), ()):
            n = len(words)
            if tuple(t[2] for t in toks[i : i + n]) == words:
                return n, classes
        return 0, ()


def _key(phrase: str, lang: str) -> str:
    if lang == "en":
        words = [w.casefold().replace("’", "'") for w in EN_WORD.findall(phrase)]
    else:
        words = [fold_hi(w) for w in HI_WORD.findall(phrase)]
    return " ".join(words[:_MAX_WORDS])


def parse_rows(lines: Iterable[str], source: str) -> Iterator[FunctionRow]:
    """Rows of the function-word table; a malformed line raises ``ValueError`` naming it."""
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 5:
            raise ValueError(f"{source}:{n}: expected english, pos, hindi, category, strength")
        english, pos, hindi, category, strength = (p.strip() for p in parts)
        if category not in CATEGORIES:
            raise ValueError(f"{source}:{n}: unknown category {category!r}")
        try:
            value = float(strength)
        except ValueError:
            raise ValueError(f"{source}:{n}: strength {strength!r} is not a number") from None
        forms = tuple(f.strip() for f in hindi.split("|") if f.strip())
        if not english or not forms:
            raise ValueError(f"{source}:{n}: empty english or hindi column")
        yield FunctionRow(english.casefold(), pos, forms, category, value)


@lru_cache(maxsize=1)
def load_function_words() -> FunctionWords:
    """The table shipped with the package (cached)."""
    item = (resources.files("verifier") / "data" / "lexicon").joinpath(*FILE.split("/"))
    return FunctionWords(parse_rows(item.read_text(encoding="utf-8").splitlines(), FILE))
