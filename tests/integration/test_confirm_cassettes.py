"""``--confirm`` end to end over HTTP replayed from cassettes (real X responses).

Cassettes: ``cassettes/test_confirm_cassettes/`` (see its README for the sample behind
each). The full stack runs — Fetcher, retries, PlatformClient, parsing, comparison —
only the transport is vcrpy's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from verifier.confirm.confirm import (
    InMemoryPostCache,
    PlatformClient,
    confirm_posts,
    embed_mismatch_findings,
)
from verifier.fetch.client import Fetcher, FetchSettings
from verifier.model import Post, PostKey


class Waits(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def waits() -> Waits:
    return Waits()


@pytest.fixture
def client(waits: Waits) -> Iterator[PlatformClient]:
    # The platform hosts are public by construction (FetchSettings.public_hosts): no DNS
    # lookup happens, which is what lets a cassette stand in for the network.
    with Fetcher(FetchSettings(retries=1, total_timeout=10.0), sleep=waits) as fetcher:
        yield PlatformClient(fetcher)


def embed(text: str, post_id: str, **fields: object) -> Post:
    return Post(key=PostKey("p1"), text=text, post_id=post_id, origin="blockquote", **fields)  # type: ignore[arg-type]


CARD_EMBED = (
    "📰 I recently joined @reactjs! My inaugural project was porting @sophiebits's Tic Tac Toe "
    "tutorial to the new React docs. What would you like to see in the next, in the React "
    "tutorial? https://t.co/fI2B6TT8rL"
)
PHOTO_EMBED = (
    "If you are interested about View Flattening in React Native, I wrote a short post about "
    "it: https://t.co/4G6RAMfrHy\n\nLet me know what you think! pic.twitter.com/rQd6FIwZ0U"
)


@pytest.mark.vcr
def test_normal_post_is_confirmed(client: PlatformClient) -> None:
    post = embed(
        CARD_EMBED,
        "1629262255744503809",
        author_name="Matt Carroll",
        handle="mattcarrollcode",
        posted_at=dt.date(2023, 2, 24),
    )
    (got,) = confirm_posts([post], client, None)
    assert got.state == "confirmed", got.detail
    assert got.canonical_author == "Matt Carroll"
    assert got.canonical_date == dt.date(2023, 2, 24)


@pytest.mark.vcr
@pytest.mark.default_cassette("test_normal_post_is_confirmed.yaml")
def test_an_edited_embed_is_a_critical_mismatch(client: PlatformClient) -> None:
    post = embed(CARD_EMBED.replace("Tic Tac Toe", "Chess"), "1629262255744503809")
    confirmations = confirm_posts([post], client, None)
    assert confirmations[0].state == "mismatch"
    assert confirmations[0].detail == 'embed has "Chess" where the post has "Tic Tac Toe"'
    (finding,) = embed_mismatch_findings([post], confirmations)
    assert finding.kind == "embed-mismatch" and finding.severity == "critical"
    assert finding.post_text == "Chess"


@pytest.mark.vcr
def test_photo_post_is_confirmed(client: PlatformClient) -> None:
    post = embed(PHOTO_EMBED, "1641086480675225601", handle="SamuelSusla")
    (got,) = confirm_posts([post], client, None)
    assert got.state == "confirmed", got.detail
    assert got.canonical_text is not None and "pic.twitter.com" not in got.canonical_text


@pytest.mark.vcr
def test_quote_post_links_the_quoted_post(client: PlatformClient) -> None:
    result = client.fetch_post("1641895049427550208")
    assert result.state == "found" and result.post is not None
    assert result.post.quoted_post_id == "1641086480675225601"


@pytest.mark.vcr
def test_thread_post_with_astral_emoji_is_confirmed(client: PlatformClient) -> None:
    # As a WordPress page shows it: curly apostrophes, the link text cut by X with "…".
    text = (
        "Senator @RonWyden is doing an AMA on r/technology on Monday. I hope someone asks if he "
        "supports Reddit’s shadow bans:\n\n“Reddit lets moderators shadow remove users’ comments. "
        "Do you support this practice?”\n\nreddit.com/r/technology/c…\n\nI’ll be asleep at the "
        "time of the AMA. 1/2 🧵"
    )
    (got,) = confirm_posts([embed(text, "1703436713362870723", handle="rhaksw")], client, None)
    assert got.state == "confirmed", got.detail


@pytest.mark.vcr
def test_deleted_post_is_reported_deleted(client: PlatformClient) -> None:
    (got,) = confirm_posts([embed("Some words", "1697322795510759929")], client, None)
    assert (got.state, got.detail) == ("deleted", "deleted by its author")
    assert embed_mismatch_findings([embed("Some words", "1697322795510759929")], [got]) == ()


@pytest.mark.vcr
def test_oembed_fallback_confirms_the_post(client: PlatformClient) -> None:
    post = embed(
        "Celebrate the WordPress 15th Anniversary on May 27 https://t.co/jv62WkI9lr "
        "pic.twitter.com/4ZECodSK78",
        "987437752164737025",
        author_name="WordPress",
        handle="WordPress",
        posted_at=dt.date(2018, 4, 20),
    )
    (got,) = confirm_posts([post], client, None)
    assert got.state == "confirmed", got.detail
    assert got.canonical_date == dt.date(2018, 4, 20)


@pytest.mark.vcr
def test_oembed_fallback_after_a_server_error(client: PlatformClient, waits: Waits) -> None:
    result = client.fetch_post("705219971425574912")
    assert result.state == "found" and result.post is not None
    assert result.post.text == "On our way to the #GoogleDance! #SMX 💃🏻"
    assert waits == [0.5]  # one retry of the 503, then the fallback


@pytest.mark.vcr
def test_protected_account_is_reported_protected(client: PlatformClient) -> None:
    (got,) = confirm_posts([embed("x", "1334188913724850177")], client, None)
    assert got.state == "protected"


@pytest.mark.vcr
def test_not_found_on_both_endpoints_is_deleted(client: PlatformClient) -> None:
    (got,) = confirm_posts([embed("x", "2023357708301455483")], client, None)
    assert got.state == "deleted"
    assert got.detail == "not found on X (deleted, or it never existed)"


@pytest.mark.vcr
def test_rate_limited_then_served(client: PlatformClient, waits: Waits) -> None:
    (got,) = confirm_posts([embed(PHOTO_EMBED, "1641086480675225601")], client, None)
    assert got.state == "confirmed"
    assert waits == [3.0]  # Retry-After honoured


@pytest.mark.vcr
@pytest.mark.default_cassette("test_photo_post_is_confirmed.yaml")
def test_a_rerun_within_the_ttl_does_not_refetch(client: PlatformClient) -> None:
    # The cassette holds one answer; a second request would fail the test.
    cache = InMemoryPostCache()
    post = embed(PHOTO_EMBED, "1641086480675225601")
    first = confirm_posts([post], client, cache)
    second = confirm_posts([post], client, cache)
    assert first == second and first[0].state == "confirmed"
