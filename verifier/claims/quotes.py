"""Quotation marks and how they pair up into quotations (``find_quotes``).

Hindi news mixes quote styles freely (’…’, ”…”, ‘‘…’’), drops closing marks and glues
marks to the cue words around them; this module turns marks into ``QuoteSpan`` values,
paragraph by paragraph. It needs the speech-cue pattern only to find where an unopened
quotation begins or where a stray closing mark really ends one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from verifier.claims.cues import CUE
from verifier.lang.chars import SENTENCE_ENDS
from verifier.model import Span

# Doubled apostrophes ('' or ‘‘) are one mark in Hindi news typography.
_MARK = re.compile(r"''|‘‘|’’|``|[\"'“”‘’«»„‹›‚]")
_CLOSER_FOR = {
    "“": "”",
    "‘": "’",
    "«": "»",
    "„": "“",
    "‚": "‘",
    "‹": "›",
    "‘‘": "’’",
    "``": "''",
}
# Guillemets take a space inside in French typography (« Bonjour », ‹ oui ›), often a
# no-break one; German sets them the other way round (»Hallo«).
_GUILLEMETS = frozenset("«»‹›")
_DOUBLE_FAMILY = frozenset({'"', "“", "”", "''", "‘‘", "’’", "``", "„", "«", "»"})
_GUILLEMET_PAIRS = {"«": "»", "»": "«", "‹": "›", "›": "‹"}
_SENTENCE_END = SENTENCE_ENDS
_OPEN_BEFORE = set(" \n\t(:,;—–-[{") | set(_SENTENCE_END)
_CLOSE_AFTER = set(" \n\t),:;—–-]}") | set(_SENTENCE_END)


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
        guillemet = m.group(0) in _GUILLEMETS
        can_open = (before.isspace() or before in _OPEN_BEFORE) and (
            not after.isspace() or (m.group(0) in "«‹" and _next_is_word(text, e))
        )
        detached = _DETACHED_OPENER.search(text, max(0, s - 3), s) or (
            m.group(0) in _OPENING_SHAPED and before.isspace()
        )
        if not can_open and detached and after == " ":
            # A mark set off by spaces right after a cue's comma or colon opens the quote
            # ("लिखा,’ बिना …’", "म्हणतो, ” एका …”"), and so does an opening-shaped mark
            # between spaces ("लिखा कि ‘ क्योंकि …’"): loose typography of Hindi news.
            can_open = bool(text[e:].strip()[:1].isalnum())
        # A comma before a mark closes an English quotation ahead of its attribution
        # ("…,” she said"); with nothing open, the same mark opens a Hindi one ("लिखा,’ …’").
        can_close = before_is_letter or before in _SENTENCE_END or before in ".…?!,;"
        if guillemet and before.isspace() and m.group(0) in "»›":
            can_close = True  # « Bonjour »
        can_close = can_close and (after.isspace() or after in _CLOSE_AFTER or after in "'\"’”»›")
        if can_open or can_close:
            out.append(_Mark(s, e, m.group(0), can_open, can_close))
    return out


def _next_is_word(text: str, pos: int) -> bool:
    """A letter follows after at most two spaces (French « Bonjour »)."""
    k = pos
    while k < len(text) and k < pos + 2 and text[k].isspace() and text[k] != "\n":
        k += 1
    return k < len(text) and text[k].isalnum()


def _is_mark_char(ch: str) -> bool:
    # Devanagari vowel signs, virama and nukta are combining marks: letters for our purpose.
    return "\u093a" <= ch <= "\u094f" or "\u0962" <= ch <= "\u0963" or ch == "\u093c"


def _closes(opener: str, closer: str) -> bool:
    if opener in _GUILLEMETS or closer in _GUILLEMETS:
        return _GUILLEMET_PAIRS.get(opener) == closer  # « … » or » … «, never « … “
    if opener in _CLOSER_FOR and closer == _CLOSER_FOR[opener]:
        return True
    if opener == closer:
        return True
    # Hindi news mixes styles freely (’…’, ”…”, ‘…' ): accept any mark of the same family.
    return (opener in _DOUBLE_FAMILY) == (closer in _DOUBLE_FAMILY)


_DETACHED_OPENER = re.compile(r"[,:]\s{0,2}$")
_OPENING_SHAPED = frozenset({"‘", "“", "«", "„", "‘‘"})


def _direct_starts(text: str, start: int, end: int) -> list[int]:
    """Where unquoted direct speech may begin between ``start`` and ``end``: right after
    each cue followed by a comma or colon (verb + comma or colon), in order. Found once per
    paragraph, so a paragraph of many stray closing marks costs one scan, not one each."""
    out: list[int] = []
    for m in CUE.finditer(text, start, end):
        k = m.end()
        while k < end and text[k] == " ":
            k += 1
        if k < end and text[k] in ",:":
            out.append(k + 1)
    return out


def _after_direct_cue(text: str, starts: list[int], start: int, end: int) -> int:
    """Where unquoted direct speech begins before ``end``: after the last cue of
    ``starts`` (``_direct_starts``) before it, else ``start``."""
    k = bisect_right(starts, end)
    begin = starts[k - 1] if k else start
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
        starts: list[int] | None = None
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
                if starts is None:
                    starts = _direct_starts(text, para_start, para_end)
                begin = _after_direct_cue(text, starts, para_start, mk.start)
                quotes.append(QuoteSpan(begin, Span(begin, mk.start), mk.end, True, 0))
        # Whatever is still open is a quote whose closing mark is missing.
        for depth, opener in enumerate(stack):
            rest = text[opener.end : para_end]
            if (
                depth == 0
                and opener.text in "”’»"
                and opener.start - para_start > 20
                and len(rest.split()) <= 15
                and CUE.search(rest)
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
