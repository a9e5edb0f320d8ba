"""Figures the English writes in words, with an article or a fraction, or in Indian scales.

FLORES English writes "four million" and "1,000", rarely "a hundred thousand", "half a
million", "a dozen", "a quarter of" or "2 lakh". To measure those, a figure both sides
state is rewritten on both sides (English: a phrase; Hindi: how a newsroom renders its
value: "a hundred thousand" → "एक लाख", "half a million" → "पाँच लाख"): a faithful pair
(a control, ``side: both``). A drift is then made on that pair by changing the Hindi value
the way a careless conversion does (पाँच लाख → पचास लाख, एक चौथाई → एक तिहाई).
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass

from .common import Edit, replace_span
from .numbers import EN_NUMBER, EN_SCALES, EN_WORDS, HI_NUMBER, HI_SCALES, HI_WORDS, digits_value


@dataclass(frozen=True)
class Phrase:
    en: str
    value: float
    hi: tuple[str, ...]  # renderings of the same value; the first is the plain one
    wrong: tuple[str, ...]  # renderings of other values a conversion slip gives
    subtype: str  # article-word, fraction, lakh-en


def _ph(en: str, value: float, hi: str, wrong: str, subtype: str = "article-word") -> Phrase:
    return Phrase(en, value, tuple(hi.split("|")), tuple(wrong.split("|")), subtype)


COUNTS: tuple[Phrase, ...] = (
    _ph("a hundred", 100, "सौ|एक सौ|100", "एक हज़ार|दस"),
    _ph("a thousand", 1000, "एक हज़ार|हज़ार|1,000", "दस हज़ार|एक लाख|सौ"),
    _ph("a hundred thousand", 100_000, "एक लाख|1 लाख|1,00,000", "दस लाख|एक करोड़|दस हज़ार"),
    _ph("half a million", 500_000, "पाँच लाख|5 लाख|5,00,000", "पचास लाख|पाँच करोड़|पाँच हज़ार"),
    _ph("a quarter of a million", 250_000, "ढाई लाख|2.5 लाख", "पच्चीस लाख|ढाई करोड़"),
    _ph("a million", 1_000_000, "दस लाख|10 लाख", "एक लाख|एक करोड़"),
    _ph("one and a half million", 1_500_000, "पंद्रह लाख|15 लाख", "डेढ़ लाख|डेढ़ करोड़"),
    _ph("ten million", 10_000_000, "एक करोड़|1 करोड़", "दस लाख|दस करोड़"),
    _ph("a hundred million", 100_000_000, "दस करोड़|10 करोड़", "एक करोड़|सौ करोड़"),
    _ph("half a billion", 500_000_000, "पचास करोड़|50 करोड़", "पाँच करोड़|पाँच सौ करोड़"),
    _ph("a billion", 1_000_000_000, "एक अरब|सौ करोड़|100 करोड़", "एक करोड़|दस करोड़"),
    _ph("a dozen", 12, "बारह|12|एक दर्जन", "बीस|दो"),
    _ph("two dozen", 24, "चौबीस|24|दो दर्जन", "बारह|बीस"),
    _ph("half a dozen", 6, "छह|6|आधा दर्जन", "बारह|दस"),
    _ph("half a lakh", 50_000, "पचास हज़ार|50 हज़ार|50,000", "पाँच लाख|पाँच हज़ार", "lakh-en"),
    _ph("a lakh", 100_000, "एक लाख|1 लाख|1,00,000", "एक करोड़|दस लाख|एक हज़ार", "lakh-en"),
    _ph("two lakh", 200_000, "दो लाख|2 लाख|2,00,000", "दो करोड़|बीस लाख|दो हज़ार", "lakh-en"),
    _ph("5 lakh", 500_000, "पाँच लाख|5 लाख", "पाँच करोड़|पचास लाख", "lakh-en"),
    _ph("three crore", 30_000_000, "तीन करोड़|3 करोड़", "तीन लाख|तीस करोड़", "lakh-en"),
    _ph("1.5 crore", 15_000_000, "डेढ़ करोड़|1.5 करोड़", "डेढ़ लाख|पंद्रह करोड़", "lakh-en"),
)
FRACTIONS: tuple[Phrase, ...] = (
    _ph("a quarter of", 25, "एक चौथाई", "एक तिहाई|आधे", "fraction"),
    _ph("a third of", 33, "एक तिहाई", "एक चौथाई|दो तिहाई", "fraction"),
    _ph("half of", 50, "आधे", "एक चौथाई|एक तिहाई", "fraction"),
    _ph("three quarters of", 75, "तीन चौथाई", "एक चौथाई|आधे", "fraction"),
    _ph("two thirds of", 67, "दो तिहाई", "एक तिहाई|आधे", "fraction"),
)
# Before or after a figure: a price, a time, a compound ("a 25-minute meeting"), a rank.
EN_BAD_BEFORE = re.compile(r"(?:[$€£¥₹#]|\b(?:a|an|the|No\.|AUD|US)\s*)$")
EN_BAD_AFTER = re.compile(r"^(?:[-–/:.,]\d|-|\s*(?:%|percent|per cent|th\b|st\b|nd\b|rd\b))")
# A measure, a span of time or an age ("500 feet", "three years later", "Saroja, 29,"):
# "a dozen feet" and "1.5 crore years" make a faithful pair no one would write.
EN_MEASURE_AFTER = re.compile(
    r"^\s*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|feet|foot|miles?|km|"
    r"kilomet(?:er|re)s?|met(?:er|re)s?|mph|degrees?|inches|cm|kg|pounds|times|magnitude|"
    r"point|run|goals?|wickets?|medals?|m|sq|square|BC|AD|BCE|CE)\b|^\s*(?:,|km²|m²|B\.C|A\.D)",
    re.I,
)
MAX_ORDERS = 1.3  # a rewritten figure stays within a factor of 20 of the original
EN_DATE_BEFORE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+$|[+\-−]\s*$"
)
EN_PERCENT_OF = re.compile(
    r"\b(\d{1,2}|[a-z]+(?:-[a-z]+)?)\s*(?:%|percent|per cent)(?:\s+of)?\b", re.I
)
HI_PERCENT = re.compile(
    r"(?<![\u0900-\u097F0-9])([0-9]{1,2}|[\u0900-\u097F]+)\s*(?:%|प्रतिशत|फ़ीसदी|फीसदी)"
)


def _en_value(m: re.Match[str]) -> float | None:
    raw = m.group(1).lower()
    base = EN_WORDS.get(raw) if raw in EN_WORDS else digits_value(raw)
    if base is None:
        return None
    return float(base * EN_SCALES[m.group(2).lower()] if m.group(2) else base)


def _hi_value(m: re.Match[str]) -> float | None:
    num, scale = m.group("num"), (m.group("scale") or "").strip()
    word_value = HI_WORDS.get(num)
    value = float(word_value) if word_value is not None else digits_value(num)
    if value is None:
        return None
    return value * (HI_SCALES[scale][0] if scale else 1)


def _count_slot(en: str, hi: str) -> tuple[re.Match[str], re.Match[str], float] | None:
    """A count both sides state once: its English and Hindi spans and its value."""
    for em in EN_NUMBER.finditer(en):
        value = _en_value(em)
        if value is None or value < 2 or (value.is_integer() and 1000 <= value <= 2099):
            continue  # a year belongs to the dates
        if EN_BAD_BEFORE.search(en[: em.start()]) or EN_BAD_AFTER.match(en[em.end() :]):
            continue
        if EN_MEASURE_AFTER.match(en[em.end() :]) or re.search(
            r"\bmagnitude\s+$", en[: em.start()]
        ):
            continue
        if EN_DATE_BEFORE.search(en[: em.start()]) or re.match(r"^\s*°", en[em.end() :]):
            continue  # a day of the month, a temperature
        hits = [hm for hm in HI_NUMBER.finditer(hi) if _hi_value(hm) == value]
        if len(hits) != 1:
            continue
        hm = hits[0]
        if re.match(r"^\s*(?:%|प्रतिशत|फ़ीसदी|फीसदी|वीं|वां|वें|:|\.[0-9])", hi[hm.end() :]):
            continue
        return em, hm, value
    return None


def _closest(phrases: tuple[Phrase, ...], value: float, rng: random.Random) -> Phrase | None:
    """One of the three phrases nearest ``value`` in magnitude, if one is near enough."""

    def orders(p: Phrase) -> float:
        return abs(math.log10(p.value) - math.log10(value))

    ranked = sorted(
        (p for p in phrases if orders(p) <= MAX_ORDERS), key=lambda p: (orders(p), p.en)
    )
    return rng.choice(ranked[:3]) if ranked else None


def _pair(
    en: str,
    hi: str,
    en_span: tuple[int, int],
    hi_span: tuple[int, int],
    phrase: Phrase,
    hi_text: str,
) -> tuple[str, str]:
    source = en[: en_span[0]] + phrase.en + en[en_span[1] :]
    if en_span[0] == 0:
        source = source[0].upper() + source[1:]
    return source, replace_span(hi, hi_span[0], hi_span[1], hi_text)


def perturb(en: str, hi: str, rng: random.Random) -> list[Edit]:
    """Drifts on rewritten pairs: a count as words with an article or in lakh/crore, and a
    percentage as a fraction; each drift's ``base`` is its faithful rewritten pair."""
    edits: list[Edit] = []
    slot = _count_slot(en, hi)
    if slot is not None:
        em, hm, value = slot
        for subtype in ("article-word", "lakh-en"):
            options = tuple(p for p in COUNTS if p.subtype == subtype and p.value != value)
            phrase = _closest(options, value, rng)
            if phrase is not None:
                edits.append(_drift(en, hi, em.span(), hm.span(), phrase, rng))
    fraction = _percent_slot(en, hi)
    if fraction is not None:
        en_span, hi_span = fraction
        phrase = rng.choice(FRACTIONS)
        edits.append(_drift(en, hi, en_span, hi_span, phrase, rng))
    return edits


def _percent_slot(en: str, hi: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    ems = list(EN_PERCENT_OF.finditer(en))
    hms = list(HI_PERCENT.finditer(hi))
    if len(ems) != 1 or len(hms) != 1 or not ems[0].group().lower().endswith("of"):
        return None
    return ems[0].span(), hms[0].span()


def _drift(
    en: str,
    hi: str,
    en_span: tuple[int, int],
    hi_span: tuple[int, int],
    phrase: Phrase,
    rng: random.Random,
) -> Edit:
    source, base_hi = _pair(en, hi, en_span, hi_span, phrase, phrase.hi[0])
    old = en[en_span[0] : en_span[1]]
    control = Edit(
        base_hi,
        _CONTROL[phrase.subtype],
        f"{old} / {hi[hi_span[0] : hi_span[1]]} → {phrase.en} / {phrase.hi[0]}",
        source=source,
        side="both",
    )
    wrong = rng.choice(phrase.wrong)
    start = hi_span[0]
    claim = replace_span(base_hi, start, start + len(phrase.hi[0]), wrong)
    return Edit(
        claim,
        phrase.subtype,
        f"{phrase.hi[0]} → {wrong} ({phrase.en})",
        source=source,
        base=control,
    )


_CONTROL = {
    "article-word": "number-words",
    "lakh-en": "lakh-en-words",
    "fraction": "fraction-words",
}


def controls(en: str, hi: str, rng: random.Random) -> list[Edit]:
    """Faithful rewritten pairs whose Hindi gives the value another way than the plain one:
    "a hundred thousand" as "1,00,000", "half a million" as "5 लाख" ("words-restated")."""
    slot = _count_slot(en, hi)
    if slot is None:
        return []
    em, hm, value = slot
    options = tuple(p for p in COUNTS if p.value != value and len(p.hi) > 1)
    phrase = _closest(options, value, rng)
    if phrase is None:
        return []
    hi_text = rng.choice(phrase.hi[1:])
    source, claim = _pair(en, hi, em.span(), hm.span(), phrase, hi_text)
    change = f"{em.group()} / {hm.group()} → {phrase.en} / {hi_text}"
    return [Edit(claim, "words-restated", change, source=source, side="both")]


__all__ = ["COUNTS", "FRACTIONS", "Phrase", "controls", "perturb"]
