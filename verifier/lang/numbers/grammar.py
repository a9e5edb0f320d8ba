"""Number grammar for ``verifier.lang.numbers.find``: ``Reader`` assembles number expressions (digits
or words, scales, fractions, units, currencies, qualifiers) from a text's tokens.

The layers: ``numtokens`` splits the text into tokens, ``numvalue`` reads the number
itself, and ``Reader`` here adds what surrounds it (percent and currency units, qualifiers
such as "more than" or से ज्यादा); ``may_start`` and ``looks_like_year`` are the cheap
tests ``numbers.find_numbers`` makes around it. Tokens, parses and the skip patterns are
re-exported from here.

Works on the digit-cleaned text of ``numwords.clean_digits``; offsets are clean-text
offsets until ``numbers.find_numbers`` maps them back.
"""

from __future__ import annotations

from verifier.lang.gazetteer import currency_code
from verifier.lang.indicfold import fold_deva

# Re-exported: ``verifier.lang.numbers.find`` reads the whole grammar through this module.
from verifier.lang.numbers.tokens import SKIP, TIME, Tok
from verifier.lang.numbers.value import NumberKind, Parse, ValueReader
from verifier.lang.numbers.words import (
    CURRENCY_SYMBOLS,
    EN_ORDINALS,
    EN_SMALL,
    FRACTION_WORDS,
    HI_ADDERS,
    HI_MIXED,
    HI_SMALL,
    PERCENT_WORDS,
    POST_QUALIFIERS,
    PRE_QUALIFIERS,
    Qualifier,
    hi_ordinal,
)

__all__ = ["SKIP", "TIME", "NumberKind", "Parse", "Reader", "Tok", "looks_like_year", "may_start"]


class Reader(ValueReader):
    """Reads number expressions off one token list (clean-text coordinates): the number
    itself (``ValueReader``) and, here, what surrounds it."""

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


_SE = fold_deva("से")
# Words that end the noun phrase after a number: postpositions, conjunctions, verbs of
# being ("दो देशों के बीच", "तीन और ... से अधिक" are not "more than three").
_NOT_NOUNS = frozenset(
    fold_deva(w) for w in "से के की का को में पर ने और या व तथा है हैं था थी थे भी ही तो लेकिन जो".split()
)

_STARTERS = frozenset(
    {*EN_SMALL, *EN_ORDINALS, *HI_SMALL, *HI_MIXED, *HI_ADDERS, *FRACTION_WORDS, "a", "an"}
    | {fold_deva(w) for w in ("सौ", "हजार", "हज़ार", "लाख", "करोड़", "करोड")}
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
