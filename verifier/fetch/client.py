"""Fetch stage: bounded, SSRF-guarded HTTP(S) GET of articles and platform endpoints (httpx).

The only module that talks HTTP. Every limit is enforced here, not left to httpx defaults:
connect/read timeouts plus a wall-clock deadline for the whole call (retries, redirects
and slow drips included), a body cap while streaming (decompression included), a redirect
limit with every hop re-checked by the address guard (``netguard``), retries with
exponential backoff on 429/502/503/504 and connection failures honouring ``Retry-After``.
Every failure is a ``FetchError`` whose message is one line: ``<url>: <reason>``.
"""

from __future__ import annotations

import errno
import ssl
import time
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import TracebackType

import httpx

from verifier.errors import BlockedAddressError, FetchError
from verifier.fetch.decode import decode_document
from verifier.fetch.errors import (
    ConnectionBroken,
    FetchTimeout,
    HTTPStatusError,
    NetworkError,
    ResponseTooLarge,
    display_url,
    errno_in_chain,
    in_chain,
    one_line,
    parse_retry_after,
)
from verifier.fetch.netguard import Resolver, check_host, system_resolver
from verifier.fetch.transport import Decompressor, GuardedBackend, deadline_scope, install_backend
from verifier.settings import Settings

__all__ = [
    "ARTICLE_CONTENT_TYPES",
    "PLATFORM_HOSTS",
    "ConnectionBroken",
    "FetchSettings",
    "FetchTimeout",
    "FetchedPage",
    "Fetcher",
    "HTTPStatusError",
    "NetworkError",
    "ResponseTooLarge",
    "display_url",
    "parse_retry_after",
]

ARTICLE_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PLATFORM_HOSTS = frozenset({"cdn.syndication.twimg.com", "publish.twitter.com", "publish.x.com"})
"""Fixed endpoints ``--confirm`` calls: public by construction, so the guard does not
resolve them (a redirect from them to anywhere else is still checked)."""

_ARTICLE_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits of one ``Fetcher``. Times are seconds."""

    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 30.0
    """Wall-clock limit for one ``get``: retries, backoff sleeps and redirects included."""
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    backoff_base: float = 0.5
    """First retry waits this long, then twice as long each time (unless ``Retry-After``)."""
    retry_after_cap: float = 30.0
    """A server asking to wait longer than this is not retried (we never retry early)."""
    allow_private: bool = False
    user_agent: str = Settings.user_agent
    extra_allowed_ips: frozenset[str] = frozenset()
    """Exact addresses exempt from the guard. For tests against a local server only."""
    public_hosts: frozenset[str] = PLATFORM_HOSTS

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchSettings:
        return cls(
            connect_timeout=settings.connect_timeout,
            read_timeout=settings.read_timeout,
            total_timeout=settings.total_timeout,
            max_bytes=settings.max_bytes,
            max_redirects=settings.max_redirects,
            retries=settings.retries,
            allow_private=settings.allow_private,
            user_agent=settings.user_agent,
        )


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """A complete response (after redirects); ``content`` is the decompressed body."""

    url: str
    final_url: str
    status: int
    headers: Mapping[str, str]
    content: bytes
    redirects: tuple[str, ...] = field(default=())

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def content_language(self) -> str | None:
        return self.headers.get("content-language")

    @property
    def text(self) -> str:
        """The body decoded (charset from header, BOM, meta, sniffing); ``InputError`` if impossible."""
        return decode_document(self.content, self.content_type)


@dataclass(slots=True)
class _Attempt:
    """Outcome of one request: a redirect, or a complete response."""

    status: int
    reason: str
    headers: dict[str, str]
    body: bytes = b""
    location: str | None = None


class Fetcher:
    """Bounded GETs; one per run, shared by threads. Use as a context manager or ``close()``.

    ``transport`` / ``client`` replace the network (tests: ``httpx.MockTransport``);
    the address guard still runs before every request. ``sleep``, ``clock`` (monotonic)
    and ``now`` (epoch, for ``Retry-After`` dates) are injectable for tests.
    """

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        resolve: Resolver = system_resolver,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.settings = settings or FetchSettings()
        self._resolve = resolve
        self._sleep = sleep
        self._clock = clock
        self._now = now
        self._owns_client = client is None
        if client is None:
            if transport is None:
                transport = self._guarded_transport()
            # Explicit transport: environment proxies are not used (see the report gaps).
            client = httpx.Client(transport=transport, follow_redirects=False)
        self._client = client

    def _guarded_transport(self) -> httpx.HTTPTransport:
        transport = httpx.HTTPTransport(retries=0)
        install_backend(getattr(transport, "_pool", None), GuardedBackend(self._vet, self._clock))
        return transport

    def close(self) -> None:
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- public -------------------------------------------------------------------------

    def get(
        self,
        url: str,
        *,
        content_types: Collection[str] | None = ARTICLE_CONTENT_TYPES,
        raise_for_status: bool = True,
        accept: str = _ARTICLE_ACCEPT,
    ) -> FetchedPage:
        """GET ``url`` following redirects; return the complete, decompressed response.

        ``content_types``: MIME types accepted on a 2xx answer (``None``: any).
        ``raise_for_status=False`` returns 4xx/5xx answers (after retries) instead of
        raising ``HTTPStatusError`` (the platform client reads 403/404 bodies).
        Raises ``FetchError`` (or a subclass: ``BlockedAddressError``, ``NetworkError``,
        ``FetchTimeout``, ``ConnectionBroken``, ``ResponseTooLarge``, ``HTTPStatusError``).
        """
        deadline = self._clock() + self.settings.total_timeout
        with deadline_scope(deadline):
            return self._get(url, deadline, content_types, raise_for_status, accept)

    # -- one call -----------------------------------------------------------------------

    def _get(
        self,
        url: str,
        deadline: float,
        content_types: Collection[str] | None,
        raise_for_status: bool,
        accept: str,
    ) -> FetchedPage:
        shown = display_url(url)
        current = self._parse(url, shown)
        visited = {str(current.copy_with(fragment=None))}
        redirects: list[str] = []
        for _ in range(self.settings.max_redirects + 1):
            context = (
                f"{shown}: redirected to {display_url(current)}: " if redirects else f"{shown}: "
            )
            self._check_address(current, context)
            attempt = self._with_retries(
                current, shown, deadline, content_types, raise_for_status, accept
            )
            if attempt.location is None:
                return FetchedPage(
                    url=url,
                    final_url=str(current),
                    status=attempt.status,
                    headers=attempt.headers,
                    content=attempt.body,
                    redirects=tuple(redirects),
                )
            target = self._redirect_target(current, attempt.location, shown)
            key = str(target.copy_with(fragment=None))
            if key in visited:
                raise FetchError(
                    f"{shown}: redirect loop ({display_url(target)} visited twice)", url=url
                )
            visited.add(key)
            redirects.append(str(target))
            current = target
        raise FetchError(f"{shown}: too many redirects ({self.settings.max_redirects})", url=url)

    def _parse(self, url: str, shown: str) -> httpx.URL:
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise FetchError(f"{shown}: invalid URL ({one_line(str(exc))})", url=url) from exc
        if parsed.scheme not in ("http", "https"):
            raise FetchError(
                f"{shown}: unsupported URL scheme {parsed.scheme!r} (only http and https)", url=url
            )
        if not parsed.host:
            raise FetchError(f"{shown}: invalid URL (no host)", url=url)
        return parsed

    def _redirect_target(self, current: httpx.URL, location: str, shown: str) -> httpx.URL:
        try:
            target = current.join(location)
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise FetchError(
                f"{shown}: redirect to an invalid URL {display_url(location)}", url=str(current)
            ) from exc
        if target.scheme not in ("http", "https") or not target.host:
            raise FetchError(
                f"{shown}: redirect to unsupported URL {display_url(target)} refused",
                url=str(current),
            )
        return target

    def _vet(self, host: str, port: int) -> tuple[str, ...]:
        s = self.settings
        if host.lower().rstrip(".") in s.public_hosts:
            return (host,)
        return check_host(
            host,
            port,
            resolve=self._resolve,
            allow_private=s.allow_private,
            extra_allowed_ips=s.extra_allowed_ips,
        )

    def _check_address(self, url: httpx.URL, context: str) -> None:
        host = url.raw_host.decode("ascii", errors="replace")
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            self._vet(host, port)
        except BlockedAddressError as exc:
            raise BlockedAddressError(context + str(exc), url=str(url)) from exc
        except FetchError as exc:
            raise NetworkError(context + str(exc), url=str(url)) from exc

    def _backoff(self, attempt: int) -> float:
        return float(self.settings.backoff_base * (2**attempt))

    def _with_retries(
        self,
        url: httpx.URL,
        shown: str,
        deadline: float,
        content_types: Collection[str] | None,
        raise_for_status: bool,
        accept: str,
    ) -> _Attempt:
        s = self.settings
        for attempt in range(s.retries + 1):
            last = attempt == s.retries
            try:
                result = self._attempt(url, shown, deadline, content_types, accept)
            except (NetworkError, ConnectionBroken):
                wait = self._backoff(attempt)
                if last or self._clock() + wait >= deadline:
                    raise
                self._sleep(wait)
                continue
            if result.status in RETRY_STATUSES and not last:
                retry_after = parse_retry_after(result.headers.get("retry-after"), self._now())
                wait = self._backoff(attempt) if retry_after is None else retry_after
                if wait <= s.retry_after_cap and self._clock() + wait < deadline:
                    self._sleep(wait)
                    continue
            if result.location is None and raise_for_status and not 200 <= result.status < 300:
                raise self._status_error(result, shown, str(url))
            return result
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _status_error(self, result: _Attempt, shown: str, url: str) -> HTTPStatusError:
        reason = f"HTTP {result.status} {result.reason}".rstrip()
        retry_after = parse_retry_after(result.headers.get("retry-after"), self._now())
        if result.status in RETRY_STATUSES and retry_after is not None:
            reason += f" (server asks to retry after {retry_after:.0f} s)"
        return HTTPStatusError(f"{shown}: {reason}", status=result.status, url=url)

    def _attempt(
        self,
        url: httpx.URL,
        shown: str,
        deadline: float,
        content_types: Collection[str] | None,
        accept: str,
    ) -> _Attempt:
        s = self.settings
        remaining = deadline - self._clock()
        if remaining <= 0:
            raise FetchTimeout(
                f"{shown}: gave up after the total time limit of {s.total_timeout:g} s",
                url=str(url),
            )
        timeout = httpx.Timeout(
            connect=min(s.connect_timeout, remaining),
            read=min(s.read_timeout, remaining),
            write=min(s.read_timeout, remaining),
            pool=min(s.connect_timeout, remaining),
        )
        headers = {"User-Agent": s.user_agent, "Accept": accept, "Accept-Encoding": "gzip, deflate"}
        received = 0
        try:
            request = self._client.build_request("GET", url, headers=headers, timeout=timeout)
            response = self._client.send(request, stream=True, follow_redirects=False)
            try:
                status = response.status_code
                reply = _Attempt(
                    status,
                    response.reason_phrase,
                    {k.lower(): v for k, v in response.headers.items()},
                )
                if status in REDIRECT_STATUSES and "location" in reply.headers:
                    reply.location = reply.headers["location"]
                    return reply
                if 200 <= status < 300 and content_types is not None:
                    self._check_content_type(
                        reply.headers.get("content-type"), content_types, shown, str(url)
                    )
                chunks: list[bytes] = []
                for chunk in self._body(response, reply.headers, shown, deadline):
                    received += len(chunk)
                    chunks.append(chunk)
                reply.body = b"".join(chunks)
                return reply
            finally:
                response.close()
        except BlockedAddressError as exc:  # DNS changed between our check and the connect
            raise BlockedAddressError(f"{shown}: {exc}", url=str(url)) from exc
        except FetchError as exc:
            if exc.url is not None:
                raise
            raise NetworkError(f"{shown}: {exc}", url=str(url)) from exc
        except httpx.HTTPError as exc:
            raise self._translate(exc, shown, str(url), deadline, received) from exc

    def _check_content_type(
        self, content_type: str | None, allowed: Collection[str], shown: str, url: str
    ) -> None:
        mime = (content_type or "").split(";", 1)[0].strip().lower()
        if mime and mime not in allowed:
            raise FetchError(
                f"{shown}: not an article page (content type {mime}; expected HTML or plain text)",
                url=url,
            )

    def _body(
        self, response: httpx.Response, headers: Mapping[str, str], shown: str, deadline: float
    ) -> Iterator[bytes]:
        s = self.settings
        url = str(response.request.url)
        declared = headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > s.max_bytes:
            raise ResponseTooLarge(
                f"{shown}: response larger than {s.max_bytes} bytes (Content-Length {declared})",
                url=url,
            )
        encoding = headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("identity", "", "gzip", "x-gzip", "deflate"):
            raise FetchError(f"{shown}: unsupported content encoding {encoding!r}", url=url)
        decoder = Decompressor(encoding) if encoding in ("gzip", "x-gzip", "deflate") else None
        raws: Iterable[bytes] = response.iter_raw()  # as the bytes arrive (no re-chunking)
        if response.is_stream_consumed:
            # Built in memory (``httpx.Response(content=...)`` in a MockTransport): httpx
            # has already read and decoded it.
            raws, decoder = (response.content,), None
        size = 0
        for raw in raws:
            pieces: Iterable[bytes] = (
                (raw,) if decoder is None else decoder.feed(raw, s.max_bytes - size)
            )
            try:
                for piece in pieces:
                    size += len(piece)
                    if size > s.max_bytes:
                        raise ResponseTooLarge(
                            f"{shown}: response larger than {s.max_bytes} bytes", url=url
                        )
                    yield piece
            except zlib.error as exc:
                raise FetchError(
                    f"{shown}: could not decompress the {encoding} response body", url=url
                ) from exc
            if self._clock() > deadline:
                raise FetchTimeout(
                    f"{shown}: gave up after the total time limit of {s.total_timeout:g} s "
                    f"(slow response, {size} bytes received)",
                    url=url,
                )

    def _translate(
        self, exc: httpx.HTTPError, shown: str, url: str, deadline: float, received: int
    ) -> FetchError:
        s = self.settings
        if isinstance(exc, httpx.TimeoutException) and self._clock() >= deadline - 0.01:
            return FetchTimeout(
                f"{shown}: gave up after the total time limit of {s.total_timeout:g} s", url=url
            )
        if isinstance(exc, httpx.ConnectTimeout):
            return NetworkError(
                f"{shown}: timed out connecting after {s.connect_timeout:g} s", url=url
            )
        if isinstance(exc, httpx.TimeoutException):
            return FetchTimeout(
                f"{shown}: timed out after {s.read_timeout:g} s waiting for the server", url=url
            )
        code = errno_in_chain(exc)
        if isinstance(exc, httpx.ConnectError):
            if in_chain(exc, ssl.SSLError):
                return FetchError(f"{shown}: TLS handshake failed ({one_line(str(exc))})", url=url)
            if code == errno.ECONNREFUSED:
                return NetworkError(f"{shown}: connection refused", url=url)
            if code in (errno.ENETUNREACH, errno.EHOSTUNREACH):
                return NetworkError(f"{shown}: network unreachable", url=url)
            return NetworkError(
                f"{shown}: cannot connect ({one_line(str(exc)) or 'connection failed'})", url=url
            )
        if code in (errno.ECONNRESET, errno.EPIPE):
            return ConnectionBroken(f"{shown}: connection reset by the server", url=url)
        if isinstance(exc, httpx.RemoteProtocolError):
            if received:
                return ConnectionBroken(
                    f"{shown}: response body truncated (connection closed after {received} bytes)",
                    url=url,
                )
            return ConnectionBroken(
                f"{shown}: server closed the connection without a complete response", url=url
            )
        if isinstance(exc, httpx.NetworkError):
            return ConnectionBroken(
                f"{shown}: connection error ({one_line(str(exc)) or type(exc).__name__})", url=url
            )
        if isinstance(exc, httpx.DecodingError):
            return FetchError(f"{shown}: could not decode the response body", url=url)
        return FetchError(
            f"{shown}: network error ({type(exc).__name__}: {one_line(str(exc))})", url=url
        )
