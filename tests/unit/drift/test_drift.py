"""The drift judge on renderings written the way Hindi news writes them."""

from __future__ import annotations

import datetime as dt

import pytest

from verifier.drift import Context, fingerprint, judge

POST = "Great to see FM @AnitaAnandMP of Canada today. Talked about taking our ties forward."
QUOTE = (
    "आज कनाडा की विदेश मंत्री अनीता आनंद से मिलकर बहुत अच्छा लगा. हमने अपने संबंधों को आगे बढ़ाने के बारे में बात की."
)


def kinds(post: str, claim: str, **ctx: object) -> set[str]:
    return {f.kind for f in judge(post, claim, context=Context(**ctx)).findings}  # type: ignore[arg-type]


def test_a_faithful_translation_has_no_finding() -> None:
    j = judge(POST, QUOTE)
    assert j.verdict == "faithful" and not j.findings


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        # the same figure in another script and scale
        (
            "India achieves another 10,000,000 vaccinations today!",
            "भारत ने आज फिर 1 करोड़ वैक्सीन लगाई।",
        ),
        # a handle tagged at the end is dropped as a matter of course
        (
            "Happy birthday to the legend of Indian cricket @sachin_rt",
            "भारतीय क्रिकेट के दिग्गज को जन्मदिन की बधाई",
        ),
        # "not ... or" rendered with the correlative "न तो ... न ही"
        (
            "I am not joining any party or contesting elections.",
            "मैं न तो किसी पार्टी में शामिल हो रहा हूं और न ही चुनाव लड़ रहा हूं.",
        ),
    ],
)
def test_faithful_renderings_stay_faithful(post: str, claim: str) -> None:
    j = judge(post, claim)
    assert not [f for f in j.findings if f.severity != "minor"], [f.message for f in j.findings]


def test_changed_figure_is_a_number_finding_with_both_spans() -> None:
    j = judge("200 missed calls from channels", "चैनलों से 2000 मिस कॉल")
    (f,) = [f for f in j.findings if f.kind == "number"]
    assert f.severity == "critical"
    assert f.post_text == "200" and f.claim_text == "2000"
    assert "200" in f.message and "2000" in f.message


def test_lakh_crore_scale_change_is_caught() -> None:
    assert "number" in kinds("India crossed 2 lakh cases", "भारत में मामले 20 लाख के पार")


def test_more_than_added_to_a_figure() -> None:
    j = judge(
        "30 OVs outside the house, 200 missed calls", "घर के बाहर 30 ओवी वैन, 200 से ज्यादा मिस कॉल"
    )
    assert any(f.kind == "number" and "qualifier" in f.message for f in j.findings)


def test_added_negation_is_critical() -> None:
    j = judge(POST, QUOTE.replace("अच्छा लगा", "अच्छा नहीं लगा"))
    (f,) = [f for f in j.findings if f.kind == "negation"]
    assert f.severity == "critical" and f.claim_text == "नहीं"


def test_dropped_negation() -> None:
    assert "negation" in kinds("We will not attend the summit.", "हम शिखर सम्मेलन में शामिल होंगे।")


def test_swapped_name_is_an_entity_finding() -> None:
    j = judge(POST, QUOTE.replace("अनीता आनंद", "मेलानी जोली"))
    (f,) = [f for f in j.findings if f.kind == "entity"]
    assert f.post_text == "@AnitaAnandMP" and f.claim_text == "मेलानी जोली"


def test_swapped_country_is_an_entity_finding() -> None:
    assert "entity" in kinds(
        "He was arrested in Nepal after the rally.", "रैली के बाद उन्हें पुर्तगाल में गिरफ्तार किया गया।"
    )


def test_wrong_speaker_is_attribution() -> None:
    found = kinds(
        POST, QUOTE, author_name="Dr. S. Jaishankar", handle="DrSJaishankar", speaker="राहुल गांधी"
    )
    assert "attribution" in found
    same = kinds(
        POST,
        QUOTE,
        author_name="Dr. S. Jaishankar",
        handle="DrSJaishankar",
        speaker="विदेश मंत्री जयशंकर",
    )
    assert "attribution" not in same


@pytest.mark.parametrize(
    ("author", "handle", "speaker"),
    [
        ("Amit Shah", "AmitShah", "अमित मालवीय"),  # first name shared
        ("Rahul Gandhi", "RahulGandhi", "वरुण गांधी"),  # surname shared
        ("Elon Musk", "elonmusk", "गूगल के सीईओ सुंदर पिचाई"),  # a name made of Hindi words
    ],
)
def test_a_namesake_or_another_person_is_attribution(
    author: str, handle: str, speaker: str
) -> None:
    assert "attribution" in kinds(POST, QUOTE, author_name=author, handle=handle, speaker=speaker)


@pytest.mark.parametrize(
    ("author", "handle", "speaker"),
    [
        ("Asaduddin Owaisi", "asadowaisi", "एआईएमआईएम के अध्यक्ष बैरिस्टर असदउद्दीन ओवैसी"),
        ("Arvind Kejriwal", "ArvindKejriwal", "आप संयोजक केजरीवाल"),
        ("Narendra Modi", "narendramodi", "प्रधानमंत्री मोदी जी"),
        ("सौरव गांगुली", None, "टीम के पूर्व कप्तान सौरव गांगुली"),  # a byline in Devanagari
        ("PIB India", "PIB_India", "विदेश मंत्रालय"),  # an office, not a person: not judged
    ],
)
def test_the_author_under_titles_is_not_attribution(
    author: str, handle: str | None, speaker: str
) -> None:
    assert "attribution" not in kinds(
        POST, QUOTE, author_name=author, handle=handle, speaker=speaker
    )


def test_a_post_passed_on_is_not_put_in_the_sharers_mouth() -> None:
    ctx = {"author_name": "Ankit Madhwani", "handle": "AnkitMadhwani", "speaker": "हर्षा भोगले"}
    shared = kinds(POST, QUOTE, cue="हर्षा भोगले ने रीट्वीट किया", **ctx)
    assert "attribution" not in shared
    # with कि the retweeter's own words follow: they must be the author's
    assert "attribution" in kinds(POST, QUOTE, cue="हर्षा भोगले ने रीट्वीट कर कहा कि", **ctx)


def test_weekday_is_checked_against_the_post_date() -> None:
    # 4 February 2026 was a Wednesday.
    ctx = {"post_date": dt.date(2026, 2, 4)}
    assert "date" in kinds(POST, "सोमवार को " + QUOTE, **ctx)
    assert "date" not in kinds(POST, "बुधवार को " + QUOTE, **ctx)


def test_relative_day_against_the_post() -> None:
    assert "date" in kinds("A car bomb detonated yesterday morning.", "आज सुबह एक कार बम विस्फोट हुआ।")


def test_hedge_dropped_is_minor_intensity() -> None:
    j = judge("The storm may hit the coast on Friday.", "तूफान शुक्रवार को तट से टकराएगा।")
    assert [f.severity for f in j.findings if f.kind == "intensity"] == ["minor"]
    assert j.verdict == "minor"


def test_quantifier_strengthened() -> None:
    assert "intensity" in kinds("Some schools will stay closed.", "सभी स्कूल बंद रहेंगे।")


def test_fingerprint_is_stable_and_ignores_spacing() -> None:
    a = fingerprint("number", "123", "200", "2000")
    assert a == fingerprint("number", "123", " 200 ", "2000")
    assert a != fingerprint("number", "124", "200", "2000")


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        # "instead of" is said with the postposition "के बजाय", not with नहीं
        (
            "The minister chose to talk instead of walking out.",
            "मंत्री ने बाहर जाने के बजाय बात करने का फैसला किया।",
        ),
        # "not ... nor ..." is one negation, rendered "ना तो ... ना ही"
        (
            "I am not contesting elections nor campaigning for any party.",
            "मैं ना तो चुनाव लड़ रहा हूं और ना ही किसी पार्टी के लिए प्रचार कर रहा हूं।",
        ),
        # "not only ... but" and "न सिर्फ ... बल्कि" negate nothing
        (
            "This is not only a win for India but for the whole world.",
            "यह न सिर्फ भारत की बल्कि पूरी दुनिया की जीत है।",
        ),
        # a tag question: "does it?" = "है कि नहीं?"
        (
            "The decision does not help farmers, does it?",
            "यह फैसला किसानों की मदद नहीं करता, है कि नहीं?",
        ),
        # "without" = "बिना"
        (
            "The bill was passed without any debate.",
            "विधेयक बिना किसी बहस के पारित कर दिया गया।",
        ),
        # "किसी न किसी" (some or other) is not a negation
        (
            "Every family has been affected by the floods in some way.",
            "हर परिवार बाढ़ से किसी न किसी तरह प्रभावित हुआ है।",
        ),
    ],
)
def test_negation_said_the_hindi_way_is_not_a_flip(post: str, claim: str) -> None:
    assert "negation" not in kinds(post, claim)


def test_prohibition_kept_with_na() -> None:
    assert "negation" not in kinds(
        "Please do not make jokes about the victims.", "कृपया पीड़ितों के बारे में मज़ाक न करें।"
    )


def test_not_uncommon_rendered_as_not_unusual() -> None:
    assert "negation" not in kinds(
        "It is not uncommon to see leopards in the city.", "शहर में तेंदुए दिखना असामान्य नहीं है।"
    )


def test_negated_negative_word_is_a_flip() -> None:
    # "unsuccessful" is "असफल"; "असफल नहीं" says the opposite
    assert "negation" in kinds(
        "The efforts to stop the protest were unsuccessful.",
        "विरोध प्रदर्शन रोकने के प्रयास असफल नहीं रहे।",
    )


def test_negation_dropped_in_one_sentence_of_a_full_rendering() -> None:
    assert "negation" in kinds(
        "This is not going to be goodbye. This is the closing of one chapter.",
        "यह अलविदा होने जा रहा है। यह एक अध्याय का समापन है।",
    )


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        # a first name respelled after Hindi pronunciation, the surname kept
        (
            "U.S. President George W. Bush welcomed the announcement.",
            "अमेरिकी राष्ट्रपति जॉर्ज डब्ल्यू बुश ने घोषणा का स्वागत किया.",
        ),
        # "throughout India" = "पूरे देश में"
        (
            "Prayers are pouring in from people throughout India.",
            "पूरे देश के लोगों की ओर से प्रार्थनाएं आ रही हैं।",
        ),
        # an abbreviation spelled out: Cong = कांग्रेस
        (
            "Who told the US Cong that the US should act against India?",
            "किसने यूएस कांग्रेस को कहा कि अमेरिका को भारत के खिलाफ कार्रवाई करनी चाहिए?",
        ),
    ],
)
def test_names_rendered_another_way_are_not_swaps(post: str, claim: str) -> None:
    assert "entity" not in kinds(post, claim)


def test_second_mention_of_a_country_swapped() -> None:
    j = judge(
        "Ottawa is Canada's capital and its museums showcase Canada's past.",
        "ओटावा कनाडा की राजधानी है और इसके संग्रहालय पाकिस्तान के अतीत को दिखाते हैं।",
    )
    (f,) = [f for f in j.findings if f.kind == "entity"]
    assert f.claim_text == "पाकिस्तान"


def test_about_a_topic_is_not_a_hedge() -> None:
    j = judge(
        "I would like to put all rumours about me to rest. I will announce it first.",
        "मैं अपने बारे में सभी अफवाहों पर विराम लगाना चाहता हूं। मैं सबसे पहले इसकी घोषणा करूंगा।",
    )
    assert "intensity" not in {f.kind for f in j.findings}


def test_may_rendered_as_will_is_minor_intensity() -> None:
    j = judge("Prices may rise next month.", "अगले महीने कीमतें बढ़ेंगी।")
    assert [f.kind for f in j.findings] == ["intensity"] and j.verdict == "minor"


def test_the_most_vulnerable_is_not_most_people() -> None:
    j = judge(
        "We can protect the most vulnerable everywhere.",
        "हम हर जगह सबसे ज्यादा प्रभावित लोगों की रक्षा कर सकते हैं।",
    )
    assert "intensity" not in {f.kind for f in j.findings}


def test_omitted_clause() -> None:
    assert "omission" in kinds(
        "The minister met farmers in Punjab on Monday, and he promised a new irrigation "
        "scheme for the drought-hit districts of the state.",
        "मंत्री ने सोमवार को पंजाब में किसानों से मुलाकात की।",
    )


def test_added_clause() -> None:
    assert "addition" in kinds(
        "The minister met farmers in Punjab on Monday.",
        "मंत्री ने सोमवार को पंजाब में किसानों से मुलाकात की, और कहा कि विपक्ष देश भर में झूठ फैला रहा है।",
    )
