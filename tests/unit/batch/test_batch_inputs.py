"""What the command line's inputs expand to: directories, quoted globs, --from lists."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from verifier.ci.inputs import expand_specs
from verifier.errors import InputError, UsageError


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ("b.html", "a.txt", "sub/c.htm", "sub/deep/d.md", "sub/e.png", ".git/f.html",
                 "sub/.hidden.html"):  # fmt: skip
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    return tmp_path


def _names(paths: list[str], root: Path) -> list[str]:
    return [Path(p).relative_to(root).as_posix() for p in paths]


def test_a_directory_is_its_article_files_sorted_without_hidden_ones(tree: Path) -> None:
    assert _names(expand_specs([str(tree)]), tree) == [
        "a.txt", "b.html", "sub/c.htm", "sub/deep/d.md"
    ]  # fmt: skip


def test_a_glob_is_expanded_recursively_and_one_that_matches_nothing_is_kept(tree: Path) -> None:
    assert _names(expand_specs([str(tree / "**" / "*.htm*")]), tree) == ["b.html", "sub/c.htm"]
    nothing = str(tree / "*.xml")
    assert expand_specs([nothing]) == [nothing]  # the loader then says what is missing


def test_urls_and_stdin_pass_through_and_duplicates_go(tree: Path) -> None:
    url = "https://example.org/a"
    a = str(tree / "a.txt")
    assert expand_specs([url, a, "-", a, url]) == [url, a, "-"]


def test_a_list_file_skips_blank_lines_and_comments(tree: Path) -> None:
    listing = tree / "list.txt"
    listing.write_text(f"# archive\n\n  {tree / 'b.html'}  \nhttps://example.org/x\n", "utf-8")
    assert expand_specs([], from_lists=[str(listing)]) == [
        str(tree / "b.html"), "https://example.org/x"
    ]  # fmt: skip
    stdin = io.StringIO(f"{tree / 'sub'}\n")
    assert _names(expand_specs([], from_lists=["-"], stdin=stdin), tree) == [
        "sub/c.htm", "sub/deep/d.md"
    ]  # fmt: skip


def test_bad_lists_are_one_line_errors(tree: Path) -> None:
    with pytest.raises(InputError, match="nope.txt"):
        expand_specs([], from_lists=[str(tree / "nope.txt")])
    with pytest.raises(UsageError, match="standard input"):
        expand_specs(["-"], from_lists=["-"], stdin=io.StringIO(""))
