"""The shared vocabulary: frozen dataclasses passed from stage to stage, never mutated.

Offsets are Python string indices (code points). Article-level offsets (``Span`` on
``Post``/``Claim``/``EmbedMarkup``) index ``Article.text``; evidence offsets on
``AnchorMatch``/``Finding`` index the post's text and the claim's text respectively.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, NewType

PostKey = NewType("PostKey", str)
"""Local id of a post inside one article result (``"p1"``, ``"p2"`` …)."""

ClaimKey = NewType("ClaimKey", str)
"""Local id of a claim inside one article result (``"c1"``, ``"c2"`` …)."""

Severity = Literal["critical", "major", "minor"]
Verdict = Literal["faithful", "minor", "drift", "unchecked"]
"""``unchecked``: no word-level check exists for the pair's languages (only figures and
dates were compared, and they agree) — never reported as ``faithful``."""
ClaimKind = Literal["quote", "reported", "term"]
DriftKind = Literal[
    "entity",
    "number",
    "negation",
    "attribution",
    "date",
    "omission",
    "addition",
    "intensity",
    "embed-mismatch",
]

DRIFT_KINDS: tuple[DriftKind, ...] = (
    "entity",
    "number",
    "negation",
    "attribution",
    "date",
    "omission",
    "addition",
    "intensity",
    "embed-mismatch",
)
SEVERITIES: tuple[Severity, ...] = ("critical", "major", "minor")
SEVERITY_RANK: dict[str, int] = {"minor": 1, "major": 2, "critical": 3}


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open ``[start, end)`` range of code points."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of the article's normalised text."""

    span: Span
    kind: Literal["title", "heading", "text", "quote", "embed", "meta"] = "text"


@dataclass(frozen=True, slots=True)
class EmbedMarkup:
    """Raw markup of an embed found while parsing HTML, kept for the detector.

    ``html`` is the serialised fragment (small; the detector parses it with
    BeautifulSoup), ``span`` is where its visible text sits in ``Article.text``
    (empty span at the embed's position when it shows no text).
    """

    kind: str
    html: str
    span: Span


@dataclass(frozen=True, slots=True)
class Article:
    """A loaded and parsed article: one normalised text plus what parsing learned."""

    source: str
    text: str
    title: str | None = None
    byline: str | None = None
    published: dt.date | None = None
    language: str = "und"
    paragraphs: tuple[Paragraph, ...] = ()
    embeds: tuple[EmbedMarkup, ...] = ()
    is_html: bool = False


@dataclass(frozen=True, slots=True)
class Skipped:
    """Something we could not read, kept as a value so every report can show it."""

    what: str
    why: str


@dataclass(frozen=True, slots=True)
class Post:
    """A social post embedded in (or referenced by) the article."""

    key: PostKey
    text: str
    platform: str = "x"
    post_id: str | None = None
    url: str | None = None
    author_name: str | None = None
    handle: str | None = None
    """Handle without the leading ``@``."""
    posted_at: dt.date | None = None
    lang: str = "und"
    media: tuple[str, ...] = ()
    origin: str = "flattened-text"
    """How it was found: ``blockquote``, ``amp-twitter``, ``iframe``, ``cms-widget``,
    ``status-link``, ``flattened-text``, ``inferred`` (English block without signature) …"""
    span: Span | None = None
    """Where the post sits in ``Article.text`` (``None`` when it shows no text there)."""
    quoted_post: PostKey | None = None
    in_reply_to: str | None = None
    truncated: bool = False
    """The embed cut the text with "…" (compare as a prefix)."""
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """A place where the article renders someone's words: a quote or reported speech."""

    key: ClaimKey
    text: str
    span: Span
    kind: ClaimKind
    lang: str = "hi"
    speaker: str | None = None
    cue: str | None = None
    """The words that introduce it (``ने कहा कि``, ``ने एक्स पर लिखा``)."""
    cue_span: Span | None = None
    closed: bool = True
    """False when the closing quotation mark is missing."""
    platform_cue: bool = False
    """The cue names a platform/post ("एक्स पर", "ट्वीट", "पोस्ट")."""


@dataclass(frozen=True, slots=True)
class AnchorMatch:
    """Evidence that a part of the post and a part of the claim say the same thing."""

    kind: Literal["name", "number", "date", "handle", "hashtag", "lexical", "negation", "url"]
    post_span: Span
    claim_span: Span
    post_text: str
    claim_text: str
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class Alignment:
    """A scored post-claim candidate pair with its evidence."""

    post: PostKey
    claim: ClaimKey
    score: float
    anchors: tuple[AnchorMatch, ...] = ()
    features: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """One drift in meaning between a post and its rendering."""

    kind: DriftKind
    severity: Severity
    message: str
    post_span: Span | None = None
    claim_span: Span | None = None
    post_text: str = ""
    claim_text: str = ""
    fingerprint: str = ""
    """Stable id for baselines: depends on kind, post id/text and the evidence words, not on offsets."""


def verdict_for(findings: Iterable[Finding], *, checked: bool = True) -> Verdict:
    """``faithful`` with no findings, ``minor`` when every finding is minor, else ``drift``;
    ``unchecked`` instead of ``faithful`` when the words were not ``checked`` (no
    word-level check exists for the languages)."""
    severities = {f.severity for f in findings}
    if not severities:
        return "faithful" if checked else "unchecked"
    if severities == {"minor"}:
        return "minor"
    return "drift"


@dataclass(frozen=True, slots=True)
class Pair:
    """A judged post-claim pair."""

    post: PostKey
    claim: ClaimKey
    score: float
    verdict: Verdict
    findings: tuple[Finding, ...] = ()
    anchors: tuple[AnchorMatch, ...] = ()


@dataclass(frozen=True, slots=True)
class Confirmation:
    """Outcome of checking an embedded post against its platform (``--confirm``)."""

    post: PostKey
    state: Literal["confirmed", "mismatch", "deleted", "protected", "unavailable", "offline"]
    detail: str = ""
    canonical_text: str | None = None
    canonical_author: str | None = None
    canonical_handle: str | None = None
    canonical_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """Everything the pipeline learned about one article."""

    article: Article
    posts: tuple[Post, ...]
    claims: tuple[Claim, ...]
    pairs: tuple[Pair, ...]
    unsourced_claims: tuple[ClaimKey, ...]
    unrendered_posts: tuple[PostKey, ...]
    confirmations: tuple[Confirmation, ...] = ()
    findings: tuple[Finding, ...] = ()
    """Article-level findings not tied to one pair (embed-mismatch, contradicted dates)."""
    skipped: tuple[Skipped, ...] = ()

    def post(self, key: PostKey) -> Post:
        return next(p for p in self.posts if p.key == key)

    def claim(self, key: ClaimKey) -> Claim:
        return next(c for c in self.claims if c.key == key)


@dataclass(frozen=True, slots=True)
class VerificationResult:
    """A whole run over one or more articles."""

    articles: tuple[ArticleResult, ...]
    skipped: tuple[Skipped, ...] = ()
    extras: dict[str, str] = field(default_factory=dict)
