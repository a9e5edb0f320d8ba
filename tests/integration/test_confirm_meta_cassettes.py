"""``--confirm`` for Instagram, Facebook and Threads through Meta's tokenless oEmbed, replayed
from cassettes (``cassettes/test_confirm_meta_cassettes/``, README there). The embed posts are
what the detector reads from the same real embed codes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from verifier.confirm.confirm import PlatformClient, confirm_posts
from verifier.fetch.client import PLATFORM_HOSTS, Fetcher, FetchSettings
from verifier.model import Post, PostKey


@pytest.fixture
def client() -> Iterator[PlatformClient]:
    # Named public so that no DNS lookup happens: the cassette stands in for the network.
    hosts = PLATFORM_HOSTS | {"graph.facebook.com", "graph.threads.net"}
    settings = FetchSettings(retries=1, total_timeout=10.0, public_hosts=hosts)
    with Fetcher(settings, sleep=lambda _s: None) as fetcher:
        yield PlatformClient(fetcher)


# As the detector reads the v12 embed code (tests/data/embeds/instagram/, the sample Meta's
# oEmbed html comes from).
CAPTION = (
    "I’m the Captain now 😏 . Birthday Boat 🍸ThankYou @danbilzerian 🎉🎊 🎂 📷 @lifeoflou__ . . "
    "#thailand #adventure #island #fun #itsmybirthday #bday #girl #boat #cake #love #life #fun "
    "#party #sea #blonde #sunnies"
)


def post(platform: str, post_id: str, url: str, **fields: object) -> Post:
    return Post(
        key=PostKey("p1"), platform=platform, post_id=post_id, url=url, origin=platform, **fields
    )  # type: ignore[arg-type]


@pytest.mark.vcr
def test_instagram_post_is_confirmed_by_meta_oembed(client: PlatformClient) -> None:
    embed = post(
        "instagram",
        "BnNs_UHFQuZ",
        "https://www.instagram.com/p/BnNs_UHFQuZ/",
        text=CAPTION,
        handle="chloeothen",
        author_name="Chloe Othen",
    )
    (got,) = confirm_posts([embed], client, None)
    assert got.state == "confirmed", got.detail
    assert got.canonical_handle == "chloeothen"
    assert got.canonical_text == CAPTION


@pytest.mark.vcr
@pytest.mark.default_cassette("test_instagram_post_is_confirmed_by_meta_oembed.yaml")
def test_an_edited_instagram_caption_is_a_mismatch(client: PlatformClient) -> None:
    embed = post(
        "instagram",
        "BnNs_UHFQuZ",
        "https://www.instagram.com/p/BnNs_UHFQuZ/",
        text=CAPTION.replace("Captain", "Admiral"),
        handle="chloeothen",
    )
    (got,) = confirm_posts([embed], client, None)
    assert got.state == "mismatch"


@pytest.mark.vcr
def test_facebook_post_is_confirmed_by_meta_oembed(client: PlatformClient) -> None:
    embed = post(
        "facebook",
        "3483738181652913",
        "https://www.facebook.com/MBACrystalBall/posts/3483738181652913/",
        text=(
            "Query on our YouTube channel: According to XYZ article, automation will take "
            "over almost all finance jobs in the near..."
        ),
        handle="MBACrystalBall",
        author_name="MBA Crystal Ball",
    )
    (got,) = confirm_posts([embed], client, None)
    assert got.state == "confirmed", got.detail
    assert got.canonical_author == "MBA Crystal Ball"


@pytest.mark.vcr
def test_threads_post_exists_by_meta_oembed(client: PlatformClient) -> None:
    # Threads' embed code shows no text: the post's existence and account are what is checked.
    embed = post(
        "threads",
        "DVdP2dCE_kf",
        "https://www.threads.com/@iam_ambalavanan/post/DVdP2dCE_kf",
        text="",
        handle="iam_ambalavanan",
    )
    (got,) = confirm_posts([embed], client, None)
    assert got.state == "confirmed", got.detail
    assert got.canonical_handle == "iam_ambalavanan"
    assert "only the post's existence was checked" in got.detail
