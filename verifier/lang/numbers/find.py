"""Number anchors: quantities written in English or Hindi text (digits of any script,
Indian and Western grouping, keycap emoji digits, number words, lakh/crore/million scales,
percentages, currencies, ordinals, fractions, qualifiers), as comparable values.

``find_numbers`` skips digits that are not quantities: dates (found by ``verifier.lang.dates.find``
unless the caller passes its own ``exclude`` spans), clock times, URLs, @handles,
#hashtags and names with digits (G20, COVID-19, 5G). ``same_quantity`` compares two
mentions tolerantly (1.09 crore = 10.9 million; 1 करोड़ ≈ 1.09 crore as a rounding).
The grammar lives in ``verifier.lang.numbers.grammar``, the vocabulary in ``verifier.lang.numbers.words``.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from verifier.lang.dates.find import find_dates
from verifier.lang.numbers.grammar import SKIP, TIME, NumberKind, Reader, looks_like_year, may_start
from verifier.lang.numbers.words import Qualifier, clean_digits
from verifier.model import Span

__all__ = ["NumberKind", "NumberMention", "Qualifier", "find_numbers", "same_quantity"]

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


def _default_exclusions(text: str, lang: str) -> list[Span]:
    return [d.span for d in find_dates(text, lang)]


def find_numbers(
    text: str, lang: str = "und", exclude: Sequence[Span] | None = None
) -> list[NumberMention]:
    """Quantities in ``text`` (English or Hindi), in text order; spans index ``text``.

    ``exclude``: spans whose digits are not quantities. By default the dates that
    ``verifier.lang.dates.find.find_dates`` finds are excluded (so "February 4, 2026" yields no
    4 and no 2026); pass your own list (for instance the dates you already found) to
    skip that second scan. URLs, handles, hashtags and clock times are always skipped.
    """
    if exclude is None:
        return list(_find_numbers_cached(text, lang))
    return _find_numbers(text, exclude)


@lru_cache(maxsize=512)
def _find_numbers_cached(text: str, lang: str) -> tuple[NumberMention, ...]:
    # Kept for a while: the anchors and the judge each ask for the numbers of one text.
    return tuple(_find_numbers(text, _default_exclusions(text[:_MAX_TEXT], lang)))


def _find_numbers(text: str, spans: Sequence[Span]) -> list[NumberMention]:
    text = text[:_MAX_TEXT]
    clean, where = clean_digits(text)
    # blocked ranges in clean coordinates
    orig_blocked = [(s.start, s.end) for s in spans] + [m.span() for m in SKIP.finditer(text)]
    blocked = [(bisect_left(where, a), bisect_left(where, b)) for a, b in orig_blocked]
    blocked += [m.span() for m in TIME.finditer(clean)]
    reader = Reader(clean, blocked)
    out: list[NumberMention] = []
    i = 0
    while i < len(reader.toks):
        t = reader.toks[i]
        p = reader.number(i) if may_start(t) and not reader.blocked_at[i] else None
        if p is None or any(reader.blocked_at[i : p.end]):
            i += 1
            continue
        unit, end = reader.unit_after(p.end)
        currency, start = reader.currency_before(i)
        if currency is not None and unit is None:
            unit = currency
        qualifier, end = reader.qualifier_after(end)
        pre_q, start = reader.qualifier_before(start, p.kind == "ordinal", p.end)
        qualifier = qualifier or pre_q
        kind: NumberKind = p.kind
        if unit == "%":
            kind = "percent"
        elif unit is not None:
            kind = "currency"
        elif kind == "cardinal" and looks_like_year(t, p):
            kind = "year"
        a, b = reader.toks[start].start, reader.toks[end - 1].end
        span = Span(where[a], where[b])
        out.append(
            NumberMention(p.value, span, text[span.start : span.end], unit, qualifier, kind,
                          p.resolution, p.ambiguous and unit is None and qualifier is None)
        )  # fmt: skip
        i = end
    return out


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
