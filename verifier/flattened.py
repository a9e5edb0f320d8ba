"""Detect stage, text part: posts left in an article's text as flattened embeds.

Three shapes, all seen in the real articles of ``../shared/data/real-articles/``:

* a signature ``TEXT— Name (@handle) Date`` (own line or glued; ``&mdash;``, ``--``),
  with the post text before it, possibly continued after it up to the media link
  (rw-006: first half, signature, second half with ``pic.twitter.com``; the seed: flags
  and the media link on the line after), possibly repeated with CMS attribute residue (rw-023);
* a bare status link ``https://x.com/user/status/ID``;
* a block of English inside an Indic article with no signature left (rw-001, rw-008, …),
  kept only with evidence that it is a post (see ``inferred_posts``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from verifier import selectors as sel
from verifier.datestrings import parse_date_prefix
from verifier.model import Paragraph, Span
from verifier.postdraft import Found, clean_name, leading_mention, split_media, weighted_length
from verifier.textnorm import char_script, normalize

MAX_SIGNED_WEIGHT = 340
"""Budget for the text above a signature (X's 280 plus leading reply mentions and slack)."""
MAX_INFERRED_WEIGHT = 300
"""An unsigned English block longer than this is an article paragraph, not a post."""
MIN_INFERRED_WORDS = 4

_INDIC = frozenset(("deva", "beng", "arab", "guru", "gujr", "orya", "taml", "telu", "knda", "mlym"))
_LATIN_WORD = re.compile(r"(?<![@#\w])[A-Za-z][A-Za-z'’\-]+")


@dataclass(frozen=True, slots=True)
class _Sig:
    start: int
    end: int
    name: str | None
    handle: str
    date: dt.date | None
    raw_date: str


def _blocked(pos: int, end: int, blocked: Sequence[Span]) -> bool:
    return any(b.start < end and pos < b.end for b in blocked)


# Letters by script, counted with one C-level pass each (a Python loop per character costs
# ~100 ms on a 130 KB page). "Other" is every non-Latin letter script the articles use.
_NOT_LATIN_LETTER = re.compile(r"[^A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+")
_NOT_OTHER_LETTER = re.compile(
    r"[^\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0963\u0971-\u0d7f"
    r"\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\ufb50-\ufdff\ufe70-\ufeff]+"
)


def letter_counts(text: str) -> tuple[int, int]:
    """(Latin letters, letters of other scripts) in ``text``."""
    return len(_NOT_LATIN_LETTER.sub("", text)), len(_NOT_OTHER_LETTER.sub("", text))


def _line_kind(line: str) -> str:
    """``latin`` / ``indic`` / ``symbols`` (emoji or links only) / ``empty`` / ``junk``."""
    line = sel.RESIDUE_ANY.sub(" ", line).strip()
    if not line:
        return "empty"
    latin, indic = letter_counts(line)
    if latin + indic == 0:
        has_symbol = any(ord(ch) > 0x2000 and not ch.isspace() for ch in line)
        return "symbols" if has_symbol or sel.MEDIA_LINK.search(line) or sel.TCO_LINK.search(line) else "junk"
    return "latin" if latin >= 0.8 * (latin + indic) else "indic"


def _skip_residue_head(text: str, start: int, end: int) -> int:
    m = sel.RESIDUE_HEAD.match(text, start, end)
    return m.end() if m else start


def _latin_tail_start(text: str, start: int, end: int) -> int:
    """In a mixed line ``… कहा। Great to see …— Name``, where the English post begins."""
    last_indic = -1
    for i in range(end - 1, start - 1, -1):
        if char_script(text[i]) in _INDIC:
            last_indic = i
            break
    if last_indic < 0:
        return start
    tail = text[last_indic + 1 : end]
    if len(_LATIN_WORD.findall(sel.ANY_URL.sub(" ", tail))) < 3:
        return start  # a post written in an Indic script, ending with handles/links
    j = last_indic + 1
    while j < end and (text[j].isspace() or text[j] in "।॥.,:;!?-–—)'\"’”"):
        j += 1
    return j


def _signatures(text: str, blocked: Sequence[Span]) -> list[_Sig]:
    sigs: list[_Sig] = []
    for m in sel.SIGNATURE.finditer(text):
        if _blocked(m.start(), m.end(), blocked):
            continue
        rest_start = m.start("rest")
        parsed = parse_date_prefix(m["rest"])
        date, after, raw = None, rest_start, ""
        if parsed is not None:
            date, used = parsed
            after = rest_start + used
            raw = m["rest"][:used].strip()
        tail = text[after : m.end()]
        residue = sel.RESIDUE_TAIL.search(tail)
        if residue is not None:
            tail = tail[: residue.start()]
        leftover = sel.RESIDUE_ANY.sub("", tail).strip()
        if date is None and leftover and not sel.MEDIA_LINK.match(leftover):
            continue  # "— thanks (@friend) for the help": prose, not a footer
        if residue is not None:
            after = m.end()
        else:
            after = after + (len(tail) - len(tail.lstrip()))
        name = clean_name(m["name"], after_hyphen=m["dash"] == "-")
        sigs.append(_Sig(m.start(), after, name, m["handle"], date, raw))
    return sigs


def _pre_text(text: str, sig: _Sig, limit: int, blocked: Sequence[Span], multiline: bool = True) -> int:
    """Start of the post text above/before a signature (``sig.start`` when there is none)."""
    line_start = max(limit, text.rfind("\n", 0, sig.start) + 1)
    start = sig.start
    head = _skip_residue_head(text, line_start, sig.start)
    same = text[head : sig.start]
    script: str | None = None
    budget = 0
    if same.strip() and _line_kind(same) != "junk":
        start = _latin_tail_start(text, head, sig.start)
        kind = _line_kind(text[start : sig.start])
        script = "latn" if kind in ("latin", "symbols") else "other"
        budget = weighted_length(text[start : sig.start])
        if start > head or not multiline:
            return start  # the line began with the article's own prose
    pos = line_start - 1
    while pos > limit:
        prev = max(limit, text.rfind("\n", 0, pos) + 1)
        if _blocked(prev, pos, blocked):
            break
        head = _skip_residue_head(text, prev, pos)
        line = text[head:pos]
        kind = _line_kind(line)
        if kind == "empty":
            pos = prev - 1
            continue
        if kind == "junk" or sel.SIGNATURE.search(line) or sel.BOILERPLATE.match(line):
            break
        if script is None:
            script = "latn" if kind in ("latin", "symbols") else "other"
        elif script != "latn" or kind not in ("latin", "symbols"):
            break
        budget += weighted_length(line)
        if budget > MAX_SIGNED_WEIGHT and start < sig.start:
            break
        start = head
        if script != "latn" or not multiline:
            break  # an Indic-script post: one paragraph, the article around it is in that script too
        pos = prev - 1
    return start


def _continuation(text: str, start: int, limit: int, blocked: Sequence[Span]) -> int | None:
    """End of the part of a post that a flattened embed printed after its signature.

    Accepted only when it ends with the post's media link within three lines, since that is
    what X's markup puts last; the text after the link belongs to whatever follows.
    """
    pos = start
    lines = 0
    while pos < limit and lines <= 3:
        line_end = text.find("\n", pos)
        if line_end < 0 or line_end > limit:
            line_end = limit
        head = _skip_residue_head(text, pos, line_end)
        line = text[head:line_end]
        if _blocked(head, line_end, blocked):
            return None
        media = sel.MEDIA_LINK.search(line)
        kind = _line_kind(line[: media.start()] if media else line)
        if kind not in ("latin", "symbols", "empty"):
            return None
        if media is not None:
            return head + media.end()
        pos = line_end + 1
        lines += 1
    return None


def _clean(text: str) -> str:
    return normalize(sel.RESIDUE_ANY.sub(" ", text))


def signature_posts(
    text: str, blocked: Sequence[Span], first_order: int = 0, *, multiline: bool = True
) -> list[Found]:
    """Posts marked by a flattened footer ``— Name (@handle) Date``.

    ``multiline=False`` (an article whose own prose is in Latin script too) takes only the
    paragraph next to the footer: the article's paragraphs above it look just like a post.
    """
    sigs = _signatures(text, blocked)
    out: list[Found] = []
    prev_end = 0
    for i, sig in enumerate(sigs):
        limit = sigs[i + 1].start if i + 1 < len(sigs) else len(text)
        start = _pre_text(text, sig, prev_end, blocked, multiline)
        body, media = split_media(_clean(text[start : sig.start]))
        end = sig.end
        notes: list[str] = []
        if not media:
            cont_end = _continuation(text, sig.end, limit, blocked)
            if cont_end is not None:
                more, more_media = split_media(_clean(text[sig.end : cont_end]))
                media += more_media
                end = cont_end
                if any(char_script(ch) for ch in more):
                    body = f"{body}\n\n{more}" if body else more
                elif more:
                    notes.append(f"shown after the signature: {more}")
        prev_end = end
        out.append(
            Found(
                text=body,
                origin="flattened-text",
                pos=start,
                order=first_order + i,
                handle=sig.handle,
                author_name=sig.name,
                shown_date=sig.date,
                shown_date_raw=sig.raw_date,
                media=media,
                span=Span(start, end),
                in_reply_to=leading_mention(body),
                notes=notes,
            )
        )
    return out


def status_link_posts(text: str, blocked: Sequence[Span], first_order: int = 0) -> list[Found]:
    """Bare ``…/status/ID`` links in the text: posts known only by their id."""
    out: list[Found] = []
    for i, m in enumerate(sel.STATUS_URL.finditer(text)):
        if _blocked(m.start(), m.end(), blocked):
            continue
        handle = m["handle"] if m["handle"] and m["handle"].lower() != "i" else None
        out.append(
            Found(text="", origin="status-link", pos=m.start(), order=first_order + i, post_id=m["id"], handle=handle)
        )
    return out


# --- unsigned English blocks ------------------------------------------------------------

_STOP = frozenset(
    "और कि को में पर से का की के है हैं था थी थे भी तो इस उस यह वह ये वो एक कर करते हुए बाद पहले जब तब "
    "लेकिन इसके उनके अपने साथ द्वारा ही न ना फिर वहीं इसी दौरान मौके बीच लिए जवाब इसके बाद".split()
)
_ROLES = frozenset(
    "केंद्रीय मंत्री प्रधानमंत्री पीएम विदेश स्वास्थ्य रेल वित्त गृह रक्षा नेता सांसद विधायक अध्यक्ष "
    "राष्ट्रपति उपराष्ट्रपति कप्तान पूर्व मुख्यमंत्री सीएम वरिष्ठ श्री डॉ डॉ. अभिनेता अभिनेत्री क्रिकेटर "
    "कोच राजदूत महासचिव उद्योगपति प्रवक्ता भारतीय अमेरिकी महानायक दिग्गज".split()
)
_AGENT = re.compile(r"((?:[\u0900-\u097F.]+\s+){1,4})ने(?=[\s,])")


def _speaker(lines: Sequence[str]) -> str | None:
    """Nearest named agent of "<name> ने …" in the lines before a block (last line first)."""
    for line in reversed(lines):
        for m in reversed(list(_AGENT.finditer(line))):
            words = m.group(1).split()
            kept: list[str] = []
            for word in reversed(words):
                if word.rstrip(".।") in _STOP:
                    break
                kept.insert(0, word)
            while kept and kept[0] in _ROLES:
                kept.pop(0)
            if kept:
                return " ".join(kept)
    return None


def _line_spans(text: str) -> list[Span]:
    out: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _cue_before(text: str, lines: Sequence[Span], start: int, covered: Sequence[Span]) -> bool:
    """A post cue in the (up to two) article lines just before ``start``, not across a post."""
    seen = 0
    for span in reversed([s for s in lines if s.end <= start]):
        if _blocked(span.start, span.end, covered) or seen == 2:
            return False
        line = text[span.start : span.end]
        if _line_kind(line) == "indic" and sel.POST_CUES.search(line):
            return True
        seen += 1
    return False


def _x_tokens(block: str) -> bool:
    return bool(
        sel.MEDIA_LINK.search(block) or sel.TCO_LINK.search(block) or sel.MENTION.search(block) or sel.HASHTAG.search(block)
    )


def _candidate_line(line: str) -> bool:
    if _line_kind(line) != "latin" or sel.BOILERPLATE.match(line):
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
    enough to be a post and one of these holds: it carries X tokens (media or t.co link,
    @mention, #hashtag); a line just before it says someone posted/wrote ("ने ट्वीट कर
    कहा", "उन्होंने लिखा"); or another post ends just before it (a translation then the
    next post: rw-001). English reporting about a post ("… said", "tweeted") without X
    tokens is article prose (rw-007), as are datelines, captions and page furniture.
    """
    not_body = [p.span for p in paragraphs if p.kind in ("title", "heading", "meta")]
    lines = _line_spans(text)
    out: list[Found] = []
    groups: list[list[Span]] = []
    current: list[Span] = []
    for span in lines:
        line = text[span.start : span.end]
        if _candidate_line(line) and not _blocked(span.start, span.end, [*covered, *not_body]):
            current.append(span)
            continue
        if current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)

    post_ends = sorted(s.end for s in covered)
    for n, group in enumerate(groups):
        start, end = group[0].start, group[-1].end
        block = text[start:end]
        words = _LATIN_WORD.findall(sel.ANY_URL.sub(" ", block))
        if len(words) < MIN_INFERRED_WORDS or weighted_length(block) > MAX_INFERRED_WEIGHT:
            continue
        tokens = _x_tokens(block)
        cue = _cue_before(text, lines, start, covered)
        # A post just before, then the article's own line(s), then this block: the article
        # alternates translation and post (rw-001). English right after a post is not chained.
        previous_end = max((e for e in post_ends if e <= start), default=-1)
        between = [s for s in lines if previous_end <= s.start < start]
        chain = previous_end >= 0 and 1 <= len(between) <= 2 and all(
            _line_kind(text[s.start : s.end]) == "indic" for s in between
        )
        if not tokens and sel.REPORTING_VERBS.search(block):
            continue
        if not (tokens or cue or chain):
            continue
        body, media = split_media(normalize(block))
        context = [text[s.start : s.end] for s in lines if s.end <= start][-4:]
        speaker = _speaker([c for c in context if _line_kind(c) == "indic"])
        notes = ["no signature: inferred from an English block in the article"]
        if speaker:
            notes.append(f"author taken from the article: {speaker} ने …")
        found = Found(
            text=body,
            origin="inferred",
            pos=start,
            order=first_order + n,
            author_name=speaker,
            media=media,
            span=Span(start, end),
            in_reply_to=leading_mention(body),
            notes=notes,
        )
        out.append(found)
        post_ends.append(end)
        post_ends.sort()
    return out
