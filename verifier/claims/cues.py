"""Speech cues: the words that introduce someone's words ("X ने कहा कि", "X বলেন,",
"पंतप्रधान म्हणाले", "X نے کہا", "X के मुताबिक", passives with an agent).

Holds the cue patterns of Hindi, Marathi, Bengali and Urdu and ``find_cues``, which reads
the cues of one sentence with their speaker, platform mention and whether direct speech or
a "कि" clause follows. Kept apart from extraction so quotes, extension and alignment
(``is_cue_word``) share one set of patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verifier.claims.speakers import _nominal_speaker, _speaker_before
from verifier.lang.words import (
    ACT_VERBS,
    ERGATIVE,
    ERGATIVE_PRONOUNS,
    PLATFORM_WORDS,
    SAY_VERBS,
    SAY_VERBS_NOMINATIVE,
)
from verifier.model import Span

_ACT_RX = re.compile(ACT_VERBS)
PLATFORM = re.compile(PLATFORM_WORDS)
_FUSED = "|".join(ERGATIVE_PRONOUNS)
_MID = r"(?P<mid>(?:[^\s।!?]+\s+){0,24}?)"  # within one sentence: no word ending it
_VERB = rf"(?P<verb>{SAY_VERBS}|{ACT_VERBS})"
_TAIL = r"(?P<tail>(?:\s*(?:कहा|लिखा|बताया|कहते\s+हुए|लिखते\s+हुए|کہا|لکھا|بتایا))?\s*(?:था|थी|थे|है|हैं|गया|गई|تھا|تھی|تھے|ہے|ہیں)?\s*(?:कि|की|کہ|যে)?)(?=[\s,:;।۔.!?\"'“”‘’\-–—]|$)"
# "X ने [… up to 16 words …] <say> [कि]" and the fused pronouns "उन्होंने … कहा कि"
_CUE = re.compile(
    rf"(?:(?<=\s)|^)(?:(?P<ne>{ERGATIVE})|(?P<fused>{_FUSED}))\s+{_MID}{_VERB}{_TAIL}"
)
# "… की अपील की, और कहा कि …": the agent is the subject of the previous clause.
_AND_SAID = re.compile(
    r"(?:^|\s)(?:और|तथा|एवं)\s+(?P<verb>कहा|बताया|लिखा|जोड़ा)\s+(?P<tail>कि)(?=\s)"
)
_ACCORDING = re.compile(r"\s(?:के|की)\s+(?:मुताबिक|मुताबिक़|अनुसार)\s*,?")
_KAHNA_HAI = re.compile(r"\sका\s+कहना\s+(?:है|था)\s+कि(?=\s)")
_KI = re.compile(r"(?:^|\s)(?:कि|की|کہ|যে)(?=\s)")
# Bengali has no ergative, and Marathi म्हणाले takes a plain subject: "X বলেন, …",
# "X জানান যে …", "X টুইট করে লেখেন, …", "पंतप्रधान म्हणाले, …". The speaker is the noun
# phrase before the verb.
_CUE_NOM = re.compile(
    rf"(?:(?<=\s)|^)(?P<verb>{SAY_VERBS_NOMINATIVE})(?P<tail>\s*(?:যে|की)?)(?=[\s,:;।.!?\"'“”‘’]|$)"
)
# A statement in the passive with its agent: "বিদেশ মন্ত্রকের তরফে … নিন্দা করা হয়",
# "মন্ত্রকের পক্ষ থেকে … জানানো হয়েছে", "मंत्रालयाकडून … निषेध करण्यात आला".
_AGENT = re.compile(
    r"(?:(?<=\s)|^)(?:তরফে|তরফ\s+থেকে|পক্ষ\s+থেকে|(?P<glued>\S*?)(?:तर्फे|कडून))(?=[\s,।.!?]|$)"
)
_AGENT_WORDS = 3
"""An agent of a passive is a short noun phrase (বিদেশ মন্ত্রকের, परराष्ट्र मंत्रालय)."""
_PASSIVE = re.compile(
    r"(?:করা|বলা|জানানো|দেওয়া)\s+(?:হয়|হয়েছে|হল|হলো|হচ্ছে)(?=[\s,।.!?]|$)|"
    r"(?:करण्यात|सांगण्यात|व्यक्त\s+करण्यात)\s+(?:आला|आली|आले|येत)"
)


@dataclass(frozen=True, slots=True)
class Cue:
    span: Span
    """The cue words, from the speaker to the verb (and कि)."""
    speaker: str | None
    speaker_span: Span | None
    platform: bool
    has_ki: bool
    act: bool = False
    """The verb describes the post (बधाई दी) instead of reporting its words."""
    direct: bool = False
    """Unquoted direct speech follows ("ने लिखा, …" / "ने कहा: …")."""


def find_cues(text: str, sent: Span) -> list[Cue]:
    """The speech cues of one sentence (``sent``) of ``text``, in order, without overlaps."""
    seg = text[sent.start : sent.end]
    cues: list[Cue] = []
    for m in _CUE.finditer(seg):
        if m.group("fused"):
            speaker: str | None = m.group("fused")
            sp_start = m.start("fused")
        else:
            speaker, sp_start = _speaker_before(seg, m.start("ne"), 0)
        start = sp_start if speaker else m.start()
        # The platform may be named anywhere before the verb ("एक्स पर एक पोस्ट में X ने कहा").
        cue_text = seg[: m.end()]
        cues.append(
            Cue(
                span=Span(sent.start + start, sent.start + m.end()),
                speaker=speaker,
                speaker_span=Span(sent.start + sp_start, sent.start + sp_start + len(speaker or ""))
                if speaker
                else None,
                platform=bool(PLATFORM.search(cue_text)),
                has_ki=bool(_KI.search(" " + m.group("tail") + " ")),
                act=bool(_ACT_RX.fullmatch(m.group("verb"))),
                direct=not _ACT_RX.fullmatch(m.group("verb"))
                and seg[m.end() : m.end() + 2].lstrip(" ")[:1] in (",", ":")
                and not re.match(
                    r"[,:]\s*(?:जो|जिस|जिसे|जिसमें|जिसके|और|तथा|एवं|लेकिन|पर|मगर|जबकि)\s",
                    seg[m.end() :].lstrip(" "),
                ),
            )
        )
    cues.extend(
        Cue(Span(sent.start + m.start(), sent.start + m.end()), None, None, False, True)
        for m in _AND_SAID.finditer(seg)
    )
    cues.extend(_nominative_cues(seg, sent.start))
    for rx in (_KAHNA_HAI, _ACCORDING):
        for m in rx.finditer(seg):
            speaker, sp_start = _speaker_before(seg, m.start(), 0)
            cues.append(
                Cue(
                    span=Span(
                        sent.start + (sp_start if speaker else m.start()), sent.start + m.end()
                    ),
                    speaker=speaker,
                    speaker_span=None,
                    platform=False,
                    has_ki=rx is _KAHNA_HAI,
                )
            )
    cues.sort(key=lambda c: c.span.start)
    # Overlapping cues: keep the first (the longest agent).
    out: list[Cue] = []
    for c in cues:
        if out and c.span.start < out[-1].span.end:
            continue
        out.append(c)
    return out


def _nominative_cues(seg: str, base: int) -> list[Cue]:
    """Bengali and Marathi cues without an ergative ("X বলেন, …", "पंतप्रधान म्हणाले;"),
    and passive statements with an agent ("মন্ত্রকের তরফে … নিন্দা করা হয়"): the sentence
    describes what the agent said. A verb with no subject before it ("এমন জানান X", "so
    said X", closing what came before) is not read as a cue."""
    out: list[Cue] = []
    for m in _CUE_NOM.finditer(seg):
        floor = seg.rfind("\n", 0, m.start("verb")) + 1
        speaker, sp_start = _nominal_speaker(seg, *_speaker_before(seg, m.start("verb"), floor))
        if speaker is None:
            continue
        rest = seg[m.end() :].strip(" ।.!?\"'”’")
        direct = rest[:1] in (",", ":", ";")
        has_ki = bool(m.group("tail").strip())
        if speaker.split()[-1] in _CONVEYED:
            # "… মোদিকে শুভেচ্ছা জানালেন রাহুল": greetings conveyed, the subject after the verb.
            after = rest.split()
            speaker = " ".join(after) if 0 < len(after) <= 3 else None
            out.append(
                Cue(Span(base + m.start(), base + m.end()), speaker, None,
                     bool(PLATFORM.search(seg)), False, act=True)
            )  # fmt: skip
            continue
        out.append(
            Cue(
                span=Span(base + sp_start, base + m.end()),
                speaker=speaker,
                speaker_span=Span(base + sp_start, base + sp_start + len(speaker)),
                platform=bool(PLATFORM.search(seg[: m.end()])),
                has_ki=has_ki,
                act=not (direct or has_ki or rest),
                direct=direct,
            )
        )
    if _PASSIVE.search(seg):
        for m in _AGENT.finditer(seg):
            # Marathi glues कडून to the agent (मंत्रालयाकडून): the agent ends inside the word.
            end = m.start("glued") + len(m.group("glued")) if m.group("glued") else m.start()
            speaker, sp_start = _speaker_before(seg, end, 0)
            if speaker is None:
                continue
            words = speaker.split()[-_AGENT_WORDS:]
            sp_start = end - len(" ".join(words))
            speaker = " ".join(words)
            out.append(
                Cue(
                    span=Span(base + sp_start, base + m.end()),
                    speaker=speaker,
                    speaker_span=Span(base + sp_start, base + sp_start + len(speaker)),
                    platform=bool(PLATFORM.search(seg)),
                    has_ki=False,
                )
            )
    return out


# Nouns that জানান/জানালেন "conveys" (greetings, thanks): the verb then acts, not reports.
_CONVEYED = frozenset("শুভেচ্ছা অভিনন্দন ধন্যবাদ সমবেদনা শ্রদ্ধা শুভকামনা কৃতজ্ঞতা".split())


_SAY_RX = re.compile(SAY_VERBS)


def is_cue_word(word: str) -> bool:
    """A word of a speech cue itself (ट्वीट, कहा, पोस्ट, लिखा): it tells that a post was
    rendered, it is not part of what the post said."""
    return bool(PLATFORM.fullmatch(word) or _SAY_RX.fullmatch(word) or _ACT_RX.fullmatch(word))
