"""Fetch stage, socket layer: address-checked, deadline-capped connections and bounded
decompression, plugged under httpx by ``fetch.Fetcher``.

httpx has no total timeout and resolves host names itself. Here every connection goes
only to addresses the guard vetted at connect time (closing the gap a DNS rebinding
would use between our check and the connect), and every socket read or write is capped
by the deadline of the ``Fetcher.get`` running in this thread, so even a server that
drips its headers one byte at a time is cut off on time.
"""

from __future__ import annotations

import contextlib
import contextvars
import ssl
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import httpcore

_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "fetch_deadline", default=None
)


@contextlib.contextmanager
def deadline_scope(deadline: float) -> Iterator[None]:
    """Cap every socket operation of this thread (and context) at ``deadline`` (monotonic)."""
    token = _DEADLINE.set(deadline)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


class DeadlineStream(httpcore.NetworkStream):
    """Socket stream whose every read/write timeout is capped by the current deadline."""

    def __init__(self, inner: httpcore.NetworkStream, clock: Callable[[], float]) -> None:
        self._inner = inner
        self._clock = clock

    def _cap(self, timeout: float | None) -> float | None:
        deadline = _DEADLINE.get()
        if deadline is None:
            return timeout
        remaining = deadline - self._clock()
        if remaining <= 0:
            raise httpcore.ReadTimeout("total time limit reached")
        return remaining if timeout is None else min(timeout, remaining)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._cap(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._cap(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, self._cap(timeout))
        return DeadlineStream(inner, self._clock)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Connects only to the addresses ``vet(host, port)`` returns; ``vet`` raises to refuse.

    TLS still verifies the certificate against the host *name* (httpcore passes it as
    ``server_hostname`` separately), so connecting to the vetted IP changes nothing else.
    """

    def __init__(
        self, vet: Callable[[str, int], tuple[str, ...]], clock: Callable[[], float]
    ) -> None:
        self._inner = httpcore.SyncBackend()
        self._vet = vet
        self._clock = clock

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        error: httpcore.ConnectError | None = None
        for address in self._vet(host, port):
            try:
                stream = self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                error = exc
                continue
            return DeadlineStream(stream, self._clock)
        raise error or httpcore.ConnectError(f"no address to connect to for {host}")

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not allowed")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def install_backend(pool: object, backend: httpcore.NetworkBackend) -> bool:
    """Put ``backend`` under an httpcore connection pool; False if the pool has no slot.

    httpx exposes no public hook for the socket layer; httpcore's ``ConnectionPool``
    keeps its backend in ``_network_backend``. If a future version moves it, the fetcher's
    pre-connect address check still applies (only the rebinding gap reopens).
    """
    if isinstance(pool, httpcore.ConnectionPool) and hasattr(pool, "_network_backend"):
        pool._network_backend = backend
        return True
    return False


class Decompressor:
    """gzip/deflate decoding with bounded output per step: a 10 KB gzip bomb must not
    inflate to gigabytes in memory before the size cap sees it."""

    def __init__(self, encoding: str) -> None:
        self._may_switch_to_raw = encoding == "deflate"
        # 47 = auto-detect a gzip or zlib header; "deflate" is sometimes sent raw.
        self._obj = zlib.decompressobj(47 if encoding in ("gzip", "x-gzip") else zlib.MAX_WBITS)

    def feed(self, data: bytes, room: int) -> Iterator[bytes]:
        """Decompress ``data``, yielding pieces; stops soon after ``room`` bytes came out."""
        try:
            out = self._obj.decompress(data, room + 1)
        except zlib.error:
            if not self._may_switch_to_raw:
                raise
            self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
            out = self._obj.decompress(data, room + 1)
        self._may_switch_to_raw = False
        yield out
        while self._obj.unconsumed_tail and len(out) <= room:
            room -= len(out)
            out = self._obj.decompress(self._obj.unconsumed_tail, room + 1)
            yield out
