"""The ``--confirm`` post cache kept in the database, so a re-run does not refetch a post
within the TTL."""

from __future__ import annotations

from verifier.confirm.canonical import CanonicalResult
from verifier.store.repository import Store

# Results worth remembering: what the platform said about the post itself. Transient
# failures (offline, rate limited, timeouts) are asked again next time.
_CACHEABLE = frozenset({"found", "deleted", "not-found", "protected", "suspended", "restricted"})


class StorePostCache:
    """``confirm.PostCache`` on a ``Store``. Keys are X post ids, or ``<platform>:<id>`` for
    other platforms (``confirm.platforms.Lookup.key``), stored in the platform column."""

    def __init__(self, store: Store, platform: str = "x") -> None:
        self._store = store
        self._platform = platform

    def _split(self, key: str) -> tuple[str, str]:
        platform, sep, rest = key.partition(":")
        return (platform, rest) if sep and platform.isalpha() else (self._platform, key)

    def get(self, post_id: str, max_age_seconds: float) -> CanonicalResult | None:
        payload = self._store.get_cached_post(*self._split(post_id), max_age_seconds)
        if payload is None:
            return None
        try:
            return CanonicalResult.from_json(payload)
        except (KeyError, TypeError, ValueError):
            return None  # an unreadable old entry is simply fetched again

    def put(self, post_id: str, result: CanonicalResult) -> None:
        if result.state in _CACHEABLE:
            platform, key = self._split(post_id)
            self._store.put_cached_post(platform, key, result.state, result.to_json())
