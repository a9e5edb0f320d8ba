"""The labelled real-article sets (benchmarks/data/real/) are well formed.

Shape only: every case passes benchmarks/validate_real.py (posts and renderings are spans of
the excerpt, kinds agree with verdicts, languages named), each language of issue 15 has the
15 labelled renderings it asks for, and each language's dev and test splits together hold
its labellers' cases exactly once. How well the tool does on them is
benchmarks/real_langs_eval.py's business, not a test's.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REAL = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "real"
ISSUE_15 = ("mr", "bn", "ur", "ta", "te", "gu")
MIN_RENDERINGS = 15


def _validator() -> ModuleType:
    path = REAL.parents[1] / "validate_real.py"
    spec = importlib.util.spec_from_file_location("validate_real", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cases(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_every_case_passes_the_validator(capsys: pytest.CaptureFixture[str]) -> None:
    code = _validator().main([])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.strip().endswith(" 0 errors")


@pytest.mark.parametrize("lang", ISSUE_15)
def test_language_has_enough_labelled_renderings(lang: str) -> None:
    cases = _cases(REAL / f"{lang}-dev.jsonl") + _cases(REAL / f"{lang}-test.jsonl")
    renderings = sum(len(c["renderings"]) for c in cases)
    assert renderings >= MIN_RENDERINGS


@pytest.mark.parametrize("lang", (*ISSUE_15, "en"))
def test_splits_hold_each_labelled_case_once(lang: str) -> None:
    raw = [c["id"] for path in sorted(REAL.glob(f"raw/{lang}-*.jsonl")) for c in _cases(path)]
    dev = [c["id"] for c in _cases(REAL / f"{lang}-dev.jsonl")]
    test = [c["id"] for c in _cases(REAL / f"{lang}-test.jsonl")]
    assert sorted(dev + test) == sorted(raw)
    assert dev and test
