"""Hand-built ``VerificationResult`` values for report and policy tests.

Import as ``from sample_results import sample_result`` (``tests/`` is on ``sys.path``
because ``tests/conftest.py`` exists and the tests are not packages).

The article is invented but shaped like real Hindi wire copy (ANI style, compare
``seeds/000_ab9b32bc1790fcea.txt``): an English X post by a minister embedded as flattened
text and rendered twice in Hindi — once faithfully as a quote, once as reported speech
that swaps Canada for Peru and drops "critical minerals" — plus an unsourced quote, a term
quote, a second embed (blockquote) that the article never renders, and an embed we could
not read. Every span is computed from the text, never typed by hand.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace

from verifier.model import (
    AnchorMatch,
    Article,
    ArticleResult,
    Claim,
    ClaimKey,
    Confirmation,
    Finding,
    Pair,
    Paragraph,
    Post,
    PostKey,
    Skipped,
    Span,
    VerificationResult,
)

SOURCE = "articles/2026/02/jaishankar-canada.html"

TITLE = "जयशंकर ने वॉशिंगटन में कनाडा की विदेश मंत्री से मुलाकात की"

P1_TEXT = (
    "Good meeting with FM @AnitaAnandMP of Canada in Washington today. "
    "Agreed to deepen cooperation in critical minerals and energy."
)
P1_SIGNATURE = "— Dr. S. Jaishankar (@DrSJaishankar) February 4, 2026"
P1_MEDIA_LINE = "🇮🇳 🇨🇦 pic.twitter.com/Qm4xT7bZk2"

P2_TEXT = (
    "Glad to meet Italian DPM & FM @Antonio_Tajani. "
    "Discussed the India-Middle East-Europe Economic Corridor."
)
P2_ID = "2019100200300400500"

C1_TEXT = (
    "आज वॉशिंगटन में कनाडा की विदेश मंत्री अनीता आनंद के साथ अच्छी बैठक हुई. "
    "क्रिटिकल मिनरल्स और ऊर्जा में सहयोग बढ़ाने पर सहमति बनी."
)
C2_TEXT = "उन्होंने पेरू की विदेश मंत्री अनीता आनंद से मुलाकात की और ऊर्जा सहयोग पर बात की"
C3_TEXT = "भारत अगले साल तक 50 अरब डॉलर का निवेश आकर्षित करेगा."
C4_TEXT = "डी-रिस्क"

LINES = (
    TITLE,
    "वॉशिंगटन: विदेश मंत्री एस जयशंकर ने बुधवार को कनाडा की विदेश मंत्री अनीता आनंद से मुलाकात की.",
    f"विदेश मंत्री ने अपने पोस्ट में कहा, '{C1_TEXT}'",
    P1_TEXT + P1_SIGNATURE,
    P1_MEDIA_LINE,
    f"जयशंकर ने एक्स पर लिखा कि {C2_TEXT}.",
    f"उन्होंने अमेरिकी उद्योग जगत से कहा, '{C3_TEXT}'",
    f"बैठक में सप्लाई चेन को '{C4_TEXT}' करने पर भी चर्चा हुई.",
    P2_TEXT + "— Dr. S. Jaishankar (@DrSJaishankar) February 4, 2026",
)
TEXT = "\n".join(LINES)


def span_of(haystack: str, needle: str, start: int = 0) -> Span:
    """Span of the first occurrence of ``needle`` at or after ``start`` (fails loudly)."""
    at = haystack.index(needle, start)
    return Span(at, at + len(needle))


def _fingerprint(kind: str, post: str, post_text: str, claim_text: str) -> str:
    raw = "\x1f".join((kind, post, post_text, claim_text))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def anchor(kind: str, post: str, post_text: str, claim: str, claim_text: str) -> AnchorMatch:
    return AnchorMatch(
        kind=kind,  # type: ignore[arg-type]
        post_span=span_of(post, post_text),
        claim_span=span_of(claim, claim_text),
        post_text=post_text,
        claim_text=claim_text,
    )


def _paragraphs() -> tuple[Paragraph, ...]:
    out: list[Paragraph] = []
    pos = 0
    kinds = ("title", "text", "text", "embed", "embed", "text", "text", "text", "embed")
    for line, kind in zip(LINES, kinds, strict=True):
        out.append(Paragraph(Span(pos, pos + len(line)), kind))  # type: ignore[arg-type]
        pos += len(line) + 1
    return tuple(out)


def sample_article() -> Article:
    return Article(
        source=SOURCE,
        text=TEXT,
        title=TITLE,
        byline="एएनआई",
        published=dt.date(2026, 2, 5),
        language="hi",
        paragraphs=_paragraphs(),
        is_html=True,
    )


def sample_posts() -> tuple[Post, ...]:
    p1_at = TEXT.index(P1_TEXT)
    p2_at = TEXT.index(P2_TEXT)
    return (
        Post(
            key=PostKey("p1"),
            text=P1_TEXT,
            platform="x",
            author_name="Dr. S. Jaishankar",
            handle="DrSJaishankar",
            posted_at=dt.date(2026, 2, 4),
            lang="en",
            media=("https://pic.twitter.com/Qm4xT7bZk2",),
            origin="flattened-text",
            span=Span(p1_at, p1_at + len(P1_TEXT)),
        ),
        Post(
            key=PostKey("p2"),
            text=P2_TEXT,
            platform="x",
            post_id=P2_ID,
            url=f"https://x.com/DrSJaishankar/status/{P2_ID}",
            author_name="Dr. S. Jaishankar",
            handle="DrSJaishankar",
            posted_at=dt.date(2026, 2, 4),
            lang="en",
            origin="blockquote",
            span=Span(p2_at, p2_at + len(P2_TEXT)),
        ),
    )


def sample_claims() -> tuple[Claim, ...]:
    c2_line = TEXT.index("जयशंकर ने एक्स पर लिखा कि")
    return (
        Claim(
            key=ClaimKey("c1"),
            text=C1_TEXT,
            span=span_of(TEXT, C1_TEXT),
            kind="quote",
            speaker="विदेश मंत्री",
            cue="ने अपने पोस्ट में कहा",
            cue_span=span_of(TEXT, "ने अपने पोस्ट में कहा"),
            platform_cue=True,
        ),
        Claim(
            key=ClaimKey("c2"),
            text=C2_TEXT,
            span=span_of(TEXT, C2_TEXT, c2_line),
            kind="reported",
            speaker="जयशंकर",
            cue="ने एक्स पर लिखा कि",
            cue_span=span_of(TEXT, "ने एक्स पर लिखा कि"),
            platform_cue=True,
        ),
        Claim(
            key=ClaimKey("c3"),
            text=C3_TEXT,
            span=span_of(TEXT, C3_TEXT),
            kind="quote",
            speaker="जयशंकर",
            cue="ने अमेरिकी उद्योग जगत से कहा",
            cue_span=span_of(TEXT, "अमेरिकी उद्योग जगत से कहा"),
        ),
        Claim(
            key=ClaimKey("c4"),
            text=C4_TEXT,
            span=span_of(TEXT, C4_TEXT),
            kind="term",
        ),
    )


def entity_finding() -> Finding:
    """Canada in the post, पेरू (Peru) in the rendering: the classic swapped-name drift."""
    return Finding(
        kind="entity",
        severity="critical",
        message="The post names Canada; the rendering says पेरू (Peru) instead.",
        post_span=span_of(P1_TEXT, "Canada"),
        claim_span=span_of(C2_TEXT, "पेरू"),
        post_text="Canada",
        claim_text="पेरू",
        fingerprint=_fingerprint("entity", "p1:" + P1_TEXT, "Canada", "पेरू"),
    )


def omission_finding() -> Finding:
    return Finding(
        kind="omission",
        severity="major",
        message='The rendering drops "critical minerals" from the agreed cooperation.',
        post_span=span_of(P1_TEXT, "critical minerals"),
        claim_span=None,
        post_text="critical minerals",
        claim_text="",
        fingerprint=_fingerprint("omission", "p1:" + P1_TEXT, "critical minerals", ""),
    )


def sample_pairs() -> tuple[Pair, ...]:
    faithful = Pair(
        post=PostKey("p1"),
        claim=ClaimKey("c1"),
        score=0.86,
        verdict="faithful",
        anchors=(
            anchor("name", P1_TEXT, "Canada", C1_TEXT, "कनाडा"),
            anchor("handle", P1_TEXT, "@AnitaAnandMP", C1_TEXT, "अनीता आनंद"),
            anchor("name", P1_TEXT, "Washington", C1_TEXT, "वॉशिंगटन"),
            anchor("date", P1_TEXT, "today", C1_TEXT, "आज"),
            anchor("lexical", P1_TEXT, "energy", C1_TEXT, "ऊर्जा"),
        ),
    )
    drifted = Pair(
        post=PostKey("p1"),
        claim=ClaimKey("c2"),
        score=0.58,
        verdict="drift",
        findings=(entity_finding(), omission_finding()),
        anchors=(
            anchor("handle", P1_TEXT, "@AnitaAnandMP", C2_TEXT, "अनीता आनंद"),
            anchor("lexical", P1_TEXT, "energy", C2_TEXT, "ऊर्जा"),
        ),
    )
    return (faithful, drifted)


def sample_article_result() -> ArticleResult:
    return ArticleResult(
        article=sample_article(),
        posts=sample_posts(),
        claims=sample_claims(),
        pairs=sample_pairs(),
        unsourced_claims=(ClaimKey("c3"),),
        unrendered_posts=(PostKey("p2"),),
        confirmations=(
            Confirmation(
                post=PostKey("p2"),
                state="deleted",
                detail="the platform answers with a tombstone: this post was deleted",
            ),
        ),
        skipped=(
            Skipped(
                what="amp-twitter embed #3",
                why="no data-tweetid attribute, so the post cannot be identified",
            ),
        ),
    )


def sample_result() -> VerificationResult:
    """One article with every kind of outcome, plus a page that could not be fetched."""
    return VerificationResult(
        articles=(sample_article_result(),),
        skipped=(
            Skipped(what="https://news.example.in/world/missing-page", why="HTTP 404 Not Found"),
        ),
    )


def clean_result() -> VerificationResult:
    """The same article with only the faithful pair: nothing should block."""
    ar = sample_article_result()
    faithful = ar.pairs[0]
    ar = replace(
        ar,
        pairs=(faithful,),
        unsourced_claims=(ClaimKey("c2"), ClaimKey("c3")),
        confirmations=(),
        skipped=(),
    )
    return VerificationResult(articles=(ar,))


def with_findings(*findings: Finding) -> VerificationResult:
    """The sample article whose drifted pair carries exactly ``findings`` (verdict kept)."""
    ar = sample_article_result()
    faithful, drifted = ar.pairs
    ar = replace(ar, pairs=(faithful, replace(drifted, findings=findings)), confirmations=())
    return VerificationResult(articles=(ar,))
