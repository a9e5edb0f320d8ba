"""The shared table reader (``languages.reading``) reads Marathi from its table's rows."""

from __future__ import annotations

import pytest

from verifier.lang.languages import get, reading


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("पक्षाच्या", "पक्षा"),  # -च्या after the oblique vowel
        ("भारतात", "भारता"),  # the locative -त after a vowel
        ("शुभेच्छांचा", "शुभेच्छा"),  # the oblique plural's nasal goes
        ("शेतकऱ्यांना", "शेतकरी"),  # -्या of an -ी noun, ऱ read as र
        ("रस्त्यावर", "रस्ता"),  # -्या of an -ा noun
        ("सेहवागनेही", "सेहवाग"),  # "also" and the ergative
    ],
)
def test_marathi_endings_come_off_by_its_table(word: str, stem: str) -> None:
    table = get("mr")
    assert table is not None
    assert stem in reading.native_stems(word, table)


def test_a_marathi_stem_never_ends_in_a_virama() -> None:
    table = get("mr")
    assert table is not None
    assert "हल्" not in reading.native_stems("हल्ला", table)
    # Tamil stems may: the rule is Marathi's row, not the reader's.
    tamil = get("ta")
    assert tamil is not None and tamil.stem_ends_in_virama


def test_a_locative_t_is_cut_only_after_a_vowel() -> None:
    table = get("mr")
    assert table is not None
    assert reading.native_stems("भारत", table) == ["भारत"]


@pytest.mark.parametrize(
    ("word", "code", "stem"),
    [
        ("நினைக்கிறேன்", "ta", "நினை"),  # present, first person
        ("அறிவித்தார்", "ta", "அறிவி"),  # past, honorific
        ("చెప్పారు", "te", "చెప్ప"),  # past, honorific
        ("ವೀಕ್ಷಿಸುತ್ತಾರೆ", "kn", "ವೀಕ್ಷಿಸು"),  # non-past, honorific
        ("ചെയ്യുന്നു", "ml", "ചെയ്യ"),  # present
    ],
)
def test_verb_endings_come_off_to_the_stem_the_lexicon_lists(
    word: str, code: str, stem: str
) -> None:
    table = get(code)
    assert table is not None
    assert stem in reading.native_stems(word, table)


def test_a_malayalam_case_ending_with_a_chillu_comes_off() -> None:
    # സർക്കാരിൽ is read സര്ക്കാരില്: the ending ിൽ must be read the same way to be cut.
    table = get("ml")
    assert table is not None
    stems = reading.native_stems("സർക്കാരിൽ", table)
    assert "സര്ക്കാര" in stems


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("மகிழ்ச்சியுடனும்", "மகிழ்ச்சி"),  # -உடன் + -உம்: the pulli comes back, then -உடன் goes
        ("அனைவருக்கும்", "அனைவர"),  # dative + -உம்
        ("வலைதளங்களில்", "வலைதள"),  # the plural of a -ம் noun
    ],
)
def test_tamil_endings_before_and_after_the_clitic_um(word: str, stem: str) -> None:
    table = get("ta")
    assert table is not None
    assert stem in reading.native_stems(word, table)


def test_a_tamil_citation_form_meets_its_inflected_form_without_the_pulli() -> None:
    assert reading.citation_deva("பின்தொடர்", "ta") in reading.deva_stems("பின்தொடரும்", "ta")


@pytest.mark.parametrize(
    ("word", "code", "stem"),
    [
        ("முக்கியமான", "ta", "முக்கிய"),  # -ஆன after a -ம் noun
        ("ശക്തമായ", "ml", "ശക്ത"),  # -ആയ
        ("ಬಲವಾದ", "kn", "ಬಲ"),  # -ಆದ
        ("బలమైన", "te", "బల"),  # -ఐన
    ],
)
def test_adjective_makers_come_off_to_the_noun(word: str, code: str, stem: str) -> None:
    table = get(code)
    assert table is not None
    assert stem in reading.native_stems(word, table)
