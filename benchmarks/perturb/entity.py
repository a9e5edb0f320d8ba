"""Entity drift: a place, person or organisation in the rendering swapped for another of
the same type, or one of two coordinated names dropped.

Places are CLDR names (a country for a country, a city for a city, a continent for a
continent); a person's surname is swapped for another foreign surname (so the verb's
gender agreement still holds); organisations come from a small table of bodies of the same
kind (space agencies, international bodies, companies).
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from .common import Edit, fold, replace_span, word
from .names import (
    SURNAME_LATIN,
    SURNAMES,
    Place,
    common_words,
    load_places,
    person_names,
    swap_pool,
)

# (English pattern, Hindi spellings, kind): organisations the rendering might confuse.
ORGS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (r"\bNASA\b", ("नासा",), "agency"),
    (r"\bISRO\b", ("इसरो",), "agency"),
    (r"\bEuropean Space Agency\b|\bESA\b", ("यूरोपीय अंतरिक्ष एजेंसी",), "agency"),
    (r"\bFBI\b", ("एफबीआई", "FBI"), "police"),
    (r"\bCIA\b", ("सीआईए",), "police"),
    (r"\bUnited Nations\b|\bUN\b", ("संयुक्त राष्ट्र", "यूएन"), "body"),
    (r"\bNATO\b", ("नाटो",), "body"),
    (r"\bEuropean Union\b|\bEU\b", ("यूरोपीय संघ", "यूरोपियन संघ", "यूरोपियन यूनियन"), "body"),
    (r"\bWorld Health Organization\b|\bWHO\b", ("विश्व स्वास्थ्य संगठन",), "body"),
    (r"\bUNESCO\b", ("यूनेस्को",), "body"),
    (r"\bFIFA\b", ("फ़ीफ़ा", "फीफा"), "sport"),
    (r"\bInternational Olympic Committee\b|\bIOC\b", ("अंतर्राष्ट्रीय ओलंपिक समिति",), "sport"),
    (r"\bApple\b", ("एप्पल", "ऐप्पल", "एपल"), "company"),
    (r"\bMicrosoft\b", ("माइक्रोसॉफ़्ट", "माइक्रोसॉफ्ट"), "company"),
    (r"\bGoogle\b", ("गूगल",), "company"),
    (r"\bSony\b", ("सोनी",), "company"),
    (r"\bNintendo\b", ("निनटेंडो", "निन्टेंडो"), "company"),
    (r"\bSamsung\b", ("सैमसंग",), "company"),
)


class EntityPerturber:
    """Proposes entity edits; built once over the whole corpus (to learn person names)."""

    def __init__(self, cldr_dir: Path, corpus: Iterable[tuple[str, str]]) -> None:
        self.places = sorted(load_places(cldr_dir), key=lambda p: -max(len(h) for h in p.hi))
        self.pool = swap_pool(self.places, cldr_dir)
        self.place_words = {w for p in self.places for w in p.en.split()}
        # English surname -> the Hindi spellings it has next to a matched first name.
        self.surnames: dict[str, set[str]] = defaultdict(set)
        pairs = list(corpus)
        common = common_words(en for en, _ in pairs)
        for en, hi in pairs:
            for last, _first_hi, last_hi in person_names(en, hi, self.place_words, common):
                self.surnames[last].add(last_hi)

    def perturb(self, en: str, hi: str, rng: random.Random) -> list[Edit]:
        places = self._places(en, hi)
        edits = []
        if places:
            start, end, place = rng.choice(places)
            edits += self._swap_place(en, hi, start, end, place, rng)
        edits += self._swap_person(en, hi, rng)
        edits += self._swap_org(en, hi, rng)
        edits += self._drop_coordinated(hi, places)
        return edits

    def _places(self, en: str, hi: str) -> list[tuple[int, int, Place]]:
        """Place mentions in ``hi`` that the English names too, longest spelling first."""
        taken: list[tuple[int, int, Place]] = []
        folded = fold(hi)
        if folded != hi:
            return []  # offsets would differ; FLORES lines with zero-width marks are skipped
        for p in self.places:
            if not re.search(r"\b" + re.escape(p.en) + r"\b", en):
                continue
            for h in p.hi:
                for m in re.finditer(word(fold(h)), folded):
                    if any(m.start() < e and s < m.end() for s, e, _ in taken):
                        continue
                    taken.append((m.start(), m.end(), p))
        return taken

    def _swap_place(
        self, en: str, hi: str, start: int, end: int, place: Place, rng: random.Random
    ) -> list[Edit]:
        options = [
            q
            for q in self.pool[place.kind]
            if q.en != place.en
            and not re.search(r"\b" + re.escape(q.en) + r"\b", en)
            and not any(fold(h) in fold(hi) for h in q.hi)
        ]
        if not options:
            return []
        new = rng.choice(options)
        claim = replace_span(hi, start, end, new.hi[0])
        return [
            Edit(
                claim,
                f"{place.kind}-swap",
                f"{hi[start:end]} → {new.hi[0]} ({place.en} → {new.en})",
            )
        ]

    def _swap_person(self, en: str, hi: str, rng: random.Random) -> list[Edit]:
        for last in sorted(self.surnames):
            if not re.search(r"\b" + re.escape(last) + r"\b", en):
                continue
            for form in sorted(self.surnames[last]):
                hits = list(re.finditer(word(form), hi))
                if len(hits) != 1:
                    continue  # a name said twice would need two edits
                options = [
                    (h, lat)
                    for h, lat in zip(SURNAMES, SURNAME_LATIN, strict=True)
                    if h not in hi and lat not in en
                ]
                new, latin = rng.choice(options)
                claim = replace_span(hi, hits[0].start(), hits[0].end(), new)
                return [Edit(claim, "person-swap", f"{form} → {new} ({last} → {latin})")]
        return []

    def _swap_org(self, en: str, hi: str, rng: random.Random) -> list[Edit]:
        for pattern, spellings, kind in ORGS:
            if not re.search(pattern, en):
                continue
            for h in spellings:
                hits = list(re.finditer(word(h), hi))
                if len(hits) != 1:
                    continue
                options = [
                    o for o in ORGS if o[2] == kind and o[0] != pattern and not re.search(o[0], en)
                ]
                if not options:
                    return []
                new = rng.choice(options)[1][0]
                claim = replace_span(hi, hits[0].start(), hits[0].end(), new)
                return [Edit(claim, "org-swap", f"{h} → {new}")]
        return []

    def _drop_coordinated(self, hi: str, places: list[tuple[int, int, Place]]) -> list[Edit]:
        """ "क्रोएशिया और डेनमार्क में" → "क्रोएशिया में": the second of two places dropped."""
        spans = sorted((s, e) for s, e, _ in places)
        for (s1, e1), (s2, e2) in zip(spans, spans[1:], strict=False):
            if re.fullmatch(r"\s+(?:और|एवं|तथा)\s+", hi[e1:s2]):
                if re.search(r",\s*$", hi[:s1]):
                    continue  # part of a longer list: dropping one leaves "A, B" dangling
                claim = replace_span(hi, e1, e2, "")
                return [Edit(claim, "name-dropped", f"“और {hi[s2:e2]}” dropped")]
        return []


__all__ = ["ORGS", "EntityPerturber"]
