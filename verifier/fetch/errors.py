"""Fetch stage, failures: the errors a fetch raises and the pieces of their one-line
messages (``<url>: <reason>``, the URL without credentials).

Every class is a ``verifier.errors.FetchError`` (exit 3 at the CLI); the subclasses let
callers tell an unreachable network (``NetworkError``: the confirm step reports
``offline`` and goes on) from a server that misbehaved.
"""

from __future__ import annotations

import email.utils
import logging
import re
from urllib.parse import urlsplit, urlunsplit

from verifier.errors import FetchError


class NetworkError(FetchError):
    """The host could not be reached (DNS failure, refused, unreachable, connect timeout):
    the machine may be offline."""


class ConnectionBroken(FetchError):
    """The connection broke mid-exchange (reset, closed early, truncated body)."""


class FetchTimeout(FetchError):
    """The server stopped sending, or the whole call ran past its total time limit."""


class ResponseTooLarge(FetchError):
    """The body is larger than ``max_bytes`` (after decompression)."""


class HTTPStatusError(FetchError):
    """The server answered with an error status."""

    def __init__(self, message: str, *, status: int, url: str | None = None) -> None:
        super().__init__(message, url=url)
        self.status = status


def display_url(url: object, limit: int = 200) -> str:
    """``url`` fit for a one-line message: no credentials, no control characters, bounded."""
    text = str(url)
    try:
        parts = urlsplit(text)
        if "@" in parts.netloc:
            text = urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))
    except ValueError:
        pass
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# scheme://userinfo@ — userinfo stops at the first character that cannot be in it, so an
# "@" later in a path ("https://x.com/@handle") is not mistaken for one.
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^\s/?#@'\"<>\\]*@")


def redact_credentials(text: str) -> str:
    """``text`` with the user name and password of every URL in it replaced by ``***``
    (``http://u:secret@host/`` → ``http://***@host/``)."""
    return _USERINFO.sub(r"\1***@", text) if "@" in text else text


class RedactingFilter(logging.Filter):
    """A logging filter that removes credentials from every URL a record mentions (the
    message and its arguments are merged first: httpx passes the URL as an argument)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a library's bad format string: leave it to logging
            return True
        redacted = redact_credentials(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - now)


def errno_in_chain(exc: BaseException) -> int | None:
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return None
        if isinstance(seen, OSError) and seen.errno is not None:
            return seen.errno
        seen = seen.__cause__ or seen.__context__
    return None


def in_chain(exc: BaseException, kind: type[BaseException]) -> bool:
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def one_line(text: str) -> str:
    return " ".join(text.split())
