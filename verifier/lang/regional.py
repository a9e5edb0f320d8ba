"""Marathi, Bengali and Urdu words read the way the Hindi lexicon and name keys need them.

The aligner keys Indic words by their light Hindi stem (``stem.stem_hi``). Three
languages of Indian news need more before that step:

- Marathi glues its case markers and postpositions to the noun, after an oblique vowel:
  पक्षाच्या = पक्ष + ा + च्या, विजयाबद्दल = विजय + ा + बद्दल, शुभेच्छांचा = शुभेच्छा + ं + चा;
  the endings are rows of its table, read by ``languages.reading`` like every table.
- Bengali (read in Devanagari letters, ``indic_script.to_devanagari``) glues case endings the same way
  (মন্ত্রকের = मन्त्रक + एर, সম্মেলনে = सम्मेलन + ए, কথাও = कथा + ओ) and writes both b and v
  with one letter ব, so a word is read with व and with ब.
- Urdu is written in Perso-Arabic letters without short vowels: ``verifier.lang.urdu`` spells
  it in Devanagari letters and finds the Hindi lexicon words of the same consonant
  skeleton (ملاقات and मुलाक़ात both read म ल A क A त).

Each language also has its own function words (weight 0 in the aligner) and negators,
kept apart so that a negation still counts as one (see ``anchors.NEGATION_KEY``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from verifier.lang.indic_script import to_devanagari
from verifier.lang.languages import CODES, get, reading
from verifier.lang.lexicon import SHARED_SPACE, load_lexicon
from verifier.lang.stem import HI_WORD, fold_hi, noun_key_hi, stem_hi
from verifier.lang.urdu import UR_NEGATION, UR_STOP, lexicon_stems_by_skeleton, ur_to_deva
from verifier.lang.words import STOP_HI

LANGS = frozenset(CODES)
"""Languages read here: Marathi, Bengali and Urdu by their own rules below, the others by
their tables (``verifier.lang.languages``) through ``languages.reading``."""
LEXICON_LANGS = frozenset(CODES) - {"ur"}
"""Lexicon folders of forms in other languages than Hindi (``verifier/data/lexicon/<lang>/``)."""

_VIRAMA = "\u094d"
_SIGNS = frozenset("ािीुूृेैोौॅॉ")


def _letters(text: str) -> int:
    return sum(1 for ch in text if "\u0904" <= ch <= "\u0939" or "\u0958" <= ch <= "\u0961")


def _cut(word: str, suffix: str, *, min_letters: int = 2) -> str | None:
    """``word`` without ``suffix`` when a real stem is left (two letters, no dangling
    virama): हल्ला is not हल् + ला."""
    if not word.endswith(suffix) or len(word) == len(suffix):
        return None
    rest = word[: -len(suffix)]
    if rest[-1] == _VIRAMA or _letters(rest) < min_letters:
        return None
    return rest


def _cut_clitic(word: str, clitics: tuple[str, ...]) -> str | None:
    """``word`` without the first of ``clitics`` it ends with (emphatic ही/च, ও/ই)."""
    for clitic in clitics:
        rest = _cut(word, clitic)
        if rest is not None:
            return rest
    return None


# --- Marathi ---------------------------------------------------------------------------

MR_STOP = frozenset(fold_hi(w) for w in get("mr").stop)  # type: ignore[union-attr]
MR_NEGATION = frozenset(get("mr").negation)  # type: ignore[union-attr]


_MR_MARKERS = frozenset(
    fold_hi(w)
    for w in """आहे आहेत आहोत आहेस आणि नाही केली केले केला झाले झाली झाला त्यांनी यांनी
    त्यांचे त्यांच्या त्यांचा त्यांची आम्ही आम्हाला आपल्या म्हणाले म्हटले मध्ये साठी असे
    होते करत करून""".split()
)
_MR_ENDINGS = ("च्या", "ांनी", "ांना", "मध्ये", "साठी", "बद्दल")
_HI_MARKERS = frozenset(
    fold_hi(w) for w in "है हैं था थी थे और नहीं का के की में से को ने कहा किया कि भी".split()
)


def looks_marathi(text: str) -> bool:
    """Marathi rather than Hindi, by function words and case endings that only Marathi has
    (आहे, आणि, केली; -च्या, -ांनी, -मध्ये) against Hindi ones (है, और, का, में)."""
    mr = hi = 0
    for w in HI_WORD.findall(text):
        f = fold_hi(w)
        if f in _HI_MARKERS:
            hi += 1
        elif f in _MR_MARKERS or (f.endswith(_MR_ENDINGS) and _letters(f) >= 3):
            mr += 1
    return mr > hi


# --- Bengali ---------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def _bn_b_reading(deva: str) -> str | None:
    """ব read as b (বাগচি Bagchi, বাংলা): व → ब except after a virama (স্ব, দ্ব are v)."""
    out = re.sub("(?<!\u094d)व", "ब", deva)
    return out if out != deva else None


# Case endings in their Devanagari reading, longest first: genitive एर/र, dative के,
# locative ए/ते/य, plural रा/देर/गुलो/गुलि, classifiers टि/टा; the particles ओ (also)
# and इ (only) come first.
_BN_SUFFIXES = sorted(
    "ेर र के ेके ते ेते े य रा ेरा देर दिगके गुलो गुलोर गुलोके गुलि गुलिर टि टिर टा टार खाना".split(),
    key=len,
    reverse=True,
)
_BN_AFTER_VOWEL = frozenset({"र", "य", "ते"})
_BN_CLITICS = ("ओ", "इ")

_BN_NEG_SUFFIX = ("ेनि", "यनि")  # করেনি, হয়নি: a verb negated in the past


# --- per-word analysis -----------------------------------------------------------------


@lru_cache(maxsize=1)
def _regional_verb_stems() -> frozenset[str]:
    return frozenset(
        stem_hi(w)
        for e in load_lexicon().entries
        if e.lang in LEXICON_LANGS and e.pos == "v"
        for form in e.hindi
        for w in HI_WORD.findall(form)
    )


def lookup_keys(form: str, lang: str) -> frozenset[str]:
    """Lexicon keys (without the ``L:`` prefix) of one Devanagari form of a word.

    Urdu is Hindustani: the Hindi stem, and the lexicon words of the same skeleton. Other
    languages' words give each key twice: as a Hindi cognate and in the language's own key
    space (``lexicon.key_space``). A Marathi or Bengali word is read as a noun (only a final vowel goes: माहिती → माहित,
    not the Hindi verb cut to माह, "month"), and as a verb only where a Marathi or Bengali
    verb form of the lexicon has that stem."""
    if lang == "ur":
        return frozenset({stem_hi(form)}) | lexicon_stems_by_skeleton(form)
    keys = {noun_key_hi(form)}
    verb = stem_hi(form)
    if verb in _regional_verb_stems():
        keys.add(verb)
    # The language's own rows (and its CLDR names) are keyed in its own space; a word one of
    # them knows also takes the Hindi keys of the same English entry, marked "hi:" so that it
    # meets a Hindi post (Telugu గంటల్లో and घंटों, both "hours") and never adds synonyms
    # an English post would meet.
    bridge = _hindi_bridge(lang)
    hindi = frozenset().union(*(bridge.get(k, frozenset()) for k in keys))
    return frozenset(keys | {f"{lang}:{k}" for k in keys} | {f"hi:{k}" for k in hindi})


_BRIDGE_LEMMAS = 12


@lru_cache(maxsize=16)
def _hindi_bridge(lang: str) -> dict[str, frozenset[str]]:
    """Key of a ``lang`` row's word (without a space prefix) -> the Hindi keys of the same
    English entry. Marathi and Bengali rows share the Hindi space (``SHARED_SPACE``), so
    their words' keys are read from their forms (Marathi तास and Hindi घंटा, "hour")."""
    if lang not in LEXICON_LANGS:
        return {}
    lex = load_lexicon()
    prefix = f"{lang}:"
    out: dict[str, set[str]] = {}
    rows = [e for e in lex.entries if e.lang == lang]
    for lemma in {e.english for e in rows}:
        keys = lex.hindi_keys(lemma)
        # Hindi stems of many entries are left out: मन is मनाना (celebrate), मन (mind) …
        hindi = {k for k in keys if ":" not in k and len(lex.english_keys(k)) <= _BRIDGE_LEMMAS}
        if not hindi:
            continue
        if lang in SHARED_SPACE:
            own = {
                k
                for e in rows
                if e.english == lemma
                for form in e.hindi
                for w in HI_WORD.findall(form)
                for k in (noun_key_hi(w), stem_hi(w))
            }
            hindi -= own
        else:
            own = {k[len(prefix) :] for k in keys if k.startswith(prefix)}
        for k in own:
            out.setdefault(k, set()).update(hindi)
    return {k: frozenset(v) for k, v in out.items()}


BN_STOP = frozenset(fold_hi(to_devanagari(w)) for w in get("bn").stop)  # type: ignore[union-attr]
BN_NEGATION = frozenset(fold_hi(to_devanagari(w)) for w in get("bn").negation)  # type: ignore[union-attr]


@dataclass(frozen=True, slots=True)
class RegionalWord:
    forms: tuple[str, ...]
    """Devanagari readings of the word, then its stems without case endings (most likely
    first); every one is a look-up candidate."""
    stop: bool
    negation: bool


def _bn_stems(deva: str) -> list[str]:
    out = [deva]
    w = deva
    rest = _cut_clitic(w, _BN_CLITICS)
    if rest is not None:
        w = rest
        out.append(w)
    for suffix in _BN_SUFFIXES:
        rest = _cut(w, suffix)
        if rest is None or (suffix in _BN_AFTER_VOWEL and rest[-1] not in _SIGNS):
            continue
        out.append(rest)
        break
    return out


_OWN_READERS = frozenset({"mr", "bn", "ur"})
"""Read below rather than by ``_table_word``: Bengali and Urdu by their own rules, Marathi
by its table after folding (its stop words and negators are folded too)."""


def _table_word(word: str, code: str) -> RegionalWord:
    """A word of a language read from its table alone (Tamil, Telugu, Gujarati …)."""
    table = get(code)
    if table is None:
        return RegionalWord((fold_hi(to_devanagari(word)),), False, False)
    forms = tuple(dict.fromkeys(fold_hi(f) for f in reading.deva_stems(word, code)))
    stop = word in table.stop or (table.script == "deva" and forms[0] in STOP_HI)
    return RegionalWord(forms, stop, reading.is_negative(word, table))


@lru_cache(maxsize=65536)
def analyse(word: str, lang: str) -> RegionalWord:
    """The Devanagari look-up forms of one Marathi, Bengali or Urdu word, and whether it
    is a function word or a negator of its language."""
    if lang == "ur":
        if word in UR_NEGATION:
            return RegionalWord((ur_to_deva(word),), False, True)
        deva = ur_to_deva(word)
        stop = word in UR_STOP or fold_hi(deva) in STOP_HI
        return RegionalWord((deva,), stop, False)
    if lang not in _OWN_READERS:
        return _table_word(word, lang)
    if lang == "bn":
        deva = to_devanagari(word)
        folded = fold_hi(deva)
        negation = folded in BN_NEGATION or (
            folded.endswith(_BN_NEG_SUFFIX) and _letters(folded) >= 3
        )
        forms = _bn_stems(folded)
        b_reading = _bn_b_reading(folded)
        if b_reading:
            forms += [f for f in _bn_stems(b_reading) if f not in forms]
        stop = folded in BN_STOP or folded in STOP_HI
        return RegionalWord(tuple(dict.fromkeys(forms)), stop, negation)
    folded = fold_hi(word)  # Marathi: its table's stems (reading.native_stems)
    return RegionalWord(
        tuple(dict.fromkeys(reading.deva_stems(folded, "mr"))),
        folded in MR_STOP or folded in STOP_HI,
        folded in MR_NEGATION,
    )
