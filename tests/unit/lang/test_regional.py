"""Marathi, Bengali and Urdu words and sentences meet their English source like Hindi does."""

from __future__ import annotations

import pytest

from verifier.lang.indic_script import to_devanagari
from verifier.lang.regional import analyse, looks_marathi
from verifier.lang.urdu import lexicon_stems_by_skeleton, skeleton, ur_to_deva
from verifier.match.anchors import NEGATION_KEY, profile
from verifier.match.pairs import match_profiles


def _lexical(text: str, lang: str) -> set[str]:
    return {k for keys in profile(text, lang).keys for k in keys if k[:2] in ("L:", "G:")}


def _shares_key(english: str, word: str, lang: str) -> bool:
    return bool(_lexical(english, "en") & _lexical(word, lang))


# --- stemming: case endings glued to nouns -----------------------------------------------


@pytest.mark.parametrize(
    ("english", "word"),
    [
        ("party", "पक्षाच्या"),  # भाजप पक्षाच्या नेत्यांनी
        ("victory", "विजयाबद्दल"),  # विजयाबद्दल अभिनंदन
        ("birthday", "वाढदिवसाच्या"),  # वाढदिवसाच्या शुभेच्छा
        ("greetings", "शुभेच्छांचा"),  # शुभेच्छांचा वर्षाव
        ("election", "निवडणुकीत"),  # विधानसभा निवडणुकीत
        ("farmers", "शेतकऱ्यांसाठी"),  # oblique of शेतकरी
        ("minister", "मंत्र्यांनी"),  # oblique of मंत्री
        ("investment", "गुंतवणुकीची"),
        ("India", "भारतात"),  # locative -त after the oblique vowel
        ("Australia", "ऑस्ट्रेलियाच्या"),  # a place behind a case ending
    ],
)
def test_marathi_case_endings_are_stripped(english: str, word: str) -> None:
    assert _shares_key(english, word, "mr")


@pytest.mark.parametrize(
    ("english", "word"),
    [
        ("ministry", "মন্ত্রকের"),  # genitive -এর
        ("conference", "সম্মেলনে"),  # locative -এ
        ("farmers", "কৃষকদের"),  # plural genitive -দের
        ("condemn", "নিন্দা"),
        ("relief", "ত্রাণের"),
        ("greetings", "শুভেচ্ছা"),
        ("new", "নতুন"),
        ("Thursday", "বৃহস্পতিবার"),
    ],
)
def test_bengali_words_meet_the_lexicon_after_their_endings_go(english: str, word: str) -> None:
    assert _shares_key(english, word, "bn")


def test_marathi_stem_keeps_a_noun_that_only_looks_inflected() -> None:
    # हल्ला is not हल् + ला: a stem never ends in a virama.
    assert "हल्" not in analyse("हल्ला", "mr").forms
    assert analyse("सेहवागनेही", "mr").forms[-1] == "सेहवाग"  # ergative + "also"


def test_bengali_b_and_v_share_one_letter() -> None:
    # ব is b in বাগচি (Bagchi) and v in বিদেশ (videsh): both readings are kept.
    forms = analyse("বাগচি", "bn").forms
    assert "वागचि" in forms and "बागचि" in forms
    assert to_devanagari("বিদেশ") == "विदेश"


def test_bengali_nukta_becomes_the_devanagari_one() -> None:
    assert "\u09bc" not in to_devanagari("পয়লা")


def test_a_name_with_a_glued_ending_still_meets_the_handle() -> None:
    post, claim = profile("Virender Sehwag", "en"), profile("सेहवागला शुभेच्छा", "mr")
    assert match_profiles(post, claim).matched_words() >= 1


# --- function words and negation -----------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "lang"),
    [("आणि", "mr"), ("आहे", "mr"), ("त्यांनी", "mr"), ("এবং", "bn"), ("তার", "bn"),
     ("হয়", "bn"), ("اور", "ur"), ("کے", "ur"), ("ہے", "ur")],
)  # fmt: skip
def test_function_words_weigh_nothing(word: str, lang: str) -> None:
    info = analyse(word, lang)
    assert info.stop and not info.negation
    assert profile(f"{word} ", lang).weights == (0.0,)


@pytest.mark.parametrize(
    ("word", "lang"),
    [("नाही", "mr"), ("नव्हते", "mr"), ("না", "bn"), ("নয়", "bn"), ("করেনি", "bn"),
     ("نہیں", "ur"), ("نہ", "ur")],
)  # fmt: skip
def test_negators_count_as_negation(word: str, lang: str) -> None:
    assert profile(word, lang).keys == (frozenset({NEGATION_KEY}),)


def test_a_word_ending_in_ni_is_not_a_negation() -> None:
    assert not analyse("কাহিনি", "bn").negation  # story
    assert not analyse("রানি", "bn").negation  # queen


def test_marathi_is_told_apart_from_hindi() -> None:
    assert looks_marathi("कंपनीने आज नव्या गुंतवणुकीची घोषणा केली. आम्ही ही घोषणा करत आहोत.")
    assert not looks_marathi("कंपनी ने आज नए निवेश की घोषणा की है।")


# --- Urdu ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("urdu", "deva"),
    [
        ("کہا", "कहा"),
        ("بھارت", "भारत"),  # ھ makes the consonant before it aspirated
        ("دونوں", "दोनों"),  # و as a vowel, ں as the nasal
        ("وزیر", "वज़ीर"),  # و and ی as consonant and vowel by position
        ("مودی", "मोदी"),
        ("گہرے", "गहरे"),  # ے, a final e
        ("وائٹ", "वाइट"),  # ئ before a consonant
        ("ہاؤس", "हाउस"),
        ("طرفہ", "तरफ़ा"),  # a final he is a vowel
    ],
)
def test_urdu_letters_are_spelled_in_devanagari(urdu: str, deva: str) -> None:
    assert ur_to_deva(urdu) == deva


def test_urdu_and_hindi_spellings_share_a_skeleton() -> None:
    assert skeleton(ur_to_deva("ملاقات")) == skeleton("मुलाक़ात")
    assert skeleton(ur_to_deva("مضبوط")) == skeleton("मज़बूत")
    assert skeleton("ताल्लुक") != skeleton("तलक")  # a long vowel is written in both
    assert skeleton(ur_to_deva("ممالک")) != skeleton("मालिक")  # two m's are two consonants


@pytest.mark.parametrize(
    ("english", "urdu"),
    [("meeting", "ملاقات"), ("strengthen", "مضبوط"), ("hosting", "میزبانی"),
     ("Indian", "بھارتی"), ("farmers", "کسانوں"), ("announced", "اعلان"), ("scheme", "اسکیم"),
     ("ready", "تیار")],
)  # fmt: skip
def test_hindustani_words_in_urdu_meet_the_hindi_lexicon(english: str, urdu: str) -> None:
    assert _shares_key(english, urdu, "ur")


def test_short_skeletons_are_not_looked_up() -> None:
    assert lexicon_stems_by_skeleton("दो") == frozenset()


def test_urdu_names_meet_latin_names_by_their_consonants() -> None:
    post = profile("Narendra Modi met Joe Biden", "en")
    claim = profile("نریندر مودی نے جو بائیڈن سے ملاقات کی", "ur")
    matched = {a.post_text for a in match_profiles(post, claim).anchors()}
    assert {"Narendra", "Modi", "Biden", "met"} <= matched


# --- sentence pairs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("english", "text", "lang"),
    [
        (
            "The Chief Minister announced a new scheme for farmers.",
            "मुख्यमंत्र्यांनी शेतकऱ्यांसाठी नवी योजना जाहीर केली.",
            "mr",
        ),
        (
            "The Chief Minister announced a new scheme for farmers on Thursday.",
            "মুখ্যমন্ত্রী বৃহস্পতিবার কৃষকদের জন্য নতুন প্রকল্পের ঘোষণা করেন।",
            "bn",
        ),
        (
            "The Prime Minister announced a new scheme for farmers.",
            "وزیر اعظم نے کسانوں کے لیے نئی اسکیم کا اعلان کیا۔",
            "ur",
        ),
    ],
)
def test_a_rendering_pairs_with_its_english_source(english: str, text: str, lang: str) -> None:
    match = match_profiles(profile(english, "en"), profile(text, lang))
    assert match.matched_words() >= 5
    assert match.score >= 0.7


def test_a_rendering_does_not_pair_with_an_unrelated_post() -> None:
    unrelated = "Heavy rain lashed the coast and several trains were cancelled."
    for text, lang in (
        ("मुख्यमंत्र्यांनी शेतकऱ्यांसाठी नवी योजना जाहीर केली.", "mr"),
        ("মুখ্যমন্ত্রী কৃষকদের জন্য নতুন প্রকল্পের ঘোষণা করেন।", "bn"),
        ("وزیر اعظم نے کسانوں کے لیے نئی اسکیم کا اعلان کیا۔", "ur"),
    ):
        assert match_profiles(profile(unrelated, "en"), profile(text, lang)).score < 0.2


def test_a_bengali_negation_meets_the_english_not() -> None:
    post = profile("The government did not announce any relief.", "en")
    claim = profile("সরকার কোনও ত্রাণ ঘোষণা করেনি।", "bn")
    kinds = {a.kind for a in match_profiles(post, claim).anchors()}
    assert "negation" in kinds
