"""The docs' examples are tests: every command in README.md and docs/*.md is run or covered.

Shell blocks run in a scratch newsroom repository (git, a seed article in text and HTML,
a ``[tool.verifier]`` config), in order, each expected to succeed and to write the file it
names; the one article URL is served from a mock transport (tests have no network).
Commands a test cannot run here are each covered by a rule that says where: ``pip install``
must name this project (``quote-verifier`` or the checkout; ``test_packaging`` builds it),
the development commands must be what ``.ci/run`` runs, and the CI jobs' commands run in
``test_newsroom``. Inline ``verifier …`` in the prose must name real commands and options.
(The idea of testing docs against the code is sqlite-utils' ``tests/test_docs.py``.)
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import click
import httpx
import pytest
from doc_commands import ROOT, Command, commands, doc_files, inline_verifier_commands

from verifier.cli import cli, main

SEED = ROOT / "seeds" / "000_ab9b32bc1790fcea.txt"
SEED_HTML = ROOT / "tests" / "data" / "pages" / "seed.html"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
CI_SCRIPT = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
HOOKS = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")


def parts(command: str) -> list[str]:
    return [p.strip() for p in command.split("&&") if p.strip()]


# --- how each kind of command is covered -------------------------------------------------


def installs_this_project(part: str) -> bool:
    """``pip install`` of the checkout (``.``, ``-e '.[test]'``) or of ``quote-verifier``."""
    words = shlex.split(part, comments=True)
    at = words.index("install")
    targets = [w for w in words[at + 1 :] if not w.startswith("-")]
    return bool(targets) and all(
        re.fullmatch(r"\.(\[[\w,]+\])?", t) or re.match(rf"{re.escape(PROJECT)}(\[|\s|@|$)", t)
        for t in targets
    )


def run_by_ci_script(part: str) -> bool:
    """A development command (tests, lint, types) that .ci/run runs: same program and verb."""
    words = shlex.split(part, comments=True)
    if words == ["bash", ".ci/run"]:
        return (ROOT / ".ci" / "run").is_file()
    head = " ".join(words[:3] if words[:3] == ["python", "-m", "pytest"] else words[:2])
    lines = [line for line in CI_SCRIPT.splitlines() if not line.lstrip().startswith("#")]
    return any(re.search(rf"(^|\s|&&\s*){re.escape(head)}(\s|$)", line) for line in lines)


RUN_HERE = ("verifier ", "git add ", "sqlite3 ")
"""Shell commands this module runs in the scratch repository."""
RUN_IN_NEWSROOM = ("verifier ci ", "git fetch origin ")
"""CI job commands ``test_newsroom`` runs on a repository built with git."""


def coverage(cmd: Command, part: str) -> str | None:
    """How a command is tested, or ``None`` when nothing covers it."""
    if re.match(r"(python -m )?pip install ", part):
        return "installs this project" if installs_this_project(part) else None
    if cmd.origin == "pre-commit":
        return "a hook of .pre-commit-hooks.yaml" if f"- id: {part}\n" in HOOKS else None
    if cmd.origin in ("github", "gitlab"):
        return "test_newsroom" if part.startswith(RUN_IN_NEWSROOM) else None
    if part.startswith(RUN_HERE):
        return "run here"
    if re.match(r"(python -m pytest|ruff |mypy|bash \.ci/run)", part):
        return ".ci/run" if run_by_ci_script(part) else None
    return None


def all_commands() -> list[Command]:
    return [c for path in doc_files() for c in commands(path)]


def test_every_documented_command_is_run_or_covered() -> None:
    found = all_commands()
    assert {c.origin for c in found} >= {"shell", "github", "gitlab", "pre-commit"}
    uncovered = [
        f"{c.where}: {part}" for c in found for part in parts(c.text) if coverage(c, part) is None
    ]
    assert uncovered == [], "commands no test runs or checks:\n" + "\n".join(uncovered)


def test_the_readme_opens_with_the_two_commands() -> None:
    first = [c.text for c in commands(ROOT / "README.md")][:2]
    assert first == [
        "pip install . && verifier check seeds/000_ab9b32bc1790fcea.txt",
        "pip install -e '.[test]' && python -m pytest",
    ]


# --- running the shell blocks ------------------------------------------------------------


def git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=desk@example.in", "-c", "user.name=desk", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch newsroom repository with the files the docs' examples name."""
    seed, page = SEED.read_text(encoding="utf-8"), SEED_HTML.read_text(encoding="utf-8")
    files = {
        "seeds/000_ab9b32bc1790fcea.txt": seed,
        "article.html": page,
        "a.html": page,
        "b.txt": seed,
        "articles/jaishankar.txt": seed,
        "pyproject.toml": '[project]\nname = "desk"\n\n[tool.verifier]\n'
        'inputs = ["articles/**/*.txt"]\n',
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "desk")
    # An edit in progress, so `--changed-since main` has an article to check.
    (tmp_path / "articles" / "jaishankar.txt").write_text(seed + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / ".data"))
    monkeypatch.delenv("VERIFIER_DB", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    return tmp_path


@pytest.fixture
def offline_web(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every article URL answers with the seed page; no DNS, no socket."""
    import verifier.fetch.client as client

    page = SEED_HTML.read_bytes()

    def serve(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=page, headers={"content-type": "text/html"})

    real = client.Fetcher

    class OfflineFetcher(real):  # type: ignore[misc, valid-type]
        def __init__(self, settings: object = None, **_: object) -> None:
            super().__init__(
                settings,  # type: ignore[arg-type]
                transport=httpx.MockTransport(serve),
                resolve=lambda host, port: ["93.184.215.14"],
            )

    monkeypatch.setattr(client, "Fetcher", OfflineFetcher)


def run_part(part: str, cwd: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    if part.startswith("verifier "):
        code = main(shlex.split(part, comments=True)[1:])
        captured = capsys.readouterr()
        return code, captured.out + captured.err
    proc = subprocess.run(["bash", "-c", part], cwd=cwd, capture_output=True, text=True)
    return proc.returncode, proc.stdout + proc.stderr


def runnable(path: Path) -> Iterator[tuple[Command, str]]:
    for cmd in commands(path):
        if cmd.origin == "shell":
            for part in parts(cmd.text):
                if coverage(cmd, part) == "run here":
                    yield cmd, part


def output_of(part: str) -> Path | None:
    words = shlex.split(part, comments=True)
    return Path(words[words.index("--output") + 1]) if "--output" in words else None


@pytest.mark.usefixtures("offline_web")
@pytest.mark.parametrize("doc", [p for p in doc_files() if any(runnable(p))], ids=lambda p: p.name)
def test_shell_commands_of_the_docs_run(
    doc: Path, newsroom: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ran = 0
    for cmd, part in runnable(doc):
        if part.startswith("sqlite3 ") and shutil.which("sqlite3") is None:
            pytest.fail("the sqlite3 command-line shell is missing (apt-get install sqlite3)")
        code, out = run_part(part, newsroom, capsys)
        assert code == 0, f"{cmd.where}: `{part}` exited {code}:\n{out}"
        target = output_of(part)
        if target is not None:
            assert (newsroom / target).stat().st_size > 0, f"{cmd.where}: {target} is empty"
        ran += 1
    assert ran


# --- inline mentions name real commands and options --------------------------------------


def _options(command: click.Command) -> set[str]:
    return {opt for p in command.params for opt in (*p.opts, *p.secondary_opts)}


def _resolve(words: list[str]) -> tuple[click.Command, list[str]] | None:
    """The click command ``words`` name (``db upgrade|current`` → ``db upgrade``)."""
    command: click.Command = cli
    rest = list(words)
    while isinstance(command, click.Group) and rest and not rest[0].startswith("-"):
        name = rest.pop(0).split("|")[0]
        sub = command.commands.get(name)
        if sub is None:
            return None
        command = sub
    return command, rest


CheckInline = Callable[[str], str | None]


def inline_problem(text: str) -> str | None:
    try:
        words = shlex.split(text)[1:]
    except ValueError:
        words = text.split()[1:]
    found = _resolve(words)
    if found is None:
        return f"no command `{' '.join(words[:2])}`"
    command, rest = found
    known = _options(command) | {"--help", "-h"}
    unknown = [w.split("=")[0] for w in rest if w.startswith("--") and w.split("=")[0] not in known]
    return f"{command.name} has no option {', '.join(unknown)}" if unknown else None


def test_inline_verifier_commands_name_real_commands_and_options() -> None:
    problems = [
        f"{path.relative_to(ROOT)}:{line}: `{text}`: {why}"
        for path in doc_files()
        for line, text in inline_verifier_commands(path)
        if (why := inline_problem(text)) is not None
    ]
    assert problems == []
    assert inline_problem("verifier ci --frobnicate") == "ci has no option --frobnicate"
    assert inline_problem("verifier publish") == "no command `publish`"
