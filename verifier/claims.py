"""Extract claims: where the article renders someone's words (quotes and reported speech).

Pure: ``extract_claims(article, posts)`` reads ``Article.text`` and returns ``Claim`` values.
Text inside a detected post (``Post.span``) is the source, not a rendering, so it is skipped.

Three kinds come out:
- ``quote``: a direct quotation in any quote style, also when its closing mark is missing
  (it then runs to the end of its paragraph, ``closed=False``);
- ``reported``: reported speech, "X ने कहा कि …", "X ने ट्वीट कर लिखा …", "X के मुताबिक …";
- ``term``: a scare quote of a few words ('डी-रिस्क'), kept apart and never judged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from verifier.model import Article, Claim, ClaimKey, ClaimKind, Post, Span
from verifier.textnorm import detect_language, line_spans

# --- quotation marks -------------------------------------------------------------------

# Doubled apostrophes ('' or ‘‘) are one mark in Hindi news typography.
_MARK = re.compile(r"''|‘‘|’’|``|[\"'“”‘’«»„]")
_CLOSER_FOR = {
    "“": "”",
    "‘": "’",
    "«": "»",
    "„": "“",
    "‘‘": "’’",
    "``": "''",
}
_DOUBLE_FAMILY = frozenset({'"', "“", "”", "''", "‘‘", "’’", "``", "„", "«", "»"})
_SENTENCE_END = "।॥.?!"
_OPEN_BEFORE = set(" \n\t(:,;—–-[{") | set(_SENTENCE_END)
_CLOSE_AFTER = set(" \n\t),:;—–-]}") | set(_SENTENCE_END)

MAX_TERM_WORDS = 4
"""A quotation of at most this many words that does not read as a full utterance is a term."""


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    text: str
    can_open: bool
    can_close: bool


def _marks(text: str) -> list[_Mark]:
    out: list[_Mark] = []
    for m in _MARK.finditer(text):
        s, e = m.start(), m.end()
        before = text[s - 1] if s > 0 else " "
        after = text[e] if e < len(text) else " "
        # A mark between two letters is an apostrophe (it's, Bengal's), never a quote.
        if before.isalnum() and after.isalnum():
            continue
        if before in "\u0900\u0901\u0902\u0903" or _is_mark_char(before):
            before_is_letter = True
        else:
            before_is_letter = not (before.isspace() or before in _OPEN_BEFORE)
        can_open = (before.isspace() or before in _OPEN_BEFORE) and not after.isspace()
        if not can_open and _DETACHED_OPENER.search(text, max(0, s - 3), s) and after == " ":
            # A mark set off by spaces right after a cue's comma or colon opens the quote
            # ("लिखा,’ बिना …’", "म्हणतो, ” एका …”"): loose typography, common in Hindi news.
            can_open = bool(text[e:].strip()[:1].isalnum())
        can_close = before_is_letter or before in _SENTENCE_END or before in ".…?!"
        can_close = can_close and (after.isspace() or after in _CLOSE_AFTER or after in "'\"’”")
        if can_open or can_close:
            out.append(_Mark(s, e, m.group(0), can_open, can_close))
    return out


def _is_mark_char(ch: str) -> bool:
    # Devanagari vowel signs, virama and nukta are combining marks: letters for our purpose.
    return "\u093a" <= ch <= "\u094f" or "\u0962" <= ch <= "\u0963" or ch == "\u093c"


def _closes(opener: str, closer: str) -> bool:
    if opener in _CLOSER_FOR and closer == _CLOSER_FOR[opener]:
        return True
    if opener == closer:
        return True
    # Hindi news mixes styles freely (’…’, ”…”, ‘…' ): accept any mark of the same family.
    return (opener in _DOUBLE_FAMILY) == (closer in _DOUBLE_FAMILY)


_DETACHED_OPENER = re.compile(r"[,:]\s{0,2}$")


def _after_direct_cue(text: str, start: int, end: int) -> int:
    """Where unquoted direct speech begins after the last cue (verb + comma or colon)
    between ``start`` and ``end``; ``start`` when there is none."""
    begin = start
    for m in _CUE.finditer(text, start, end):
        rest = text[m.end() : end]
        stripped = rest.lstrip(" ")
        if stripped[:1] in (",", ":"):
            begin = m.end() + (len(rest) - len(stripped)) + 1
    while begin < end and text[begin] == " ":
        begin += 1
    return begin


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    open_start: int
    inner: Span
    close_end: int
    closed: bool
    depth: int


def find_quotes(text: str) -> list[QuoteSpan]:
    """Pair quotation marks paragraph by paragraph; unclosed quotes run to paragraph end."""
    quotes: list[QuoteSpan] = []
    para_start = 0
    for para in text.split("\n"):
        para_end = para_start + len(para)
        stack: list[_Mark] = []
        for mk in _marks(para):
            mk = _Mark(
                mk.start + para_start, mk.end + para_start, mk.text, mk.can_open, mk.can_close
            )
            if stack and mk.can_close and _closes(stack[-1].text, mk.text):
                opener = stack.pop()
                quotes.append(
                    QuoteSpan(opener.start, Span(opener.end, mk.start), mk.end, True, len(stack))
                )
            elif mk.can_open:
                stack.append(mk)
            elif mk.can_close and not stack:
                # A closing mark with no opener: the quote started right after the cue that
                # introduces it ("ने लिखा, 13 मार्च … करे’"), else at the paragraph start
                # ("…गतिशील है, ”अमेरिकी राष्ट्रपति ने ट्वीट किया").
                begin = _after_direct_cue(text, para_start, mk.start)
                quotes.append(QuoteSpan(begin, Span(begin, mk.start), mk.end, True, 0))
        # Whatever is still open is a quote whose closing mark is missing.
        for depth, opener in enumerate(stack):
            rest = text[opener.end : para_end]
            if (
                depth == 0
                and opener.text in "”’»"
                and opener.start - para_start > 20
                and len(rest.split()) <= 15
                and _CUE.search(rest)
            ):
                # A closing-shaped mark glued to the cue that follows it ("…है, ”बिडेन ने
                # ट्वीट किया"): the quotation is everything before it.
                quotes.append(
                    QuoteSpan(para_start, Span(para_start, opener.start), opener.end, True, 0)
                )
                continue
            if para_end - opener.end > 0:
                quotes.append(
                    QuoteSpan(opener.start, Span(opener.end, para_end), para_end, False, depth)
                )
        para_start = para_end + 1
    quotes.sort(key=lambda q: (q.inner.start, -q.inner.end))
    return quotes


# --- speech cues -----------------------------------------------------------------------

# Verbs (and verb phrases) of saying and posting, Hindi first, then a few Marathi,
# Bengali and Urdu ones seen in real articles.
_SAY = (
    r"कहा|कहते|कहती|कहना|कह|लिखा|लिखते|लिखती|लिख|बताया|बताते|पूछा|पूछते|दोहराया|"
    r"साफ\s*कर\s*दिया|स्पष्ट\s*किया|खंडन\s*किया|"
    r"ट्वीट\s*किया|ट्वीट\s*कर(?:के|ते\s*हुए)?|ट्वीट\s*की|ट्विट\s*किया|टि्वट\s*किया|टि्वट\s*कर(?:के)?|"
    r"पोस्ट\s*किया|पोस्ट\s*की|पोस्ट\s*कर(?:के|ते\s*हुए)?|रीट्वीट\s*किया|"
    r"दावा\s*किया|अपील\s*की|घोषणा\s*की|आग्रह\s*किया|जवाब\s*दिया|प्रतिक्रिया\s*दी|जानकारी\s*दी|"
    r"म्हणाले|म्हटले|म्हटलं|म्हटलंय|म्हणतो|म्हणाल्या|म्हणाला|लिहिले|लिहिलं|सांगितले|सांगितलं|"
    r"বলেন|বললেন|বলেছেন|লেখেন|লিখেছেন|লিখলেন|জানান|জানালেন|জানিয়েছেন|"
    r"টুইট\s*কর(?:ে|েন|লেন|েছেন)|পোস্ট\s*কর(?:ে|েন|লেন|েছেন)|"
    r"म्हणतात|म्हणते|ट्विट\s*(?:केले|केलं|केली|करत|करून)|ट्वीट\s*(?:केले|केलं|केली|करत|करून)|"
    r"पोस्ट\s*(?:केली|केले|केलं)|"
    r"کہا|لکھا|بتایا|ٹویٹ\s*کیا|ٹویٹ\s*کرتے\s*ہوئے"
)
# Verbs that describe what a post does rather than quote it ("X ने ट्वीट कर Y को बधाई दी").
# They make a claim only when the sentence names the platform or sits next to an embed.
_ACT = (
    r"भविष्यवाणी\s*की|चुनौती\s*दी|तंज\s*कसा|निशाना\s*साधा|बधाई\s*दी|शुभकामनाएं\s*दीं?|"
    r"धन्यवाद\s*दिया|आभार\s*(?:जताया|व्यक्त\s*किया)|स्वागत\s*किया|मांग\s*की|आरोप\s*लगाया|"
    r"चेतावनी\s*दी|विश्वास\s*व्यक्त\s*किया|सहमति\s*जताई|शेयर\s*किया|साझा\s*किया"
)
_ACT_RX = re.compile(_ACT)
_PLATFORM = re.compile(
    r"एक्स|ट्विटर|ट्वीट|ट्विट|टि्वट|टि्वटर|पोस्ट|सोशल\s*मीडिया|हैंडल|फेसबुक|इंस्टाग्राम|"
    r"\bX\b|Twitter|ট্যুইট|টুইট|ফেসবুক|সোশ্যাল\s*মিডিয়া|ٹویٹ|ٹوئٹر|سوشل\s*میڈیا|فیس\s*بک|"
    r"ट्वीटमध्ये|ट्विटरच्या|समाजमाध्यम"
)
_ERGATIVE = r"(?:ने|नें|यांनी|نے)(?:\s+भी)?"
_FUSED = r"उन्होंने|इन्होंने|उसने|इसने|मैंने|हमने|आपने|तुमने|त्यांनी|त्याने|तिने|তিনি"
_MID = r"(?P<mid>(?:\S+\s+){0,24}?)"
_VERB = rf"(?P<verb>{_SAY}|{_ACT})"
_TAIL = r"(?P<tail>(?:\s*(?:कहा|लिखा|बताया|कहते\s+हुए|लिखते\s+हुए|کہا|لکھا|بتایا))?\s*(?:था|थी|थे|है|हैं|गया|गई|تھا|تھی|تھے|ہے|ہیں)?\s*(?:कि|की|کہ|যে)?)(?=[\s,:;।۔.!?\"'“”‘’]|$)"
# "X ने [… up to 16 words …] <say> [कि]" and the fused pronouns "उन्होंने … कहा कि"
_CUE = re.compile(
    rf"(?:(?<=\s)|^)(?:(?P<ne>{_ERGATIVE})|(?P<fused>{_FUSED}))\s+{_MID}{_VERB}{_TAIL}"
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
_SAY_NOM = (
    r"টুইট\s*কর(?:ে|েন|লেন|েছেন)(?:\s+(?:লেখেন|লিখেছেন|বলেন|জানান))?|"
    r"পোস্ট\s*কর(?:ে|েন|লেন|েছেন)(?:\s+(?:লেখেন|লিখেছেন|বলেন|জানান))?|"
    r"বলেন|বললেন|বলেছেন|জানান|জানালেন|জানিয়েছেন|লেখেন|লিখেছেন|লিখলেন|"
    r"म्हणाले|म्हणाल्या|म्हणाला|म्हणतो|म्हणते|म्हणतात"
)
_CUE_NOM = re.compile(
    rf"(?:(?<=\s)|^)(?P<verb>{_SAY_NOM})(?P<tail>\s*(?:যে|की)?)(?=[\s,:;।.!?\"'“”‘’]|$)"
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

# Words that end a speaker noun phrase when walking left from "ने".
_SPEAKER_STOP = frozenset(
    "में पर से को और कि तथा एवं ने भी तो ही वहीं इसके इससे इसमें जिसमें उसमें जब तब बाद पहले बीच दौरान साथ लेकिन मगर जबकि क्योंकि हुए करते कर".split()
    + "এবং ও যে তার তা সে এই হয় হয়েছে করা বলা করে বলে থেকে সঙ্গে জন্য উপর পর কাছে এক এমন এমনটাই একথা".split()
    + "आणि व हे ते आहे आहेत असे असं असेही मध्ये साठी नंतर".split()
    + "وہیں میں پر سے کو اور کہ نے بھی تو ہی جب تب بعد پہلے دوران ساتھ لیکن مگر جبکہ ہوئے کر".split()
)
_PRONOUNS = frozenset(
    "उन्होंने उसने इन्होंने मैंने हमने आपने वे वह उनका उनके त्यांनी त्याने तिने তিনি তাঁরা انہوں انھوں".split()
)


def _sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans inside ``text[start:end]`` (danda, full stop, ?, !, newline).

    A full stop after a one- or two-letter token is an initial (पी. चिदंबरम, एस. जयशंकर,
    Dr.), not an end; digits around a dot are a decimal.
    """
    out: list[Span] = []
    s = start
    i = start
    while i < end:
        ch = text[i]
        boundary = False
        if ch == "\n" or ch in "।॥۔?!":
            boundary = True
        elif ch == ".":
            prev_word = re.search(r"(\S+)$", text[s:i])
            nxt = text[i + 1] if i + 1 < end else " "
            if i > 0 and text[i - 1].isdigit() and nxt.isdigit():
                boundary = False
            elif prev_word and _is_initial(prev_word.group(1)) and nxt != "\n":
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
                out.append(_trim(text, s, e))
            s = e if ch != "\n" else i + 1  # step over the newline, or this loops forever
            i = s
            continue
        i += 1
    if s < end and text[s:end].strip():
        out.append(_trim(text, s, end))
    return out


_FINAL_SHORT_WORDS = frozenset(
    "है हैं था थी थे की के का हो गया गई गए दी दिया ली लिया रहा रही रहे जी भी ही तो में को से पर ने कि हुई हुए हुआ लगा लगी दें दे कर करें थीं".split()
    + "आहे आहेत".split()  # Marathi sentence ends
)


def _is_initial(word: str) -> bool:
    w = word.strip("(\"'“‘")
    if not w:
        return False
    if w.isascii():
        return len(w) <= 2 and w[0].isupper()
    # one or two Devanagari syllables (पी, एस, डॉ, आर) that are not a frequent
    # sentence-final word (है, था, की …)
    return len(w) <= 3 and w not in _FINAL_SHORT_WORDS


def _trim(text: str, s: int, e: int) -> Span:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Span(s, e)


def _speaker_before(text: str, pos: int, floor: int) -> tuple[str | None, int]:
    """Walk left from ``pos`` (the ergative marker) and take the noun phrase before it.

    Returns the speaker and where it starts; stops at a sentence end, a comma, or a
    postposition/conjunction that cannot be inside a name ("एक्स पर एक पोस्ट में | विदेश
    मंत्री जयशंकर ने").
    """
    start = pos
    picked: list[str] = []
    for m in reversed(list(re.finditer(r"\S+", text[floor:pos]))):
        w = m.group(0)
        bare = w.strip(",;:()\"'“”‘’")
        if not bare or bare in _SPEAKER_STOP:
            break
        if w[-1] in ",;:":
            break
        if w[-1] in "।.?!" and not _is_initial(w[:-1]):
            break
        picked.append(bare)
        start = floor + m.start()
        if len(picked) >= 6:
            break
    if not picked:
        return None, pos
    return " ".join(reversed(picked)), start


@dataclass(frozen=True, slots=True)
class _Cue:
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


def _find_cues(text: str, sent: Span) -> list[_Cue]:
    seg = text[sent.start : sent.end]
    cues: list[_Cue] = []
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
            _Cue(
                span=Span(sent.start + start, sent.start + m.end()),
                speaker=speaker,
                speaker_span=Span(sent.start + sp_start, sent.start + sp_start + len(speaker or ""))
                if speaker
                else None,
                platform=bool(_PLATFORM.search(cue_text)),
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
        _Cue(Span(sent.start + m.start(), sent.start + m.end()), None, None, False, True)
        for m in _AND_SAID.finditer(seg)
    )
    cues.extend(_nominative_cues(seg, sent.start))
    for rx in (_KAHNA_HAI, _ACCORDING):
        for m in rx.finditer(seg):
            speaker, sp_start = _speaker_before(seg, m.start(), 0)
            cues.append(
                _Cue(
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
    out: list[_Cue] = []
    for c in cues:
        if out and c.span.start < out[-1].span.end:
            continue
        out.append(c)
    return out


def _nominative_cues(seg: str, base: int) -> list[_Cue]:
    """Bengali and Marathi cues without an ergative ("X বলেন, …", "पंतप्रधान म्हणाले;"),
    and passive statements with an agent ("মন্ত্রকের তরফে … নিন্দা করা হয়"): the sentence
    describes what the agent said. A verb with no subject before it ("এমন জানান X", "so
    said X", closing what came before) is not read as a cue."""
    out: list[_Cue] = []
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
                _Cue(Span(base + m.start(), base + m.end()), speaker, None,
                     bool(_PLATFORM.search(seg)), False, act=True)
            )  # fmt: skip
            continue
        out.append(
            _Cue(
                span=Span(base + sp_start, base + m.end()),
                speaker=speaker,
                speaker_span=Span(base + sp_start, base + sp_start + len(speaker)),
                platform=bool(_PLATFORM.search(seg[: m.end()])),
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
                _Cue(
                    span=Span(base + sp_start, base + m.end()),
                    speaker=speaker,
                    speaker_span=Span(base + sp_start, base + sp_start + len(speaker)),
                    platform=bool(_PLATFORM.search(seg)),
                    has_ki=False,
                )
            )
    return out


# Nouns that জানান/জানালেন "conveys" (greetings, thanks): the verb then acts, not reports.
_CONVEYED = frozenset("শুভেচ্ছা অভিনন্দন ধন্যবাদ সমবেদনা শ্রদ্ধা শুভকামনা কৃতজ্ঞতা".split())
# Adverbial words that sit between a nominative subject and its verb or before the subject
# ("সাংবাদিক সম্মেলনে X বলেন", "X आपल्या ट्विटमध्ये म्हणतो"): case endings of place and
# possessive pronouns.
_ADVERBIAL_ENDINGS = ("মধ্যে", "তে", "ে", "मध्ये", "मधून", "वर", "ात", "ीत")
_POSSESSIVES = frozenset("आपल्या त्यांच्या त्याच्या तिच्या নিজের তাঁর তার".split())


def _nominal_speaker(seg: str, speaker: str | None, start: int) -> tuple[str | None, int]:
    """The subject alone out of the words before a nominative verb: place phrases before
    it and a possessive or place phrase after it go."""
    if speaker is None:
        return None, start
    words = speaker.split()
    while len(words) > 1 and (words[-1] in _POSSESSIVES or _adverbial(words[-1])):
        words.pop()
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if _adverbial(w)), default=0)
    for w in words[:cut]:
        start = seg.index(w, start) + len(w)
    while start < len(seg) and seg[start] == " ":
        start += 1
    kept = words[cut:]
    return (" ".join(kept) if kept else None), start


def _adverbial(word: str) -> bool:
    return len(word) >= 3 and word.endswith(_ADVERBIAL_ENDINGS)


def _resolve_pronoun(speaker: str | None, last_named: str | None) -> str | None:
    if speaker is None:
        return last_named
    first = speaker.split()[0]
    if first in _PRONOUNS or speaker in _PRONOUNS:
        return last_named or speaker
    return speaker


_TITLE_WORDS = frozenset(
    "विदेश मंत्री प्रधानमंत्री प्रधान पीएम राष्ट्रपति सांसद विधायक नेता अध्यक्ष मुख्यमंत्री सीएम "
    "केंद्रीय पूर्व वित्त रक्षा गृह स्वास्थ्य राज्यपाल राजदूत प्रवक्ता श्री डॉ".split()
)


def _only_titles(speaker: str) -> bool:
    return all(w in _TITLE_WORDS for w in speaker.split())


def _resolve_title(speaker: str | None, named: Sequence[str]) -> str | None:
    """ "विदेश मंत्री" after "विदेश मंत्री जयशंकर" is the same person: take the full name."""
    if not speaker or not _only_titles(speaker):
        return speaker
    for full in reversed(named):
        if speaker in full:
            return full
    return speaker


def _word_count(s: str) -> int:
    return len(re.findall(r"\S+", s))


def _inside(span: Span, blocked: Sequence[Span]) -> bool:
    return any(b.overlaps(span) for b in blocked)


def extract_claims(article: Article, posts: Sequence[Post] = ()) -> tuple[Claim, ...]:
    """Return the article's claims in document order, keys ``c1``, ``c2`` …"""
    text = article.text
    blocked = [p.span for p in posts if p.span is not None]
    blocked += [e.span for e in article.embeds if e.span.end > e.span.start]
    raw: list[tuple[Span, ClaimKind, str | None, str | None, Span | None, bool, bool]] = []

    # 1. Direct quotations.
    quote_spans: list[Span] = []
    for q in find_quotes(text):
        inner = _trim(text, q.inner.start, q.inner.end)
        inner_text = text[inner.start : inner.end].strip(" ,")
        if not inner_text or _inside(inner, blocked):
            continue
        if q.depth > 0 and any(s.contains(inner) for s in quote_spans):
            continue  # a term quoted inside a longer quotation belongs to it
        if not re.search(r"[^\W\d_]", inner_text):
            continue
        sent = _enclosing_sentence(text, inner)
        cue = _cue_for_quote(text, inner, sent)
        words = _word_count(inner_text)
        introduced = cue is not None and _introduces(text, cue.span, q.open_start)
        full_utterance = inner_text.rstrip("'\"’”")[-1:] in _SENTENCE_END + "…"
        # A short quotation that the sentence goes on after is a term used in the prose
        # ("कहा कि 'बहुत ज्यादा कंसंट्रेशन' एक बड़ा ग्लोबल रिस्क है").
        ends_sentence = not re.match(r"\s*[^\W\d_]", text[q.close_end : q.close_end + 3]) or (
            cue is not None and cue.span.start >= q.close_end
        )
        if (
            words <= MAX_TERM_WORDS
            and not (full_utterance and words >= 2)
            and not (introduced and ends_sentence)
        ):
            kind: ClaimKind = "term"
        else:
            kind = "quote"
            quote_spans.append(inner)
        raw.append(
            (
                inner,
                kind,
                cue.speaker if cue and kind == "quote" else None,
                _cue_text(text, cue) if cue and kind == "quote" else None,
                cue.span if cue and kind == "quote" else None,
                q.closed,
                bool(cue and cue.platform),
            )
        )

    # 2. Reported speech, sentence by sentence, where no quotation already covers it.
    near_post = _near_post_paragraphs(text, blocked)
    for para in line_spans(text):
        sents = _sentences(text, para.start, para.end)
        taken_until = -1
        for idx, sent in enumerate(sents):
            if sent.start < taken_until or _inside(sent, blocked):
                continue
            for cue in _find_cues(text, sent):
                if cue.act and not (cue.platform or para in near_post):
                    continue
                content = _trim(text, cue.span.end, sent.end)
                if cue.direct or (cue.has_ki and content.end > content.start):
                    span = Span(content.start + _lead_punct(text, content), content.end)
                    # Reported content often runs on over the next sentences of the paragraph.
                    span = _extend(text, span, sents[idx + 1 :], to_end=cue.direct)
                else:
                    # "X ने … के बारे में ट्वीट किया": the whole sentence describes the post.
                    span = sent
                if span.end <= span.start:
                    continue
                # The sentence's words are already a quotation ("'…', X ने कहा").
                own = (span.end - span.start) - max(
                    0, min(cue.span.end, span.end) - max(cue.span.start, span.start)
                )
                if any(
                    q.overlaps(span) and (_covered(q, span) or (q.end - q.start) >= 0.6 * own)
                    for q in quote_spans
                ):
                    continue
                if span.end - span.start < 8 or not re.search(
                    r"[^\W\d_]", text[span.start : span.end]
                ):
                    continue
                raw.append(
                    (
                        span,
                        "reported",
                        cue.speaker,
                        _cue_text(text, cue),
                        cue.span,
                        True,
                        cue.platform,
                    )
                )
                taken_until = span.end
                break  # one reported claim per sentence

    # 3. Headline quotations: "मैं राजनीति में नहीं आऊंगा- संजय दत्त", "…: टीएमसी सांसद, डेरेक ओ ब्रायन".
    for para in line_spans(text):
        if _inside(para, blocked):
            continue
        m = _HEADLINE_QUOTE.match(text, para.start, para.end)
        if (
            m
            and m.end() == para.end
            and _word_count(m.group("body")) >= 3
            and detect_language(m.group("body")) not in ("en", "und")
            and not re.search(r"\d", m.group("who"))
        ):
            body_span = Span(m.start("body"), m.end("body"))
            raw.append(
                (
                    body_span,
                    "quote",
                    m.group("who").strip(),
                    None,
                    Span(m.start("who"), m.end("who")),
                    True,
                    False,
                )
            )

    # 4. Unmarked renderings: a first-person paragraph right next to an embedded post
    #    ("मैं लॉ टॉपर हूं …" before the English original) renders it without any cue.
    taken = [r[0] for r in raw if r[1] != "term"]
    for para in near_post:
        if _inside(para, blocked) or any(t.overlaps(para) for t in taken):
            continue
        body = text[para.start : para.end]
        if detect_language(body) in ("en", "und") or not _FIRST_PERSON.search(body):
            continue
        raw.append((para, "quote", None, None, None, True, False))

    raw.sort(key=lambda r: (r[0].start, -r[0].end))
    claims: list[Claim] = []
    last_named: str | None = None
    named: list[str] = []
    seen: set[tuple[int, int]] = set()
    for span, kind, speaker, cue_text, cue_span, closed, platform in raw:
        if (span.start, span.end) in seen:
            continue
        if kind != "term" and any(c.kind != "term" and c.span.contains(span) for c in claims):
            continue
        seen.add((span.start, span.end))
        resolved = _resolve_pronoun(speaker, last_named) if kind != "term" else None
        resolved = _resolve_title(resolved, named)
        if speaker and speaker.split()[0] not in _PRONOUNS:
            last_named = resolved
            if resolved and not _only_titles(resolved):
                named.append(resolved)
        body = text[span.start : span.end].strip()
        claims.append(
            Claim(
                key=ClaimKey(f"c{len(claims) + 1}"),
                text=body,
                span=span,
                kind=kind,
                lang=detect_language(body),
                speaker=resolved,
                cue=cue_text,
                cue_span=cue_span,
                closed=closed,
                platform_cue=platform,
            )
        )
    return tuple(claims)


_HEADLINE_QUOTE = re.compile(
    r"(?P<body>[^\n]{12,}?)\s*(?:[-–—]|:)\s*(?P<who>(?:[^\s:।.!?-]+[ ,]*){1,6})$"
)
_FIRST_PERSON = re.compile(
    r"(?:^|\s)(?:मैं|मुझे|मेरा|मेरे|मेरी|हम|हमें|हमने|हमारा|हमारे|हमारी|मैंने)(?=[\s,।.!?])"
)
_DISCOURSE_BREAK = re.compile(
    r"^(?:इसके\s+बाद|बता\s+दें|वहीं|दरअसल|हालांकि|इससे\s+पहले|इस\s+बीच|गौरतलब|उधर|Also\s+Read)"
)


def _lead_punct(text: str, span: Span) -> int:
    """Skip a comma or colon that separates the cue from unquoted direct speech."""
    i = span.start
    while i < span.end and text[i] in ",:;— -":
        i += 1
    return i - span.start


def _extend(text: str, span: Span, following: Sequence[Span], *, to_end: bool) -> Span:
    """Grow reported content over the next sentences while they still read as the speaker's
    words: no new speech cue, no mention of the post itself, no discourse break."""
    end = span.end
    for sent in following:
        body = text[sent.start : sent.end]
        if _find_cues(text, sent) or _DISCOURSE_BREAK.match(body):
            break
        if not to_end and (_PLATFORM.search(body) or not _FIRST_PERSON.search(body)):
            break
        end = sent.end
    return Span(span.start, end)


def _near_post_paragraphs(text: str, blocked: Sequence[Span]) -> list[Span]:
    """The paragraph just before and just after each embedded post."""
    paras = line_spans(text)
    out: list[Span] = []
    for b in blocked:
        before = [p for p in paras if p.end <= b.start]
        after = [p for p in paras if p.start >= b.end]
        if before:
            out.append(before[-1])
        if after:
            out.append(after[0])
    return out


def _covered(q: Span, span: Span) -> bool:
    """A quotation covers a reported clause when it is most of it."""
    overlap = min(q.end, span.end) - max(q.start, span.start)
    return overlap >= 0.5 * (span.end - span.start)


def _enclosing_sentence(text: str, span: Span) -> Span:
    ps = text.rfind("\n", 0, span.start) + 1
    pe = text.find("\n", span.end)
    pe = len(text) if pe < 0 else pe
    return Span(ps, pe)


def _cue_for_quote(text: str, inner: Span, para: Span) -> _Cue | None:
    """The speech cue introducing a quotation: in the text just before it (same or previous
    paragraph: "प्रधानमंत्री ने एक ट्वीट में कहा:\\n'…'"), else just after it ("'…', उन्होंने कहा")."""
    before_start = max(0, inner.start - 220)
    # Look back into the previous line too when the quotation opens its paragraph.
    before = Span(before_start, max(before_start, inner.start - 1))
    cues = [c for c in _find_cues(text, before) if c.span.end <= inner.start]
    if cues:
        best = cues[-1]
        gap = text[best.span.end : inner.start]
        if len(gap.strip(" ,:;—–-\n'\"“”‘’")) <= 40:
            return best
    a_start = min(len(text), inner.end + 1)
    a_end = min(para.end, inner.end + 160)
    if a_end > a_start:
        after = Span(a_start, a_end)
        cues = _find_cues(text, after)
        if cues and cues[0].span.start - inner.end <= 12:
            return cues[0]
    return None


def _introduces(text: str, cue_span: Span, quote_open: int) -> bool:
    """The cue directly introduces the quotation ("ने कहा, '…'", "ने लिखा कि '…'")."""
    gap = text[cue_span.end : quote_open]
    if quote_open < cue_span.start:
        gap = text[quote_open : cue_span.start]
        return len(gap) < 20
    return len(gap.strip(" ,:;—–-\n")) == 0


def _cue_text(text: str, cue: _Cue | None) -> str | None:
    if cue is None:
        return None
    start = cue.span.start
    if cue.speaker_span is not None and cue.speaker_span.start == start:
        start = cue.speaker_span.end  # the speaker is reported on its own
    return text[start : cue.span.end].strip(" ,:")


_SAY_RX = re.compile(_SAY)


def is_cue_word(word: str) -> bool:
    """A word of a speech cue itself (ट्वीट, कहा, पोस्ट, लिखा): it tells that a post was
    rendered, it is not part of what the post said."""
    return bool(_PLATFORM.fullmatch(word) or _SAY_RX.fullmatch(word) or _ACT_RX.fullmatch(word))


def sentence_spans(text: str, span: Span) -> list[Span]:
    """The sentences of ``text`` inside ``span`` (initials and decimals do not end one)."""
    return _sentences(text, span.start, span.end)
