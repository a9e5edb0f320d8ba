"""Speech cues of the languages with a table (verifier/lang/languages/): the verbs, the
quotative a verb-final sentence closes its reported words with, the complementizer that opens
them, read from the tables. Sentences written for these tests."""

from __future__ import annotations

import pytest

from verifier.claims import extract_claims
from verifier.claims.cues import find_cues, table_cues
from verifier.model import Claim, Span
from verifier.parse.article import parse_text


def claims_of(text: str) -> list[Claim]:
    return [c for c in extract_claims(parse_text(text, "t")) if c.kind != "term"]


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # quotation, then quotative and verb (verb-final)
        ("நாளை பள்ளிகள் திறக்கப்படும் என்று அமைச்சர் கூறினார்.", "நாளை பள்ளிகள் திறக்கப்படும்", "அமைச்சர்"),
        ("రేపు పాఠశాలలు తెరుస్తాం అని మంత్రి చెప్పారు.", "రేపు పాఠశాలలు తెరుస్తాం", "మంత్రి"),
        ("उद्या शाळा सुरू होतील असे मंत्री म्हणाले.", "उद्या शाळा सुरू होतील", "मंत्री"),
        ("આવતીકાલે શાળાઓ ખુલશે એમ મંત્રીએ કહ્યું.", "આવતીકાલે શાળાઓ ખુલશે", "મંત્રીએ"),
    ],
)
def test_verb_final_cue_reports_the_words_before_it(
    sentence: str, words: str, speaker: str
) -> None:
    (claim,) = claims_of(sentence)
    assert claim.kind == "reported"
    assert claim.text == words
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("મંત્રીએ ટ્વીટ કરીને કહ્યું કે આવતીકાલે શાળાઓ ખુલશે.", "આવતીકાલે શાળાઓ ખુલશે."),
        ("وزیر نے ٹویٹ کرتے ہوئے کہا کہ کل اسکول کھلیں گے۔", "کل اسکول کھلیں گے۔"),
        ("मुख्यमंत्र्यांनी ट्विट करत म्हटले आहे की उद्या शाळा सुरू होतील.", "उद्या शाळा सुरू होतील."),
        ("মন্ত্রী টুইট করে লিখেছেন, আগামীকাল স্কুল খুলবে।", "আগামীকাল স্কুল খুলবে।"),
    ],
)
def test_posting_verb_then_complementizer_or_comma_reports_what_follows(
    sentence: str, words: str
) -> None:
    (claim,) = claims_of(sentence)
    assert claim.text == words
    assert claim.platform_cue  # ট্ৱীট / ٹویٹ / ट्विट named with the verb


def test_quotation_closed_by_a_quotative_is_a_quote_with_its_speaker() -> None:
    (claim,) = claims_of("“நாளை மழை பெய்யும்” என்று அமைச்சர் கூறினார்.")
    assert claim.kind == "quote"
    assert claim.text == "நாளை மழை பெய்யும்"
    assert claim.speaker == "அமைச்சர்"
    (te,) = claims_of("'రేపు వర్షం పడుతుంది' అని మంత్రి చెప్పారు.")
    assert (te.kind, te.text) == ("quote", "రేపు వర్షం పడుతుంది")


def test_quotative_a_few_words_before_the_verb_still_closes_the_words() -> None:
    text = "நாளை பள்ளிகள் திறக்கப்படும் என்று அமைச்சர் தனது ட்விட்டர் பதிவில் தெரிவித்தார்."
    (claim,) = claims_of(text)
    assert claim.text == "நாளை பள்ளிகள் திறக்கப்படும்"
    assert claim.speaker == "அமைச்சர்"  # தனது and the platform words are not the speaker
    assert claim.platform_cue


def test_sentence_ending_in_a_posting_verb_is_reported_whole() -> None:
    (claim,) = claims_of("ఆయన సోషల్ మీడియా నుండి తప్పుకుంటున్నట్లు ట్వీట్ చేశారు.")
    assert claim.text.startswith("ఆయన సోషల్ మీడియా")
    assert claim.platform_cue


def test_verb_in_the_middle_of_a_sentence_that_goes_on_is_no_cue() -> None:
    assert claims_of("મંત્રીએ નિવેદન આપ્યું અને પછી તેઓ ઘરે પાછા ગયા.") == []


def test_reported_words_stop_at_the_sentence_end() -> None:
    claims = claims_of("உன்னை மறக்க முடியாது என கோலி பதிவிட்டுள்ளார். அவர் நேற்று சென்னை வந்தார்.")
    assert [c.text for c in claims] == ["உன்னை மறக்க முடியாது"]


def test_hindi_and_english_sentences_get_no_table_cue() -> None:
    assert table_cues("उन्होंने कहा कि कल स्कूल खुलेंगे।", 0) == []
    assert table_cues("The minister said schools will open tomorrow.", 0) == []


def test_two_verbs_in_a_row_are_one_cue() -> None:
    text = "মন্ত্রী টুইট করে অনুরোধ করেন, সবাই মাস্ক পরুন।"
    (cue,) = find_cues(text, Span(0, len(text)))
    assert text[cue.span.start : cue.span.end].endswith("অনুরোধ করেন")
    assert cue.direct


def test_subject_after_a_verb_final_cue_is_the_speaker() -> None:
    text = "நாளை பள்ளிகள் திறக்கப்படும் என அமைச்சருக்கு ட்வீட் மூலம் கோரிக்கை விடுத்துள்ளார் மாணவர் சங்கத் தலைவர் ரவி."
    (claim,) = claims_of(text)
    assert claim.text == "நாளை பள்ளிகள் திறக்கப்படும்"
    assert claim.speaker == "மாணவர் சங்கத் தலைவர் ரவி"  # not அமைச்சருக்கு, the addressee


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # అని written into the verb: వచ్చింది + అని
        ("ఈ సలహా నెటిజన్ల నుంచి వచ్చిందని కేటీఆర్ అన్నారు.", "ఈ సలహా నెటిజన్ల నుంచి వచ్చిందని"),
        # Tamil verbal noun + -ஆக before the posting verb
        (
            "மோடி சமூக வலைதளங்களில் இருந்து வெளியேற நினைப்பதாக ட்வீட் பதிவிட்டுள்ளார்.",
            "மோடி சமூக வலைதளங்களில் இருந்து வெளியேற நினைப்பதாக",
        ),
        # Marathi -ल्याचं opening the verb's phrase
        (
            "मी सोशल मीडिया सोडण्याचा विचार असल्याचं ट्विट मोदी यांनी केलं आहे.",
            "मी सोशल मीडिया सोडण्याचा विचार असल्याचं",
        ),
    ],
)
def test_a_quotative_glued_to_the_last_reported_word_closes_them(sentence: str, words: str) -> None:
    claims = claims_of(sentence)
    assert [c.text for c in claims] == [words]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("നാളെ സ്കൂളുകൾ തുറക്കും എന്ന് മന്ത്രി പറഞ്ഞു.", "നാളെ സ്കൂളുകൾ തുറക്കും"),
        ("ನಾಳೆ ಶಾಲೆಗಳು ತೆರೆಯುತ್ತವೆ ಎಂದು ಸಚಿವರು ಹೇಳಿದರು.", "ನಾಳೆ ಶಾಲೆಗಳು ತೆರೆಯುತ್ತವೆ"),
        ("ਮੰਤਰੀ ਨੇ ਟਵੀਟ ਕਰਕੇ ਕਿਹਾ ਕਿ ਕੱਲ੍ਹ ਸਕੂਲ ਖੁੱਲ੍ਹਣਗੇ।", "ਕੱਲ੍ਹ ਸਕੂਲ ਖੁੱਲ੍ਹਣਗੇ"),
        ("କାଲି ସ୍କୁଲ ଖୋଲିବ ବୋଲି ମନ୍ତ୍ରୀ କହିଛନ୍ତି।", "କାଲି ସ୍କୁଲ ଖୋଲିବ"),
        ("भोलिदेखि विद्यालयहरू खुल्नेछन् भनी मन्त्रीले बताएका छन्।", "भोलिदेखि विद्यालयहरू खुल्नेछन्"),
    ],
)
def test_malayalam_kannada_punjabi_odia_and_nepali_read_their_speech_cues(
    sentence: str, words: str
) -> None:
    claims = claims_of(sentence)
    assert words in [c.text.rstrip("।.") for c in claims]


def test_a_quotative_five_words_before_the_verb_still_closes_the_words() -> None:
    # speaker, "his", the platform and where on it, and a time word between them
    sentence = "நாளை பள்ளிகள் திறக்கப்படும் என்று அமைச்சர் தனது ட்விட்டர் பக்கத்தில் நேற்று பதிவிட்டுள்ளார்."
    assert [c.text for c in claims_of(sentence)] == ["நாளை பள்ளிகள் திறக்கப்படும்"]


def test_a_subject_after_the_verb_then_a_comma_opens_direct_words() -> None:
    sentence = "টুইটটি করেছেন মন্ত্রী অমিত সেন, আগামীকাল স্কুল খুলবে।"
    (claim,) = claims_of(sentence)
    assert claim.text.rstrip("।") == "আগামীকাল স্কুল খুলবে"
    assert claim.speaker == "মন্ত্রী অমিত সেন"


def test_a_sentence_ending_in_conveyed_greetings_reports_the_post_whole() -> None:
    (claim,) = claims_of("મંત્રીએ દિવાળી અને નવા વર્ષની શુભેચ્છા પાઠવી છે.")
    assert claim.kind == "reported"
    assert "દિવાળી" in claim.text
