"""How a word of a table language (``verifier.lang.languages``) is read: its stems without
glued endings, in Devanagari letters, where the Hindi lexicon, the stemmer and the name
matcher meet it.

Shared by every language with a table, Marathi's oblique stems included (its table's
``vowel_locatives``, ``nasal_oblique`` and ``oblique_endings``); Bengali and Urdu keep their
own readers in ``verifier.lang.regional`` and ``verifier.lang.urdu`` (the b/v letter, the
Perso-Arabic skeleton).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from verifier.lang.indic_script import to_devanagari
from verifier.lang.languages import Language, get

_LETTER = frozenset({"Lo"})


def letters(text: str) -> int:
    """Letters (consonants and independent vowels) of ``text``, any Indic script."""
    return sum(1 for ch in text if unicodedata.category(ch) in _LETTER)


_VIRAMAS = frozenset("\u094d")
"""Devanagari's virama: a Marathi stem never ends in one (``Language.stem_ends_in_virama``)."""
_SIGNS = frozenset("ािीुूृेैोौॅॉ")
_ANUSVARA = "\u0902"
_SIGN_CATEGORIES = frozenset({"Mn", "Mc"})


def _cut(word: str, suffix: str, lang: Language | None = None) -> str | None:
    """``word`` without ``suffix`` when at least two letters are left (and, for a language
    whose stems never end in a virama, no dangling virama)."""
    if not word.endswith(suffix) or len(word) == len(suffix):
        return None
    rest = word[: -len(suffix)]
    if lang is not None and not lang.stem_ends_in_virama and rest[-1] in _VIRAMAS:
        return None
    return rest if letters(rest) >= 2 else None


@lru_cache(maxsize=32)
def _endings(code: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Clitics, case endings and verb endings of ``code`` with its letter rewrites applied,
    as the words they are cut from are (Malayalam ിൽ is cut from a word read ില്)."""
    lang = get(code)
    if lang is None:
        return (), (), ()

    def mapped(items: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(_mapped(e, lang) for e in items))

    def longest_first(items: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(sorted(mapped(items), key=lambda e: (-len(e), e)))

    # Clitics keep their order (the first that comes off is cut).
    return (
        mapped(lang.clitics),
        longest_first(lang.suffix_list),
        longest_first(lang.verb_ending_list),
    )


def _verb_stem(w: str, lang: Language) -> str | None:
    """``w`` without its longest verb ending (``Language.verb_endings``), if any."""
    for ending in _endings(lang.code)[2]:
        rest = _cut(w, ending, lang)
        if rest is not None:
            return rest
    return None


def _clitic_bases(rest: str, clitic: str, lang: Language) -> list[str]:
    """``rest`` and, after a clitic that starts with a vowel sign, ``rest`` with each ending
    the word lost before it (``Language.clitic_bases``)."""
    if not lang.clitic_bases or unicodedata.category(clitic[0]) not in _SIGN_CATEGORIES:
        return [rest]
    if unicodedata.category(rest[-1]) != "Lo":
        return [rest]
    return [rest] + [rest + b for b in lang.clitic_bases]


def _oblique(w: str, lang: Language) -> list[str]:
    """The stems an oblique stem ``w`` stands for (Marathi): without the oblique plural's
    nasal (शुभेच्छां → शुभेच्छा), then the nominatives of an oblique ending (मंत्र्या → मंत्री)."""
    out: list[str] = []
    if lang.nasal_oblique and len(w) > 2 and w[-1] == _ANUSVARA and w[-2] in _SIGNS:
        w = w[:-1]
        out.append(w)
    for ending, nominatives in lang.oblique_endings:
        if w.endswith(ending) and letters(w) >= 3:
            head = w[: -len(ending)]
            for old, new in lang.oblique_head_map.items():
                head = head.replace(old, new)
            out += [head + n for n in nominatives]
            break
    return out


def _mapped(word: str, lang: Language) -> str:
    word = unicodedata.normalize("NFC", word)
    for old, new in lang.char_map.items():
        word = word.replace(old, new)
    return word


def _dropped(stem: str, lang: Language) -> str:
    """The stem without the ending its noun loses before a case ending (-ம், -ం)."""
    for end in lang.final_drop:
        rest = _cut(stem, end, lang)
        if rest is not None:
            return rest
    return stem


def native_stems(word: str, lang: Language) -> list[str]:
    """``word`` and its stems without clitics and case endings, most literal first."""
    w = _mapped(word, lang)
    out = [w]
    clitics, suffixes, _ = _endings(lang.code)
    for clitic in clitics:
        rest = _cut(w, clitic, lang)
        if rest is not None:
            bases = _clitic_bases(rest, clitic, lang)
            out += bases
            # The base a case ending comes off, else the base as cut.
            w = next((b for b in bases if any(b.endswith(s) for s in suffixes)), rest)
            break
    verb = _verb_stem(w, lang)
    for cut in range(lang.max_cuts):
        for suffix in suffixes:
            rest = _cut(w, suffix, lang)
            if rest is not None:
                w = rest
                out.append(w)
                break
        else:
            if cut == 0 and w.endswith(lang.vowel_locatives) and letters(w) >= 3:
                w = w[:-1]
                out.append(w)
            break
    out += _oblique(w, lang)
    if verb is not None:
        out.append(verb)
    out += [_dropped(s, lang) for s in out]
    return list(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def deva_stems(word: str, code: str) -> tuple[str, ...]:
    """The stems of ``word`` (``native_stems``) in Devanagari letters."""
    lang = get(code)
    if lang is None:
        return (word,)
    return tuple(dict.fromkeys(to_devanagari(s) for s in native_stems(word, lang)))


def citation_deva(form: str, code: str) -> str:
    """A lexicon form of ``code`` (native script, words separated by spaces) in Devanagari
    letters, each word without the ending its noun loses before a case ending, so that it
    meets the stems ``deva_stems`` gives the inflected word."""
    lang = get(code)
    if lang is None:
        return form
    if lang.code in ("mr", "bn", "ur"):  # their own readers: letters only
        return " ".join(to_devanagari(w) for w in form.split())
    return " ".join(to_devanagari(_dropped(_mapped(w, lang), lang)) for w in form.split())


def is_negative(word: str, lang: Language) -> bool:
    """A negator of ``lang``, or a verb with a negative ending (செய்யவில்லை)."""
    w = _mapped(word, lang)
    if w in lang.negation:
        return True
    # One letter before the ending is enough: हुँदैन, गएन.
    return any(w.endswith(end) and letters(w[: -len(end)]) >= 1 for end in lang.negative_endings)
