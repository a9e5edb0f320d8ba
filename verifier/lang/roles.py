"""Speakers named by role (police, officials, a spokesperson, the opposition, scientists),
English and Hindi, read from ``verifier/data/lexicon/roles.tsv`` (written for this project; its
header says how).

A role belongs to one or more groups; two roles agree when their groups meet ("authorities"
and "अधिकारियों", "researchers" and "वैज्ञानिकों"). Each group says whose voice it is: any
institution's (officials, a spokesperson), none (the opposition, witnesses, experts), or the
institutions whose names hold certain words ("Police", "Court", "Ministry").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from verifier.lang.stem import EN_WORD, HI_WORD, fold_hi, stem_en, stem_hi

__all__ = [
    "ANY_BODY",
    "NO_BODY",
    "OWN_NAME",
    "ROLES_FILE",
    "RoleTable",
    "load_roles",
    "parse_roles",
]

ROLES_FILE = "roles.tsv"
ANY_BODY = "*"
"""The bodies mark of a role every institution has (its officials, its spokesperson)."""
NO_BODY = "-"
"""The bodies mark of a voice from outside every institution (opposition, witnesses)."""
OWN_NAME = "="
"""The bodies mark of a role that speaks only for accounts named after it (a spokesperson)."""


@dataclass(frozen=True, slots=True)
class RoleTable:
    """Role forms → groups, in both languages, and each group's bodies."""

    hi: Mapping[tuple[str, ...], frozenset[str]]
    """Folded Hindi words of a form → its groups."""
    hi_stems: Mapping[tuple[str, ...], frozenset[str]]
    """The same by stemmed words (अधिकारियों ~ अधिकारी)."""
    en: Mapping[tuple[str, ...], frozenset[str]]
    """Stemmed English words of a form → its groups."""
    bodies: Mapping[str, frozenset[str]]
    """Group → English words of the names of institutions it speaks for (or ``*``/``-``)."""
    english: Mapping[str, frozenset[str]]
    """Group → its English forms, lower-case."""

    def named_after(self, group: str) -> bool:
        """The role speaks only for accounts named after it (a spokesperson: "Spokesperson
        MoD"), not for any other institution."""
        return self.bodies[group] == {OWN_NAME}

    def hindi_groups(self, words: Iterable[str]) -> frozenset[str]:
        """The groups of the role that ends ``words`` ("उप्साला विश्वविद्यालय के पुलिस" →
        police), the longest form first; empty when its last word is no role."""
        ws = [t for w in words for t in HI_WORD.findall(w)]  # माता-पिता: two words
        for n in (3, 2, 1):
            if len(ws) < n:
                continue
            folded = tuple(fold_hi(w) for w in ws[-n:])
            if folded in self.hi:
                return self.hi[folded]
            # An inflected form by its stem (अधिकारियों); a bare word that is its own stem is
            # another word (सेन, a surname, is not सेना; अधिकार, rights, not अधिकारी).
            stems = tuple(stem_hi(w) for w in folded)
            if stems in self.hi_stems and stems[-1] != folded[-1]:
                return self.hi_stems[stems]
        return frozenset()

    def english_groups(self, text: str) -> frozenset[str]:
        """Every group a role of the English ``text`` belongs to."""
        stems = [stem_en(m.group(0).casefold()) for m in EN_WORD.finditer(text)]
        out: set[str] = set()
        for i in range(len(stems)):
            for n in (1, 2, 3):
                out |= self.en.get(tuple(stems[i : i + n]), frozenset())
        return frozenset(out)

    def groups_of_body(self, name_words: Iterable[str]) -> frozenset[str]:
        """The groups that speak for an institution whose name has ``name_words``
        (lower-case English words): "Mumbai Police" → police (and investigators)."""
        words = {w.casefold() for w in name_words}
        return frozenset(
            g
            for g, b in self.bodies.items()
            if b & words or (b == {OWN_NAME} and self.english[g] & words)
        )


def parse_roles(lines: Iterable[str]) -> RoleTable:
    """The table from the lines of ``roles.tsv``."""
    hi: dict[tuple[str, ...], set[str]] = defaultdict(set)
    hi_stems: dict[tuple[str, ...], set[str]] = defaultdict(set)
    en: dict[tuple[str, ...], set[str]] = defaultdict(set)
    bodies: dict[str, frozenset[str]] = {}
    english_of: dict[str, set[str]] = defaultdict(set)
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        group, english, hindi, body = line.split("\t")
        for form in english.split("|"):
            english_of[group].add(form.casefold())
            en[tuple(stem_en(w.casefold()) for w in form.split())].add(group)
        for form in hindi.split("|"):
            words = HI_WORD.findall(form)
            hi[tuple(fold_hi(w) for w in words)].add(group)
            hi_stems[tuple(stem_hi(w) for w in words)].add(group)
        bodies[group] = frozenset(body.split("|"))
    return RoleTable(
        hi=MappingProxyType({k: frozenset(v) for k, v in hi.items()}),
        hi_stems=MappingProxyType({k: frozenset(v) for k, v in hi_stems.items()}),
        en=MappingProxyType({k: frozenset(v) for k, v in en.items()}),
        bodies=MappingProxyType(bodies),
        english=MappingProxyType({k: frozenset(v) for k, v in english_of.items()}),
    )


@lru_cache(maxsize=1)
def load_roles() -> RoleTable:
    """The table shipped with the package (cached)."""
    item = resources.files("verifier") / "data" / "lexicon" / ROLES_FILE
    return parse_roles(item.read_text(encoding="utf-8").splitlines())
