"""Clauses of a post (English) and of its rendering (Hindi), and the words that weigh little.

Omission and addition are judged per clause: a clause whose content words found no
counterpart on the other side was dropped or added. Clauses are cut at sentence ends, at
punctuation inside a sentence (, ; : — and brackets) and before the words that open a
coordinate or subordinate clause:

- English: and, but, while, whereas, which, who, whom, whose, where, when, although,
  though, because, so, yet, including, after, before, until, unless, since, if, whether;
- Hindi: और, तथा, एवं, लेकिन, पर/परंतु/मगर/किंतु (after a comma for पर), बल्कि, जबकि,
  क्योंकि, ताकि, कि, जो and the जिस-/जिन- relatives, जहाँ, जब, तो, हालांकि, इसलिए.

Cutting too finely is harmless: a clause is only reported when a whole run of neighbouring
pieces has no counterpart. Light verbs, auxiliaries and filler nouns ("कर दिया", "इस बात",
"के बारे में", "get", "thing") carry little of what a clause claims; ``WEAK_WEIGHT`` is what
they count. A reporting frame at the start of a Hindi sentence ("X ने कहा कि", "उन्होंने ट्वीट
कर लिखा", "X का कहना है कि", "X के मुताबिक") is the article's, not the post's: ``frames``
finds it so that it is not taken for an added clause.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verifier.drift.collect import split_clauses, strip_span
from verifier.lang.chars import DEVA_LETTERS
from verifier.lang.words import ACT_VERBS, ERGATIVE, ERGATIVE_PRONOUNS, SAY_VERBS, WEAK_EN, WEAK_HI
from verifier.model import Span

WEAK_WEIGHT = 0.25
"""What a light verb, auxiliary or filler word counts for, against 1 for a content word."""

# A cut that starts with spaces starts where their run starts: the leftmost cut always did,
# and a search from inside a long run of spaces read the rest of the run from every position.
_CUT_EN = re.compile(
    r"(?:(?<!\s)|(?!\s))(?:\s*(?:[;:()\[\]\u2013\u2014]|,(?!\d)|(?<!\d),)\s*|\s+-\s+|"
    r"\s+(?=(?:and|but|while|whereas|which|who|whom|whose|where|when|although|though|because|"
    r"so|yet|including|after|before|until|unless|since|if|whether|"
    r"as\s+opposed\s+to|rather\s+than|instead\s+of|in\s+order\s+to)\b))",
    re.IGNORECASE,
)
_CUT_HI = re.compile(
    r"(?:(?<!\s)|(?!\s))(?:\s*(?:[;:()\[\]\u2013\u2014|]|,(?!\d)|(?<!\d),)\s*|\s+-\s+|"
    r",\s*(?=पर\s)|"
    r"\s+(?=(?:और|तथा|एवं|लेकिन|मगर|किंतु|किन्तु|परंतु|परन्तु|बल्कि|जबकि|क्योंकि|ताकि|कि|"
    r"जो|जिस|जिसे|जिसमें|जिसके|जिसकी|जिसका|जिससे|जिसने|जिन्होंने|जिनके|जिनकी|जिनका|जिन्हें|जिनमें|"
    r"जहाँ|जहां|जब|तो|हालांकि|हालाँकि|इसलिए|यदि|अगर)\s))"
)


# A Hindi reporting frame at a sentence start: "<speaker> ने (ट्वीट कर/करते हुए) कहा/लिखा/बताया
# (है/था) (कि)", "उन्होंने … कहा कि", "<speaker> का कहना है कि", "<speaker> के मुताबिक/अनुसार,".
_VERBS = rf"(?:{SAY_VERBS}|{ACT_VERBS})(?:\s+हुए)?"
_FRAME = re.compile(
    rf"^(?:(?:\S+\s+){{0,6}}?{ERGATIVE}|{'|'.join(ERGATIVE_PRONOUNS)})(?:\s+\S+){{0,4}}?\s+"
    rf"{_VERBS}(?:\s+{_VERBS})*"
    r"(?:\s+(?:है|था|थी|थे))?(?:\s+कि|\s*[:,])?(?=\s|$)|"
    r"^(?:\S+\s+){0,6}?\S*का\s+कहना\s+(?:है|था)(?:\s+कि)?(?=\s|$)|"
    r"^(?:\S+\s+){1,6}?(?:के|की)\s+(?:मुताबिक|मुताबिक़|अनुसार)\s*,?"
)


# A full stop after an initial or a short abbreviation ("U.S. Corps", "Dr. Rao", "St. Louis",
# "यू.एस.", "डॉ.") does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b[A-Za-z]|\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|No|vs|Gen|Col|Lt|Prof|Rev|Mt|Inc|Ltd|Co))\.$|"
    r"(?:^|[\s.])(?:[" + DEVA_LETTERS + r"]{1,2}\.){2,}$|(?:^|\s)(?:डॉ|श्री|प्रो)\.$"
)


# A colon before a capital starts a new statement ("#PIBFactCheck: No such move …").
_COLON = re.compile(rf":\s+(?=[A-Z{DEVA_LETTERS}])")


def sentences(text: str) -> list[Span]:
    """Sentences of ``text``: ``split_clauses`` without the cuts after abbreviations, and
    with a cut after a colon that opens a new statement."""
    return list(_sentences(text))


@lru_cache(maxsize=512)
def _sentences(text: str) -> tuple[Span, ...]:
    # Kept for a while: the coverage, frame and omission checks each split the same texts.
    merged: list[Span] = []
    for sent in split_clauses(text):
        if merged and _ABBREV.search(text[merged[-1].start : merged[-1].end]):
            merged[-1] = Span(merged[-1].start, sent.end)
        else:
            merged.append(sent)
    out: list[Span] = []
    for sent in merged:
        pos = sent.start
        for m in _COLON.finditer(text, sent.start, sent.end):
            out.append(strip_span(text, pos, m.start() + 1))
            pos = m.end()
        out.append(strip_span(text, pos, sent.end))
    return tuple(out)


def units(text: str, lang: str) -> list[Span]:
    """Clauses and sub-clauses of ``text`` (``lang`` "en" or an Indian language), in order."""
    return list(_units(text, lang == "en"))


@lru_cache(maxsize=512)
def _units(text: str, english: bool) -> tuple[Span, ...]:
    cut = _CUT_EN if english else _CUT_HI
    out: list[Span] = []
    for sent in sentences(text):
        pos = sent.start
        for m in cut.finditer(text, sent.start, sent.end):
            if text[pos : m.start()].strip(" \t\n.,;:!?।|\"'“”‘’"):
                out.append(strip_span(text, pos, m.start()))
            pos = m.end()
        if text[pos : sent.end].strip(" \t\n.,;:!?।|\"'“”‘’"):
            out.append(strip_span(text, pos, sent.end))
    return tuple(out)


def frames(text: str) -> list[Span]:
    """Reporting frames ("X ने कहा कि") that open a sentence of a Hindi rendering."""
    out: list[Span] = []
    for sent in sentences(text):
        m = _FRAME.match(text[sent.start : sent.end])
        if m and m.end() < sent.end - sent.start:
            out.append(Span(sent.start, sent.start + m.end()))
    return out


def is_weak(word: str, lang: str) -> bool:
    """A light verb, auxiliary or filler word: it says little of what its clause claims."""
    if lang == "en":
        return word.casefold() in WEAK_EN
    return word in WEAK_HI
