"""Configuration files, flags overriding them, and input expansion."""

from __future__ import annotations

from pathlib import Path

import pytest

from verifier.config import (
    FileConfig,
    build_settings,
    expand_inputs,
    find_config,
    load_config,
)
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
    assert str(err.value) == f"{path}: unknown key 'thresold' in [tool.verifier]"
    assert err.value.hint == "did you mean 'threshold'?"


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (
            'threshold = "high"',
            "bad value for 'threshold': 'high' (expected one of critical, major, minor)",
        ),
        ('ignore = ["spelling"]', "bad value for 'ignore': 'spelling' (expected a drift kind"),
        ("strict = 1", "bad value for 'strict': 1 (expected true or false)"),
        ("min-score = 3", "bad value for 'min-score': 3"),
        ('urls = ["ftp://x/y"]', "bad value for 'urls': 'ftp://x/y' (expected an http(s) URL)"),
        ('inputs = "articles/*.html"\ndb = ""', "bad value for 'db': ''"),
        ('[tool.verifier.severity]\nomission = "low"', "bad value for 'severity.omission': 'low'"),
        ('[tool.verifier.severity]\nspelling = "minor"', "bad value for 'severity.spelling'"),
        ('[tool.verifier.outputs]\npdf = "x.pdf"', "bad value for 'outputs.pdf': 'pdf'"),
    ],
)
def test_bad_values_name_key_and_value(tmp_path: Path, body: str, fragment: str) -> None:
    path = write(tmp_path / "pyproject.toml", "[tool.verifier]\n" + body + "\n")
    with pytest.raises(UsageError) as err:
        load_config(path)
    assert str(err.value).startswith(f"{path}: ")
    assert fragment in str(err.value)


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
