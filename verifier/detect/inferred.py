"""Detect stage, text part: unsigned English blocks in an Indic article that are posts.

A flattened embed sometimes loses its footer (real articles rw-001, rw-008, rw-039 …): what
is left is an English block between Hindi paragraphs. The rules that tell it from English
that belongs to the article (rw-007's agency paragraph, rw-003's "Elon Musk Tweet:" headline,
datelines, captions, page furniture) are in ``inferred_posts``; ``benchmarks/detect.py``
measures them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.detect.author import AuthorGuess, guess_author
from verifier.detect.draft import Found, leading_mention, split_media, weighted_length
from verifier.detect.flattened import LATIN_WORD, clean_text, line_kind
from verifier.lang.textnorm import line_spans
from verifier.model import Paragraph, Span
from verifier.parse import selectors as sel

MAX_INFERRED_WEIGHT = 300
"""An unsigned English block longer than this is an article paragraph, not a post."""
MIN_INFERRED_WORDS = 4


def _overlapping(lines: Sequence[Span], spans: Sequence[Span]) -> list[bool]:
    """For each line (in order), whether it overlaps one of ``spans`` (one merge pass)."""
    ordered = sorted((s for s in spans if s.end > s.start), key=lambda s: s.start)
    flags: list[bool] = []
    k = 0
    for line in lines:
        while k < len(ordered) and ordered[k].end <= line.start:
            k += 1
        hit = False
        j = k
        while j < len(ordered) and ordered[j].start < line.end:
            if ordered[j].end > line.start:
                hit = True
                break
            j += 1
        flags.append(hit)
    return flags


def _voice(block: str) -> bool:
    """Written as a post is: first person, a greeting, informal punctuation, emoji or short
    broken lines. Article English (agency copy, FLORES-style news prose) is third-person,
    evenly punctuated running text."""
    if sel.FIRST_PERSON.search(block) or sel.GREETING.search(block) or sel.INFORMAL.search(block):
        return True
    lines = [line for line in block.split("\n") if line.strip()]
    return len(lines) >= 3 and sorted(len(line) for line in lines)[len(lines) // 2] < 40


def _x_tokens(block: str) -> bool:
    return bool(
        sel.MEDIA_LINK.search(block)
        or sel.TCO_LINK.search(block)
        or sel.MENTION.search(block)
        or sel.HASHTAG.search(block)
    )


_LATIN_RUN = re.compile(r"[A-Za-z]{2}")


def _candidate_line(line: str) -> bool:
    if _LATIN_RUN.search(line) is None:
        return False  # cheap exit for the article's own Indic lines
    if line_kind(line) != "latin" or sel.BOILERPLATE.match(line):
        return False
    if sel.DATELINE_TIME.search(line) and len(line.split()) <= 12:
        return False  # "7 Oct 2023 12:21 PM GMT", "Name : Dec 04, 2021, 09:30 PM"
    return not (line.startswith("(") and line.endswith(")"))  # captions "(Photo: …)"


def inferred_posts(
    text: str,
    paragraphs: Sequence[Paragraph],
    covered: Sequence[Span],
    first_order: int = 0,
) -> list[Found]:
    """English blocks in an Indic article that read as a post without a signature.

    A block (consecutive English lines, blank lines allowed) is kept when it is short
    enough to be a post and either carries X tokens (media or t.co link, @mention,
    #hashtag), or is written the way posts are (first person, greeting, informal
    punctuation, emoji, short broken lines) and either a line just before it says someone
    posted/wrote ("ने ट्वीट कर कहा", "उन्होंने लिखा") or another post precedes it with only
    the article's own lines between (a translation, then the next post: rw-001). English
    reporting about a post ("… said", "tweeted") without X tokens is article prose (rw-007),
    as are datelines, captions and page furniture.
    """
    not_body = [p.span for p in paragraphs if p.kind in ("title", "heading", "meta")]
    lines = line_spans(text)
    texts = [text[s.start : s.end] for s in lines]
    in_post = _overlapping(lines, covered)
    excluded = _overlapping(lines, [*covered, *not_body])
    candidate = [not excluded[i] and _candidate_line(t) for i, t in enumerate(texts)]
    kinds: dict[int, str] = {}

    def kind(i: int) -> str:
        if i not in kinds:
            kinds[i] = line_kind(texts[i])
        return kinds[i]

    out: list[Found] = []
    last_post = -1  # index of the last line that belongs to a post, scanning forward
    i = 0
    while i < len(lines):
        if not candidate[i]:
            if in_post[i]:
                last_post = i
            i += 1
            continue
        first = i
        while i < len(lines) and candidate[i]:
            i += 1
        last = i - 1
        start, end = lines[first].start, lines[last].end
        block = text[start:end]
        words = LATIN_WORD.findall(sel.ANY_URL.sub(" ", block))
        if len(words) < MIN_INFERRED_WORDS or weighted_length(block) > MAX_INFERRED_WEIGHT:
            continue
        tokens = _x_tokens(block)
        # A cue in the (up to two) article lines just before, not across a post.
        cue = False
        for j in range(first - 1, max(first - 3, -1), -1):
            if in_post[j]:
                break
            if kind(j) == "indic" and sel.POST_CUES.search(texts[j]):
                cue = True
                break
        # A post, then the article's own line(s), then this block: the article alternates
        # translation and post (rw-001). English right after a post is not chained.
        between = range(last_post + 1, first)
        chain = (
            last_post >= 0 and 1 <= len(between) <= 2 and all(kind(j) == "indic" for j in between)
        )
        if not tokens and sel.REPORTING_VERBS.search(block):
            continue
        if not (tokens or ((cue or chain) and _voice(block))):
            continue
        # The article's lines just before the block, not across an earlier post.
        context_start = lines[max(0, first - 4, last_post + 1)].start
        after_inferred = (
            bool(out) and last_post >= 0 and out[-1].pos < lines[last_post].end <= start
        )
        last_post = last
        body, media = split_media(clean_text(block))
        author = guess_author(text, start, context_start, body)
        if author.name is None and chain and after_inferred:
            # The article renders posts in turn (rw-001): the one before is by the same author.
            author = AuthorGuess(out[-1].author_name, out[-1].notes[-1])
        found = Found(
            text=body,
            origin="inferred",
            pos=start,
            order=first_order + len(out),
            author_name=author.name,
            media=media,
            span=Span(start, end),
            in_reply_to=leading_mention(body),
            notes=["no signature: inferred from an English block in the article", author.note],
        )
        out.append(found)
    return out
