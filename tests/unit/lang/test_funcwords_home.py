"""The function-word table is the one home of the negators, the words of doubt and the round
orders (issue 11): the checks read them from it, and no module spells them out again."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import verifier
from verifier.drift.negation import _negations
from verifier.lang.funcwords import load_function_words

PACKAGE = Path(verifier.__file__).parent
DRIFT = PACKAGE / "drift"
"""The checks that once kept their own copies (hedges, number_check, negation). Elsewhere
the same words play other parts: "millions" as a scale of a figure, "believes" as a verb
of reporting."""


def _string_constants() -> list[tuple[Path, str]]:
    """Every string literal of the drift checks that is not a bare string (a docstring)."""
    out: list[tuple[Path, str]] = []
    for path in sorted(DRIFT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # Docstrings, attribute docstrings and other bare strings document; they are no home.
        docstrings = {
            id(node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        }
        out.extend(
            (path, node.value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        )
    return out


@pytest.mark.parametrize("category", ["order", "doubt"])
def test_orders_and_words_of_doubt_are_written_only_in_the_table(category: str) -> None:
    table = load_function_words()
    # Hindi forms of doubt (मानना for "believe") are ordinary verbs that other rules name.
    hindi = set(table.forms(category, "hi")) if category == "order" else set()
    english = {f for f in table.forms(category, "en") if " " in f or len(f) > 7}
    assert english
    for path, literal in _string_constants():
        spelled = [w for w in hindi if w in literal] + [w for w in english if w in literal.lower()]
        assert spelled == [], f"{path.relative_to(PACKAGE)} spells {spelled} of '{category}'"


def test_every_one_word_negator_of_the_table_negates() -> None:
    table = load_function_words()
    negators = [
        f for f in table.forms("negation", "hi") if " " not in f and f not in ("मत", "रहित")
    ]
    assert "नहीं" in negators and "बिना" in negators
    for word in negators:
        text = f"वह {word} आया"
        assert [m.group(0) for m in _negations(text, 0, len(text), hindi=True)] == [word]
