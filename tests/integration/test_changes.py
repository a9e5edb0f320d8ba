"""`--changed-since`: the article files a git change touched, in a real temporary repository."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from verifier.ci.changes import changed_files, glob_regex
from verifier.errors import UsageError

ARTICLE = (
    "<html><body><p>विदेश मंत्री ने कहा, 'आज कनाडा की विदेश मंत्री से मिलकर अच्छा लगा.'</p></body></html>\n"
)


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo, check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # Isolate from the user's git configuration; commits need an identity.
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for var in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{var}_NAME", "Desk Editor")
        monkeypatch.setenv(f"GIT_{var}_EMAIL", "desk@example.in")
    root = tmp_path / "newsroom"
    (root / "articles" / "2026").mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    (root / "articles" / "2026" / "canada.html").write_text(ARTICLE, encoding="utf-8")
    (root / "articles" / "2026" / "peru.html").write_text(ARTICLE, encoding="utf-8")
    (root / "articles" / "old.html").write_text(ARTICLE, encoding="utf-8")
    (root / "README.md").write_text("desk notes\n", encoding="utf-8")
    (root / ".gitignore").write_text("drafts/\n", encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "initial articles")
    git(root, "checkout", "-q", "-b", "story/correction")
    return root


def commit_all(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def test_committed_changes_on_a_branch(repo: Path) -> None:
    (repo / "articles" / "2026" / "canada.html").write_text(
        ARTICLE + "<p>सुधार</p>\n", encoding="utf-8"
    )
    (repo / "articles" / "2026" / "new story.html").write_text(ARTICLE, encoding="utf-8")
    (repo / "articles" / "2026" / "peru.html").unlink()
    (repo / "README.md").write_text("changed\n", encoding="utf-8")
    commit_all(repo, "correct Canada story, add one, drop Peru")
    got = changed_files("main", repo, ["articles/**/*.html"])
    assert got == [Path("articles/2026/canada.html"), Path("articles/2026/new story.html")]
    # No patterns: every changed file that still exists.
    assert Path("README.md") in changed_files("main", repo)


def test_changes_on_main_after_the_branch_point_are_not_ours(repo: Path) -> None:
    git(repo, "checkout", "-q", "main")
    (repo / "articles" / "old.html").write_text(ARTICLE + "<p>main edit</p>\n", encoding="utf-8")
    commit_all(repo, "edit on main")
    git(repo, "checkout", "-q", "story/correction")
    assert changed_files("main", repo, ["articles/**/*.html"]) == []


def test_uncommitted_and_untracked_files_count_unless_excluded(repo: Path) -> None:
    (repo / "articles" / "old.html").write_text(ARTICLE + "<p>draft</p>\n", encoding="utf-8")
    (repo / "articles" / "2026" / "breaking.html").write_text(ARTICLE, encoding="utf-8")
    (repo / "drafts").mkdir()
    (repo / "drafts" / "ignored.html").write_text(ARTICLE, encoding="utf-8")
    got = changed_files("main", repo, ["articles/**/*.html", "drafts/*.html"])
    assert got == [Path("articles/2026/breaking.html"), Path("articles/old.html")]
    assert changed_files("main", repo, ["articles/**"], include_uncommitted=False) == []


def test_paths_are_relative_to_the_working_directory(repo: Path) -> None:
    (repo / "articles" / "2026" / "canada.html").write_text(ARTICLE + "x\n", encoding="utf-8")
    commit_all(repo, "edit")
    assert changed_files("main", repo / "articles", ["**/*.html"]) == [Path("2026/canada.html")]


def test_single_star_stays_in_one_directory(repo: Path) -> None:
    (repo / "articles" / "2026" / "canada.html").write_text(ARTICLE + "x\n", encoding="utf-8")
    commit_all(repo, "edit")
    assert changed_files("main", repo, ["articles/*.html"]) == []
    assert changed_files("main", repo, ["articles/*/*.html"]) == [Path("articles/2026/canada.html")]


def test_unknown_revision_is_a_usage_error_with_a_ci_hint(repo: Path) -> None:
    with pytest.raises(UsageError, match="unknown git revision 'origin/nope'") as err:
        changed_files("origin/nope", repo)
    assert err.value.hint and "fetch-depth" in err.value.hint


@pytest.mark.parametrize("rev", ["", "--output=/tmp/x", "-p"])
def test_option_like_revisions_are_refused(repo: Path, rev: str) -> None:
    with pytest.raises(UsageError, match="not a git revision"):
        changed_files(rev, repo)


def test_not_a_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    plain = tmp_path / "plain"
    plain.mkdir()
    with pytest.raises(UsageError, match="not inside a git repository"):
        changed_files("main", plain)


def test_glob_regex() -> None:
    assert glob_regex("articles/**/*.html").match("articles/a.html")
    assert glob_regex("articles/**/*.html").match("articles/2026/02/a.html")
    assert not glob_regex("articles/*.html").match("articles/2026/a.html")
    assert glob_regex("*.htm[l]").match("a.html")
    assert not glob_regex("*.html").match("a.html.bak")
