"""Changed inputs: the article files a git change touched (``verifier ci --changed-since REV``).

Committed changes are ``git diff --name-only --diff-filter=ACMR REV...HEAD`` (what the
branch changed since it left REV, as a pull-request diff shows it). Uncommitted work —
staged, unstaged and untracked-but-not-ignored files — is included too by default, so a
local run checks the article being edited; in CI the tree is clean and nothing changes.
Deleted files are never returned: there is nothing left to check.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path

from verifier.errors import UsageError

GIT_TIMEOUT_SECONDS = 60


def _git(args: Sequence[str], cwd: Path) -> str:
    try:
        proc = subprocess.run(
            ["git", "-c", "core.quotepath=off", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            timeout=GIT_TIMEOUT_SECONDS,
            check=False,
        )
    except FileNotFoundError as exc:
        raise UsageError("--changed-since needs git, and git is not installed") from exc
    except subprocess.TimeoutExpired as exc:
        raise UsageError(f"git {args[0]} took longer than {GIT_TIMEOUT_SECONDS}s") from exc
    if proc.returncode != 0:
        detail = (proc.stderr.strip().splitlines() or ["(no message)"])[-1]
        raise _GitFailed(detail)
    return proc.stdout


class _GitFailed(Exception):
    pass


def glob_regex(pattern: str) -> re.Pattern[str]:
    """Compile a path glob: ``*`` and ``?`` stay inside one directory, ``**`` spans many."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if pattern.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if ch == "*":
            out.append("[^/]*")
        elif ch == "?":
            out.append("[^/]")
        elif ch == "[":
            end = pattern.find("]", i + 1)
            if end == -1:
                out.append(re.escape(ch))
            else:
                body = pattern[i + 1 : end].replace("\\", "\\\\")
                out.append(f"[^{body[1:]}]" if body.startswith("!") else f"[{body}]")
                i = end
        else:
            out.append(re.escape(ch))
        i += 1
    return re.compile("".join(out) + r"\Z")


def _matches(path: str, patterns: Sequence[re.Pattern[str]]) -> bool:
    return not patterns or any(p.match(path) for p in patterns)


def _null_separated(output: str) -> list[str]:
    return [p for p in output.split("\0") if p]


def changed_files(
    rev: str,
    cwd: Path,
    patterns: Iterable[str] = (),
    *,
    include_uncommitted: bool = True,
) -> list[Path]:
    """Existing files changed since ``rev`` that match ``patterns`` (globs relative to
    ``cwd``; none = every changed file), as sorted paths relative to ``cwd``.

    Raises :class:`UsageError` when ``cwd`` is not in a git work tree, ``rev`` is not a
    commit (a shallow CI clone is the usual cause) or git is missing.
    """
    cwd = Path(cwd)
    if not rev or rev.startswith("-"):
        raise UsageError(f"--changed-since: {rev!r} is not a git revision")
    try:
        top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    except _GitFailed as exc:
        raise UsageError(f"--changed-since: {cwd} is not inside a git repository ({exc})") from exc
    try:
        _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"], cwd)
    except _GitFailed as exc:
        raise UsageError(
            f"--changed-since: unknown git revision {rev!r}",
            hint="in CI, fetch enough history (actions/checkout with fetch-depth: 0, "
            "GIT_DEPTH: 0 on GitLab) so the base commit exists",
        ) from exc
    names: set[str] = set()
    try:
        diff = ["diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMR"]
        names.update(_null_separated(_git([*diff, f"{rev}...HEAD", "--"], top)))
        if include_uncommitted:
            names.update(_null_separated(_git([*diff, "HEAD", "--"], top)))
            names.update(
                _null_separated(_git(["ls-files", "-z", "--others", "--exclude-standard"], top))
            )
    except _GitFailed as exc:
        raise UsageError(f"--changed-since {rev}: git failed: {exc}") from exc
    compiled = [glob_regex(p.replace("\\", "/").removeprefix("./")) for p in patterns]
    here = cwd.resolve()
    out: list[Path] = []
    for name in names:
        absolute = (top / name).resolve()
        if not absolute.is_file():
            continue  # deleted in the working tree since the commit
        try:
            relative = absolute.relative_to(here)
        except ValueError:
            relative = Path(os.path.relpath(absolute, here))
        if _matches(relative.as_posix(), compiled):
            out.append(relative)
    return sorted(out)
