"""The English→Hindi lexicon, its sentence-pair matcher and the function-word classes."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from verifier.lang.funcwords import FILE as FUNCTION_WORDS_FILE
from verifier.lang.funcwords import WordClass, load_function_words, parse_rows
from verifier.lang.languages import CODES
from verifier.lang.lexicon import (
    POS,
    STOP_HI,
    Lexicon,
    load_lexicon,
    parse_lines,
    translation_matches,
)
from verifier.lang.stem import fold_hi, stem_hi


def _lexicon(*tsv: str) -> Lexicon:
    """A small lexicon from inline TSV texts, one per pretend file."""
    entries = []
    for n, text in enumerate(tsv):
        entries.extend(parse_lines(text.strip().splitlines(), f"f{n}.tsv"))
    return Lexicon(entries)


def _pairs(matches: list) -> set[tuple[str, str]]:
    return {(m.english, m.hindi) for m in matches}


# --- loading and merging -------------------------------------------------------------


def test_shipped_lexicon_is_large_and_reads_every_file() -> None:
    lex = load_lexicon()
    assert len(lex) >= 5000
    assert {e.source for e in lex.entries} == set(_tsv_files())
    assert load_lexicon() is lex  # built once


def test_the_folder_tells_the_language_of_a_row() -> None:
    lex = load_lexicon()
    assert {e.lang for e in lex.entries} == {"hi", *CODES} - {"ur"}
    assert all(e.source.startswith(e.lang + "/") for e in lex.entries)
    # वाढदिवस is Marathi for birthday, not a Hindi word
    assert [e.lang for e in lex.entries if "वाढदिवस" in e.hindi] == ["mr"]


def test_only_stance_rows_of_the_function_word_table_are_content_entries() -> None:
    lex = load_lexicon()
    from_table = {e.english for e in lex.entries if e.source == FUNCTION_WORDS_FILE}
    assert "concerned" in from_table and "welcome" in from_table
    assert "may" not in from_table and "not" not in from_table


def test_duplicate_english_lemmas_from_two_files_are_merged() -> None:
    lex = _lexicon("meeting\tn\tबैठक|मीटिंग", "meeting\tn\tमुलाकात|भेंट")
    assert lex.hindi_keys("meeting") == {stem_hi(w) for w in ("बैठक", "मीटिंग", "मुलाकात", "भेंट")}
    assert lex.english_keys("भेंट") == {"meeting"} == lex.english_keys("मीटिंग")


def test_lexicon_is_read_only() -> None:
    lex = _lexicon("meet\tv\tमिलना")
    with pytest.raises(AttributeError):
        lex.entries = ()  # type: ignore[misc]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("meet\tv", "x.tsv:2: expected"),
        ("meet\tverb\tमिलना", "x.tsv:2: unknown part of speech"),
        ("\tv\tमिलना", "x.tsv:2: empty"),
        ("meet\tv\t | ", "x.tsv:2: empty"),
    ],
)
def test_malformed_line_is_reported_with_its_place(line: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        list(parse_lines(["# header", line], "x.tsv"))


# --- look-ups ------------------------------------------------------------------------


def test_inflected_words_find_their_entries_in_both_directions() -> None:
    lex = load_lexicon()
    assert stem_hi("सहयोग") in lex.hindi_keys("cooperation")
    assert "cooperation" in lex.english_keys("सहयोगों")
    assert lex.hindi_keys("talked") & {stem_hi("बातचीत"), stem_hi("बात")}
    assert lex.hindi_keys("met") & {stem_hi("मुलाकात"), stem_hi("मिलना")}
    assert lex.hindi_keys("countries") == lex.hindi_keys("country") != frozenset()
    assert lex.hindi_keys("smaller") == lex.hindi_keys("small") != frozenset()
    assert lex.hindi_keys("qwertyuiop") == frozenset()


def test_plural_of_a_noun_that_ends_like_a_verb_finds_its_entry() -> None:
    lex = _lexicon("company\tn\tकंपनी|कम्पनी", "plan\tn\tयोजना")
    assert lex.english_keys("कंपनियों") == {"company"}
    assert lex.english_keys("योजनाओं") == {"plan"}
    assert lex.knows_hindi("कंपनियों")


def test_names_are_not_taken_for_inflections_of_lexicon_words() -> None:
    lex = load_lexicon()
    assert lex.knows_hindi("सहयोगों")
    assert not lex.knows_hindi("मेलानी")  # not an inflection of मेल


def test_english_phrases_are_looked_up_by_their_lemmas() -> None:
    lex = load_lexicon()
    keys = lex.lookup_phrase_en(["prime", "minister"])
    assert stem_hi("प्रधानमंत्री") in keys
    assert lex.lookup_phrase_en(["Prime", "Ministers"]) == keys
    assert lex.lookup_phrase_en(["minister", "prime"]) == frozenset()


def test_function_words_are_not_content_words() -> None:
    lex = load_lexicon()
    for word in ("the", "not", "may", "very", "all", "didn't"):
        assert lex.is_function_word(word), word
    for word in ("minister", "talks", "concerned"):
        assert not lex.is_function_word(word), word


# --- translation_matches -------------------------------------------------------------


def test_sentence_pair_matches_words_and_phrases_with_their_spans() -> None:
    en = "Jaishankar met his Canadian counterpart and discussed ways to take forward trade ties."
    hi = "जयशंकर ने अपनी कनाडाई समकक्ष से मुलाकात की और व्यापार संबंधों को आगे बढ़ाने के तरीकों पर चर्चा की।"
    matches = translation_matches(en, hi)
    found = _pairs(matches)
    assert {("counterpart", "समकक्ष"), ("discussed", "चर्चा"), ("ways", "तरीकों")} <= found
    assert ("take forward", "आगे बढ़ाने") in found
    assert ("trade ties", "व्यापार संबंधों") in found
    # a phrase wins over its words: "take" and "ties" are not matched on their own
    assert not any(m.english in ("take", "ties", "trade") for m in matches)
    for m in matches:
        assert en[slice(*m.en_span)] == m.english and hi[slice(*m.hi_span)] == m.hindi


def test_multiword_hindi_forms_must_be_consecutive() -> None:
    lex = _lexicon("foreign minister\tn\tविदेश मंत्री")
    assert _pairs(lex.translation_matches("The foreign minister", "विदेश मंत्री ने कहा")) == {
        ("foreign minister", "विदेश मंत्री")
    }
    assert lex.translation_matches("The foreign minister", "मंत्री ने विदेश में कहा") == []


def test_stopword_forms_and_stopword_tokens_do_not_match() -> None:
    lex = _lexicon("go\tv\tजाना|गया|गई", "tax\tn\tकर|टैक्स")
    # गया is also the auxiliary of every passive: it licenses nothing on its own
    assert lex.translation_matches("He went home", "वह घर गया") == []
    # कर here is the absolutive "having done", not "tax"
    assert lex.translation_matches("tax", "वह काम कर चुका है") == []
    assert _pairs(lex.translation_matches("a new tax", "नया टैक्स लगा")) == {("tax", "टैक्स")}


def test_function_words_and_unknown_words_give_no_matches() -> None:
    assert translation_matches("the of and not", "का की के नहीं") == []
    assert translation_matches("", "") == []
    assert translation_matches("Zxqv", "ज़्क्ख") == []


def test_hostile_input_is_handled_in_bounded_time() -> None:
    en = "minister " * 5_000
    hi = "मंत्री " * 5_000
    assert len(translation_matches(en[:2_000], hi[:100])) > 0
    assert translation_matches("\x00\ufffd" * 1_000, "\u093c\u094d" * 1_000) == []


# --- function-word classes -----------------------------------------------------------


def test_negators_in_both_languages() -> None:
    negation = load_function_words()["negation"]
    assert {"not", "no", "never", "without", "nobody", "neither", "nor"} <= set(negation.en)
    assert {fold_hi(w) for w in ("नहीं", "न", "मत", "बिना", "बग़ैर", "रहित")} <= set(negation.hi)


def test_strengths_order_claims_from_weak_to_strong() -> None:
    fw = load_function_words()
    modals, quantifiers, intensifiers = fw["modal"], fw["quantifier"], fw["intensifier"]
    hedges, bounds = fw["hedge"], fw["bound"]

    def en(cls: WordClass, word: str) -> float:
        value = cls.strength(word, "en")
        assert value is not None, word
        return value

    assert en(modals, "might") < en(modals, "may") < en(modals, "will") < en(modals, "must")
    assert en(quantifiers, "few") < en(quantifiers, "some") < en(quantifiers, "many")
    assert en(quantifiers, "many") < en(quantifiers, "most") < en(quantifiers, "all")
    assert en(intensifiers, "slightly") < en(intensifiers, "very") < en(intensifiers, "extremely")
    assert en(hedges, "alleged") < en(hedges, "according to")
    assert bounds.strength("at least", "en") == 1 and bounds.strength("up to", "en") == -1
    # Hindi forms shared by several English rows get a middle value
    assert en(modals, "might") < modals.strength("सकता", "hi") < en(modals, "can")  # type: ignore[operator]
    assert modals.strength("शायद", "hi") < modals.strength("ज़रूर", "hi")  # type: ignore[operator]
    assert quantifiers.strength("सभी", "hi") == 1.0


def test_finder_takes_the_longest_phrase_and_reads_the_future_tense() -> None:
    fw = load_function_words()
    hits = fw.find("कम से कम 20 लोगों की मौत हो सकती है, सरकार जांच करेगी", "hi")
    got = {(h.text, h.category) for h in hits}
    assert ("कम से कम", "bound") in got
    assert not any(h.text == "कम" for h in hits)  # not "few"
    assert ("सकती", "modal") in got
    assert ("करेगी", "modal") in got  # future = will
    assert not fw.find("योगी और उनके सहयोगी", "hi")  # nouns in -ोगी are not futures
    en = {(h.text, h.category) for h in fw.find("We didn't say it will never happen", "en")}
    assert {("didn't", "negation"), ("will", "modal"), ("never", "negation")} <= en
    assert ("never", "frequency") in en


def test_may_to_will_is_a_strengthening_in_the_finder() -> None:
    fw = load_function_words()
    post = [
        h.strength for h in fw.find("Talks may resume next week", "en") if h.category == "modal"
    ]
    hi = [h.strength for h in fw.find("बातचीत अगले हफ्ते फिर शुरू होगी", "hi") if h.category == "modal"]
    assert post and hi and max(hi) > max(post)


# --- the data files ------------------------------------------------------------------

_FOLDER = resources.files("verifier") / "data" / "lexicon"
_ALLOWED_HI = set(" -\u200c\u200d")


def _tsv_files() -> list[str]:
    """Every data file, as ``<lang>/<name>.tsv``."""
    return sorted(
        f"{d.name}/{p.name}"
        for d in _FOLDER.iterdir()
        if d.is_dir()
        for p in d.iterdir()
        if p.name.endswith(".tsv")
    )


@pytest.mark.parametrize("name", _tsv_files())
def test_every_data_line_is_well_formed(name: str) -> None:
    text = _FOLDER.joinpath(*name.split("/")).read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("#") and "licen" in lines[0].casefold(), "header with licence"
    if name == FUNCTION_WORDS_FILE:
        rows = list(parse_rows(lines, name))
        entries = [(r.english, r.pos, r.hindi) for r in rows]
    else:
        # Forms of other scripts are read in Devanagari letters (``citation_deva``).
        entries = [(e.english, e.pos, e.hindi) for e in parse_lines(lines, name, name[:2])]
    assert entries
    for english, pos, hindi in entries:
        where = f"{name}: {english}"
        assert english == english.strip().casefold() and "  " not in english, where
        assert all(ch.isascii() for ch in english), where
        assert pos in POS, where
        for form in hindi:
            assert unicodedata.normalize("NFC", form) == form, f"{where}: {form} not NFC"
            bad = [ch for ch in form if not ("\u0900" <= ch <= "\u097f" or ch in _ALLOWED_HI)]
            assert not bad, f"{where}: {form!r} has {bad}"
            assert not any("\u0966" <= ch <= "\u096f" for ch in form), f"{where}: digit"
            assert form == form.strip() and "  " not in form, f"{where}: spacing in {form!r}"


def test_every_content_form_is_searchable() -> None:
    """A form whose every word is a stopword can never be matched; a few are fine as
    documentation, but an entry made only of them is useless to the aligner."""
    lex = load_lexicon()
    useless = [
        e.english
        for e in lex.entries
        if all(all(fold_hi(w) in STOP_HI for w in f.split()) for f in e.hindi)
        and not lex.is_function_word(e.english)
    ]
    assert len(useless) <= 40, useless
