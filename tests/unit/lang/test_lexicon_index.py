"""The lexicon's prebuilt index: up to date with the TSV files, read only when first used,
and giving the same look-ups as a lexicon stemmed at start-up."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from importlib import resources

import pytest

from verifier.lang.lexicon import (
    INDEX_FILE,
    Lexicon,
    index_entries,
    parse_index,
    parse_lines,
    read_sources,
    render_index,
)

_FOLDER = resources.files("verifier") / "data" / "lexicon"
_REBUILD = "python verifier/data/lexicon/build.py"


def test_index_is_built_from_the_current_tsv_files() -> None:
    built = render_index(read_sources(_FOLDER))
    shipped = (_FOLDER / INDEX_FILE).read_text(encoding="utf-8")
    assert built == shipped, f"{INDEX_FILE} is stale: run {_REBUILD}"


def test_no_row_is_repeated_within_a_language() -> None:
    rows = Counter((e.lang, e.english, e.pos, e.hindi) for e in read_sources(_FOLDER))
    assert [row for row, n in rows.items() if n > 1] == []


# Reports every file opened in the lexicon's data folder, before and after the first look-up.
_PROBE = """
import os, sys
opened = []
data = os.path.join("data", "lexicon", "")
sys.addaudithook(lambda event, args: event == "open" and data in str(args[0])
                 and opened.append(os.path.basename(args[0])))
import verifier.lang.lexicon as lexicon
print(sorted(opened))
lexicon.load_lexicon().hindi_keys("meeting")
print(sorted(opened))
"""


def test_import_reads_nothing_and_first_use_reads_only_the_index() -> None:
    run = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120, check=True
    )
    at_import, after_use = run.stdout.splitlines()
    assert at_import == "[]"
    assert after_use == f"[{INDEX_FILE!r}]"


_SAMPLE = """
foreign minister	n	विदेश मंत्री|विदेशमंत्री
meet	v	मिलना|मुलाकात की|भेंट-वार्ता
company	n	कंपनी|कम्पनी
go	v	जाना|गया
crowd	n	भीड़-भाड़|भीड़
"""


@pytest.fixture(scope="module")
def pair() -> tuple[Lexicon, Lexicon]:
    entries = list(parse_lines(_SAMPLE.strip().splitlines(), "hi/sample.tsv"))
    stemmed_now = Lexicon(entries)
    from_index = Lexicon(*parse_index(render_index(entries)))
    return stemmed_now, from_index


@pytest.mark.parametrize(
    ("english", "hindi"),
    [
        ("The foreign minister met them", "विदेश मंत्री ने उनसे मुलाकात की"),
        ("companies", "कंपनियों की भीड़-भाड़"),
        ("He went home", "वह घर गया"),
    ],
)
def test_index_gives_the_same_matches_as_stemming_at_start_up(
    pair: tuple[Lexicon, Lexicon], english: str, hindi: str
) -> None:
    stemmed_now, from_index = pair
    assert from_index.translation_matches(english, hindi) == stemmed_now.translation_matches(
        english, hindi
    )
    for word in hindi.split():
        assert from_index.english_keys(word) == stemmed_now.english_keys(word)
        assert from_index.knows_hindi(word) == stemmed_now.knows_hindi(word)
    for word in english.split():
        assert from_index.hindi_keys(word) == stemmed_now.hindi_keys(word)


def test_index_round_trip_keeps_every_row_and_table(pair: tuple[Lexicon, Lexicon]) -> None:
    stemmed_now, from_index = pair
    assert from_index.entries == stemmed_now.entries
    read, built = (
        parse_index(render_index(stemmed_now.entries))[1],
        index_entries(from_index.entries),
    )
    assert read.keys == built.keys and read.en_stems == built.en_stems
    assert {k: set(v) for k, v in read.seqs.items()} == {k: set(v) for k, v in built.seqs.items()}
    assert (read.hindi_forms, read.forms) == (built.hindi_forms, built.forms)


def test_an_index_of_another_format_is_refused() -> None:
    with pytest.raises(ValueError, match="not a lexicon index of format 1"):
        parse_index('{"format": 0}')
