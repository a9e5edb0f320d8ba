"""Where reports go and what the command line says: --format/--output pairing, colour,
terminals, the one-line reason of a failing run, malformed config, compare's formats."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from verifier.cli import main
from verifier.cli.output import Target, check_targets, pair_targets, use_color
from verifier.errors import UsageError

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_ab9b32bc1790fcea.txt"
SEED_HTML = ROOT / "tests" / "data" / "pages" / "seed.html"
QUOTE = "आज कनाडा की विदेश मंत्री"


def drifted(text: str) -> str:
    at = text.index(QUOTE)
    return text[:at] + text[at:].replace("अनीता आनंद", "मेलानी जोली", 1)


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "bad.txt").write_text(drifted(SEED.read_text(encoding="utf-8")), "utf-8")
    (tmp_path / "bad.html").write_text(drifted(SEED_HTML.read_text(encoding="utf-8")), "utf-8")
    (tmp_path / "good.txt").write_text(SEED.read_text(encoding="utf-8"), "utf-8")
    monkeypatch.chdir(tmp_path)
    for name in ("NO_COLOR", "FORCE_COLOR", "VERIFIER_DB"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def test_each_format_takes_the_output_that_follows_it(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The docs' GitHub example: annotations to stdout, SARIF and JUnit to their files."""
    args = ["--format", "github", "--format", "sarif", "--output", "verifier.sarif"]
    args += ["--format", "junit", "--output", "junit.xml"]
    assert main(["check", "bad.txt", "--no-db", *args]) == 1
    out = capsys.readouterr().out
    assert out.startswith("::error ") and "<testsuites" not in out
    assert json.loads((desk / "verifier.sarif").read_text("utf-8"))["version"] == "2.1.0"
    assert (desk / "junit.xml").read_text("utf-8").startswith("<?xml")


@pytest.mark.parametrize(
    ("events", "message"),
    [
        (
            [("output", "a.sarif"), ("format", "sarif")],
            "--output a.sarif comes before any --format",
        ),
        (
            [("format", "sarif"), ("output", "a"), ("output", "b")],
            "--format sarif has two outputs (a, b)",
        ),
    ],
)
def test_an_output_without_its_format_is_a_usage_error(
    events: list[tuple[str, str]], message: str
) -> None:
    with pytest.raises(UsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        pair_targets(events)


def test_refused_before_any_article_is_read(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "missing.txt", "--no-db", "--format", "json", "--format", "text"]) == 2
    err = capsys.readouterr().err
    assert "only one format can go to standard output (got json, text)" in err
    assert "missing.txt" not in err  # refused before the input was opened
    assert main(["check", "bad.txt", "--format", "json", "--output", "r", "--format", "sarif",
                 "--output", "./r"]) == 2  # fmt: skip
    assert "two formats would write the same file r" in capsys.readouterr().err


def test_html_to_a_terminal_is_refused_with_a_hint(
    desk: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("verifier.cli.run.stdout_is_tty", lambda: True)
    assert main(["check", "good.txt", "--no-db", "--format", "html"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("verifier: error: --format html writes a whole document")
    assert err[1] == "verifier: hint: add --output report.html (or redirect standard output)"
    assert check_targets([Target("html")], stdout_is_tty=False) == [Target("html")]


@pytest.mark.parametrize(
    ("env", "tty", "colour"),
    [
        ({}, True, True),
        ({}, False, False),
        ({"NO_COLOR": "1"}, True, False),
        ({"FORCE_COLOR": "1"}, False, True),
        ({"FORCE_COLOR": "0"}, False, False),
        ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, True, False),
        ({"NO_COLOR": ""}, True, True),  # no-color.org: only a non-empty value counts
    ],
)
def test_colour_follows_no_color_force_color_and_the_terminal(
    env: dict[str, str], tty: bool, colour: bool
) -> None:
    assert use_color(tty, env) is colour


def test_no_color_on_a_terminal_and_force_color_in_a_pipe(
    desk: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("NO_COLOR", "1")
    main(["check", "bad.txt", "--no-db"])
    assert "\x1b[" not in capsys.readouterr().out
    monkeypatch.delenv("NO_COLOR")
    main(["check", "bad.txt", "--no-db"])
    assert "\x1b[" in capsys.readouterr().out
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    main(["check", "bad.txt", "--no-db"])
    assert "\x1b[" in capsys.readouterr().out


def _line_col(path: Path, words: str) -> str:
    text = path.read_text(encoding="utf-8")
    at = text.index(words)
    line = text.count("\n", 0, at) + 1
    return f"{path.name}:{line}:{at - text.rfind(chr(10), 0, at)}"


@pytest.mark.parametrize("name", ["bad.txt", "bad.html"])
def test_terminal_findings_carry_path_line_col_of_the_rendering(
    desk: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    assert main(["check", name, "--no-db"]) == 1
    out = " ".join(capsys.readouterr().out.split())
    assert f"{_line_col(desk / name, 'मेलानी जोली')}: CRITICAL entity:" in out


def test_a_failing_run_ends_with_one_line_saying_why(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "bad.txt", "good.txt", "--no-db", "--format", "json", "--output",
                 "r.json"]) == 1  # fmt: skip
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "verifier: failed: 1 finding at or above major blocks (1 critical), first: entity at "
        f"{_line_col(desk / 'bad.txt', 'मेलानी जोली')}"
    ]
    assert main(["check", "good.txt", "--no-db", "--format", "json", "--output", "r.json"]) == 0
    assert capsys.readouterr().err == ""


def test_ci_with_configured_outputs_writes_them_and_says_why(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "verifier.toml").write_text(
        'inputs = ["*.txt"]\n\n[outputs]\nsarif = "out/v.sarif"\njunit = "out/junit.xml"\n',
        encoding="utf-8",
    )
    assert main(["ci", "--no-db"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""  # every report went to a file…
    assert (desk / "out" / "v.sarif").is_file() and (desk / "out" / "junit.xml").is_file()
    [line] = captured.err.splitlines()  # …and the reason to stderr
    assert line.startswith("verifier: failed: 1 finding at or above major blocks")


def test_malformed_config_exits_2_naming_file_and_line(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (desk / "pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n[tool.verifier\ninputs = ["*.txt"]\n', encoding="utf-8"
    )
    assert main(["ci", "--no-db"]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"verifier: error: {desk / 'pyproject.toml'}:4:15: invalid TOML: ")


def test_compare_has_formats_and_says_why_it_fails(capsys: pytest.CaptureFixture[str]) -> None:
    source = "We will not attend the summit."
    claim = "हम शिखर सम्मेलन में शामिल होंगे।"
    assert main(["compare", "--source", source, "--claim", claim, "--format", "text"]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("DRIFT (score ")
    assert "CRITICAL negation:" in captured.out
    assert captured.err == "verifier: failed: 1 pair with a finding at or above major\n"
    assert main(["compare", "--source", source, "--claim", claim, "--format", "pdf"]) == 2


def test_a_report_written_to_a_pipe_leaves_the_pipe_in_place(tmp_path: Path) -> None:
    # --output /dev/null (or a named pipe) is written in place: renaming a temporary file
    # over it would replace the device with a plain file.
    import os
    import stat
    import threading

    from verifier.cli.output import write_file

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    write_file(fifo, "report\n")
    reader.join(timeout=10)
    assert got == ["report\n"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]
