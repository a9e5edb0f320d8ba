"""verifier: check how news articles render the social posts they quote.

The library is the product; the CLI is a thin shell over it::

    from verifier import Settings, verify
    result = verify(["article.html"], Settings())
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from verifier.version import __version__

# Names of the public API and the module each lives in. They are imported on first use
# (PEP 562), so ``import verifier.model`` or ``verifier --help`` loads no parser, HTTP
# client or lexicon.
_EXPORTS = {
    "Alignment": "verifier.model",
    "AnchorMatch": "verifier.model",
    "Article": "verifier.model",
    "ArticleResult": "verifier.model",
    "BlockedAddressError": "verifier.errors",
    "Claim": "verifier.model",
    "Confirmation": "verifier.model",
    "Context": "verifier.drift.collect",
    "FetchError": "verifier.errors",
    "Finding": "verifier.model",
    "InputError": "verifier.errors",
    "Judgement": "verifier.drift.judge",
    "Pair": "verifier.model",
    "Post": "verifier.model",
    "Settings": "verifier.settings",
    "Skipped": "verifier.model",
    "Span": "verifier.model",
    "StoreError": "verifier.errors",
    "UsageError": "verifier.errors",
    "VerificationResult": "verifier.model",
    "VerifierError": "verifier.errors",
    "align_article": "verifier.align.align",
    "align_texts": "verifier.align.align",
    "detect_posts": "verifier.detect.posts",
    "extract_claims": "verifier.claims.extract",
    "judge": "verifier.drift.judge",
    "judge_pair": "verifier.drift.judge",
    "parse_document": "verifier.pipeline",
    "parse_html": "verifier.parse.article",
    "parse_text": "verifier.parse.article",
    "verify": "verifier.pipeline",
    "verify_article": "verifier.pipeline",
}

if TYPE_CHECKING:
    from verifier.align.align import align_article, align_texts
    from verifier.claims.extract import extract_claims
    from verifier.detect.posts import detect_posts
    from verifier.drift.collect import Context
    from verifier.drift.judge import Judgement, judge, judge_pair
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
    from verifier.parse.article import parse_html, parse_text
    from verifier.pipeline import parse_document, verify, verify_article
    from verifier.settings import Settings


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'verifier' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


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
