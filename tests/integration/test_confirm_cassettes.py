"""``--confirm`` end to end over HTTP replayed from cassettes (real X responses; Bluesky,
Mastodon and YouTube in their documented or recorded formats).

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
from verifier.fetch.client import PLATFORM_HOSTS, Fetcher, FetchSettings
from verifier.model import Post, PostKey
from verifier.store.postcache import StorePostCache
from verifier.store.repository import Store


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
    # The other platforms' hosts are resolved by the guard in real runs; here they are named
    # public so that no DNS lookup happens (the cassette stands in for the network).
    hosts = PLATFORM_HOSTS | {"public.api.bsky.app", "mastodon.social", "www.youtube.com"}
    settings = FetchSettings(retries=1, total_timeout=10.0, public_hosts=hosts)
    with Fetcher(settings, sleep=waits) as fetcher:
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


# -- other platforms ----------------------------------------------------------------------

BSKY_TEXT = (
    "2026-03-16 | 🤖 🔗 Back Links to Previous Posts in Auto-Blog Series 🤖\n\n"
    "#AI Q: 🔗 How do you prefer to navigate content series?\n\n"
    "🤖 AI Automation | 🔗 Interlinking | 📝 Content Pipeline | ⚙️ Software Updates\n"
    "https://bagrounds.org/ai-blog/2026-03-16-back-links-to-previous-posts-in-auto-blog-series"
)
BSKY_URL = "https://bsky.app/profile/did:plc:i4yli6h7x2uoj7acxunww2fc/post/3mh7y62ycxw2b"


def bluesky(text: str, rkey: str = "3mh7y62ycxw2b") -> Post:
    # As the detector reads the embed in tests/data/embeds/bluesky/ (footer date: the US day).
    return Post(
        key=PostKey("p1"),
        text=text,
        platform="bluesky",
        post_id=rkey,
        url=BSKY_URL.replace("3mh7y62ycxw2b", rkey),
        author_name="Bryan Grounds",
        handle="bagrounds.bsky.social",
        posted_at=dt.date(2026, 3, 16),
        origin="bluesky",
    )


@pytest.mark.vcr
def test_bluesky_post_is_confirmed(client: PlatformClient) -> None:
    (got,) = confirm_posts([bluesky(BSKY_TEXT)], client, None)
    assert got.state == "confirmed", got.detail
    assert got.detail.startswith("matches the post on Bluesky")
    assert "one day off" in got.detail  # 03:00 UTC on the 17th is the 16th in the US
    assert (got.canonical_handle, got.canonical_author) == (
        "bagrounds.bsky.social",
        "Bryan Grounds",
    )


@pytest.mark.vcr
@pytest.mark.default_cassette("test_bluesky_post_is_confirmed.yaml")
def test_an_edited_bluesky_embed_is_a_critical_mismatch(client: PlatformClient) -> None:
    post = bluesky(BSKY_TEXT.replace("Back Links", "Broken Links"))
    confirmations = confirm_posts([post], client, None)
    assert confirmations[0].state == "mismatch"
    assert confirmations[0].detail == 'embed has "Broken" where the post has "Back"'
    (finding,) = embed_mismatch_findings([post], confirmations)
    assert finding.message.startswith("The embedded post differs from the post on Bluesky")


@pytest.mark.vcr
def test_deleted_bluesky_post_is_reported_deleted(client: PlatformClient) -> None:
    (got,) = confirm_posts([bluesky("Some words", rkey="3mh7y62ycxw2c")], client, None)
    assert got.state == "deleted"


def mastodon(text: str, status_id: str = "1") -> Post:
    return Post(
        key=PostKey("p1"),
        text=text,
        platform="mastodon",
        post_id=status_id,
        url=f"https://mastodon.social/@Gargron/{status_id}",
        handle="Gargron@mastodon.social",
        origin="mastodon",
    )


@pytest.mark.vcr
def test_mastodon_post_is_confirmed(client: PlatformClient) -> None:
    (got,) = confirm_posts([mastodon("Hello world")], client, None)
    assert got.state == "confirmed", got.detail
    assert got.canonical_handle == "Gargron@mastodon.social"  # local acct completed with the host
    assert got.canonical_date == dt.date(2016, 3, 16)


@pytest.mark.vcr
@pytest.mark.default_cassette("test_mastodon_post_is_confirmed.yaml")
def test_a_mastodon_embed_naming_another_account_is_a_mismatch(client: PlatformClient) -> None:
    post = Post(
        key=PostKey("p1"),
        text="",
        platform="mastodon",
        post_id="1",
        url="https://mastodon.social/@Gargron/1",
        handle="someoneelse@mastodon.social",
        origin="mastodon",
    )
    (got,) = confirm_posts([post], client, None)
    assert got.state == "mismatch"
    assert "the post is by @Gargron@mastodon.social" in got.detail


@pytest.mark.vcr
def test_deleted_mastodon_post_is_reported_deleted(client: PlatformClient) -> None:
    (got,) = confirm_posts([mastodon("x", status_id="2")], client, None)
    assert got.state == "deleted"


@pytest.mark.vcr
def test_signed_in_only_mastodon_instance_is_unavailable(client: PlatformClient) -> None:
    (got,) = confirm_posts([mastodon("Hello world")], client, None)
    assert (got.state, got.detail) == (
        "unavailable",
        "the instance shows posts to signed-in users only",
    )


def youtube(title: str, video: str = "dQw4w9WgXcQ") -> Post:
    return Post(key=PostKey("p1"), text=title, platform="youtube", post_id=video, origin="youtube")


@pytest.mark.vcr
def test_youtube_video_title_is_confirmed(client: PlatformClient) -> None:
    (got,) = confirm_posts(
        [youtube("Rick Astley - Never Gonna Give You Up (Official Music Video)")], client, None
    )
    assert got.state == "confirmed", got.detail
    assert got.canonical_author == "Rick Astley" and got.canonical_handle == "RickAstleyYT"


@pytest.mark.vcr
def test_removed_youtube_video_is_reported_deleted(client: PlatformClient) -> None:
    (got,) = confirm_posts([youtube("", video="GP4NxSbikS4")], client, None)
    assert got.state == "deleted"


def test_platforms_without_a_public_endpoint_are_not_looked_up(client: PlatformClient) -> None:
    # No cassette: a request would fail the test (record mode "none", network blocked).
    posts = [
        Post(key=PostKey(f"p{i}"), text="", platform=name, post_id="DVdP2dCE_kf", origin=name)
        for i, name in enumerate(("linkedin", "threads"), start=1)
    ]
    got = confirm_posts(posts, client, None)
    assert {c.state for c in got} == {"unavailable"}
    assert got[0].detail.startswith("not confirmable: LinkedIn documents no public endpoint")
    # Threads is asked through Meta's oEmbed, which needs the post's URL.
    assert got[1].detail == "the embed gives no Threads post URL; cannot look it up"


@pytest.mark.vcr
@pytest.mark.default_cassette("test_bluesky_post_is_confirmed.yaml")
def test_the_store_caches_other_platforms_under_their_own_name(
    client: PlatformClient, store: Store
) -> None:
    # The cassette holds one answer: the second run must come from the database.
    cache = StorePostCache(store)
    first = confirm_posts([bluesky(BSKY_TEXT)], client, cache)
    second = confirm_posts([bluesky(BSKY_TEXT)], client, cache)
    assert first == second and first[0].state == "confirmed"
    entry = store.get_cached_entry(
        "bluesky", "at://did:plc:i4yli6h7x2uoj7acxunww2fc/app.bsky.feed.post/3mh7y62ycxw2b", 3600
    )
    assert entry is not None and entry.state == "found"
