"""``--allow-private`` opens the intranet, never a cloud metadata service; credentials in
URLs never reach a log line. Fake resolver tables stand in for DNS (no sockets)."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

import pytest

from verifier.errors import BlockedAddressError
from verifier.fetch.errors import RedactingFilter, redact_credentials
from verifier.fetch.netguard import Resolver, check_host


def _resolve(table: Mapping[str, Sequence[str]]) -> Resolver:
    def resolve(host: str, port: int) -> Sequence[str]:
        return table[host]

    return resolve


@pytest.mark.parametrize(
    "host",
    [
        "169.254.169.254",
        "169.254.170.2",
        "169.254.10.10",  # anywhere in IPv4 link-local: where the clouds put such services
        "100.100.100.200",
        "168.63.129.16",
        "fd00:ec2::254",
        "[fd00:ec2::254]",
        "fd20:ce::254",
        "::ffff:169.254.169.254",
        "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254
        "2002:a9fe:a9fe::1",  # 6to4 of it
        "metadata.google.internal",
        "metadata.google.internal.",
        "METADATA.GOOG",
        "instance-data.ec2.internal",
    ],
)
def test_metadata_stays_refused_with_allow_private(host: str) -> None:
    with pytest.raises(BlockedAddressError, match="metadata.*even with --allow-private"):
        check_host(host, 80, resolve=_resolve({}), allow_private=True)


def test_a_name_resolving_to_metadata_is_refused_with_allow_private() -> None:
    table = {"intranet.newsroom.example": ["10.1.2.3", "169.254.169.254"]}
    with pytest.raises(BlockedAddressError, match="169.254.169.254"):
        check_host("intranet.newsroom.example", 80, resolve=_resolve(table), allow_private=True)


@pytest.mark.parametrize(
    ("host", "addresses"),
    [
        ("cms.intranet.example", ["10.20.0.7"]),
        ("localhost", ["127.0.0.1", "::1"]),
        ("staging.internal", ["192.168.1.20"]),
        ("fe80-host.example", ["fe80::1"]),
    ],
)
def test_allow_private_still_reaches_the_newsroom_intranet(host: str, addresses: list[str]) -> None:
    vetted = check_host(host, 80, resolve=_resolve({host: addresses}), allow_private=True)
    assert vetted == tuple(addresses)  # resolved once and pinned for the connection


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GET http://u:secret@host/a", "GET http://***@host/a"),
        ("https://token@host:8443/x?y=1", "https://***@host:8443/x?y=1"),
        ("(b'Location', b'http://u2:s2@10.0.0.1/x')", "(b'Location', b'http://***@10.0.0.1/x')"),
        ("postgresql://editor:pw@db/news", "postgresql://***@db/news"),
        ("https://x.com/@PIB_India/status/1", "https://x.com/@PIB_India/status/1"),
        ("mail editor@example.in", "mail editor@example.in"),
    ],
)
def test_credentials_are_removed_from_any_url_in_a_text(text: str, expected: str) -> None:
    assert redact_credentials(text) == expected


def test_the_logging_filter_redacts_arguments_too() -> None:
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, 'HTTP Request: %s %s "%s"', None, None
    )
    record.args = ("GET", "http://editor:s3cret@news.example/a", "HTTP/1.1 200 OK")
    assert RedactingFilter().filter(record)
    assert record.getMessage() == 'HTTP Request: GET http://***@news.example/a "HTTP/1.1 200 OK"'
