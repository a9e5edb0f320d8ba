"""Entity drift: a name in the rendering swapped for another of the same type, or one of
two coordinated names dropped.

Where the names come from (none from verifier/):
- people, places, countries and cities: the FLORES sentences themselves (``NameBook``:
  each English name and the Hindi spelling the translator gave it). A country is swapped
  for another country as FLORES spells it, a person's surname for another FLORES surname;
- politicians, parties, US states and other regions, demonyms, courts, agencies and
  organisations: the inventories in ``lists/``, written for the generator.
CLDR's English territory and city names only tell a country or a city from other names.
"""

from __future__ import annotations

import csv
import random
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .common import Edit, fold, replace_span, word
from .flores_names import Mention, NameBook
from .lists.bodies import BODIES
from .lists.demonyms import DEMONYMS
from .lists.politics import PARTIES, POLITICAL_TITLES, POLITICIANS
from .lists.regions import AMBIGUOUS_STATES, CITIES, REGIONS, US_STATES

# English before a name that makes it a place ("in Nova Scotia", "the city of Goma").
PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|to|from|into|across|around|outside|visit|visited|city of|town of|"
    r"island of|region of|province of|state of)\s+(?:the\s+)?$",
    re.I,
)
# Capitalised titles ("President", "Senator"); in lower case only the ones a company or a
# club does not use ("Nintendo president Satoru Iwata" is no politician).
TITLE_BEFORE = re.compile(
    r"(?:" + POLITICAL_TITLES + r"|governor|senator|minister|congress(?:wo)?man)\s+(?:[A-Z]\.\s+)?$"
)
# English adjectives of place ("Namibian", "Roman"): not names of places or people.
ADJECTIVE_END = re.compile(r"(?:ian|ean|ese|ish|ic|an)$")
ALIASES = {"America": "US", "United States": "US", "U.S.": "US", "USA": "US", "Britain": "GB"}


@dataclass(frozen=True)
class Slot:
    """A name in the Hindi sentence that the English states too."""

    start: int
    end: int
    en: str
    type: str  # the entity subtype
    key: str = ""  # the inventory entry (English) or group it came from
    group: str = ""
    forms: tuple[str, ...] = ()  # the inventory's Hindi spellings of the same name


@dataclass(frozen=True)
class Candidate:
    en: str  # an English name, or a regular expression when ``pattern``
    hi: str
    group: str = ""
    gender: str = ""
    pattern: bool = False


def _english_column(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [row["en"] for row in csv.DictReader(f, delimiter="\t")]


def _in_english(c: Candidate, en: str) -> bool:
    if c.pattern:
        return re.search(c.en, en) is not None
    return re.search(r"\b" + re.escape(c.en) + r"\b", en) is not None


class EntityPerturber:
    """Proposes entity edits; built once over the whole corpus (to learn its names)."""

    def __init__(self, cldr_dir: Path, pairs: Sequence[tuple[str, str]], book: NameBook) -> None:
        self.book = book
        self.countries = frozenset(_english_column(cldr_dir / "territories.tsv")) | set(ALIASES)
        self.cities = frozenset(_english_column(cldr_dir / "tz_exemplar_cities.tsv")) | {
            c.en for c in CITIES
        }
        # Language names ("Latin", "Catalan") follow "in" as places do, and are not places.
        self.languages = frozenset(_english_column(cldr_dir / "languages.tsv"))
        self.states = {r.en: r for r in US_STATES}
        self.regions = {r.en: r for r in REGIONS}
        self.politicians = {p.en for p in POLITICIANS}
        self.surnames = {
            m.en.split()[-1]
            for line, found in enumerate(book.by_line, start=1)
            for m in found
            if self._is_person_run(m, pairs, line)
        }
        self.pools = self._pools(pairs)

    def _is_person_run(self, m: Mention, pairs: Sequence[tuple[str, str]], line: int) -> bool:
        """A "First Last" name outside a place context ("in Pago Pago" is a place)."""
        return self._person_like(m) and not PLACE_BEFORE.search(pairs[line - 1][0][: m.en_start])

    def type_of(self, m: Mention, en: str) -> str:
        before = en[: m.en_start]
        if m.en in self.countries:
            return "country"
        if m.en in self.states and (
            m.en not in AMBIGUOUS_STATES or re.search(r"state of\s+$", before, re.I)
        ):
            return "us-state"
        if m.en in self.regions:
            return "region"
        if m.en in self.cities:
            return "city"
        if m.en in self.politicians or (TITLE_BEFORE.search(before) and len(m.hi.split()) >= 2):
            return "politician"
        plain = not (ADJECTIVE_END.search(m.en) or m.en.isupper() or m.en in self.languages)
        if PLACE_BEFORE.search(before) and m.en.split()[-1] not in self.surnames and plain:
            return "place"
        if self._person_like(m) or m.en in self.surnames:
            return "person"
        return "name"

    def _person_like(self, m: Mention) -> bool:
        """Two or more name words, none of them a place, the last not an acronym ("MP")."""
        words = m.en.split()
        known = self.countries | self.cities | set(self.states) | set(self.regions)
        return (
            len(words) >= 2
            and len(m.hi.split()) >= 2
            and not any(w in known for w in words)
            and not words[-1].isupper()
        )

    def _pools(self, pairs: Sequence[tuple[str, str]]) -> dict[str, list[Candidate]]:
        """What each type may be swapped for: FLORES spellings and the written lists."""
        seen: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
        for (en, _), found in zip(pairs, self.book.by_line, strict=True):
            for m in found:
                kind = self.type_of(m, en)
                if kind in ("person", "politician"):
                    seen["speaker"][(m.en, m.hi)] += 1  # a whole name, for attribution
                if kind == "person" and len(m.hi.split()) >= 2:
                    seen["surname"][(m.en.split()[-1], m.hi.split()[-1])] += 1
                elif kind == "person":
                    seen["surname"][(m.en, m.hi)] += 1
                elif kind in ("country", "city", "place"):
                    seen[kind][(m.en, m.hi)] += 1
        pools: dict[str, list[Candidate]] = {}
        for kind, counts in seen.items():
            best: dict[str, str] = {}
            for (en, hi), _n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
                best.setdefault(en, hi)  # the spelling FLORES uses most
            pools[kind] = [Candidate(en, hi) for en, hi in sorted(best.items())]
        pools["city"] += [Candidate(c.en, c.hi[0], c.group) for c in CITIES]
        pools["us-state"] = [
            Candidate(s.en, s.hi[0], "us") for s in US_STATES if s.en not in AMBIGUOUS_STATES
        ]
        pools["region"] = [Candidate(r.en, r.hi[0], r.group) for r in REGIONS]
        pools["politician"] = [Candidate(p.en, p.hi, p.group, p.gender) for p in POLITICIANS]
        pools["demonym"] = [
            Candidate("|".join(rf"\b{e}\b" for e in d.en), d.hi[0], d.group, pattern=True)
            for d in DEMONYMS
        ]
        pools["party"] = [Candidate(p.en, p.hi[0], p.group, pattern=True) for p in PARTIES]
        for subtype in ("court-agency", "organisation"):
            pools[subtype] = [
                Candidate(b.en, b.hi[0], b.kind, pattern=True)
                for b in BODIES
                if b.subtype == subtype
            ]
        return pools

    # -- finding the names of one pair ---------------------------------------------------

    def slots(self, line: int, en: str, hi: str) -> list[Slot]:
        """Every name of the pair that both sides state, typed, no two overlapping."""
        found: list[Slot] = []
        found += self._listed(en, hi)
        for m in self.book.by_line[line - 1]:
            found.append(Slot(m.start, m.end, m.en, self.type_of(m, en), m.en))
        kept: list[Slot] = []
        for s in found:  # the written lists first: they know the type for sure
            if all(s.end <= k.start or k.end <= s.start for k in kept):
                kept.append(s)
        return sorted(kept, key=lambda s: s.start)

    def _listed(self, en: str, hi: str) -> list[Slot]:
        out: list[Slot] = []
        entries: list[tuple[str, tuple[str, ...], str, str, str]] = []
        entries += [
            (rf"\b{e}\b", d.hi, "demonym", d.en[0], d.group) for d in DEMONYMS for e in d.en
        ]
        entries += [(p.en, p.hi, "party", p.en, p.group) for p in PARTIES]
        entries += [(b.en, b.hi, b.subtype, b.en, b.kind) for b in BODIES]
        entries += [
            (rf"\b{re.escape(s.en)}\b", s.hi, "us-state", s.en, "us")
            for s in US_STATES
            if s.en not in AMBIGUOUS_STATES
        ]
        entries += [(rf"\b{re.escape(r.en)}\b", r.hi, "region", r.en, r.group) for r in REGIONS]
        entries += [
            (rf"\b{re.escape(p.en)}\b", (p.hi,), "politician", p.en, p.group) for p in POLITICIANS
        ]
        for pattern, spellings, subtype, key, group in entries:
            if not re.search(pattern, en):
                continue
            for h in sorted(spellings, key=len, reverse=True):
                hits = list(re.finditer(word(h), hi))
                if hits:
                    start, end = hits[0].span()
                    out.append(Slot(start, end, key, subtype, key, group, spellings))
                    break
        return out

    # -- edits ------------------------------------------------------------------------------

    def perturb(self, line: int, en: str, hi: str, rng: random.Random) -> list[Edit]:
        slots = self.slots(line, en, hi)
        by_type: dict[str, list[Slot]] = defaultdict(list)
        for s in slots:
            if len(re.findall(word(hi[s.start : s.end]), hi)) == 1:  # a name said twice
                by_type[s.type].append(s)  # would need two edits
        edits: list[Edit] = []
        for kind in sorted(by_type):
            if kind == "name":
                continue  # untyped: a swap would not say what it confused
            edit = self._swap(en, hi, rng.choice(by_type[kind]), rng)
            if edit is not None:
                edits.append(edit)
        edits += _drop_coordinated(hi, slots)
        return edits

    def _swap(self, en: str, hi: str, slot: Slot, rng: random.Random) -> Edit | None:
        pool_name = "surname" if slot.type == "person" else slot.type
        old = hi[slot.start : slot.end]
        start, end = slot.start, slot.end
        if slot.type == "person" and len(old.split()) >= 2:
            start = slot.start + old.rindex(" ") + 1  # the surname: the verb still agrees
        replaced = hi[start:end]
        options = [
            c
            for c in self.pools.get(pool_name, [])
            if not _in_english(c, en)
            and fold(c.hi) not in fold(hi)
            and c.en != slot.key
            and c.hi != replaced
        ]
        same_group = [c for c in options if slot.group and c.group == slot.group]
        if slot.type in ("court-agency", "organisation"):
            options = same_group  # a court for a court, a company for a company
        elif same_group and rng.random() < 0.7:
            options = same_group
        if not options:
            return None
        new = rng.choice(options)
        claim = replace_span(hi, start, end, new.hi)
        label = new.en if not new.pattern else new.en.split("|")[0].replace("\\b", "")
        return Edit(claim, slot.type, f"{replaced} → {new.hi} ({slot.en} → {label})")


def _drop_coordinated(hi: str, slots: list[Slot]) -> list[Edit]:
    """ "क्रोएशिया और डेनमार्क में" → "क्रोएशिया में": the second of two names dropped."""
    for a, b in zip(slots, slots[1:], strict=False):
        if a.type == "name" or b.type == "name":
            continue
        if re.fullmatch(r"\s+(?:और|एवं|तथा)\s+", hi[a.end : b.start]):
            if re.search(r",\s*$", hi[: a.start]):
                continue  # part of a longer list: dropping one leaves "A, B" dangling
            claim = replace_span(hi, a.end, b.end, "")
            return [Edit(claim, "name-dropped", f"“और {hi[b.start : b.end]}” dropped")]
    return []


__all__ = ["EntityPerturber", "Slot"]
