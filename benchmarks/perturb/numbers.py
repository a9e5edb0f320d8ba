"""Number drift: a changed value, a changed scale (लाख↔करोड़), a changed percentage, or a
bare figure turned into "more than" the figure.

Only figures that the English states too are touched (a value change needs the number on
both sides); four-digit years belong to the date perturbations.
"""

from __future__ import annotations

import random
import re

from .common import (
    MONTH_AFTER,
    NOT_AFTER,
    NOT_BEFORE,
    TO_DEVA_DIGITS,
    TO_LATIN_DIGITS,
    Edit,
    replace_span,
    words_re,
)

HI_WORDS: dict[str, int] = {
    "दो": 2, "तीन": 3, "चार": 4, "पाँच": 5, "पांच": 5, "छह": 6, "छः": 6, "सात": 7,
    "आठ": 8, "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12, "तेरह": 13, "चौदह": 14,
    "पंद्रह": 15, "पन्द्रह": 15, "सोलह": 16, "सत्रह": 17, "अठारह": 18, "उन्नीस": 19,
    "बीस": 20, "पच्चीस": 25, "तीस": 30, "चालीस": 40, "पचास": 50, "साठ": 60,
    "सत्तर": 70, "अस्सी": 80, "नब्बे": 90,
}  # fmt: skip
# The word each number word is most plausibly misheard or mistyped as: a neighbour value,
# or the teen/ty confusion (fifteen/fifty) that reporters do make.
HI_WORD_SWAPS: dict[str, tuple[str, ...]] = {
    "दो": ("तीन", "चार"), "तीन": ("चार", "दो", "पाँच"), "चार": ("तीन", "पाँच", "छह"),
    "पाँच": ("चार", "छह", "पंद्रह"), "पांच": ("चार", "छह", "पंद्रह"), "छह": ("पाँच", "आठ"),
    "छः": ("पाँच", "आठ"), "सात": ("छह", "आठ", "सत्रह"), "आठ": ("सात", "नौ", "अठारह"),
    "नौ": ("आठ", "दस", "उन्नीस"), "दस": ("बारह", "बीस", "आठ"), "ग्यारह": ("बारह", "दस"),
    "बारह": ("दस", "पंद्रह", "बीस"), "तेरह": ("तीस", "बारह"), "चौदह": ("चालीस", "सोलह"),
    "पंद्रह": ("पचास", "बारह"), "पन्द्रह": ("पचास", "बारह"), "सोलह": ("साठ", "अठारह"),
    "सत्रह": ("सत्तर", "सात"), "अठारह": ("अस्सी", "सोलह"), "उन्नीस": ("नब्बे", "सत्रह"),
    "बीस": ("तीस", "पच्चीस", "दस"), "पच्चीस": ("बीस", "पचास"), "तीस": ("तेरह", "चालीस"),
    "चालीस": ("चौदह", "तीस", "पचास"), "पचास": ("पंद्रह", "साठ", "चालीस"),
    "साठ": ("सोलह", "सत्तर"), "सत्तर": ("सत्रह", "अस्सी"), "अस्सी": ("अठारह", "नब्बे"),
    "नब्बे": ("उन्नीस", "अस्सी"),
}  # fmt: skip
# Scale words and the scale a careless rendering swaps them for.
HI_SCALES: dict[str, tuple[int, str]] = {
    "सौ": (100, "हज़ार"),
    "हज़ार": (1000, "लाख"), "हजार": (1000, "लाख"), "लाख": (100_000, "करोड़"),
    "करोड़": (10_000_000, "लाख"), "करोड": (10_000_000, "लाख"), "मिलियन": (10**6, "बिलियन"),
    "बिलियन": (10**9, "मिलियन"), "अरब": (10**9, "करोड़"),
}  # fmt: skip
# An international scale taken for the Indian word of the same rank: million → लाख (a
# tenth of it), billion → करोड़ (a hundredth).
INDIAN_MISREAD = {"मिलियन": "लाख", "बिलियन": "करोड़"}
EN_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
}  # fmt: skip
EN_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
EN_NUMBER = re.compile(
    r"\b(\d[\d,]*(?:\.\d+)?|" + "|".join(sorted(EN_WORDS, key=len, reverse=True)) + r")"
    r"(?:[\s-]+(hundred|thousand|million|billion))?\b",
    re.IGNORECASE,
)
HI_DIGITS = r"[0-9०-९]+(?:[.,][0-9०-९]+)*"
HI_NUMBER = re.compile(
    NOT_BEFORE
    + rf"(?P<num>{HI_DIGITS}|"
    + "|".join(sorted(HI_WORDS, key=len, reverse=True))
    + r")"
    + rf"(?P<scale>\s+(?:{'|'.join(HI_SCALES)}))?"
    + NOT_AFTER
)
PERCENT = re.compile(r"\s*(?:%|प्रतिशत|फ़ीसदी|फीसदी)")
# Words before a figure that already make it approximate or bounded.
HEDGED_BEFORE = re.compile(
    words_re(("लगभग", "करीब", "क़रीब", "तकरीबन", "केवल", "सिर्फ़", "सिर्फ", "मात्र", "कम", "ठीक"))
    + r"\s*$"
)
BOUND_AFTER = re.compile(r"^\s*(?:से|तक|के|का|की|को|में|पर|ने|वाँ|वां|वीं|वें|वे|-)" + NOT_AFTER)
EN_BOUNDED = re.compile(
    r"\b(?:more than|over|at least|above|upwards of|in excess of|nearly|almost|about|around|"
    r"approximately|some|up to|fewer than|less than|under)\s*$",
    re.IGNORECASE,
)


# "the first four shooters", "these three": a definite set, where "more than" reads oddly.
ORDINAL_BEFORE = re.compile(
    words_re(("पहले", "पहली", "अंतिम", "आखिरी", "आख़िरी", "इन", "उन", "ये", "वे", "सभी", "कुल")) + r"\s*$"
)
ERA_AFTER = re.compile(r"^\s*(?:ईसा|ई\.|ईसवी|ईस्वी|AD|BC|A\.D|B\.C|CE|BCE)")
# Ages and spans of years ("64 साल है", "25 साल का") read oddly with "से ज़्यादा".
AGE_AFTER = re.compile(r"^\s+(?:साल|वर्ष|सालों|वर्षों)" + NOT_AFTER)
# The far end of a range ("एक से चालीस") or a predicate figure ("… चालीस है)").
RANGE_BEFORE = re.compile(r"(?:से|-|–)\s*$")
RANGE_AFTER = re.compile(r"^\s*(?:और|या|से|तक|-|–)\s*[0-9०-९]")
PREDICATE_AFTER = re.compile(r"^\s*(?:\)|है|हैं|था|थे|थी)" + NOT_AFTER)


def _in_code_or_time(text: str, start: int, end: int) -> bool:
    """A figure glued to another by ':', '.', '/' or '-': a time, version, score or range."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    glue = ":./-–"
    return (
        (len(before) == 2 and before[1] in glue and before[0].translate(TO_LATIN_DIGITS).isdigit())
        or (
            len(after) >= 1 and after[0] in glue and after[1:2].translate(TO_LATIN_DIGITS).isdigit()
        )
        or (before[-1:] in (":",))
        or (after[:1] == ":")
    )


def digits_value(text: str) -> float | None:
    latin = text.translate(TO_LATIN_DIGITS)
    if re.fullmatch(r"\d{1,3}(?:,\d{2,3})+", latin):
        latin = latin.replace(",", "")  # 1,000 and the Indian 1,00,000
    try:
        return float(latin)
    except ValueError:
        return None


def en_values(en: str) -> set[float]:
    """Every value the English states: bare and with its scale (5 million → 5 and 5e6)."""
    values: set[float] = set()
    for m in EN_NUMBER.finditer(en):
        raw = m.group(1).lower()
        base = EN_WORDS.get(raw) if raw in EN_WORDS else digits_value(raw)
        if base is None:
            continue
        values.add(base)
        if m.group(2):
            values.add(base * EN_SCALES[m.group(2).lower()])
    return values


def is_year(value: float, text: str) -> bool:
    return (
        value.is_integer()
        and 1000 <= value <= 2099
        and re.fullmatch(r"[0-9०-९]{4}", text) is not None
    )


def _new_digits(text: str, rng: random.Random) -> str | None:
    """A different figure in the same script and shape: the leading digit changed."""
    latin = text.translate(TO_LATIN_DIGITS)
    if not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", latin):
        return None
    value = digits_value(latin)
    if value is None or value < 2:
        return None
    first = int(latin[0])
    if latin.isdigit() and len(latin) == 2 and latin[0] == "1" and latin[1] != "0":
        # fifteen ↔ fifty: the teen read as the ty.
        options = [f"{latin[1]}0", f"{(first + 1) % 10}{latin[1:]}"]
    else:
        options = [f"{d}{latin[1:]}" for d in range(1, 10) if d != first and abs(d - first) <= 3]
    options = [o for o in options if (digits_value(o) or 0) >= 2]
    if not options:
        return None
    new = rng.choice(options)
    return new.translate(TO_DEVA_DIGITS) if text != latin else new


def perturb(en: str, hi: str, rng: random.Random) -> list[Edit]:
    known = en_values(en)
    if not known:
        return []
    edits: list[Edit] = []
    for m in HI_NUMBER.finditer(hi):
        num, scale = m.group("num"), (m.group("scale") or "").strip()
        word_value = HI_WORDS.get(num)
        value = float(word_value) if word_value is not None else digits_value(num)
        if value is None or is_year(value, num) or _in_code_or_time(hi, m.start(), m.end()):
            continue
        full = value * (HI_SCALES[scale][0] if scale else 1)
        if value not in known and full not in known:
            continue  # the English does not state this figure
        after = hi[m.end() :]
        before = hi[: m.start()]
        if MONTH_AFTER.match(after) or ERA_AFTER.match(after):
            continue  # a day of the month or a year BC: a date, not a count
        percent = PERCENT.match(after)
        en_match = _en_mention(en, value, full)
        # (1) the value itself, named by how the two sides write it
        new = _new_digits(num, rng) if word_value is None else rng.choice(HI_WORD_SWAPS[num])
        if new is not None:
            if percent:
                subtype = "percent"
            elif word_value is not None:
                subtype = "hindi-word"
            elif en_match is not None and en_match.group(1).lower() in EN_WORDS:
                subtype = "english-word"  # "seven million" rendered "7 मिलियन"
            else:
                subtype = "digits"
            claim = replace_span(hi, m.start("num"), m.end("num"), new)
            edits.append(Edit(claim, subtype, f"{num} → {new}"))
        # (2) the scale word; an international scale read as an Indian one (4 million →
        # 4 लाख) is its own subtype: the slip the lakh/crore conversion invites
        if scale:
            at = m.start("scale") + (len(m.group("scale")) - len(m.group("scale").lstrip()))
            swapped = HI_SCALES[scale][1]
            claim = replace_span(hi, at, m.end("scale"), swapped)
            edits.append(Edit(claim, "scale", f"{num} {scale} → {num} {swapped}"))
            if scale in INDIAN_MISREAD:
                wrong = INDIAN_MISREAD[scale]
                claim = replace_span(hi, at, m.end("scale"), wrong)
                edits.append(Edit(claim, "indian-scale", f"{num} {scale} → {num} {wrong}"))
        # (3) "N" → "N से ज़्यादा" when the English figure is exact and a noun follows
        if (
            not percent
            and en_match is not None
            and not EN_BOUNDED.search(en[: en_match.start()])
            and not HEDGED_BEFORE.search(before)
            and not BOUND_AFTER.match(after)
            and re.match(r"^\s+[\u0900-\u097F]", after)
            and value >= 3
            and not ORDINAL_BEFORE.search(before)
            and not AGE_AFTER.match(after)
            and not RANGE_BEFORE.search(before)
            and not PREDICATE_AFTER.match(after)
            and not RANGE_AFTER.match(after)
        ):
            claim = hi[: m.end()] + " से ज़्यादा" + hi[m.end() :]
            edits.append(Edit(claim, "more-than", f"{m.group()} → {m.group()} से ज़्यादा"))
    return edits


def _en_mention(en: str, value: float, full: float) -> re.Match[str] | None:
    for m in EN_NUMBER.finditer(en):
        raw = m.group(1).lower()
        base = EN_WORDS.get(raw) if raw in EN_WORDS else digits_value(raw)
        if base is None:
            continue
        scaled = base * EN_SCALES[m.group(2).lower()] if m.group(2) else base
        if base == value or scaled == full:
            return m
    return None


__all__ = [
    "EN_NUMBER",
    "EN_SCALES",
    "EN_WORDS",
    "HI_NUMBER",
    "HI_SCALES",
    "HI_WORDS",
    "digits_value",
    "en_values",
    "is_year",
    "perturb",
]
