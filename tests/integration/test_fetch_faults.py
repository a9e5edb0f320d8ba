"""Fetching against a real misbehaving HTTP server on 127.0.0.1 (no mocks below httpx).

The server is a raw-socket server so it can do what a polite server never does: hang,
drip bytes, reset the connection, lie about Content-Length. The fetcher's address guard
is told to allow 127.0.0.1 (``extra_allowed_ips``, test-only) and nothing else, so the
redirects to private and metadata addresses are refused exactly as in production.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import httpcore
import pytest

from verifier.errors import BlockedAddressError, FetchError
from verifier.fetch.client import (
    ConnectionBroken,
    Fetcher,
    FetchSettings,
    FetchTimeout,
    HTTPStatusError,
    NetworkError,
    ResponseTooLarge,
)
from verifier.fetch.load import load_input

HINDI_PAGE = (
    "<html><head><title>जयशंकर</title></head><body><p>विदेश मंत्री एस जयशंकर ने कहा कि "
    "भारत और कनाडा के संबंध मजबूत हो रहे हैं।</p></body></html>"
).encode()

GZIP_BOMB = gzip.compress(b"\0" * 20_000_000, compresslevel=9)  # ~20 KB on the wire

Handler = Callable[[socket.socket, "FaultServer"], None]


def _response(status: str, body: bytes = b"", headers: dict[str, str] | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Connection: close"]
    fields = {"Content-Type": "text/html; charset=utf-8", "Content-Length": str(len(body))}
    fields.update(headers or {})
    lines += [f"{k}: {v}" for k, v in fields.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class FaultServer:
    """A threaded raw-socket HTTP/1.1 server with one behaviour per path."""

    def __init__(self) -> None:
        self.stop = threading.Event()
        self.hits: Counter[str] = Counter()
        self.routes: dict[str, Handler] = {}
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._sock.settimeout(0.1)
        self.port = self._sock.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        try:
            head = b""
            while b"\r\n\r\n" not in head and len(head) < 65536:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                head += chunk
            path = head.split(b" ", 2)[1].decode()
            self.hits[path] += 1
            handler = self.routes.get(path)
            if handler is None:
                conn.sendall(_response("404 Not Found", b"no such page"))
            else:
                handler(conn, self)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self) -> None:
        self.stop.set()
        self._sock.close()
        self._thread.join(timeout=2)


def _send(data: bytes) -> Handler:
    return lambda conn, server: conn.sendall(data)


def _hang(conn: socket.socket, server: FaultServer) -> None:
    server.stop.wait(5)


def _drip_body(conn: socket.socket, server: FaultServer) -> None:
    conn.sendall(_response("200 OK", headers={"Content-Length": "100000"}))
    for _ in range(200):
        if server.stop.wait(0.05):
            return
        conn.sendall(b"x")


def _drip_headers(conn: socket.socket, server: FaultServer) -> None:
    for byte in b"HTTP/1.1 200 OK\r\nX-Padding: " + b"a" * 500:
        if server.stop.wait(0.05):
            return
        conn.sendall(bytes([byte]))


def _reset(conn: socket.socket, server: FaultServer) -> None:
    # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def _rate_limited_once(conn: socket.socket, server: FaultServer) -> None:
    if server.hits["/busy"] == 1:
        conn.sendall(_response("429 Too Many Requests", b"slow down", {"Retry-After": "7"}))
    else:
        conn.sendall(_response("200 OK", HINDI_PAGE))


def _endless_chunks(conn: socket.socket, server: FaultServer) -> None:
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    chunk = b"a" * 65536
    for _ in range(200):
        conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))


@pytest.fixture
def server() -> Iterator[FaultServer]:
    srv = FaultServer()
    srv.routes.update(
        {
            "/ok": _send(_response("200 OK", HINDI_PAGE)),
            "/hang": _hang,
            "/drip": _drip_body,
            "/drip-headers": _drip_headers,
            "/reset": _reset,
            "/error": _send(_response("500 Internal Server Error", b"oops")),
            "/busy": _rate_limited_once,
            "/truncated": _send(
                _response("200 OK", headers={"Content-Length": "5000"}) + HINDI_PAGE[:100]
            ),
            "/loop-a": _send(_response("302 Found", headers={"Location": "/loop-b"})),
            "/loop-b": _send(_response("302 Found", headers={"Location": "/loop-a"})),
            "/moved": _send(_response("301 Moved Permanently", headers={"Location": "/ok"})),
            "/big": _send(_response("200 OK", headers={"Content-Length": "5000000"})),
            "/endless": _endless_chunks,
            "/bomb": _send(
                _response(
                    "200 OK", GZIP_BOMB, {"Content-Encoding": "gzip", "Content-Type": "text/plain"}
                )
            ),
            "/gzip": _send(
                _response("200 OK", gzip.compress(HINDI_PAGE), {"Content-Encoding": "gzip"})
            ),
            "/latin1-label": _send(
                _response("200 OK", HINDI_PAGE, {"Content-Type": "text/html; charset=ISO-8859-1"})
            ),
            "/photo": _send(
                _response(
                    "200 OK", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, {"Content-Type": "image/png"}
                )
            ),
            "/to-private": _send(
                _response("302 Found", headers={"Location": "http://10.0.0.1/admin"})
            ),
            "/to-metadata": _send(
                _response(
                    "307 Temporary Redirect",
                    headers={"Location": "http://169.254.169.254/latest/meta-data/"},
                )
            ),
        }
    )
    srv.routes.update(
        {
            f"/hop/{i}": _send(_response("302 Found", headers={"Location": f"/hop/{i + 1}"}))
            for i in range(10)
        }
    )
    yield srv
    srv.close()


class SleepRecorder:
    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def connects(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every TCP connect the HTTP stack makes (to prove refused hosts are never contacted)."""
    seen: list[tuple[str, int]] = []
    original = httpcore.SyncBackend.connect_tcp

    def spy(
        self: httpcore.SyncBackend, host: str, port: int, *args: object, **kw: object
    ) -> object:
        seen.append((host, port))
        return original(self, host, port, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(httpcore.SyncBackend, "connect_tcp", spy)
    return seen


def make_fetcher(sleep: Callable[[float], None] | None = None, **limits: Any) -> Fetcher:
    """A fetcher with test-sized limits (seconds, not tens of seconds) that may reach
    the local server and nothing else private."""
    options: dict[str, Any] = {
        "connect_timeout": 1.0,
        "read_timeout": 1.0,
        "total_timeout": 2.0,
        "extra_allowed_ips": frozenset({"127.0.0.1"}),
    }
    options.update(limits)
    return Fetcher(FetchSettings(**options), sleep=sleep or SleepRecorder())


def test_a_good_page_is_fetched_and_decoded(server: FaultServer) -> None:
    with make_fetcher() as fetcher:
        page = fetcher.get(server.url("/ok"))
    assert page.status == 200
    assert "जयशंकर ने कहा कि" in page.text


def test_a_redirect_is_followed_and_the_final_url_kept(server: FaultServer) -> None:
    with make_fetcher() as fetcher:
        page = fetcher.get(server.url("/moved"))
    assert page.final_url == server.url("/ok")
    assert page.redirects == (server.url("/ok"),)


def test_a_server_that_never_answers_times_out(server: FaultServer) -> None:
    started = time.monotonic()
    with make_fetcher(read_timeout=0.5) as fetcher, pytest.raises(FetchTimeout) as caught:
        fetcher.get(server.url("/hang"))
    assert time.monotonic() - started < 1.5
    assert (
        str(caught.value) == f"{server.url('/hang')}: timed out after 0.5 s waiting for the server"
    )


def test_a_slow_drip_body_is_cut_at_the_total_deadline(server: FaultServer) -> None:
    started = time.monotonic()
    with make_fetcher(total_timeout=1.0) as fetcher, pytest.raises(FetchTimeout) as caught:
        fetcher.get(server.url("/drip"))
    assert time.monotonic() - started < 1.6
    assert "gave up after the total time limit of 1 s" in str(caught.value)


def test_slowly_dripped_headers_are_cut_at_the_total_deadline(server: FaultServer) -> None:
    started = time.monotonic()
    with make_fetcher(total_timeout=1.0) as fetcher, pytest.raises(FetchTimeout) as caught:
        fetcher.get(server.url("/drip-headers"))
    assert time.monotonic() - started < 1.6
    assert "total time limit of 1 s" in str(caught.value)


def test_a_connection_reset_is_retried_then_reported(server: FaultServer) -> None:
    sleep = SleepRecorder()
    with make_fetcher(sleep, retries=2) as fetcher, pytest.raises(ConnectionBroken) as caught:
        fetcher.get(server.url("/reset"))
    assert str(caught.value) == f"{server.url('/reset')}: connection reset by the server"
    assert server.hits["/reset"] == 3
    assert sleep.waits == [0.5, 1.0]  # exponential backoff


def test_a_refused_connection_says_so(server: FaultServer) -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    url = f"http://127.0.0.1:{port}/"
    with make_fetcher(retries=0) as fetcher, pytest.raises(NetworkError) as caught:
        fetcher.get(url)
    assert str(caught.value) == f"{url}: connection refused"


def test_a_server_error_is_one_line_with_the_status(server: FaultServer) -> None:
    with make_fetcher() as fetcher, pytest.raises(HTTPStatusError) as caught:
        fetcher.get(server.url("/error"))
    assert str(caught.value) == f"{server.url('/error')}: HTTP 500 Internal Server Error"
    assert caught.value.status == 500
    assert server.hits["/error"] == 1  # 500 is not retried, only 429/502/503/504


def test_429_waits_as_long_as_retry_after_says_then_succeeds(server: FaultServer) -> None:
    sleep = SleepRecorder()
    with make_fetcher(sleep, total_timeout=10.0) as fetcher:
        page = fetcher.get(server.url("/busy"))
    assert page.status == 200
    assert sleep.waits == [7.0]
    assert server.hits["/busy"] == 2


def test_429_asking_for_more_than_the_cap_is_not_retried_early(server: FaultServer) -> None:
    sleep = SleepRecorder()
    with (
        make_fetcher(sleep, total_timeout=10.0, retry_after_cap=5.0) as fetcher,
        pytest.raises(HTTPStatusError) as caught,
    ):
        fetcher.get(server.url("/busy"))
    assert sleep.waits == []
    assert "HTTP 429 Too Many Requests (server asks to retry after 7 s)" in str(caught.value)


def test_a_body_shorter_than_its_content_length_is_reported_truncated(server: FaultServer) -> None:
    with make_fetcher(retries=0) as fetcher, pytest.raises(ConnectionBroken) as caught:
        fetcher.get(server.url("/truncated"))
    assert str(caught.value) == (
        f"{server.url('/truncated')}: response body truncated (connection closed after 100 bytes)"
    )


def test_a_redirect_loop_is_detected(server: FaultServer) -> None:
    with make_fetcher() as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(server.url("/loop-a"))
    assert str(caught.value) == (
        f"{server.url('/loop-a')}: redirect loop ({server.url('/loop-a')} visited twice)"
    )


def test_too_many_redirects_stop_at_the_limit(server: FaultServer) -> None:
    with make_fetcher(max_redirects=3) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(server.url("/hop/0"))
    assert str(caught.value) == f"{server.url('/hop/0')}: too many redirects (3)"
    assert server.hits["/hop/3"] == 1 and server.hits["/hop/4"] == 0


def test_a_declared_oversized_body_is_refused_before_reading(server: FaultServer) -> None:
    with make_fetcher(max_bytes=100_000) as fetcher, pytest.raises(ResponseTooLarge) as caught:
        fetcher.get(server.url("/big"))
    assert str(caught.value) == (
        f"{server.url('/big')}: response larger than 100000 bytes (Content-Length 5000000)"
    )


def test_an_endless_body_is_cut_at_the_size_cap(server: FaultServer) -> None:
    with make_fetcher(max_bytes=200_000) as fetcher, pytest.raises(ResponseTooLarge) as caught:
        fetcher.get(server.url("/endless"))
    assert str(caught.value) == f"{server.url('/endless')}: response larger than 200000 bytes"


def test_a_gzip_bomb_is_cut_at_the_size_cap_after_decompression(server: FaultServer) -> None:
    with make_fetcher(max_bytes=1_000_000) as fetcher, pytest.raises(ResponseTooLarge):
        fetcher.get(server.url("/bomb"))


def test_a_gzip_page_is_decompressed(server: FaultServer) -> None:
    with make_fetcher() as fetcher:
        page = fetcher.get(server.url("/gzip"))
    assert page.content == HINDI_PAGE


def test_a_devanagari_page_labelled_latin1_is_decoded_as_utf8(server: FaultServer) -> None:
    with make_fetcher() as fetcher:
        page = fetcher.get(server.url("/latin1-label"))
        doc = load_input(server.url("/latin1-label"), fetcher=fetcher, max_bytes=1_000_000)
    assert "विदेश मंत्री एस जयशंकर" in page.text
    assert "विदेश मंत्री एस जयशंकर" in doc.text and doc.is_html


def test_an_image_is_refused_as_not_an_article(server: FaultServer) -> None:
    with make_fetcher() as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(server.url("/photo"))
    assert str(caught.value) == (
        f"{server.url('/photo')}: not an article page (content type image/png; "
        "expected HTML or plain text)"
    )


@pytest.mark.parametrize(
    ("path", "target", "reason"),
    [
        ("/to-private", "http://10.0.0.1/admin", "private address 10.0.0.1"),
        (
            "/to-metadata",
            "http://169.254.169.254/latest/meta-data/",
            "cloud metadata address 169.254.169.254",
        ),
    ],
)
def test_a_redirect_to_a_private_address_is_refused_before_connecting(
    server: FaultServer, connects: list[tuple[str, int]], path: str, target: str, reason: str
) -> None:
    with make_fetcher() as fetcher, pytest.raises(BlockedAddressError) as caught:
        fetcher.get(server.url(path))
    assert str(caught.value) == (
        f"{server.url(path)}: redirected to {target}: refused {reason} "
        "(use --allow-private to allow)"
    )
    assert connects == [("127.0.0.1", server.port)]  # the target was never contacted


def test_loopback_itself_is_refused_without_allow_private(
    server: FaultServer, connects: list[tuple[str, int]]
) -> None:
    with Fetcher(FetchSettings()) as fetcher, pytest.raises(BlockedAddressError) as caught:
        fetcher.get(server.url("/ok"))
    assert str(caught.value) == (
        f"{server.url('/ok')}: refused loopback address 127.0.0.1 (use --allow-private to allow)"
    )
    assert connects == [] and server.hits["/ok"] == 0


def test_allow_private_lets_a_newsroom_fetch_its_own_intranet(server: FaultServer) -> None:
    with Fetcher(FetchSettings(allow_private=True, total_timeout=2.0)) as fetcher:
        assert fetcher.get(server.url("/ok")).status == 200
