"""The per-language tables of Indian news and the shared readers that use them."""

from __future__ import annotations

import pytest

from verifier.drift import judge
from verifier.lang import regional
from verifier.lang.dates.find import find_dates
from verifier.lang.indic_script import to_devanagari
from verifier.lang.languages import CODES, get
from verifier.lang.lexicon import load_lexicon
from verifier.lang.numbers.find import find_numbers
from verifier.lang.textnorm import detect_language
from verifier.match.anchors import NEGATION_KEY, profile
from verifier.match.pairs import match_profiles


@pytest.mark.parametrize("code", CODES)
def test_every_language_has_its_words(code: str) -> None:
    lang = get(code)
    assert lang is not None and lang.code == code
    assert lang.stop and lang.negation and lang.speech_cues and lang.quotes
    assert lang.number_words and lang.scale_words and lang.relative_days


@pytest.mark.parametrize(
    ("word", "code", "stem"),
    [
        ("அமைச்சகத்தின்", "ta", "अमैच्चग"),  # the ministry's: -த்தின் cut
        ("ప్రభుత్వానికి", "te", "प्रभुत्व"),  # to the government
        ("ಅಮೆರಿಕದ", "kn", "अमेरिक"),  # America's
        ("സർക്കാരിന്റെ", "ml", "सर्क्कार"),  # the government's (chillu read as र्)
        ("ભારતમાં", "gu", "भारत"),  # in India
        ("नेपालमा", "ne", "नेपाल"),  # in Nepal
    ],
)
def test_glued_endings_come_off(word: str, code: str, stem: str) -> None:
    assert stem in regional.analyse(word, code).forms


@pytest.mark.parametrize(
    ("word", "code"),
    [("செய்யவில்லை", "ta"), ("లేదు", "te"), ("ಮಾಡಲಿಲ್ಲ", "kn"), ("ചെയ്തില്ല", "ml"),
     ("નથી", "gu"), ("ਨਹੀਂ", "pa"), ("ନାହିଁ", "or"), ("छैन", "ne")],
)  # fmt: skip
def test_negators_are_read_as_negation(word: str, code: str) -> None:
    assert regional.analyse(word, code).negation


def test_a_citation_form_meets_its_inflected_form_in_the_lexicon() -> None:
    """Tamil அமைச்சகம் (ministry) in the lexicon, அமைச்சகத்தின் in the text."""
    claim = profile("அமைச்சகத்தின் அறிக்கை", "ta")
    post = profile("The ministry's report", "en")
    matched = {claim.tokens[j].text for _, j, _ in match_profiles(post, claim).pairs}
    assert "அமைச்சகத்தின்" in matched


def test_cldr_rows_give_country_names_in_their_own_key_space() -> None:
    keys = load_lexicon().hindi_keys("germany")
    assert any(k.startswith("ta:") for k in keys)  # ஜெர்மனி, from CLDR
    claim = profile("ஜெர்மனியில் தேர்தல்", "ta")
    post = profile("Elections in Germany", "en")
    matched = {claim.tokens[j].text for _, j, _ in match_profiles(post, claim).pairs}
    assert "ஜெர்மனியில்" in matched


def test_another_language_s_word_does_not_make_a_hindi_name_known() -> None:
    """Malayalam ജോലി (job) reads जोलि: the Hindi surname जोली must stay a name."""
    lex = load_lexicon()
    assert not lex.knows_hindi("जोली")
    assert lex.english_keys("जोली") == frozenset()


def test_tamil_letters_read_as_they_sound() -> None:
    assert to_devanagari("ஒபாமா") == "ओबामा"  # p between vowels is b
    assert to_devanagari("சாரா") == "सारा"  # a word-initial ச is s


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [("15 ஜனவரி 2020 அன்று", 1, 15), ("5 মার্চ 2021", 3, 5), ("జనవరిలో ఎన్నికలు", 1, None)],
)
def test_months_of_other_scripts_are_dates(text: str, month: int, day: int | None) -> None:
    found = find_dates(text, "und")
    assert [(d.month, d.day) for d in found] == [(month, day)]


def test_a_changed_month_is_a_different_date() -> None:
    a = find_dates("ஜனவரியில் நடந்தது", "ta")
    b = find_dates("மார்ச்சில் நடந்தது", "ta")
    assert [d.month for d in a] == [1] and [d.month for d in b] == [3]


def test_weekdays_and_relative_days_of_other_scripts() -> None:
    assert [d.weekday for d in find_dates("সোমবার তিনি বলেন", "bn")] == [1]
    assert [d.relative_days for d in find_dates("நேற்று அவர் கூறினார்", "ta")] == [-1]


def test_nepali_is_told_from_hindi() -> None:
    assert detect_language("उनले नेपालमा भएको निर्वाचनमा भाग लिएका थिए।") == "ne"
    assert detect_language("उन्होंने कहा कि चुनाव में भाग लिया था।") == "hi"


def test_a_negated_tamil_rendering_offers_the_negation_key() -> None:
    prof = profile("அவர் வரவில்லை", "ta")
    assert frozenset({NEGATION_KEY}) in prof.keys


@pytest.mark.parametrize(
    ("text", "code", "value", "qualifier"),
    [
        ("1000க்கும் மேற்பட்ட மக்கள்", "ta", 1000, "more-than"),  # a case ending glued to it
        ("சுமார் 40 பேர்", "ta", 40, "about"),
        ("তিনটি দেশ", "bn", 3, None),  # a classifier glued to the numeral
        ("کم از کم دو افراد", "ur", 2, "at-least"),
        ("ఐదు లక్షల మంది", "te", 500_000, None),
        ("ஒன்பதாவது நாள்", "ta", 9, None),
    ],
)
def test_numbers_of_other_languages(
    text: str, code: str, value: int, qualifier: str | None
) -> None:
    found = find_numbers(text, code)
    assert [(n.value, n.qualifier) for n in found] == [(value, qualifier)]


def test_percent_words_of_other_languages() -> None:
    assert [n.kind for n in find_numbers("8 சதவீதம் பேர்", "ta")] == ["percent"]
    assert [n.kind for n in find_numbers("৫০ শতাংশ মানুষ", "bn")] == ["percent"]


def test_a_name_with_digits_is_still_not_a_quantity() -> None:
    assert find_numbers("4G phones and H5N1", "en") == []


def test_the_judge_reads_a_negation_added_in_tamil_and_bengali() -> None:
    post = "The minister said the bridge was safe."
    faithful = judge(post, "பாலம் பாதுகாப்பானது என்று அமைச்சர் கூறினார்.", post_lang="en", claim_lang="ta")
    negated = judge(post, "பாலம் பாதுகாப்பானது இல்லை என்று அமைச்சர் கூறினார்.", post_lang="en",
                    claim_lang="ta")  # fmt: skip
    assert not any(f.kind == "negation" for f in faithful.findings)
    assert any(f.kind == "negation" for f in negated.findings)
    dropped = judge("The bridge was not safe.", "সেতুটি নিরাপদ ছিল।", post_lang="en", claim_lang="bn")
    assert any(f.kind == "negation" for f in dropped.findings)


def test_figures_in_the_script_s_own_digits_are_the_same_figures() -> None:
    post = "Throughout 1960s, he worked for John F. Kennedy as his advisor."
    claim = "௧௯௬௦ முழுவதும் ஜான் எஃப். கென்னடியிடம் ஆலோசகராகப் பணிபுரிந்தார்."
    assert not judge(post, claim, post_lang="en", claim_lang="ta").findings


def test_a_negation_in_a_tamil_verb_form_is_not_called_missing() -> None:
    """Tamil negates in the verb (பாதுகாப்பற்றது, "unsafe"): a negator the reader does not see
    is not reported as dropped; one the rendering adds is."""
    post = "The bridge was not safe."
    claim = "பாலம் பாதுகாப்பற்றதாக இருந்தது."
    assert not any(
        f.kind == "negation" for f in judge(post, claim, post_lang="en", claim_lang="ta").findings
    )
