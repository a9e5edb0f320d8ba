"""Speech cues of Bengali, Marathi and Urdu news: reported speech and quotations are found
with their speaker, the way Hindi ones are."""

from __future__ import annotations

import pytest

from verifier.claims import extract_claims, sentence_spans
from verifier.lang.textnorm import normalize
from verifier.model import Article, Claim, Span


def claims_of(text: str) -> list[Claim]:
    return [
        c for c in extract_claims(Article(source="t", text=normalize(text))) if c.kind != "term"
    ]


# --- Bengali: no ergative, the subject stands before the verb --------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "মুখ্যমন্ত্রী মমতা বন্দ্যোপাধ্যায় বলেন, রাজ্যের সব কৃষক এই প্রকল্পের সুবিধা পাবেন।",
            "রাজ্যের সব কৃষক এই প্রকল্পের সুবিধা পাবেন।",
            "মুখ্যমন্ত্রী মমতা বন্দ্যোপাধ্যায়",
        ),
        (
            "শুক্রবার এক সাংবাদিক বৈঠকে স্বাস্থ্যমন্ত্রী জানান যে হাসপাতালে নতুন শয্যা যোগ করা হবে।",
            "হাসপাতালে নতুন শয্যা যোগ করা হবে।",
            "স্বাস্থ্যমন্ত্রী",  # the place phrase before the subject is not the speaker
        ),
        (
            "প্রধানমন্ত্রী টুইট করে লেখেন, দেশের উন্নয়নে সবাইকে এগিয়ে আসতে হবে।",
            "দেশের উন্নয়নে সবাইকে এগিয়ে আসতে হবে।",
            "প্রধানমন্ত্রী",
        ),
    ],
)
def test_bengali_reported_speech(text: str, content: str, speaker: str) -> None:
    claims = claims_of(text)
    assert len(claims) == 1
    c = claims[0]
    assert c.kind == "reported" and c.text == content
    assert c.speaker == speaker


def test_bengali_tweet_cue_names_the_platform() -> None:
    claims = claims_of("প্রধানমন্ত্রী টুইট করে লেখেন, দেশের উন্নয়নে সবাইকে এগিয়ে আসতে হবে।")
    assert claims[0].platform_cue


def test_bengali_passive_statement_with_its_agent() -> None:
    text = "সীমান্তে গুলি চালানোর ঘটনার তীব্র নিন্দা করা হয় স্বরাষ্ট্র মন্ত্রকের তরফে।"
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0].text == text  # the whole sentence says what the ministry said
    assert claims[0].speaker == "স্বরাষ্ট্র মন্ত্রকের"


def test_bengali_agent_without_a_passive_verb_is_no_cue() -> None:
    # "on behalf of the party, a rally was held" — nothing was said.
    assert claims_of("দলের তরফে শহরে একটি মিছিল বের হয়।") == []


def test_bengali_reported_speech_runs_on_until_the_next_cue() -> None:
    text = (
        "মুখপাত্র জানান, ভারত সব সময় শান্তির পক্ষে। আলোচনার মাধ্যমেই সমাধান সম্ভব। হামলার নিন্দা করা হয় মন্ত্রকের তরফে।"
    )
    claims = claims_of(text)
    assert [c.text for c in claims] == [
        "ভারত সব সময় শান্তির পক্ষে। আলোচনার মাধ্যমেই সমাধান সম্ভব।",
        "হামলার নিন্দা করা হয় মন্ত্রকের তরফে।",
    ]


def test_bengali_danda_mark_ends_a_sentence() -> None:
    # Bengali papers also type the danda as "৷" (U+09F7); it ends a sentence like "।".
    text = "স্বাস্থ্যমন্ত্রী জানান যে হাসপাতালে নতুন শয্যা যোগ করা হবে৷ শুক্রবার শহরে বৃষ্টি হয়েছে৷"
    assert [text[s.start : s.end] for s in sentence_spans(text, Span(0, len(text)))] == [
        "স্বাস্থ্যমন্ত্রী জানান যে হাসপাতালে নতুন শয্যা যোগ করা হবে৷",
        "শুক্রবার শহরে বৃষ্টি হয়েছে৷",
    ]
    claims = claims_of(text)
    assert [(c.text, c.speaker) for c in claims] == [("হাসপাতালে নতুন শয্যা যোগ করা হবে৷", "স্বাস্থ্যমন্ত্রী")]


def test_a_verb_with_its_subject_after_it_closes_what_came_before() -> None:
    # "এমন জানান X" (so said X) is not a new claim of its own.
    assert claims_of("এমনটাই জানান মুখপাত্র।") == []


def test_greetings_conveyed_are_an_act_not_a_quotation() -> None:
    # "X-কে শুভেচ্ছা জানালেন Y": Y is the subject, after the verb; no post nearby → no claim.
    assert claims_of("বিজয়ী দলকে শুভেচ্ছা জানালেন রাজ্যপাল।") == []


def test_bengali_quotation_takes_its_speaker_from_the_cue_before_it() -> None:
    claims = claims_of('ফেসবুকে মুখ্যমন্ত্রী লেখেন, "সকলকে শারদীয়ার শুভেচ্ছা জানাই।"')
    assert len(claims) == 1
    assert claims[0].kind == "quote"
    assert claims[0].speaker == "মুখ্যমন্ত্রী"
    assert claims[0].platform_cue


# --- Marathi -----------------------------------------------------------------------------


def test_marathi_nominative_cue_introduces_a_quotation() -> None:
    text = "आपल्या ट्वीटमध्ये मुख्यमंत्री म्हणाले;\n“राज्यातील शेतकऱ्यांना लवकरच मदत दिली जाईल.”"
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0].kind == "quote"
    assert claims[0].speaker == "मुख्यमंत्री"
    assert claims[0].platform_cue


def test_marathi_speaker_leaves_out_a_possessive_and_the_place() -> None:
    text = "पवार आपल्या भाषणात म्हणाले, राज्य सरकारने शेतकऱ्यांची फसवणूक केली आहे."
    claims = claims_of(text)
    assert claims[0].speaker == "पवार"
    assert claims[0].text == "राज्य सरकारने शेतकऱ्यांची फसवणूक केली आहे."


def test_marathi_ergative_cue_with_ki() -> None:
    claims = claims_of("शरद पवार यांनी सांगितले की देशात लवकरच नवीन धोरण लागू होईल.")
    assert claims[0].speaker == "शरद पवार"
    assert claims[0].text == "देशात लवकरच नवीन धोरण लागू होईल."


def test_marathi_passive_statement_with_its_agent() -> None:
    text = "या हल्ल्याचा तीव्र निषेध परराष्ट्र मंत्रालयाकडून करण्यात आला."
    claims = claims_of(text)
    assert len(claims) == 1 and claims[0].text == text


def test_marathi_sentence_ending_in_ahe_is_a_sentence_end() -> None:
    text = "सेहवागने शुभेच्छा दिल्या आहे. भोगले आपल्या ट्विटमध्ये म्हणतो, तू एक जबरदस्त फलंदाज आहेस."
    claims = claims_of(text)
    assert claims[0].speaker == "भोगले"


# --- Urdu --------------------------------------------------------------------------------


def test_urdu_reported_speech_after_ne_kaha_ke() -> None:
    text = "وزیر خارجہ نے کہا کہ دونوں ممالک کے تعلقات مضبوط ہیں۔"
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0].speaker == "وزیر خارجہ"
    assert claims[0].text == "دونوں ممالک کے تعلقات مضبوط ہیں۔"


def test_urdu_tweet_cue_keeps_the_content_after_ke() -> None:
    text = "وہیں صدر نے ٹویٹ کرتے ہوئے کہا کہ وہ مہمانوں کے استقبال کے لیے تیار ہیں۔"
    claims = claims_of(text)
    assert claims[0].speaker == "صدر"  # وہیں ("meanwhile") is not part of the name
    assert claims[0].text == "وہ مہمانوں کے استقبال کے لیے تیار ہیں۔"
    assert claims[0].platform_cue


def test_hindi_cues_are_unchanged() -> None:
    claims = claims_of("विदेश मंत्री जयशंकर ने कहा कि भारत और कनाडा के संबंध मजबूत हैं।")
    assert claims[0].speaker == "विदेश मंत्री जयशंकर"
    assert claims[0].text == "भारत और कनाडा के संबंध मजबूत हैं।"
