"""Detect stage: every social post an article embeds, as ``Post`` values in document order.

Sources, in this order: the embed fragments that ``parse`` kept (``Article.embeds``), then
the rest of the text — flattened signatures, bare status links, and unsigned English blocks
(``flattened``). Repeated copies of one post (CMS leftovers, a post embedded twice) become
one ``Post``; a quoted post is its own ``Post`` linked through ``quoted_post``.

Post text conventions (what the aligner and ``--confirm`` compare): entities decoded once,
``<br>`` as a newline, paragraphs split by a blank line, links as their visible text;
``t.co`` links stay in ``text`` (X keeps them in the canonical text), ``pic.twitter.com`` /
``pic.x.com`` media links go to ``media`` and out of ``text``. Letterless decoration a
flattened embed prints after its signature (flags, emoji) goes to ``notes``.

``posted_at`` is the UTC day of the Snowflake id when there is one, else the footer date;
the footer date itself is kept in ``notes`` (``snowflake.footer_note``) for the date checks.
``in_reply_to`` is the handle a post opens with ("@bhogleharsha @IPL – …": old replies keep
the mention in the text), a hint rather than a fact. ``span`` is ``None`` for posts that show
no text in the article (bare status links, text-less embeds, a quoted post nested in another).
"""

from __future__ import annotations

import re

from verifier.detect import flattened, inferred
from verifier.detect.author import NOTE_PREFIXES as INFERRED_NOTES
from verifier.detect.draft import Found, finish
from verifier.detect.markup import posts_from_markup
from verifier.detect.names import same_person
from verifier.lang.textnorm import fold
from verifier.model import Article, Post, PostKey, Skipped, Span
from verifier.parse import selectors as sel

_LETTER = re.compile(r"[^\W\d_]")
_SCRIPT_SAMPLE = 20_000
MAX_EMBEDS = 500
"""Embeds read per page; a real article has a handful (bounded work on hostile pages)."""


def _text_key(text: str) -> str:
    """Copies of one post differ in spacing and punctuation (bs4 ``get_text`` variants)."""
    return re.sub(r"[\W_]+", "", fold(text))


def _same_text(a: str, b: str) -> bool:
    fa, fb = _text_key(a), _text_key(b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    short, long_ = sorted((fa, fb), key=len)
    return len(short) >= 30 and long_.startswith(short)


def _twins(a: Found, b: Found) -> bool:
    if a.platform != b.platform:
        return False
    if a.post_id and b.post_id:
        return a.post_id == b.post_id
    if a.post_id and not b.text and b.post_id is None:
        return False
    if a.handle and b.handle and a.handle.lower() != b.handle.lower():
        return False
    return _same_text(a.text, b.text)


def _junk_between(text: str, a: Span, b: Span) -> bool:
    """Only CMS residue, punctuation or whitespace between two copies of one post."""
    lo, hi = (a, b) if a.start <= b.start else (b, a)
    if hi.start <= lo.end:
        return True
    if hi.start - lo.end > 500:
        return False  # far more than any CMS leftover (and keeps repeated merges linear)
    gap = sel.RESIDUE_ANY.sub("", text[lo.end : hi.start])
    return _LETTER.search(gap) is None


def _absorb(keep: Found, other: Found, text: str) -> None:
    """Fold a repeated copy into the first one."""
    if len(other.text) > len(keep.text):
        keep.text = other.text
        keep.lang = other.lang or keep.lang
    if keep.origin == "inferred" and other.origin != "inferred":
        # A signed copy: the post's own name wins over the one the article gives.
        keep.origin = other.origin
        keep.author_name = None
        keep.notes = [n for n in keep.notes if not n.startswith(INFERRED_NOTES)]
    for name in (
        "post_id",
        "author_name",
        "handle",
        "shown_date",
        "lang",
        "quotes_id",
        "in_reply_to",
    ):
        if getattr(keep, name) in (None, ""):
            setattr(keep, name, getattr(other, name))
    if not keep.shown_date_raw:
        keep.shown_date_raw = other.shown_date_raw
    keep.media.extend(m for m in other.media if m not in keep.media)
    keep.notes.extend(n for n in other.notes if n not in keep.notes)
    if other.span is not None:
        if keep.span is None:
            keep.span = other.span
        elif _junk_between(text, keep.span, other.span):
            keep.span = Span(
                min(keep.span.start, other.span.start), max(keep.span.end, other.span.end)
            )
        else:
            keep.notes.append(f"repeated at offset {other.span.start}")
    if keep.origin == "status-link" and other.origin != "status-link":
        keep.origin = other.origin
    keep.pos = min(keep.pos, other.pos)


def _merge(items: list[Found], text: str) -> list[Found]:
    """One draft per post. Indexed by id and by the start of the text key, so a page with
    thousands of embeds stays linear (twins by text share their first 30 key characters)."""
    out: list[Found] = []
    by_id: dict[tuple[str, str], Found] = {}
    by_text: dict[tuple[str, str], list[Found]] = {}
    for item in sorted(items, key=lambda f: (f.pos, f.order)):
        key = _text_key(item.text)
        twin = by_id.get((item.platform, item.post_id)) if item.post_id else None
        if twin is None and key:
            twin = next(
                (o for o in by_text.get((item.platform, key[:30]), ()) if _twins(o, item)), None
            )
        if twin is None:
            out.append(item)
            twin = item
        else:
            _absorb(twin, item, text)
        if twin.post_id:
            by_id.setdefault((twin.platform, twin.post_id), twin)
        twin_key = _text_key(twin.text)
        if twin_key:
            bucket = by_text.setdefault((twin.platform, twin_key[:30]), [])
            if not any(o is twin for o in bucket):
                bucket.append(twin)
    return sorted(out, key=lambda f: (f.pos, f.order))


def _own_names(items: list[Found]) -> None:
    """An unsigned post's author, as the article names it, written the way the post's own
    account writes it when a post of the same article is signed by that account (one
    account only: two that match leave the article's name)."""
    accounts = {(f.author_name, f.handle) for f in items if f.origin != "inferred" and f.handle}
    for found in items:
        if found.origin != "inferred" or not found.author_name:
            continue
        hits = {a for a in accounts if same_person(found.author_name, *a)}
        if len(hits) == 1:
            [(name, handle)] = hits
            found.notes.append(
                f"author {found.author_name} = @{handle}, who signs another post here"
            )
            found.author_name = name or found.author_name


def _inside_posts(items: list[Found], found: Found) -> Found | None:
    for other in items:
        if other.span is not None and other.span.start <= found.pos < other.span.end:
            return other
    return None


def _indic_article(text: str, covered: list[Span]) -> bool:
    """True when the article's own prose (posts left out) is mostly in an Indic script.

    Unsigned English blocks are looked for only where English is the exception, and a
    flattened post's text above its footer may span several lines only there.
    """
    pieces: list[str] = []
    pos = 0
    for span in sorted(covered, key=lambda s: s.start):
        pieces.append(text[pos : span.start])
        pos = max(pos, span.end)
    pieces.append(text[pos:])
    # The proportion is settled by a sample; counting a whole long page costs milliseconds.
    latin, other = flattened.letter_counts("".join(pieces)[:_SCRIPT_SAMPLE])
    return other > 0 and latin <= 0.7 * (latin + other)


def detect_posts(article: Article) -> tuple[tuple[Post, ...], tuple[Skipped, ...]]:
    """Posts embedded in ``article`` (keys ``p1``, ``p2`` … in document order) and what was skipped."""
    drafts: list[Found] = []
    skipped: list[Skipped] = []
    order = 0
    for index, em in enumerate(article.embeds):
        if index >= MAX_EMBEDS:
            skipped.append(
                Skipped(
                    what=f"{len(article.embeds) - index} more embeds",
                    why=f"more than {MAX_EMBEDS} on one page",
                )
            )
            break
        found, skip = posts_from_markup(em, order)
        drafts.extend(found)
        skipped.extend(skip)
        order += len(found) + 1

    text = article.text
    blocked = [em.span for em in article.embeds if em.span.end > em.span.start]
    indic = _indic_article(text, blocked)
    signed = flattened.signature_posts(text, blocked, order, multiline=indic)
    order += len(signed)
    links: list[Found] = []
    for link in flattened.status_link_posts(text, blocked, order):
        host = _inside_posts(signed, link)
        if host is None:
            links.append(link)
        elif host.post_id != link.post_id and host.quotes_id is None:
            host.quotes_id = link.post_id
            link.origin = "quoted-link"
            links.append(link)
    order += len(links)
    covered = blocked + [f.span for f in signed if f.span is not None]
    unsigned: list[Found] = []
    if _indic_article(text, covered):
        unsigned = inferred.inferred_posts(text, article.paragraphs, covered, order)

    merged = _merge(drafts + signed + links + unsigned, text)
    _own_names(merged)
    keys = {id(f): PostKey(f"p{i}") for i, f in enumerate(merged, start=1)}
    by_id = {f.post_id: keys[id(f)] for f in merged if f.post_id}
    posts = tuple(
        finish(f, keys[id(f)], by_id.get(f.quotes_id) if f.quotes_id else None) for f in merged
    )
    return posts, tuple(skipped)
