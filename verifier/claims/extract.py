"""``extract_claims``: find where an article renders someone's words.

Pure: ``extract_claims(article, posts)`` reads ``Article.text`` and returns ``Claim`` values.
Text inside a detected post (``Post.span``) is the source, not a rendering, so it is skipped.
Four passes: quotations, reported speech sentence by sentence (extended over following
sentences that still read as the speaker's), headline quotations ("…- संजय दत्त") and
unmarked first-person paragraphs next to an embed; then speakers are resolved in order.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, islice
from typing import NamedTuple

from verifier.claims.cues import PLATFORM, Cue, find_cues
from verifier.claims.frame_en import quote_speaker_en, reported_en
from verifier.claims.quotes import QuoteSpan, find_quotes
from verifier.claims.sentences import sentences_between, trim_span
from verifier.claims.speakers import (
    only_titles,
    resolve_pronoun,
    resolve_title,
    speaker_before,
)
from verifier.lang.chars import SENTENCE_ENDS
from verifier.lang.textnorm import detect_language, line_spans
from verifier.lang.words import PRONOUNS
from verifier.model import Article, Claim, ClaimKey, ClaimKind, Post, Span

MAX_TERM_WORDS = 4
"""A quotation of at most this many words that does not read as a full utterance is a term."""


_WORD = re.compile(r"\S+")


def _word_count(s: str, at_most: int) -> int:
    """Words of ``s``, counted up to ``at_most``: a long quotation is not read to its end
    for each of its quotation marks (that was quadratic in the marks of a long line)."""
    return sum(1 for _ in islice(_WORD.finditer(s), at_most))


class _Spans:
    """Spans asked "which of you overlap this one?" once per sentence or paragraph.

    Sorted by start with the furthest end reached so far, so a question reads only the
    spans that can overlap: a page of many posts is no longer read once per sentence."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.spans = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in self.spans]
        self.reach = list(accumulate((s.end for s in self.spans), max))

    def overlapping(self, span: Span) -> Iterator[Span]:
        """The spans that overlap ``span`` (``Span.overlaps``), last starting first."""
        k = bisect_left(self.starts, span.end) - 1  # the spans before it start before span.end
        while k >= 0 and self.reach[k] > span.start:
            if self.spans[k].end > span.start:
                yield self.spans[k]
            k -= 1

    def any_overlaps(self, span: Span) -> bool:
        k = bisect_left(self.starts, span.end)
        return k > 0 and self.reach[k - 1] > span.start


def _inside(span: Span, blocked: _Spans) -> bool:
    return blocked.any_overlaps(span)


class _Found(NamedTuple):
    """A claim found by one of the passes, before speakers are resolved."""

    span: Span
    kind: ClaimKind
    speaker: str | None
    cue: str | None
    cue_span: Span | None
    closed: bool
    platform: bool


def extract_claims(article: Article, posts: Sequence[Post] = ()) -> tuple[Claim, ...]:
    """Return the article's claims in document order, keys ``c1``, ``c2`` …"""
    text = article.text
    spans = [p.span for p in posts if p.span is not None]
    spans += [e.span for e in article.embeds if e.span.end > e.span.start]
    blocked = _Spans(spans)
    # Paragraphs and their sentences, cut once for the passes below.
    paras = [(para, sentences_between(text, para.start, para.end)) for para in line_spans(text)]
    found = _quotations(text, blocked)
    quote_spans = _Spans(f.span for f in found if f.kind == "quote")
    near_post = _near_post_paragraphs([para for para, _ in paras], spans)
    found += _reported(text, paras, blocked, quote_spans, near_post)
    found += _reported_english(
        text, paras, blocked, quote_spans, _Spans(f.span for f in found if f.kind != "term")
    )
    found += _headline_quotes(text, [para for para, _ in paras], blocked)
    found += _unmarked(text, blocked, near_post, _Spans(f.span for f in found if f.kind != "term"))
    found.sort(key=lambda f: (f.span.start, -f.span.end))
    return _resolved(text, found)


def _quotations(text: str, blocked: _Spans) -> list[_Found]:
    """1. Direct quotations, and the short ones that are terms."""
    out: list[_Found] = []
    quote_spans: list[Span] = []
    for q in find_quotes(text):
        inner = trim_span(text, q.inner.start, q.inner.end)
        inner_text = text[inner.start : inner.end].strip(" ,")
        if not inner_text or _inside(inner, blocked):
            continue
        if q.depth > 0 and any(s.contains(inner) for s in quote_spans):
            continue  # a term quoted inside a longer quotation belongs to it
        if not re.search(r"[^\W\d_]", inner_text):
            continue
        para = _enclosing_sentence(text, inner)
        cue = _cue_for_quote(text, inner, para)
        kind = _quote_kind(text, q, inner_text, cue)
        if kind == "quote":
            quote_spans.append(inner)
        said = cue if kind == "quote" else None
        english = None if said or kind != "quote" else quote_speaker_en(text, inner, para)
        out.append(
            _Found(
                inner,
                kind,
                said.speaker if said else english,
                _cue_text(text, said) if said else None,
                said.span if said else None,
                q.closed,
                bool(cue and cue.platform),
            )
        )
    return out


def _quote_kind(text: str, q: QuoteSpan, inner_text: str, cue: Cue | None) -> ClaimKind:
    """``term`` for a short quotation used in the prose, else ``quote``."""
    words = _word_count(inner_text, MAX_TERM_WORDS + 1)
    introduced = (
        cue is not None
        and (
            _introduces(text, cue.span, q.open_start)
            # A verb-final cue closes it: "“…” என்று கூறினார்".
            or (cue.before and not text[q.close_end : cue.span.start].strip(" ,"))
        )
    )
    full_utterance = inner_text.rstrip("'\"’”")[-1:] in SENTENCE_ENDS + "…"
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
        return "term"
    return "quote"


def _reported(
    text: str,
    paras: Sequence[tuple[Span, list[Span]]],
    blocked: _Spans,
    quote_spans: _Spans,
    near_post: Sequence[Span],
) -> list[_Found]:
    """2. Reported speech, sentence by sentence, where no quotation already covers it."""
    out: list[_Found] = []
    near = set(near_post)
    for para, sents in paras:
        taken_until = -1
        for idx, sent in enumerate(sents):
            if sent.start < taken_until or _inside(sent, blocked):
                continue
            for cue in find_cues(text, sent):
                if cue.act and not (cue.platform or para in near):
                    continue
                later = (sents[i] for i in range(idx + 1, len(sents)))  # no copy per cue
                span = _reported_span(text, cue, sent, later)
                if span is None or _quoted_already(span, cue, quote_spans):
                    continue
                out.append(
                    _Found(span, "reported", cue.speaker, _cue_text(text, cue), cue.span, True,
                           cue.platform)
                )  # fmt: skip
                taken_until = span.end
                break  # one reported claim per sentence
    return out


def _reported_english(
    text: str,
    paras: Sequence[tuple[Span, list[Span]]],
    blocked: _Spans,
    quote_spans: _Spans,
    taken: _Spans,
) -> list[_Found]:
    """2b. Reported speech in English sentences ("PM Modi tweeted that …": ``frame_en``)."""
    out: list[_Found] = []
    for _, sents in paras:
        for sent in sents:
            if _inside(sent, blocked) or detect_language(sent.slice(text)) != "en":
                continue
            r = reported_en(text, sent)
            if r is None or taken.any_overlaps(r.content):
                continue
            size = r.content.end - r.content.start
            quoted = sum(
                min(q.end, r.content.end) - max(q.start, r.content.start)
                for q in quote_spans.overlapping(r.content)
            )
            if quoted >= 0.6 * size:
                continue  # the sentence's words are a quotation, a claim of its own
            cue = r.frame.slice(text).strip(" ,:")
            out.append(_Found(r.content, "reported", r.speaker, cue, r.frame, True, r.platform))
    return out


def _reported_span(text: str, cue: Cue, sent: Span, later: Iterable[Span]) -> Span | None:
    """What a cue reports: the ``कि`` clause or the direct words after it (running on over
    the next sentences), or the whole sentence when it describes the post."""
    content = trim_span(text, cue.span.end, sent.end)
    if cue.before:
        # "… என்று கூறினார்": the words reported close the sentence before the cue.
        span = _unquoted(text, trim_span(text, sent.start, cue.span.start))
    elif cue.direct or (cue.has_ki and content.end > content.start):
        span = Span(content.start + _lead_punct(text, content), content.end)
        # Reported content often runs on over the next sentences of the paragraph.
        span = _extend(text, span, later, to_end=cue.direct)
    else:
        # "X ने … के बारे में ट्वीट किया": the whole sentence describes the post.
        span = sent
    if span.end - span.start < 8 or not re.search(r"[^\W\d_]", text[span.start : span.end]):
        return None
    return span


def _unquoted(text: str, span: Span) -> Span:
    """The span without the quote marks around it ("“…” என்று கூறினார்")."""
    start, end = span.start, span.end
    while start < end and text[start] in _QUOTE_MARKS:
        start += 1
    while end > start and text[end - 1] in _QUOTE_MARKS + " ,":
        end -= 1
    return Span(start, end)


_QUOTE_MARKS = "\"'“”‘’«»„‚"


def _quoted_already(span: Span, cue: Cue, quote_spans: _Spans) -> bool:
    """The sentence's words are already a quotation ("'…', X ने कहा")."""
    own = (span.end - span.start) - max(
        0, min(cue.span.end, span.end) - max(cue.span.start, span.start)
    )
    return any(
        _covered(q, span) or (q.end - q.start) >= 0.6 * own for q in quote_spans.overlapping(span)
    )


def _headline_quotes(text: str, paras: Sequence[Span], blocked: _Spans) -> list[_Found]:
    """3. Headline quotations: "मैं राजनीति में नहीं आऊंगा- संजय दत्त", "…: टीएमसी सांसद, डेरेक
    ओ ब्रायन"."""
    out: list[_Found] = []
    for para in paras:
        if _inside(para, blocked):
            continue
        m = _HEADLINE_QUOTE.match(text, para.start, para.end)
        if (
            m
            and m.end() == para.end
            and _word_count(m.group("body"), 3) >= 3
            and detect_language(m.group("body")) not in ("en", "und")
            and not re.search(r"\d", m.group("who"))
        ):
            who = Span(m.start("who"), m.end("who"))
            body = Span(m.start("body"), m.end("body"))
            out.append(_Found(body, "quote", m.group("who").strip(), None, who, True, False))
    return out


def _unmarked(text: str, blocked: _Spans, near_post: Sequence[Span], taken: _Spans) -> list[_Found]:
    """4. Unmarked renderings: a first-person paragraph right next to an embedded post
    ("मैं लॉ टॉपर हूं …" before the English original) renders it without any cue."""
    out: list[_Found] = []
    for para in near_post:
        if _inside(para, blocked) or taken.any_overlaps(para):
            continue
        body = text[para.start : para.end]
        if detect_language(body) in ("en", "und") or not _FIRST_PERSON.search(body):
            continue
        out.append(_Found(para, "quote", None, None, None, True, False))
    return out


class _Narrative:
    """Who the article has named so far, to resolve उन्होंने and bare titles."""

    def __init__(self) -> None:
        self.last: str | None = None
        self.last_end = 0
        self.named: list[str] = []


def _resolved(text: str, found: Sequence[_Found]) -> tuple[Claim, ...]:
    """The claims, one per span, inner duplicates dropped, speakers resolved in order."""
    bodies = _Spans(f.span for f in found if f.kind != "term")
    claims: list[Claim] = []
    story = _Narrative()
    seen: set[tuple[int, int]] = set()
    # ``found`` is in order of start: an earlier claim contains this one when it reaches
    # as far (the furthest end of the claims so far answers for all of them).
    reach = -1
    for f in found:
        if (f.span.start, f.span.end) in seen:
            continue
        if f.kind != "term" and reach >= f.span.end:
            continue
        seen.add((f.span.start, f.span.end))
        if f.kind != "term":
            reach = max(reach, f.span.end)
        resolved = _speaker_of(text, f, story, bodies)
        body = text[f.span.start : f.span.end].strip()
        claims.append(
            Claim(
                key=ClaimKey(f"c{len(claims) + 1}"),
                text=body,
                span=f.span,
                kind=f.kind,
                lang=detect_language(body),
                speaker=resolved,
                cue=f.cue,
                cue_span=f.cue_span,
                closed=f.closed,
                platform_cue=f.platform,
            )
        )
    return tuple(claims)


def _speaker_of(text: str, f: _Found, story: _Narrative, bodies: _Spans) -> str | None:
    """The claim's speaker with pronouns and bare titles resolved; the story moves on."""
    antecedent = story.last
    if f.kind != "term" and f.speaker and f.speaker.split()[0] in PRONOUNS:
        at = f.cue_span.start if f.cue_span else f.span.start
        antecedent = _previous_agent(text, at, story.last_end, bodies) or story.last
    resolved = resolve_pronoun(f.speaker, antecedent) if f.kind != "term" else None
    resolved = resolve_title(resolved, story.named)
    if f.speaker and f.speaker.split()[0] not in PRONOUNS:
        story.last = resolved
        story.last_end = (f.cue_span or f.span).end
        if resolved and not only_titles(resolved):
            story.named.append(resolved)
    return resolved


# The speaker's words are separated by spaces or commas: each word is one run of
# letters, so a long word cannot be cut into many "words" (that made the match take
# minutes on a line like "Breaking news headline - xxxx…!"); no word holds a dash, so a
# line of dashes is not read again for every place a dash could end the body.
_HEADLINE_QUOTE = re.compile(
    r"(?P<body>[^\n]{12,}?)\s*(?:[-–—]|:)\s*"
    r"(?P<who>[^\s:।.!?,\-–—]+(?:[ ,]+[^\s:।.!?,\-–—]+){0,5}[ ,]*)$"
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


def _extend(text: str, span: Span, following: Iterable[Span], *, to_end: bool) -> Span:
    """Grow reported content over the next sentences while they still read as the speaker's
    words: no new speech cue, no mention of the post itself, no discourse break."""
    end = span.end
    for sent in following:
        body = text[sent.start : sent.end]
        if _DISCOURSE_BREAK.match(body):
            break
        if not to_end and (PLATFORM.search(body) or not _FIRST_PERSON.search(body)):
            break
        if find_cues(text, sent):  # the costly test last: any of the three ends the run
            break
        end = sent.end
    return Span(span.start, end)


def _near_post_paragraphs(paras: Sequence[Span], blocked: Sequence[Span]) -> list[Span]:
    """The paragraph just before and just after each embedded post (``paras``: the text's
    ``line_spans``, in order, one after another)."""
    starts = [p.start for p in paras]
    ends = [p.end for p in paras]
    out: list[Span] = []
    for b in blocked:
        before = bisect_right(ends, b.start)  # paragraphs ending at or before the post
        after = bisect_left(starts, b.end)  # the first paragraph starting at or after its end
        if before:
            out.append(paras[before - 1])
        if after < len(paras):
            out.append(paras[after])
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


def _cue_for_quote(text: str, inner: Span, para: Span) -> Cue | None:
    """The speech cue introducing a quotation: in the text just before it (same or previous
    paragraph: "प्रधानमंत्री ने एक ट्वीट में कहा:\\n'…'"), else just after it ("'…', उन्होंने कहा")."""
    before_start = max(0, inner.start - 220)
    # Look back into the previous line too when the quotation opens its paragraph.
    before = Span(before_start, max(before_start, inner.start - 1))
    cues = [c for c in find_cues(text, before) if c.span.end <= inner.start]
    if cues:
        best = cues[-1]
        gap = text[best.span.end : inner.start]
        if len(gap.strip(" ,:;—–-\n'\"“”‘’")) <= 40:
            return best
    a_start = min(len(text), inner.end + 1)
    a_end = min(para.end, inner.end + 160)
    if a_end > a_start:
        after = Span(a_start, a_end)
        cues = find_cues(text, after)
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


def _cue_text(text: str, cue: Cue | None) -> str | None:
    if cue is None:
        return None
    start = cue.span.start
    if cue.speaker_span is not None and cue.speaker_span.start == start:
        start = cue.speaker_span.end  # the speaker is reported on its own
    return text[start : cue.span.end].strip(" ,:")


_AGENT_NE = re.compile(r"(?<=\s)(?:ने|नें)(?=\s)")
_ANTECEDENT_REACH = 600
"""How far back (characters) उन्होंने may refer: the sentence or two before it."""


def _previous_agent(text: str, pos: int, floor: int, bodies: _Spans) -> str | None:
    """The agent of the last "X ने" of the narrative before ``pos``: what a following
    उन्होंने refers back to ("सांसद ने … शुरू कर दिया है। उन्होंने लिखा, …"), even when that
    sentence quotes nothing. Agents inside quotations are the quoted speaker's, not the
    article's."""
    start = max(floor, pos - _ANTECEDENT_REACH)
    for m in reversed(list(_AGENT_NE.finditer(text, start, pos))):
        if bodies.any_overlaps(Span(m.start(), m.start() + 1)):
            continue
        speaker, _ = speaker_before(text, m.start(), start)
        if speaker and speaker.split()[0] not in PRONOUNS:
            return speaker
    return None
