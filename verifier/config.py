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
    fail-unchecked = false            # pairs no word-level check exists for fail CI too
    baseline = "verifier-baseline.json"
    min-score = 0.45                  # alignment score from which a claim renders a post
    [tool.verifier.severity]          # severity per drift kind
    omission = "minor"
    [tool.verifier.outputs]           # report format → file ("-" = stdout)
    sarif = "verifier.sarif"

Unknown keys, bad values and invalid TOML are :class:`UsageError` naming the file, the line
(``pyproject.toml:12: …``), the key and the value. Command-line flags override the file
(:func:`build_settings`). Expanding ``inputs`` into files is ``verifier.ci.inputs``.
"""

from __future__ import annotations

import difflib
import math
import os
import re
import tomllib
from collections.abc import Collection, Mapping
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
    "find_config",
    "load_config",
    "parse_config",
    "urls_from_feed",
    "urls_from_sitemap",
]

FORMATS = ("text", "json", "html", "jsonl", "junit", "sarif", "github")
MAX_CONFIG_BYTES = 1024 * 1024
_KEYS = frozenset(
    {
        "inputs", "urls", "sitemap", "feed", "threshold", "ignore", "allow_private", "db",
        "confirm", "strict", "outputs", "baseline", "severity", "min_score", "fail_unchecked",
    }
)  # fmt: skip


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
    fail_unchecked: bool | None = None
    outputs: tuple[tuple[str, str], ...] = ()
    """``(format, path)`` pairs in file order; ``"-"`` is standard output."""
    baseline: str | None = None
    severity: dict[str, Severity] = field(default_factory=dict)
    min_score: float | None = None

    @property
    def base_dir(self) -> Path:
        """Directory that relative ``inputs`` and ``baseline`` are resolved against."""
        return self.path.parent if self.path is not None else Path(".")


_TABLE_HEADER = re.compile(r"^\s*\[(?!\[)\s*([^\]]+?)\s*\]\s*(?:#.*)?$")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_MENTIONS_TABLE = re.compile(r"^\s*\[\s*tool\s*\.\s*[\"']?verifier\b", re.M)


def _table_name(header: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in header.split("."))


def key_line(text: str, table: str, key: str) -> int | None:
    """1-based line of ``key = …`` inside ``[table]`` (``""``: the top level) of TOML
    ``text``; the table's header line when the key is not written on a line of its own."""
    current, header_line = "", None if table else 0
    assign = re.compile(r"^\s*[\"']?" + re.escape(key) + r"[\"']?\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        header = _TABLE_HEADER.match(line)
        if header:
            current = _table_name(header.group(1))
            if current == table:
                header_line = number
            continue
        if current == table and assign.match(line):
            return number
    return header_line or None


class _Where:
    """Formats error messages: ``pyproject.toml:12: … in [tool.verifier]``."""

    def __init__(self, origin: str, section: str, text: str = "", table: str | None = None) -> None:
        self.origin, self.section, self.text = origin, section, text
        self.table = table

    def _at(self, key: str | None) -> str:
        if self.table is None or key is None or not self.text:
            return self.origin
        parent, _, child = key.rpartition(".")
        line = None
        if parent:  # severity.omission: [tool.verifier.severity] omission = …
            line = key_line(self.text, ".".join(p for p in (self.table, parent) if p), child)
        if line is None:
            line = key_line(self.text, self.table, parent or key)
        return f"{self.origin}:{line}" if line else self.origin

    def error(self, what: str, hint: str | None = None, key: str | None = None) -> UsageError:
        return UsageError(f"{self._at(key)}: {what} in {self.section}", hint=hint)

    def bad(self, key: str, value: object, expected: str) -> UsageError:
        shown = repr(value) if not isinstance(value, dict) else "a table"
        return self.error(f"bad value for '{key}': {shown} (expected {expected})", key=key)


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


def _outputs(
    w: _Where, key: str, value: object, formats: Collection[str]
) -> tuple[tuple[str, str], ...]:
    """``format = path`` pairs; like ``--format F --output P`` on the command line, at most
    one format goes to standard output (``"-"``) and no two share a file."""
    if isinstance(value, Mapping):
        value = list(value.items())
    if not isinstance(value, list | tuple):
        raise w.bad(key, value, "a table of format = path")
    out: list[tuple[str, str]] = []
    for item in value:
        if not (isinstance(item, tuple | list) and len(item) == 2):
            raise w.bad(key, item, "format = path")
        fmt, path = item
        if fmt not in formats:
            raise w.bad(f"{key}.{fmt}", fmt, "a format: " + ", ".join(formats))
        path = _str(w, f"{key}.{fmt}", path)
        if path == "-" and any(p == "-" for _, p in out):
            first = next(f for f, p in out if p == "-")
            raise w.error(
                f"'{key}': {first} and {fmt} both go to standard output (\"-\")",
                "give one of them a file",
                key=f"{key}.{fmt}",
            )
        if path != "-" and any(os.path.normpath(p) == os.path.normpath(path) for _, p in out):
            raise w.error(f"'{key}': two formats write {path}", key=f"{key}.{fmt}")
        out.append((fmt, path))
    return tuple(out)


def _min_score(w: _Where, key: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise w.bad(key, value, "a number between 0 and 1")
    if not (math.isfinite(value) and 0.0 <= value <= 1.0):
        raise w.bad(key, value, "a number between 0 and 1")
    return float(value)


def _normal_key(key: str) -> str:
    return key.replace("-", "_")


def _values(
    w: _Where, data: Mapping[str, Any], formats: Collection[str] = FORMATS
) -> dict[str, Any]:
    """Validate every key of a ``[tool.verifier]`` table; return FileConfig field values."""
    out: dict[str, Any] = {}
    for raw_key, value in data.items():
        key = _normal_key(raw_key)
        if key not in _KEYS:
            close = difflib.get_close_matches(key, sorted(_KEYS), n=1)
            hint = f"did you mean '{close[0].replace('_', '-')}'?" if close else None
            raise w.error(f"unknown key '{raw_key}'", hint, key=raw_key)
        if key in ("inputs", "urls"):
            items = _str_list(w, raw_key, value)
            out[key] = tuple(_url(w, raw_key, u) for u in items) if key == "urls" else items
        elif key in ("sitemap", "feed"):
            out[key] = _url(w, raw_key, value)
        elif key in ("db", "baseline"):
            out[key] = _str(w, raw_key, value)
        elif key in ("allow_private", "confirm", "strict", "fail_unchecked"):
            out[key] = _bool(w, raw_key, value)
        elif key == "threshold":
            out[key] = _severity(w, raw_key, value)
        elif key == "ignore":
            out[key] = frozenset(_kind(w, raw_key, v) for v in _str_list(w, raw_key, value))
        elif key == "severity":
            out[key] = _severity_table(w, raw_key, value)
        elif key == "outputs":
            out[key] = _outputs(w, raw_key, value, formats)
        else:
            out[key] = _min_score(w, raw_key, value)
    return out


def parse_config(
    data: Mapping[str, Any], path: Path, *, text: str = "", formats: Collection[str] = FORMATS
) -> FileConfig:
    """Validate parsed TOML. ``pyproject.toml`` must use ``[tool.verifier]``; in
    ``verifier.toml`` the same table or top-level keys both work. ``text`` (the file as
    written) lets errors name the line; ``formats`` are the report formats ``outputs`` may use."""
    tool = data.get("tool")
    table = tool.get("verifier") if isinstance(tool, Mapping) else None
    if table is not None:
        w = _Where(str(path), "[tool.verifier]", text, "tool.verifier")
        if not isinstance(table, Mapping):
            raise w.error("[tool.verifier] must be a table", key="verifier")
        other = [k for k in data if k != "tool"] if path.name == "verifier.toml" else []
        if other:
            top = _Where(str(path), "[tool.verifier]", text, "")
            raise top.error(f"unknown key '{other[0]}' outside the table", key=other[0])
    elif path.name == "pyproject.toml":
        return FileConfig(path=path)
    else:
        table, w = data, _Where(str(path), "the top level", text, "")
    return FileConfig(path=path, **_values(w, table, formats))


def _toml_error(path: Path, exc: tomllib.TOMLDecodeError) -> UsageError:
    """``pyproject.toml:5:15: invalid TOML: Expected ']' …`` from tomllib's message."""
    message = str(exc)
    at = _TOML_POSITION.search(message)
    where = f"{path}:{at.group(1)}:{at.group(2)}" if at else str(path)
    return UsageError(f"{where}: invalid TOML: {_TOML_POSITION.sub('', message)}")


def load_config(path: Path, *, formats: Collection[str] = FORMATS) -> FileConfig:
    """Read and validate one config file; any problem is a :class:`UsageError` naming the
    file and, where it can be told, the line."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_CONFIG_BYTES:
            raise UsageError(f"{path}: config file too large")
        text = path.read_bytes().decode("utf-8")
        data = tomllib.loads(text)
    except FileNotFoundError as exc:
        raise UsageError(f"{path}: config file not found") from exc
    except OSError as exc:
        raise UsageError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise _toml_error(path, exc) from exc
    return parse_config(data, path, text=text, formats=formats)


def _has_verifier_table(pyproject: Path) -> bool:
    """Whether ``pyproject.toml`` configures verifier. A file that is not valid TOML but
    mentions ``[tool.verifier`` counts, so that loading it reports the error instead of the
    table being skipped in silence."""
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return bool(_MENTIONS_TABLE.search(text))
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
    for key in ("allow_private", "confirm", "strict", "fail_unchecked", "min_score"):
        if pick(key) is not None:
            changes[key] = pick(key)
    severities = {**settings.severities, **file_config.severity, **checked.get("severity", {})}
    if severities != settings.severities:
        changes["severities"] = severities
    return replace(settings, **changes)
