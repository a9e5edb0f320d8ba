"""Faithful controls about names: what a judge that reads names must not call a swap.

- ``name-loose``: a name the written inventories do not know (a FLORES name) spelled the
  way another newsroom would: vowel length, nukta, anusvara for a half nasal, ॉ for ो.
- ``name-respelt``: a name spelled as the corpus spells it elsewhere (FLORES writes
  टैक्सास and टेक्सास, अफ़्रीका and अफ्रीका) or as the written lists also accept.
- ``common-noun-capitalised``: a common noun the English capitalises ("the Judge", "the
  Bank"), the Hindi untouched: a capital letter does not make a name.
- ``frame-added``: the article's own reporting frame before the rendering ("उन्होंने
  सोशल मीडिया पर एक पोस्ट में कहा कि …"): who posted and where, not content.
"""

from __future__ import annotations

import random
import re

from .common import Edit, fold, replace_span
from .entity import EntityPerturber

# (pattern, replacement) on one Devanagari word; each keeps the word readable.
LOOSE_RULES: tuple[tuple[str, str], ...] = (
    ("ि", "ी"),
    ("ी", "ि"),
    ("ु", "ू"),
    ("ू", "ु"),
    ("ै", "े"),
    ("े", "ै"),
    ("ॉ", "ो"),
    ("ो", "ॉ"),
    ("\u093c", ""),
    ("ं(?=[कखगघचछजझटठडढतथदधपफबभम])", "न्"),
    ("न्(?=[कखगघचछजझटठडढतथदध])", "ं"),
    ("म्(?=[पफबभ])", "ं"),
    ("(?<=[\u0900-\u097f])श", "स"),
)
COMMON_NOUNS = (
    "judge bank court police mayor president governor king queen church park river "
    "university army navy parliament senate government state city council committee "
    "hospital museum station airport company ministry minister prince pope general captain "
    "coach doctor professor cathedral palace bridge harbour harbor lake island"
).split()
COMMON_NOUN = re.compile(r"\b(?:the|a|an|The|A|An)\s+(" + "|".join(COMMON_NOUNS) + r")\b")
FRAMES = (
    "उन्होंने सोशल मीडिया पर एक पोस्ट में कहा कि",
    "उन्होंने एक्स पर लिखा:",
    "उन्होंने ट्वीट कर कहा कि",
    "पोस्ट में कहा गया है कि",
    "वीडियो शेयर करते हुए उन्होंने लिखा-",
    "एक यूज़र के सवाल का जवाब देते हुए उन्होंने लिखा:",
)


def loosen(name: str, rng: random.Random) -> str | None:
    """Two spelling changes in ``name`` a transliteration could make, or None."""
    out = name
    rules = list(LOOSE_RULES)
    rng.shuffle(rules)
    changed = 0
    for pattern, repl in rules:
        hits = list(re.finditer(pattern, out))
        if not hits:
            continue
        m = rng.choice(hits)
        candidate = out[: m.start()] + repl + out[m.end() :]
        if re.search(r"(?:^|\s)[\u093e-\u094d\u0902]", candidate):
            continue  # a word may not start with a vowel sign
        out = candidate
        changed += 1
        if changed == 2:
            break
    return out if changed and fold(out) != fold(name) else None


class NameControls:
    def __init__(self, entities: EntityPerturber) -> None:
        self.entities = entities

    def perturb(self, line: int, en: str, hi: str, rng: random.Random) -> list[Edit]:
        edits: list[Edit] = []
        slots = self.entities.slots(line, en, hi)
        unknown = [s for s in slots if s.type in ("name", "person", "place") and s.key == s.en]
        if unknown:
            s = rng.choice(unknown)
            old = hi[s.start : s.end]
            new = loosen(old, rng)
            if new is not None:
                edits.append(
                    Edit(replace_span(hi, s.start, s.end, new), "name-loose", f"{old} → {new}")
                )
        respelt = self._respelt(line, en, hi, rng)
        if respelt is not None:
            edits.append(respelt)
        edits += _common_noun(en, hi)
        edits += _frame(hi, rng)
        return edits

    def _respelt(self, line: int, en: str, hi: str, rng: random.Random) -> Edit | None:
        options: list[tuple[int, int, str]] = []
        for s in self.entities.slots(line, en, hi):
            old = hi[s.start : s.end]
            others = [
                h
                for h in self.entities.book.spellings.get(s.en, {})
                if fold(h) != fold(old) and " ".join(h.split()) != " ".join(old.split())
            ]
            others += [h for h in s.forms if fold(h) != fold(old)]
            options += [(s.start, s.end, h) for h in sorted(set(others))]
        if not options:
            return None
        start, end, new = rng.choice(options)
        old = hi[start:end]
        return Edit(replace_span(hi, start, end, new), "name-respelt", f"{old} → {new}")


def _common_noun(en: str, hi: str) -> list[Edit]:
    m = COMMON_NOUN.search(en)
    if m is None:
        return []
    noun = m.group(1)
    source = en[: m.start(1)] + noun.capitalize() + en[m.end(1) :]
    return [
        Edit(
            hi,
            "common-noun-capitalised",
            f"{noun} → {noun.capitalize()}",
            source=source,
            side="source",
        )
    ]


def _frame(hi: str, rng: random.Random) -> list[Edit]:
    if re.search(r"[“\"]|कहा|बताया|लिखा", hi[:40]):
        return []  # the sentence has its own frame or quotation already
    frame = rng.choice(FRAMES)
    return [Edit(f"{frame} {hi}", "frame-added", f"“{frame}” put before the rendering")]


__all__ = ["FRAMES", "NameControls", "loosen"]
