"""Alignment of renderings in the languages with a table: names and loanwords are compared
in Devanagari letters, as written and without case endings, and by a coarse sound where the
script does not tell consonants apart (Tamil பேஸ்புக் for Facebook). Sentences written here."""

from __future__ import annotations

from verifier.align.align import MIN_SCORE, align_article
from verifier.claims import extract_claims
from verifier.match.anchors import profile
from verifier.match.pairs import _coarse, _sounds_alike, match_profiles, speaker_matches
from verifier.model import Post, PostKey
from verifier.parse.article import parse_text


def matched(en: str, text: str, lang: str) -> set[tuple[str, str]]:
    m = match_profiles(profile(en, "en"), profile(text, lang))
    return {(a.post_text, a.claim_text) for a in m.anchors()}


def test_tamil_loanwords_meet_english_despite_one_letter_for_p_b_f() -> None:
    pairs = matched("Leaving Facebook and Twitter", "பேஸ்புக் மற்றும் டுவிட்டர் விட்டு", "ta")
    assert ("Facebook", "பேஸ்புக்") in pairs
    assert ("Twitter", "டுவிட்டர்") in pairs


def test_name_with_a_case_ending_meets_the_english_name() -> None:
    pairs = matched("please buy Swiggy", "தயவுசெய்து ஸ்விகியை வாங்குங்கள்", "ta")
    assert ("Swiggy", "ஸ்விகியை") in pairs
    pairs = matched("an Instagram post", "இன்ஸ்டாகிராமில் ஒரு பதிவு", "ta")
    assert ("Instagram", "இன்ஸ்டாகிராமில்") in pairs


def test_bengali_bh_meets_english_v() -> None:
    assert ("deliver", "ডেলিভারি") in matched("they deliver late", "তারা দেরিতে ডেলিভারি করে", "bn")


def test_short_skeletons_do_not_meet_by_sound() -> None:
    # Sunday and சிந்தித்து share s-n-t: too few consonants to be the same word.
    assert _sounds_alike("Sunday", "சிந்தித்து", "ta") == 0.0
    assert _sounds_alike("Facebook", "பேஸ்புக்", "ta") > 0


def test_coarse_key_merges_what_a_script_cannot_tell_apart() -> None:
    assert _coarse("fasabak") == _coarse("paspak") == "pspk"
    assert _coarse("dalavar") == _coarse("dalabara")
    assert _coarse("kamal") != _coarse("jamal")


def test_tamil_rendering_with_verb_final_cue_pairs_with_its_post() -> None:
    text = (
        "எலான் மஸ்க், தயவுசெய்து ஸ்விகியை வாங்குங்கள் என்று கில் ட்விட்டரில் பதிவிட்டுள்ளார்.\n"
        "Elon Musk, please buy Swiggy so they deliver on time\n"
    )
    article = parse_text(text, "t")
    start = text.index("Elon")
    post = Post(
        key=PostKey("p1"),
        text="Elon Musk, please buy Swiggy so they deliver on time",
        author_name="Shubman Gill",
        handle="ShubmanGill",
        lang="en",
    )
    claims = extract_claims(article, [post])
    (claim,) = [c for c in claims if c.span.end <= start]
    assert claim.text.startswith("எலான் மஸ்க்")
    pairs = align_article(article, [post], claims)
    assert [(p.post, p.claim) for p in pairs] == [(PostKey("p1"), claim.key)]
    assert pairs[0].score >= MIN_SCORE


def test_loanword_written_as_two_words_meets_the_english_word() -> None:
    pairs = matched("Leaving Facebook soon", "త్వరలో ఫేస్ బుక్ వదిలేస్తా", "te")
    assert ("Facebook", "ఫేస్") in pairs and ("Facebook", "బుక్") in pairs


def test_speaker_in_another_indian_script_names_the_author() -> None:
    post = Post(key=PostKey("p1"), text="x", author_name="Narendra Modi", handle="narendramodi")
    assert speaker_matches("பிரதமர் மோடி", post)
    assert speaker_matches("મોદીએ", post)  # the ergative glued to the name
    assert not speaker_matches("ராகுல் காந்தி", post)


def test_a_tamil_rendering_of_common_words_meets_its_english_post() -> None:
    m = match_profiles(
        profile("Connectivity is progress, connectivity is prosperity.", "en"),
        profile("இணைப்பு என்பது முன்னேற்றம், இணைப்பு என்பது வளமை", "ta"),
    )
    assert m.score >= MIN_SCORE


def test_a_telugu_word_meets_the_hindi_word_of_the_same_entry() -> None:
    # గంటల్లో and घंटों are both "hours": the Telugu row lends the Hindi keys of its entry.
    m = match_profiles(profile("कुछ ही घंटों में", "hi"), profile("కొన్ని గంటల్లో", "te"))
    assert ("घंटों", "గంటల్లో") in {(a.post_text, a.claim_text) for a in m.anchors()}


def test_a_marathi_word_meets_the_hindi_word_of_the_same_entry() -> None:
    m = match_profiles(profile("कुछ ही घंटों में", "hi"), profile("काही तासांतच", "mr"))
    assert ("घंटों", "तासांतच") in {(a.post_text, a.claim_text) for a in m.anchors()}


def test_borrowed_hindi_keys_add_no_synonyms_for_an_english_post() -> None:
    # follow and celebrate share no meaning; their Hindi forms share the stem मन
    m = match_profiles(profile("celebrating", "en"), profile("பின்தொடரும்", "ta"))
    assert not m.anchors()
