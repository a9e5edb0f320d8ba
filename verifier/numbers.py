"""Number anchors: quantities written in English or Hindi text (digits of any script,
Indian and Western grouping, keycap emoji digits, number words, lakh/crore/million scales,
percentages, currencies, ordinals, fractions, qualifiers), as comparable values.

``find_numbers`` skips digits that are not quantities: dates (found by ``verifier.dates``
unless the caller passes its own ``exclude`` spans), clock times, URLs, @handles,
#hashtags and names with digits (G20, COVID-19, 5G). ``same_quantity`` compares two
mentions tolerantly (1.09 crore = 10.9 million; 1 करोड़ ≈ 1.09 crore as a rounding).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from verifier.dates import find_dates
from verifier.gazetteer import currency_code
from verifier.indicfold import fold_deva
from verifier.model import Span
from verifier.numwords import (
    EN_ORDINALS,
    EN_SMALL,
    FRACTION_WORDS,
    GLUED_ONLY_SCALES,
    HI_ADDERS,
    HI_MIXED,
    HI_SMALL,
    HUNDRED_WORDS,
    SCALES,
    clean_digits,
    hi_ordinal,
)

__all__ = ["NumberMention", "Qualifier", "find_numbers", "same_quantity"]

Qualifier = Literal["more-than", "less-than", "about", "at-least", "at-most", "up-to"]
NumberKind = Literal["cardinal", "ordinal", "percent", "currency", "year", "fraction"]

_MAX_TEXT = 200_000


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A quantity named in a text."""

    value: float
    """The quantity in units: 1.09 करोड़ -> 10_900_000; 10% -> 10; आधा -> 0.5."""
    span: Span
    text: str
    unit: str | None = None
    """``"%"`` or an ISO 4217 currency code (``"INR"``, ``"USD"``)."""
    qualifier: Qualifier | None = None
    kind: NumberKind = "cardinal"
    resolution: float = 1.0
    """Size of the last written digit (1.09 crore -> 100_000; 10 करोड़ -> 10_000_000):
    how precisely the text states the value; ``same_quantity`` uses it for rounding."""
    ambiguous: bool = False
    """The word also has a non-numeric reading: एक / "one" as an article or pronoun,
    दूसरे ("other"), "second" (time unit)."""


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: Literal["num", "word", "sym"]
    text: str
    start: int
    end: int
    key: str


_TOKEN = re.compile(
    r"(?P<num>(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,3}(?:,\d{2})*,\d{3}(?!\d)|\d+)(?:\.\d+)?)"
    r"|(?P<word>[A-Za-z]+|[\u0900-\u0963\u0971-\u097f\u200c\u200d]+)"
    r"|(?P<sym>[₹$€£¥%/+~\-])"
)
_SKIP = re.compile(
    r"(?:https?://|www\.|pic\.twitter\.com/|t\.co/)\S+|[@#][\w\u0900-\u097f]+(?:-\w+)*",
    re.IGNORECASE,
)
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")

_ORDINAL_SUFFIXES = frozenset(
    {"st", "nd", "rd", "th", *(fold_deva(s) for s in ("वां", "वीं", "वें", "वाँ", "वा", "वी", "वे"))}
)
_PERCENT_WORDS = frozenset(
    {"percent", "pc", *(fold_deva(w) for w in "प्रतिशत फीसदी फ़ीसदी फीसद फ़ीसद परसेंट पर्सेंट".split())}
)
_CURRENCY_SYMBOLS = {"₹": "INR", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_AMBIGUOUS_WORDS = frozenset({"one", "a", "an", "second", fold_deva("एक"), fold_deva("दूसरे")})
_NUMBER_CUES = frozenset({"number", "no", "नंबर", "नम्बर"})  # नंबर एक, No 1: a real 1

# Qualifiers before the number and after it, as word sequences.
_PRE_RAW: tuple[tuple[str, Qualifier], ...] = (
    ("more than", "more-than"),
    ("over", "more-than"),
    ("above", "more-than"),
    ("upwards of", "more-than"),
    ("in excess of", "more-than"),
    ("less than", "less-than"),
    ("fewer than", "less-than"),
    ("under", "less-than"),
    ("below", "less-than"),
    ("about", "about"),
    ("around", "about"),
    ("nearly", "about"),
    ("almost", "about"),
    ("approximately", "about"),
    ("approx", "about"),
    ("roughly", "about"),
    ("close to", "about"),
    ("some", "about"),
    ("at least", "at-least"),
    ("no less than", "at-least"),
    ("at most", "at-most"),
    ("no more than", "at-most"),
    ("up to", "up-to"),
    ("upto", "up-to"),
    ("लगभग", "about"),
    ("करीब", "about"),
    ("क़रीब", "about"),
    ("तकरीबन", "about"),
    ("तक़रीबन", "about"),
    ("कम से कम", "at-least"),
    ("न्यूनतम", "at-least"),
    ("ज्यादा से ज्यादा", "at-most"),
    ("ज़्यादा से ज़्यादा", "at-most"),
    ("अधिक से अधिक", "at-most"),
    ("अधिकतम", "at-most"),
)
_POST_RAW: tuple[tuple[str, Qualifier], ...] = (
    ("से भी ज्यादा", "more-than"),
    ("से भी अधिक", "more-than"),
    ("से ज्यादा", "more-than"),
    ("से ज़्यादा", "more-than"),
    ("से अधिक", "more-than"),
    ("से ऊपर", "more-than"),
    ("से कम", "less-than"),
    ("के करीब", "about"),
    ("के क़रीब", "about"),
    ("के आसपास", "about"),
    ("के लगभग", "about"),
    ("तक", "up-to"),
    ("or more", "at-least"),
    ("or above", "at-least"),
    ("and above", "at-least"),
    ("or less", "at-most"),
    ("or fewer", "at-most"),
    ("plus", "at-least"),
)


def _phrases(raw: Sequence[tuple[str, Qualifier]]) -> tuple[tuple[tuple[str, ...], Qualifier], ...]:
    """Folded word sequences, longest first."""
    items = [(tuple(fold_deva(w) for w in phrase.split()), q) for phrase, q in raw]
    return tuple(sorted(items, key=lambda pq: -len(pq[0])))


_PRE_QUALIFIERS = _phrases(_PRE_RAW)
_POST_QUALIFIERS = _phrases(_POST_RAW)


_KINDS: dict[str, Literal["num", "word", "sym"]] = {"num": "num", "word": "word", "sym": "sym"}


@dataclass
class _Parse:
    value: float
    end: int  # token index after the parse
    resolution: float = 1.0
    kind: NumberKind = "cardinal"
    ambiguous: bool = False
    scale: float = 1.0


class _Reader:
    """Reads number expressions off one token list (clean-text coordinates)."""

    def __init__(self, text: str, blocked: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.toks = [
            _Tok(
                _KINDS[m.lastgroup or "sym"], m.group(0), m.start(), m.end(), fold_deva(m.group(0))
            )
            for m in _TOKEN.finditer(text)
        ]
        self.blocked_at = _blocked_flags(self.toks, blocked)

    def tok(self, i: int) -> _Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def glued(self, i: int, j: int) -> bool:
        a, b = self.tok(i), self.tok(j)
        return a is not None and b is not None and a.end == b.start

    def spaced(self, i: int, j: int) -> bool:
        """Tokens ``i`` < ``j`` adjacent, separated by whitespace only (or nothing)."""
        a, b = self.tok(i), self.tok(j)
        return a is not None and b is not None and not self.text[a.end : b.start].strip()

    def words_at(self, i: int, phrase: tuple[str, ...]) -> bool:
        for k, word in enumerate(phrase):
            t = self.tok(i + k)
            if t is None or t.kind != "word" or t.key.casefold() != word:
                return False
            if k and not self.spaced(i + k - 1, i + k):
                return False
        return True

    # --- the number itself ------------------------------------------------------------

    def digits(self, i: int) -> _Parse | None:
        t = self.toks[i]
        prev = self.tok(i - 1)
        if prev is not None and self.glued(i - 1, i):
            # G20, COVID19, कोविड-19: digits glued to a word are part of a name
            if prev.kind == "word" and currency_code(prev.text) is None:
                return None
            if prev.text == "-" and self.glued(i - 2, i - 1) and self.toks[i - 2].kind == "word":
                return None
        raw = t.text.replace(",", "")
        decimals = len(raw.split(".")[1]) if "." in raw else 0
        p = _Parse(float(raw), i + 1, 10.0**-decimals)
        nxt = self.tok(i + 1)
        if nxt is not None and self.glued(i, i + 1):
            low = nxt.key.casefold()
            if nxt.kind == "word" and low in _ORDINAL_SUFFIXES and not decimals:
                p.kind, p.end = "ordinal", i + 2
            elif nxt.kind == "word" and low in SCALES:
                p.scale, p.end = SCALES[low], i + 2
            elif nxt.kind == "word" and low not in _PERCENT_WORDS and currency_code(low) is None:
                return None  # 4G, 3D, 100x
            elif nxt.text == "/" and self.glued(i + 1, i + 2) and self.toks[i + 2].kind == "num":
                return self.fraction(i, p)
        return p

    def fraction(self, i: int, num: _Parse) -> _Parse | None:
        den = self.toks[i + 2]
        denominator = float(den.text.replace(",", ""))
        if not 0 < num.value < denominator <= 1000 or "." in den.text:
            return None  # 24/7, 13/3: not a fraction
        end = i + 3
        suffix = self.tok(end)
        if (
            suffix is not None
            and self.glued(end - 1, end)
            and suffix.key.casefold() in _ORDINAL_SUFFIXES
        ):
            end += 1  # 1/10th, 1/10वां
        return _Parse(num.value / denominator, end, 0.0, "fraction")

    def small_words(self, i: int) -> _Parse | None:
        """English or Hindi number words below a thousand (two hundred and fifty)."""
        t = self.toks[i]
        low = t.key.casefold()
        if low in HI_MIXED:
            return _Parse(HI_MIXED[low], i + 1, 0.5)
        if low in HI_ADDERS:
            nxt = self.tok(i + 1)
            if nxt is None or not self.spaced(i, i + 1):
                return None
            if nxt.key in HI_SMALL:  # साढ़े तीन (सौ)
                p = _Parse(HI_SMALL[nxt.key] + HI_ADDERS[low], i + 2, 0.25)
                hundred = self.tok(i + 2)
                if (
                    hundred is not None
                    and hundred.key in HUNDRED_WORDS
                    and self.spaced(i + 1, i + 2)
                ):
                    p.value, p.resolution, p.end = p.value * 100, 25.0, i + 3
                return p
            if nxt.key in SCALES and nxt.key not in GLUED_ONLY_SCALES:
                return _Parse(1 + HI_ADDERS[low], i + 1, 0.25)  # सवा लाख
            return None
        if low in ("a", "an"):
            nxt = self.tok(i + 1)
            if nxt is None or not self.spaced(i, i + 1):
                return None
            nkey = nxt.key.casefold()
            if nkey == "dozen":
                return _Parse(12.0, i + 2)
            if nkey in HUNDRED_WORDS or (nkey in SCALES and nkey not in GLUED_ONLY_SCALES):
                return _Parse(1.0, i + 1)
            return None
        value: float
        if low in EN_SMALL:
            value = EN_SMALL[low]
            j = i + 1
            nxt = self.tok(j)
            # twenty-five, twenty five
            if 20 <= value < 100 and value % 10 == 0 and nxt is not None:
                k = j + 1 if nxt.text == "-" and self.glued(i, j) else j
                unit = self.tok(k)
                if (
                    unit is not None
                    and self.spaced(k - 1, k)
                    and EN_SMALL.get(unit.key.casefold(), 99) < 10
                ):
                    value += EN_SMALL[unit.key.casefold()]
                    j = k + 1
        elif low in HI_SMALL:
            value, j = HI_SMALL[low], i + 1
        elif low in HUNDRED_WORDS and t.key == fold_deva("सौ"):
            value, j = 100.0, i + 1
        else:
            return None
        prev = self.tok(i - 1)
        counted = prev is not None and prev.key.casefold() in _NUMBER_CUES
        p = _Parse(float(value), j, ambiguous=low in _AMBIGUOUS_WORDS and not counted)
        hundred = self.tok(j)
        if (
            hundred is not None
            and hundred.key.casefold() in HUNDRED_WORDS
            and self.spaced(j - 1, j)
        ):
            p.value *= 100
            p.end = j + 1
            p.ambiguous = False
            k = p.end + 1 if self.words_at(p.end, ("and",)) else p.end
            rest = (
                self.small_words(k) if self.tok(k) is not None and self.spaced(k - 1, k) else None
            )
            if rest is not None and rest.value < 100 and rest.kind == "cardinal":
                p.value += rest.value
                p.end = rest.end
        return p

    def base(self, i: int) -> _Parse | None:
        t = self.toks[i]
        if t.kind == "num":
            return self.digits(i)
        if t.kind != "word":
            return None
        low = t.key.casefold()
        if low in EN_ORDINALS:
            return _Parse(
                float(EN_ORDINALS[low]), i + 1, kind="ordinal", ambiguous=low in _AMBIGUOUS_WORDS
            )
        ordinal = hi_ordinal(t.key)
        if ordinal is not None:
            return _Parse(
                float(ordinal), i + 1, kind="ordinal", ambiguous=t.key in _AMBIGUOUS_WORDS
            )
        if low in FRACTION_WORDS and low not in (
            "third",
            "thirds",
            "quarter",
            "quarters",
            "halves",
        ):
            return _Parse(FRACTION_WORDS[low], i + 1, 0.0, "fraction")  # आधा, half
        return self.small_words(i)

    def group(self, i: int) -> _Parse | None:
        """A base number with its scale words and fraction word (75 हजार करोड़, दो तिहाई)."""
        p = self.base(i)
        if p is None or p.kind in ("ordinal",):
            return p
        if p.kind == "cardinal":
            nxt = self.tok(p.end)
            if nxt is not None and self.spaced(p.end - 1, p.end):
                key = nxt.key.casefold()
                if nxt.text == "-" and self.glued(p.end - 1, p.end):
                    nxt2 = self.tok(p.end + 1)
                    key = (
                        nxt2.key.casefold()
                        if nxt2 is not None and self.glued(p.end, p.end + 1)
                        else ""
                    )
                    skip = 2
                else:
                    skip = 1
                if key in FRACTION_WORDS and p.value < 100:
                    return _Parse(p.value * FRACTION_WORDS[key], p.end + skip, 0.0, "fraction")
        while True:
            nxt = self.tok(p.end)
            if nxt is None or nxt.kind != "word" or not self.spaced(p.end - 1, p.end):
                break
            key = nxt.key.casefold()
            if key not in SCALES or key in GLUED_ONLY_SCALES:
                break
            p.scale *= SCALES[key]
            p.end += 1
        if p.scale != 1.0:
            p.value *= p.scale
            p.resolution *= p.scale
            p.ambiguous = False
        return p

    def number(self, i: int) -> _Parse | None:
        """Groups joined in falling scale: 2 lakh 50 thousand, दो लाख पचास हजार."""
        p = self.group(i)
        while (
            p is not None and p.kind == "cardinal" and p.scale > 1 and self.spaced(p.end - 1, p.end)
        ):
            nxt = self.tok(p.end)
            if nxt is None or nxt.kind == "sym":
                break
            q = self.group(p.end)
            if q is None or q.kind != "cardinal" or not 1 < q.scale < p.scale:
                break
            p = _Parse(p.value + q.value, q.end, q.resolution, scale=q.scale)
        return p

    # --- what surrounds it ------------------------------------------------------------

    def unit_after(self, j: int) -> tuple[str | None, int]:
        t = self.tok(j)
        if t is None or not self.spaced(j - 1, j):
            return None, j
        if t.text == "%":
            return "%", j + 1
        low = t.key.casefold()
        if low in _PERCENT_WORDS:
            return "%", j + 1
        if self.words_at(j, ("per", "cent")):
            return "%", j + 2
        if t.kind == "word":
            nxt = self.tok(j + 1)
            if nxt is not None and self.spaced(j, j + 1):
                code = currency_code(f"{t.text} {nxt.text}")
                if code is not None:
                    return code, j + 2
            code = currency_code(t.text)
            if code is not None and len(t.text) > 2:
                return code, j + 1
        return None, j

    def currency_before(self, i: int) -> tuple[str | None, int]:
        prev = self.tok(i - 1)
        if prev is None or not self.spaced(i - 1, i):
            return None, i
        if prev.text in _CURRENCY_SYMBOLS:
            before = self.tok(i - 2)
            if (
                prev.text == "$"
                and before is not None
                and self.glued(i - 2, i - 1)
                and before.text.upper() in ("US", "A", "C")
            ):
                return {"US": "USD", "A": "AUD", "C": "CAD"}[before.text.upper()], i - 2
            return _CURRENCY_SYMBOLS[prev.text], i - 1
        if prev.kind == "word":
            code = currency_code(prev.text)
            if code is not None and prev.text.casefold() in (
                "rs",
                "re",
                "inr",
                "usd",
                "eur",
                "gbp",
                "रु",
                "रू",
            ):
                return code, i - 1
        return None, i

    def qualifier_before(self, i: int) -> tuple[Qualifier | None, int]:
        if self.tok(i - 1) is not None and self.toks[i - 1].text == "~":
            return "about", i - 1
        for phrase, q in _PRE_QUALIFIERS:
            start = i - len(phrase)
            if start >= 0 and self.words_at(start, phrase) and self.spaced(i - 1, i):
                return q, start
        return None, i

    def qualifier_after(self, j: int) -> tuple[Qualifier | None, int]:
        t = self.tok(j)
        if t is not None and t.text == "+" and self.glued(j - 1, j):
            return "at-least", j + 1  # 50+
        for phrase, q in _POST_QUALIFIERS:
            if self.words_at(j, phrase) and self.spaced(j - 1, j):
                return q, j + len(phrase)
        return None, j


def _blocked_flags(toks: Sequence[_Tok], blocked: Sequence[tuple[int, int]]) -> list[bool]:
    """For each token: does it overlap a blocked range? (one sweep over sorted ranges)"""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(blocked):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    flags: list[bool] = []
    k = 0
    for t in toks:
        while k < len(merged) and merged[k][1] <= t.start:
            k += 1
        flags.append(k < len(merged) and merged[k][0] < t.end)
    return flags


_STARTERS = frozenset(
    {*EN_SMALL, *EN_ORDINALS, *HI_SMALL, *HI_MIXED, *HI_ADDERS, *FRACTION_WORDS, "a", "an"}
    | {fold_deva("सौ")}
)


def _may_start(t: _Tok) -> bool:
    """Cheap test before parsing: digits, or a word that can begin a number."""
    if t.kind == "num":
        return True
    if t.kind != "word":
        return False
    key = t.key.casefold()
    return key in _STARTERS or (not t.text.isascii() and hi_ordinal(t.key) is not None)


def _default_exclusions(text: str, lang: str) -> list[Span]:
    return [d.span for d in find_dates(text, lang)]


def find_numbers(
    text: str, lang: str = "und", exclude: Sequence[Span] | None = None
) -> list[NumberMention]:
    """Quantities in ``text`` (English or Hindi), in text order; spans index ``text``.

    ``exclude``: spans whose digits are not quantities. By default the dates that
    ``verifier.dates.find_dates`` finds are excluded (so "February 4, 2026" yields no
    4 and no 2026); pass your own list (for instance the dates you already found) to
    skip that second scan. URLs, handles, hashtags and clock times are always skipped.
    """
    text = text[:_MAX_TEXT]
    spans = list(exclude) if exclude is not None else _default_exclusions(text, lang)
    clean, where = clean_digits(text)
    # blocked ranges in clean coordinates
    orig_blocked = [(s.start, s.end) for s in spans] + [m.span() for m in _SKIP.finditer(text)]
    blocked = [(bisect_left(where, a), bisect_left(where, b)) for a, b in orig_blocked]
    blocked += [m.span() for m in _TIME.finditer(clean)]
    reader = _Reader(clean, blocked)
    out: list[NumberMention] = []
    i = 0
    while i < len(reader.toks):
        t = reader.toks[i]
        p = reader.number(i) if _may_start(t) and not reader.blocked_at[i] else None
        if p is None or any(reader.blocked_at[i : p.end]):
            i += 1
            continue
        unit, end = reader.unit_after(p.end)
        currency, start = reader.currency_before(i)
        if currency is not None and unit is None:
            unit = currency
        qualifier, end = reader.qualifier_after(end)
        pre_q, start = reader.qualifier_before(start)
        qualifier = qualifier or pre_q
        kind: NumberKind = p.kind
        if unit == "%":
            kind = "percent"
        elif unit is not None:
            kind = "currency"
        elif kind == "cardinal" and _looks_like_year(t, p):
            kind = "year"
        a, b = reader.toks[start].start, reader.toks[end - 1].end
        span = Span(where[a], where[b])
        out.append(
            NumberMention(p.value, span, text[span.start : span.end], unit, qualifier, kind,
                          p.resolution, p.ambiguous and unit is None and qualifier is None)
        )  # fmt: skip
        i = end
    return out


def _looks_like_year(t: _Tok, p: _Parse) -> bool:
    return t.kind == "num" and p.scale == 1.0 and len(t.text) == 4 and 1800 <= p.value <= 2100


def same_quantity(a: NumberMention, b: NumberMention) -> bool:
    """Do two mentions state the same quantity, allowing for rounding?

    Units must agree (a percentage equals the same fraction: 10% = 1/10; a bare number
    matches a currency amount, the currency being implied). Values match when equal, or
    when the less precise one is the other rounded to its last digit and within 10%
    (1 करोड़ vs 1.09 crore; not 1 करोड़ vs 1.4 crore). Qualifiers are not compared.
    """
    va, vb, ra, rb = a.value, b.value, a.resolution, b.resolution
    if (a.unit == "%") != (b.unit == "%"):
        if a.kind != "fraction" and b.kind != "fraction":
            return False
        if a.unit == "%":
            va, ra = va / 100, ra / 100
        else:
            vb, rb = vb / 100, rb / 100
    elif a.unit and b.unit and a.unit != b.unit:
        return False
    if math.isclose(va, vb, rel_tol=1e-6, abs_tol=1e-9):
        return True
    coarse = max(ra, rb)
    diff = abs(va - vb)
    limit = 0.25 if "about" in (a.qualifier, b.qualifier) else 0.10
    return diff <= coarse / 2 + 1e-9 and diff <= limit * max(abs(va), abs(vb))
