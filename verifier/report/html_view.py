"""HTML report, view side: the frozen dataclasses a report page shows, and their text helpers.

``html_build.build_page`` fills them from a ``VerificationResult``. Every string here is
still raw user text; the template escapes it (autoescape on). URLs become ``href`` values
only through ``safe_href`` (http/https with a host), otherwise they are shown as text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlsplit

from verifier.model import Skipped
from verifier.report.html_segments import Segment

# Hostile or runaway input must not make a page of unbounded size: clip what one field shows.
MAX_TEXT = 4000
MAX_LABEL = 300
MAX_MESSAGE = 1000
MAX_URL = 2048

KIND_LABELS: dict[str, str] = {
    "entity": "name or place",
    "number": "number",
    "negation": "negation",
    "attribution": "speaker",
    "date": "date or day",
    "omission": "dropped clause",
    "addition": "added claim",
    "intensity": "tone or certainty",
    "embed-mismatch": "embed differs from post",
}
VERDICT_LABELS: dict[str, str] = {
    "drift": "Drift",
    "minor": "Minor drift",
    "faithful": "Faithful",
    "unchecked": "Unchecked",
    "unsourced": "Unsourced claim",
    "unrendered": "Unrendered post",
}
VERDICT_ORDER = ("drift", "minor", "faithful", "unchecked", "unsourced", "unrendered")
WORST_LABELS = {
    "drift": "Drift",
    "minor": "Minor drift",
    "faithful": "Faithful",
    "unchecked": "Unchecked",
    "none": "No pairs",
}
CLAIM_KIND_LABELS = {"quote": "direct quote", "reported": "reported speech", "term": "term"}
CONFIRMATION_LABELS = {
    "confirmed": "matches the platform",
    "mismatch": "differs from the platform",
    "deleted": "deleted on the platform",
    "protected": "protected account",
    "unavailable": "platform unavailable",
    "offline": "not checked (offline)",
}
PLATFORM_LABELS = {"x": "X", "twitter": "X", "instagram": "Instagram", "facebook": "Facebook"}
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
PALETTE_SIZE = 8
"""Anchor colours cycle through this many classes (``c0`` … ``c7`` in the stylesheet)."""


@dataclass(frozen=True, slots=True)
class ConfirmationView:
    state: str
    label: str
    detail: str
    canonical_text: str
    canonical_author: str
    canonical_handle: str
    canonical_date: str
    ok: bool
    """True for ``confirmed``: shown quietly; anything else is shown as a warning."""


@dataclass(frozen=True, slots=True)
class PostView:
    """One post as a card: who, when, where, and its text cut into highlight segments."""

    key: str
    author: str
    handle: str
    date_iso: str
    date_text: str
    href: str | None
    """The status URL when it is http(s); ``None`` otherwise (then ``url_text`` shows it)."""
    url_text: str
    platform: str
    origin: str
    lang: str | None
    segments: tuple[Segment, ...]
    media: tuple[tuple[str, str | None], ...]
    """(text, href) per media link."""
    truncated: bool
    notes: tuple[str, ...]
    confirmation: ConfirmationView | None


@dataclass(frozen=True, slots=True)
class ClaimView:
    """One rendering in the article: what kind, who speaks, the cue and its text."""

    key: str
    kind: str
    kind_label: str
    speaker: str
    cue: str
    closed: bool
    lang: str | None
    segments: tuple[Segment, ...]


@dataclass(frozen=True, slots=True)
class FindingView:
    label: str
    """``F1``, ``F2`` … — the badge on its highlighted spans."""
    kind: str
    kind_label: str
    severity: str
    message: str
    post_text: str
    claim_text: str
    post_lang: str | None
    claim_lang: str | None
    accepted: bool = False
    """The baseline accepts it: shown, marked, and never blocking."""
    blocking: bool = False
    """It fails the run (at or above the threshold, kind not ignored, not accepted)."""


@dataclass(frozen=True, slots=True)
class PairView:
    dom_id: str
    verdict: str
    verdict_label: str
    score: str
    post: PostView
    claim: ClaimView
    findings: tuple[FindingView, ...]
    kinds: str
    """Space-separated drift kinds (``data-k``) for the filters."""
    severity_rank: int
    anchor_count: int
    baseline: str = ""
    """Space-separated states of its findings (``new``, ``accepted``) for the filters."""


@dataclass(frozen=True, slots=True)
class LooseItem:
    """An unsourced claim, an unrendered post or an article-level finding."""

    dom_id: str
    verdict: str
    kinds: str
    severity_rank: int
    claim: ClaimView | None = None
    post: PostView | None = None
    finding: FindingView | None = None
    baseline: str = ""


@dataclass(frozen=True, slots=True)
class Count:
    key: str
    label: str
    n: int


@dataclass(frozen=True, slots=True)
class KindRow:
    kind: str
    label: str
    total: int
    by_severity: tuple[int, ...]
    """Counts in ``SEVERITIES`` order (critical, major, minor)."""


@dataclass(frozen=True, slots=True)
class ArticleView:
    index: int
    dom_id: str
    title: str
    title_lang: str | None
    source: str
    source_href: str | None
    byline: str
    published_iso: str
    published_text: str
    language: str
    worst: str
    """The article's badge: ``drift``, ``minor``, ``faithful`` or ``none`` (no pairs)."""
    counts: tuple[Count, ...]
    pairs: tuple[PairView, ...]
    unsourced: tuple[LooseItem, ...]
    unrendered: tuple[LooseItem, ...]
    findings: tuple[LooseItem, ...]
    skipped: tuple[Skipped, ...]
    expanded: bool
    """Open by default: the article has drift or an article-level finding."""
    item_count: int
    details_label: str
    """What its ``<details>`` holds: "2 pairs, 1 unsourced claim" …"""
    by_severity: tuple[int, int, int] = (0, 0, 0)
    """Findings by severity (critical, major, minor), accepted ones included."""
    accepted: int = 0
    new_rank: int = 0
    """Severity rank (3 critical … 0 none) of its worst finding the baseline does not accept."""
    pair_count: int = 0


@dataclass(frozen=True, slots=True)
class IndexRow:
    """One article in the sortable index: where it is and what it holds."""

    dom_id: str
    index: int
    title: str
    worst: str
    worst_label: str
    by_severity: tuple[int, int, int]
    accepted: int
    pairs: int
    rank: int
    """Display position: drift first, by severity (the sort the page opens with)."""


@dataclass(frozen=True, slots=True)
class Summary:
    totals: tuple[Count, ...]
    verdicts: tuple[Count, ...]
    kinds: tuple[KindRow, ...]
    severities: tuple[Count, ...]
    finding_total: int
    item_total: int


@dataclass(frozen=True, slots=True)
class PageContext:
    """Everything the report page shows, in display order."""

    title: str
    generated_at: str | None
    summary: Summary
    articles: tuple[ArticleView, ...]
    skipped: tuple[Skipped, ...]
    extras: tuple[tuple[str, str], ...]
    kind_options: tuple[Count, ...]
    article_options: tuple[Count, ...]
    index: tuple[IndexRow, ...] = ()
    """Rows of the article index; empty for a single article."""
    index_open: bool = True
    """Shown open; a long index starts closed (a table of hundreds of rows slows the page's
    first paint, and the drift it would point to is already first)."""
    baseline: bool = False
    """A baseline was applied: accepted findings are marked and can be filtered."""
    accepted_total: int = 0


def clip(text: str | None, limit: int) -> str:
    """``text`` cut to ``limit`` code points with an ellipsis ("" for ``None``)."""
    if not text:
        return ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def safe_href(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) URL with a host, else ``None``.

    Everything else (``javascript:``, ``data:``, relative paths, URLs with spaces or
    control characters) must be shown as text, never followed.
    """
    if not url or len(url) > MAX_URL:
        return None
    if any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def short_url(url: str) -> str:
    """The URL without its scheme, shortened for display."""
    for prefix in ("https://", "http://"):
        if url.lower().startswith(prefix):
            url = url[len(prefix) :]
            break
    return clip(url.removeprefix("www."), 60)


def date_text(day: dt.date | None) -> tuple[str, str]:
    """(ISO date, "4 Feb 2026") — spelled out here so output does not depend on the locale."""
    if day is None:
        return "", ""
    return day.isoformat(), f"{day.day} {_MONTHS[day.month - 1]} {day.year}"
