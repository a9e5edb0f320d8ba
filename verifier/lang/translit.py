"""Name anchors across scripts: romanised Devanagari, phonetic keys and name/loanword
similarity, used by the aligner and the drift judge.

``romanize``/``spellings`` (``verifier.lang.romanizer``) give candidate Latin spellings of a
Devanagari word; ``phonetic_key`` folds spelling variants of one sound, including English
orthography (``c``/``k``, ``ph``/``f``, ``-tion``, silent ``e``); the similarities take
the best ``rapidfuzz`` ratio over candidates. Thresholds were calibrated on the Dakshina
dev split (``benchmarks/translit_names.py`` prints the rates).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from verifier.lang.chars import DEVA_LETTERS, JOINERS
from verifier.lang.handles import split_handle
from verifier.lang.romanizer import MAX_WORD, romanize, spellings

__all__ = [
    "LOANWORD_MATCH",
    "NAME_DIFFERENT",
    "NAME_MATCH",
    "acronym_deva",
    "acronym_letters",
    "loanword_similarity",
    "name_similarity",
    "phonetic_key",
    "romanize",
    "spellings",
    "split_handle",
    "token_similarity",
]

# Calibration (benchmarks/translit_names.py, Dakshina dev / test, word vs spelling):
# score >= 85 for 98.5% / 98.7% of true spellings, 0.09% of random pairs, 1.8% / 2.3% of
# hard pairs (same first sound, length within one); >= 80 for 99.2% / 99.3%, 0.35% and
# 5%; < 60 for 0.14% / 0.02% of true spellings. English loanwords from real renderings
# (tests/data/translit/loanwords.tsv): 100% at 80, 0.23% of cross pairs.
NAME_MATCH = 85.0
"""``name_similarity`` at or above this: the same name."""

NAME_DIFFERENT = 60.0
"""``name_similarity`` below this: clearly different names (between the two: unsure)."""

LOANWORD_MATCH = 80.0
"""``loanword_similarity`` at or above this: the same English word(s)."""

_NUKTA = "\u093c"

# --- phonetic key ----------------------------------------------------------------------

# (pattern, replacement, guard): a match always contains the literal ``guard`` (``""``:
# no such literal), so a key without it skips the rule: most keys meet few rules.
_KEY_RULES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(p), r, g)
    for p, r, g in (
        (r"[^a-z]", "", ""),
        # Silent letters of English spelling: Vaughan ~ वॉन, Leigh ~ ली, Knight ~ नाइट,
        # Wright ~ राइट, Hugh ~ ह्यू.
        (r"augh", "au", "augh"),
        (r"(?<=[ei])gh(?![aeiou])", "", "gh"),
        (r"ugh$", "u", "ugh"),
        (r"^kn", "n", "kn"),
        (r"^wr", "r", "wr"),
        (r"[ts]ion", "shan", "ion"),  # nation ~ neshan, mission ~ mishan
        (r"^yu", "u", "yu"),  # uranium ~ yureniyam
        (r"ph", "f", "ph"),
        (r"ck", "k", "ck"),
        (r"qu", "kv", "qu"),
        (r"q", "k", "q"),
        (r"^ex(?=[aeiou])", "egz", "ex"),  # exotic ~ egjotik
        (r"x", "ks", "x"),
        (r"ch", "C", "ch"),
        (r"c(?=[eiy])", "s", "c"),
        (r"c", "k", "c"),
        (r"(?<=[^aeiou])e$", "", "e"),  # silent final e: fake ~ fek, bhogle ~ bhogl
        (r"g(?=[eiy])", "j", "g"),  # energy ~ enarji, intelligence ~ intelijens
        (r"sh", "s", "sh"),
        (r"(?<=[aeiou])w(?![aeiou])", "u", "w"),  # news ~ nyuz, law
        (r"w", "v", "w"),
        (r"z", "s", "z"),  # news/न्यूज़, pizza/पिज़्ज़ा: English s is often z
        (r"(?<=[bdgjklmnprstvC])h", "", "h"),  # aspirates; th, dh, bh; wh ~ v
        (r"(.)\1+", r"\1", ""),
        (r"(?<=.)y", "a", "y"),  # y after the first letter is a vowel (hyugo ~ hugo)
        (r"[aeiou]+", "a", ""),
    )
)
_DEVA = re.compile("[\u0900-\u097f]")


@lru_cache(maxsize=65536)
def phonetic_key(latin: str) -> str:
    """Key equating spelling variants of one sound in Indian names and English loanwords.

    Vowel quality is dropped (every vowel run becomes ``a``), so the key keeps the
    consonant skeleton and where vowels are: ``Jaishankar`` and ``jayshankar`` both give
    ``jasankar``; ``Canada``/``kanada``, ``supply``/``saplai``, ``chain``/``chen`` agree.
    """
    if _DEVA.search(latin):
        latin = romanize(latin)  # a Devanagari word keys as its usual romanisation
    if latin.isascii():
        key = latin.lower()  # what NFKD, casefold and dropping marks give for ASCII
    else:
        text = unicodedata.normalize("NFKD", latin.casefold())
        key = "".join(ch for ch in text if not unicodedata.combining(ch))
    for pattern, repl, guard in _KEY_RULES:
        if guard in key:
            key = pattern.sub(repl, key)
    return key


# --- initials and acronyms ------------------------------------------------------------

# How Hindi writes the names of Latin letters: पीएम = PM, एस जयशंकर = S. Jaishankar.
_LETTER_NAMES: dict[str, tuple[str, ...]] = {
    "a": ("ए",),
    "b": ("बी",),
    "c": ("सी",),
    "d": ("डी",),
    "e": ("ई",),
    "f": ("एफ",),
    "g": ("जी",),
    "h": ("एच",),
    "i": ("आई",),
    "j": ("जे",),
    "k": ("के",),
    "l": ("एल",),
    "m": ("एम",),
    "n": ("एन",),
    "o": ("ओ",),
    "p": ("पी",),
    "q": ("क्यू",),
    "r": ("आर",),
    "s": ("एस",),
    "t": ("टी",),
    "u": ("यू",),
    "v": ("वी",),
    "w": ("डब्ल्यू", "डबल्यू"),
    "x": ("एक्स",),
    "y": ("वाई",),
    "z": ("जेड", "ज़ेड"),
}


_NAMES_LONGEST_FIRST = sorted(
    (
        (unicodedata.normalize("NFC", nm).replace(_NUKTA, ""), letter)
        for letter, names in _LETTER_NAMES.items()
        for nm in names
    ),
    key=lambda pair: -len(pair[0]),
)


def acronym_deva(letters: str) -> str:
    """Hindi spelling of a Latin acronym: ``acronym_deva("PM") == "पीएम"``."""
    return "".join(_LETTER_NAMES.get(ch, ("",))[0] for ch in letters.casefold())


def acronym_letters(word: str) -> str | None:
    """Latin letters a Devanagari word of letter names spells (टीएमसी -> ``"tmc"``,
    एस -> ``"s"``), else ``None``."""
    word = unicodedata.normalize("NFC", word).replace(_NUKTA, "")
    out: list[str] = []
    i = 0
    while i < len(word):
        for name, letter in _NAMES_LONGEST_FIRST:
            if word.startswith(name, i):
                out.append(letter)
                i += len(name)
                break
        else:
            return None
        if len(out) > 8:
            return None
    return "".join(out) or None


_deva_letters = acronym_letters  # older private name, still imported by verifier.match.anchors


# --- similarity ------------------------------------------------------------------------

_LATIN_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_TOKEN = re.compile(rf"[A-Za-z\u00c0-\u024f]+|[{DEVA_LETTERS}{JOINERS}]+")


def _latin_letters(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if "a" <= ch <= "z")


def _skeleton(key: str) -> str:
    """Phonetic key without its vowel marks (the first letter stays)."""
    return key[:1] + key[1:].replace("a", "")


@lru_cache(maxsize=262144)
def token_similarity(hindi: str, latin: str) -> float:
    """0-100 similarity of one Devanagari word and one Latin word (a name part).

    For each candidate spelling of the Devanagari word: the better of the plain
    ``rapidfuzz`` ratio and the mean of two phonetic ratios (key with vowel marks, and
    consonant skeleton); the best candidate wins. A word made of letter names (पीएम, एस)
    is also compared with a Latin acronym or initial letter by letter.
    """
    lat, lat_key, lat_skel = _latin_side(latin)
    if not lat or not hindi:
        return 0.0
    letters, cands, keys = _deva_side(hindi)
    best = 100.0 if letters is not None and letters == lat else 0.0
    if best < 100.0:
        # Spellings that share a key share its phonetic score: each key is scored once.
        plain = max([fuzz.ratio(cand, lat) for cand in cands], default=0.0)
        phonetic = max(
            [(fuzz.ratio(key, lat_key) + fuzz.ratio(skel, lat_skel)) / 2 for key, skel in keys],
            default=0.0,
        )
        best = max(best, plain, phonetic)
    return float(best)


# What ``token_similarity`` needs of each side, worked out once per word: the same words
# meet many others when a text is aligned with many candidates.
@lru_cache(maxsize=65536)
def _latin_side(latin: str) -> tuple[str, str, str]:
    lat = _latin_letters(latin)
    key = phonetic_key(lat) if lat else ""
    return lat, key, _skeleton(key)


@lru_cache(maxsize=65536)
def _deva_side(
    hindi: str,
) -> tuple[str | None, tuple[str, ...], tuple[tuple[str, str], ...]]:
    """(letter names spelled, if any; the candidate spellings; their distinct (phonetic
    key, skeleton) pairs)."""
    if not _DEVA.search(hindi):
        cands: tuple[str, ...] = (_latin_letters(hindi),)
        letters = None
    else:
        cands = spellings(hindi[:MAX_WORD])
        letters = acronym_letters(hindi)
    keys: dict[tuple[str, str], None] = {}
    for cand in cands:
        key = phonetic_key(cand)
        keys[key, _skeleton(key)] = None
    return letters, cands, tuple(keys)


# Honorifics and office abbreviations that name strings and handles carry around a name;
# dropped before pairing name parts (when something else is left).
_HONORIFICS = frozenset(
    "dr mr mrs ms shri sri smt prof sir sr jr ji mp mla pm cm fm official in inc "
    "डॉ डॉक्टर श्री श्रीमती सुश्री जी प्रो मिस्टर".split()
)


def _tokens(text: str, *, split_camel: bool) -> list[str]:
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        if split_camel and tok.isascii():
            out.extend(split_handle(tok))
        else:
            out.append(tok)
    kept = [t for t in out if t.casefold() not in _HONORIFICS]
    return kept or out


@lru_cache(maxsize=65536)
def _is_initial(token: str) -> bool:
    if token.isascii():
        return len(token) <= 2
    letters = acronym_letters(token)
    return letters is not None and len(letters) == 1


def _weight(token: str) -> float:
    return 0.5 if len(token) <= 2 else 1.0  # initials count half


def _aligned(
    h_toks: Sequence[str], e_toks: Sequence[str], scorer: Callable[[str, str], float]
) -> float:
    """Greedy one-to-one pairing of name parts; weighted mean over the shorter name."""
    pairs = sorted(
        ((scorer(h, e), i, j) for i, h in enumerate(h_toks) for j, e in enumerate(e_toks)),
        reverse=True,
    )
    used_h: set[int] = set()
    used_e: set[int] = set()
    total = weight = 0.0
    for score, i, j in pairs:
        if i in used_h or j in used_e:
            continue
        if score < NAME_MATCH and (_is_initial(e_toks[j]) or _is_initial(h_toks[i])):
            continue  # an initial one side leaves out (S. Jaishankar ~ जयशंकर) is no evidence
        used_h.add(i)
        used_e.add(j)
        w = _weight(e_toks[j])
        total += score * w
        weight += w
        if len(used_h) == min(len(h_toks), len(e_toks)):
            break
    return total / weight if weight else 0.0


def _similarity(hindi: str, english: str, *, loanword: bool) -> float:
    h_toks = _tokens(hindi[:200], split_camel=False)[:12]
    e_toks = _tokens(english[:200], split_camel=not loanword)[:12]
    if not h_toks or not e_toks:
        return 0.0
    score = _aligned(h_toks, e_toks, _loan_token_similarity if loanword else token_similarity)
    if len(h_toks) > 1 or len(e_toks) > 1:
        joined = token_similarity("".join(h_toks)[:MAX_WORD], "".join(e_toks))
        score = max(score, joined)
    return round(score, 2)


def _loan_token_similarity(hindi: str, english: str) -> float:
    stripped = _strip_inflection(english)
    plain = token_similarity(hindi, english)
    return plain if stripped == english else max(plain, token_similarity(hindi, stripped))


def _strip_inflection(word: str) -> str:
    """English plural/past endings Hindi loanwords drop: calls ~ कॉल, missed ~ मिस."""
    low = word.casefold()
    if len(low) > 4 and low.endswith("ed"):
        return word[:-2]
    if len(low) > 3 and low.endswith("s") and not low.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=131072)
def name_similarity(hindi: str, english: str) -> float:
    """0-100: how well a Hindi (Devanagari) name matches an English name.

    Works for single words and whole names ("अनीता आनंद" vs "Anita Anand"); English
    handles and camel case are split (``@AnitaAnandMP``). Tokens are paired one to one
    and the score is the mean over the shorter name, so a surname alone matches the full
    name ("जयशंकर" vs "Dr S Jaishankar"); initials weigh half. ``NAME_MATCH`` is the
    calibrated threshold.
    """
    return _similarity(hindi, english, loanword=False)


@lru_cache(maxsize=131072)
def loanword_similarity(hindi: str, english: str) -> float:
    """0-100: how well English words written in Devanagari match English text.

    Like ``name_similarity`` but for common words (क्रिटिकल मिनरल्स ~ "critical
    minerals"): no handle splitting, and a plural ``-s`` on the English side is ignored
    (Hindi writes मिनरल and मिनरल्स for both). ``LOANWORD_MATCH`` is the threshold.
    """
    return _similarity(hindi, english, loanword=True)
