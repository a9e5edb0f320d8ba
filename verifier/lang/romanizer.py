"""Devanagari -> Latin romanisation as Indian English spells names: the script mapping of
``indic-transliteration`` plus Hindi schwa deletion and ranked spelling variants.

``indic-transliteration`` maps each letter to ITRANS (which keeps every Devanagari letter
distinct); the Hindi-specific parts are ours: schwa deletion (the inherent ``a`` Hindi drops
at the end of a word and in ``VC_CV``), and the Latin spellings Indian English uses for
each sound with a cost per variant (``v``/``w``, ``sh``/``s``, ``ee``/``i``…). The variant
costs follow how often Dakshina annotators chose each spelling (train split).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from indic_transliteration import sanscript

from verifier.lang.chars import DEVA_WORD

__all__ = ["MAX_SPELLINGS", "romanize", "spellings"]

MAX_SPELLINGS = 16
MAX_WORD = 40  # longer "words" are not names; bound the work on hostile input

# --- Devanagari letters -> phoneme ids --------------------------------------------------

_VIRAMA = "\u094d"
_NUKTA = "\u093c"
_ANUSVARA = "\u0902"
_CANDRABINDU = "\u0901"
_VISARGA = "\u0903"
_NUKTA_FORMS = {
    "\u0915": "\u0958",
    "\u0916": "\u0959",
    "\u0917": "\u095a",
    "\u091c": "\u095b",
    "\u0921": "\u095c",
    "\u0922": "\u095d",
    "\u092b": "\u095e",
    "\u092f": "\u095f",
}
# Letters ITRANS has no ASCII form for: candra o/e (English loanwords: कॉल, बैंक/बॅंक).
_EXTRA_VOWELS = {"\u0949": "O", "\u0911": "O", "\u0945": "E", "\u090d": "E", "\u0972": "E"}


def _itrans(text: str) -> str:
    return str(sanscript.transliterate(text, sanscript.DEVANAGARI, sanscript.ITRANS))


def _build_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    consonants: dict[str, str] = {}
    for cp in [*range(0x0915, 0x093A), *range(0x0958, 0x0960)]:
        ch = chr(cp)
        pid = _itrans(ch + _VIRAMA)
        if pid.isascii() and pid:
            consonants[ch] = pid
    consonants["\u095d"] = ".Dh"  # ढ़: ITRANS has no form for it
    signs: dict[str, str] = {}
    for cp in range(0x093E, 0x094D):
        ch = chr(cp)
        pid = _itrans("\u0915" + ch)[1:]
        if pid.isascii() and pid:
            signs[ch] = pid
    independent: dict[str, str] = {}
    for cp in range(0x0905, 0x0915):
        ch = chr(cp)
        pid = _itrans(ch)
        if pid.isascii() and pid:
            independent[ch] = pid
    for ch, pid in _EXTRA_VOWELS.items():
        (signs if "\u093e" <= ch <= "\u094c" else independent)[ch] = pid
    return consonants, signs, independent


_CONSONANTS, _SIGNS, _INDEPENDENT = _build_tables()

# Latin spellings of each phoneme as Indian English writes it: (spelling, cost) with the
# usual spelling first at cost 0. Costs rank the variants for ``spellings``.
Alts = tuple[tuple[str, float], ...]
_C_LATIN: dict[str, Alts] = {
    "k": (("k", 0),),
    "kh": (("kh", 0),),
    "g": (("g", 0),),
    "gh": (("gh", 0),),
    "~N": (("n", 0),),
    "ch": (("ch", 0),),
    "Ch": (("chh", 0), ("ch", 0.4)),
    "j": (("j", 0), ("z", 1.0)),
    "jh": (("jh", 0),),
    "~n": (("n", 0),),
    "T": (("t", 0),),
    "Th": (("th", 0),),
    "D": (("d", 0),),
    "Dh": (("dh", 0),),
    "N": (("n", 0),),
    "t": (("t", 0),),
    "th": (("th", 0),),
    "d": (("d", 0),),
    "dh": (("dh", 0),),
    "n": (("n", 0),),
    "p": (("p", 0),),
    "ph": (("f", 0), ("ph", 0.3)),
    "b": (("b", 0),),
    "bh": (("bh", 0),),
    "m": (("m", 0),),
    "y": (("y", 0),),
    "r": (("r", 0),),
    "l": (("l", 0),),
    "L": (("l", 0),),
    "zh": (("l", 0),),
    "v": (("v", 0), ("w", 0.6)),
    "sh": (("sh", 0), ("s", 0.4)),
    "Sh": (("sh", 0), ("s", 0.4)),
    "s": (("s", 0),),
    "h": (("h", 0),),
    "q": (("k", 0), ("q", 0.6)),
    "K": (("kh", 0), ("k", 0.6)),
    "G": (("g", 0), ("gh", 0.6)),
    "z": (("z", 0), ("j", 0.3)),
    ".D": (("d", 0), ("r", 0.2)),
    ".Dh": (("dh", 0), ("rh", 0.3)),
    "f": (("f", 0), ("ph", 0.6)),
    "Y": (("y", 0),),
    "R": (("r", 0),),
}
_V_LATIN: dict[str, Alts] = {
    "a": (("a", 0),),
    "A": (("a", 0), ("aa", 0.5)),
    "i": (("i", 0),),
    "I": (("i", 0), ("ee", 0.6)),
    "u": (("u", 0),),
    "U": (("u", 0), ("oo", 0.6)),
    "RRi": (("ri", 0), ("ru", 1.0)),
    "RRI": (("ri", 0),),
    "LLi": (("li", 0),),
    "e": (("e", 0), ("ai", 1.2)),
    "ai": (("ai", 0), ("e", 0.3), ("ay", 1.0)),
    "o": (("o", 0),),
    "au": (("au", 0), ("o", 0.7), ("ou", 1.0)),
    "O": (("o", 0), ("a", 0.6)),
    "E": (("e", 0), ("ai", 0.6)),
    "è": (("e", 0),),
    "ò": (("o", 0),),
}
_LABIALS = frozenset({"p", "ph", "b", "bh", "m", "f"})
_FINAL_CLUSTER_KEEPS = frozenset({"r", "y", "v", "l", "n", "N", "m"})

# Item kinds: C consonant, S inherent schwa, V written vowel, N anusvara, B candrabindu,
# H visarga.
Item = tuple[str, str]


def _parse(word: str) -> list[Item]:
    """Devanagari word -> phoneme items (unknown characters are skipped)."""
    items: list[Item] = []
    chars = unicodedata.normalize("NFC", word)
    i, n = 0, len(chars)
    while i < n:
        ch = chars[i]
        if ch in _CONSONANTS or ch in _NUKTA_FORMS:
            if i + 1 < n and chars[i + 1] == _NUKTA and ch in _NUKTA_FORMS:
                ch = _NUKTA_FORMS[ch]
                i += 1
            pid = _CONSONANTS.get(ch)
            if pid is None:
                i += 1
                continue
            items.append(("C", pid))
            i += 1
            while i < n and chars[i] in ("\u200c", "\u200d", _NUKTA):
                i += 1
            if i < n and chars[i] == _VIRAMA:
                i += 1
            elif i < n and chars[i] in _SIGNS:
                items.append(("V", _SIGNS[chars[i]]))
                i += 1
            else:
                items.append(("S", "a"))
            continue
        if ch in _INDEPENDENT:
            items.append(("V", _INDEPENDENT[ch]))
        elif ch == _ANUSVARA:
            items.append(("N", "M"))
        elif ch == _CANDRABINDU:
            items.append(("B", ".N"))
        elif ch == _VISARGA:
            items.append(("H", "H"))
        elif ch in _SIGNS and items and items[-1][0] in "VS":
            # a vowel sign after a vowel (rare, malformed): read it as a vowel
            items.append(("V", _SIGNS[ch]))
        i += 1
    return items


def _is_vowel(kind: str) -> bool:
    return kind in ("V", "S")


def _schwa_keep(items: Sequence[Item]) -> list[bool]:
    """Which inherent schwas Hindi pronounces (True = keep)."""
    n = len(items)
    keep = [True] * n
    vowels = sum(1 for k, _ in items if _is_vowel(k))
    if n >= 2 and items[-1][0] == "S" and vowels > 1:
        keep[-1] = _final_schwa_stays(items)
    # Medial deletion, right to left: a -> 0 / V C _ C V (Ohala's rule). Going right to
    # left lets a deletion block the one before it, so no three-consonant cluster forms.
    for i in range(n - 2, 1, -1):
        if items[i][0] != "S" or items[i + 1][0] in ("N", "B"):
            continue
        before = items[i - 2]
        if not (_is_vowel(before[0]) and keep[i - 2]):
            continue
        if items[i + 1][0] != "C" or i + 2 >= n:
            continue
        after = items[i + 2]
        # Not before a word-final open syllable: कनाडा kanada, पनामा, सहारा, जनता
        # (Dakshina annotators split evenly on अपना apna/apana; names and loanwords
        # lean towards keeping it).
        if _is_vowel(after[0]) and keep[i + 2] and i + 2 < n - 1:
            keep[i] = False
    return keep


def _final_schwa_stays(items: Sequence[Item]) -> bool:
    c2 = items[-2][1]
    if len(items) >= 3 and items[-3][0] == "C":
        c1 = items[-3][1]
        # मित्र, नरेंद्र, कृष्ण, शुक्ल keep it; धर्म, भट्ट, पोस्ट drop it.
        return c2 in _FINAL_CLUSTER_KEEPS and c1 != "r" and c1 != c2
    # भारतीय, प्रिय: -iya
    return c2 == "y" and len(items) >= 3 and items[-3] in (("V", "I"), ("V", "i"))


def _segments(items: Sequence[Item]) -> list[Alts]:
    """Latin alternatives per item, with context rules and schwa choices applied."""
    keep = _schwa_keep(items)
    out: list[Alts] = []
    n = len(items)
    for i, (kind, pid) in enumerate(items):
        prev = items[i - 1] if i > 0 else ("", "")
        nxt = items[i + 1] if i + 1 < n else ("", "")
        if kind == "C":
            alts = _C_LATIN.get(pid, (("", 0),))
            if pid == "v" and ((prev[0] == "C" and prev[1] != "r") or nxt == ("V", "O")):
                alts = (("w", 0), ("v", 0.6))  # स्वामी swami, ट्विटर, वॉशिंगटन
            elif pid == "Sh" and prev == ("C", "k"):
                out[-1] = (("ksh", 0), ("x", 0.9), ("ks", 0.9))  # क्ष
                alts = (("", 0),)
            elif pid == "~n" and prev == ("C", "j"):
                out[-1] = (("gy", 0), ("gn", 0.8), ("jn", 0.9))  # ज्ञ
                alts = (("", 0),)
            elif pid == "y" and prev == ("S", "a") and not _is_vowel(nxt[0]):
                alts = (("y", 0), ("i", 0.4))  # जय jay/jai
            elif pid == "y" and prev[0] == "S" and nxt[0] == "S" and not keep[i + 1]:
                alts = (("y", 0), ("i", 0.4))
            elif pid == "h" and prev[0] == "N" and i == n - 2 and nxt[0] == "S" and not keep[i + 1]:
                alts = (("gh", 0), ("h", 0.5))  # सिंह singh
            out.append(alts)
        elif kind == "S":
            final = i == n - 1
            flip = 0.6 if final else 0.8
            out.append((("a", 0), ("", flip)) if keep[i] else (("", 0), ("a", flip)))
        elif kind == "V":
            alts = _V_LATIN.get(pid, (("", 0),))
            if pid == "O" and prev == ("C", "v"):
                alts = (("a", 0), ("o", 0.6))  # वॉर war, वॉच watch
            out.append(alts)
        elif kind == "N":
            nxt_c = nxt[1] if nxt[0] == "C" else ""
            if nxt_c in _LABIALS:
                out.append((("m", 0), ("n", 0.6)))
            elif nxt_c == "h" and i == n - 3:
                out.append((("n", 0),))
            elif nxt_c:
                out.append((("n", 0), ("m", 1.0)))
            else:
                out.append((("n", 0), ("", 0.5)))
        elif kind == "B":
            out.append((("n", 0), ("", 0.4)))
        elif kind == "H":
            out.append((("h", 0), ("", 0.5)))
    return out


def _best(segments: Sequence[Alts], k: int) -> list[str]:
    """The ``k`` cheapest spellings (beam search; exact for additive costs)."""
    beam: list[tuple[float, str]] = [(0.0, "")]
    for seg in segments:
        if len(seg) == 1:
            text = seg[0][0]
            beam = [(c + seg[0][1], s + text) for c, s in beam]
            continue
        grown = sorted((c + sc, s + alt) for c, s in beam for alt, sc in seg)
        seen: set[str] = set()
        beam = []
        for cost, s in grown:
            if s not in seen:
                seen.add(s)
                beam.append((cost, s))
                if len(beam) >= k:
                    break
    return [s for _, s in beam]


_DEVA_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


def _word_segments(text: str) -> list[Alts]:
    """Segments of a whole text: Devanagari words romanised, everything else kept."""
    segments: list[Alts] = []
    pos = 0
    for m in DEVA_WORD.finditer(text):
        if m.start() > pos:
            segments.append(((text[pos : m.start()].translate(_DEVA_DIGITS).lower(), 0.0),))
        word = m.group(0)[:MAX_WORD]
        segments.extend(_segments(_parse(word)))
        pos = m.end()
    if pos < len(text):
        segments.append(((text[pos:].translate(_DEVA_DIGITS).lower(), 0.0),))
    return segments


@lru_cache(maxsize=65536)
def romanize(deva: str) -> str:
    """Devanagari -> lower-case Latin the way Indian English spells names.

    ``romanize("जयशंकर") == "jayshankar"``, ``romanize("नरेंद्र मोदी") == "narendra modi"``.
    Non-Devanagari characters are kept (Devanagari digits become ASCII digits).
    """
    return _best(_segments_of(deva), 1)[0]


@lru_cache(maxsize=65536)
def spellings(deva: str) -> tuple[str, ...]:
    """Up to 16 candidate Latin spellings, most likely first (``romanize`` is the first).

    Variants: v/w, sh/s, ee/i, oo/u, ph/f, z/j (nukta), ai/e, au/o, ay/ai, ksh/x, the
    final and medial schwa kept or dropped, anusvara n/m.
    """
    return tuple(_best(_segments_of(deva), MAX_SPELLINGS))


@lru_cache(maxsize=4096)
def _segments_of(deva: str) -> tuple[Alts, ...]:
    # ``romanize`` and ``spellings`` of one word read the same segments: parse it once.
    return tuple(_word_segments(deva))
