"""Report locations: line/column regions of findings, in the source file when its text is known.

Spans index the article's normalised text. For a plain-text article that is (almost) the
file; for HTML it is not, so callers may pass the raw file text: the claim is searched
there and the evidence offset carried over. Lines and columns are 1-based and count code
points (SARIF ``columnKind: unicodeCodePoints``); end columns are exclusive.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import quote

from verifier.model import ArticleResult, Span
from verifier.policy.findings import LocatedFinding, source_key


@dataclass(frozen=True, slots=True)
class Region:
    start_line: int
    start_column: int
    end_line: int
    end_column: int
    char_offset: int
    char_length: int
    in_file: bool
    """True when the offsets index the source file itself (raw text given and matched,
    or a plain-text article); False when they index text extracted from HTML."""


def region_of(text: str, span: Span, *, in_file: bool) -> Region:
    """Line/column region of ``span`` in ``text``."""
    start = min(span.start, len(text))
    end = min(max(span.end, start), len(text))
    start_line = text.count("\n", 0, start) + 1
    start_col = start - (text.rfind("\n", 0, start) + 1) + 1
    end_line = start_line + text.count("\n", start, end)
    end_col = end - (text.rfind("\n", 0, end) + 1) + 1
    return Region(start_line, start_col, end_line, end_col, start, end - start, in_file)


def _container(lf: LocatedFinding, ar: ArticleResult) -> tuple[str, Span] | None:
    """The claim (or post) text that holds the finding, with its span in the article."""
    if lf.claim is not None:
        claim = next((c for c in ar.claims if c.key == lf.claim), None)
        if claim is not None:
            return claim.text, claim.span
    if lf.post is not None:
        post = next((p for p in ar.posts if p.key == lf.post), None)
        if post is not None and post.span is not None:
            return post.text, post.span
    return None


def locate(lf: LocatedFinding, ar: ArticleResult, raw: str | None = None) -> Region | None:
    """Where ``lf`` points: in ``raw`` (the source file's text) when its words are found
    there, else in the article text. ``None`` for findings with no position at all."""
    if lf.span is None:
        return None
    text = ar.article.text
    if raw is not None and raw != text:  # the article text itself says nothing about the file
        box = _container(lf, ar)
        if box is not None and box[0]:
            at = raw.find(box[0])
            if at >= 0:
                shift = at - box[1].start
                return region_of(
                    raw, Span(lf.span.start + shift, lf.span.end + shift), in_file=True
                )
        evidence = lf.span.slice(text)
        if evidence and raw.count(evidence) == 1:
            at = raw.index(evidence)
            return region_of(raw, Span(at, at + len(evidence)), in_file=True)
    return region_of(text, lf.span, in_file=not ar.article.is_html)


def raw_for(sources: Mapping[str, str] | None, source: str) -> str | None:
    return None if sources is None else sources.get(source)


def is_url(source: str) -> bool:
    return "://" in source


def artifact_uri(source: str) -> str:
    """A URI reference for an article source: URLs as given; paths percent-encoded,
    relative to the working directory when under it, else ``file://`` URIs; stdin as ``stdin``."""
    if is_url(source):
        return source
    if source in ("-", "<stdin>"):
        return "stdin"
    path = source_key(source)
    encoded = quote(path, safe="/")
    return f"file://{encoded}" if path.startswith("/") else encoded
