"""Number grammar for ``verifier.numbers``: tokens, and a reader that assembles number
expressions (digits or words, scales, fractions, units, currencies, qualifiers) from them.

Works on the digit-cleaned text of ``numwords.clean_digits``; offsets are clean-text
offsets until ``numbers.find_numbers`` maps them back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from verifier.gazetteer import currency_code
from verifier.indicfold import fold_deva
from verifier.numwords import (
    AMBIGUOUS_WORDS,
    CURRENCY_SYMBOLS,
    EN_ORDINALS,
    EN_SMALL,
    FRACTION_WORDS,
    GLUED_ONLY_SCALES,
    HI_ADDERS,
    HI_MIXED,
    HI_SMALL,
    HUNDRED_WORDS,
    NUMBER_CUES,
    ORDINAL_SUFFIXES,
    PERCENT_WORDS,
    POST_QUALIFIERS,
    PRE_QUALIFIERS,
    SCALES,
    Qualifier,
    hi_ordinal,
)

__all__ = ["SKIP", "TIME", "NumberKind", "Parse", "Reader", "Tok", "looks_like_year", "may_start"]

NumberKind = Literal["cardinal", "ordinal", "percent", "currency", "year", "fraction"]


@dataclass(frozen=True, slots=True)
class Tok:
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
SKIP = re.compile(
    r"(?:https?://|www\.|pic\.twitter\.com/|t\.co/)\S+|[@#][\w\u0900-\u097f]+(?:-\w+)*",
    re.IGNORECASE,
)
TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")


_KINDS: dict[str, Literal["num", "word", "sym"]] = {"num": "num", "word": "word", "sym": "sym"}


@dataclass
class Parse:
    value: float
    end: int  # token index after the parse
    resolution: float = 1.0
    kind: NumberKind = "cardinal"
    ambiguous: bool = False
    scale: float = 1.0


class Reader:
    """Reads number expressions off one token list (clean-text coordinates)."""

    def __init__(self, text: str, blocked: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.toks = [
            Tok(_KINDS[m.lastgroup or "sym"], m.group(0), m.start(), m.end(), fold_deva(m.group(0)))
            for m in _TOKEN.finditer(text)
        ]
        self.blocked_at = _blocked_flags(self.toks, blocked)

    def tok(self, i: int) -> Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def glued(self, i: int, j: int) -> bool:
        a, b = self.tok(i), self.tok(j)
        return a is not None and b is not None and a.end == b.start

    def spaced(self, i: int, j: int) -> bool:
        """Tokens ``i`` < ``j`` adjacent, separated by whitespace only (or nothing)."""
        a, b = self.tok(i), self.tok(j)
        return a is not None and b is not None and not self.text[a.end : b.start].strip()

    def hyphen_at(self, j: int) -> bool:
        """Token ``j`` is a hyphen glued to the words on both sides (one-hundred)."""
        t = self.tok(j)
        return t is not None and t.text == "-" and self.glued(j - 1, j) and self.glued(j, j + 1)

    def words_at(self, i: int, phrase: tuple[str, ...]) -> bool:
        for k, word in enumerate(phrase):
            t = self.tok(i + k)
            if t is None or t.kind != "word" or t.key.casefold() != word:
                return False
            if k and not self.spaced(i + k - 1, i + k):
                return False
        return True

    # --- the number itself ------------------------------------------------------------

    def digits(self, i: int) -> Parse | None:
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
        p = Parse(float(raw), i + 1, 10.0**-decimals)
        nxt = self.tok(i + 1)
        if nxt is not None and self.glued(i, i + 1):
            low = nxt.key.casefold()
            if nxt.kind == "word" and low in ORDINAL_SUFFIXES and not decimals:
                p.kind, p.end = "ordinal", i + 2
            elif nxt.kind == "word" and low in SCALES:
                p.scale, p.end = SCALES[low], i + 2
            elif nxt.kind == "word" and low not in PERCENT_WORDS and currency_code(low) is None:
                return None  # 4G, 3D, 100x
            elif nxt.text == "/" and self.glued(i + 1, i + 2) and self.toks[i + 2].kind == "num":
                return self.fraction(i, p)
        elif (
            nxt is not None
            and self.spaced(i, i + 1)
            and not decimals
            and not nxt.text.isascii()
            and nxt.key in ORDINAL_SUFFIXES
        ):
            p.kind, p.end = "ordinal", i + 2  # 17 वीं शताब्दी: the suffix typed apart
        return p

    def fraction(self, i: int, num: Parse) -> Parse | None:
        den = self.toks[i + 2]
        denominator = float(den.text.replace(",", ""))
        if not 0 < num.value < denominator <= 1000 or "." in den.text:
            return None  # 24/7, 13/3: not a fraction
        end = i + 3
        suffix = self.tok(end)
        if (
            suffix is not None
            and self.glued(end - 1, end)
            and suffix.key.casefold() in ORDINAL_SUFFIXES
        ):
            end += 1  # 1/10th, 1/10वां
        return Parse(num.value / denominator, end, 0.0, "fraction")

    def small_words(self, i: int) -> Parse | None:
        """English or Hindi number words below a thousand (two hundred and fifty)."""
        t = self.toks[i]
        low = t.key.casefold()
        if low in HI_MIXED:
            return Parse(HI_MIXED[low], i + 1, 0.5)
        if low in HI_ADDERS:
            nxt = self.tok(i + 1)
            if nxt is None or not self.spaced(i, i + 1):
                return None
            if nxt.key in HI_SMALL:  # साढ़े तीन (सौ)
                p = Parse(HI_SMALL[nxt.key] + HI_ADDERS[low], i + 2, 0.25)
                hundred = self.tok(i + 2)
                if (
                    hundred is not None
                    and hundred.key in HUNDRED_WORDS
                    and self.spaced(i + 1, i + 2)
                ):
                    p.value, p.resolution, p.end = p.value * 100, 25.0, i + 3
                return p
            if nxt.key in SCALES and nxt.key not in GLUED_ONLY_SCALES:
                return Parse(1 + HI_ADDERS[low], i + 1, 0.25)  # सवा लाख
            return None
        if low in ("a", "an"):
            nxt = self.tok(i + 1)
            if nxt is None or not self.spaced(i, i + 1):
                return None
            nkey = nxt.key.casefold()
            if nkey == "dozen":
                return Parse(12.0, i + 2)
            if nkey in HUNDRED_WORDS or (nkey in SCALES and nkey not in GLUED_ONLY_SCALES):
                return Parse(1.0, i + 1)
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
                ukey = unit.key.casefold() if unit is not None else ""
                if unit is not None and self.spaced(k - 1, k) and EN_SMALL.get(ukey, 99) < 10:
                    value += EN_SMALL[ukey]
                    j = k + 1
                elif unit is not None and self.spaced(k - 1, k) and EN_ORDINALS.get(ukey, 99) < 10:
                    return Parse(value + EN_ORDINALS[ukey], k + 1, kind="ordinal")  # twenty-fourth
        elif low in HI_SMALL:
            value, j = HI_SMALL[low], i + 1
        elif low in HUNDRED_WORDS and t.key == fold_deva("सौ"):
            value, j = 100.0, i + 1
        else:
            return None
        prev = self.tok(i - 1)
        counted = prev is not None and prev.key.casefold() in NUMBER_CUES
        p = Parse(float(value), j, ambiguous=low in AMBIGUOUS_WORDS and not counted)
        k = j + 1 if self.hyphen_at(j) else j  # one-hundred
        hundred = self.tok(k)
        if (
            hundred is not None
            and hundred.key.casefold() in HUNDRED_WORDS
            and (k > j or self.spaced(j - 1, j))
        ):
            j = k
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

    def base(self, i: int) -> Parse | None:
        t = self.toks[i]
        if t.kind == "num":
            return self.digits(i)
        if t.kind != "word":
            return None
        low = t.key.casefold()
        if low in EN_ORDINALS:
            return Parse(
                float(EN_ORDINALS[low]), i + 1, kind="ordinal", ambiguous=low in AMBIGUOUS_WORDS
            )
        ordinal = hi_ordinal(t.key)
        if ordinal is not None:
            return Parse(float(ordinal), i + 1, kind="ordinal", ambiguous=t.key in AMBIGUOUS_WORDS)
        if low in FRACTION_WORDS and low not in (
            "third",
            "thirds",
            "quarter",
            "quarters",
            "halves",
        ):
            return Parse(FRACTION_WORDS[low], i + 1, 0.0, "fraction")  # आधा, half
        return self.small_words(i)

    def group(self, i: int) -> Parse | None:
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
                    return Parse(p.value * FRACTION_WORDS[key], p.end + skip, 0.0, "fraction")
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

    def number(self, i: int) -> Parse | None:
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
            p = Parse(p.value + q.value, q.end, q.resolution, scale=q.scale)
        return p

    # --- what surrounds it ------------------------------------------------------------

    def unit_after(self, j: int) -> tuple[str | None, int]:
        t = self.tok(j)
        if t is None or not self.spaced(j - 1, j):
            return None, j
        if t.text == "%":
            return "%", j + 1
        low = t.key.casefold()
        if low in PERCENT_WORDS:
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
        if prev.text in CURRENCY_SYMBOLS:
            before = self.tok(i - 2)
            if (
                prev.text == "$"
                and before is not None
                and self.glued(i - 2, i - 1)
                and before.text.upper() in ("US", "A", "C")
            ):
                return {"US": "USD", "A": "AUD", "C": "CAD"}[before.text.upper()], i - 2
            return CURRENCY_SYMBOLS[prev.text], i - 1
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

    def qualifier_before(
        self, i: int, ordinal: bool = False, end: int = -1
    ) -> tuple[Qualifier | None, int]:
        """A qualifier before token ``i`` (across "the" before an ordinal and "a" before a
        count: at least the 17th century, over a 100 feet; not "over a 10-year period",
        where the number ending at ``end`` is glued to a hyphen)."""
        if self.tok(i - 1) is not None and self.toks[i - 1].text == "~":
            return "about", i - 1
        prev = self.tok(i - 1)
        nxt = self.tok(end)
        compound = nxt is not None and nxt.text == "-" and self.glued(end - 1, end)
        article = ("the",) if ordinal else () if compound else ("a", "an")
        if prev is not None and prev.key.casefold() in article and self.spaced(i - 1, i):
            q, start = self.qualifier_before(i - 1)
            if q is not None:
                return q, start
        for phrase, q in PRE_QUALIFIERS:
            start = i - len(phrase)
            if start >= 0 and self.words_at(start, phrase) and self.spaced(i - 1, i):
                return q, start
        return None, i

    def qualifier_after(self, j: int) -> tuple[Qualifier | None, int]:
        t = self.tok(j)
        if t is not None and t.text == "+" and self.glued(j - 1, j):
            return "at-least", j + 1  # 50+
        for phrase, q in POST_QUALIFIERS:
            if self.words_at(j, phrase) and self.spaced(j - 1, j):
                return q, j + len(phrase)
        return self.qualifier_after_noun(j)

    def qualifier_after_noun(self, j: int) -> tuple[Qualifier | None, int]:
        """Hindi puts the comparison after the counted noun: "एक हज़ार वर्ष से अधिक",
        "8 गुना से भी ज़्यादा", "तीन दिन से कम समय में" (one or two nouns in between)."""
        for k in (j + 1, j + 2):
            words = range(j, k)
            if not all(self._noun(m) for m in words):
                break
            for phrase, q in POST_QUALIFIERS:
                if phrase[0] == _SE and self.words_at(k, phrase) and self.spaced(k - 1, k):
                    return q, k + len(phrase)
        return None, j

    def _noun(self, m: int) -> bool:
        t = self.tok(m)
        return (
            t is not None
            and t.kind == "word"
            and not t.text.isascii()
            and t.key not in _NOT_NOUNS
            and self.spaced(m - 1, m)
        )


def _blocked_flags(toks: Sequence[Tok], blocked: Sequence[tuple[int, int]]) -> list[bool]:
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


_SE = fold_deva("से")
# Words that end the noun phrase after a number: postpositions, conjunctions, verbs of
# being ("दो देशों के बीच", "तीन और ... से अधिक" are not "more than three").
_NOT_NOUNS = frozenset(
    fold_deva(w) for w in "से के की का को में पर ने और या व तथा है हैं था थी थे भी ही तो लेकिन जो".split()
)

_STARTERS = frozenset(
    {*EN_SMALL, *EN_ORDINALS, *HI_SMALL, *HI_MIXED, *HI_ADDERS, *FRACTION_WORDS, "a", "an"}
    | {fold_deva("सौ")}
)


def may_start(t: Tok) -> bool:
    """Cheap test before parsing: digits, or a word that can begin a number."""
    if t.kind == "num":
        return True
    if t.kind != "word":
        return False
    key = t.key.casefold()
    return key in _STARTERS or (not t.text.isascii() and hi_ordinal(t.key) is not None)


def looks_like_year(t: Tok, p: Parse) -> bool:
    return t.kind == "num" and p.scale == 1.0 and len(t.text) == 4 and 1800 <= p.value <= 2100
