"""Baseline: findings a newsroom has accepted, keyed by stable fingerprint, so CI fails only on new ones.

File format (JSON, sorted, one entry per accepted finding)::

    {"schema": "verifier.policy.baseline/1",
     "findings": [{"source": "articles/a.html", "fingerprint": "…", "kind": "entity",
                   "severity": "critical", "description": "Canada → पेरू: The post names …"}]}

An entry matches a finding with the same fingerprint in the same article (the source is
compared after normalising ``./`` and backslashes, and absolute paths under the working
directory are made relative to it), so run ``verifier baseline`` and ``verifier ci`` from
the same directory — in CI, the repository root.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from verifier.errors import UsageError
from verifier.model import VerificationResult
from verifier.policy.findings import LocatedFinding, located_findings, source_key

SCHEMA = "verifier.policy.baseline/1"
VERSION = 1
MAX_BASELINE_BYTES = 20 * 1024 * 1024
_DESCRIPTION_CHARS = 160


@dataclass(frozen=True, slots=True)
class BaselineEntry:
    """One accepted finding."""

    source: str
    fingerprint: str
    kind: str = ""
    severity: str = ""
    description: str = ""
    """For the humans who review the baseline file; never used for matching."""

    @property
    def key(self) -> tuple[str, str]:
        return (source_key(self.source), self.fingerprint)


@dataclass(frozen=True)
class Baseline:
    """Accepted findings (and the file format version they were read from)."""

    entries: tuple[BaselineEntry, ...] = ()
    version: int = VERSION
    _keys: frozenset[tuple[str, str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_keys", frozenset(e.key for e in self.entries))

    def accepts(self, lf: LocatedFinding) -> bool:
        return (source_key(lf.source), lf.fingerprint) in self._keys

    def __len__(self) -> int:
        return len(self.entries)


@dataclass(frozen=True, slots=True)
class BaselineDiff:
    """A run compared with a baseline."""

    new: tuple[LocatedFinding, ...]
    accepted: tuple[LocatedFinding, ...]
    stale: tuple[BaselineEntry, ...]
    """Entries for articles in this run that no longer occur: the drift was fixed (or the
    article edited) and the entry can be dropped. Entries for articles not in the run (say,
    outside ``--changed-since``) are never stale."""


def _describe(lf: LocatedFinding) -> str:
    f = lf.finding
    evidence = f"{f.post_text or '∅'} → {f.claim_text or '∅'}"
    text = f"{evidence}: {f.message}"
    text = " ".join(text.split())
    if len(text) > _DESCRIPTION_CHARS:
        text = text[: _DESCRIPTION_CHARS - 1] + "…"
    return text


def baseline_from_result(result: VerificationResult) -> Baseline:
    """Accept every finding of ``result`` (any severity), one entry per fingerprint."""
    entries: dict[tuple[str, str], BaselineEntry] = {}
    for lf in located_findings(result):
        entry = BaselineEntry(
            source=source_key(lf.source),
            fingerprint=lf.fingerprint,
            kind=lf.finding.kind,
            severity=lf.finding.severity,
            description=_describe(lf),
        )
        entries.setdefault(entry.key, entry)
    return Baseline(tuple(entries[k] for k in sorted(entries)))


def dumps_baseline(baseline: Baseline) -> str:
    """The baseline file's text: stable, sorted JSON with non-ASCII kept readable."""
    data = {
        "schema": SCHEMA,
        "findings": [
            {
                "source": e.source,
                "fingerprint": e.fingerprint,
                "kind": e.kind,
                "severity": e.severity,
                "description": e.description,
            }
            for e in sorted(baseline.entries, key=lambda e: e.key)
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_baseline(result: VerificationResult, path: Path) -> Baseline:
    """Write the baseline of ``result`` to ``path`` atomically; return what was written."""
    baseline = baseline_from_result(result)
    text = dumps_baseline(baseline)
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".verifier-baseline-", dir=directory)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise UsageError(f"cannot write baseline {path}: {exc.strerror or exc}") from exc
    finally:
        if tmp is not None:  # nothing half-written: drop the temporary file
            Path(tmp).unlink(missing_ok=True)
    return baseline


def _bad(path: Path | str, why: str) -> UsageError:
    return UsageError(
        f"baseline {path}: {why}",
        hint="regenerate it with `verifier baseline --output FILE`",
    )


def parse_baseline(text: str, origin: str = "<baseline>") -> Baseline:
    """Read baseline JSON text; raises :class:`UsageError` naming what is wrong."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _bad(origin, f"not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    if not isinstance(data, dict):
        raise _bad(origin, "expected a JSON object")
    schema = data.get("schema")
    if schema != SCHEMA:
        raise _bad(origin, f"unsupported schema {schema!r} (expected {SCHEMA!r})")
    items = data.get("findings")
    if not isinstance(items, list):
        raise _bad(origin, "'findings' must be a list")
    entries: list[BaselineEntry] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise _bad(origin, f"findings[{i}] must be an object")
        source, fp = item.get("source"), item.get("fingerprint")
        if not isinstance(source, str) or not source:
            raise _bad(origin, f"findings[{i}] has no 'source'")
        if not isinstance(fp, str) or not fp:
            raise _bad(origin, f"findings[{i}] has no 'fingerprint'")
        extras = {k: item.get(k, "") for k in ("kind", "severity", "description")}
        if not all(isinstance(v, str) for v in extras.values()):
            raise _bad(origin, f"findings[{i}]: kind, severity and description must be strings")
        entries.append(BaselineEntry(source, fp, **extras))
    return Baseline(tuple(entries), version=VERSION)


def load_baseline(path: Path) -> Baseline:
    """Read a baseline file; a missing, huge, unreadable or malformed file is a UsageError."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BASELINE_BYTES:
            raise _bad(path, f"too large ({size} bytes; limit {MAX_BASELINE_BYTES})")
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise _bad(path, "file not found") from exc
    except IsADirectoryError as exc:
        raise _bad(path, "is a directory") from exc
    except OSError as exc:
        raise _bad(path, f"cannot read ({exc.strerror or exc})") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _bad(path, "not UTF-8 text") from exc
    return parse_baseline(text, str(path))


def compare(result: VerificationResult, baseline: Baseline) -> BaselineDiff:
    """Split the run's findings into new and accepted; list entries that no longer occur."""
    new: list[LocatedFinding] = []
    accepted: list[LocatedFinding] = []
    seen: set[tuple[str, str]] = set()
    for lf in located_findings(result):
        (accepted if baseline.accepts(lf) else new).append(lf)
        seen.add((source_key(lf.source), lf.fingerprint))
    checked = {source_key(ar.article.source) for ar in result.articles}
    stale = tuple(
        e
        for e in sorted(baseline.entries, key=lambda e: e.key)
        if e.key not in seen and source_key(e.source) in checked
    )
    return BaselineDiff(tuple(new), tuple(accepted), stale)
