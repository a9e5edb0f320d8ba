"""Fetch logic on ``httpx.MockTransport`` and a fake resolver: no sockets, no DNS."""

from __future__ import annotations

import email.utils
import ipaddress
from collections.abc import Callable, Sequence

import httpx
import pytest

from verifier.errors import BlockedAddressError, FetchError
from verifier.fetch.client import (
    Fetcher,
    FetchSettings,
    HTTPStatusError,
    NetworkError,
    display_url,
    parse_retry_after,
)
from verifier.fetch.netguard import blocked_reason, check_host

PUBLIC = "93.184.216.34"


def resolver(table: dict[str, Sequence[str]]) -> Callable[[str, int], Sequence[str]]:
    def resolve(host: str, port: int) -> Sequence[str]:
        if host not in table:
            raise OSError("Name or service not known")
        return table[host]

    return resolve


def fetcher_for(
    handler: Callable[[httpx.Request], httpx.Response],
    *,
    table: dict[str, Sequence[str]] | None = None,
    waits: list[float] | None = None,
    now: float = 1_700_000_000.0,
    **limits: object,
) -> Fetcher:
    return Fetcher(
        FetchSettings(**limits),  # type: ignore[arg-type]
        transport=httpx.MockTransport(handler),
        resolve=resolver(table or {"news.example": [PUBLIC]}),
        sleep=(waits.append if waits is not None else lambda s: None),
        now=lambda: now,
    )


# -- address guard ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("10.0.0.1", "private"),
        ("172.16.5.4", "private"),
        ("192.168.1.1", "private"),
        ("100.64.0.1", "shared (carrier-grade NAT)"),
        ("169.254.169.254", "cloud metadata"),
        ("169.254.10.10", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fd12:3456::1", "private"),
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:169.254.169.254", "cloud metadata"),
        ("fd00:ec2::254", "cloud metadata"),
        ("168.63.129.16", "cloud metadata"),
        ("8.8.8.8", None),
        ("2001:4860:4860::8888", None),
        ("::ffff:8.8.8.8", None),
    ],
)
def test_addresses_are_classified(address: str, reason: str | None) -> None:
    assert blocked_reason(ipaddress.ip_address(address)) == reason


def test_a_name_resolving_to_any_private_address_is_refused() -> None:
    resolve = resolver({"mixed.example": [PUBLIC, "10.1.2.3"]})
    with pytest.raises(BlockedAddressError, match="refused private address 10.1.2.3"):
        check_host("mixed.example", 80, resolve=resolve)


@pytest.mark.parametrize(
    "host", ["localhost", "LOCALHOST.", "app.localhost", "metadata.google.internal"]
)
def test_local_and_metadata_names_are_refused_without_dns(host: str) -> None:
    with pytest.raises(BlockedAddressError):
        check_host(host, 80, resolve=resolver({}))


def test_an_unknown_host_is_a_network_error_naming_it() -> None:
    f = fetcher_for(lambda r: httpx.Response(200), table={})
    with pytest.raises(NetworkError) as caught:
        f.get("https://nowhere.example/a")
    assert str(caught.value) == (
        "https://nowhere.example/a: cannot resolve host nowhere.example (DNS lookup failed)"
    )


def test_dns_rebinding_between_check_and_connect_is_refused_at_connect() -> None:
    # First lookup (our pre-check) says public, the second (at connect) says private.
    answers = iter([[PUBLIC], ["10.0.0.7"]])
    fetcher = Fetcher(
        FetchSettings(retries=0, total_timeout=2.0), resolve=lambda host, port: next(answers)
    )
    with fetcher, pytest.raises(BlockedAddressError) as caught:
        fetcher.get("http://rebind.example/")
    assert str(caught.value) == (
        "http://rebind.example/: refused private address 10.0.0.7 (use --allow-private to allow)"
    )


def test_platform_hosts_are_not_resolved() -> None:
    f = fetcher_for(lambda r: httpx.Response(200, json={}), table={})
    page = f.get("https://cdn.syndication.twimg.com/tweet-result?id=1", content_types=None)
    assert page.status == 200


# -- URLs and messages ------------------------------------------------------------------


def test_only_http_and_https_are_fetched() -> None:
    f = fetcher_for(lambda r: httpx.Response(200))
    with pytest.raises(FetchError, match="unsupported URL scheme 'file'"):
        f.get("file:///etc/passwd")


def test_a_redirect_to_another_scheme_is_refused() -> None:
    f = fetcher_for(lambda r: httpx.Response(302, headers={"Location": "ftp://news.example/x"}))
    with pytest.raises(
        FetchError, match="redirect to unsupported URL ftp://news.example/x refused"
    ):
        f.get("http://news.example/a")


def test_credentials_never_appear_in_messages() -> None:
    assert display_url("https://editor:s3cret@news.example/a?b=1") == "https://news.example/a?b=1"
    f = fetcher_for(lambda r: httpx.Response(404))
    with pytest.raises(HTTPStatusError) as caught:
        f.get("https://editor:s3cret@news.example/a")
    assert "s3cret" not in str(caught.value)
    assert str(caught.value) == "https://news.example/a: HTTP 404 Not Found"


def test_requests_carry_a_clear_user_agent() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["user-agent"])
        return httpx.Response(200, text="<p>ok</p>", headers={"content-type": "text/html"})

    fetcher_for(handler).get("http://news.example/")
    assert seen and seen[0].startswith("verifier/")


# -- retries ----------------------------------------------------------------------------


def test_retry_after_as_an_http_date_is_honoured() -> None:
    now = 1_700_000_000.0
    later = email.utils.formatdate(now + 12, usegmt=True)
    assert parse_retry_after(later, now) == 12.0
    assert parse_retry_after("3", now) == 3.0
    assert parse_retry_after("soon", now) is None

    answers = iter([httpx.Response(503, headers={"Retry-After": later}), httpx.Response(200)])
    waits: list[float] = []
    page = fetcher_for(lambda r: next(answers), waits=waits, now=now).get(
        "http://news.example/", content_types=None
    )
    assert page.status == 200 and waits == [12.0]


def test_5xx_without_retry_after_backs_off_exponentially_then_fails() -> None:
    waits: list[float] = []
    f = fetcher_for(lambda r: httpx.Response(502), waits=waits, retries=3, backoff_base=0.25)
    with pytest.raises(HTTPStatusError, match="HTTP 502 Bad Gateway"):
        f.get("http://news.example/")
    assert waits == [0.25, 0.5, 1.0]


def test_an_error_status_can_be_returned_for_the_platform_client() -> None:
    f = fetcher_for(lambda r: httpx.Response(403, json={"error": "Sorry"}), retries=0)
    page = f.get("http://news.example/", content_types=None, raise_for_status=False)
    assert page.status == 403 and b"Sorry" in page.content


def test_a_missing_content_type_is_accepted_and_left_to_sniffing() -> None:
    page = fetcher_for(lambda r: httpx.Response(200, content=b"<p>x</p>")).get(
        "http://news.example/"
    )
    assert page.content == b"<p>x</p>" and page.content_type is None


def test_a_redirect_status_without_a_location_is_an_error_for_articles() -> None:
    f = fetcher_for(lambda r: httpx.Response(302))
    with pytest.raises(HTTPStatusError, match=r"^http://news.example/a: HTTP 302 Found$"):
        f.get("http://news.example/a")
