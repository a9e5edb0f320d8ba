"""The article's frame around an English rendering: who posted, where, when and how.

"In a surprising announcement on March 2, PM Modi tweeted that <content>", "ISRO took to X
posting, “<content>”", "“<content>,” PM Modi said, adding, “<content>”", "“<content>”,
he wrote in the tweet.", "Trump tweeted, “हम …”, which translates to “<content>”": as in
``claims.frame`` for the Indian languages, the frame is the article's account of the
posting (a frame is never drift by itself) and only the content is judged.

Two shapes are read. A quotation introduced by a verb of saying right before it ("said,",
"stating", "response was:") or right after it ("," PM Modi said"): the quotations are the
content and everything else is frame (a quotation the post replies to, "a fan wrote: “…”,
to which X replied: “…”", and an original that the article translates are frame too). Else
reported speech: the sentence up to its first verb of saying and "that" or a delimiter is
frame ("US President Donald Trump on Monday tweeted in Hindi on his way to India, saying
<content>"), or a closing "…, he said." is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from verifier.claims.frame import NO_FRAME, Framing
from verifier.lang.dates.strings import MONTHS, WEEKDAYS
from verifier.lang.words import (
    FIRST_PERSON_EN,
    FRAME_PRONOUNS_EN,
    FRAME_VERBS_EN,
    FRAME_WEAK_VERBS_EN,
    REPLIED_TO_EN,
    TITLES_EN,
    TRANSLATION_CUES_EN,
)
from verifier.model import Span

_MIN_CONTENT_WORDS = 2
"""A frame leaves at least this many words of content ("he will keep everybody posted" has
no frame: nothing follows "posted")."""

_DOUBLE = ('"“„«', '"”“»')
_SINGLE = ("'‘‹", "'’›")
_MARKS = frozenset(_DOUBLE[0] + _DOUBLE[1] + _SINGLE[0] + _SINGLE[1])
_OPENS_AFTER = "([{—–-:"
_CLOSES_BEFORE = ".,;:!?)]}—–-"

_WORD = r"[^\s\"“”‘’«».!?,:;]+"
_MODIFIERS = rf"(?:\s+(?!that\b){_WORD}){{0,7}}?"
# "said, “", "stating “", "said in Hindi: “", "response was: “", "which translates to “".
_INTRO_BEFORE = re.compile(
    rf"^.*\b(?P<verb>{FRAME_VERBS_EN})\b(?P<mods>{_MODIFIERS})\s*(?P<delim>[:,\-–—]|\bthat\b)?\s*$",
    re.IGNORECASE | re.DOTALL,
)
_FIRST_VERB = re.compile(rf"\b(?:{FRAME_VERBS_EN})\b", re.IGNORECASE)
_TRANSLATION_BEFORE = re.compile(rf"\b(?:{TRANSLATION_CUES_EN})\s*[:,\-–—]?\s*$", re.IGNORECASE)
_TRANSLATION_AFTER = re.compile(rf"^[\s,.:;]*(?:{TRANSLATION_CUES_EN})\b", re.IGNORECASE)
_REPLIED_AFTER = re.compile(rf"^[\s,.:;]*(?:{REPLIED_TO_EN})\b", re.IGNORECASE)
# "," PM Modi said", "” tweeted the Indian Space Research Organisation", "", he wrote".
_INTRO_AFTER = re.compile(
    rf"^[\s,.!?:]*(?P<who>(?:{_WORD}\s+){{0,7}}?)(?P<verb>{FRAME_VERBS_EN})\b", re.IGNORECASE
)
# Reported speech: "PM Modi in a tweet said (that) …", "tweeted in Hindi …, saying …".
_LEADING_TAIL = (
    rf"\b(?P<verb>{FRAME_VERBS_EN})\b(?:(?=\s+(?:he|she|they|it|i|we|the|his|her|their)\b)"
    rf"|(?P<mods>{_MODIFIERS})(?:\s+that\b|\s*[,:]|\s+[-–—](?=\s)))"
)
_LEADING = re.compile(_LEADING_TAIL, re.IGNORECASE)
# A second frame verb a few words on: "Sharing this on X, he said he was …".
_NEXT_LEADING = re.compile(rf"\s*(?:{_WORD}\s+){{0,4}}?{_LEADING_TAIL}", re.IGNORECASE)
_CHAINED = re.compile(
    r"\s*(?:and\s+)?(?:saying|stating|adding|writing|noting|said|says|added|adds|wrote)\b"
    r"(?:\s+that\b|\s*[,:\-–—])?",
    re.IGNORECASE,
)
# "…, he said.", "…, PM Modi said.", "…, the minister wrote on X.": a subject, then the verb.
_SUBJECT = r"(?:(?:[A-Z][\w’'.-]*|he|she|they|the|a|an|his|her|its|their)\s+){1,5}(?:[a-z]+\s+)?"
_TRAILING = re.compile(
    rf",\s*(?P<who>{_SUBJECT})?(?P<verb>(?i:{FRAME_VERBS_EN}))\b[^.!?\"“”]*[.!?]?\s*$"
)


@dataclass(frozen=True, slots=True)
class _Quote:
    span: Span
    """The quoted words, without the marks."""
    outer: Span
    """The quotation with its marks."""


@lru_cache(maxsize=256)
def split_frame_en(text: str) -> Framing:
    """The frames of an English rendering (``claims.frame.Framing``)."""
    quotes = _quotations(text)
    quoted = _introduced(text, quotes)
    if quoted:
        return _quoted_framing(text, quotes, quoted)
    return _reported_framing(text)


def _quoted_framing(text: str, quotes: list[_Quote], quoted: list[int]) -> Framing:
    frames: list[Span] = []
    pos = 0
    for k in quoted:
        frames.extend(_frame_spans(text, pos, quotes[k].span.start))
        pos = quotes[k].span.end
    frames.extend(_frame_spans(text, pos, len(text)))
    speaker = None
    for k in quoted:
        before = text[quotes[k - 1].outer.end if k else 0 : quotes[k].outer.start]
        after_end = quotes[k + 1].outer.start if k + 1 < len(quotes) else len(text)
        after = text[quotes[k].outer.end : after_end]
        intro = _FIRST_VERB.search(before) if _intro_before(before) else None
        speaker = (
            speaker
            or (speaker_before(before[: intro.start()]) if intro else None)
            or _speaker_after(after)
        )
    return Framing(tuple(frames), speaker, _names_platform(text, frames), True)


def _reported_framing(text: str) -> Framing:
    for m in _LEADING.finditer(text):
        if m.group("verb").casefold() in FRAME_WEAK_VERBS_EN or _first_person(text, m.start()):
            continue
        end = m.end()
        while (
            chained := _CHAINED.match(text, end) or _next_frame(text, end)
        ) and chained.end() > end:
            end = chained.end()
        end = _skip_marks(text, end)
        if len(_words(text[end:])) < _MIN_CONTENT_WORDS or _sentence_break(text, end):
            continue
        speaker = speaker_before(text[: m.start()])
        frames = (Span(0, end),)
        return Framing(frames, speaker, _names_platform(text, frames), False)
    t = _TRAILING.search(text)
    if t and t.group("verb").casefold() not in FRAME_WEAK_VERBS_EN:
        if len(_words(text[: t.start()])) >= _MIN_CONTENT_WORDS and not _first_person_who(
            t.group("who") or ""
        ):
            frames = (Span(t.start(), len(text)),)
            who = t.group("who") or ""
            return Framing(frames, _name_run(who), _names_platform(text, frames), False)
    return NO_FRAME


def _next_frame(text: str, pos: int) -> re.Match[str] | None:
    m = _NEXT_LEADING.match(text, pos)
    if m is None or m.group("verb").casefold() in FRAME_WEAK_VERBS_EN:
        return None
    if _first_person(text, m.start("verb")) or len(_words(text[m.end() :])) < _MIN_CONTENT_WORDS:
        return None
    return m


def _sentence_break(text: str, end: int) -> bool:
    """The frame would end a sentence (its verb closes it: "… he said. Then …")."""
    return bool(re.match(r"\s*[.!?](?:\s|$)", text[end - 1 : end + 1]))


# --- quotations --------------------------------------------------------------------------


def _quotations(text: str) -> list[_Quote]:
    """Quotations by their marks: a mark between two letters is an apostrophe; a single
    quotation inside a double one is part of it; a mark that closes with none open before it
    closes a quotation the text starts inside; one left open runs to the end."""
    out: list[_Quote] = []
    open_at: int | None = None
    closers = ""
    for i, ch in enumerate(text):
        if ch not in _MARKS:
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if prev.isalnum() and nxt.isalnum():
            continue
        can_open = (not prev.strip() or prev in _OPENS_AFTER or prev in _MARKS) and bool(
            nxt.strip()
        )
        can_close = bool(prev.strip()) and (
            not nxt.strip() or nxt in _CLOSES_BEFORE or nxt in _MARKS
        )
        if open_at is None:
            if can_open:
                family = _DOUBLE if ch in _DOUBLE[0] else _SINGLE
                if ch in family[0]:
                    open_at, closers = i, family[1]
            elif (
                can_close
                and not out
                and (ch in _DOUBLE[1] or (ch in _SINGLE[1] and not prev.isalnum()))
            ):
                # "…YouTube," PM Modi said": the text starts inside a quotation ("Congress’
                # Bharat" is a plural possessive, not a closing mark).
                out.append(_Quote(_strip(text, 0, i), Span(0, i + 1)))
        elif ch in closers and can_close:
            out.append(_Quote(_strip(text, open_at + 1, i), Span(open_at, i + 1)))
            open_at = None
    if open_at is not None:
        out.append(_Quote(_strip(text, open_at + 1, len(text)), Span(open_at, len(text))))
    return [q for q in out if _words(q.span.slice(text))]


def _introduced(text: str, quotes: list[_Quote]) -> list[int]:
    """The quotations a verb of saying introduces (the post's words), without the one a
    later quotation translates or replies to."""
    picked: list[int] = []
    for k, q in enumerate(quotes):
        before = text[quotes[k - 1].outer.end if k else 0 : q.outer.start]
        after = text[q.outer.end : quotes[k + 1].outer.start if k + 1 < len(quotes) else len(text)]
        if _TRANSLATION_AFTER.match(after) or _REPLIED_AFTER.match(after):
            continue  # the original of a translation, or what the post replies to
        if _intro_before(before) or _TRANSLATION_BEFORE.search(before) or _intro_after(after):
            picked.append(k)
    return picked


def _intro_before(gap: str) -> bool:
    m = _INTRO_BEFORE.search(gap)
    if m is None or _first_person(gap, m.start()):
        return False
    if m.group("delim"):
        return m.group("delim") != "that" or not m.group("mods").strip()
    # No delimiter: only a verb right before the mark ("stating “…") introduces it.
    return not m.group("mods").strip() and m.group("verb").casefold() not in FRAME_WEAK_VERBS_EN


def _intro_after(gap: str) -> bool:
    m = _INTRO_AFTER.match(gap)
    if m is None or m.group("verb").casefold() in FRAME_WEAK_VERBS_EN:
        return False
    return not _first_person_who(m.group("who"))


# --- the speaker -------------------------------------------------------------------------

_NOT_NAMES = frozenset(MONTHS) | WEEKDAYS | {
    "the", "a", "an", "in", "on", "at", "after", "as", "responding", "commenting", "x",
    "twitter", "facebook", "instagram", "youtube", "ceo", "chief", "leader", "spokesperson",
}  # fmt: skip
_RUN = re.compile(r"(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*(?:\s*\((?P<acr>[A-Z]{2,})\))?")


def speaker_before(narrative: str) -> str | None:
    """The speaker of a frame before its verb: the last run of capitalised words of the
    clause the verb closes ("Congress leader Rahul Gandhi tweeted" → Rahul Gandhi)."""
    clause = re.split(r"[,:;.!?]\s", narrative)[-1]
    runs = [r for r in (_name_run(m.group(0)) for m in _RUN.finditer(clause)) if r]
    return runs[-1] if runs else None


def _speaker_after(gap: str) -> str | None:
    """The speaker of a frame after the quotation: before the verb ("PM Modi said") or
    after it ("tweeted the Indian Space Research Organisation (ISRO)")."""
    m = _INTRO_AFTER.match(gap)
    if m is None:
        return None
    if m.group("who").strip():
        return _name_run(m.group("who"))
    first = _RUN.search(gap[m.end() : m.end() + 80].split(",")[0])
    return _name_run(first.group(0)) if first else None


def _name_run(words: str) -> str | None:
    """A person's or body's name in a capitalised run, without titles ("PM", "Prime
    Minister"), or None for a pronoun, a role or a possessive ("Google CEO’s")."""
    m = _RUN.search(words)
    if m is None:
        return None
    if m.group("acr"):
        return m.group("acr")
    run = m.group(0).split()
    if run[0].casefold() in FRAME_PRONOUNS_EN:
        return None
    if any(w.endswith(("’s", "'s")) for w in run):
        return None
    cut = max(
        (i + 1 for i, w in enumerate(run) if w.casefold().rstrip(".") in TITLES_EN), default=0
    )
    name = [w for w in run[cut:] if w.casefold().rstrip(".") not in _NOT_NAMES]
    if not name or any(w.casefold() in _NOT_NAMES for w in run[cut:]):
        return None
    return " ".join(name)


def _first_person(text: str, verb_start: int) -> bool:
    # "I said", "I will say", "we have also said": the subject within three words
    before = text[:verb_start].split()[-3:]
    return any(w.casefold().strip('"“”‘’,') in FIRST_PERSON_EN for w in before)


def _first_person_who(who: str) -> bool:
    words = who.split()
    return bool(words) and words[0].casefold() in FIRST_PERSON_EN


# --- helpers -----------------------------------------------------------------------------

_PLATFORM = re.compile(
    r"\b(?:tweet\w*|X|Twitter|Facebook|Instagram|YouTube|post(?:ed|ing)?|handle|account)\b"
)


def _names_platform(text: str, frames: tuple[Span, ...] | list[Span]) -> bool:
    return any(_PLATFORM.search(f.slice(text)) for f in frames)


def _frame_spans(text: str, start: int, end: int) -> list[Span]:
    span = _strip(text, start, end)
    return [span] if any(ch.isalnum() for ch in span.slice(text)) else []


def _strip(text: str, s: int, e: int) -> Span:
    while s < e and (text[s].isspace() or text[s] in _MARKS):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _MARKS):
        e -= 1
    return Span(s, e)


def _skip_marks(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isspace() or text[pos] in _MARKS):
        pos += 1
    return pos


def _words(text: str) -> list[str]:
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]


# --- reported speech as claims (the check path) -------------------------------------------


@dataclass(frozen=True, slots=True)
class Reported:
    """A sentence of an English article that reports someone's words."""

    content: Span
    frame: Span
    speaker: str | None
    platform: bool


def reported_en(text: str, sent: Span) -> Reported | None:
    """The reported speech of an English sentence ("PM Modi tweeted that he is …", "…, he
    said."), or None when the sentence reports nobody's words or quotes them (quotations
    are claims of their own)."""
    body = sent.slice(text)
    if text[max(0, sent.start - 3) : sent.start].rstrip()[-1:] in _MARKS:
        return None  # "“…!” tweeted ISRO …": the attribution of the quotation before it
    framing = _reported_framing(body)
    if not framing.frames or _introduced(body, _quotations(body)):
        return None
    frame = framing.frames[0]
    if frame.start == 0:
        content = _strip(text, sent.start + frame.end, sent.end)
    else:
        content = _strip(text, sent.start, sent.start + frame.start)
    content = Span(content.start, content.end - (text[content.end - 1 : content.end] in ".!?"))
    if len(_words(content.slice(text))) < _MIN_CONTENT_WORDS + 1:
        return None
    shifted = Span(sent.start + frame.start, sent.start + frame.end)
    return Reported(content, shifted, framing.speaker, framing.platform)


def quote_speaker_en(text: str, inner: Span, para: Span) -> str | None:
    """Who an English frame gives a quotation to ("Congress leader Rahul Gandhi tweeted,
    “…”", "“…,” PM Modi said."): read from the sentence around the quotation, from the
    last sentence end before it to the first one after it."""
    cut = max((m.end() for m in _SENTENCE_END.finditer(text, para.start, inner.start)), default=0)
    start = max(para.start, cut)
    after = _SENTENCE_END.search(text, inner.end + 1, para.end)
    end = after.end() if after else para.end
    framing = split_frame_en(text[start:end])
    return framing.speaker if framing.quoted else None


_SENTENCE_END = re.compile(r"(?<=[a-z0-9][.!?])[\"”’']?\s+(?=[A-Z“\"‘])")
