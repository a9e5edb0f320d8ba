"""Configuration: ``[tool.verifier]`` in ``pyproject.toml`` or ``verifier.toml`` → ``Settings``.

Keys (hyphens and underscores are interchangeable)::

    inputs = ["articles/**/*.html"]   # paths or globs, relative to the config file
    urls = ["https://…"]              # article URLs
    sitemap = "https://…/sitemap.xml" # page URLs from a sitemap (fetched by the CLI)
    feed = "https://…/feed.xml"       # page URLs from an RSS/Atom feed
    threshold = "major"               # critical | major | minor
    ignore = ["intensity"]            # drift kinds that never fail CI
    allow-private = false             # let the fetcher reach private addresses
    db = "sqlite:///verifier.db"      # store URL
    confirm = false                   # check embeds against their platform
    strict = false                    # unverifiable posts fail CI too
    baseline = "verifier-baseline.json"
    min-score = 0.45                  # alignment score from which a claim renders a post
    [tool.verifier.severity]          # severity per drift kind
    omission = "minor"
    [tool.verifier.outputs]           # report format → file ("-" = stdout)
    sarif = "verifier.sarif"

Unknown keys and bad values are :class:`UsageError` naming the file, key and value.
Command-line flags override the file (:func:`build_settings`).
"""

from __future__ import annotations

import difflib
import glob
import math
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from verifier.errors import UsageError

# Re-exported: the CLI reads sitemap/feed URLs through this module.
from verifier.fetch.sitemaps import urls_from_feed, urls_from_sitemap
from verifier.model import DRIFT_KINDS, SEVERITIES, DriftKind, Severity
from verifier.settings import Settings

__all__ = [
    "FORMATS",
    "FileConfig",
    "build_settings",
    "expand_inputs",
    "find_config",
    "load_config",
    "parse_config",
    "urls_from_feed",
    "urls_from_sitemap",
]

FORMATS = ("text", "json", "html", "junit", "sarif", "github")
ARTICLE_SUFFIXES = frozenset({".html", ".htm", ".txt", ".md", ".markdown"})
MAX_CONFIG_BYTES = 1024 * 1024
_KEYS = frozenset(
    {
        "inputs", "urls", "sitemap", "feed", "threshold", "ignore", "allow_private", "db",
        "confirm", "strict", "outputs", "baseline", "severity", "min_score",
    }
)  # fmt: skip
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class FileConfig:
    """What a config file says; ``None`` means "not set" so flags and defaults apply."""

    path: Path | None = None
    inputs: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    sitemap: str | None = None
    feed: str | None = None
    threshold: Severity | None = None
    ignore: frozenset[DriftKind] | None = None
    allow_private: bool | None = None
    db: str | None = None
    confirm: bool | None = None
    strict: bool | None = None
    outputs: tuple[tuple[str, str], ...] = ()
    """``(format, path)`` pairs in file order; ``"-"`` is standard output."""
    baseline: str | None = None
    severity: dict[str, Severity] = field(default_factory=dict)
    min_score: float | None = None

    @property
    def base_dir(self) -> Path:
        """Directory that relative ``inputs`` and ``baseline`` are resolved against."""
        return self.path.parent if self.path is not None else Path(".")


class _Where:
    """Formats error messages: ``pyproject.toml: … in [tool.verifier]``."""

    def __init__(self, origin: str, section: str) -> None:
        self.origin, self.section = origin, section

    def error(self, what: str, hint: str | None = None) -> UsageError:
        return UsageError(f"{self.origin}: {what} in {self.section}", hint=hint)

    def bad(self, key: str, value: object, expected: str) -> UsageError:
        shown = repr(value) if not isinstance(value, dict) else "a table"
        return self.error(f"bad value for '{key}': {shown} (expected {expected})")


def _str(w: _Where, key: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise w.bad(key, value, "a non-empty string")
    return value.strip()


def _bool(w: _Where, key: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise w.bad(key, value, "true or false")
    return value


def _str_list(w: _Where, key: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) and v for v in value):
        raise w.bad(key, value, "a list of strings")
    return tuple(cast("list[str]", list(value)))


def _severity(w: _Where, key: str, value: object) -> Severity:
    if value not in SEVERITIES:
        raise w.bad(key, value, "one of " + ", ".join(SEVERITIES))
    return value


def _kind(w: _Where, key: str, value: object) -> DriftKind:
    if value not in DRIFT_KINDS:
        raise w.bad(key, value, "a drift kind: " + ", ".join(DRIFT_KINDS))
    return value


def _url(w: _Where, key: str, value: object) -> str:
    url = _str(w, key, value)
    if not url.lower().startswith(("http://", "https://")):
        raise w.bad(key, value, "an http(s) URL")
    return url


def _severity_table(w: _Where, key: str, value: object) -> dict[str, Severity]:
    if isinstance(value, list | tuple):  # command line: ["omission=minor", …]
        pairs: dict[str, object] = {}
        for item in value:
            k, sep, v = str(item).partition("=")
            if not sep:
                raise w.bad(key, item, "KIND=SEVERITY")
            pairs[k.strip()] = v.strip()
        value = pairs
    if not isinstance(value, Mapping):
        raise w.bad(key, value, "a table of drift kind = severity")
    return {_kind(w, f"{key}.{k}", k): _severity(w, f"{key}.{k}", v) for k, v in value.items()}


def _outputs(w: _Where, key: str, value: object) -> tuple[tuple[str, str], ...]:
    if isinstance(value, Mapping):
        value = list(value.items())
    if not isinstance(value, list | tuple):
        raise w.bad(key, value, "a table of format = path")
    out: list[tuple[str, str]] = []
    for item in value:
        if not (isinstance(item, tuple | list) and len(item) == 2):
            raise w.bad(key, item, "format = path")
        fmt, path = item
        if fmt not in FORMATS:
            raise w.bad(f"{key}.{fmt}", fmt, "a format: " + ", ".join(FORMATS))
        out.append((fmt, _str(w, f"{key}.{fmt}", path)))
    return tuple(out)


def _min_score(w: _Where, key: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise w.bad(key, value, "a number between 0 and 1")
    if not (math.isfinite(value) and 0.0 <= value <= 1.0):
        raise w.bad(key, value, "a number between 0 and 1")
    return float(value)


def _normal_key(key: str) -> str:
    return key.replace("-", "_")


def _values(w: _Where, data: Mapping[str, Any]) -> dict[str, Any]:
    """Validate every key of a ``[tool.verifier]`` table; return FileConfig field values."""
    out: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = _normal_key(raw_key)
        if key not in _KEYS:
            close = difflib.get_close_matches(key, sorted(_KEYS), n=1)
            hint = f"did you mean '{close[0].replace('_', '-')}'?" if close else None
            raise w.error(f"unknown key '{raw_key}'", hint)
        if key in ("inputs", "urls"):
            items = _str_list(w, raw_key, value)
            out[key] = tuple(_url(w, raw_key, u) for u in items) if key == "urls" else items
        elif key in ("sitemap", "feed"):
            out[key] = _url(w, raw_key, value)
        elif key in ("db", "baseline"):
            out[key] = _str(w, raw_key, value)
        elif key in ("allow_private", "confirm", "strict"):
            out[key] = _bool(w, raw_key, value)
        elif key == "threshold":
            out[key] = _severity(w, raw_key, value)
        elif key == "ignore":
            out[key] = frozenset(_kind(w, raw_key, v) for v in _str_list(w, raw_key, value))
        elif key == "severity":
            out[key] = _severity_table(w, raw_key, value)
        elif key == "outputs":
            out[key] = _outputs(w, raw_key, value)
        else:
            out[key] = _min_score(w, raw_key, value)
    return out


def parse_config(data: Mapping[str, Any], path: Path) -> FileConfig:
    """Validate parsed TOML. ``pyproject.toml`` must use ``[tool.verifier]``; in
    ``verifier.toml`` the same table or top-level keys both work."""
    tool = data.get("tool")
    table = tool.get("verifier") if isinstance(tool, Mapping) else None
    if table is not None:
        if not isinstance(table, Mapping):
            raise UsageError(f"{path}: [tool.verifier] must be a table")
        w = _Where(str(path), "[tool.verifier]")
        other = [k for k in data if k != "tool"] if path.name == "verifier.toml" else []
        if other:
            raise w.error(f"unknown key '{other[0]}' outside the table")
    elif path.name == "pyproject.toml":
        return FileConfig(path=path)
    else:
        table, w = data, _Where(str(path), "the top level")
    return FileConfig(path=path, **_values(w, table))


def load_config(path: Path) -> FileConfig:
    """Read and validate one config file; any problem is a :class:`UsageError`."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_CONFIG_BYTES:
            raise UsageError(f"{path}: config file too large")
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError as exc:
        raise UsageError(f"{path}: config file not found") from exc
    except OSError as exc:
        raise UsageError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: invalid TOML: {exc}") from exc
    return parse_config(data, path)


def _has_verifier_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    tool = data.get("tool")
    return isinstance(tool, Mapping) and "verifier" in tool


def find_config(start: Path) -> Path | None:
    """Nearest ``verifier.toml``, or ``pyproject.toml`` with ``[tool.verifier]``, from
    ``start`` upwards (``verifier.toml`` wins in the same directory)."""
    start = Path(start).resolve()
    for directory in (start, *start.parents):
        candidate = directory / "verifier.toml"
        if candidate.is_file():
            return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and _has_verifier_table(pyproject):
            return pyproject
    return None


_ALIASES = {"ignore_kinds": "ignore", "db_url": "db", "severities": "severity"}


def build_settings(
    file_config: FileConfig, cli_overrides: Mapping[str, object], base: Settings | None = None
) -> Settings:
    """Settings from defaults (``base``), then the file, then command-line flags.

    ``cli_overrides`` uses the config key names (``threshold``, ``ignore``,
    ``allow_private``, ``db``, ``confirm``, ``strict``, ``severity``, ``min_score``); a
    ``None`` value means the flag was not given. ``severity`` accepts a mapping or
    ``["kind=severity", …]``. Bad values raise :class:`UsageError`.
    """
    settings = base or Settings()
    w = _Where("command line", "flags")
    flags: dict[str, object] = {}
    for raw_key, value in cli_overrides.items():
        key = _ALIASES.get(raw_key, _normal_key(raw_key))
        if key not in _KEYS:
            raise ValueError(f"build_settings: unknown override {raw_key!r}")
        if value is not None:
            flags[key] = value
    checked = _values(w, flags)

    def pick(key: str) -> Any:
        return checked[key] if key in checked else getattr(file_config, key)

    changes: dict[str, Any] = {}
    if pick("threshold") is not None:
        changes["threshold"] = pick("threshold")
    if pick("ignore") is not None:
        changes["ignore_kinds"] = pick("ignore")
    if pick("db") is not None:
        changes["db_url"] = pick("db")
    for key in ("allow_private", "confirm", "strict", "min_score"):
        if pick(key) is not None:
            changes[key] = pick(key)
    severities = {**settings.severities, **file_config.severity, **checked.get("severity", {})}
    if severities != settings.severities:
        changes["severities"] = severities
    return replace(settings, **changes)


def _article_files(directory: str) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            os.path.join(root, f)
            for f in files
            if not f.startswith(".") and Path(f).suffix.lower() in ARTICLE_SUFFIXES
        )
    return found


def expand_inputs(config: FileConfig, base_dir: Path | str | None = None) -> list[str]:
    """Article paths from ``config.inputs`` (globs, ``**`` recursive, relative to
    ``base_dir``, default the config file's directory), sorted and deduplicated, then
    ``config.urls`` in file order.

    Directories expand to the article files under them. A literal path that does not
    exist is kept, so the loader reports it instead of a typo silently checking nothing.
    Paths keep ``base_dir``'s form: pass a relative ``base_dir`` to get relative paths.
    """
    base = str(config.base_dir if base_dir is None else base_dir)
    paths: set[str] = set()
    for pattern in config.inputs:
        joined = os.path.join(base, os.path.expanduser(pattern))
        if not _GLOB_CHARS & set(pattern):
            matches = [joined]
        else:
            matches = glob.glob(joined, recursive=True)
        for match in matches:
            if os.path.isdir(match):
                paths.update(os.path.normpath(p) for p in _article_files(match))
            elif os.path.isfile(match) or match == joined:
                paths.add(os.path.normpath(match))
    urls = list(dict.fromkeys(config.urls))
    return sorted(paths) + urls
