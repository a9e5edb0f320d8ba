"""Golden-file comparison for report tests (the coverage.py ``goldtest`` idea, kept small).

``compare_golden("terminal/sample-80.txt", text)`` compares ``text`` with
``tests/golden/terminal/sample-80.txt``. On a mismatch it writes the actual output to the
git-ignored ``tests/actual/`` and fails with a unified diff. Set ``VERIFIER_UPDATE_GOLDEN=1``
to accept the new output (review the diff in git before committing it).
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
GOLDEN = TESTS / "golden"
ACTUAL = TESTS / "actual"


def compare_golden(name: str, actual: str) -> None:
    __tracebackhide__ = True  # show the diff, not this helper
    golden = GOLDEN / name
    if os.environ.get("VERIFIER_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8", newline="\n")
        return
    if not golden.exists():
        pytest.fail(f"no golden file {golden}; run with VERIFIER_UPDATE_GOLDEN=1 to create it")
    expected = golden.read_text(encoding="utf-8")
    if expected == actual:
        return
    out = ACTUAL / name
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(actual, encoding="utf-8", newline="\n")
    diff = "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=str(golden),
            tofile=str(out),
        )
    )
    pytest.fail(f"output differs from {golden} (actual written to {out}):\n{diff}")
