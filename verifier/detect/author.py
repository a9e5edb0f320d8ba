"""Detect stage: who wrote a post that lost its signature, as the article around it says.

An unsigned English block (``inferred``) gets its author only from the article's own words,
in the nearest sentence before it that says someone posted: "<name> ने ट्वीट कर कहा",
"उन्होंने लिखा", "केंद्रीय मंत्री ने ट्वीट किया", "<name> के ट्वीट में लिखा है". What that
sentence names must be a name (``names``): adverbs and time words before it (दरअसल,
गुरुवार को), titles and collective nouns (सरकार, यूजर) are not. In "X ने Y के ट्वीट का
जवाब दिया" the author is X, who replies. A pronoun is resolved to the subject of the
sentences before it, a bare title to the person the article named with it, a first name or
a surname alone to the full name the article gave. A person the post itself names is who
the post is about, not its author. When no name is certain there is no author, and the
note says why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from verifier.detect.names import (
    Phrase,
    Tok,
    agent_phrase,
    full_name,
    is_ergative,
    mentions,
    named_in,
    sentences,
    tokenize,
)
from verifier.lang.words import ACT_VERBS, ERGATIVE_PRONOUNS, PLATFORM_WORDS, POST_CUES, SAY_VERBS

MAX_SENTENCES_BACK = 8
"""Sentences read back from a pronoun for the person it stands for."""
NOTE_PREFIXES = ("no signature", "author ")
"""How the notes of an inferred post's origin and author begin."""
RESOLVE_WINDOW = 6000
"""Characters of the article before a post read to resolve a pronoun, a title or a short
name (a few paragraphs: the person is named in the lead or near the post)."""

_CUE = re.compile(f"{POST_CUES}|{SAY_VERBS}|{ACT_VERBS}")
_PLATFORM = re.compile(PLATFORM_WORDS)
_GENITIVE = frozenset("के की का".split())
_QUOTES = re.compile(r"[\"'“”‘’]")
_OPENERS = re.compile(r"[\"'“”‘’:]|[-–—]$")
"""A token that opens the reported words: a quote mark, a colon, "लिखा-"."""


@dataclass(frozen=True, slots=True)
class AuthorGuess:
    """The author an article gives an unsigned post, or ``None`` and why not."""

    name: str | None
    note: str
    person: bool = True
    """A person rather than an organisation (whose own posts name it freely)."""


def _head(sent: Sequence[Tok], text: str) -> list[Tok]:
    """The sentence up to the words it reports (after "कि", a quote mark, a colon or the
    dash of "लिखा-"; a hyphen inside a word is no opener)."""
    out: list[Tok] = []
    for tok in sent:
        if tok.text == "कि":
            break
        if tok.cls == "B" and _OPENERS.search(tok.text):
            glued = (
                tok.start > 0
                and not text[tok.start - 1].isspace()
                and tok.end < len(text)
                and not text[tok.end].isspace()
            )
            if not (glued and tok.text in "-–"):
                break
        out.append(tok)
    return out


def _after_quote(sent: Sequence[Tok]) -> list[Tok]:
    """What follows the last quote mark of a sentence that opens with the quoted words
    ("'…,' कोहली ने ट्वीट किया")."""
    for i in range(len(sent) - 1, -1, -1):
        if sent[i].cls == "B" and _QUOTES.search(sent[i].text):
            return list(sent[i + 1 :])
    return []


def _agent(head: Sequence[Tok]) -> tuple[int, str] | None:
    """Index of the last agent of the head: an ergative marker or pronoun, else the owner
    of a post ("<name> के ट्वीट में"); with its kind, ``ergative``/``pronoun``/``owner``."""
    for i in range(len(head) - 1, -1, -1):
        if is_ergative(head[i].text) and i > 0:
            return i, "ergative"
        if head[i].text in ERGATIVE_PRONOUNS:
            return i, "pronoun"
    for i, tok in enumerate(head):
        after = " ".join(t.text for t in head[i + 1 : i + 4])
        if tok.text in _GENITIVE and i > 0 and _PLATFORM.search(after):
            return i, "owner"
    return None


def _subject(head: Sequence[Tok], text: str) -> tuple[int, str] | None:
    """Where the name that opens a sentence without an ergative marker ends ("पीआईबी फैक्ट
    चैक दावे को लेकर ट्वीट कर जानकारी दी", "राहुल गांधी ट्वीट कर बोले"): adverbs skipped, the
    name must be an organisation, a title or a person of two words or more, and no case
    marker may follow it (then it is an object or an owner: "X को", "X के")."""
    i = 0
    while i < len(head) and head[i].cls == "F":
        i += 1
    k = i
    while k < len(head) and head[k].cls in "NKSTO" and not _CUE.fullmatch(head[k].text):
        k += 1
    if k == i or k >= len(head) or (head[k].cls == "C" and not _on_behalf(head, k)):
        return None
    phrase = agent_phrase(head[i:k])
    if phrase.kind in ("org", "title") or (
        phrase.kind == "person" and len(phrase.text.split()) >= 2
    ):
        return k, "subject"
    return None


def _on_behalf(head: Sequence[Tok], k: int) -> bool:
    """ "X की ओर से", "X के द्वारा", "X द्वारा": X is the agent."""
    words = [t.text for t in head[k : k + 3]]
    return words[:3] == ["की", "ओर", "से"] or words[:2] == ["के", "द्वारा"] or words[0] == "द्वारा"


def _by_title(titles: frozenset[str], before: Sequence[Tok]) -> str | None:
    """The person named last before who holds one of ``titles``."""
    for m in reversed(mentions(before)):
        if m.titles & titles:
            return m.name
    return None


def _who(head: Sequence[Tok], at: int, window: Sequence[Tok]) -> tuple[str | None, Phrase]:
    """The person or organisation the phrase before ``head[at]`` (an ergative or genitive
    marker) names, a title resolved to its holder; ``None`` for common words and groups."""
    phrase = agent_phrase(head[:at])
    if phrase.kind == "title":
        before = [t for t in window if t.end <= head[at].start]
        return _by_title(phrase.titles, before), phrase
    if phrase.kind == "person" and len(phrase.text.split()) == 1:
        return full_name(phrase.text, window) or phrase.text, phrase
    return (phrase.text if phrase.kind in ("person", "org") else None), phrase


def _antecedent(before: Sequence[Tok], text: str, window: Sequence[Tok]) -> str | None:
    """Whom an ergative pronoun (उन्होंने) stands for: the subject of the nearest sentence
    before it that has one, else the person that sentence names last."""
    for sent in reversed(sentences(before, text)[-MAX_SENTENCES_BACK:]):
        head = _head(sent, text)
        for i in range(len(head) - 1, 0, -1):
            if is_ergative(head[i].text):
                name, _ = _who(head, i, window)
                if name is not None:
                    return name
        named = mentions(head)
        if named:
            name = named[-1].name
            if len(name.split()) == 1:
                return full_name(name, window) or name
            return name
    return None


def _resolve(
    head: Sequence[Tok], at: int, kind: str, window: Sequence[Tok], text: str
) -> AuthorGuess:
    """Who the agent at ``head[at]`` is; ``window`` is the article before the post."""
    marker = "" if kind == "subject" else head[at].text
    if kind == "pronoun":
        before = [t for t in window if t.end <= head[at].start]
        name = _antecedent(before, text, window)
        if name is None:
            return AuthorGuess(None, f"author unknown: '{marker} …' follows no name")
        return AuthorGuess(name, f"'{marker} …', the person named before")
    name, phrase = _who(head, at, window)
    said = " ".join(w for w in (phrase.text, marker, "…") if w)
    if name is not None and phrase.kind == "title":
        return AuthorGuess(name, f"'{said}', the {phrase.text} named before")
    if name is not None:
        return AuthorGuess(name, f"'{said}'", person=phrase.kind != "org")
    why = {
        "title": "is a title no one named before holds",
        "group": "names a group",
    }.get(phrase.kind, "names no person")
    return AuthorGuess(None, f"author unknown: '{said}' {why}")


def guess_author(text: str, block_start: int, context_start: int, post_text: str) -> AuthorGuess:
    """The author the article gives the post at ``block_start``: named in the nearest
    sentence between ``context_start`` and the post that says someone posted or said it."""
    window = tokenize(text, max(0, block_start - RESOLVE_WINDOW), block_start)
    guess: AuthorGuess | None = None
    for sent in reversed(sentences(window, text)):
        if sent[-1].end <= context_start:
            break
        for part in (_head(sent, text), _after_quote(sent)):
            if not part or _CUE.search(text, part[0].start, part[-1].end) is None:
                continue
            found = _agent(part) or _subject(part, text)
            if found is not None:
                guess = _resolve(part, *found, window, text)
                break
        if guess is not None:
            break
    if guess is None:
        return AuthorGuess(None, "author unknown: no sentence before the post says who posted it")
    if guess.name is None:
        return guess
    if guess.person and named_in(guess.name, post_text):
        return AuthorGuess(
            None,
            f"author unknown: the article's {guess.name} ({guess.note}) is named in the post, "
            "which is about them",
        )
    return AuthorGuess(guess.name, f"author taken from the article: {guess.name} ({guess.note})")
