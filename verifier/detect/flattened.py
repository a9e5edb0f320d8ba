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
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from verifier.detect import footer
from verifier.detect.draft import Found, clean_name, leading_mention, split_media, weighted_length
from verifier.lang.dates.strings import parse_date_prefix
from verifier.lang.textnorm import char_script, normalize
from verifier.model import Span
from verifier.parse import selectors as sel

MAX_SIGNED_WEIGHT = 340
"""Budget for the text above a signature (X's 280 plus leading reply mentions and slack)."""

_INDIC = frozenset(("deva", "beng", "arab", "guru", "gujr", "orya", "taml", "telu", "knda", "mlym"))
LATIN_WORD = re.compile(r"(?<![@#\w])[A-Za-z][A-Za-z'’\-]+")


@dataclass(frozen=True, slots=True)
class _Sig:
    start: int
    end: int
    name: str | None
    handle: str
    date: dt.date | None
    raw_date: str
    note: str = ""
    """Why the footer reads short: its date cut off or missing."""


def blocked_by(pos: int, end: int, blocked: Sequence[Span]) -> bool:
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


def line_kind(line: str) -> str:
    """``latin`` / ``indic`` / ``symbols`` (emoji or links only) / ``empty`` / ``junk``."""
    line = sel.RESIDUE_ANY.sub(" ", line).strip()
    if not line:
        return "empty"
    latin, indic = letter_counts(line)
    if latin + indic == 0:
        has_symbol = any(ord(ch) > 0x2000 and not ch.isspace() for ch in line)
        return (
            "symbols"
            if has_symbol or sel.MEDIA_LINK.search(line) or sel.TCO_LINK.search(line)
            else "junk"
        )
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
    latin_words = len(LATIN_WORD.findall(sel.ANY_URL.sub(" ", tail)))
    introduced = (
        sel.POST_CUES.search(text[start : last_indic + 1]) or "कहा" in text[start : last_indic + 1]
    )
    if latin_words < (1 if introduced else 3):
        return start  # a post written in an Indic script, ending with handles/links
    j = last_indic + 1
    while j < end and (text[j].isspace() or text[j] in "।॥.,:;!?-–—)'\"’”"):
        j += 1
    return j


def _footer_lines(text: str) -> list[re.Match[str]]:
    """SIGNATURE matches, searched only on the lines that contain "(@" (fast on long pages).

    A match's ``rest`` runs to the end of its line; the next search starts right after the
    handle, so several footers glued on one line are all found.
    """
    matches: list[re.Match[str]] = []
    pos = text.find("(@")
    while pos >= 0:
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        m = sel.SIGNATURE.search(text, start, end)
        while m is not None:
            matches.append(m)
            m = sel.SIGNATURE.search(text, m.start("rest"), end)
        pos = text.find("(@", end)
    return matches


def _signatures(text: str, blocked: Sequence[Span]) -> list[_Sig]:
    sigs: list[_Sig] = []
    matches = _footer_lines(text)
    for k, m in enumerate(matches):
        rest_end = m.end()
        if k + 1 < len(matches) and matches[k + 1].start() < rest_end:
            rest_end = matches[k + 1].start()  # the next footer on the same line
        if blocked_by(m.start(), rest_end, blocked):
            continue
        rest_start = m.start("rest")
        parsed = parse_date_prefix(text[rest_start:rest_end])
        date, after, raw = None, rest_start, ""
        if parsed is not None:
            date, used = parsed
            after = rest_start + used
            raw = text[rest_start : rest_start + used].strip()
        tail = text[after:rest_end]
        residue = sel.RESIDUE_TAIL.search(tail)
        if residue is not None:
            tail = tail[: residue.start()]
        leftover = sel.RESIDUE_ANY.sub("", tail).strip()
        note = ""
        if date is None and leftover and not sel.MEDIA_LINK.match(leftover):
            stub = footer.cut_date(leftover)
            if stub is not None:
                date, raw = stub
                note = f"footer date cut short or unread: {raw!r}"
                tail = ""  # the whole tail is the date
                after = rest_end
            elif footer.prose_resumes(leftover, m["name"]):
                note = "footer shows no date"
                tail, residue = "", None
            else:
                continue  # "— thanks (@friend) for the help": prose, not a footer
        if residue is not None:
            after = rest_end
        else:
            after = after + (len(tail) - len(tail.lstrip()))
        name = clean_name(m["name"], after_hyphen=m["dash"] == "-")
        sigs.append(_Sig(m.start(), after, name, m["handle"], date, raw, note))
    return sigs


def _pre_text(
    text: str, sig: _Sig, limit: int, blocked: Sequence[Span], multiline: bool = True
) -> int:
    """Start of the post text above/before a signature (``sig.start`` when there is none)."""
    line_start = max(limit, text.rfind("\n", 0, sig.start) + 1)
    start = sig.start
    head = _skip_residue_head(text, line_start, sig.start)
    same = text[head : sig.start]
    script: str | None = None
    budget = 0
    if same.strip() and line_kind(same) != "junk":
        start = _latin_tail_start(text, head, sig.start)
        kind = line_kind(text[start : sig.start])
        script = "latn" if kind in ("latin", "symbols") else "other"
        budget = weighted_length(text[start : sig.start])
        if start > head or not multiline:
            return start  # the line began with the article's own prose
    pos = line_start - 1
    while pos > limit:
        prev = max(limit, text.rfind("\n", 0, pos) + 1)
        if blocked_by(prev, pos, blocked):
            break
        head = _skip_residue_head(text, prev, pos)
        line = text[head:pos]
        kind = line_kind(line)
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


def _unfinished(body: str) -> bool:
    """The text above a footer stops mid-sentence: a comma or colon, or a quote left open."""
    body = body.rstrip()
    return (
        body.endswith((",", ":")) or body.count('"') % 2 == 1 or body.count("“") > body.count("”")
    )


def _continuation(
    text: str,
    start: int,
    limit: int,
    blocked: Sequence[Span],
    *,
    latin_rest: bool = False,
    unfinished: bool = False,
) -> int | None:
    """End of the part of a post that a flattened embed printed after its signature.

    X's markup puts the media link last, so a media link within three lines ends it (the
    text after the link belongs to whatever follows). Without one, in an article written in
    another script (``latin_rest``), the Latin lines up to the article's next line (or the
    end of the text) are the rest of the post when they end with a t.co link, or when the
    text above the footer stopped mid-sentence (``"Mr Modi,``).
    """
    pos = start
    lines = 0
    last: tuple[int, str] | None = None  # end and text of the last Latin line
    while True:
        if pos >= limit:
            if limit < len(text):
                return None  # the next footer: those lines are its post
            break
        if lines > 3:
            return None
        line_end = text.find("\n", pos)
        if line_end < 0 or line_end > limit:
            line_end = limit
        head = _skip_residue_head(text, pos, line_end)
        line = text[head:line_end]
        if blocked_by(head, line_end, blocked):
            return None
        media = sel.MEDIA_LINK.search(line)
        kind = line_kind(line[: media.start()] if media else line)
        if kind not in ("latin", "symbols", "empty"):
            break  # the article's own line
        if media is not None:
            return head + media.end()
        if kind != "empty":
            last = (head + len(line.rstrip()), line.rstrip())
        pos = line_end + 1
        lines += 1
    if last is None or not latin_rest:
        return None
    link = sel.TCO_LINK.search(last[1])
    ends_with_link = link is not None and link.end() == len(last[1])
    return last[0] if ends_with_link or unfinished else None


_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")


def clean_text(text: str) -> str:
    """Post text from a flattened copy: CMS residue out, HTML entities left by a
    copy of the page source (``&amp;``, ``&#39;``) decoded once."""
    text = sel.RESIDUE_ANY.sub(" ", text)
    if _ENTITY.search(text):
        text = html.unescape(text)
    return normalize(text)


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
        body, media = split_media(clean_text(text[start : sig.start]))
        end = sig.end
        notes: list[str] = [sig.note] if sig.note else []
        if not media:
            cont_end = _continuation(
                text, sig.end, limit, blocked, latin_rest=multiline, unfinished=_unfinished(body)
            )
            if cont_end is not None:
                more, more_media = split_media(clean_text(text[sig.end : cont_end]))
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
    if "/status" not in text and "/i/web/status" not in text:
        return out  # cheap exit: the URL regex cannot anchor on a literal prefix
    for i, m in enumerate(sel.STATUS_URL.finditer(text)):
        if blocked_by(m.start(), m.end(), blocked):
            continue
        handle = m["handle"] if m["handle"] and m["handle"].lower() != "i" else None
        out.append(
            Found(
                text="",
                origin="status-link",
                pos=m.start(),
                order=first_order + i,
                post_id=m["id"],
                handle=handle,
            )
        )
    return out
