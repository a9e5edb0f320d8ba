"""Hand-built ``VerificationResult`` values for the HTML report tests and benchmark.

Import as ``from html_sample import sample_result`` (``tests/`` is on ``sys.path``).

Four invented articles shaped like real Hindi/Bengali wire copy (compare the seed,
``seeds/000_ab9b32bc1790fcea.txt``):

1. a minister's English X post rendered twice in Hindi, once faithfully (anchors on names,
   place, day) and once as reported speech that swaps Canada for पेरू and drops a clause;
   an unsourced quote, a term quote, a second embed never rendered (deleted on the platform),
   an embed we could not read;
2. a disaster-relief post whose number changes (50 → 15 NDRF teams), plus a softened
   rendering (minor), an embed that differs from the canonical post (article finding);
3. an article whose every field is hostile: markup, quote breakers and ``javascript:`` URLs
   in title, source, author, handle, URL, post text, claim text and messages, and spans that
   point past the end of their text;
4. a faithful Bengali rendering (collapsed by default).

Every span is computed from the text with ``span_of``, never typed by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sample_results import anchor, span_of

from verifier.model import (
    AnchorMatch,
    Article,
    ArticleResult,
    Claim,
    ClaimKey,
    Confirmation,
    Finding,
    Pair,
    Post,
    PostKey,
    Skipped,
    Span,
    VerificationResult,
)

SCRIPT = "<script>alert(1)</script>"
BREAKOUT = '"><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(document.cookie)"


def finding(
    kind: str, severity: str, message: str, post: str, post_text: str, claim: str, claim_text: str
) -> Finding:
    return Finding(
        kind=kind,  # type: ignore[arg-type]
        severity=severity,  # type: ignore[arg-type]
        message=message,
        post_span=span_of(post, post_text) if post_text else None,
        claim_span=span_of(claim, claim_text) if claim_text else None,
        post_text=post_text,
        claim_text=claim_text,
        fingerprint=f"{kind}:{post_text}:{claim_text}",
    )


def _claim(key: str, article: str, text: str, kind: str, **kw: object) -> Claim:
    return Claim(key=ClaimKey(key), text=text, span=span_of(article, text), kind=kind, **kw)  # type: ignore[arg-type]


# --- 1. Jaishankar meets Canada's foreign minister ------------------------------------------

J_POST = (
    "Good meeting with FM @AnitaAnandMP of Canada in Washington today. "
    "Agreed to deepen cooperation in critical minerals and energy."
)
J_POST2 = "Glad to meet Italian DPM & FM @Antonio_Tajani. Discussed the India-Middle East-Europe Economic Corridor."
J_C1 = (
    "आज वॉशिंगटन में कनाडा की विदेश मंत्री अनीता आनंद के साथ अच्छी बैठक हुई. "
    "क्रिटिकल मिनरल्स और ऊर्जा में सहयोग बढ़ाने पर सहमति बनी."
)
J_C2 = "उन्होंने पेरू की विदेश मंत्री अनीता आनंद से मुलाकात की और ऊर्जा सहयोग पर बात की"
J_C3 = "भारत अगले साल तक 50 अरब डॉलर का निवेश आकर्षित करेगा."
J_C4 = "डी-रिस्क"
J_TEXT = "\n".join(
    (
        "जयशंकर ने वॉशिंगटन में कनाडा की विदेश मंत्री से मुलाकात की",
        f"विदेश मंत्री ने अपने पोस्ट में कहा, '{J_C1}'",
        J_POST + "— Dr. S. Jaishankar (@DrSJaishankar) February 4, 2026",
        f"जयशंकर ने एक्स पर लिखा कि {J_C2}.",
        f"उन्होंने अमेरिकी उद्योग जगत से कहा, '{J_C3}'",
        f"बैठक में सप्लाई चेन को '{J_C4}' करने पर भी चर्चा हुई.",
        J_POST2,
    )
)


def jaishankar() -> ArticleResult:
    p1 = Post(
        key=PostKey("p1"),
        text=J_POST,
        author_name="Dr. S. Jaishankar",
        handle="DrSJaishankar",
        posted_at=dt.date(2026, 2, 4),
        lang="en",
        media=("https://pic.twitter.com/Qm4xT7bZk2",),
        origin="flattened-text",
        span=span_of(J_TEXT, J_POST),
    )
    p2 = Post(
        key=PostKey("p2"),
        text=J_POST2,
        post_id="2019100200300400500",
        url="https://x.com/DrSJaishankar/status/2019100200300400500",
        author_name="Dr. S. Jaishankar",
        handle="DrSJaishankar",
        posted_at=dt.date(2026, 2, 4),
        lang="en",
        origin="blockquote",
        span=span_of(J_TEXT, J_POST2),
    )
    claims = (
        _claim(
            "c1",
            J_TEXT,
            J_C1,
            "quote",
            speaker="विदेश मंत्री",
            cue="ने अपने पोस्ट में कहा",
            platform_cue=True,
        ),
        _claim(
            "c2",
            J_TEXT,
            J_C2,
            "reported",
            speaker="जयशंकर",
            cue="ने एक्स पर लिखा कि",
            platform_cue=True,
        ),
        _claim("c3", J_TEXT, J_C3, "quote", speaker="जयशंकर", cue="ने अमेरिकी उद्योग जगत से कहा"),
        _claim("c4", J_TEXT, J_C4, "term"),
    )
    faithful = Pair(
        post=PostKey("p1"),
        claim=ClaimKey("c1"),
        score=0.86,
        verdict="faithful",
        anchors=(
            anchor("handle", J_POST, "@AnitaAnandMP", J_C1, "अनीता आनंद"),
            anchor("name", J_POST, "Canada", J_C1, "कनाडा"),
            anchor("name", J_POST, "Washington", J_C1, "वॉशिंगटन"),
            anchor("date", J_POST, "today", J_C1, "आज"),
            anchor("lexical", J_POST, "critical minerals", J_C1, "क्रिटिकल मिनरल्स"),
            anchor("lexical", J_POST, "energy", J_C1, "ऊर्जा"),
        ),
    )
    drifted = Pair(
        post=PostKey("p1"),
        claim=ClaimKey("c2"),
        score=0.58,
        verdict="drift",
        findings=(
            finding(
                "omission",
                "major",
                'The rendering drops "critical minerals" from the agreed cooperation.',
                J_POST,
                "critical minerals",
                J_C2,
                "",
            ),
            finding(
                "entity",
                "critical",
                "The post names Canada; the rendering says पेरू (Peru) instead.",
                J_POST,
                "Canada",
                J_C2,
                "पेरू",
            ),
        ),
        anchors=(
            anchor("handle", J_POST, "@AnitaAnandMP", J_C2, "अनीता आनंद"),
            anchor("lexical", J_POST, "energy", J_C2, "ऊर्जा"),
        ),
    )
    return ArticleResult(
        article=Article(
            source="https://www.example-news.in/world/jaishankar-canada-fm-washington",
            text=J_TEXT,
            title="जयशंकर ने वॉशिंगटन में कनाडा की विदेश मंत्री से मुलाकात की",
            byline="एएनआई",
            published=dt.date(2026, 2, 5),
            language="hi",
            is_html=True,
        ),
        posts=(p1, p2),
        claims=claims,
        pairs=(faithful, drifted),
        unsourced_claims=(ClaimKey("c3"),),
        unrendered_posts=(PostKey("p2"),),
        confirmations=(
            Confirmation(
                post=PostKey("p2"), state="deleted", detail="the platform answers with a tombstone"
            ),
        ),
        skipped=(
            Skipped(
                "amp-twitter embed #3",
                "no data-tweetid attribute, so the post cannot be identified",
            ),
        ),
    )


# --- 2. Flood relief: a number that changed -----------------------------------------------

N_POST = (
    "Over 50 NDRF teams have been deployed in Assam. Relief work will continue through the night."
)
N_C1 = "असम में एनडीआरएफ की 15 टीमें तैनात की गई हैं. राहत कार्य रात भर जारी रहेगा."
N_C2 = "राहत कार्य रात भर जारी रह सकता है"
N_TEXT = f"गृह मंत्रालय ने कहा, '{N_C1}'\n{N_POST}\nअधिकारियों ने बताया कि {N_C2}."


def flood() -> ArticleResult:
    post = Post(
        key=PostKey("p1"),
        text=N_POST,
        post_id="2020000000000000001",
        url="https://twitter.com/HMOIndia/status/2020000000000000001",
        author_name="गृह मंत्रालय HMO India",
        handle="HMOIndia",
        posted_at=dt.date(2026, 7, 2),
        lang="en",
        origin="blockquote",
        truncated=True,
        span=span_of(N_TEXT, N_POST),
    )
    number = Pair(
        post=PostKey("p1"),
        claim=ClaimKey("c1"),
        score=0.74,
        verdict="drift",
        findings=(
            finding(
                "number",
                "critical",
                "The post says 50 NDRF teams; the rendering says 15.",
                N_POST,
                "50",
                N_C1,
                "15",
            ),
        ),
        anchors=(
            anchor("name", N_POST, "NDRF", N_C1, "एनडीआरएफ"),
            anchor("name", N_POST, "Assam", N_C1, "असम"),
            anchor("lexical", N_POST, "through the night", N_C1, "रात भर"),
        ),
    )
    softened = Pair(
        post=PostKey("p1"),
        claim=ClaimKey("c2"),
        score=0.61,
        verdict="minor",
        findings=(
            finding(
                "intensity",
                "minor",
                'The post says relief "will continue"; the rendering says it "may continue" (रह सकता है).',
                N_POST,
                "will continue",
                N_C2,
                "रह सकता है",
            ),
        ),
        anchors=(anchor("lexical", N_POST, "through the night", N_C2, "रात भर"),),
    )
    return ArticleResult(
        article=Article(
            source="https://www.example-news.in/india/assam-floods-ndrf",
            text=N_TEXT,
            title="असम में बाढ़: एनडीआरएफ की टीमें तैनात",
            published=dt.date(2026, 7, 2),
            language="hi",
        ),
        posts=(post,),
        claims=(
            _claim("c1", N_TEXT, N_C1, "quote", speaker="गृह मंत्रालय", cue="ने कहा"),
            _claim("c2", N_TEXT, N_C2, "reported", speaker="अधिकारियों", cue="ने बताया कि"),
        ),
        pairs=(number, softened),
        unsourced_claims=(),
        unrendered_posts=(),
        confirmations=(
            Confirmation(
                post=PostKey("p1"),
                state="mismatch",
                detail="the embed shows an older text than the published post",
                canonical_text="Over 50 NDRF teams have been deployed in Assam and Meghalaya.",
                canonical_author="HMO India",
                canonical_handle="HMOIndia",
                canonical_date=dt.date(2026, 7, 2),
            ),
        ),
        findings=(
            Finding(
                kind="embed-mismatch",
                severity="critical",
                message="The embedded text differs from the post on X: 'and Meghalaya' is missing.",
                post_text="Assam",
                claim_text="Assam and Meghalaya",
                fingerprint="embed-mismatch:2020000000000000001",
            ),
        ),
    )


# --- 3. Every field hostile ----------------------------------------------------------------

H_POST = f"Breaking {SCRIPT} news </blockquote>{BREAKOUT} & more"
H_CLAIM = f"ब्रेकिंग {BREAKOUT} खबर {SCRIPT}"
H_TEXT = f"{H_CLAIM}\n{H_POST}"


def hostile() -> ArticleResult:
    post = Post(
        key=PostKey(f"p1{BREAKOUT}"),
        text=H_POST,
        post_id="1",
        url=JS_URL,
        author_name=f"{BREAKOUT}Mallory",
        handle='x" onmouseover="alert(1)',
        lang="en",
        origin=SCRIPT,
        media=("javascript:alert(2)", "data:text/html,<script>alert(3)</script>"),
        notes=(f"note {SCRIPT}",),
    )
    claim = _claim("c1", H_TEXT, H_CLAIM, "quote", speaker=SCRIPT, cue=BREAKOUT, closed=False)
    pair = Pair(
        post=post.key,
        claim=claim.key,
        score=0.5,
        verdict="minor",
        findings=(
            Finding(
                kind="addition",
                severity="minor",
                message=f"The rendering adds <b>{SCRIPT}</b> that the post does not say.",
                post_span=Span(0, 10_000),  # past the end: must be clamped, not crash
                claim_span=span_of(H_CLAIM, SCRIPT),
                post_text="",
                claim_text=SCRIPT,
            ),
        ),
        anchors=(
            anchor("lexical", H_POST, "Breaking", H_CLAIM, "ब्रेकिंग"),
            AnchorMatch("name", Span(500, 600), Span(0, 3), "gone", "gone"),  # outside the post
        ),
    )
    return ArticleResult(
        article=Article(
            source=f"javascript:alert('{SCRIPT}')",
            text=H_TEXT,
            title=f"{SCRIPT}{BREAKOUT}",
            language="hi",
        ),
        posts=(post,),
        claims=(claim,),
        pairs=(pair,),
        unsourced_claims=(ClaimKey("missing"),),  # a key with no claim: ignored, not a crash
        unrendered_posts=(),
        skipped=(Skipped(f"embed {SCRIPT}", f"why {BREAKOUT}"),),
    )


# --- 4. A faithful Bengali rendering --------------------------------------------------------

B_POST = "Congratulations to our athletes on 12 medals at the Asian Games!"
B_CLAIM = "এশিয়ান গেমসে ১২টি পদক জেতায় আমাদের ক্রীড়াবিদদের অভিনন্দন!"
B_TEXT = f"প্রধানমন্ত্রী লিখেছেন, '{B_CLAIM}'\n{B_POST}"


def bengali() -> ArticleResult:
    post = Post(
        key=PostKey("p1"),
        text=B_POST,
        url="https://x.com/narendramodi/status/2021000000000000002",
        post_id="2021000000000000002",
        author_name="Narendra Modi",
        handle="narendramodi",
        posted_at=dt.date(2026, 10, 8),
        lang="en",
        origin="blockquote",
    )
    pair = Pair(
        post=post.key,
        claim=ClaimKey("c1"),
        score=0.81,
        verdict="faithful",
        anchors=(
            anchor("number", B_POST, "12", B_CLAIM, "১২"),
            anchor("name", B_POST, "Asian Games", B_CLAIM, "এশিয়ান গেমসে"),
        ),
    )
    return ArticleResult(
        article=Article(
            source="https://bn.example-news.in/sports/asian-games-medals",
            text=B_TEXT,
            title="এশিয়ান গেমসে ১২টি পদক",
            language="bn",
        ),
        posts=(post,),
        claims=(
            _claim("c1", B_TEXT, B_CLAIM, "quote", lang="bn", speaker="প্রধানমন্ত্রী", cue="লিখেছেন"),
        ),
        pairs=(pair,),
        unsourced_claims=(),
        unrendered_posts=(),
        confirmations=(Confirmation(post=post.key, state="confirmed"),),
    )


def sample_result() -> VerificationResult:
    """The four articles above plus a page that could not be fetched."""
    return VerificationResult(
        articles=(jaishankar(), flood(), hostile(), bengali()),
        skipped=(Skipped("https://www.example-news.in/world/missing-page", "HTTP 404 Not Found"),),
        extras={"engine": "anchors+lexicon"},
    )


def many_articles(n: int) -> VerificationResult:
    """``n`` articles cycling through realistic shapes: mostly faithful, some drifting.

    Sources differ so that every article is distinct; the hostile one is left out (a large
    report is about speed, not escaping).
    """
    makers = (bengali, jaishankar, bengali, flood, bengali, bengali, jaishankar, bengali)
    out = []
    for i in range(n):
        ar = makers[i % len(makers)]()
        out.append(replace(ar, article=replace(ar.article, source=f"{ar.article.source}-{i}")))
    return VerificationResult(articles=tuple(out))
