"""Gazetteer anchors: places, organisations, titles and currencies named in Hindi or
English text, each mapped to one canonical English key (month and weekday names live in
``verifier.lang.dates.strings``).

Data (package data under ``data/gazetteer/``, see its PROVENANCE.md): Unicode CLDR 49
English/Hindi names of countries, regions, time-zone cities, major languages, currencies,
months and weekdays (Unicode License), plus ``aliases.tsv`` written for this project
(exonyms, demonyms, abbreviations, Indian states and cities, institutions and titles).
Hindi look-ups go through ``indicfold.fold_deva`` (nukta, anusvara and half-nasal spellings)
and accept the plural/oblique endings ों / ियों.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from verifier.lang.indicfold import fold_deva, is_deva
from verifier.lang.textnorm import Token, tokenize
from verifier.model import Span

__all__ = [
    "PlaceMention",
    "canonical_place",
    "currency_code",
    "places_in",
    "same_place",
]

_MAX_TEXT = 200_000  # characters scanned per call: bounded work on hostile input


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place, organisation or title named in a text."""

    span: Span
    text: str
    key: str
    """Canonical English name: ``"Canada"``, ``"United States"``, ``"Prime Minister"``."""
    kind: str
    """``country``, ``region``, ``city``, ``state``, ``org``, ``title`` or ``language``."""
    adjective: bool = False
    """Written as a demonym or adjective (कनाडाई, Canadian)."""
    also: tuple[str, ...] = ()
    """Other keys an ambiguous abbreviation can stand for (FM: Finance Minister)."""


@dataclass(frozen=True, slots=True)
class _Entry:
    key: str
    kind: str
    adjective: bool = False
    also: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Tables:
    phrases: dict[tuple[str, ...], _Entry]
    exact: dict[tuple[str, ...], _Entry]
    """Case-sensitive English acronyms (US, UK, PM), keyed without dots."""
    first: dict[str, int]
    """First word of a phrase -> length of the longest phrase starting with it."""
    currencies: dict[str, str]


def _read(name: str) -> str:
    return (resources.files("verifier") / "data" / "gazetteer" / name).read_text(encoding="utf-8")


def _phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(_token_key(tok.text) for tok in tokenize(phrase))


@lru_cache(maxsize=65536)  # every token of every text is looked up
def _token_key(token: str) -> str:
    if is_deva(token):
        return fold_deva(token)
    low = token.casefold().lstrip("#")
    if low.endswith(("'s", "’s")):
        low = low[:-2]
    # British spelling: Organisation = Organization (the tables write -ization)
    return low.replace("isation", "ization")


def _exact_key(token: str) -> str:
    return token.lstrip("#").replace(".", "")


# Month and weekday spellings CLDR does not list (it gives one standard form).
# Currency words and symbols of Indian and world news (codes are ISO 4217).
_CURRENCY_EXTRA: dict[str, str] = {
    "₹": "INR", "rs": "INR", "inr": "INR", "rupee": "INR", "rupees": "INR", "re": "INR",
    "रुपये": "INR", "रुपए": "INR", "रुपया": "INR", "रुपयों": "INR", "रु": "INR", "रू": "INR",
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "डॉलर": "USD", "डालर": "USD", "डॉलरों": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "यूरो": "EUR",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "पाउंड": "GBP", "पौंड": "GBP",
    "¥": "JPY", "yen": "JPY", "येन": "JPY", "yuan": "CNY", "युआन": "CNY",
    "dirham": "AED", "dirhams": "AED", "दिरहम": "AED", "rouble": "RUB", "ruble": "RUB",
    "roubles": "RUB", "rubles": "RUB", "रूबल": "RUB",
}  # fmt: skip


def _flags(text: str) -> tuple[bool, bool, tuple[str, ...]]:
    parts = [p.strip() for p in text.split(",") if p.strip()]
    also = tuple(p[5:] for p in parts if p.startswith("also="))
    return "adj" in parts, "cs" in parts, also


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    phrases: dict[tuple[str, ...], _Entry] = {}
    exact: dict[tuple[str, ...], _Entry] = {}
    currencies: dict[str, str] = {fold_deva(k): v for k, v in _CURRENCY_EXTRA.items()}
    # Our aliases first: they win over CLDR rows with the same spelling (Chinese and
    # चीनी are China's adjective, not only the language).
    alias_lines = [ln for ln in _read("aliases.tsv").splitlines() if not ln.startswith("#")]
    for row in csv.DictReader(io.StringIO("\n".join(alias_lines)), delimiter="\t"):
        adjective, case_sensitive, also = _flags(row["flags"] or "")
        entry = _Entry(row["key"], row["kind"], adjective, also)
        if case_sensitive:
            exact.setdefault(tuple(_exact_key(t.text) for t in tokenize(row["phrase"])), entry)
        else:
            phrases.setdefault(_phrase_key(row["phrase"]), entry)
    for row in csv.DictReader(io.StringIO(_read("cldr.tsv")), delimiter="\t"):
        kind, code, en, hi = row["kind"], row["code"], row["en"], row["hi"]
        if kind in ("month", "weekday"):
            continue  # month and weekday names live in verifier.lang.dates.strings
        if kind == "currency":
            for name in (en, hi):
                currencies.setdefault(" ".join(_phrase_key(name)), code)
            continue
        entry = _Entry(en, kind)
        for name in (en, hi):
            key = _phrase_key(name) if name else ()
            if key:
                phrases.setdefault(key, entry)
    first: dict[str, int] = {}
    for phrase in (*phrases, *exact):
        first[phrase[0]] = max(first.get(phrase[0], 0), len(phrase))
    return _Tables(phrases, exact, first, currencies)


_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/|t\.co/)\S+", re.IGNORECASE)
_HI_ENDINGS = (("ियों", "ी"), ("ों", ""), ("ाओं", "ा"), ("एं", "ा"))


def _hi_variants(key: str) -> tuple[str, ...]:
    out = [key]
    for ending, repl in _HI_ENDINGS:
        if key.endswith(ending) and len(key) > len(ending) + 1:
            out.append(key[: -len(ending)] + repl)
    return tuple(out)


def _en_variants(key: str) -> tuple[str, ...]:
    # Americans, Canadians: plural demonyms
    return (key, key[:-1]) if len(key) > 4 and key.endswith("s") else (key,)


def _split_hyphens(token: Token, tables: _Tables) -> list[Token]:
    """Hyphenated words are looked up whole (जम्मू-कश्मीर, Indo-Pacific) or by part
    (PM-designate, भारत-अमेरिका)."""
    if "-" not in token.text or (_token_key(token.text),) in tables.phrases:
        return [token]
    out: list[Token] = []
    pos = token.start
    for part in token.text.split("-"):
        if part:
            out.append(Token(part, pos, pos + len(part)))
        pos += len(part) + 1
    return out


def _variants(key: str) -> tuple[str, ...]:
    return _hi_variants(key) if is_deva(key) else _en_variants(key)


def _lookup(words: list[str], exact_words: list[str], tables: _Tables) -> _Entry | None:
    hit = tables.exact.get(tuple(exact_words))
    if hit is not None:
        return hit
    heads = [words[0]]
    if len(words) > 1 and words[0] in _COMPASS_HI:
        heads.append(_COMPASS_HI[words[0]])  # उत्तरी कोरिया = उत्तर कोरिया
    for head in heads:
        for variant in _variants(words[-1]):
            phrase = (variant,) if len(words) == 1 else (head, *words[1:-1], variant)
            hit = tables.phrases.get(phrase)
            if hit is not None:
                return hit
    return _demonym(words[0], tables) if len(words) == 1 else None


# Hindi writes a compass point before a place as an adjective too (उत्तरी कोरिया, पूर्वी
# तिमोर); CLDR has the noun (उत्तर कोरिया).
_COMPASS_HI = {"उत्तरी": "उत्तर", "दक्षिणी": "दक्षिण", "पूर्वी": "पूर्व", "पश्चिमी": "पश्चिम"}
_MIN_DEMONYM_STEM = 4
"""Letters of a country's name that a demonym ending may follow (भारती, a given name, is no
demonym of भारत)."""


def _demonym(word: str, tables: _Tables) -> _Entry | None:
    """A people or adjective of a country by the regular endings: Hindi -ई after -ा
    (क्रोएशियाई, सर्बियाई) and -ी (मिस्री), English -n (Croatian, Serbians)."""
    if is_deva(word):
        # -ी follows a consonant: a longer stem, so that a given name (भारती) is left alone
        least = _MIN_DEMONYM_STEM + (not word.endswith("ाई"))
        stems = [word[:-1]] if word.endswith("ी") or word.endswith("ाई") else []
    else:
        least = _MIN_DEMONYM_STEM
        bare = word[:-1] if word.endswith("ns") else word
        stems = [bare[:-1]] if bare.endswith("n") else []
    for stem in stems:
        hit = tables.phrases.get((stem,))
        if len(stem) >= least and hit is not None and hit.kind == "country":
            return _Entry(hit.key, hit.kind, True, hit.also)
    return None


def _initials(a: Token, b: Token, text: str) -> bool:
    """Two letters of a dotted abbreviation (U.N., U.K.): a dot between them is no break."""
    return len(a.text) == 1 and len(b.text) == 1 and text[a.end : b.start] == "."


def places_in(text: str, lang: str | None = None) -> list[PlaceMention]:
    """Places, organisations and titles named in ``text``, longest phrase first.

    Works on Hindi and English (each token is looked up by its script, so Latin
    acronyms inside Hindi text are found too; ``lang`` is accepted for symmetry with the
    other anchor finders). Handles, URLs and words inside them are skipped; hashtags are
    read without ``#``. Spans index ``text``.
    """
    del lang  # the script of each token decides
    text = text[:_MAX_TEXT]
    tables = _tables()
    blocked = [m.span() for m in _URL.finditer(text)]
    tokens = [
        piece
        for t in tokenize(text)
        if not t.text.startswith("@") and not any(a <= t.start < b for a, b in blocked)
        for piece in _split_hyphens(t, tables)
    ]
    keys = [_token_key(t.text) for t in tokens]
    exact = [_exact_key(t.text) for t in tokens]
    out: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        longest = max(
            tables.first.get(keys[i], 0),
            tables.first.get(exact[i], 0),
            tables.first.get(_COMPASS_HI.get(keys[i], ""), 0),
        )
        if longest == 0 and (
            any(v in tables.first for v in _variants(keys[i]))
            or _demonym(keys[i], tables) is not None
        ):
            longest = 1
        found = None
        for n in range(min(longest, len(tokens) - i), 0, -1):
            window = tokens[i : i + n]
            if any(
                text[a.end : b.start].strip(" -") and not _initials(a, b, text)
                for a, b in zip(window, window[1:], strict=False)
            ):
                continue  # words of a phrase are separated by spaces or a hyphen only
            entry = _lookup(keys[i : i + n], exact[i : i + n], tables)
            if entry is not None:
                found = (n, entry)
                break
        if found is None:
            i += 1
            continue
        n, entry = found
        start, end = tokens[i].start, tokens[i + n - 1].end
        if text[start] == "#":
            start += 1
        if text.endswith(("'s", "’s"), start, end):
            end -= 2
        out.append(
            PlaceMention(Span(start, end), text[start:end], entry.key, entry.kind,
                         entry.adjective, entry.also)
        )  # fmt: skip
        i += n
    return out


def canonical_place(word_or_phrase: str, lang: str | None = None) -> str | None:
    """Canonical English key of a whole place/organisation/title name, else ``None``.

    ``canonical_place("अमेरिकी") == "United States"``, ``canonical_place("FM") ==
    "Foreign Minister"``.
    """
    del lang
    tokens = tokenize(word_or_phrase[:500])
    if not tokens:
        return None
    entry = _lookup(
        [_token_key(t.text) for t in tokens], [_exact_key(t.text) for t in tokens], _tables()
    )
    return entry.key if entry is not None else None


def is_demonym(word: str) -> bool:
    """``word`` is a nationality or place adjective (भारतीय, अमेरिकी, Canadian)."""
    tokens = tokenize(word[:100])
    if len(tokens) != 1:
        return False
    entry = _lookup([_token_key(tokens[0].text)], [_exact_key(tokens[0].text)], _tables())
    return entry is not None and entry.adjective


def same_place(a: PlaceMention, b: PlaceMention) -> bool:
    """True when two mentions can name the same thing (keys or alternative keys meet)."""
    return bool({a.key, *a.also} & {b.key, *b.also})


def currency_code(word_or_phrase: str) -> str | None:
    """ISO 4217 code of a currency word, symbol or CLDR name (₹, Rs, रुपये, डॉलर,
    "Canadian Dollar"), else ``None``. A bare dollar is read as USD."""
    raw = fold_deva(word_or_phrase.strip().rstrip("."))
    table = _tables().currencies
    if raw in table:
        return table[raw]
    return table.get(" ".join(_phrase_key(raw)))
