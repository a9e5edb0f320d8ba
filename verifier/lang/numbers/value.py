"""The number itself, for the number grammar (``verifier.lang.numbers.grammar``): digits, English and
Hindi number words, scale words (लाख, crore, million), fractions and ordinals, and groups
joined in falling scale (2 lakh 50 thousand). ``ValueReader`` reads them; ``Parse`` is
what it returns.

Qualifiers, units and currencies around the number are read by ``numparse.Reader``,
which extends ``ValueReader``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal, NamedTuple

from verifier.lang.gazetteer import currency_code
from verifier.lang.indicfold import fold_deva
from verifier.lang.numbers.tokens import OTHER_INDIC_WORD, Tokens
from verifier.lang.numbers.words import (
    AMBIGUOUS_WORDS,
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
    PRE_QUALIFIERS,
    SCALES,
    hi_ordinal,
)

__all__ = ["NumberKind", "Parse", "ValueReader"]

_ARTICLE_FRACTIONS = frozenset({"half", "third", "quarter"})
_BARE_SCALES = frozenset(fold_deva(w) for w in ("हजार", "हज़ार", "लाख", "करोड़", "करोड"))
"""Hindi scales that say "one of" alone after a qualifier (लगभग हज़ार = about a thousand)."""

NumberKind = Literal["cardinal", "ordinal", "percent", "currency", "year", "fraction"]


@dataclass
class Parse:
    value: float
    end: int  # token index after the parse
    resolution: float = 1.0
    kind: NumberKind = "cardinal"
    ambiguous: bool = False
    scale: float = 1.0


class _Units(NamedTuple):
    """A number word's value below a hundred (or सौ alone), and the token index after it."""

    value: float
    end: int


class ValueReader(Tokens):
    """Reads the value of a number expression starting at a token."""

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
            elif (
                nxt.kind == "word"
                and low not in PERCENT_WORDS
                and currency_code(low) is None
                and not OTHER_INDIC_WORD.match(nxt.text)  # a case ending: 1000க்கும், ১০০-র
            ):
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
        low = self.toks[i].key.casefold()
        if low in HI_MIXED:
            return Parse(HI_MIXED[low], i + 1, 0.5)
        if low in HI_ADDERS:
            return self._hi_adder(i, low)
        if low in ("a", "an"):
            return self._article(i)
        if low in _BARE_SCALES and self._after_qualifier(i):
            return Parse(1.0, i)  # "लगभग हज़ार": the scale (read next) stands for one of it
        units = self._units(i, low)
        if not isinstance(units, _Units):
            return units  # not a number word, or an ordinal (twenty-fourth)
        prev = self.tok(i - 1)
        counted = prev is not None and prev.key.casefold() in NUMBER_CUES
        p = Parse(float(units.value), units.end, ambiguous=low in AMBIGUOUS_WORDS and not counted)
        return self._hundreds(p)

    def _hi_adder(self, i: int, low: str) -> Parse | None:
        """साढ़े तीन (सौ) is 3.5 (350); सवा लाख is 1.25 of the scale that follows."""
        nxt = self.tok(i + 1)
        if nxt is None or not self.spaced(i, i + 1):
            return None
        if nxt.key in HI_SMALL:
            value = HI_SMALL[nxt.key] + HI_ADDERS[low]
            hundred = self.tok(i + 2)
            if hundred is not None and hundred.key in HUNDRED_WORDS and self.spaced(i + 1, i + 2):
                return Parse(value * 100, i + 3, 25.0)
            return Parse(value, i + 2, 0.25)
        if nxt.key in SCALES and nxt.key not in GLUED_ONLY_SCALES:
            return Parse(1 + HI_ADDERS[low], i + 1, 0.25)
        return None

    def _after_qualifier(self, i: int) -> bool:
        """A one-word qualifier (लगभग, करीब, about) stands right before token ``i``."""
        prev = self.tok(i - 1)
        return (
            prev is not None
            and self.spaced(i - 1, i)
            and any(len(phrase) == 1 and phrase[0] == prev.key.casefold()
                    for phrase, _ in PRE_QUALIFIERS)
        )  # fmt: skip

    def _article(self, i: int) -> Parse | None:
        """A dozen is 12, a couple (of) 2; a hundred is 100 (a hundred and fifty, a hundred
        million); a million is one of the scale; a half, a quarter of, a third of are
        fractions (a third term is an ordinal, so "third" and "quarter" need "of" or a
        scale after them)."""
        nxt = self.tok(i + 1)
        if nxt is None or not self.spaced(i, i + 1):
            return None
        nkey = nxt.key.casefold()
        if nkey == "dozen":
            return Parse(12.0, i + 2)
        if nkey == "couple" and self.words_at(i + 2, ("of",)) and self.spaced(i + 1, i + 2):
            scale = self.tok(i + 3)
            skey = scale.key.casefold() if scale is not None and self.spaced(i + 2, i + 3) else ""
            if skey in HUNDRED_WORDS:
                return Parse(200.0, i + 4, 100.0)  # "a couple of hundred": two hundred
            if skey in SCALES and skey not in GLUED_ONLY_SCALES:
                return Parse(2.0, i + 3)  # "a couple of thousand": the scale follows
            return Parse(2.0, i + 2, ambiguous=True)  # "a couple of days": two, loosely
        if nkey in HUNDRED_WORDS:
            return self._hundreds(Parse(1.0, i + 1))
        if nkey in SCALES and nkey not in GLUED_ONLY_SCALES:
            return Parse(1.0, i + 1)
        if nkey in _ARTICLE_FRACTIONS:
            after = self.tok(i + 2)
            scaled = after is not None and after.key.casefold() in (*SCALES, "of", "a", "an")
            if nkey == "half" or (scaled and self.spaced(i + 1, i + 2)):
                return Parse(FRACTION_WORDS[nkey], i + 2, 0.0, "fraction")
        return None

    def _of_scale(self, p: Parse) -> Parse:
        """A fraction word with a scale after it: half a million, a quarter of a million,
        three quarters of a billion, half a dozen, half million (a count, not a share)."""
        j = p.end
        if self.words_at(j, ("of",)) and self.spaced(j - 1, j):
            j += 1
        t = self.tok(j)
        if t is not None and t.key.casefold() in ("a", "an") and self.spaced(j - 1, j):
            j += 1
        scale = self.tok(j)
        if scale is None or not self.spaced(j - 1, j):
            return p
        key = scale.key.casefold()
        if key in HUNDRED_WORDS:
            factor = 100.0
        elif key in SCALES and key not in GLUED_ONLY_SCALES:
            factor = SCALES[key]
        else:
            return p
        return Parse(p.value * factor, j + 1, factor * 0.25, "cardinal", scale=factor)

    def _and_a_half(self, p: Parse) -> Parse:
        """one and a half (lakh), two and a half (million): the half is added before the
        scale multiplies."""
        if p.value < 1000 and self.words_at(p.end, ("and", "a", "half")):
            if self.spaced(p.end - 1, p.end):
                return replace(p, value=p.value + 0.5, end=p.end + 3, resolution=0.5,
                               ambiguous=False)  # fmt: skip
        return p

    def _units(self, i: int, low: str) -> _Units | Parse | None:
        """The value below a hundred a number word starts with (सौ alone is a hundred)."""
        if low in EN_SMALL:
            return self._en_tens(i, EN_SMALL[low])
        if low in HI_SMALL:
            return _Units(HI_SMALL[low], i + 1)
        if low in HUNDRED_WORDS and self.toks[i].key == fold_deva("सौ"):
            return _Units(100.0, i + 1)
        return None

    def _en_tens(self, i: int, value: float) -> _Units | Parse:
        """twenty-five, twenty five; twenty-fourth is an ordinal."""
        j = i + 1
        nxt = self.tok(j)
        if not (20 <= value < 100 and value % 10 == 0 and nxt is not None):
            return _Units(value, j)
        k = j + 1 if nxt.text == "-" and self.glued(i, j) else j
        unit = self.tok(k)
        if unit is None or not self.spaced(k - 1, k):
            return _Units(value, j)
        ukey = unit.key.casefold()
        if EN_SMALL.get(ukey, 99) < 10:
            return _Units(value + EN_SMALL[ukey], k + 1)
        if EN_ORDINALS.get(ukey, 99) < 10:
            return Parse(value + EN_ORDINALS[ukey], k + 1, kind="ordinal")
        return _Units(value, j)

    def _hundreds(self, p: Parse) -> Parse:
        """``p`` times a hundred word that follows (one-hundred, तीन सौ), plus the number
        below a hundred after it (two hundred and fifty)."""
        j = p.end
        k = j + 1 if self.hyphen_at(j) else j  # one-hundred
        hundred = self.tok(k)
        if (
            hundred is None
            or hundred.key.casefold() not in HUNDRED_WORDS
            or not (k > j or self.spaced(j - 1, j))
        ):
            return p
        p = replace(p, value=p.value * 100, end=k + 1, ambiguous=False)
        k = p.end + 1 if self.words_at(p.end, ("and",)) else p.end
        rest = self.small_words(k) if self.tok(k) is not None and self.spaced(k - 1, k) else None
        if rest is not None and rest.value < 100 and rest.kind == "cardinal":
            return replace(p, value=p.value + rest.value, end=rest.end)
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
        if p.kind == "fraction" and self.toks[i].kind == "word":
            p = self._of_scale(p)
            if p.kind == "fraction" or p.scale != 1.0:
                return p
        if p.kind == "cardinal" and p.scale == 1.0:
            p = self._and_a_half(p)
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
                    share = Parse(p.value * FRACTION_WORDS[key], p.end + skip, 0.0, "fraction")
                    return self._of_scale(share)
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
            if self.words_at(p.end, ("and", "a", "half")) and self.spaced(p.end - 1, p.end):
                # "a million and a half", "two lakh and a half": half the scale more
                p.value += 0.5 * p.scale
                p.resolution = 0.5 * p.scale
                p.end += 3
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
