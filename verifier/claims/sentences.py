"""Sentence splitting for Indic news text, and trimming of spans.

Ends a sentence at a danda (। ॥ ৷), Urdu full stop (۔), ?, ! or newline, and at a full
stop unless it marks an initial (पी. चिदंबरम, Dr.) or a decimal. Kept on its own because
claim extraction, narrowing and cue search all cut text the same way.
"""

from __future__ import annotations

import re

from verifier.lang.chars import SENTENCE_ENDS
from verifier.model import Span

_ENDS_NOT_DOT = SENTENCE_ENDS.replace(".", "")
"""A full stop ends a sentence only after a check for initials (below)."""
_MAY_END = re.compile("[\n" + re.escape(SENTENCE_ENDS) + "]")
"""The characters where a sentence may end: the scan jumps from one to the next."""


def sentences_between(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans inside ``text[start:end]`` (danda, full stop, ?, !, newline).

    A full stop after a one- or two-letter token is an initial (पी. चिदंबरम, एस. जयशंकर,
    Dr.), not an end; digits around a dot are a decimal.
    """
    out: list[Span] = []
    s = start
    i = start
    while i < end:
        m = _MAY_END.search(text, i, end)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        boundary = False
        if ch == "\n" or ch in _ENDS_NOT_DOT:
            boundary = True
        elif ch == ".":
            prev_word = _word_before(text, s, i)
            nxt = text[i + 1] if i + 1 < end else " "
            if i > 0 and text[i - 1].isdigit() and nxt.isdigit():
                boundary = False
            elif prev_word and is_initial(prev_word) and nxt != "\n":
                boundary = False
            elif nxt == ".":
                boundary = False
            else:
                boundary = True
        if boundary:
            e = i + 1 if ch != "\n" else i
            # swallow closing quotes and further punctuation after the end mark
            while e < end and text[e] in "\"'”’»)…!?.":
                e += 1
            if text[s:e].strip():
                out.append(trim_span(text, s, e))
            s = e if ch != "\n" else i + 1  # step over the newline, or this loops forever
            i = s
            continue
        i += 1
    if s < end and text[s:end].strip():
        out.append(trim_span(text, s, end))
    return out


def _word_before(text: str, s: int, i: int) -> str:
    """The non-space run that ends at ``i`` (not before ``s``): read back from the dot, not
    by a search over the whole sentence so far at each dot."""
    k = i
    while k > s and not text[k - 1].isspace():
        k -= 1
    return text[k:i]


_FINAL_SHORT_WORDS = frozenset(
    "है हैं था थी थे की के का हो गया गई गए दी दिया ली लिया रहा रही रहे जी भी ही तो में को से पर ने कि हुई हुए हुआ लगा लगी दें दे कर करें थीं".split()
    + "आहे आहेत".split()  # Marathi sentence ends
)


def is_initial(word: str) -> bool:
    w = word.strip("(\"'“‘")
    if not w:
        return False
    if w.isascii():
        return len(w) <= 2 and w[0].isupper()
    # one or two Devanagari syllables (पी, एस, डॉ, आर) that are not a frequent
    # sentence-final word (है, था, की …)
    return len(w) <= 3 and w not in _FINAL_SHORT_WORDS


def trim_span(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span(s, e)


def sentence_spans(text: str, span: Span) -> list[Span]:
    """The sentences of ``text`` inside ``span`` (initials and decimals do not end one)."""
    return sentences_between(text, span.start, span.end)
