"""verifier: check how news articles render the social posts they quote.

The library is the product; the CLI is a thin shell over it::

    from verifier import Settings, verify
    result = verify(["article.html"], Settings())
"""

from __future__ import annotations

from verifier.align import align_article, align_texts
from verifier.claims import extract_claims
from verifier.drift import Context, Judgement, judge, judge_pair
from verifier.embeds import detect_posts
from verifier.errors import (
    BlockedAddressError,
    FetchError,
    InputError,
    StoreError,
    UsageError,
    VerifierError,
)
from verifier.model import (
    Alignment,
    AnchorMatch,
    Article,
    ArticleResult,
    Claim,
    Confirmation,
    Finding,
    Pair,
    Post,
    Skipped,
    Span,
    VerificationResult,
)
from verifier.parse import parse_html, parse_text
from verifier.pipeline import parse_document, verify, verify_article
from verifier.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Alignment",
    "AnchorMatch",
    "Article",
    "ArticleResult",
    "BlockedAddressError",
    "Claim",
    "Confirmation",
    "Context",
    "FetchError",
    "Finding",
    "InputError",
    "Judgement",
    "Pair",
    "Post",
    "Settings",
    "Skipped",
    "Span",
    "StoreError",
    "UsageError",
    "VerificationResult",
    "VerifierError",
    "__version__",
    "align_article",
    "align_texts",
    "detect_posts",
    "extract_claims",
    "judge",
    "judge_pair",
    "parse_document",
    "parse_html",
    "parse_text",
    "verify",
    "verify_article",
]
