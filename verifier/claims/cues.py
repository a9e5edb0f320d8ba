"""Speech cues: the words that introduce someone's words ("X ने कहा कि", "X বলেন,",
"पंतप्रधान म्हणाले", "X نے کہا", "X के मुताबिक", passives with an agent).

Holds the cue patterns of Hindi, Marathi, Bengali and Urdu and ``find_cues``, which reads
the cues of one sentence with their speaker, platform mention and whether direct speech or
a "कि" clause follows. The languages with a table (``verifier.lang.languages``) add their
cues from it (``table_cues``): verbs, quotatives that close the words before a verb-final
cue ("'…' என்று கூறினார்"), complementizers and platform words. Kept apart from extraction so quotes, extension and alignment
(``is_cue_word``) share one set of patterns.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice

from verifier.claims.guard import guarded
from verifier.claims.speakers import nominal_speaker, speaker_before, words_backwards
from verifier.lang import languages
from verifier.lang.textnorm import detect_language
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
PLATFORM = guarded(PLATFORM_WORDS)  # searched in every sentence: see guard
_FUSED = "|".join(ERGATIVE_PRONOUNS)
_MID = r"(?P<mid>(?:[^\s।!?]+\s+){0,24}?)"  # within one sentence: no word ending it
_VERB = rf"(?P<verb>{SAY_VERBS}|{ACT_VERBS})"
_TAIL = r"(?P<tail>(?:\s*(?:कहा|लिखा|बताया|कहते\s+हुए|लिखते\s+हुए|کہا|لکھا|بتایا))?\s*(?:था|थी|थे|है|हैं|गया|गई|تھا|تھی|تھے|ہے|ہیں)?\s*(?:कि|की|کہ|যে)?)(?=[\s,:;।۔.!?\"'“”‘’\-–—]|$)"
# "X ने [… up to 16 words …] <say> [कि]" and the fused pronouns "उन्होंने … कहा कि"
CUE = re.compile(rf"(?:(?<=\s)|^)(?:(?P<ne>{ERGATIVE})|(?P<fused>{_FUSED}))\s+{_MID}{_VERB}{_TAIL}")
# "… की अपील की, और कहा कि …": the agent is the subject of the previous clause.
_AND_SAID = re.compile(
    r"(?:^|\s)(?:और|तथा|एवं)\s+(?P<verb>कहा|बताया|लिखा|जोड़ा)\s+(?P<tail>कि)(?=\s)"
)
_ACCORDING = re.compile(r"\s(?:के|की)\s+(?:मुताबिक|मुताबिक़|अनुसार)\s*,?")
_KAHNA_HAI = re.compile(r"\sका\s+(?:कहना|मानना)\s+(?:है|था)\s+कि(?=\s)")
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
    before: bool = False
    """The reported words come before the cue: a verb-final language closes them with a
    quotative ("'…' என்று கூறினார்", "… असे म्हणाले")."""


class _Platform:
    """Whether a platform word comes before a position of one sentence, asked for every cue.

    Searching the sentence up to each cue again made a long unpunctuated sentence quadratic;
    the first platform word answers for every cue but one that ends inside it. A cue ends
    before a space, a punctuation mark or the end, where a search of the sentence cut there
    sees the same word boundaries as a search of the whole sentence, so the answers agree.
    The first word is searched for on the first question: most sentences have no cue."""

    __slots__ = ("_first", "_searched", "seg")

    def __init__(self, seg: str) -> None:
        self.seg = seg
        self._searched = False
        self._first: re.Match[str] | None = None

    @property
    def first(self) -> re.Match[str] | None:
        if not self._searched:
            self._first = PLATFORM.search(self.seg)
            self._searched = True
        return self._first

    def anywhere(self) -> bool:
        return self.first is not None

    def before(self, end: int) -> bool:
        """Like ``bool(PLATFORM.search(seg[:end]))``."""
        first = self.first
        if first is None or end <= first.start():
            return False
        if first.end() <= end:
            return True
        return PLATFORM.search(self.seg, first.start(), end) is not None


# Words after "ने कहा," that make the comma a clause break, not the start of direct speech.
_NOT_DIRECT = re.compile(r"[,:]\s*(?:जो|जिस|जिसे|जिसमें|जिसके|और|तथा|एवं|लेकिन|पर|मगर|जबकि)\s")


def _direct_follows(seg: str, end: int) -> bool:
    """Unquoted direct speech after a cue ending at ``end``: a comma or colon that opens it."""
    if seg[end : end + 2].lstrip(" ")[:1] not in (",", ":"):
        return False
    while end < len(seg) and seg[end] == " ":
        end += 1
    return not _NOT_DIRECT.match(seg, end)


# Literal pre-checks: each pattern below matches only where one of its strings occurs, so a
# sentence without any skips the pattern (``str.__contains__`` is far cheaper than a regex
# scan, and most sentences have no cue). tests/unit/claims/test_cue_prefilters.py checks
# that every alternative of the word lists holds one of them.
_CUE_LITERALS = ("ने", "यांनी", "نے", *ERGATIVE_PRONOUNS)
"""Every ergative marker (``ERGATIVE``) and fused pronoun holds one (नें, त्यांनी, उन्होंने)."""
_AND_SAID_LITERALS = ("और", "तथा", "एवं")
_KAHNA_HAI_LITERALS = ("कहना", "मानना")
_ACCORDING_LITERALS = ("मुताबि", "अनुसार")
_CUE_NOM_LITERALS = ("টুইট", "পোস্ট", "বলে", "বলল", "জান", "লেখ", "লিখ", "म्हण")
"""Every verb of ``SAY_VERBS_NOMINATIVE`` holds one."""
_AGENT_LITERALS = ("তরফ", "পক্ষ", "तर्फे", "कडून")


def _has_any(seg: str, literals: tuple[str, ...]) -> bool:
    for lit in literals:  # a loop, not any(): no generator for the common "none" answer
        if lit in seg:
            return True
    return False


def find_cues(text: str, sent: Span) -> list[Cue]:
    """The speech cues of one sentence (``sent``) of ``text``, in order, without overlaps."""
    seg = text[sent.start : sent.end]
    platform = _Platform(seg)
    cues: list[Cue] = []
    for m in CUE.finditer(seg) if _has_any(seg, _CUE_LITERALS) else ():
        if m.group("fused"):
            speaker: str | None = m.group("fused")
            sp_start = m.start("fused")
        else:
            speaker, sp_start = speaker_before(seg, m.start("ne"), 0)
        start = sp_start if speaker else m.start()
        # The platform may be named anywhere before the verb ("एक्स पर एक पोस्ट में X ने कहा").
        cues.append(
            Cue(
                span=Span(sent.start + start, sent.start + m.end()),
                speaker=speaker,
                speaker_span=Span(sent.start + sp_start, sent.start + sp_start + len(speaker or ""))
                if speaker
                else None,
                platform=platform.before(m.end()),
                has_ki=bool(_KI.search(" " + m.group("tail") + " ")),
                act=bool(_ACT_RX.fullmatch(m.group("verb"))),
                direct=not _ACT_RX.fullmatch(m.group("verb")) and _direct_follows(seg, m.end()),
            )
        )
    cues.extend(
        Cue(Span(sent.start + m.start(), sent.start + m.end()), None, None, False, True)
        for m in (
            _AND_SAID.finditer(seg) if "कि" in seg and _has_any(seg, _AND_SAID_LITERALS) else ()
        )
    )
    # A table's cue goes first: of two cues from one speaker, the table's reads the longer
    # verb ("টুইট করে লিখেন") and the overlap below keeps the first.
    cues.extend(table_cues(seg, sent.start))
    cues.extend(_nominative_cues(seg, sent.start, platform))
    for rx, literals in ((_KAHNA_HAI, _KAHNA_HAI_LITERALS), (_ACCORDING, _ACCORDING_LITERALS)):
        if not _has_any(seg, literals):
            continue
        for m in rx.finditer(seg):
            speaker, sp_start = speaker_before(seg, m.start(), 0)
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


def _nominative_cues(seg: str, base: int, platform: _Platform) -> list[Cue]:
    """Bengali and Marathi cues without an ergative ("X বলেন, …", "पंतप्रधान म्हणाले;"),
    and passive statements with an agent ("মন্ত্রকের তরফে … নিন্দা করা হয়"): the sentence
    describes what the agent said. A verb with no subject before it ("এমন জানান X", "so
    said X", closing what came before) is not read as a cue."""
    out: list[Cue] = []
    if _has_any(seg, _CUE_NOM_LITERALS):
        _nominative_verbs(seg, base, platform, out)
    if _has_any(seg, _AGENT_LITERALS) and _PASSIVE.search(seg):
        for m in _AGENT.finditer(seg):
            # Marathi glues कडून to the agent (मंत्रालयाकडून): the agent ends inside the word.
            end = m.start("glued") + len(m.group("glued")) if m.group("glued") else m.start()
            speaker, sp_start = speaker_before(seg, end, 0)
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
                    platform=platform.anywhere(),
                    has_ki=False,
                )
            )
    return out


def _nominative_verbs(seg: str, base: int, platform: _Platform, out: list[Cue]) -> None:
    """The cues of the verbs that take a plain subject ("X বলেন, …"), added to ``out``."""
    lines: list[int] | None = None  # where each line ends, read on the first verb
    rest_end = len(seg.rstrip(_REST_STRIP))
    for m in _CUE_NOM.finditer(seg):
        if lines is None:
            lines = [i for i, ch in enumerate(seg) if ch == "\n"]
        before = bisect_left(lines, m.start("verb"))  # the line of the verb starts after these
        floor = lines[before - 1] + 1 if before else 0
        speaker, sp_start = nominal_speaker(seg, *speaker_before(seg, m.start("verb"), floor))
        if speaker is None:
            continue
        # What follows the verb, stripped as seg[m.end():].strip(_REST_STRIP) would be, read
        # without copying the rest of a long sentence for every verb.
        rest = m.end()
        while rest < rest_end and seg[rest] in _REST_STRIP:
            rest += 1
        direct = rest < rest_end and seg[rest] in ",:;"
        has_ki = bool(m.group("tail").strip())
        if speaker.split()[-1] in _CONVEYED:
            # "… মোদিকে শুভেচ্ছা জানালেন রাহুল": greetings conveyed, the subject after the verb.
            after = [w.group() for w in islice(_WORD.finditer(seg, rest, rest_end), 4)]
            speaker = " ".join(after) if 0 < len(after) <= 3 else None
            out.append(
                Cue(Span(base + m.start(), base + m.end()), speaker, None,
                     platform.anywhere(), False, act=True)
            )  # fmt: skip
            continue
        out.append(
            Cue(
                span=Span(base + sp_start, base + m.end()),
                speaker=speaker,
                speaker_span=Span(base + sp_start, base + sp_start + len(speaker)),
                platform=platform.before(m.end()),
                has_ki=has_ki,
                act=not (direct or has_ki or rest < rest_end),
                direct=direct,
            )
        )


_REST_STRIP = " ।.!?\"'”’"
_WORD = re.compile(r"\S+")

# Nouns that জানান/জানালেন "conveys" (greetings, thanks): the verb then acts, not reports.
_CONVEYED = frozenset("শুভেচ্ছা অভিনন্দন ধন্যবাদ সমবেদনা শ্রদ্ধা শুভকামনা কৃতজ্ঞতা".split())


_SAY_RX = re.compile(SAY_VERBS)


def is_cue_word(word: str) -> bool:
    """A word of a speech cue itself (ट्वीट, कहा, पोस्ट, लिखा): it tells that a post was
    rendered, it is not part of what the post said."""
    return bool(
        PLATFORM.fullmatch(word)
        or _SAY_RX.fullmatch(word)
        or _ACT_RX.fullmatch(word)
        or _TABLE_WORD.fullmatch(word)
    )


# --- the languages with a table (verifier.lang.languages) ------------------------------
#
# Their cues are read from the tables, one pattern per language: a verb of saying or posting
# (a word start: கூறி matches கூறினார்), and around it a quotative that closes the words
# reported before it ("'…' என்று கூறினார்", "… असे म्हणाले"), a complementizer that opens
# them after it ("કહ્યું કે …", "کہا کہ …"), or a comma or colon before direct speech.
# A verb with neither ends a sentence that reports the post as a whole ("… ట్వీట్ చేశారు").

_QUOT_REACH = 5
"""Words allowed between a quotative and its verb ("என்று ட்விட்டரில் அவர் பதிவிட்டுள்ளார்")."""


def _alternation(phrases: Iterable[str]) -> str:
    forms = {r"\s+".join(map(re.escape, p.split())) for p in phrases if p.strip()}
    return "|".join(sorted(forms, key=len, reverse=True))


@dataclass(frozen=True, slots=True)
class _Table:
    verb: re.Pattern[str]
    quotative: re.Pattern[str] | None
    complementizer: re.Pattern[str] | None
    platform: re.Pattern[str] | None
    glued: re.Pattern[str] | None = None
    """A word ending in a quotative written into it (Telugu వచ్చిందని = వచ్చింది + అని)."""


_BOUND = r"(?=[\s,:;।.!?\"'“”‘’)\-–—]|$)"


def _word_rx(phrases: Iterable[str], *, prefix: bool) -> re.Pattern[str] | None:
    alt = _alternation(phrases)
    if not alt:
        return None
    tail = r"[^\s,:;।.!?\"'“”‘’]*" if prefix else _BOUND
    return re.compile(rf"(?<!\S)(?:{alt}){tail}")


@cache
def _table(code: str) -> _Table | None:
    lang = languages.get(code)
    if lang is None or not (lang.say_verbs or lang.speech_cues):
        return None
    verb = _word_rx((*lang.say_verbs, *lang.speech_cues), prefix=True)
    assert verb is not None
    glued = _alternation(lang.glued_quotatives)
    return _Table(
        verb,
        _word_rx(lang.quotatives, prefix=False),
        _word_rx(lang.complementizers, prefix=False),
        _word_rx(lang.platform_words, prefix=True),
        re.compile(rf"(?<!\S)[^\s,:;।.!?\"'“”‘’]+?(?:{glued}){_BOUND}") if glued else None,
    )


def _table_words() -> re.Pattern[str]:
    """Any single word of a table's verbs or platform words (for ``is_cue_word``)."""
    words: set[str] = set()
    for code in languages.CODES:
        lang = languages.get(code)
        # Devanagari tables stay out: their words (दिल…) would be read in Hindi text too.
        if lang is not None and lang.script != "deva":
            for phrase in (*lang.say_verbs, *lang.platform_words):
                words.update(w for w in phrase.split() if len(w) >= 3)
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?:{alt})\S*" if alt else r"(?!)")


_TABLE_WORD = _table_words()


def _table_language(seg: str) -> str | None:
    code = detect_language(seg)
    return code if code in languages.MODULES else None


def table_cues(seg: str, base: int) -> list[Cue]:
    """The cues of a sentence in a language with a table (Hindi and English have their own)."""
    code = _table_language(seg)
    table = _table(code) if code else None
    if table is None or code is None:
        return []
    lang = languages.get(code)
    stop = lang.stop if lang else frozenset()
    out: list[Cue] = []
    for m, verb_end in _verb_chains(seg, table.verb):
        platform = bool(table.platform and table.platform.search(seg, 0, verb_end)) or bool(
            PLATFORM.search(seg, 0, verb_end)
        )
        quot = _quotative_before(seg, m, table)
        if quot is not None:
            # Nothing before the quotative: it closes a quotation that ends just before.
            who = _subject_after(seg, verb_end, stop) or _speaker_between(
                seg, quot[1], m.start(), stop, table
            )
            out.append(
                Cue(
                    span=Span(base + quot[0], base + verb_end),
                    speaker=who.slice(seg) if who else None,
                    speaker_span=Span(base + who.start, base + who.end) if who else None,
                    platform=platform,
                    has_ki=False,
                    before=True,
                )
            )
            continue
        after = _after_verb(seg, m, verb_end, table, stop)
        if after is None:
            subject = _subject_then_direct(seg, verb_end, stop)
            if subject is not None:
                out.append(
                    Cue(
                        span=Span(base + m.start(), base + subject.end),
                        speaker=subject.slice(seg),
                        speaker_span=Span(base + subject.start, base + subject.end),
                        platform=platform,
                        has_ki=False,
                        direct=True,
                    )
                )
            continue
        end, has_ki, direct = after
        speaker, sp_start = nominal_speaker(seg, *speaker_before(seg, m.start(), 0))
        out.append(
            Cue(
                span=Span(base + (sp_start if speaker else m.start()), base + end),
                speaker=speaker,
                speaker_span=Span(base + sp_start, base + sp_start + len(speaker))
                if speaker
                else None,
                platform=platform,
                has_ki=has_ki,
                direct=direct,
            )
        )
    return out


_AUX_WORDS = 1
"""Words (an auxiliary: છે, ہے, আছে) allowed between a verb and its complementizer."""


def _after_verb(
    seg: str, verb: re.Match[str], verb_end: int, table: _Table, stop: frozenset[str]
) -> tuple[int, bool, bool] | None:
    """What a verb with no quotative before it reports: the words after a complementizer
    ("કહ્યું છે કે …"; cue end, has_ki), the direct words after a comma or colon (direct),
    or the whole sentence when the verb ends it ("… ట్వీట్ చేశారు.", an auxiliary from the
    ``stop`` words aside). A verb in the middle of a sentence that goes on, or with its
    subject after it ("এমনটাই জানান মুখপাত্র"), reports nothing here."""
    comp_rx = table.complementizer
    if comp_rx is not None:
        if comp_rx.search(verb.group()):
            return verb_end, True, False  # the table's phrase holds it ("نے کہا کہ")
        i = _skip_spaces(seg, verb_end)
        for _ in range(_AUX_WORDS + 1):
            comp = comp_rx.match(seg, i)
            if comp:
                return comp.end(), True, False
            nxt = _WORD.match(seg, i)
            if nxt is None:
                break
            i = _skip_spaces(seg, nxt.end())
    if _direct_follows(seg, verb_end) or seg[verb_end:].lstrip(" ")[:1] == ";":
        return verb_end, False, True
    rest = seg[verb_end:].strip(_REST_STRIP + "\n")
    if all(w in stop for w in rest.split()):
        return verb_end, False, False
    return None


def _verb_chains(seg: str, verb: re.Pattern[str]) -> Iterator[tuple[re.Match[str], int]]:
    """Each verb with the verbs right after it, as one cue: "টুইট করে লিখেন", "ટ્વીટ કરીને
    કહ્યું" (the first match and where the last one ends)."""
    found = list(verb.finditer(seg))
    i = 0
    while i < len(found):
        first, end = found[i], found[i].end()
        i += 1
        while i < len(found) and not seg[end : found[i].start()].strip():
            end = found[i].end()
            i += 1
        yield first, end


def _skip_spaces(seg: str, i: int) -> int:
    while i < len(seg) and seg[i] in " ,":
        i += 1
    return i


def _quotative_before(seg: str, verb: re.Match[str], table: _Table) -> tuple[int, int] | None:
    """Where the quotative closing the reported words starts and ends, when one comes at
    most ``_QUOT_REACH`` words before the verb (or opens the verb's own phrase). A quotative
    glued to the last reported word is an empty span at that word's end: the word is
    reported ("… వచ్చిందని కేటీఆర్ అన్నారు")."""
    if table.quotative is None and table.glued is None:
        return None
    own = table.quotative.match(seg, verb.start()) if table.quotative else None
    if own:
        return own.span()
    own = table.glued.match(seg, verb.start()) if table.glued else None
    if own:  # "… विचार असल्याचं ट्विट मोदी यांनी केलं": the verb's phrase opens with it
        return own.end(), own.end()
    between = 0
    for w_start, _ in words_backwards(seg, 0, verb.start()):
        found = table.quotative.match(seg, w_start) if table.quotative else None
        if found:
            return found.span()
        glued = table.glued.match(seg, w_start) if table.glued else None
        if glued:
            return glued.end(), glued.end()
        between += 1
        if between > _QUOT_REACH or seg[w_start - 1 : w_start] == "\n":
            break
    return None


_SPEAKER_WORDS = 3
_SENTENCE_CUT = re.compile(r"[।۔.!?\n]")


def _subject_after(seg: str, verb_end: int, stop: frozenset[str]) -> Span | None:
    """The subject a news sentence puts after its verb ("… என கோரிக்கை விடுத்துள்ளார்
    இந்திய கிரிக்கெட் வீரர் சுப்மன் கில்."): the few words left before the sentence ends."""
    rest = _SENTENCE_CUT.split(seg[verb_end:], maxsplit=1)[0].rstrip(_REST_STRIP)
    words = list(_WORD.finditer(rest))
    if not 0 < len(words) <= _SPEAKER_WORDS + 1 or "," in rest:
        return None
    if all(w.group() in stop for w in words):
        return None  # an auxiliary, not a subject
    return Span(verb_end + words[0].start(), verb_end + words[-1].end())


def _subject_then_direct(seg: str, verb_end: int, stop: frozenset[str]) -> Span | None:
    """The subject a verb puts after it before the direct words it opens with a comma
    ("টুইটটি করেছেন প্রধানমন্ত্রী নরেন্দ্র মোদি, আগামী রোববার …"): a few words that are not
    all function words, then a comma or colon and more words."""
    words: list[re.Match[str]] = []
    for w in _WORD.finditer(seg, verb_end):
        words.append(w)
        if len(words) > _SPEAKER_WORDS + 1 or _SENTENCE_CUT.search(w.group()):
            return None
        if w.group()[-1] in ",:" and len(w.group()) > 1:
            subject = Span(words[0].start(), w.end() - 1)
            if all(x.group().rstrip(",:") in stop for x in words):
                return None
            if not seg[w.end() :].strip(_REST_STRIP + "\n"):
                return None  # nothing after the comma to report
            return subject
    return None


def _speaker_between(
    seg: str, start: int, end: int, stop: frozenset[str], table: _Table
) -> Span | None:
    """The speaker of a verb-final cue: the words between the quotative and the verb that
    are neither function words nor the platform ("என்று அமைச்சர் தனது ட்விட்டர் பதிவில்
    கூறினார்": அமைச்சர்), when there are a few."""
    words = [
        w
        for w in _WORD.finditer(seg, start, end)
        if w.group().strip(",") not in stop
        and not (table.platform and table.platform.match(w.group()))
        and not PLATFORM.match(w.group())
    ]
    if not words or len(words) > _SPEAKER_WORDS:
        return None
    return Span(words[0].start(), words[-1].end())
