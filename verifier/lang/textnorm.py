"""Text normalisation shared by every stage: one canonical form before any comparison.

Pure functions only. The normal form keeps the text readable (it is what reports show)
and keeps offsets meaningful: ``normalize`` is applied once when an article is parsed,
so all later spans index the normalised text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from verifier.lang.chars import DEVA_WORD
from verifier.model import Span

# Typography that CMSs (WordPress wptexturize) and X embeds rewrite; mapped to one form so
# that an embed and its canonical post compare equal.
_CHAR_MAP = {
    "\u00a0": " ",  # no-break space
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u3000": " ",
    "\u2013": "–",  # keep en dash
    "\u2012": "–",
    "\u2015": "—",  # horizontal bar -> em dash
    "\u2212": "-",  # minus sign
    "\u00ad": "",  # soft hyphen
    "\ufeff": "",  # BOM / zero width no-break space
    "\u200b": "",  # zero width space
    "\u2060": "",  # word joiner
    "\u2066": "",  # bidi isolates around mentions (seen in X embeds)
    "\u2067": "",
    "\u2068": "",
    "\u2069": "",
    "\u202a": "",
    "\u202b": "",
    "\u202c": "",
    "\u202d": "",
    "\u202e": "",
    "\u200e": "",
    "\u200f": "",
    "\u2028": "\n",
    "\u2029": "\n",
    "\r": "",
}
_TRANS = str.maketrans(_CHAR_MAP)
_MAPPED = re.compile("[" + re.escape("".join(_CHAR_MAP)) + "]")


def map_typography(text: str) -> str:
    """``text.translate(_TRANS)``: a regex scan finds the few mapped characters far faster
    than ``translate`` walks a Devanagari text character by character."""
    return _MAPPED.sub(lambda m: _CHAR_MAP[m.group(0)], text)


# ZWJ/ZWNJ are meaningful inside Devanagari conjuncts and emoji sequences: keep them.

_SPACES = re.compile(r"[ \t\f\v]{2,}|[\t\f\v]")
"""Runs of spaces and tabs that collapse to one space (a lone space is left as it is)."""
_MANY_NEWLINES = re.compile(r"\n{3,}")

OPEN_QUOTES = "\"'“‘«‹„‚"
CLOSE_QUOTES = "\"'”’»›“‘"
ALL_QUOTES = frozenset(OPEN_QUOTES + CLOSE_QUOTES)


def normalize(text: str) -> str:
    """Return ``text`` in NFC with invisible controls dropped and spaces collapsed.

    Line breaks are kept (a flattened embed puts its signature on its own line);
    runs of blank lines are reduced to one blank line.
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", map_typography(text))
    text = "\n".join(line.strip() for line in text.split("\n"))
    return _MANY_NEWLINES.sub("\n\n", text).strip()


_DOUBLE_QUOTES = re.compile(r"[“”„«»‹›\"]")
_SINGLE_QUOTES = re.compile(r"[‘’‚`´]")
_DASHES = re.compile(r"[—–-]+")
_WHITE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Comparison key for two renderings of the same text: case, quotes, dashes and
    spacing folded. Not for display."""
    if len(text) <= _FOLD_REMEMBERED:
        return _fold_remembered(text)
    return _fold(text)


_FOLD_REMEMBERED = 10_000
"""Posts and claims (``compare`` takes up to 10,000 characters) are folded again for each
finding's key: their folds are kept (at most 256, so memory stays flat over a batch)."""


def _fold(text: str) -> str:
    text = map_typography(unicodedata.normalize("NFKC", text)).casefold()
    text = _DOUBLE_QUOTES.sub('"', text)
    text = _SINGLE_QUOTES.sub("'", text)
    text = _DASHES.sub("-", text)
    text = text.replace("…", "...")
    return _WHITE.sub(" ", text).strip()


_fold_remembered = lru_cache(maxsize=256)(_fold)


Script = Literal[
    "deva", "latn", "beng", "arab", "guru", "gujr", "orya", "taml", "telu", "knda", "mlym", "other"
]

_SCRIPT_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x0900, 0x097F, "deva"),
    (0xA8E0, 0xA8FF, "deva"),
    (0x0980, 0x09FF, "beng"),
    (0x0A00, 0x0A7F, "guru"),
    (0x0A80, 0x0AFF, "gujr"),
    (0x0B00, 0x0B7F, "orya"),
    (0x0B80, 0x0BFF, "taml"),
    (0x0C00, 0x0C7F, "telu"),
    (0x0C80, 0x0CFF, "knda"),
    (0x0D00, 0x0D7F, "mlym"),
    (0x0600, 0x06FF, "arab"),
    (0x0750, 0x077F, "arab"),
    (0xFB50, 0xFDFF, "arab"),
    (0xFE70, 0xFEFF, "arab"),
)


def char_script(ch: str) -> Script | None:
    """Script of one letter, ``None`` for digits, punctuation, spaces and emoji."""
    cp = ord(ch)
    if ch.isascii():
        return "latn" if ch.isalpha() else None
    for lo, hi, name in _SCRIPT_RANGES:
        if lo <= cp <= hi:
            # Devanagari danda and digits are not letters of a language.
            if name == "deva" and (0x0964 <= cp <= 0x096F):
                return None
            return name
    if ch.isalpha():
        if "LATIN" in unicodedata.name(ch, ""):
            return "latn"
        return "other"
    return None


def script_counts(text: str) -> dict[Script, int]:
    """Letters per script, the scripts in the order they first appear."""
    counts: dict[Script, int] = {}
    # Each distinct character once (Counter keeps first appearance order), not each one.
    for ch, n in Counter(text).items():
        s = _script_of(ch)
        if s is not None:
            counts[s] = counts.get(s, 0) + n
    return counts


_script_of = lru_cache(maxsize=8192)(char_script)


def dominant_script(text: str) -> Script | None:
    if len(text) <= _SHORT:
        return _dominant_short(text)
    return _dominant(text)


_SHORT = 64
"""Words and short phrases: asked about again and again, so their answer is kept."""


def _dominant(text: str) -> Script | None:
    counts = script_counts(text)
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: kv[1])[0]


_dominant_short = lru_cache(maxsize=65536)(_dominant)


# Marathi shares Devanagari with Hindi; a few very frequent function words tell them apart.
_MARATHI_MARKERS = frozenset(
    "आहे आहेत आणि नाही होते केले त्यांनी त्यांचा त्यांची यांनी म्हणाले म्हटले आहेत असे या व".split()
)
_HINDI_MARKERS = frozenset("है हैं और नहीं था थी थे किया ने कहा कि की के का में से पर को भी".split())
# Nepali: its copulas, auxiliaries and particles (छ, थियो, पनि, भएको), none of them Hindi.
_NEPALI_MARKERS = frozenset(
    "छ छन् छैन थियो थिए थिइन् पनि भएको भएका गरेको गरेका हुन्छ हो र उनले उनको यस उक्त गर्न "
    "लागि भने रहेको गरी गर्ने हुने तथा".split()
)
_NEPALI_ENDINGS = ("लाई", "हरू", "हरूको", "हरूले", "बाट", "ेको", "ेका", "एको", "एका")


def detect_language(text: str) -> str:
    """Best guess of an ISO 639-1 code from script and function words.

    Returns ``"und"`` when the text has no letters. Script first; Latin-script text is
    English unless ``identify.latin_language`` finds another language plainly.
    """
    if len(text) <= _REMEMBERED:
        return _detect_remembered(text)
    return _detect(text)


_REMEMBERED = 2000
"""Texts up to this length (a sentence, a post) keep their answer for a while: the claim
finder and the judge ask about the same sentences again."""


def _detect(text: str) -> str:
    script = dominant_script(text)
    if script is None:
        return "und"
    if script == "latn":
        from verifier.lang.identify import latin_language

        return latin_language(text)
    if script == "deva":
        words = DEVA_WORD.findall(text)
        mr = sum(w in _MARATHI_MARKERS for w in words)
        hi = sum(w in _HINDI_MARKERS for w in words)
        ne = sum(w in _NEPALI_MARKERS or w.endswith(_NEPALI_ENDINGS) for w in words)
        if ne > hi and ne > mr:
            return "ne"
        return "mr" if mr > hi else "hi"
    return {
        "beng": "bn",
        "arab": "ur",
        "guru": "pa",
        "gujr": "gu",
        "orya": "or",
        "taml": "ta",
        "telu": "te",
        "knda": "kn",
        "mlym": "ml",
    }.get(script, "und")


_detect_remembered = lru_cache(maxsize=4096)(_detect)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


# A word: letters, combining marks and digits of any script, allowing inner apostrophes,
# hyphens, dots in numbers (1.09) and Indian digit grouping (1,27,55,79,262). Python's \w
# does not cover combining marks (Devanagari vowel signs, anusvara, nukta, virama), so the
# Indic blocks are listed explicitly.
WORD_CHARS = r"\w\u0900-\u0963\u0966-\u096F\u0971-\u0DFF\uA8E0-\uA8FF\u200c\u200d"
_WORD = re.compile(
    rf"[@#]?[{WORD_CHARS}]+(?:(?:[’'\-]|(?<=\d)[.,](?=\d))[{WORD_CHARS}]+)*", re.UNICODE
)


def tokenize(text: str) -> list[Token]:
    """Split into word tokens with offsets (punctuation and spaces dropped)."""
    if len(text) <= _REMEMBERED:
        return list(_tokens_remembered(text))
    return _tokenize(text)


def _tokenize(text: str) -> list[Token]:
    return [Token(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]


@lru_cache(maxsize=1024)
def _tokens_remembered(text: str) -> tuple[Token, ...]:
    # Every check of the judge tokenises the same post and claim again; one judgement
    # reads a few texts, so a small cache keeps them (and memory flat over a batch).
    return tuple(_tokenize(text))


def line_spans(text: str) -> list[Span]:
    """Spans of the non-blank lines (paragraphs) of ``text``."""
    out: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return out
