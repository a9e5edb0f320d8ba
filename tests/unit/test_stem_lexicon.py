"""Stemmers and the English→Hindi lexicon, on inflections Hindi news uses every day."""

from __future__ import annotations

from importlib import resources

import pytest

from verifier.lexicon import STOP_HI, load_lexicon, parse_lines
from verifier.stem import fold_hi, stem_en, stem_hi


@pytest.mark.parametrize(
    "forms",
    [
        ("संबंध", "संबंधों"),
        ("बढ़ाना", "बढ़ाने", "बढ़ाया"),
        ("देश", "देशों"),
        ("मिलना", "मिलकर"),
        ("सहयोग", "सहयोगों"),
        ("चुनाव", "चुनावों"),
        ("फ़रवरी", "फरवरी"),  # nukta spelled or not
        ("सम्बन्ध", "संबंध"),  # half nasal or anusvara
    ],
)
def test_inflected_hindi_forms_share_a_stem(forms: tuple[str, ...]) -> None:
    assert len({stem_hi(f) for f in forms}) == 1


def test_short_words_are_not_destroyed() -> None:
    assert stem_hi("है") == fold_hi("है")
    assert len(stem_hi("मंत्री")) >= 3


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("talked", "talk"),
        ("ties", "tie"),
        ("countries", "country"),
        ("met", "meet"),
        ("said", "say"),
    ],
)
def test_english_lemmas(word: str, lemma: str) -> None:
    assert stem_en(word) == lemma


def test_lexicon_finds_inflected_translations_in_both_directions() -> None:
    lex = load_lexicon()
    assert stem_hi("सहयोग") in lex.hindi_keys("cooperation")
    assert stem_hi("बातचीत") in lex.hindi_keys("talked") or stem_hi("बात") in lex.hindi_keys(
        "talked"
    )
    assert "cooperation" in lex.english_keys("सहयोगों")
    # comparatives and superlatives fall back to their base
    assert lex.hindi_keys("smaller") == lex.hindi_keys("small") != frozenset()


def test_names_are_not_taken_for_inflections_of_lexicon_words() -> None:
    lex = load_lexicon()
    assert lex.knows_hindi("सहयोगों")
    assert not lex.knows_hindi("मेलानी")  # not an inflection of मेल


def test_lexicon_is_large_and_every_data_line_is_well_formed() -> None:
    folder = resources.files("verifier") / "data" / "lexicon"
    total = 0
    for item in folder.iterdir():
        if not item.name.endswith(".tsv"):
            continue
        entries = list(parse_lines(item.read_text(encoding="utf-8").splitlines(), item.name))
        total += len(entries)
        for e in entries:
            assert e.english == e.english.strip().casefold()
            for form in e.hindi:
                assert not any("a" <= ch.casefold() <= "z" for ch in form), (item.name, e)
    assert total >= 3000
    assert len(load_lexicon()) >= 3000


def test_malformed_line_is_reported_with_its_place() -> None:
    with pytest.raises(ValueError, match="x.tsv:2"):
        list(parse_lines(["# header", "meet\tv"], "x.tsv"))


def test_light_verbs_are_function_words() -> None:
    assert fold_hi("देना") in STOP_HI and fold_hi("होना") in STOP_HI
