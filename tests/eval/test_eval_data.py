"""The drift-judge perturbation set (benchmarks/data/perturbations.jsonl) is well formed.

Shape only: every kind is there with enough rows, each changed row differs from its base
pair by one edit, ids are unique. How well the judge does on it is benchmarks/drift_eval.py's
business, not a test's.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "perturbations.jsonl"
KINDS = ("entity", "number", "date", "negation", "attribution", "omission", "addition", "intensity")
MIN_PER_KIND = 80
MIN_FAITHFUL = 300
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def bases(rows: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    return {str(r["id"]): r for r in rows if r["set"] == "original"}


def _edits(before: str, after: str) -> list[tuple[str, int, int, int, int]]:
    a, b = before.split(), after.split()
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    return [op for op in ops if op[0] != "equal"]


def test_ids_are_unique(rows: list[dict[str, object]]) -> None:
    ids = Counter(str(r["id"]) for r in rows)
    assert [i for i, n in ids.items() if n > 1] == []


def test_every_row_has_the_fields_the_eval_reads(rows: list[dict[str, object]]) -> None:
    for r in rows:
        assert {"id", "line", "set", "source", "claim", "label", "subtype", "change"} <= r.keys(), (
            r["id"]
        )
        assert r["set"] in ("original", "drift", "control")
        assert r["label"] in ("faithful", *KINDS)
        assert str(r["source"]).strip() and DEVANAGARI.search(str(r["claim"])), r["id"]
        assert (r["label"] == "faithful") == (r["set"] != "drift"), r["id"]


def test_every_kind_has_enough_rows(rows: list[dict[str, object]]) -> None:
    counts = Counter(str(r["label"]) for r in rows if r["set"] == "drift")
    short = {k: counts[k] for k in KINDS if counts[k] < MIN_PER_KIND}
    assert short == {}
    assert sum(r["set"] == "original" for r in rows) >= MIN_FAITHFUL


def test_every_kind_mixes_several_edits(rows: list[dict[str, object]]) -> None:
    """A kind built from one trick (only years, only नहीं insertions) would measure little."""
    for kind in KINDS:
        subtypes = Counter(str(r["subtype"]) for r in rows if r["label"] == kind)
        if kind == "attribution":
            continue  # one edit by construction: the speaker
        assert len(subtypes) >= 2, kind
        assert max(subtypes.values()) <= 0.8 * sum(subtypes.values()), (kind, subtypes)


def test_changed_rows_point_at_their_untouched_pair(
    rows: list[dict[str, object]], bases: dict[str, dict[str, object]]
) -> None:
    for r in rows:
        if r["set"] == "original":
            continue
        base = bases[str(r["base"])]
        assert base["source"] == r["source"], r["id"]
        assert base["line"] == r["line"], r["id"]


def test_each_drifted_claim_differs_from_its_base_by_one_edit(
    rows: list[dict[str, object]], bases: dict[str, dict[str, object]]
) -> None:
    for r in rows:
        if r["set"] == "original" or "speaker" in r:
            continue
        edits = _edits(str(bases[str(r["base"])]["claim"]), str(r["claim"]))
        # turning a question into a statement drops "क्या" and the "?": one change, two places
        allowed = 2 if r["subtype"] == "question-statement" else 1
        assert 1 <= len(edits) <= allowed, (r["id"], edits)


def test_attribution_rows_change_only_the_speaker(
    rows: list[dict[str, object]], bases: dict[str, dict[str, object]]
) -> None:
    speakers = [r for r in rows if "speaker" in r]
    assert any(r["label"] == "attribution" for r in speakers)
    assert any(r["label"] == "faithful" for r in speakers)
    for r in speakers:
        assert r["claim"] == bases[str(r["base"])]["claim"], r["id"]
        assert str(r["author"]).strip() and DEVANAGARI.search(str(r["speaker"])), r["id"]
        assert str(r["handle"]).startswith("@"), r["id"]


def test_number_and_date_edits_touch_a_figure_the_english_states(
    rows: list[dict[str, object]],
) -> None:
    """A value change needs the value on both sides; otherwise the pair proves nothing."""
    for r in rows:
        if r["label"] == "number" and r["subtype"] in ("value", "percent"):
            old = str(r["change"]).split(" → ")[0]
            if re.fullmatch(r"[0-9][0-9,.]*", old):
                assert old.replace(",", "") in str(r["source"]).replace(",", ""), r["id"]
        if r["label"] == "date" and r["subtype"] in ("year", "decade"):
            old = str(r["change"]).split(" → ")[0]
            assert old in str(r["source"]), r["id"]
