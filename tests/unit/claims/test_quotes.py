"""Quotation marks of the languages news is written in, paired into quotations."""

from __future__ import annotations

import pytest

from verifier.claims.quotes import find_quotes


def _inner(text: str) -> list[str]:
    return [q.inner.slice(text).strip() for q in find_quotes(text) if q.closed]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French guillemets with the (no-break) spaces French typography puts inside
        (
            "Le ministre a déclaré : « Nous ne céderons pas » devant la presse.",
            ["Nous ne céderons pas"],
        ),
        ("Il a écrit :\u00a0«\u00a0Merci à tous\u00a0» hier soir.", ["Merci à tous"]),
        ("Elle répond ‹ oui › puis s’en va.", ["oui"]),
        # German low-high quotes and reversed guillemets
        ("Er sagte: „Wir geben nicht auf“ und ging.", ["Wir geben nicht auf"]),
        ("Sie schrieb »Hallo Welt« dazu.", ["Hallo Welt"]),
        # English: a straight quote closes before its attribution
        (
            '"The results were clear," Brigitta Stodden tells me at the lab. "We saw it."',
            ["The results were clear,", "We saw it."],
        ),
        # Hindi: the mark after a cue's comma opens the quotation
        ("उन्होंने लिखा,’ बिना किसी डर के आगे बढ़ो’ और चले गए।", ["बिना किसी डर के आगे बढ़ो"]),
    ],
)
def test_quotations_close_where_the_language_closes_them(text: str, expected: list[str]) -> None:
    assert _inner(text) == expected


def test_a_french_quotation_does_not_run_past_its_closing_mark() -> None:
    text = "« Premier » dit-il, et plus loin « second » encore, puis la suite du texte."
    assert _inner(text) == ["Premier", "second"]
    assert all(q.closed for q in find_quotes(text))


def test_guillemets_do_not_pair_with_other_marks() -> None:
    text = "Il cite « un mot “entre” deux » ici."
    assert "un mot “entre” deux" in _inner(text)


@pytest.mark.timeout(60)
def test_many_stray_closing_marks_after_a_cue_are_read_in_linear_time() -> None:
    # Issue 14: a cue followed by 100,000 closing marks took minutes (each mark rescanned
    # the paragraph for the cue).
    text = "मोदी ने कहा, " + "’" * 100_000
    quotes = find_quotes(text)
    assert quotes
