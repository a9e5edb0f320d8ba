"""Load stage: turn one input spec (file path, http(s) URL or ``-`` for stdin) into text.

Every input we cannot read as an article is an ``InputError`` naming it in one line
(``seeds/x.txt: file is empty``); network failures are ``FetchError`` from ``fetch``.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from verifier.errors import FetchError, InputError
from verifier.fetch.client import Fetcher, display_url
from verifier.fetch.decode import decode_document, sniff_binary

STDIN_SOURCE = "<stdin>"

_URL_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp"})
# A document that opens like HTML, or text carrying the tags embeds and CMS exports use.
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)", re.I)
_HTML_TAG = re.compile(
    rb"<(?:html|head|body|p|div|span|br|a\s+href|blockquote|article|section|figure|iframe|"
    rb"amp-twitter|script|meta|table|ul|li|h[1-6])[\s/>]",
    re.I,
)


@dataclass(frozen=True, slots=True)
class RawDocument:
    """An input read and decoded, not yet parsed."""

    source: str
    """What the user named: a path as given, a URL, or ``<stdin>``."""
    text: str
    is_html: bool
    content_type: str | None = None
    final_url: str | None = None
    content_language: str | None = None
    """The server's ``Content-Language`` header (URLs only)."""
    """Where a URL ended up after redirects (``None`` for files and stdin)."""


def looks_like_html(data: bytes) -> bool:
    """Sniff the start of a document: an HTML prologue, or at least two HTML tags."""
    head = data[:65536]
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAG.findall(head, 0, len(head))) >= 2


def _is_html(data: bytes, content_type: str | None, suffix: str) -> bool:
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime in _HTML_TYPES or suffix in _HTML_SUFFIXES:
        return True
    return looks_like_html(data)


def _to_document(
    source: str,
    data: bytes,
    *,
    content_type: str | None = None,
    suffix: str = "",
    final_url: str | None = None,
) -> RawDocument:
    if not data:
        raise InputError(
            f"{source}: file is empty" if final_url is None else f"{source}: empty response"
        )
    kind = sniff_binary(data)
    if kind is not None:
        raise InputError(f"{source}: looks like a binary file ({kind}), not an article")
    try:
        text = decode_document(data, content_type)
    except InputError as exc:
        raise InputError(f"{source}: {exc}") from exc
    if not text.strip():
        raise InputError(f"{source}: contains only whitespace")
    return RawDocument(
        source=source,
        text=text,
        is_html=_is_html(data, content_type, suffix),
        content_type=content_type,
        final_url=final_url,
    )


def _read_capped(stream: BinaryIO, max_bytes: int) -> bytes:
    return stream.read(max_bytes + 1)


def _load_path(spec: str, max_bytes: int) -> RawDocument:
    path = Path(spec)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(f"{spec}: file not found") from None
    except PermissionError:
        raise InputError(f"{spec}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{spec}: cannot read ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{spec}: is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        # FIFOs and devices (/dev/zero, a named pipe) can block or never end.
        raise InputError(f"{spec}: not a regular file")
    if info.st_size > max_bytes:
        raise InputError(f"{spec}: file is larger than {max_bytes} bytes ({info.st_size} bytes)")
    try:
        with path.open("rb") as handle:
            data = _read_capped(handle, max_bytes)
    except PermissionError:
        raise InputError(f"{spec}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{spec}: cannot read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:  # grew while we looked
        raise InputError(f"{spec}: file is larger than {max_bytes} bytes")
    return _to_document(spec, data, suffix=path.suffix.lower())


def _load_url(spec: str, fetcher: Fetcher | None) -> RawDocument:
    shown = display_url(spec)
    if fetcher is None:
        raise FetchError(f"{shown}: fetching URLs is not enabled here", url=spec)
    page = fetcher.get(spec)
    doc = _to_document(
        shown,
        page.content,
        content_type=page.content_type,
        suffix=Path(page.final_url.split("?", 1)[0]).suffix.lower(),
        final_url=page.final_url,
    )
    return replace(doc, content_language=page.content_language)


def load_input(
    spec: str,
    *,
    fetcher: Fetcher | None,
    stdin: BinaryIO | None = None,
    max_bytes: int,
) -> RawDocument:
    """Read ``spec``: ``-`` is ``stdin``, an http(s) URL is fetched with ``fetcher``,
    anything else is a local path.

    Raises ``InputError`` (missing, directory, empty, binary, undecodable or too large
    input; another URL scheme) or ``FetchError`` (network; no ``fetcher`` for a URL).
    """
    if spec == "-":
        if stdin is None:
            raise InputError(f"{STDIN_SOURCE}: no standard input available")
        data = _read_capped(stdin, max_bytes)
        if len(data) > max_bytes:
            raise InputError(f"{STDIN_SOURCE}: input is larger than {max_bytes} bytes")
        if not data:
            raise InputError(f"{STDIN_SOURCE}: input is empty")
        return _to_document(STDIN_SOURCE, data)
    scheme = _URL_SCHEME.match(spec)
    if scheme is not None:
        if scheme.group(1).lower() in ("http", "https"):
            return _load_url(spec, fetcher)
        raise InputError(
            f"{display_url(spec)}: unsupported URL scheme {scheme.group(1)!r} (only http and https)"
        )
    return _load_path(spec, max_bytes)
