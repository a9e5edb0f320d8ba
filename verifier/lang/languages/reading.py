"""How a word of a table language (``verifier.lang.languages``) is read: its stems without
glued endings, in Devanagari letters, where the Hindi lexicon, the stemmer and the name
matcher meet it.

Shared by every language with a table; Marathi, Bengali and Urdu keep their own readers in
``verifier.lang.regional`` and ``verifier.lang.urdu`` (oblique vowels, the b/v letter, the
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


def _cut(word: str, suffix: str) -> str | None:
    """``word`` without ``suffix`` when at least two letters are left."""
    if not word.endswith(suffix) or len(word) == len(suffix):
        return None
    rest = word[: -len(suffix)]
    return rest if letters(rest) >= 2 else None


def _mapped(word: str, lang: Language) -> str:
    word = unicodedata.normalize("NFC", word)
    for old, new in lang.char_map.items():
        word = word.replace(old, new)
    return word


def _dropped(stem: str, lang: Language) -> str:
    """The stem without the ending its noun loses before a case ending (-ம், -ం)."""
    for end in lang.final_drop:
        rest = _cut(stem, end)
        if rest is not None:
            return rest
    return stem


def native_stems(word: str, lang: Language) -> list[str]:
    """``word`` and its stems without clitics and case endings, most literal first."""
    w = _mapped(word, lang)
    out = [w]
    for clitic in lang.clitics:
        rest = _cut(w, clitic)
        if rest is not None:
            w = rest
            out.append(w)
            break
    for _ in range(lang.max_cuts):
        for suffix in lang.suffix_list:
            rest = _cut(w, suffix)
            if rest is not None:
                w = rest
                out.append(w)
                break
        else:
            break
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
