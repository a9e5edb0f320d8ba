"""Anchors: profile a text into per-token keys that can meet across English and Hindi.

A ``TextProfile`` holds the tokens of one text and, for each token, the set of keys it
offers (``L:`` lexicon, ``P:`` phonetic, ``N:`` number, ``D:`` date, ``H:`` handle/hashtag)
and a weight (0 for function words, more for names and numbers). Profiles are cached:
the same post is compared with many claims.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from verifier.lang import regional
from verifier.lang.chars import opens_sentence
from verifier.lang.dates.find import find_dates
from verifier.lang.gazetteer import places_in
from verifier.lang.indic_script import to_devanagari
from verifier.lang.lexicon import Lexicon, load_lexicon
from verifier.lang.numbers.find import find_numbers
from verifier.lang.stem import fold_hi, stem_en, stem_hi
from verifier.lang.textnorm import Token, tokenize
from verifier.lang.translit import NAME_MATCH, phonetic_key, romanize, split_handle
from verifier.lang.words import STOP_EN, STOP_HI, SUBJECT_VERBS_EN

NAME_THRESHOLD = NAME_MATCH
"""Name similarity (0–100) from which a Devanagari token and a Latin name match."""

NAME_WEIGHT = 2.0
NUMBER_WEIGHT = 2.0
WORD_WEIGHT = 1.0

_URL = re.compile(r"(?:https?://|pic\.twitter\.com/|pic\.x\.com/|t\.co/)\S+", re.IGNORECASE)
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")

_KIND = {
    "L": "lexical",
    "P": "name",
    "G": "name",
    "N": "number",
    "D": "date",
    "H": "handle",
    "X": "negation",
    "A": "name",
    "C": "name",
    "T": "lexical",
}
_NEG_EN = frozenset("not no never nor neither none nobody nothing without cannot".split())
_NEG_HI = frozenset("नहीं नही ना न मत बिना".split())
NEGATION_KEY = "X:neg"


_PRIORITY = {"H": 0, "N": 1, "D": 2, "G": 3, "T": 4, "X": 5, "A": 6, "L": 7, "P": 8, "C": 9}


def key_priority(key: str) -> tuple[int, str]:
    """Sort order of keys: the most specific evidence first, then alphabetical."""
    return (_PRIORITY.get(key[:1], 9), key)


def kind_of_key(key: str) -> str:
    return _KIND.get(key[:1], "lexical")


@dataclass(frozen=True, slots=True)
class TextProfile:
    text: str
    lang: str
    tokens: tuple[Token, ...]
    keys: tuple[frozenset[str], ...]
    weights: tuple[float, ...]
    names: tuple[bool, ...]
    """Token looks like a name (capitalised, handle) — eligible for fuzzy name matching."""
    name_candidates: tuple[int, ...]
    """Indices of tokens that may be names or loanwords (no lexicon entry, not a stopword)."""


def _blank_urls(text: str) -> str:
    # Keep offsets: replace links by spaces of the same length.
    return _URL.sub(lambda m: " " * len(m.group(0)), text)


def _number_keys(text: str, lang: str) -> dict[int, set[str]]:
    """Map token start offsets to ``N:`` keys of the numbers covering them."""
    out: dict[int, set[str]] = {}
    for n in find_numbers(text, lang):
        key = "N:" + _num(n.value)
        out.setdefault(n.span.start, set()).add(key)
    for d in find_dates(text, lang):
        # Every token of a date offers the date's parts: "26th May 2014" meets "26 मई 2014".
        keys = set()
        if d.month:
            keys.add(f"D:m{d.month}")
        if d.day:
            keys.add(f"D:d{d.day}")
        if d.year:
            keys.add(f"D:y{d.year}")
        if d.weekday is not None:
            keys.add(f"D:w{d.weekday}")
        if d.relative_days is not None:
            keys.add(f"D:r{d.relative_days}")
        for m in re.finditer(r"\S+", text[d.span.start : d.span.end]):
            out.setdefault(d.span.start + m.start(), set()).update(keys)
    return out


def _num(value: float) -> str:
    return f"{value:.6g}"


def _place_keys(text: str) -> dict[int, set[str]]:
    """Map token starts to ``G:`` keys of the places, organisations and titles covering them
    (कनाडा / कनाडाई / Canada -> ``G:canada``; अमेरिका / US -> ``G:united states``)."""
    out: dict[int, set[str]] = {}
    for pm in places_in(text):
        # Titles (PM, विदेश मंत्री) are roles, not names: they match, but as "T:" keys that
        # the drift judge does not treat as entities.
        prefix = "T:" if pm.kind in ("title", "language") else "G:"
        keys = {prefix + pm.key.casefold()} | {prefix + a.casefold() for a in pm.also}
        for m in re.finditer(r"\S+", text[pm.span.start : pm.span.end]):
            out.setdefault(pm.span.start + m.start(), set()).update(keys)
    return out


@lru_cache(maxsize=8192)
def profile(text: str, lang: str) -> TextProfile:
    """The token keys of ``text``; ``lang`` decides the English or Indic treatment."""
    clean = _blank_urls(text)
    tokens = tuple(tokenize(clean))
    numbers = _number_keys(clean, "en" if lang == "en" else lang)
    for start, keys in _place_keys(clean).items():
        numbers.setdefault(start, set()).update(keys)
    index = _Starts(numbers)
    if lang == "en" or lang == "und":
        return _profile_en(text, lang, tokens, index)
    if lang == "hi" and regional.looks_marathi(text):
        lang = "mr"  # few of the usual markers: "… घोषणा केली. … करत आहोत."
    return _profile_indic(text, lang, tokens, index)


class _Starts:
    """The ``N:``/``D:``/``G:`` keys by token start, with the starts sorted so that a token
    finds the ones it covers by bisection (not by a pass over every number of the text)."""

    __slots__ = ("keys", "starts")

    def __init__(self, keys: dict[int, set[str]]) -> None:
        self.keys = keys
        self.starts = sorted(keys)


def _num_keys_for(tok: Token, numbers: _Starts) -> set[str]:
    """Keys of the numbers, dates and places that start inside the token."""
    keys: set[str] = set()
    starts = numbers.starts
    i = bisect_left(starts, tok.start)
    while i < len(starts) and starts[i] < tok.end:
        keys |= numbers.keys[starts[i]]
        i += 1
    return keys


def _profile_en(text: str, lang: str, tokens: tuple[Token, ...], numbers: _Starts) -> TextProfile:
    lex = load_lexicon()
    keys: list[frozenset[str]] = []
    weights: list[float] = []
    names: list[bool] = []
    for idx, tok in enumerate(tokens):
        word = tok.text
        ks: set[str] = _num_keys_for(tok, numbers)
        is_name = False
        if word.startswith("@"):
            parts = split_handle(word[1:])
            is_name = True
            ks.add("H:" + word[1:].casefold())
            for part in parts:
                ks |= _en_word_keys(lex, part, name=True) | _consonant_keys(part)
        elif word.startswith("#"):
            for part in _CAMEL.findall(word[1:]) or [word[1:]]:
                ks |= _en_word_keys(lex, part, name=part[:1].isupper())
            ks.add("H:" + word[1:].casefold())
        else:
            low = word.casefold()
            if low in _NEG_EN or low.endswith(("n't", "n’t")):
                keys.append(frozenset({NEGATION_KEY}))
                weights.append(WORD_WEIGHT)
                names.append(False)
                continue
            if low in STOP_EN and not ks:
                keys.append(frozenset())
                weights.append(0.0)
                names.append(False)
                continue
            is_name = _looks_like_name(text, tokens, idx, lex) or any(
                k.startswith("G:") for k in ks
            )
            ks |= _en_word_keys(lex, word, name=is_name)
            if is_name:
                ks |= _consonant_keys(word)
        keys.append(frozenset(ks))
        has_num = any(k.startswith("N:") for k in ks)
        weights.append(NUMBER_WEIGHT if has_num else NAME_WEIGHT if is_name else WORD_WEIGHT)
        names.append(is_name)
    return TextProfile(text, lang, tokens, tuple(keys), tuple(weights), tuple(names), ())


def _looks_like_name(text: str, tokens: tuple[Token, ...], idx: int, lex: Lexicon) -> bool:
    """A capitalised word that the lexicon does not know (Charminar, Siminoff, Anand); at
    the start of a sentence only when the next word is capitalised too (Sara Danius) or is
    a verb a subject takes ("Danius said")."""
    word = tokens[idx].text
    if not word[:1].isupper() or word.casefold() in STOP_EN or lex.hindi_keys(word.casefold()):
        return False
    if idx == 0 or opens_sentence(text[tokens[idx - 1].end : tokens[idx].start]):
        nxt = tokens[idx + 1].text if idx + 1 < len(tokens) else ""
        if nxt.casefold() in SUBJECT_VERBS_EN:
            return True  # "Schneider has …", "Danius said …": the subject of a report
        return nxt[:1].isupper() and not (
            opens_sentence(text[tokens[idx].end : tokens[idx + 1].start])
            if idx + 1 < len(tokens)
            else True
        )
    return True


@lru_cache(maxsize=65536)
def _en_word_keys_cached(word: str, name: bool) -> frozenset[str]:
    lex = load_lexicon()
    ks = {"L:" + k for k in lex.hindi_keys(word)}
    low = word.casefold()
    if name or not ks or len(low) >= 6:
        # Names and English loanwords appear in Devanagari (मिनरल्स, सप्लाई, डील).
        pk = phonetic_key(low)
        if len(pk) >= 3:
            ks.add("P:" + pk)
    if word.isupper() and 2 <= len(word) <= 5:
        ks.add("A:" + low)  # acronym: पीएम = PM
    return frozenset(ks)


def _en_word_keys(lex: object, word: str, *, name: bool) -> set[str]:
    return set(_en_word_keys_cached(word, name))


class _TokenKeys(NamedTuple):
    """What one token of an Indic text offers: its keys and weight, whether it is a name,
    and whether it is a name candidate (a word the lexicon does not know)."""

    keys: frozenset[str]
    weight: float
    name: bool = False
    candidate: bool = False


_NEGATION_TOKEN = _TokenKeys(frozenset({NEGATION_KEY}), WORD_WEIGHT)


def _has_number(ks: set[str]) -> bool:
    return any(k.startswith("N:") for k in ks)


def _indic_tag_token(word: str, ks: set[str], lex: Lexicon) -> _TokenKeys:
    """Handles and hashtags are kept in Latin script inside Hindi text."""
    bare = word[1:]
    ks.add("H:" + bare.casefold())
    for part in split_handle(bare) if word.startswith("@") else _CAMEL.findall(bare):
        ks |= _en_word_keys(lex, part, name=True)
    return _TokenKeys(frozenset(ks), NAME_WEIGHT, name=True)


def _indic_latin_token(word: str, ks: set[str], lex: Lexicon) -> _TokenKeys:
    """English words inside a Hindi sentence (CA, IPL, nice knowin ya)."""
    if word.casefold() in STOP_EN and not ks:
        return _TokenKeys(frozenset(), 0.0)
    ks |= _en_word_keys(lex, word, name=True)
    return _TokenKeys(frozenset(ks), NUMBER_WEIGHT if _has_number(ks) else WORD_WEIGHT)


def _regional_token(word: str, lang: str, ks: set[str], lex: Lexicon) -> _TokenKeys:
    info = regional.analyse(word, lang)
    if info.negation:
        return _NEGATION_TOKEN
    ks |= _regional_word_keys(word, lang)
    has_num = _has_number(ks)
    weight = 0.0 if info.stop and not has_num else NUMBER_WEIGHT if has_num else WORD_WEIGHT
    unknown = not info.stop and not any(lex.knows_hindi(f) for f in info.forms)
    return _TokenKeys(frozenset(ks), weight, candidate=unknown)


def _hindi_token(word: str, ks: set[str], lex: Lexicon) -> _TokenKeys:
    if word in _NEG_HI:
        return _NEGATION_TOKEN
    word = to_devanagari(word)
    ks |= _hi_word_keys(word)
    has_num = _has_number(ks)
    if fold_hi(word) in STOP_HI and not has_num:
        return _TokenKeys(frozenset(ks), 0.0)
    weight = NUMBER_WEIGHT if has_num else WORD_WEIGHT
    return _TokenKeys(frozenset(ks), weight, candidate=not lex.knows_hindi(word))


def _indic_token(tok: Token, lang: str, numbers: _Starts, lex: Lexicon) -> _TokenKeys:
    word = tok.text
    ks: set[str] = _num_keys_for(tok, numbers)
    if word.startswith(("@", "#")):
        return _indic_tag_token(word, ks, lex)
    if word.isascii():
        return _indic_latin_token(word, ks, lex)
    if not ks:
        return _plain_indic_token(word, lang if lang in regional.LANGS else "")
    if lang in regional.LANGS:
        return _regional_token(word, lang, ks, lex)
    return _hindi_token(word, ks, lex)


@lru_cache(maxsize=65536)
def _plain_indic_token(word: str, regional_lang: str) -> _TokenKeys:
    """An Indic word that no number, date or place covers: what it offers depends on the
    word alone (and the language, for Marathi, Bengali and Urdu), so it is read once."""
    lex = load_lexicon()
    if regional_lang:
        return _regional_token(word, regional_lang, set(), lex)
    return _hindi_token(word, set(), lex)


def _profile_indic(
    text: str, lang: str, tokens: tuple[Token, ...], numbers: _Starts
) -> TextProfile:
    lex = load_lexicon()
    read = [_indic_token(tok, lang, numbers, lex) for tok in tokens]
    return TextProfile(
        text,
        lang,
        tokens,
        tuple(t.keys for t in read),
        tuple(t.weight for t in read),
        tuple(t.name for t in read),
        tuple(idx for idx, t in enumerate(read) if t.candidate),
    )


@lru_cache(maxsize=65536)
def _hi_word_keys(word: str) -> frozenset[str]:
    lex = load_lexicon()
    stem = stem_hi(fold_hi(word))
    # "L:hi:" meets the Hindi keys a word of another language borrows from its lexicon entry
    # (regional.lookup_keys): only a Hindi text offers it, so English posts never do.
    ks = {"L:" + stem, "L:hi:" + stem}
    if fold_hi(word) not in STOP_HI:
        # Loanwords and names (हर्षा, पिज्जा, फॉरवर्ड) meet the English word's phonetic key;
        # known Hindi words too, since a lexicon form can also be a name (हर्ष / हर्षा).
        latin = romanize(word)
        pk = phonetic_key(latin)
        if len(pk) >= 3:
            ks.add("P:" + pk)
    if not lex.knows_hindi(word):
        letters = _acronym(word)
        if letters:
            ks.add("A:" + letters)
    return frozenset(ks)


def _consonant_keys(word: str) -> frozenset[str]:
    """``C:`` key of a name: its phonetic key without vowels. Marathi, Bengali and Urdu
    renderings glue endings to names or leave short vowels unwritten, so the consonants
    are what a Latin name and its rendering reliably share (نریندر / Narendra: nrndr)."""
    pk = phonetic_key(word)
    sk = pk[:1] + pk[1:].replace("a", "")
    return frozenset({"C:" + sk}) if len(sk) >= 3 else frozenset()


@lru_cache(maxsize=65536)
def _regional_word_keys(word: str, lang: str) -> frozenset[str]:
    """Keys of a Marathi, Bengali or Urdu word (``verifier.lang.regional``): for each of its
    Devanagari readings and stems without case endings, the Hindi stem (``L:``), and for a
    content word the name keys (``P:``, ``C:``) and the place it names (``G:``); Urdu words
    also take the Hindi lexicon words that share their consonant skeleton."""
    info = regional.analyse(word, lang)
    if info.stop:
        return frozenset({"L:" + stem_hi(info.forms[0])})
    ks = {"L:" + k for form in info.forms for k in regional.lookup_keys(form, lang)}
    for form in info.forms:
        pk = phonetic_key(romanize(form))
        if len(pk) >= 3:
            ks.add("P:" + pk)
        ks |= _consonant_keys(form)
        for pm in places_in(form):
            if pm.span.start == 0 and pm.span.end == len(form):
                prefix = "T:" if pm.kind in ("title", "language") else "G:"
                ks |= {prefix + pm.key.casefold()} | {prefix + a.casefold() for a in pm.also}
    return frozenset(ks)


def _acronym(word: str) -> str | None:
    from verifier.lang.translit import acronym_letters

    return acronym_letters(word) or None


def stems(word: str, lang: str) -> str:
    """Comparison stem of one word in its language."""
    return stem_en(word) if lang == "en" else stem_hi(fold_hi(word))
