"""Confirm stage (``--confirm``): fetch each embedded post from its platform and compare.

X: syndication endpoint first, oEmbed as fallback (formats §2–3). Bluesky, Mastodon,
YouTube, Instagram, Facebook and Threads: their public endpoints (``platforms``); LinkedIn
has none and is reported "not confirmable". Results are cached through a
``PostCache`` (the store implements it; ``InMemoryPostCache`` for tests and no-db runs);
polite: one fetch per distinct post id, at most ``max_per_host`` requests at a time per
host. A deleted, protected or unreachable post is an honest state, never drift or a crash;
without network every post is ``offline`` and the run goes on.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol
from urllib.parse import urlsplit

from verifier.confirm.canonical import (
    CanonicalPost,
    CanonicalResult,
    CanonicalState,
    oembed_url,
    parse_oembed,
    parse_syndication,
    syndication_token,
    syndication_url,
    valid_post_id,
)
from verifier.confirm.compare import (
    compare_with_embed,
    confirmation_for,
    embed_mismatch_finding,
    embed_mismatch_findings,
)
from verifier.confirm.platforms import PARSERS, Lookup, lookup_for, platform_name
from verifier.errors import FetchError
from verifier.fetch.client import FetchedPage, Fetcher, NetworkError
from verifier.model import Confirmation, Post

__all__ = [
    "CanonicalPost",
    "CanonicalResult",
    "HostLimiter",
    "InMemoryPostCache",
    "Lookup",
    "PlatformClient",
    "PostCache",
    "PostSource",
    "compare_with_embed",
    "confirm_posts",
    "confirmation_for",
    "embed_mismatch_finding",
    "embed_mismatch_findings",
    "syndication_token",
]

DEFAULT_MAX_AGE_SECONDS = 7 * 24 * 3600
_DECISIVE: frozenset[CanonicalState] = frozenset(
    {"found", "deleted", "protected", "suspended", "restricted"}
)
_NOT_FOUND = "not found on X (deleted, or it never existed)"


class HostLimiter:
    """At most ``per_host`` requests in flight to any one host (threads wait their turn)."""

    def __init__(self, per_host: int) -> None:
        self.per_host = max(1, per_host)
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}

    @contextlib.contextmanager
    def hold(self, url: str) -> Iterator[None]:
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            slot = self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))
        with slot:
            yield


class PostCache(Protocol):
    """Where fetched canonical posts are kept between runs (the store implements it)."""

    def get(self, post_id: str, max_age_seconds: float) -> CanonicalResult | None:
        """The cached result if it is at most ``max_age_seconds`` old, else ``None``."""
        ...

    def put(self, post_id: str, result: CanonicalResult) -> None: ...


class InMemoryPostCache:
    """``PostCache`` in a dict, for tests and runs without a database."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._items: dict[str, tuple[float, CanonicalResult]] = {}

    def get(self, post_id: str, max_age_seconds: float) -> CanonicalResult | None:
        item = self._items.get(post_id)
        if item is None or self._clock() - item[0] > max_age_seconds:
            return None
        return item[1]

    def put(self, post_id: str, result: CanonicalResult) -> None:
        self._items[post_id] = (self._clock(), result)


class PostSource(Protocol):
    """Anything that can look a post up (``PlatformClient``, or a fake in tests)."""

    def fetch_lookup(
        self, lookup: Lookup, *, limiter: HostLimiter | None = None
    ) -> CanonicalResult: ...


class PlatformClient:
    """Looks posts up on their platforms through a ``Fetcher`` (its limits, retries and
    guard apply)."""

    def __init__(self, fetcher: Fetcher, *, lang: str = "en") -> None:
        self._fetcher = fetcher
        self._lang = lang

    def fetch_lookup(
        self, lookup: Lookup, *, limiter: HostLimiter | None = None
    ) -> CanonicalResult:
        """What the post's platform says about it now: ``found`` with the post, or why not."""
        if lookup.platform == "x":
            return self.fetch_post(lookup.post_id, limiter=limiter)
        parse, error = PARSERS[lookup.platform]
        page = self._get(lookup.url, lookup.key, limiter, platform_name(lookup.platform))
        if isinstance(page, CanonicalResult):
            return page
        data = self._json(page)
        if page.status == 200:
            return parse(data, lookup)
        return error(page.status, data, lookup)

    def fetch_post(self, post_id: str, *, limiter: HostLimiter | None = None) -> CanonicalResult:
        """What X says about ``post_id`` now: ``found`` with the post, or why not."""
        if not valid_post_id(post_id):
            return CanonicalResult(post_id, "unavailable", None, "not a numeric post id")
        first = self._syndication(post_id, limiter)
        if first.state in _DECISIVE or first.state == "offline":
            return first
        # "{}", 404, 429 or an error: ask oEmbed before calling the post gone (a changed
        # syndication endpoint must not make every post look deleted).
        second = self._oembed(post_id, limiter)
        if second.state in _DECISIVE:
            return second
        if second.state == "not-found":
            return CanonicalResult(post_id, "not-found", None, _NOT_FOUND)
        if "rate-limited" in (first.state, second.state):
            state: CanonicalState = "rate-limited"
        else:
            state = "unavailable"
        return CanonicalResult(
            post_id, state, None, f"syndication: {first.detail}; oEmbed: {second.detail}"
        )

    def _get(
        self, url: str, post_id: str, limiter: HostLimiter | None, who: str = "X"
    ) -> FetchedPage | CanonicalResult:
        hold = limiter.hold(url) if limiter is not None else contextlib.nullcontext()
        try:
            with hold:
                return self._fetcher.get(
                    url, content_types=None, raise_for_status=False, accept="application/json"
                )
        except NetworkError as exc:
            return CanonicalResult(post_id, "offline", None, f"could not reach {who} ({exc})")
        except FetchError as exc:
            return CanonicalResult(post_id, "unavailable", None, str(exc))

    @staticmethod
    def _json(page: FetchedPage) -> object:
        try:
            return json.loads(page.content) if page.content.strip() else None
        except ValueError:
            return None

    def _syndication(self, post_id: str, limiter: HostLimiter | None) -> CanonicalResult:
        page = self._get(syndication_url(post_id, self._lang), post_id, limiter)
        if isinstance(page, CanonicalResult):
            return page
        if page.status == 200:
            data = self._json(page)
            if data is None:
                return CanonicalResult(post_id, "unavailable", None, "answer is not JSON")
            return parse_syndication(data, post_id)
        return self._status_result(post_id, page.status)

    def _oembed(self, post_id: str, limiter: HostLimiter | None) -> CanonicalResult:
        page = self._get(oembed_url(post_id), post_id, limiter)
        if isinstance(page, CanonicalResult):
            return page
        if page.status == 200:
            return parse_oembed(self._json(page), post_id)
        if page.status == 403:
            data = self._json(page)
            error = str(data.get("error", "")) if isinstance(data, dict) else ""
            if "suspended" in error.casefold():
                return CanonicalResult(post_id, "suspended", None, "the account is suspended")
            return CanonicalResult(
                post_id, "protected", None, "the account is protected (X: not authorized)"
            )
        return self._status_result(post_id, page.status)

    @staticmethod
    def _status_result(post_id: str, status: int) -> CanonicalResult:
        if status == 404:
            return CanonicalResult(post_id, "not-found", None, _NOT_FOUND)
        if status == 429:
            return CanonicalResult(
                post_id, "rate-limited", None, "rate limited by X (HTTP 429); try again later"
            )
        return CanonicalResult(post_id, "unavailable", None, f"X answered HTTP {status}")


def confirm_posts(
    posts: Sequence[Post],
    client: PostSource,
    cache: PostCache | None,
    *,
    max_per_host: int = 2,
    max_age_seconds: float = DEFAULT_MAX_AGE_SECONDS,
) -> tuple[Confirmation, ...]:
    """One ``Confirmation`` per post, in order.

    Each distinct post is fetched once (cache hits not at all), on a small thread pool
    limited per host. The cache is read and written from this thread only (the store's
    session is not shared with workers); its keys are ``Lookup.key``. Once one lookup finds
    the network unreachable, the remaining posts are marked ``offline`` without waiting on
    timeouts.
    """
    lookups = [lookup_for(post) for post in posts]
    results: dict[str, CanonicalResult] = {}
    wanted: dict[str, Lookup] = {}
    for lookup in lookups:
        if not isinstance(lookup, Lookup) or lookup.key in results or lookup.key in wanted:
            continue
        cached = cache.get(lookup.key, max_age_seconds) if cache is not None else None
        if cached is not None:
            results[lookup.key] = cached
        else:
            wanted[lookup.key] = lookup
    if wanted:
        limiter = HostLimiter(max_per_host)
        offline = threading.Event()

        def look_up(lookup: Lookup) -> CanonicalResult:
            if offline.is_set():
                return CanonicalResult(
                    lookup.key, "offline", None, "network unreachable; not confirmed"
                )
            result = client.fetch_lookup(lookup, limiter=limiter)
            if result.state == "offline":
                offline.set()
            return result

        workers = min(len(wanted), 2 * limiter.per_host)  # two hosts per platform at most
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="confirm") as pool:
            results.update(zip(wanted, pool.map(look_up, wanted.values()), strict=True))
        if cache is not None:
            for key in wanted:
                if results[key].cacheable:
                    cache.put(key, results[key])
    return tuple(
        lookup if isinstance(lookup, Confirmation) else confirmation_for(post, results[lookup.key])
        for post, lookup in zip(posts, lookups, strict=True)
    )
