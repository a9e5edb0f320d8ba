"""Urdu words in Devanagari letters, and the Hindi lexicon words they can be.

Urdu is written in Perso-Arabic letters without short vowels. ``ur_to_deva`` spells a word
in Devanagari letter by letter: consonants map one to one (ز ذ ض ظ are all ज़), ھ makes the
consonant before it aspirated, and ا و ی are long vowels after a consonant and consonants
at the start of a word or before a vowel letter. Urdu and Hindi share most of their
vocabulary, but the Devanagari spelling of a Hindustani word writes its short vowels, so a
word is matched to the Hindi lexicon through its ``skeleton`` — consonants and long vowels
only: ملاقات (→ मलाक़ात) and मुलाक़ात both read म ल A क A त. Names are left to the
phonetic keys of ``verifier.match.anchors``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from verifier.lang.languages import get
from verifier.lang.lexicon import load_lexicon
from verifier.lang.stem import HI_WORD, fold_hi, stem_hi
from verifier.lang.words import STOP_HI

_ANUSVARA = "\u0902"


_UR_CONSONANTS = {
    "ب": "ब", "پ": "प", "ت": "त", "ٹ": "ट", "ث": "स", "ج": "ज", "چ": "च", "ح": "ह",
    "خ": "ख़", "د": "द", "ڈ": "ड", "ذ": "ज़", "ر": "र", "ڑ": "ड़", "ز": "ज़", "ژ": "झ",
    "س": "स", "ش": "श", "ص": "स", "ض": "ज़", "ط": "त", "ظ": "ज़", "غ": "ग़", "ف": "फ़",
    "ق": "क़", "ک": "क", "ك": "क", "گ": "ग", "ل": "ल", "م": "म", "ن": "न", "ۃ": "त",
}  # fmt: skip
_UR_ASPIRATE = {
    "ब": "भ", "प": "फ", "त": "थ", "ट": "ठ", "ज": "झ", "च": "छ", "द": "ध", "ड": "ढ",
    "क": "ख", "ग": "घ", "ड़": "ढ़",
}  # fmt: skip
_UR_H = frozenset("ہهۂ")
_UR_ALEF = frozenset("اأإٱ")
_UR_YE = frozenset("یيى")
_UR_MARKS = {"\u0650": "ि", "\u064f": "ु", "\u0670": "ा"}  # zer, pesh, standing alef

UR_STOP = frozenset(get("ur").stop)  # type: ignore[union-attr]
UR_NEGATION = frozenset(get("ur").negation)  # type: ignore[union-attr]


class _Step(NamedTuple):
    """What one Urdu letter writes, and how the next letter reads it."""

    text: str
    prev: str
    """"c" after a consonant, "v" after a vowel, "" at a word start."""
    skip: int = 0
    """Letters read together with this one (the ھ of an aspirate, the vowel after an alef)."""


# A rule reads one letter given the next one, the state before it and whether it is the
# word's last letter.
_Rule = Callable[[str, str, str, bool], _Step]


def _consonant(ch: str, nxt: str, prev: str, last: bool) -> _Step:
    deva = _UR_CONSONANTS[ch]
    if nxt == "ھ":
        return _Step(_UR_ASPIRATE.get(deva, deva + "ह"), "c", 1)
    return _Step(deva, "c")


def _do_chashmi_he(ch: str, nxt: str, prev: str, last: bool) -> _Step:
    return _Step("ह", "c")


def _he(ch: str, nxt: str, prev: str, last: bool) -> _Step:
    if last and prev == "c":
        return _Step("ा", "v")  # طرفہ tarfa, وعدہ: a final he is a vowel
    return _Step("ह", "c")


def _alef_madda(ch: str, nxt: str, prev: str, last: bool) -> _Step:
    return _Step("आ" if prev != "c" else "ा", "v")


def _alef(ch: str, nxt: str, prev: str, last: bool) -> _Step:
    if prev != "":
        return _Step("ा" if prev == "c" else "आ", "v")
    if nxt == "و":
        return _Step("ओ", "v", 1)
    if nxt in _UR_YE or nxt == "ے":
        return _Step("ए", "v", 1)
    return _Step("अ", "v")


def _vav(ch: str, nxt: str, prev: str, last: bool) -> _Step:
    if prev != "c" or nxt in _UR_ALEF:
        return _Step("व", "c")
    return _Step("ो", "v")


def _ye(ch: str, nxt: str, prev: str, last: bool) -> _Step:
    if prev != "c" or nxt in _UR_ALEF or nxt == "و":
        return _Step("य", "c")
    return _Step("ी", "v")


def _bari_ye(ch: str, nxt: str, prev: str, last: bool) -> _Step:
    return _Step("े" if prev == "c" else "ए", "v")


def _hamza_ye(ch: str, nxt: str, prev: str, last: bool) -> _Step:
    if nxt in _UR_YE:
        return _Step("ई", "v", 1)
    if nxt in "ےۓ":
        return _Step("ए", "v", 1)
    return _Step("इ", "v")


def _hamza_vav(ch: str, nxt: str, prev: str, last: bool) -> _Step:
    return _Step("उ", "v")


def _ain(ch: str, nxt: str, prev: str, last: bool) -> _Step:
    return _Step("अ", "v") if prev == "" else _Step("", prev)


def _noon_ghunna(ch: str, nxt: str, prev: str, last: bool) -> _Step:
    return _Step(_ANUSVARA, prev)


def _vowel_mark(ch: str, nxt: str, prev: str, last: bool) -> _Step:
    return _Step(_UR_MARKS[ch], prev)


def _silent(ch: str, nxt: str, prev: str, last: bool) -> _Step:
    return _Step("", prev)


def _other(ch: str, nxt: str, prev: str, last: bool) -> _Step:
    return _Step(ch, "")


# Later entries win where letter classes overlap (zer and pesh are harakat with a vowel).
_RULES: dict[str, _Rule] = {
    **dict.fromkeys([chr(c) for c in range(0x064B, 0x0660)] + ["ء"], _silent),
    **dict.fromkeys(_UR_MARKS, _vowel_mark),
    "ں": _noon_ghunna,
    "ع": _ain,
    "ؤ": _hamza_vav,
    "ئ": _hamza_ye,
    **dict.fromkeys("ےۓ", _bari_ye),
    **dict.fromkeys(_UR_YE, _ye),
    "و": _vav,
    **dict.fromkeys(_UR_ALEF, _alef),
    "آ": _alef_madda,
    **dict.fromkeys(_UR_H, _he),
    "ھ": _do_chashmi_he,
    **dict.fromkeys(_UR_CONSONANTS, _consonant),
}


@lru_cache(maxsize=65536)
def ur_to_deva(word: str) -> str:
    """An Urdu word spelled in Devanagari letters: کہا → कहा, ملاقات → मलाक़ात,
    بائیڈن → बाईडन. Short vowels are unwritten in Urdu and stay unwritten here (the
    consonant carries the inherent a); ا و ی are long vowels after a consonant and
    consonants at the start of a word or before a vowel letter."""
    w = unicodedata.normalize("NFC", word).replace("\u200c", "")
    out: list[str] = []
    prev = ""
    i = 0
    while i < len(w):
        ch, nxt = w[i], w[i + 1] if i + 1 < len(w) else ""
        step = _RULES.get(ch, _other)(ch, nxt, prev, i + 1 == len(w))
        out.append(step.text)
        prev = step.prev
        i += 1 + step.skip
    return unicodedata.normalize("NFC", "".join(out))


# --- skeletons: Urdu words meet Hindi lexicon forms ------------------------------------

_ASPIRATES = str.maketrans(
    {"ख": "कह", "घ": "गह", "छ": "चह", "झ": "जह", "ठ": "टह", "ढ": "डह", "थ": "तह", "ध": "दह",
     "फ": "पह", "भ": "बह", "ष": "श", "ण": "न", "ं": "न", "ँ": "न", "व": "U", "य": "I",
     "ा": "A", "आ": "A", "ी": "I", "े": "I", "ै": "I", "ई": "I", "ए": "I", "ऐ": "I",
     "ू": "U", "ो": "U", "ौ": "U", "ॉ": "U", "ऊ": "U", "ओ": "U", "औ": "U", "ऑ": "U",
     "ि": None, "ु": None, "ृ": None, "्": None, "ः": None, "अ": None, "इ": None,
     "उ": None, "ऋ": None, "ॅ": "I"}
)  # fmt: skip


_GEMINATE = re.compile("([\u0915-\u0939])\u094d\\1")


@lru_cache(maxsize=131072)
def skeleton(deva: str) -> str:
    """Consonants and long vowels of a Devanagari word, short vowels dropped — how Urdu
    writes it: मुलाक़ात and ملاقات (→ मलाक़ात) both give मलAकAत. A word-initial short vowel
    is one mark (@), a final ह or ा is A, a doubled consonant (ल्ल) is one."""
    s = _GEMINATE.sub(r"\1", fold_hi(deva))
    if s[:1] in ("अ", "इ", "उ"):
        s = "@" + s[1:]
    s = s.translate(_ASPIRATES)
    if s.endswith("ह"):
        s = s[:-1] + "A"
    return re.sub(r"([AIU])\1+", r"\1", s)


MIN_SKELETON = 3
_MAX_SKELETON_KEYS = 6


@lru_cache(maxsize=1)
def _skeleton_index() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for entry in load_lexicon().entries:
        for form in entry.hindi:
            for w in HI_WORD.findall(form):
                if fold_hi(w) in STOP_HI:
                    continue
                for sk in {skeleton(w), skeleton(stem_hi(w))}:
                    if len(sk) >= MIN_SKELETON:
                        index[sk].add(stem_hi(w))
    return {k: frozenset(v) for k, v in index.items() if len(v) <= _MAX_SKELETON_KEYS}


def lexicon_stems_by_skeleton(deva: str) -> frozenset[str]:
    """Stems of Hindi lexicon words with the skeleton of ``deva`` (or of its stem). An
    initial alef with no vowel written may be any vowel (اعلان ऐलान) or only the support
    Urdu puts before s and a consonant (اسکیم स्कीम, اسکول स्कूल)."""
    index = _skeleton_index()
    out: set[str] = set()
    for base in {skeleton(deva), skeleton(stem_hi(deva))}:
        variants = {base}
        if base.startswith("@"):
            variants |= {"A" + base[1:], "I" + base[1:], "U" + base[1:]}
            if base[1:2] in ("स", "श") and base[2:3] not in ("A", "I", "U", ""):
                variants.add(base[1:])
        for sk in variants:
            if len(sk) >= MIN_SKELETON:
                out |= index.get(sk, frozenset())
    return frozenset(out)
