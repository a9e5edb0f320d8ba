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
    "order",
    "doubt",
)
CONTENT_CATEGORIES = frozenset({"concern", "approval", "order", "doubt"})
"""Stance words, round orders (hundreds, हज़ारों) and words of doubt (think, whether) are
content words: they are also entered in the translation lexicon."""

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

    __slots__ = ("_phrases", "_senses", "classes", "rows")

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
        # Grouped by length, longest first: a run of words is looked up once per length
        # (at most one phrase of a length matches it), not compared with every phrase.
        self._phrases = {
            first: tuple(
                (n, {w: tuple(c) for w, c in d.items() if len(w) == n})
                for n in sorted({len(w) for w in d}, reverse=True)
            )
            for first, d in phrases.items()
        }
        senses: dict[tuple[str, str, str], set[float]] = defaultdict(set)
        for row in self.rows:
            senses[(row.category, "en", _key(row.english, "en"))].add(row.strength)
            for form in row.hindi:
                senses[(row.category, "hi", _key(form, "hi"))].add(row.strength)
        self._senses = {k: frozenset(v) for k, v in senses.items()}

    def __getitem__(self, category: str) -> WordClass:
        return self.classes[category]

    def senses(self, category: str, phrase: str, lang: str) -> frozenset[float]:
        """Every strength the rows of ``category`` give ``phrase`` (no mean: लाखों is both
        1e5 and 1e6 as an order); empty when the phrase is not in the class."""
        return self._senses.get((category, "en" if lang == "en" else "hi", _key(phrase, lang)),
                                frozenset())  # fmt: skip

    def forms(self, category: str, lang: str) -> tuple[str, ...]:
        """The words and phrases of ``category`` as the table writes them (English rows or
        Hindi forms, unfolded), each once, longest first: for building a pattern."""
        seen: dict[str, None] = {}
        for row in self.rows:
            if row.category == category:
                for form in (row.english,) if lang == "en" else row.hindi:
                    seen.setdefault(form, None)
        return tuple(sorted(seen, key=lambda f: (-len(f), f)))

    def categories(self, word: str, lang: str) -> dict[str, float]:
        """Every class a single word or phrase belongs to, with its strength there."""
        key = _key(word, lang)
        out = dict(_classes_of(self, key, lang))
        if lang == "en" and key.endswith("n't"):
            out.setdefault("negation", 1.0)
        elif lang == "hi" and _FUTURE_HI.search(key) and key not in _NOT_FUTURE:
            out.setdefault("modal", WILL)
        return out

    def find(self, text: str, lang: str) -> list[FunctionHit]:
        """Function words in ``text`` ("en" or any Devanagari language), longest phrase
        first at each word (कम से कम is "at least", not "few"); one hit per class."""
        return list(_find(self, text, lang))

    def _find(self, text: str, lang: str) -> tuple[FunctionHit, ...]:
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
        return tuple(hits)

    def _longest(
        self, toks: list[tuple[int, int, str]], i: int, lang: str
    ) -> tuple[int, tuple[tuple[str, float], ...]]:
        for n, by_words in self._phrases.get((lang, toks[i][2]), ()):
            classes = by_words.get(tuple(t[2] for t in toks[i : i + n]))
            if classes is not None:
                return n, classes
        return 0, ()


@lru_cache(maxsize=1024)
def _find(words: FunctionWords, text: str, lang: str) -> tuple[FunctionHit, ...]:
    # Kept for a while: the intensity, stance, hedge and number checks read the same texts.
    return words._find(text, lang)


@lru_cache(maxsize=65536)
def _classes_of(words: FunctionWords, key: str, lang: str) -> tuple[tuple[str, float], ...]:
    """The classes of one looked-up word, with its strength in each (asked once per word)."""
    return tuple(
        (n, c.en[key] if lang == "en" else c.hi[key])
        for n, c in words.classes.items()
        if key in (c.en if lang == "en" else c.hi)
    )


@lru_cache(maxsize=65536)  # each word of every text the finder reads
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
