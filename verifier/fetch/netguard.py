"""Fetch guard: which network addresses a URL fetcher may contact (SSRF protection).

A newsroom tool that fetches any URL it is given must not become a way to reach the
machine it runs on, its private network or a cloud metadata service. Every host is
resolved and each address classified *before* a connection is made; the fetcher checks
again after every redirect and once more at connect time (DNS can change in between).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence

from verifier.errors import BlockedAddressError, FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]
"""``resolve(host, port)`` → the IP addresses (as strings) a connection could go to."""

ALLOW_HINT = "use --allow-private to allow"

# Names of cloud metadata services: refused whatever DNS says, even with --allow-private.
_METADATA_NAMES = frozenset(
    {
        "metadata",
        "metadata.google.internal",
        "metadata.goog",
        "instance-data",
        "instance-data.ec2.internal",
        "metadata.tencentyun.com",
    }
)
# Names that point at the local machine or a metadata service whatever DNS says.
_BLOCKED_NAMES = _METADATA_NAMES | {"localhost"}
# Special-use TLDs: ".localhost" (RFC 6761) and ".internal" (ICANN private use, 2024).
_BLOCKED_SUFFIXES = (".localhost", ".internal")

# Metadata endpoints of the big clouds. Most already fall in link-local/CGNAT/ULA ranges;
# Azure's wire server is a *public* address, so it must be listed. They hand out machine
# credentials, so they stay refused with --allow-private (which is for a newsroom's own
# intranet), and so does the whole IPv4 link-local range, where every cloud puts such
# services (_LINK_LOCAL_V4).
_METADATA_NETS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "169.254.169.254/32",  # AWS, GCP, Azure, DigitalOcean, Oracle, OpenStack
        "169.254.170.2/32",  # AWS ECS task metadata
        "169.254.0.23/32",  # Tencent Cloud
        "100.100.100.200/32",  # Alibaba Cloud
        "168.63.129.16/32",  # Azure wire server
        "192.0.0.192/32",  # Oracle Cloud (legacy metadata)
        "fd00:ec2::254/128",  # AWS IMDS over IPv6
        "fd20:ce::254/128",  # Google Cloud metadata over IPv6
    )
)
_LINK_LOCAL_V4 = ipaddress.ip_network("169.254.0.0/16")
METADATA_REFUSED = "never fetched, even with --allow-private"
_SHARED_NET = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT (RFC 6598)
_NAT64_NET = ipaddress.ip_network("64:ff9b::/96")  # RFC 6052: embeds an IPv4 address
_TEREDO_NET = ipaddress.ip_network("2001::/32")


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address tunnels to (6to4, NAT64, Teredo client)."""
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64_NET:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.teredo is not None:
        return ip.teredo[1]
    return None


def is_metadata(ip: IPAddress) -> bool:
    """True for a cloud metadata address, written plainly or inside an IPv6 address
    (``::ffff:169.254.169.254``, NAT64, 6to4, Teredo)."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or _embedded_ipv4(ip)
        if inner is not None and is_metadata(inner):
            return True
    return any(ip in net for net in _METADATA_NETS if net.version == ip.version)


def never_allowed_reason(ip: IPAddress) -> str | None:
    """Why ``ip`` is refused even with ``--allow-private``: a cloud metadata address, or
    IPv4 link-local (the range metadata services live in); else ``None``."""
    if is_metadata(ip):
        return "cloud metadata"
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or _embedded_ipv4(ip)
        if inner is not None:
            return never_allowed_reason(inner)
        return None
    if ip in _LINK_LOCAL_V4:
        return "link-local (where cloud metadata services live)"
    return None


def blocked_reason(ip: IPAddress) -> str | None:
    """Why ``ip`` must not be contacted (``"loopback"``, ``"private"`` …), or ``None``."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:  # ::ffff:a.b.c.d *is* the IPv4 address
            return blocked_reason(ip.ipv4_mapped)
        inner = _embedded_ipv4(ip)
        if inner is not None and ip not in _TEREDO_NET:
            # NAT64 (DNS64 networks) and 6to4 reach exactly the embedded IPv4 host.
            return blocked_reason(inner)
        if inner is not None and blocked_reason(inner) is not None:
            return blocked_reason(inner)
        if ip.is_site_local:  # fec0::/10, deprecated but still routed inside some networks
            return "site-local"
    if is_metadata(ip):
        return "cloud metadata"
    if ip.is_loopback:
        return "loopback"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if isinstance(ip, ipaddress.IPv4Address) and ip in _SHARED_NET:
        return "shared (carrier-grade NAT)"
    if ip.is_private:
        return "private"
    if ip.is_reserved:
        return "reserved"
    if not ip.is_global:
        return "non-public"
    return None


def system_resolver(host: str, port: int) -> list[str]:
    """Resolve with the operating system (``socket.getaddrinfo``), unique addresses in order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: dict[str, None] = {}
    for *_, sockaddr in infos:
        seen.setdefault(str(sockaddr[0]).split("%", 1)[0], None)  # drop an IPv6 zone id
    return list(seen)


def check_host(
    host: str,
    port: int,
    *,
    resolve: Resolver = system_resolver,
    allow_private: bool = False,
    extra_allowed_ips: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """Return the vetted addresses of ``host`` or raise.

    Raises ``BlockedAddressError`` when the name or *any* of its addresses is local,
    private or otherwise non-public (a name resolving to one public and one private
    address is refused: the connection could go to either), and ``FetchError`` when the
    name does not resolve. ``extra_allowed_ips`` exempts exact addresses (tests only).
    ``allow_private`` lets local and private addresses through, but never a cloud
    metadata service (by name or address).
    """
    name = host.lower().rstrip(".")
    try:
        literal: IPAddress | None = ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        literal = None
    if literal is None and name in _METADATA_NAMES:
        raise BlockedAddressError(f"refused cloud metadata host name {name} ({METADATA_REFUSED})")
    if (
        literal is None
        and not allow_private
        and (name in _BLOCKED_NAMES or name.endswith(_BLOCKED_SUFFIXES))
    ):
        raise BlockedAddressError(f"refused local or metadata host name {name} ({ALLOW_HINT})")
    if literal is not None:
        addresses: Sequence[str] = (str(literal),)
    else:
        try:
            addresses = resolve(name, port)
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"cannot resolve host {name} (DNS lookup failed)") from exc
        if not addresses:
            raise FetchError(f"cannot resolve host {name} (no addresses)")
    vetted: list[str] = []
    for text in addresses:
        ip = ipaddress.ip_address(text)
        if str(ip) in extra_allowed_ips:
            vetted.append(str(ip))
            continue
        if allow_private:
            never = never_allowed_reason(ip)
            if never is not None:
                raise BlockedAddressError(f"refused {never} address {ip} ({METADATA_REFUSED})")
        else:
            reason = blocked_reason(ip)
            if reason is not None:
                raise BlockedAddressError(f"refused {reason} address {ip} ({ALLOW_HINT})")
        vetted.append(str(ip))
    return tuple(vetted)
