"""Faithful controls: one edit that keeps the meaning, as Hindi newsrooms vary their copy.

A judge that fires on any change would score perfect recall on the drifted rows; these
rows (labelled ``faithful``) show whether it also fires on harmless variation: Devanagari
digits, a figure restated in lakh/crore, a number written as a word, dropped nukta,
synonyms of the news register (लेकिन/परंतु, इस्तेमाल/उपयोग, की वजह से/के कारण), the other
name of a weekday, and contrastive "ना कि"/"न कि" spelled the other way (a spelling, not a
negation).
"""

from __future__ import annotations

import random
import re

from .common import NOT_AFTER, NOT_BEFORE, TO_DEVA_DIGITS, Edit, replace_span, word
from .numbers import HI_WORDS

SYNONYMS: tuple[tuple[str, str], ...] = (
    ("लेकिन", "परंतु"),
    ("इस्तेमाल", "उपयोग"),
    ("मदद", "सहायता"),
    ("की वजह से", "के कारण"),
    ("ज़रूरी", "आवश्यक"),
    ("ज़्यादा", "अधिक"),
    ("ज्यादा", "अधिक"),
    ("कोशिश", "प्रयास"),
    ("लगभग", "करीब"),
    ("सिर्फ़", "केवल"),
    ("दुनिया", "विश्व"),
    ("सवाल", "प्रश्न"),
    ("जवाब", "उत्तर"),
    ("शुरुआत", "आरंभ"),
    ("हमेशा", "सदा"),
    ("बताया", "कहा"),
)
WEEKDAY_ALT = {"गुरुवार": "बृहस्पतिवार", "बृहस्पतिवार": "गुरुवार"}
HI_NUMBER_WORDS = {
    2: "दो",
    3: "तीन",
    4: "चार",
    5: "पाँच",
    6: "छह",
    7: "सात",
    8: "आठ",
    9: "नौ",
    10: "दस",
}
# A small figure before a noun: "3 बच्चों" → "तीन बच्चों".
# Not a part of a decimal, ratio or price ("2.4", "3:2", "$5"), nor an ordinal ("10 वीं").
SMALL_FIGURE = re.compile(
    NOT_BEFORE
    + r"(?<![$€£¥₹0-9.,:/\-–])([2-9]|10)(?![0-9.,:/\-–])(?=\s+(?!वीं|वां|वें|वाँ)[\u0900-\u097F]{2,})"
)
# "3.7 मिलियन" is 37 लाख: the whole figure, decimals included, never a tail of it.
MILLION = re.compile(NOT_BEFORE + r"(?<![0-9.,])([1-9][0-9]?(?:\.[0-9])?)\s+मिलियन" + NOT_AFTER)
THOUSANDS = re.compile(NOT_BEFORE + r"(?<![0-9.,])([1-9][0-9]?),000" + r"(?![0-9,.])")
LATIN_FIGURE = re.compile(r"(?<![0-9.,:/A-Za-z])[0-9]{1,4}(?![0-9.,:/A-Za-z])")
NUKTA_WORD = re.compile(r"[\u0900-\u097F]*\u093c[\u0900-\u097F]*")
# A Hindi number word before a noun or a scale ("चालीस लोगों", "दो लाख"): restated in
# digits. Not "दो" (also "give"), nor a word inside a range of words ("दो-तीन").
WORD_FIGURE = re.compile(
    NOT_BEFORE
    + "(?:"
    + "|".join(sorted((w for w in HI_WORDS if w not in ("दो",)), key=len, reverse=True))
    + ")"
    + r"(?![-\u0900-\u097F])(?=\s+[\u0900-\u097F]{2,})"
)
CONTRASTIVE = re.compile(NOT_BEFORE + r"(ना|न)(?=\s+(?:कि|की|ही)" + NOT_AFTER + ")")


def perturb(en: str, hi: str, rng: random.Random) -> list[Edit]:
    del en
    edits: list[Edit] = []
    m = LATIN_FIGURE.search(hi)
    if m:
        deva = m.group().translate(TO_DEVA_DIGITS)
        edits.append(
            Edit(
                replace_span(hi, m.start(), m.end(), deva),
                "devanagari-digits",
                f"{m.group()} → {deva}",
            )
        )
    m = MILLION.search(hi)
    if m:
        lakh = round(float(m.group(1)) * 10)
        new = f"{lakh} लाख" if lakh < 100 else f"{lakh / 100:g} करोड़"  # 45 million = 4.5 crore
        edits.append(
            Edit(replace_span(hi, m.start(), m.end(), new), "lakh-restated", f"{m.group()} → {new}")
        )
    m = THOUSANDS.search(hi)
    if m:
        new = f"{m.group(1)} हज़ार"
        edits.append(
            Edit(
                replace_span(hi, m.start(), m.end(), new),
                "thousand-restated",
                f"{m.group()} → {new}",
            )
        )
    m = SMALL_FIGURE.search(hi)
    if m:
        new = HI_NUMBER_WORDS[int(m.group(1))]
        edits.append(
            Edit(
                replace_span(hi, m.start(), m.end(), new), "figure-as-word", f"{m.group()} → {new}"
            )
        )
    m = WORD_FIGURE.search(hi)
    if m:
        new = str(HI_WORDS[m.group()])
        edits.append(
            Edit(
                replace_span(hi, m.start(), m.end(), new), "digits-restated", f"{m.group()} → {new}"
            )
        )
    nuktas = list(NUKTA_WORD.finditer(hi))
    if nuktas:
        m = rng.choice(nuktas)
        new = m.group().replace("\u093c", "")
        edits.append(
            Edit(replace_span(hi, m.start(), m.end(), new), "nukta-dropped", f"{m.group()} → {new}")
        )
    options = [(a, b) for a, b in SYNONYMS if re.search(word(a), hi)]
    if options:
        a, b = rng.choice(options)
        m2 = re.search(word(a), hi)
        assert m2 is not None
        edits.append(Edit(replace_span(hi, m2.start(), m2.end(), b), "synonym", f"{a} → {b}"))
    for day, alt in WEEKDAY_ALT.items():
        m3 = re.search(word(day), hi)
        if m3:
            edits.append(
                Edit(replace_span(hi, m3.start(), m3.end(), alt), "weekday-name", f"{day} → {alt}")
            )
    m = CONTRASTIVE.search(hi)
    if m:
        new = "न" if m.group(1) == "ना" else "ना"
        edits.append(
            Edit(
                replace_span(hi, m.start(1), m.end(1), new),
                "contrastive-spelling",
                f"{m.group(1)} → {new}",
            )
        )
    return edits


__all__ = ["perturb"]
