"""What a left-out part of a post would take from a reader: the test an omission must pass.

A rendering that gives some sentences of a post and not others is a selection, the way
news quotes; it misleads only when what it leaves out changes what a reader believes the
rest said: a negation, a figure, a qualifier (a hedge, a bound, "only", a modal), or a
condition or contrast that limits the rest ("unless …", "but …"). A clause cut out of a
sentence the rendering gives is judged as before (``coverage``); a whole sentence left
out must carry one of these.
"""

from __future__ import annotations

import re

from verifier.lang.chars import SENTENCE_ENDS
from verifier.lang.funcwords import load_function_words
from verifier.lang.numbers.find import find_numbers
from verifier.lang.words import QUALIFYING_CONNECTORS_EN
from verifier.model import Span

_QUALIFIERS = ("negation", "bound", "restrictor", "hedge")
_WEAK_MODAL = 0.8
"""Modals below "would" (may, might, can, should) leave a statement open."""
_CONNECTOR = re.compile(rf"\b(?:{'|'.join(QUALIFYING_CONNECTORS_EN)})\b", re.IGNORECASE)


def what_it_carries(text: str, lang: str) -> str | None:
    """The first thing in ``text`` whose loss changes the meaning of what is kept ("a
    negation", "a figure", …), or ``None`` when it carries none."""
    for hit in load_function_words().find(text, lang):
        if hit.category in _QUALIFIERS:
            return f"a {hit.category} (“{hit.text}”)"
        if hit.category == "modal" and hit.strength < _WEAK_MODAL:
            return f"a modal (“{hit.text}”)"
    if lang == "en" and (m := _CONNECTOR.search(text)):
        return f"a condition or contrast (“{m.group(0)}”)"
    if find_numbers(text, lang):
        return "a figure"
    return None


def qualifies_the_rest(text: str, lang: str) -> str | None:
    """What makes a whole sentence left out change the meaning of the sentences kept: it
    opens with a contrast or condition ("But …", "Unless …") or hedges ("reportedly",
    "unconfirmed"). A statement of its own, even a negative one ("No threat will change
    that"), is a sentence the article chose not to quote. ``None`` when it does neither."""
    opening = " ".join(text.strip(" \t\"'“”‘’(").split()[:2])
    if lang == "en" and (m := _CONNECTOR.match(opening)):
        return f"a condition or contrast (“{m.group(0)}”)"
    for hit in load_function_words().find(text, lang):
        if hit.category == "hedge":
            return f"a hedge (“{hit.text}”)"
    return None


def whole_sentences(span: Span, text: str) -> bool:
    """``span`` of ``text`` is one or more whole sentences (not a clause cut from one); a
    word at either edge that the span leaves out ("… not finished | yet.") does not count."""
    inner = span.slice(text).rstrip(_OUTER)
    closed = not inner or inner[-1] in SENTENCE_ENDS
    return _edge(text[: span.start][::-1], before=True) and (
        closed or _edge(text[span.end :], before=False)
    )


_OUTER = " \t\"'“”‘’()"


def _edge(side: str, *, before: bool) -> bool:
    """Whether at most one word stands between the span and the sentence boundary on this
    side (``side`` is the text beyond the span, reversed for the side before it)."""
    stop = SENTENCE_ENDS + "\n" + (":" if before else "")
    cut = next((k for k, ch in enumerate(side) if ch in stop), len(side))
    gap = side[:cut]
    return len([w for w in gap.split() if w.strip(_OUTER)]) <= 1
