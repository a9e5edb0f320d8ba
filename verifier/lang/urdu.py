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
from functools import lru_cache

from verifier.lang.lexicon import STOP_HI, load_lexicon
from verifier.lang.stem import HI_WORD, fold_hi, stem_hi

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

UR_STOP = frozenset(
    """کے کی کا کو میں سے پر نے اور یا ہے ہیں تھا تھی تھے ہو ہوں ہوا ہوئی ہوئے ہوگا ہوگی
    گیا گئی گئے کر کرتے کرتی کرنے کرنا کیا کیے کئے کہ یہ وہ اس ان اپنے اپنی اپنا بھی ہی تو
    جو جس جن جب تب لیے لئے ساتھ بعد پہلے درمیان دوران تک ایک کچھ سب کوئی کسی کئی رہا رہی
    رہے والے والی والا جا جاتا جاتی جاتے سکتا سکتی سکتے چاہیے انہوں انھوں انہیں میرے میری
    میرا ہم ہمارے ہماری ہمارا آپ وہیں یہاں وہاں نیز لیکن مگر بلکہ جبکہ کیونکہ طرف مطابق
    کہا کہتے کہنا بتایا لکھا""".split()
)
UR_NEGATION = frozenset("نہیں نہ مت بغیر".split())


@lru_cache(maxsize=65536)
def ur_to_deva(word: str) -> str:
    """An Urdu word spelled in Devanagari letters: کہا → कहा, ملاقات → मलाक़ात,
    بائیڈن → बाईडन. Short vowels are unwritten in Urdu and stay unwritten here (the
    consonant carries the inherent a); ا و ی are long vowels after a consonant and
    consonants at the start of a word or before a vowel letter."""
    w = unicodedata.normalize("NFC", word).replace("\u200c", "")
    out: list[str] = []
    prev = ""  # "c" consonant, "v" vowel, "" word start
    i = 0
    while i < len(w):
        ch, nxt = w[i], w[i + 1] if i + 1 < len(w) else ""
        last = i + 1 == len(w)
        if ch in _UR_CONSONANTS:
            deva = _UR_CONSONANTS[ch]
            if nxt == "ھ":
                deva = _UR_ASPIRATE.get(deva, deva + "ह")
                i += 1
            out.append(deva)
            prev = "c"
        elif ch == "ھ":
            out.append("ह")
            prev = "c"
        elif ch in _UR_H:
            if last and prev == "c":
                out.append("ा")  # طرفہ tarfa, وعدہ: a final he is a vowel
                prev = "v"
            else:
                out.append("ह")
                prev = "c"
        elif ch == "آ":
            out.append("आ" if prev != "c" else "ा")
            prev = "v"
        elif ch in _UR_ALEF:
            if prev == "":
                if nxt == "و":
                    out.append("ओ")
                    i += 1
                elif nxt in _UR_YE or nxt == "ے":
                    out.append("ए")
                    i += 1
                else:
                    out.append("अ")
            else:
                out.append("ा" if prev == "c" else "आ")
            prev = "v"
        elif ch == "و":
            if prev != "c" or nxt in _UR_ALEF:
                out.append("व")
                prev = "c"
            else:
                out.append("ो")
                prev = "v"
        elif ch in _UR_YE:
            if prev != "c" or nxt in _UR_ALEF or nxt == "و":
                out.append("य")
                prev = "c"
            else:
                out.append("ी")
                prev = "v"
        elif ch in "ےۓ":
            out.append("े" if prev == "c" else "ए")
            prev = "v"
        elif ch == "ئ":
            if nxt in _UR_YE:
                out.append("ई")
                i += 1
            elif nxt in "ےۓ":
                out.append("ए")
                i += 1
            else:
                out.append("इ")
            prev = "v"
        elif ch == "ؤ":
            out.append("उ")
            prev = "v"
        elif ch == "ع":
            if prev == "":
                out.append("अ")
            prev = "v" if prev == "" else prev
        elif ch == "ں":
            out.append(_ANUSVARA)
        elif ch in _UR_MARKS:
            out.append(_UR_MARKS[ch])
        elif ch == "ء" or "\u064b" <= ch <= "\u065f":
            pass
        else:
            out.append(ch)
            prev = ""
        i += 1
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
