"""Configuration files, flags overriding them, and input expansion."""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.ci.inputs import expand_inputs
from verifier.config import FileConfig, build_settings, find_config, load_config
from verifier.errors import UsageError
from verifier.settings import DEFAULT_SEVERITIES, Settings

NEWSROOM_PYPROJECT = """\
[project]
name = "hindi-desk"

[tool.verifier]
inputs = ["articles/**/*.html", "wire/*.txt"]
urls = ["https://news.example.in/world/jaishankar-canada"]
threshold = "critical"
ignore = ["intensity"]
allow-private = true
db = "postgresql+psycopg://desk@127.0.0.1/verifier"
strict = true
baseline = "verifier-baseline.json"
min-score = 0.5

[tool.verifier.severity]
omission = "minor"

[tool.verifier.outputs]
sarif = "reports/verifier.sarif"
junit = "reports/junit.xml"
text = "-"
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_pyproject_table_is_read(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path / "pyproject.toml", NEWSROOM_PYPROJECT))
    assert cfg.inputs == ("articles/**/*.html", "wire/*.txt")
    assert cfg.urls == ("https://news.example.in/world/jaishankar-canada",)
    assert cfg.threshold == "critical" and cfg.ignore == frozenset({"intensity"})
    assert cfg.allow_private is True and cfg.strict is True and cfg.confirm is None
    assert cfg.db == "postgresql+psycopg://desk@127.0.0.1/verifier"
    assert cfg.severity == {"omission": "minor"}
    assert cfg.outputs == (
        ("sarif", "reports/verifier.sarif"),
        ("junit", "reports/junit.xml"),
        ("text", "-"),
    )
    assert cfg.baseline == "verifier-baseline.json" and cfg.min_score == 0.5
    assert cfg.base_dir == tmp_path


def test_verifier_toml_top_level_or_table(tmp_path: Path) -> None:
    top = load_config(write(tmp_path / "a" / "verifier.toml", 'threshold = "minor"\n'))
    table = load_config(
        write(tmp_path / "b" / "verifier.toml", '[tool.verifier]\nthreshold = "minor"\n')
    )
    assert top.threshold == table.threshold == "minor"


def test_pyproject_without_the_table_is_empty_config(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n'))
    assert cfg == FileConfig(path=tmp_path / "pyproject.toml")


def test_unknown_key_is_named_with_a_suggestion(tmp_path: Path) -> None:
    path = write(tmp_path / "verifier.toml", '[tool.verifier]\nthresold = "major"\n')
    with pytest.raises(UsageError) as err:
        load_config(path)
    assert str(err.value) == f"{path}:2: unknown key 'thresold' in [tool.verifier]"
    assert err.value.hint == "did you mean 'threshold'?"


@pytest.mark.parametrize(
    ("body", "line", "fragment"),
    [
        (
            'threshold = "high"',
            2,
            "bad value for 'threshold': 'high' (expected one of critical, major, minor)",
        ),
        ('ignore = ["spelling"]', 2, "bad value for 'ignore': 'spelling' (expected a drift kind"),
        ("strict = 1", 2, "bad value for 'strict': 1 (expected true or false)"),
        ("min-score = 3", 2, "bad value for 'min-score': 3"),
        ('urls = ["ftp://x/y"]', 2, "bad value for 'urls': 'ftp://x/y' (expected an http(s) URL)"),
        ('inputs = "articles/*.html"\ndb = ""', 3, "bad value for 'db': ''"),
        (
            '[tool.verifier.severity]\nomission = "low"',
            3,
            "bad value for 'severity.omission': 'low'",
        ),
        ('severity = { omission = "low" }', 2, "bad value for 'severity.omission': 'low'"),
        ('[tool.verifier.severity]\nspelling = "minor"', 3, "bad value for 'severity.spelling'"),
        ('[tool.verifier.outputs]\npdf = "x.pdf"', 3, "bad value for 'outputs.pdf': 'pdf'"),
        (
            '[tool.verifier.outputs]\ntext = "-"\ngithub = "-"',
            4,
            "'outputs': text and github both go to standard output",
        ),
        (
            '[tool.verifier.outputs]\nsarif = "out/r"\njunit = "./out/r"',
            4,
            "'outputs': two formats write ./out/r",
        ),
    ],
)
def test_bad_values_name_file_line_key_and_value(
    tmp_path: Path, body: str, line: int, fragment: str
) -> None:
    path = write(tmp_path / "pyproject.toml", "[tool.verifier]\n" + body + "\n")
    with pytest.raises(UsageError) as err:
        load_config(path)
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert fragment in str(err.value)


def test_outputs_accept_the_formats_the_caller_knows(tmp_path: Path) -> None:
    path = write(tmp_path / "verifier.toml", '[outputs]\nmarkdown = "r.md"\n')
    assert load_config(path, formats=("text", "markdown")).outputs == (("markdown", "r.md"),)
    with pytest.raises(UsageError, match=r"verifier.toml:2: bad value for 'outputs.markdown'"):
        load_config(path)


def test_a_malformed_tool_verifier_table_is_an_error_with_its_line(tmp_path: Path) -> None:
    """A pyproject.toml whose [tool.verifier table is broken is not skipped in silence."""
    path = write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "desk"\n\n[tool.verifier\nthreshold = "minor"\n',
    )
    assert find_config(tmp_path) == path.resolve()
    with pytest.raises(UsageError) as err:
        load_config(path)
    assert str(err.value).startswith(f"{path}:4:15: invalid TOML: ")
    # A broken pyproject.toml that never mentions verifier is not ours to report.
    write(tmp_path / "sub" / "pyproject.toml", "[project\n")
    assert find_config(tmp_path / "sub") == path.resolve()


def test_invalid_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="invalid TOML"):
        load_config(write(tmp_path / "verifier.toml", "threshold = \n"))
    with pytest.raises(UsageError, match="config file not found"):
        load_config(tmp_path / "nope.toml")


def test_find_config_walks_up_and_prefers_verifier_toml(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", NEWSROOM_PYPROJECT)
    deep = tmp_path / "articles" / "2026"
    deep.mkdir(parents=True)
    assert find_config(deep) == (tmp_path / "pyproject.toml").resolve()
    write(tmp_path / "verifier.toml", 'threshold = "minor"\n')
    assert find_config(deep) == (tmp_path / "verifier.toml").resolve()


def test_find_config_skips_pyproject_without_the_table(tmp_path: Path) -> None:
    write(tmp_path / "verifier.toml", 'threshold = "minor"\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n')
    assert find_config(tmp_path / "sub") == (tmp_path / "verifier.toml").resolve()


def test_flags_override_the_file(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path / "pyproject.toml", NEWSROOM_PYPROJECT))
    from_file = build_settings(cfg, {})
    assert from_file.threshold == "critical" and from_file.strict is True
    assert from_file.ignore_kinds == frozenset({"intensity"})
    assert from_file.db_url == "postgresql+psycopg://desk@127.0.0.1/verifier"
    assert from_file.severities["omission"] == "minor"
    assert from_file.severities["entity"] == DEFAULT_SEVERITIES["entity"]
    flags = {
        "threshold": "major",
        "strict": False,
        "ignore": [],
        "db": None,  # flag not given: the file's value stays
        "severity": ["omission=critical", "date=minor"],
        "allow_private": None,
    }
    settings = build_settings(cfg, flags)
    assert settings.threshold == "major" and settings.strict is False
    assert settings.ignore_kinds == frozenset()
    assert settings.db_url == from_file.db_url and settings.allow_private is True
    assert settings.severities["omission"] == "critical" and settings.severities["date"] == "minor"


def test_no_file_no_flags_gives_defaults() -> None:
    assert build_settings(FileConfig(), {}) == Settings()


def test_bad_flag_values_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="bad value for 'threshold': 'severe'"):
        build_settings(FileConfig(), {"threshold": "severe"})
    with pytest.raises(UsageError, match="KIND=SEVERITY"):
        build_settings(FileConfig(), {"severity": ["omission"]})


def test_expand_inputs_sorted_deduplicated_files_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("articles/2026/b.html", "articles/2026/a.html", "articles/c.html", "wire/pti.txt",
                 "articles/2026/notes.json", "articles/.draft.html"):  # fmt: skip
        write(tmp_path / name, "x")
    (tmp_path / "articles" / "empty.html").mkdir()  # a directory named like an article
    cfg = FileConfig(
        path=tmp_path / "verifier.toml",
        inputs=("articles/**/*.html", "articles/2026/*.html", "wire", "missing.html"),
        urls=("https://news.example.in/a", "https://news.example.in/a"),
    )
    monkeypatch.chdir(tmp_path)
    assert expand_inputs(cfg, Path(".")) == [
        "articles/2026/a.html",
        "articles/2026/b.html",
        "articles/c.html",
        "missing.html",  # kept so the loader says it is missing
        "wire/pti.txt",
        "https://news.example.in/a",
    ]
    # Default base: the config file's directory, so paths come out in its (absolute) form.
    assert expand_inputs(cfg)[0] == str(tmp_path / "articles" / "2026" / "a.html")
