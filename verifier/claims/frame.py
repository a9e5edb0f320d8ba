"""The article's frame around a rendering: who posted, where, when and how, kept apart from
what the post said.

"विदेश मंत्री ने एक्स पर एक पोस्ट में कहा कि <content>", "<content>, उन्होंने ट्वीट किया",
"इंग्लैंड की जीत के बाद वॉन ने एक्स पर लिखा, '<content>'", "एक यूजर के सवाल का जवाब देते हुए
उन्होंने कहा कि <content>": the frame names the speaker (attribution reads it) and the time
of posting (the date check reads it), but it is the article's account, not the post's
words, so only the content is judged for addition and omission. ``check`` and ``compare``
both read renderings through ``split_frame``, so a sentence pasted from an article into
``compare`` is judged as the same sentence inside the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from verifier.claims.cues import Cue, find_cues
from verifier.claims.sentences import sentence_spans
from verifier.lang.chars import QUOTE_MARKS
from verifier.lang.words import ACT_VERBS, PLATFORM_WORDS, SAY_VERBS
from verifier.model import Span

_MIN_CONTENT_WORDS = 2
"""A frame leaves at least this many words of content; otherwise the cue is the content
("उन्होंने इसकी पुष्टि की")."""
_MAX_NESTED_FRAMES = 8
"""A frame quoted inside a frame is the article repeating itself once or twice; each level
reads the rest of the sentence again, so a run of cues ("X ने कहा X ने कहा …") is cut here."""

# After a leading cue, more verbs of the same frame: "ने अपनी एक तस्वीर पोस्ट की और लिखा-",
# "ने ट्वीट किया और कहा कि", then the delimiter and an opening quote.
_MORE_VERBS = re.compile(
    rf"(?:\s*(?:(?:और|तथा|एवं)\s+(?:\S+\s+){{0,3}}?|(?:\S+\s+){{0,6}}?(?:को|से)\s+)?"
    rf"(?:{SAY_VERBS})(?:\s+(?:है|हैं|था|थी|थे))?"
    r"(?:\s+कि)?(?![^\s,:;\-–—]))*"
)
# Frames without an agent marked by ने: the passive ("इसमें कैप्शन लिखा गया कि",
# "जिसमें लिखा है कि") and the dative of necessity ("सुषमा स्वराज को कहना पड़ा-").
_NARRATIVE = r"(?:\S+\s+){0,12}?"
_AGENTLESS = re.compile(
    rf"{_NARRATIVE}(?:(?:लिखा|कहा|बताया|पूछा)\s+(?:गया|गई|गयी|गए|गये)(?:\s+(?:है|हैं|था|थी))?"
    r"|(?:जिसमें|इसमें|उसमें|जिसपर)\s+(?:(?:उन्होंने|उसने)\s+)?(?:लिखा|कहा)(?:\s+(?:है|था|गया))?"
    r"|(?:\S+\s+){1,4}को\s+(?:कहना|लिखना)\s+(?:पड़ा|पड़ गया)"
    # "उनके ट्वीट का लब्बोलुआब ये है कि", "पोस्ट का मतलब यह था कि": what the post says, told
    rf"|(?:\S+\s+){{0,3}}?(?:{PLATFORM_WORDS})\S*\s+(?:का|की|के)\s+(?:\S+\s+){{1,3}}?(?:है|था|थी))"
    r"(?:\s+कि)?(?=[\s,:;\-–—])"
)
# A dateline that opens a report: "नई दिल्ली:", "इस्लामाबाद :", "DESK:".
# Possessive runs (``++``): a word cannot give characters back to a space or a colon, so
# backtracking into it only re-reads it (a 10,000-letter word took minutes).
_DATELINE = re.compile(r"\s*+(?:[^\s:।.!?]++\s++){0,2}[^\s:।.!?]++\s*+:\s+")
_OPENING = re.compile(rf"[\s,:;\-–—]*(?:कि\s+)?[{QUOTE_MARKS}]*\s*")
_CLOSING_ONLY = re.compile(rf"[\s{QUOTE_MARKS}।॥৷۔.!?,]*")
# An act verb names what the post does (बधाई दी, शेयर किया): it is content, only the agent
# and the medium before it are frame ("X ने ट्वीट कर | मोदी को बधाई दी").
_ACT = re.compile(ACT_VERBS)
_MEDIUM = re.compile(
    rf"(?:\s++(?:अपने|अपनी|एक|इस|अपना)?\s*(?:{PLATFORM_WORDS})(?:\s*\([^)]{{0,40}}\))?"
    r"(?:\s+(?:पर|में|के\s+जरिए|के\s+जरिये|के\s+ज़रिए|के\s+माध्यम\s+से|हैंडल\s+से|अकाउंट\s+से|कर|करके|करते\s+हुए))*)+"
)


@dataclass(frozen=True, slots=True)
class Framing:
    """How a rendering's text divides into the article's frame and the post's content."""

    frames: tuple[Span, ...]
    """Spans of the text that are the article's account of the posting."""
    speaker: str | None
    """Who the frame says posted (as written: a name, a title, a pronoun)."""
    platform: bool
    """The frame names a platform or a post ("एक्स पर", "ट्वीट कर")."""
    quoted: bool
    """The content is given in quotation marks (a quotation, not reported speech)."""
    cued: bool = False
    """A sentence of the rendering has a speech or act cue, framed or not."""
    several: bool = False
    """The frame says the content comes from several posts ("एक के बाद एक ट्वीट में",
    "तीन अलग-अलग पोस्ट में"): one post alone does not hold all of it."""

    def content(self, text: str) -> str:
        """``text`` with its frames blanked out: offsets are kept, so a finding's span in
        the content is a span of the whole rendering."""
        out = list(text)
        for f in self.frames:
            out[f.start : f.end] = " " * (f.end - f.start)
        return "".join(out)

    def frame_text(self, text: str) -> str:
        """Only the frames of ``text``, the rest blanked: offsets kept."""
        out = [" "] * len(text)
        for f in self.frames:
            out[f.start : f.end] = text[f.start : f.end]
        return "".join(out)


NO_FRAME = Framing((), None, False, False)


@lru_cache(maxsize=256)
def split_frame(text: str) -> Framing:
    """The frames of a rendering (one per sentence at most at its start or end)."""
    frames: list[Span] = []
    speaker: str | None = None
    platform = quoted = cued = False
    for k, sent in enumerate(sentence_spans(text, Span(0, len(text)))):
        if (
            k == 0
            and (d := _DATELINE.match(text, sent.start))
            and len(text[d.end() : sent.end].split()) > 3
        ):
            frames.append(Span(sent.start, d.end()))
            sent = Span(d.end(), sent.end)
        cues = find_cues(text, sent)
        cued = cued or bool(cues)
        if not cues and (quotation := _before_quotation(text, sent)) is not None:
            frames.append(quotation)
            quoted = True
            continue
        if not cues and (around := _around_quotation(text, sent)):
            frames.extend(around)  # "तीन अलग-अलग पोस्ट में 'दया, शिष्टता' जैसे शब्द थे"
            quoted = platform = True
            continue
        if not cues:
            agentless = _AGENTLESS.match(text, sent.start)
            if agentless:
                end = _OPENING.match(text, agentless.end()).end()  # type: ignore[union-attr]
                if len(text[end : sent.end].split()) >= _MIN_CONTENT_WORDS:
                    frames.append(Span(sent.start, end))
                    platform = platform or bool(_PLATFORM.search(text, sent.start, end))
            continue
        frame = _leading(text, sent, cues[0])
        cue = cues[0]
        for _ in range(_MAX_NESTED_FRAMES):
            if frame is None:
                break
            # A frame quoted inside the frame ("उन्होंने लिखा, 'X ने ट्वीट कर लिखा, '…"):
            # the article repeats itself; the content starts after the last one.
            inner = find_cues(text, Span(frame.end, sent.end))
            nested = _leading(text, Span(frame.end, sent.end), inner[0]) if inner else None
            if nested is None or inner[0].span.start > frame.end + 2:
                break
            frame, cue = Span(frame.start, nested.end), inner[0]
        if frame is None:
            frame, cue = _trailing(text, sent, cues[-1]), cues[-1]
        quotation = _before_quotation(text, sent)
        if quotation is not None and (frame is None or frame.start == sent.start < frame.end):
            frame = Span(sent.start, max(quotation.end, frame.end if frame else 0))
        if frame is None:
            continue
        if cue.platform and _QUOTE_MARK.match(text, _skip_space(text, sent.end)):
            # "X ने अपने X हैंडल पर इमोसनल पोस्ट लिखी और अपनी माँ को याद किया। ‘…’": the
            # article's account of the post, then the post's words in quotation marks.
            frame = Span(frame.start, sent.end)
        frames.append(frame)
        speaker = speaker or cue.speaker
        platform = platform or cue.platform
        quoted = quoted or any(ch in QUOTE_MARKS for ch in text[frame.end - 2 : frame.end + 1])
    if not frames:
        return Framing((), None, False, False, cued) if cued else NO_FRAME
    several = any(_SEVERAL_POSTS.search(text, f.start, f.end) for f in frames)
    return Framing(tuple(frames), speaker, platform, quoted, cued, several)


def tells_of_speech(text: str) -> bool:
    """A rendering with no quotation marks whose sentence has a speech or act cue ("X ने
    … का आभार जताया", "उन्होंने कहा कि …"): the article's account of what was said."""
    # split_frame has read the cues of every sentence already (and keeps its answer)
    return not any(ch in QUOTE_MARKS for ch in text) and split_frame(text).cued


def _leading(text: str, sent: Span, cue: Cue) -> Span | None:
    """A frame that opens the sentence and is followed by the content: everything from the
    sentence start (narrative such as "इसका जवाब देते हुए" included) to the cue's end,
    the verbs chained to it, the delimiter and an opening quote."""
    if _clause_inside(text, cue):
        return None  # "X ने किसानों से मुलाकात की, और कहा कि": the visit is content
    if cue.act and cue.has_ki:
        end = cue.span.end  # "X ने मांग की है कि …": the act reports what follows कि
    elif cue.act:
        if not cue.platform:
            return None  # "X ने उनका स्वागत किया": without a post named, X's act is content
        m = _MEDIUM.match(text, _ergative_end(text, cue))
        end = m.end() if m and m.end() > _ergative_end(text, cue) else _ergative_end(text, cue)
        if _ACT.match(text, _skip_space(text, end)):
            after = _OPENING.match(text, cue.span.end).end()  # type: ignore[union-attr]
            if text[cue.span.end : after].strip(" ") and after < sent.end:
                # "ने अपनी निराशा व्यक्त की: “…”": the act introduces the words it quotes
                end = cue.span.end
            else:
                return None  # "X ने बधाई दी": nothing but the act, which is the content
    else:
        end = _MORE_VERBS.match(text, cue.span.end).end()  # type: ignore[union-attr]
    end = _OPENING.match(text, end).end()  # type: ignore[union-attr]
    rest = [w for w in text[end : sent.end].split() if any(ch.isalnum() for ch in w)]
    if not rest and not cue.act:
        # "अर्जेंटीना की जीत के बाद उन्होंने ट्वीट किया:" announces what follows; without the
        # colon or dash, the words before the cue are the content it closes.
        announces = cue.has_ki or text[cue.span.end : sent.end].rstrip().endswith(
            (":", "-", "–", "—")
        )
        if not announces and len(text[sent.start : cue.span.start].split()) >= _MIN_CONTENT_WORDS:
            return None  # "<content>, राष्ट्रपति ने ट्वीट किया।": a frame that closes it
        if not announces and not cue.platform:
            return None  # "विशेषज्ञों ने भी इस बात की पुष्टि की है।": a claim, not a posting
        return Span(sent.start, sent.end)  # "उन्होंने ट्वीट किया:": the sentence is all frame
    if len(rest) < _MIN_CONTENT_WORDS:
        return None
    return Span(sent.start, end)


# A verb of saying right before a quotation mark: "जिससे उन्हें कहना पड़ा कि ‘…", "और
# ट्वीट किया, '…", "ने अपने ट्वीट मे लिखा “…".
_SAYS_THEN_QUOTE = re.compile(
    rf"(?:{SAY_VERBS})(?:\s+(?:है|हैं|था|थी|थे|पड़ा|पड़ी))?(?:\s+कि)?\s*[,:;\-–—]?\s*$"
)
_QUOTE_MARK = re.compile(f"[{QUOTE_MARKS}]")


def _before_quotation(text: str, sent: Span) -> Span | None:
    """The article's narrative up to a quotation its verb of saying introduces, however
    long ("अक्सर अपने ट्वीट से … सुषमा स्वराज के साथ आखिर ऐसा क्या हुआ जिससे उन्हें कहना
    पड़ा कि ‘यह मैं हूं …’"): the quotation marks say where the post's words begin."""
    mark = _QUOTE_MARK.search(text, sent.start, sent.end)
    if mark is None or not _SAYS_THEN_QUOTE.search(text[sent.start : mark.start()]):
        return None
    end = _OPENING.match(text, mark.start()).end()  # type: ignore[union-attr]
    if len(text[end : sent.end].split()) < _MIN_CONTENT_WORDS:
        return None
    return Span(sent.start, end)


_PLATFORM = re.compile(PLATFORM_WORDS)
# "एक के बाद एक ट्वीट में", "तीन अलग-अलग पोस्ट में", "कई ट्वीट कर", "ट्वीट्स में", "सिलसिलेवार
# ट्वीट": a frame that gives the words of several posts at once.
_SEVERAL_POSTS = re.compile(
    r"(?:|(?<=\s))(?:एक\s+के\s+बाद\s+एक|सिलसिलेवार|(?:दो|तीन|चार|पांच|पाँच|कई|अनेक)"
    r"(?:\s+अलग-अलग)?|अलग-अलग)\s+(?:ट्वीट|ट्विट|पोस्ट)|(?:ट्वीट|ट्विट|पोस्ट)्स"
)


def _around_quotation(text: str, sent: Span) -> list[Span]:
    """A sentence with no verb of saying that names a post and holds a whole quotation
    ("तीन अलग-अलग पोस्ट में 'दया, शिष्टता और सम्मान' जैसे शब्द थे"): the quotation is the
    post's words, what surrounds it the article's account of them."""
    opening = _QUOTE_MARK.search(text, sent.start, sent.end)
    if opening is None or not _PLATFORM.search(text, sent.start, opening.start()):
        return []
    closing = None
    for m in _QUOTE_MARK.finditer(text, opening.end(), sent.end):
        closing = m
    if closing is None or len(text[opening.end() : closing.start()].split()) < 1:
        return []
    out = [Span(sent.start, opening.end())]
    if text[closing.start() : sent.end].strip(f" {QUOTE_MARKS}।.!?"):
        out.append(Span(closing.start(), sent.end))
    return out


_CLAUSE_JOIN = re.compile(r"[,;]|\s(?:और|तथा|एवं|लेकिन|मगर|परंतु|किंतु|जबकि)\s")


def _clause_inside(text: str, cue: Cue) -> bool:
    """The words between the agent and the verb hold a clause of their own (a comma or a
    conjunction joins it) that is not about the posting: what the agent did there ("X ने
    किसानों से मुलाकात की, और कहा कि") is content, not the frame. A clause about the post
    itself ("ने एक फोटो शेयर की, जिसे शेयर करते हुए लिखा कि") is still frame."""
    seg = text[cue.span.start : cue.span.end]
    m = re.search(r"(?:^|\s)(?:ने|नें)\s", seg)
    if not m:
        return False
    joint = _CLAUSE_JOIN.search(seg, m.end())
    if joint is None:
        return False
    return not _POSTING.search(seg[m.end() : joint.start()])


_POSTING = re.compile(
    rf"{PLATFORM_WORDS}|{ACT_VERBS}|तस्वीर|चित्र|फोटो|फ़ोटो|वीडियो|कैप्शन|शेयर|साझा|आपत्ति|प्रतिक्रिया|जवाब"
)


def _trailing(text: str, sent: Span, cue: Cue) -> Span | None:
    """A frame that closes the sentence after the content: "<content>, उन्होंने कहा।",
    "“<content>” राष्ट्रपति ने रविवार को ट्वीट किया।"."""
    tail = _CLOSING_ONLY.match(text, cue.span.end)
    if tail is None or tail.end() < sent.end or cue.act:
        return None
    if len(text[sent.start : cue.span.start].split()) < _MIN_CONTENT_WORDS:
        return None
    if _JOINED.search(text, sent.start, cue.span.start):
        return None  # "<content>, और विशेषज्ञों ने भी पुष्टि की है": a clause of its own
    return Span(cue.span.start, sent.end)


# A conjunction right before a closing cue joins it as a clause of the content.
_JOINED = re.compile(r"(?:^|\s)(?:और|तथा|एवं|लेकिन|मगर|किंतु|परंतु|जबकि)\s*,?\s*$")


def _ergative_end(text: str, cue: Cue) -> int:
    """Where the agent part of an act cue ends: after its ने (or the fused pronoun)."""
    seg = text[cue.span.start : cue.span.end]
    m = re.search(r"(?:^|\s)(?:ने|नें)(?=\s)", seg)
    if m:
        return cue.span.start + m.end()
    first = seg.split(maxsplit=1)[0] if seg.split() else ""
    return cue.span.start + len(first)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos
