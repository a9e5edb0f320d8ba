"""Detect stage, author part: Hindi name phrases in an article's own words.

Every Devanagari word gets a class (``word_class``): ``N`` a word the lexicon does not know
(most names), ``K`` a noun, adjective or verb it knows (some first names are one: विराट),
``S`` a surname that is also a word (सिंह, खान), ``F`` a function, time or sentence-adverb
word (never in a name: दरअसल, गुरुवार), ``C`` a case marker or conjunction that closes a
noun phrase (ने, का, और), ``T`` a title, ``O`` an organisation or place (the gazetteer, or
initials: बीसीसीआई), ``G`` a collective noun (सरकार), ``P`` a pronoun; ``B`` is anything
else (punctuation, Latin, digits). A name is ``K?N(K?N)*`` or ``KS`` ("युवराज सिंह"),
ending in a surname word or, when a closer follows, one common word ("शिखर धवन ने", not
"सिब्बल सबसे ज्यादा").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from verifier.lang.chars import DEVA_LETTERS, JOINERS, SENTENCE_ENDS
from verifier.lang.dates.strings import is_weekday, month_number
from verifier.lang.gazetteer import is_demonym, places_in
from verifier.lang.handles import split_handle
from verifier.lang.lexicon import load_lexicon
from verifier.lang.stem import fold_hi
from verifier.lang.translit import NAME_MATCH, acronym_letters, name_similarity
from verifier.lang.words import (
    GROUP_NOUNS_HI,
    HONORIFICS_HI,
    NAME_WORDS_HI,
    NP_ENDS_HI,
    PRONOUNS,
    RANKS_HI,
    STOP_HI,
    TITLES_HI,
)

MIN_ACRONYM = 3
"""Letters of the shortest initials read as an organisation (two-letter ones are often
words: बीबी)."""
MAX_NAME_WORDS = 3
"""Words of a person's name kept ("प्रीति शर्मा मेनन"); a longer run starts with an epithet."""

_L = DEVA_LETTERS + JOINERS
_TOKEN = re.compile(rf"[{_L}]+(?:['’][{_L}]+)*|[^\s{_L}]+")
_DEVA = re.compile(f"[{_L}]")
_NAME = re.compile(r"K?N(?:K?N)*(?:S|K(?=[CBT]|$))?|KS")
_AGENT_NAME = re.compile(r"(?:K?N(?:K?N)*[KS]?|K?S)$")
_NAMED_BODY = re.compile(r"O(?=[KN]{0,2}K)[KN]{1,3}$")
"""An organisation or place followed by up to three words, one of them common ("पीआईबी फैक्ट
चेक", "दिल्ली पुलिस"): an account's name. Unknown words alone after it may be a person's name
("भाजपा … अमित शाह")."""
_FUNCTION_POS = frozenset("adv conj prep pron det num part".split())
_FUNCTION_FILES = ("time.tsv", "function_words.tsv", "function_words_general.tsv")
_ERGATIVE = frozenset(("ने", "नें"))
_LATIN_NAME = re.compile(r"(?<![\w@#])[A-Z][A-Za-z'’]+|@\w+")
_SPLIT = frozenset(SENTENCE_ENDS + "॥")
_GENERIC_TITLES = HONORIFICS_HI | RANKS_HI
"""Words too common among titles to tell two people apart (श्री, पूर्व)."""


@dataclass(frozen=True, slots=True)
class Tok:
    """A word (or a run of other characters) with its offsets and class."""

    start: int
    end: int
    text: str
    cls: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named in the article, with the titles before the name."""

    name: str
    titles: frozenset[str]


@dataclass(frozen=True, slots=True)
class Phrase:
    """The noun phrase before an ergative marker, read as ``person``, ``org``, ``title``,
    ``group`` (a collective noun: सरकार, "मोदी सरकार") or ``none`` (common words only)."""

    kind: str
    text: str
    titles: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _function_forms() -> frozenset[str]:
    """Single-word lexicon forms that are function, time or adverb words."""
    out = set(STOP_HI)
    for e in load_lexicon().entries:
        if e.pos in _FUNCTION_POS or e.source.endswith(_FUNCTION_FILES):
            out.update(fold_hi(f) for f in e.hindi if " " not in f)
    return frozenset(out)


@lru_cache(maxsize=16384)
def word_class(word: str) -> str:
    """The class of one Devanagari word out of context (see the module docstring)."""
    if word in PRONOUNS:
        return "P"
    if word in NP_ENDS_HI:
        return "C"
    if word in GROUP_NOUNS_HI:
        return "G"
    if word in TITLES_HI or is_demonym(word):
        return "T"
    if word in NAME_WORDS_HI:
        return "S"
    if fold_hi(word) in _function_forms() or is_weekday(word) or month_number(word):
        return "F"
    if len(acronym_letters(word) or "") >= MIN_ACRONYM:
        return "O"  # बीसीसीआई, एएनआई: an organisation's initials
    return "K" if load_lexicon().is_hindi_form(word) else "N"


def is_ergative(word: str) -> bool:
    return word in _ERGATIVE


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Classified tokens of ``text[start:end]``; places and organisations the gazetteer knows
    (also of several words, "आम आदमी पार्टी") are ``O``, its titles ``T``; an initial with
    its dot ("पी. चिदंबरम") is one ``N`` token. Demonyms (भारतीय) qualify like titles."""
    marks: dict[int, str] = {}
    for place in places_in(text[start:end]):
        for pos in range(place.span.start, place.span.end):
            marks[start + pos] = "T" if place.kind == "title" or place.adjective else "O"
    raw = [
        (m.start() + start, m.end() + start, m.group(0)) for m in _TOKEN.finditer(text[start:end])
    ]
    out: list[Tok] = []
    skip = False
    for i, (a, b, word) in enumerate(raw):
        if skip:
            skip = False
            continue
        if _DEVA.match(word) is None:
            out.append(Tok(a, b, word, "B"))
            continue
        cls = marks.get(a) or word_class(word)
        nxt = raw[i + 1] if i + 1 < len(raw) else None
        after = raw[i + 2] if i + 2 < len(raw) else None
        if (
            cls in ("K", "N")
            and len(word) <= 2
            and nxt is not None
            and nxt[2] == "."
            and nxt[0] == b
            and after is not None
            and "\n" not in text[nxt[1] : after[0]]
            and word_class(after[2]) == "N"
        ):
            out.append(Tok(a, nxt[1], word + ".", "N"))  # an initial: "पी. चिदंबरम"
            skip = True
            continue
        if (
            cls == "T"
            and out
            and out[-1].cls in ("N", "K")
            and word not in TITLES_HI
            and is_demonym(word)
            and text[out[-1].end : a].isspace()
            and (nxt is None or _DEVA.match(nxt[2]) is None or word_class(nxt[2]) == "C")
        ):
            # Hindi puts adjectives before the noun: a demonym that ends the noun phrase
            # after a name word is a surname ("स्मृति ईरानी ने", Irani)
            cls = "S"
        out.append(Tok(a, b, word, cls))
    return out


def sentences(toks: Sequence[Tok], text: str) -> list[list[Tok]]:
    """Tokens split into sentences: after a sentence end, and at a line break."""
    out: list[list[Tok]] = []
    cur: list[Tok] = []
    for tok in toks:
        if cur and "\n" in text[cur[-1].end : tok.start]:
            out.append(cur)
            cur = []
        cur.append(tok)
        if tok.cls == "B" and any(ch in _SPLIT for ch in tok.text):
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _cap(words: list[Tok]) -> list[Tok]:
    if len(words) > MAX_NAME_WORDS and words[0].cls == "K":
        words = words[1:]  # an epithet before the name ("मास्टर ब्लास्टर सचिन तेंदुलकर")
    return words[-MAX_NAME_WORDS:]


def _runs(toks: Sequence[Tok]) -> list[tuple[int, int]]:
    classes = "".join(t.cls for t in toks)
    return [m.span() for m in _NAME.finditer(classes)]


def mentions(toks: Sequence[Tok]) -> list[Mention]:
    """People named in ``toks``, in order: a name of two words or more, after a title, or
    the subject of an ergative verb (one unknown word alone is too often a common word the
    lexicon lacks)."""
    out: list[Mention] = []
    for a, b in _runs(toks):
        words = _cap(list(toks[a:b]))
        titles: list[str] = []
        j = a - 1
        while j >= 0 and toks[j].cls in ("T", "O") and len(titles) < 4:
            titles.append(toks[j].text)
            j -= 1
        agent = b < len(toks) and is_ergative(toks[b].text)
        if len(words) >= 2 or titles or agent:
            name = " ".join(t.text for t in words)
            out.append(Mention(name, frozenset(titles) - _GENERIC_TITLES))
    return out


def agent_phrase(toks: Sequence[Tok]) -> Phrase:
    """The noun phrase that ends ``toks`` (the words before an ergative ने)."""
    np: list[Tok] = []
    for tok in reversed(toks):
        if tok.cls not in "NKSTOG" or len(np) == 8:
            break
        np.insert(0, tok)
    text = " ".join(t.text for t in np)
    classes = "".join(t.cls for t in np)
    core = classes.rstrip("G")
    group = len(core) < len(classes)
    named = _NAMED_BODY.search(core)
    if named is not None and not group:
        # an organisation's name with common words after it: "पीआईबी फैक्ट चेक", "दिल्ली पुलिस"
        return Phrase("org", " ".join(t.text for t in np[named.start() : len(core)]))
    m = _AGENT_NAME.search(core)
    if m is not None:
        words = " ".join(t.text for t in _cap(np[m.start() : len(core)]))
        return Phrase("group", text) if group else Phrase("person", words)
    if core.endswith("O"):
        k = len(core) - len(core.rstrip("O"))
        return Phrase("org", " ".join(t.text for t in np[len(core) - k : len(core)]))
    if core.endswith("T") and not group:
        k = len(core) - len(core.rstrip("TO"))
        titles = [t.text for t in np[len(core) - k : len(core)]]
        return Phrase("title", " ".join(titles), frozenset(titles) - _GENERIC_TITLES)
    return Phrase("group" if group else "none", text)


def full_name(short: str, toks: Sequence[Tok]) -> str | None:
    """The two-word name a one-word name stands for, as the article last gave it before
    (गांगुली → सौरव गांगुली, सलमान → सलमान खान): the word next to it in that name;
    ``None`` when the article gives none."""
    key = fold_hi(short)
    found: str | None = None
    for a, b in _runs(toks):
        words = [t.text for t in _cap(list(toks[a:b]))]
        for i, word in enumerate(words):
            if fold_hi(word) == key and len(words) >= 2:
                pair = words[i : i + 2] if i + 1 < len(words) else words[i - 1 : i + 1]
                found = " ".join(pair)
    return found


def named_in(name: str, post_text: str) -> bool:
    """The post names this person itself (a capitalised word or a part of an @handle that
    sounds like the surname): it is about or to them. Hashtags are left out (a campaign tag
    can carry the author's own name); short words are not compared."""
    surname = name.split()[-1].rstrip(".")
    if len(surname) < 3:
        return False
    for m in _LATIN_NAME.finditer(post_text):
        token = m.group(0)
        parts = split_handle(token) if token[0] == "@" else (token,)
        if any(len(p) > 2 and name_similarity(surname, p) >= NAME_MATCH for p in parts):
            return True
    return False


def same_person(deva: str, display: str | None, handle: str | None) -> bool:
    """A name from a Hindi article is the account's: each of its words sounds like a word of
    the display name or of the handle (नरेंद्र मोदी ~ Narendra Modi, @narendramodi)."""
    latin = [w for w in re.split(r"[\s.]+", display or "") if len(w) > 2]
    latin += [p for p in split_handle(handle or "") if len(p) > 2]
    words = [w.rstrip(".") for w in deva.split() if len(w.rstrip(".")) > 2]
    if not latin or not words:
        return False
    return all(any(name_similarity(w, p) >= NAME_MATCH for p in latin) for w in words)
