"""Confirming embedded posts: token, parsing of real X responses, comparison, orchestration.

Responses are the real samples in ``tests/data/x-platform`` (see its PROVENANCE.md).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from verifier.confirm.canonical import (
    CanonicalPost,
    CanonicalResult,
    js_number_to_string,
    oembed_url,
    parse_oembed,
    parse_syndication,
    snowflake_time,
    syndication_url,
    utf16_slice,
)
from verifier.confirm.confirm import (
    HostLimiter,
    InMemoryPostCache,
    Lookup,
    PlatformClient,
    compare_with_embed,
    confirm_posts,
    embed_mismatch_finding,
    embed_mismatch_findings,
    syndication_token,
)
from verifier.fetch.client import Fetcher, FetchSettings
from verifier.model import Post, PostKey

DATA = Path(__file__).resolve().parents[2] / "data" / "x-platform"
PHOTO = "syndication_tweet-result_photo-media_display_text_range-excludes-media_tweet-rsc.json"
QUOTE = "syndication_tweet-result_quoted_tweet_tweet-rsc.json"
CARD = "syndication_tweet-result_card_emoji-utf16-display_text_range_tweet-rsc.json"
WRAPPED = "react-tweet-api-wrapper_data_tweet_url-entity_mention_emoji-utf16_reveddit.json"
TOMBSTONE = "syndication_TweetTombstone_deleted-by-author_emusks-docs.json"
OEMBED_WP = "oembed_200_WordPress-987437752164737025_data-width-data-dnt_amp-wp-fixture.json"
OEMBED_SEL = "oembed_200_sengineland-705219971425574912_hashtags_surrogate-pair-escaped-emoji_amp-wp-fixture.json"
OEMBED_2015 = "oembed_200_spf13-666616452582129664_2015-format_no-ref_src_protocol-relative-script_hugo-fixture.json"


def sample(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def canonical(name: str, post_id: str = "0") -> CanonicalPost:
    result = parse_syndication(sample(name), post_id)
    assert result.post is not None
    return result.post


def post(text: str, **fields: Any) -> Post:
    return Post(key=fields.pop("key", PostKey("p1")), text=text, **fields)


# -- token --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("post_id", "token"),
    [
        # formats/README.md §3.1, verified there against Node.
        ("1697322795510759929", "444aooo9l2p"),
        ("1629307668568633344", "3y6mctgwzxo"),
        ("2023357708301455483", "4wkkd5uwebk"),
        ("20", "6dq1a2xwd93"),
        # Computed here with Node v20.20.2 (same JS expression) for the sample ids.
        ("1641086480675225601", "3z7miaszni8"),
        ("987437752164737025", "2e64ku34pg2"),
        ("123456789", "ng9m4sqe3h"),
    ],
)
def test_syndication_token_matches_the_javascript_widget(post_id: str, token: str) -> None:
    assert syndication_token(post_id) == token


@pytest.mark.parametrize(
    ("value", "radix", "text"),
    # Expected strings printed by Node v20.20.2: (x).toString(radix).
    [
        (255.5, 16, "ff.8"),
        (0.1, 36, "0.3lllllllllm"),
        (-3.75, 2, "-11.11"),
        (1e21, 36, "5v1j4f4ds7c000"),
    ],
)
def test_number_to_string_follows_v8(value: float, radix: int, text: str) -> None:
    assert js_number_to_string(value, radix) == text


def test_endpoint_urls_carry_the_id_and_token() -> None:
    assert syndication_url("20") == (
        "https://cdn.syndication.twimg.com/tweet-result?id=20&lang=en&token=6dq1a2xwd93"
    )
    assert oembed_url("20") == (
        "https://publish.twitter.com/oembed?url=https%3A%2F%2Ftwitter.com%2Fi%2Fstatus%2F20"
        "&omit_script=1&dnt=true"
    )


# -- parsing real responses --------------------------------------------------------------


def test_photo_post_drops_the_media_link_outside_the_display_range() -> None:
    got = canonical(PHOTO)
    assert got.text.endswith("Let me know what you think!")
    assert "rQd6FIwZ0U" not in got.text
    assert got.media == ("pic.twitter.com/rQd6FIwZ0U",)
    assert (got.author_name, got.handle) == ("sammy", "SamuelSusla")
    assert got.created_at == dt.datetime(2023, 3, 29, 14, 34, 41, tzinfo=dt.UTC)


def test_quote_post_links_the_quoted_post() -> None:
    got = canonical(QUOTE)
    assert got.post_id == "1641895049427550208"
    assert got.quoted_post_id == "1641086480675225601"
    assert got.text.endswith("without extra setup!")


def test_card_post_with_an_astral_emoji_keeps_its_last_character() -> None:
    got = canonical(CARD)
    assert got.text.startswith("📰 I recently joined @reactjs!")
    assert got.text.endswith("https://t.co/fI2B6TT8rL")  # range [0, 208] is UTF-16


def test_react_tweet_wrapper_is_unwrapped() -> None:
    got = canonical(WRAPPED)
    assert (got.handle, got.post_id) == ("rhaksw", "1703436713362870723")
    assert got.text.endswith("1/2 🧵")


def test_display_range_counts_utf16_units_not_code_points() -> None:
    # The photo sample with three astral emoji in front, as X would send it: the range
    # end moves by 6 UTF-16 units (2 per emoji), the media indices by 3 code points.
    data = sample(PHOTO)
    data["text"] = "🙏🙏🙏" + data["text"]
    data["display_text_range"] = [0, 144 + 6]
    data["entities"]["media"][0]["indices"] = [148, 171]
    got = parse_syndication(data, "1").post
    assert got is not None and got.text.endswith("what you think!")
    naive = data["text"][0:150]
    assert naive.endswith("think! ht")  # what slicing the str directly would leak
    assert utf16_slice("a😀b", 0, 3) == "a😀"


def test_a_long_post_is_marked_truncated() -> None:
    data = sample(QUOTE)
    data["note_tweet"] = {"id": "Tm90ZVR3ZWV0UmVzdWx0czoxNjQxODk1MDQ5NDI3NTUwMjA4"}
    assert parse_syndication(data, "1").post.truncated  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("tombstone", "state"),
    [
        (None, "deleted"),  # the real sample
        (
            "You’re unable to view this Post because this account owner limits who can view it.",
            "protected",
        ),
        ("This Post is from a suspended account. Learn more", "suspended"),
        ("此貼文來自遭停權的帳戶。了解更多", "unavailable"),
    ],
)
def test_tombstones_become_states(tombstone: str | None, state: str) -> None:
    data = sample(TOMBSTONE)
    if tombstone is not None:
        data["tombstone"]["text"]["text"] = tombstone
    assert parse_syndication(data, "1").state == state


def test_a_bare_tombstone_is_age_restricted_and_empty_json_is_not_found() -> None:
    assert parse_syndication({"__typename": "TweetTombstone"}, "1").state == "restricted"
    assert parse_syndication({}, "1").state == "not-found"
    assert parse_syndication([], "1").state == "unavailable"


def test_oembed_responses_give_text_author_and_snowflake_date() -> None:
    wp = parse_oembed(sample(OEMBED_WP), "987437752164737025").post
    assert wp is not None
    assert wp.text == "Celebrate the WordPress 15th Anniversary on May 27 https://t.co/jv62WkI9lr"
    assert (wp.author_name, wp.handle, wp.media) == (
        "WordPress",
        "WordPress",
        ("pic.twitter.com/4ZECodSK78",),
    )
    assert wp.created_at is not None and wp.created_at.date() == dt.date(2018, 4, 20)  # footer date
    sel = parse_oembed(sample(OEMBED_SEL), "705219971425574912").post
    assert sel is not None and sel.text == "On our way to the #GoogleDance! #SMX 💃🏻"
    old = parse_oembed(sample(OEMBED_2015), "666616452582129664").post
    assert old is not None and old.created_at.date() == dt.date(2015, 11, 17)  # type: ignore[union-attr]


def test_snowflake_time_agrees_with_created_at() -> None:
    created = canonical(PHOTO).created_at
    encoded = snowflake_time("1641086480675225601")
    assert created is not None and encoded is not None
    assert abs((encoded - created).total_seconds()) < 1
    assert snowflake_time("20") is None  # 2006: before Snowflake ids


def test_results_round_trip_through_json_for_the_store() -> None:
    result = parse_syndication(sample(PHOTO), "1641086480675225601")
    again = CanonicalResult.from_json(json.loads(json.dumps(result.to_json())))
    assert again == result


# -- comparison --------------------------------------------------------------------------

# How the photo post appears in an embed <p> (link text kept, media link shown).
PHOTO_EMBED = (
    "If you are interested about View Flattening in React Native, I wrote a short post about "
    "it: https://t.co/4G6RAMfrHy\n\nLet me know what you think! pic.twitter.com/rQd6FIwZ0U"
)


def test_an_unchanged_embed_is_confirmed() -> None:
    got = compare_with_embed(
        post(
            PHOTO_EMBED,
            post_id="1641086480675225601",
            author_name="sammy",
            handle="SamuelSusla",
            posted_at=dt.date(2023, 3, 29),
        ),
        canonical(PHOTO),
    )
    assert got.state == "confirmed"
    assert got.canonical_handle == "SamuelSusla" and got.canonical_date == dt.date(2023, 3, 29)


def test_wordpress_typography_and_entities_do_not_count_as_changes() -> None:
    embed = (
        "#ReactNative&#8217;s new architecture renderer brings view flattening, previously an "
        "Android-only optimization, to iOS. View flattening reduces the depth of view hierarchies, "
        "lowers memory usage, and speeds up drawing times &#8212; all without extra setup!"
    )
    assert compare_with_embed(post(html.unescape(embed)), canonical(QUOTE)).state == "confirmed"


def test_an_embed_cut_with_an_ellipsis_is_compared_as_a_prefix() -> None:
    full = canonical(WRAPPED)
    cut = "Senator @RonWyden is doing an AMA on r/technology on Monday. I hope someone asks if he supp…"
    got = compare_with_embed(post(cut), full)
    assert got.state == "confirmed"
    assert "prefix" in got.detail


def test_a_cut_embed_that_changes_a_word_is_a_mismatch() -> None:
    cut = "Senator @RonWyden is doing an AMA on r/politics on Monday. I hope someone asks…"
    got = compare_with_embed(post(cut), canonical(WRAPPED))
    assert got.state == "mismatch"
    assert got.detail == 'embed has "politics" where the post has "technology"'


def test_a_changed_number_is_a_mismatch_with_the_words() -> None:
    got = compare_with_embed(post(PHOTO_EMBED.replace("short", "long")), canonical(PHOTO))
    assert got.state == "mismatch"
    assert got.detail == 'embed has "long" where the post has "short"'


def test_a_dropped_clause_and_an_added_word_are_described() -> None:
    embed = (
        "If you are interested about View Flattening in React Native, I wrote a great post about it"
    )
    got = compare_with_embed(post(embed), canonical(PHOTO))
    assert got.state == "mismatch"
    assert 'embed has "great" where the post has "short"' in got.detail
    assert 'embed lacks "Let me know what you think"' in got.detail


def test_handle_and_date_are_checked_but_display_names_may_drift() -> None:
    base = {"post_id": "1641086480675225601", "posted_at": dt.date(2023, 3, 29)}
    renamed = post(PHOTO_EMBED, author_name="sammy 🇸🇰", handle="SamuelSusla", **base)
    assert compare_with_embed(renamed, canonical(PHOTO)).state == "confirmed"
    other = post(PHOTO_EMBED, author_name="Matt Carroll", handle="mattcarrollcode", **base)
    got = compare_with_embed(other, canonical(PHOTO))
    assert got.state == "mismatch"
    assert "embed names @mattcarrollcode, the post is by @SamuelSusla" in got.detail
    assert 'embed names "Matt Carroll", the post is by "sammy"' in got.detail
    next_day = post(PHOTO_EMBED, handle="SamuelSusla", posted_at=dt.date(2023, 3, 30))
    assert compare_with_embed(next_day, canonical(PHOTO)).state == "confirmed"  # IST vs UTC
    wrong = post(PHOTO_EMBED, handle="SamuelSusla", posted_at=dt.date(2023, 4, 29))
    assert (
        "embed dates it 2023-04-29, the post was published 2023-03-29"
        in compare_with_embed(wrong, canonical(PHOTO)).detail
    )


def test_a_mismatch_becomes_a_critical_finding_with_a_stable_fingerprint() -> None:
    changed = post(PHOTO_EMBED.replace("short", "long"), post_id="1641086480675225601")
    confirmation = compare_with_embed(changed, canonical(PHOTO))
    finding = embed_mismatch_finding(changed, confirmation)
    assert finding is not None
    assert (finding.kind, finding.severity) == ("embed-mismatch", "critical")
    assert finding.post_text == "long"
    assert finding.post_span is not None and finding.post_span.slice(changed.text) == "long"
    # Same words, other offsets and key: same fingerprint. Other words: another one.
    moved = post("  " + changed.text, key=PostKey("p7"), post_id="1641086480675225601")
    again = embed_mismatch_finding(moved, compare_with_embed(moved, canonical(PHOTO)))
    assert again is not None and again.fingerprint == finding.fingerprint
    other = post(PHOTO_EMBED.replace("short", "brief"), post_id="1641086480675225601")
    third = embed_mismatch_finding(other, compare_with_embed(other, canonical(PHOTO)))
    assert third is not None and third.fingerprint != finding.fingerprint
    confirmed = compare_with_embed(post(PHOTO_EMBED), canonical(PHOTO))
    assert embed_mismatch_findings([post(PHOTO_EMBED)], [confirmed]) == ()


# -- orchestration -----------------------------------------------------------------------


class FakeSource:
    """Answers from a table; records calls and the most concurrent calls per host."""

    def __init__(self, answers: dict[str, CanonicalResult], delay: float = 0.0) -> None:
        self.answers = answers
        self.delay = delay
        self.calls: list[str] = []
        self.peak = 0
        self._active = 0
        self._lock = threading.Lock()

    def fetch_lookup(
        self, lookup: Lookup, *, limiter: HostLimiter | None = None
    ) -> CanonicalResult:
        return self.fetch_post(lookup.post_id, limiter=limiter)

    def fetch_post(self, post_id: str, *, limiter: HostLimiter | None = None) -> CanonicalResult:
        assert limiter is not None
        with limiter.hold("https://cdn.syndication.twimg.com/tweet-result"):
            with self._lock:
                self.calls.append(post_id)
                self._active += 1
                self.peak = max(self.peak, self._active)
            time.sleep(self.delay)
            with self._lock:
                self._active -= 1
        return self.answers.get(post_id, CanonicalResult(post_id, "not-found", None, "not found"))


def found(post_id: str) -> CanonicalResult:
    return CanonicalResult(post_id, "found", CanonicalPost(post_id, "Hello there", "A", "a"))


def test_each_post_id_is_fetched_once_and_results_keep_post_order() -> None:
    posts = [
        post("Hello there", key=PostKey("p1"), post_id="11"),
        post("Hello there", key=PostKey("p2"), post_id="22"),
        post("Hello there", key=PostKey("p3"), post_id="11"),  # same post embedded twice
        post("text only", key=PostKey("p4")),
        post("a toot", key=PostKey("p5"), platform="mastodon", post_id="33"),
    ]
    source = FakeSource({"11": found("11")})
    got = confirm_posts(posts, source, None)
    assert sorted(source.calls) == ["11", "22"]
    assert [(c.post, c.state) for c in got] == [
        ("p1", "confirmed"),
        ("p2", "deleted"),
        ("p3", "confirmed"),
        ("p4", "unavailable"),
        ("p5", "unavailable"),
    ]
    assert "no post id" in got[3].detail and "Mastodon instance" in got[4].detail


def test_no_more_than_max_per_host_requests_run_at_once() -> None:
    posts = [post("x", key=PostKey(f"p{i}"), post_id=str(100 + i)) for i in range(8)]
    source = FakeSource({}, delay=0.1)
    confirm_posts(posts, source, None, max_per_host=2)
    assert len(source.calls) == 8 and source.peak == 2


def test_cached_answers_are_used_within_their_age_and_transient_ones_not_stored() -> None:
    now = [1000.0]
    cache = InMemoryPostCache(clock=lambda: now[0])
    posts = [
        post("Hello there", key=PostKey("p1"), post_id="11"),
        post("x", key=PostKey("p2"), post_id="22"),
    ]
    source = FakeSource(
        {"11": found("11"), "22": CanonicalResult("22", "rate-limited", None, "429")}
    )
    confirm_posts(posts, source, cache, max_age_seconds=60)
    confirm_posts(posts, source, cache, max_age_seconds=60)
    assert source.calls.count("11") == 1 and source.calls.count("22") == 2
    now[0] += 61
    confirm_posts(posts, source, cache, max_age_seconds=60)
    assert source.calls.count("11") == 2


def test_once_offline_the_rest_are_marked_offline_without_fetching() -> None:
    posts = [post("x", key=PostKey(f"p{i}"), post_id=str(500 + i)) for i in range(6)]
    offline = {p.post_id: CanonicalResult(str(p.post_id), "offline", None, "down") for p in posts}
    source = FakeSource(offline)  # type: ignore[arg-type]
    got = confirm_posts(posts, source, None, max_per_host=1)
    assert {c.state for c in got} == {"offline"}
    assert len(source.calls) < len(posts)


def _client(handler: Any, retries: int = 0) -> PlatformClient:
    fetcher = Fetcher(
        FetchSettings(retries=retries, backoff_base=0.0),
        transport=httpx.MockTransport(handler),
        sleep=lambda s: None,
    )
    return PlatformClient(fetcher)


def test_without_network_the_client_reports_offline() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -3] Temporary failure in name resolution")

    result = _client(handler).fetch_post("1641086480675225601")
    assert result.state == "offline"
    assert result.detail.startswith("could not reach X (https://cdn.syndication.twimg.com/")


def test_empty_syndication_answer_is_checked_with_oembed_before_calling_it_deleted() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "cdn.syndication.twimg.com":
            return httpx.Response(200, json={})
        return httpx.Response(404)

    client = _client(handler)
    assert client.fetch_post("1641086480675225601").state == "not-found"
    confirmation = confirm_posts([post("x", post_id="1641086480675225601")], client, None)[0]
    assert confirmation.state == "deleted"


def test_rate_limits_on_both_endpoints_leave_the_post_unavailable() -> None:
    client = _client(lambda r: httpx.Response(429, headers={"Retry-After": "1"}), retries=1)
    result = client.fetch_post("1641086480675225601")
    assert result.state == "rate-limited"
    confirmation = confirm_posts([post("x", post_id="1641086480675225601")], client, None)[0]
    assert confirmation.state == "unavailable" and "rate limited" in confirmation.detail
