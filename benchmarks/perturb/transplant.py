"""Names put into both sides of a pair, for entity types the corpus rarely names.

FLORES has three party names and four agencies in 1,012 sentences. To measure party and
agency swaps on more than a handful of rows, a party is put before a political title or
"government" ("Senator X" → "Republican Senator X", "सीनेटर X" → "रिपब्लिकन सीनेटर X"),
and an agency in place of the police ("Police said" → "FBI said", "पुलिस ने कहा" →
"एफबीआई ने कहा"), on both sides: a faithful pair (a control, ``side: both``). The drift is
then made on that pair, with the name swapped in the Hindi only.
"""

from __future__ import annotations

import random
import re

from .common import Edit, replace_span, word

# (English, Hindi modifier, group): how copy names a party before a title.
PARTY_MODIFIERS: tuple[tuple[str, str, str], ...] = (
    ("BJP", "भाजपा", "in"),
    ("Congress", "कांग्रेस", "in"),
    ("AAP", "आप", "in"),
    ("Samajwadi Party", "सपा", "in"),
    ("Trinamool", "तृणमूल", "in"),
    ("DMK", "द्रमुक", "in"),
    ("Democratic", "डेमोक्रेटिक", "us"),
    ("Republican", "रिपब्लिकन", "us"),
    ("Labour", "लेबर", "uk"),
    ("Conservative", "कंज़र्वेटिव", "uk"),
    ("Liberal Democrat", "लिबरल डेमोक्रेट", "uk"),
    ("Liberal", "लिबरल", "ca"),
    ("NDP", "एनडीपी", "ca"),
)
# (English title, its Hindi renderings): where a party name can stand in front.
TITLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Prime Minister", ("प्रधानमंत्री", "प्रधान मंत्री")),
    ("President", ("राष्ट्रपति",)),
    ("Senator", ("सीनेटर",)),
    ("Governor", ("गवर्नर", "गर्वनर", "राज्यपाल")),
    ("governor", ("गवर्नर", "गर्वनर", "राज्यपाल")),
    ("Congresswoman", ("कांग्रेसवुमन",)),
    ("Congressman", ("कांग्रेसमैन",)),
    ("leader", ("नेता",)),
    ("MP", ("सांसद",)),
    ("Mayor", ("मेयर", "महापौर")),
    ("government", ("सरकार",)),
)
# Agencies that read well where a sentence has "police": (English, Hindi, group).
AGENCIES: tuple[tuple[str, str, str], ...] = (
    ("FBI", "एफ़बीआई", "us"),
    ("CIA", "सीआईए", "us"),
    ("DEA", "डीईए", "us"),
    ("CBI", "सीबीआई", "in"),
    ("NIA", "एनआईए", "in"),
    ("Scotland Yard", "स्कॉटलैंड यार्ड", "uk"),
    ("Interpol", "इंटरपोल", "world"),
    ("Europol", "यूरोपोल", "world"),
)
COUNTRY_HINTS = {
    "us": r"\b(?:US|U\.S\.|United States|America|American|Washington|Texas|California|Congress)(?!\w)",
    "in": r"\b(?:India|Indian|Delhi|Mumbai)\b",
    "uk": r"\b(?:UK|Britain|British|England|London|Scotland)\b",
    "ca": r"\b(?:Canada|Canadian|Ottawa)\b",
}


def _group_for(en: str, rng: random.Random, groups: set[str]) -> str:
    hinted = sorted(g for g, pattern in COUNTRY_HINTS.items() if re.search(pattern, en))
    hinted = [g for g in hinted if g in groups]
    return hinted[0] if hinted else rng.choice(sorted(groups))


def _fits(en: str, em: re.Match[str], title: str) -> bool:
    """Whether a party name reads well before this title: a person's title needs the
    person's name after it, and no party or rank word may stand before it."""
    before, after = en[: em.start()], en[em.end() :]
    if title != "government" and not re.match(r"\s+[A-Z]", after):
        return False  # "the governor's office": no person named
    if re.search(r"\b(?:Vice|Deputy|First|Former)\s+$", before):
        return False  # "Deputy Prime Minister": the party goes before the whole title
    return not re.search(
        r"(?:party|Party|NDP|Democrat\w*|Republican|Labou?r|Conservative|Liberal)\s*$", before
    )


def party(en: str, hi: str, rng: random.Random) -> list[Edit]:
    """A party before a title on both sides (the control), then swapped in the Hindi."""
    for title, renderings in TITLES:
        em = re.search(rf"(?<![\w-]){re.escape(title)}\b", en)
        if em is None or not _fits(en, em, title):
            continue
        hits = [m for h in renderings for m in re.finditer(word(h), hi)]
        if len(hits) != 1 or len(re.findall(rf"\b{re.escape(title)}\b", en)) != 1:
            continue
        group = _group_for(en, rng, {g for _, _, g in PARTY_MODIFIERS})
        mods = [p for p in PARTY_MODIFIERS if p[2] == group and not re.search(rf"\b{p[0]}\b", en)]
        if len(mods) < 2:
            continue
        first, second = rng.sample(mods, 2)
        h = hits[0]
        source = en[: em.start()] + f"{first[0]} " + en[em.start() :]
        base_hi = replace_span(hi, h.start(), h.start(), f"{first[1]} ")
        control = Edit(
            base_hi,
            "party-added",
            f"“{first[0]}” / “{first[1]}” put before {title} / {h.group()}",
            source=source,
            side="both",
        )
        drift_hi = replace_span(base_hi, h.start(), h.start() + len(first[1]), second[1])
        return [
            Edit(
                drift_hi,
                "party",
                f"{first[1]} → {second[1]} ({first[0]} → {second[0]})",
                source=source,
                base=control,
            )
        ]
    return []


def agency(en: str, hi: str, rng: random.Random) -> list[Edit]:
    """An agency in place of "police" on both sides, then swapped in the Hindi."""
    en_hits = list(re.finditer(r"\b[Pp]olice\b", en))
    hi_hits = list(re.finditer(word("पुलिस"), hi))
    if len(en_hits) != 1 or len(hi_hits) != 1:
        return []
    if re.search(r"\b(?:the|a|an)\s+$", en[: en_hits[0].start()], re.I):
        return []  # "the police" → "the FBI" reads oddly: keep to "police said", "police officers"
    if re.search(r"(?:प्रदेश|राज्य|दिल्ली|मुंबई)\s+$", hi[: hi_hits[0].start()]):
        return []  # "मध्य प्रदेश पुलिस": a named force, not a word to replace
    group = _group_for(en, rng, {g for _, _, g in AGENCIES})
    same = [a for a in AGENCIES if a[2] == group] or list(AGENCIES)
    first = rng.choice(same)
    others = [a for a in AGENCIES if a != first and (a[2] == first[2] or a[2] == "world")]
    second = rng.choice(others)
    e = en_hits[0]
    source = en[: e.start()] + first[0] + en[e.end() :]
    h = hi_hits[0]
    base_hi = replace_span(hi, h.start(), h.end(), first[1])
    control = Edit(
        base_hi,
        "agency-added",
        f"police / पुलिस → {first[0]} / {first[1]}",
        source=source,
        side="both",
    )
    drift_hi = replace_span(base_hi, h.start(), h.start() + len(first[1]), second[1])
    return [
        Edit(
            drift_hi,
            "court-agency",
            f"{first[1]} → {second[1]} ({first[0]} → {second[0]})",
            source=source,
            base=control,
        )
    ]


__all__ = ["AGENCIES", "PARTY_MODIFIERS", "agency", "party"]
