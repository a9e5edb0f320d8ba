"""Omission drift: a content clause of the rendering deleted, the rest left grammatical.

What news renderings drop: the second sentence of a two-sentence post, the "लेकिन …"
(but …) clause, the second of two coordinated finite clauses ("X हुआ और Y हुआ"), a trailing
relative or result clause (", जिसमें …", ", जिससे …"). The deleted part must carry content:
at least four words, one of them a verb or a figure.
"""

from __future__ import annotations

import random
import re

from .common import NOT_AFTER, NOT_BEFORE, TOKEN, Edit, body_and_end, final_stop
from .verbs import is_verb_form

FINITE_END = re.compile(
    r"(?:है|हैं|था|थे|थी|थीं|गया|गई|गए|गयी|हुआ|हुई|हुए|होगा|होगी|होंगे|ेगा|ेगी|ेंगे|ेंगी|या|ये|यी|ई|ए|ता|ती|ते)$"
)
AUX = frozenset("है हैं था थे थी थीं गया गई गए गयी गये हुआ हुई हुए होगा होगी होंगे होंगी".split())
# Finite endings that nouns do not share (-ता/-ई are also abstract nouns: भयानकता, ऊंचाई).
STRICT_VERB_END = re.compile(r"(?:ेगा|ेगी|ेंगे|ेंगी|एगा|एगी|एंगे|ाया|ाये|ायी|ाए|ोया)$")
# A head that opens with a subordinator cannot stand alone once its main clause is gone.
SUBORDINATE_HEAD = re.compile(
    r"^\s*[“\"]?\s*(?:हालांकि|हालाँकि|जबकि|जबकी|अगर|यदि|जब|क्योंकि|चूंकि|चूँकि|जैसे|जिस|जो|भले)"
)
CONTRAST = re.compile(
    NOT_BEFORE + r",?\s*(?:लेकिन|परंतु|परन्तु|किंतु|किन्तु|मगर|पर|जबकि|हालांकि|हालाँकि)" + NOT_AFTER
)
AND = re.compile(NOT_BEFORE + r",?\s*(?:और|तथा|एवं)" + NOT_AFTER)
TRAILING = re.compile(
    r",\s*(?:जिसमें|जिससे|जिसके|जिसकी|जिसका|जिन्होंने|जिसने|जो|जहाँ|जहां|ताकि|क्योंकि)" + NOT_AFTER
)
# A sentence ends at a danda (or a "|" typed for one), "!", "?", or a full stop — but not
# the full stop of an abbreviation ("डॉ.", "टी. रेक्स", "जॉर्ज डब्ल्यू. बुश").
SENTENCE_END = re.compile(r"[।|!?.][”\"’]?(?=\s+\S)")
SHORT_WORD_STOPS = frozenset("है हैं था थे थी थीं हो".split())


def split_sentences(text: str) -> list[str]:
    parts, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.group()[0] == ".":
            before = TOKEN.findall(text[start : m.start()])
            last = before[-1] if before else ""
            if len(last) <= 2 and last not in SHORT_WORD_STOPS or re.fullmatch(r"[0-9]+", last):
                continue
        parts.append(text[start : m.end()].strip())
        start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


# "पर" is also the postposition "on": only the clause-initial one after a comma is "but".
AMBIGUOUS_CONTRAST = re.compile(r"^\s*पर" + NOT_AFTER)


def _content(part: str) -> bool:
    toks = TOKEN.findall(part)
    if len(toks) < 4:
        return False
    return any(is_verb_form(t) or re.search(r"[0-9०-९]", t) for t in toks) or bool(
        FINITE_END.search(toks[-1])
    )


def _ends_finite(head: str) -> bool:
    """Whether ``head`` ends in a finite verb (so that it stands as a sentence alone)."""
    toks = TOKEN.findall(head)
    if len(toks) < 4:
        return False
    last = toks[-1]
    if last.endswith(("ना", "नी", "ने")) and last not in AUX:
        return False  # an infinitive (करने, करना) is not finite
    return last in AUX or is_verb_form(last) or bool(STRICT_VERB_END.search(last))


def _second_sentence(en: str, hi: str) -> list[Edit]:
    parts = split_sentences(hi.strip())
    en_parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", en.strip())
    if len(parts) < 2 or len(en_parts) < 2:
        return []
    kept, dropped = " ".join(parts[:-1]), parts[-1]
    if not _content(dropped) or len(TOKEN.findall(kept)) < 5:
        return []
    return [Edit(kept, "sentence", f"last sentence dropped: “{_short(dropped)}”")]


def _clause(hi: str, pattern: re.Pattern[str], subtype: str, need_finite_head: bool) -> list[Edit]:
    body, end = body_and_end(hi)
    edits = []
    for m in pattern.finditer(body):
        head, tail = body[: m.start()], body[m.start() :]
        if subtype == "but-clause" and m.group().strip(" ,") == "पर" and "," not in m.group():
            continue  # bare पर is mostly the postposition "on"
        if need_finite_head and not _ends_finite(head):
            continue
        if len(TOKEN.findall(head)) < 4 or not _content(tail) or SUBORDINATE_HEAD.search(head):
            continue
        if re.search(r"[“\"(]", tail) and not re.search(r"[”\")]", tail):
            continue
        if re.search(r"[“\"(][^”\")]*$", head):
            continue  # would cut inside a quotation or a bracket
        stop = end if end.strip() else final_stop(hi)
        claim = head.rstrip(" ,;:-–—|") + stop.lstrip()
        edits.append(Edit(claim, subtype, f"clause dropped: “{_short(tail.strip(' ,'))}”"))
        break
    return edits


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def perturb(en: str, hi: str, rng: random.Random) -> list[Edit]:
    del rng
    edits = _second_sentence(en, hi)
    # Only the last sentence's clauses: an earlier cut would leave a dangling next sentence.
    if len(split_sentences(hi.strip())) == 1:
        edits += _clause(hi, CONTRAST, "but-clause", need_finite_head=False)
        edits += _clause(hi, AND, "and-clause", need_finite_head=True)
        edits += _clause(hi, TRAILING, "relative-clause", need_finite_head=False)
    return edits


__all__ = ["perturb"]
