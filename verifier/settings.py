"""Run settings: one frozen value built once at the CLI boundary and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from verifier.model import DriftKind, Severity

DEFAULT_SEVERITIES: dict[str, Severity] = {
    "entity": "critical",
    "number": "critical",
    "negation": "critical",
    "attribution": "critical",
    "embed-mismatch": "critical",
    "date": "major",
    "omission": "major",
    "addition": "major",
    "intensity": "minor",
}


def default_db_url(env: dict[str, str] | None = None) -> str:
    """``$VERIFIER_DB`` if set, else a SQLite file in the user's data directory
    (``$XDG_DATA_HOME/verifier/verifier.db``, by default ``~/.local/share/verifier/verifier.db``)."""
    env = dict(os.environ) if env is None else env
    if env.get("VERIFIER_DB"):
        return env["VERIFIER_DB"]
    base = Path(env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return f"sqlite:///{base / 'verifier' / 'verifier.db'}"


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know, resolved from flags, config files and environment."""

    db_url: str | None = None
    """Database URL; ``None`` runs without storing anything."""
    threshold: Severity = "major"
    """Findings at or above this severity make ``check``/``ci`` exit 1."""
    ignore_kinds: frozenset[DriftKind] = frozenset()
    severities: dict[str, Severity] = field(default_factory=lambda: dict(DEFAULT_SEVERITIES))
    min_score: float = 0.40
    """Alignment score from which a claim counts as rendering a post."""
    allow_private: bool = False
    confirm: bool = False
    strict: bool = False
    fail_unchecked: bool = False
    """Pairs judged ``unchecked`` (no word-level check exists for their languages) fail CI
    too; by default they are counted and shown but do not fail."""
    """``unverifiable`` posts (deleted, protected …) fail CI too."""
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    total_timeout: float = 30.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    cache_ttl_seconds: int = 7 * 24 * 3600
    user_agent: str = (
        "verifier/0.1 (+https://pypi.org/project/quote-verifier/; newsroom quote checker)"
    )
