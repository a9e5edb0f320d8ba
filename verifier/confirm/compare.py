"""Confirm stage, comparison (pure): an embedded post against the platform's version →
a ``Confirmation``; a mismatch → an ``embed-mismatch`` ``Finding`` with evidence.

Texts are compared word by word after ``textnorm.fold`` (case, curly quotes, WordPress
dashes and ellipses), ignoring links (an embed shows ``pic.twitter.com``/t.co links the
platform text lacks or expands) and leading reply @mentions (outside X's display range).
Embeds cut long posts with "…": the shorter, cut side is compared as a prefix.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from verifier.confirm.canonical import CanonicalPost, CanonicalResult, snowflake_time
from verifier.confirm.platforms import platform_name
from verifier.lang.textnorm import fold, tokenize
from verifier.model import Confirmation, Finding, Post, Span

_LINK = re.compile(
    r"https?://t\.co/[A-Za-z0-9]+"  # X's shortener: fixed shape (may touch a following #tag)
    r"|(?:https?://|www\.)[^\s…]+"
    r"|(?<![\w/.])(?:pic\.(?:twitter|x)\.com|t\.co)/[A-Za-z0-9]+"
    # A link as X's web page shows it (display_url): "reddit.com/r/technology/c…".
    r"|(?<![\w@/.])(?:[a-z0-9-]+\.)+[a-z]{2,}/\S*",
    re.I,
)
_ELLIPSIS = ("…", "...")
# Handles that appear in status URLs instead of the author's ("/i/status/", "/i/web/status/").
_PLACEHOLDER_HANDLES = frozenset({"i", "web", "user", "status"})
_MAX_DESCRIBED = 3

Field = Literal["text", "handle", "author", "date"]


@dataclass(frozen=True, slots=True)
class Difference:
    """One way the embed differs from the platform's version."""

    field: Field
    embed: str
    canonical: str
    embed_span: Span | None = None
    """Where the differing words sit in ``Post.text`` (text differences only)."""

    def describe(self) -> str:
        if self.field == "text":
            if not self.canonical:
                return f'embed adds "{self.embed}"'
            if not self.embed:
                return f'embed lacks "{self.canonical}"'
            return f'embed has "{self.embed}" where the post has "{self.canonical}"'
        if self.field == "handle":
            return f"embed names @{self.embed}, the post is by @{self.canonical}"
        if self.field == "author":
            return f'embed names "{self.embed}", the post is by "{self.canonical}"'
        return f"embed dates it {self.embed}, the post was published {self.canonical}"


@dataclass(frozen=True, slots=True)
class _Word:
    key: str
    text: str
    start: int
    end: int


def _words(text: str) -> list[_Word]:
    links = [m.span() for m in _LINK.finditer(text)]
    words = []
    for token in tokenize(text):
        if any(start <= token.start < end for start, end in links):
            continue
        key = fold(token.text).lstrip("#@")
        if key:
            words.append(_Word(key, token.text, token.start, token.end))
    # Leading reply @mentions are outside X's display range; embeds may show them.
    first = 0
    while first < len(words) and words[first].text.startswith("@"):
        first += 1
    return words[first:]


def _is_cut(text: str) -> bool:
    # A cut embed may still end with the link to the full post and the media link:
    # "… carry supplies, mail, and passengers to… https://t.co/… pic.twitter.com/…".
    return _LINK.sub("", text).rstrip().endswith(_ELLIPSIS)


def _prefix_trim(cut: list[_Word], full: list[_Word]) -> tuple[list[_Word], list[_Word]] | None:
    """Trim ``full`` to the length of the ``cut`` side; the cut side's last word may
    be a fragment ("commenda…")."""
    if len(cut) > len(full):
        return None
    full = full[: len(cut)]
    if cut and cut[-1].key != full[-1].key and full[-1].key.startswith(cut[-1].key):
        cut = [*cut[:-1], _Word(full[-1].key, cut[-1].text, cut[-1].start, cut[-1].end)]
    return cut, full


def text_differences(
    embed_text: str,
    canonical_text: str,
    *,
    embed_truncated: bool = False,
    canonical_truncated: bool = False,
) -> tuple[list[Difference], list[str]]:
    """Word-level differences of two renderings of one post, plus notes on how they
    were compared. Spans index ``embed_text``."""
    notes: list[str] = []
    embed, canon = _words(embed_text), _words(canonical_text)
    if embed_truncated or _is_cut(embed_text):
        trimmed = _prefix_trim(embed, canon)
        if trimmed is not None:
            embed, canon = trimmed
            notes.append("the embed is shortened with …; compared as a prefix")
    elif canonical_truncated or _is_cut(canonical_text):
        trimmed = _prefix_trim(canon, embed)
        if trimmed is not None:
            canon, embed = trimmed
            notes.append("X returns a shortened text for this long post; compared as a prefix")
    differences = []
    matcher = difflib.SequenceMatcher(
        a=[w.key for w in embed], b=[w.key for w in canon], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        ours, theirs = embed[i1:i2], canon[j1:j2]
        if ours:
            span: Span | None = Span(ours[0].start, ours[-1].end)
        elif embed:  # nothing on our side: point at the word before the gap
            anchor = embed[i1 - 1] if i1 > 0 else embed[0]
            span = Span(anchor.start, anchor.end)
        else:
            span = None
        differences.append(
            Difference(
                "text", " ".join(w.text for w in ours), " ".join(w.text for w in theirs), span
            )
        )
    return differences, notes


def _same_person(a: str, b: str) -> bool:
    # Display names drift (emoji, "(Modi Ka Parivar)", titles); only a name sharing no
    # word and little spelling with the other counts as a different person.
    ours = {w.key for w in _words(a) if len(w.key) > 1}
    theirs = {w.key for w in _words(b) if len(w.key) > 1}
    if not ours or not theirs or ours & theirs:
        return True
    return fuzz.ratio(fold(a), fold(b)) >= 80


def differences(post: Post, canonical: CanonicalPost) -> tuple[list[Difference], list[str]]:
    """Every difference between an embedded post and its canonical version, with notes."""
    found: list[Difference] = []
    notes: list[str] = []
    if post.text.strip() and canonical.text.strip():
        found, notes = text_differences(
            post.text,
            canonical.text,
            embed_truncated=post.truncated,
            canonical_truncated=canonical.truncated,
        )
    elif not post.text.strip():
        notes.append("the embed shows no text; only the post's existence was checked")
    else:
        notes.append(f"{platform_name(post.platform)} returned no text for this post")
    handle = (post.handle or "").lstrip("@")
    if handle and canonical.handle and handle.casefold() not in _PLACEHOLDER_HANDLES:
        if handle.casefold() != canonical.handle.casefold():
            found.append(Difference("handle", handle, canonical.handle))
    if post.author_name and canonical.author_name:
        if not _same_person(post.author_name, canonical.author_name):
            found.append(Difference("author", post.author_name, canonical.author_name))
    created = canonical.created_at or (
        snowflake_time(post.post_id) if post.post_id and post.platform == "x" else None
    )
    if post.posted_at is not None and created is not None:
        days = abs((post.posted_at - created.astimezone(dt.UTC).date()).days)
        if days > 1:
            found.append(Difference("date", post.posted_at.isoformat(), created.date().isoformat()))
        elif days == 1:
            notes.append("the embed's date is one day off (time zones)")
    if len(canonical.edit_ids) > 1:
        notes.append(f"the post was edited ({len(canonical.edit_ids)} versions)")
    return found, notes


def _summary(found: list[Difference]) -> str:
    text = "; ".join(d.describe() for d in found[:_MAX_DESCRIBED])
    if len(found) > _MAX_DESCRIBED:
        text += f"; and {len(found) - _MAX_DESCRIBED} more differences"
    return text


def compare_with_embed(post: Post, canonical: CanonicalPost) -> Confirmation:
    """``confirmed`` or ``mismatch`` (``detail`` names the differing words)."""
    found, notes = differences(post, canonical)
    if found:
        detail = _summary(found)
        if any("edited" in n for n in notes):
            detail += " (the post was edited)"
    else:
        detail = "; ".join([f"matches the post on {platform_name(post.platform)}", *notes])
    text = canonical.text
    if canonical.truncated and not _is_cut(text):
        text += "…"  # keep the "compare as prefix" fact in the stored text
    created = canonical.created_at
    return Confirmation(
        post=post.key,
        state="mismatch" if found else "confirmed",
        detail=detail,
        canonical_text=text,
        canonical_author=canonical.author_name,
        canonical_handle=canonical.handle,
        canonical_date=created.astimezone(dt.UTC).date() if created else None,
    )


_UNVERIFIABLE: dict[str, Literal["deleted", "protected", "unavailable", "offline"]] = {
    "deleted": "deleted",
    "not-found": "deleted",
    "protected": "protected",
    "suspended": "unavailable",
    "restricted": "unavailable",
    "unavailable": "unavailable",
    "rate-limited": "unavailable",
    "offline": "offline",
}


def confirmation_for(post: Post, result: CanonicalResult) -> Confirmation:
    """Turn what the platform said into the post's ``Confirmation``."""
    if result.state == "found" and result.post is not None:
        return compare_with_embed(post, result.post)
    state = _UNVERIFIABLE.get(result.state, "unavailable")
    return Confirmation(post=post.key, state=state, detail=result.detail or result.state)


def _canonical_from(post: Post, confirmation: Confirmation) -> CanonicalPost:
    date = confirmation.canonical_date
    return CanonicalPost(
        post_id=post.post_id or "",
        text=confirmation.canonical_text or "",
        author_name=confirmation.canonical_author,
        handle=confirmation.canonical_handle,
        created_at=dt.datetime(date.year, date.month, date.day, 12, tzinfo=dt.UTC)
        if date
        else None,
    )


def embed_mismatch_finding(post: Post, confirmation: Confirmation) -> Finding | None:
    """An ``embed-mismatch`` finding for a ``mismatch`` confirmation (else ``None``).

    The fingerprint hashes the kind, the post id and the differing words, so it is
    stable across runs and offsets (for baselines).
    """
    if confirmation.state != "mismatch":
        return None
    found, _ = differences(post, _canonical_from(post, confirmation))
    words = "|".join(f"{d.field}:{fold(d.embed)}>{fold(d.canonical)}" for d in found)
    ident = post.post_id or post.key
    fingerprint = hashlib.sha1(
        f"embed-mismatch|{ident}|{words or confirmation.detail}".encode(), usedforsecurity=False
    )
    spans = [d.embed_span for d in found if d.embed_span is not None]
    post_span = Span(spans[0].start, max(s.end for s in spans)) if spans else None
    return Finding(
        kind="embed-mismatch",
        severity="critical",
        message=(
            f"The embedded post differs from the post on {platform_name(post.platform)}: "
            f"{_summary(found) or confirmation.detail}"
        ),
        post_span=post_span,
        post_text=post_span.slice(post.text) if post_span else "",
        claim_text="",
        fingerprint=fingerprint.hexdigest(),
    )


def embed_mismatch_findings(
    posts: Iterable[Post], confirmations: Iterable[Confirmation]
) -> tuple[Finding, ...]:
    """Findings for every mismatch, in post order."""
    by_key = {c.post: c for c in confirmations}
    findings = []
    for post in posts:
        confirmation = by_key.get(post.key)
        finding = embed_mismatch_finding(post, confirmation) if confirmation else None
        if finding is not None:
            findings.append(finding)
    return tuple(findings)
