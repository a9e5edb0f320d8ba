"""The commands the documentation shows: shell blocks, CI job steps, inline `verifier …`.

Read with markdown-it (rich's own Markdown parser) and PyYAML, never with hand-made fence
regexes, so an indented or tilde fence is found too. ``test_docs`` runs or checks every
command; ``test_newsroom`` runs the GitHub Actions and GitLab CI job commands.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parents[2]
SHELL_INFO = frozenset({"sh", "bash", "shell", "console"})


def doc_files() -> list[Path]:
    return [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


@dataclass(frozen=True)
class Command:
    """One command as the docs show it, and where."""

    path: Path
    line: int
    text: str
    origin: str
    """``shell`` (a fenced shell block), ``github`` (a workflow ``run:``), ``gitlab`` (a
    job's ``script:`` line) or ``pre-commit`` (a hook id a config uses)."""

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def _fences(path: Path) -> Iterator[tuple[str, str, int]]:
    tokens = MarkdownIt("commonmark").parse(path.read_text(encoding="utf-8"))
    for tok in tokens:
        if tok.type == "fence" and tok.map is not None:
            yield tok.info.strip().split(" ")[0], tok.content, tok.map[0] + 2


def _shell_lines(content: str, first: int) -> Iterator[tuple[int, str]]:
    pending, start = "", first
    for offset, raw in enumerate(content.splitlines()):
        line = raw.rstrip()
        if not pending:
            start = first + offset
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        text = (pending + line).strip()
        pending = ""
        if text and not text.startswith("#"):
            yield start, text


def _yaml_commands(path: Path, data: Any, line: int) -> Iterator[Command]:
    if not isinstance(data, dict):
        return
    for job in (data.get("jobs") or {}).values():
        for step in job.get("steps", []):
            if "run" in step:
                yield Command(path, line, " ".join(str(step["run"]).split()), "github")
    for name, job in data.items():
        if isinstance(job, dict) and isinstance(job.get("script"), list):
            for item in job["script"]:
                yield Command(path, line, " ".join(str(item).split()), "gitlab")
        if name == "repos":
            for repo in job:
                for hook in repo.get("hooks", []):
                    yield Command(path, line, str(hook["id"]), "pre-commit")


def commands(path: Path) -> list[Command]:
    """Every command of one Markdown file, in order."""
    out: list[Command] = []
    for info, content, line in _fences(path):
        if info in SHELL_INFO:
            out += [Command(path, n, text, "shell") for n, text in _shell_lines(content, line)]
        elif info in ("yaml", "yml"):
            out += _yaml_commands(path, yaml.safe_load(content), line)
    return out


def ci_job(origin: str) -> list[Command]:
    """The commands of the GitHub Actions (``github``) or GitLab CI (``gitlab``) job in
    docs/ci.md, in order."""
    return [c for c in commands(ROOT / "docs" / "ci.md") if c.origin == origin]


def inline_verifier_commands(path: Path) -> list[tuple[int, str]]:
    """Inline code spans that start with ``verifier `` (``verifier ci --changed-since …``)."""
    out: list[tuple[int, str]] = []
    tokens = MarkdownIt("commonmark").parse(path.read_text(encoding="utf-8"))
    for tok in tokens:
        if tok.type != "inline" or tok.map is None:
            continue
        line = tok.map[0] + 1
        out += [
            (line, child.content)
            for child in tok.children or []
            if child.type == "code_inline" and child.content.startswith("verifier ")
        ]
    return out
