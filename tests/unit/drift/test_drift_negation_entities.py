"""Negation and entity drift on sentences written after ordinary Hindi/English news usage."""

from __future__ import annotations

import pytest

from verifier.drift import judge


def kinds(post: str, claim: str) -> set[str]:
    return {f.kind for f in judge(post, claim, post_lang="en", claim_lang="hi").findings}


# --- negation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        # added नहीं
        (
            "The government has approved the new farm bill.",
            "सरकार ने नए कृषि विधेयक को मंजूरी नहीं दी है।",
        ),
        # added मत: a warning turned into a prohibition
        (
            "Voters should go out and vote early on Monday.",
            "मतदाता सोमवार को जल्दी वोट देने मत जाएं।",
        ),
        # "a few" is no negative word: it cannot stand for the added नहीं
        (
            "A few officials said the talks will be enough to end the strike.",
            "कुछ अधिकारियों ने कहा कि बातचीत हड़ताल खत्म करने के लिए काफी नहीं होगी।",
        ),
        # "stop" is rendered as रोकना; the नहीं is new
        (
            "The police were trying to stop the march.",
            "पुलिस मार्च को रोकने की कोशिश नहीं कर रही थी।",
        ),
    ],
)
def test_added_negation(post: str, claim: str) -> None:
    assert "negation" in kinds(post, claim)


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        ("The minister did not attend the cabinet meeting.", "मंत्री कैबिनेट बैठक में शामिल हुए।"),
        # "कमरे" (room) is not the negative word कम (less)
        (
            "Guests can ask for an iron even if there is none in the room.",
            "मेहमान इस्त्री मांग सकते हैं, चाहे वह कमरे में हो।",
        ),
        # "no one" dropped
        (
            "No one was injured in the fire at the factory.",
            "फैक्ट्री में लगी आग में लोग घायल हुए।",
        ),
        # "cannot" dropped while "low" is rendered with कम
        (
            "Friction is low on icy roads and you cannot drive fast.",
            "बर्फीली सड़कों पर घर्षण कम होता है और आप तेज गाड़ी चला सकते हैं।",
        ),
    ],
)
def test_removed_negation(post: str, claim: str) -> None:
    assert "negation" in kinds(post, claim)


def test_negation_moved_to_the_other_clause() -> None:
    post = "The team won the match, but the captain did not play."
    claim = "टीम मैच नहीं जीती, लेकिन कप्तान ने खेला।"
    assert "negation" in kinds(post, claim)


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        # a double negation in Hindi for a plain positive: "no waste of time" = "worth it"
        (
            "It's worth an hour to walk around the old market.",
            "पुराने बाज़ार में एक घंटा घूमना समय की हानि नहीं है।",
        ),
        # "not unlikely" = "असंभव नहीं"
        (
            "A snap election this year is not unlikely.",
            "इस साल मध्यावधि चुनाव असंभव नहीं है।",
        ),
        # "unless" = "… बिना"
        (
            "Leaves are hard to digest unless they are cooked.",
            "पत्तियों को पकाए बिना पचाना मुश्किल होता है।",
        ),
        # "regardless of" = "… पर ध्यान दिए बिना"
        (
            "Regardless of the warning, fishermen went out to sea.",
            "चेतावनी पर ध्यान दिए बिना मछुआरे समुद्र में गए।",
        ),
        # "बिना किसी परेशानी के" = without any trouble = easily
        (
            "The pilgrims reached the shrine easily.",
            "तीर्थयात्री बिना किसी परेशानी के मंदिर पहुंचे।",
        ),
        # "refused" said with इनकार
        (
            "The court refused to stay the order.",
            "अदालत ने आदेश पर रोक लगाने से इनकार कर दिया।",
        ),
        # the noun मत (opinion, vote) is no prohibition
        (
            "Most members shared this view in the poll.",
            "ज्यादातर सदस्यों ने सर्वे में यह मत साझा किया।",
        ),
        # "not only … but" rendered "न केवल … लेकिन"
        (
            "The rains not only damaged crops but also cut off villages.",
            "बारिश ने न केवल फसलों को नुकसान पहुंचाया, लेकिन गांवों का संपर्क भी काट दिया।",
        ),
    ],
)
def test_faithful_negation_is_not_flagged(post: str, claim: str) -> None:
    assert "negation" not in kinds(post, claim)


# --- entities ------------------------------------------------------------------------


def test_swapped_surname_beside_the_first_name() -> None:
    # the first name is transliterated, the surname replaced (also by a word the lexicon
    # knows: टेलर = tailor)
    post = "Ring's chief executive Jamie Siminoff said the company started in his garage."
    claim = "रिंग के मुख्य कार्यकारी जेमी टेलर ने कहा कि कंपनी उनके गैराज में शुरू हुई थी।"
    assert "entity" in kinds(post, claim)


def test_swapped_person() -> None:
    post = "Curtis Cooper, a mathematician at the University of Central Missouri, found the prime."
    claim = "सेंट्रल मिसौरी विश्वविद्यालय के गणितज्ञ कर्टिस टेलर ने यह अभाज्य संख्या खोजी।"
    assert "entity" in kinds(post, claim)


def test_swapped_organisation() -> None:
    post = "NASA's shuttle program chief N. Wayne Hale Jr. said the foam had fallen."
    claim = "इसरो के शटल कार्यक्रम के प्रमुख एन. वेन हेल जूनियर ने कहा कि फोम गिरा था।"
    assert "entity" in kinds(post, claim)


def test_a_lone_surname_opening_a_report_is_a_name() -> None:
    # sentence-initial and alone, but the subject of "has": a name, swapped for another
    post = "The gun failed. Schneider has ongoing pain and a face rebuilt from titanium."
    claim = "बंदूक नहीं चली। श्मिट को लगातार दर्द रहता है और उनका चेहरा टाइटेनियम से फिर बनाया गया है।"
    assert "entity" in kinds(post, claim)
    faithful = "बंदूक नहीं चली। श्नाइडर को लगातार दर्द रहता है और उनका चेहरा टाइटेनियम से फिर बनाया गया है।"
    assert "entity" not in kinds(post, faithful)


def test_a_place_put_in_for_a_second_mention_is_a_swap_beside_an_unmatched_name() -> None:
    post = (
        "He was greeted by Singapore's Deputy Prime Minister Wong Kan Seng and met the "
        "Singapore Prime Minister Lee Hsien Loong."
    )
    claim = (
        "श्रीलंका के उप-प्रधान मंत्री वोंग कान सेंग ने उनका स्वागत किया और वे सिंगापुर के "
        "प्रधानमंत्री ली सिएन लूंग से मिले।"
    )
    found = judge(post, claim, post_lang="en", claim_lang="hi").findings
    assert any(f.kind == "entity" and "श्रीलंका" in f.message for f in found)


def test_a_two_letter_organisation_dropped_is_an_entity_finding() -> None:
    post = "The republic has its own government but is not recognised by any UN member country."
    claim = "इस गणराज्य की अपनी सरकार है लेकिन इसे यूनेस्को के किसी भी सदस्य देश ने मान्यता नहीं दी।"
    [f] = judge(post, claim, post_lang="en", claim_lang="hi").findings
    assert f.kind == "entity" and f.post_text == "UN" and "which is missing" in f.message
    for un in ("संयुक्त राष्ट्र", "यूएन"):
        faithful = claim.replace("यूनेस्को", un)
        assert not judge(post, faithful, post_lang="en", claim_lang="hi").findings


def test_dropped_name() -> None:
    post = "Centuries from Virat Kohli and Shubman Gill took India past 350 against Australia."
    claim = "विराट कोहली के शतक से भारत ने ऑस्ट्रेलिया के खिलाफ 350 रन का आंकड़ा पार किया।"
    assert "entity" in kinds(post, claim)


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        # transliterated names, one of them spelled loosely
        (
            "Michael Schumacher ended his race not long after Fernando Alonso.",
            "माइकल शूमाकर ने फर्नांडो अलोंसो के कुछ समय बाद अपनी रेस समाप्त कर दी।",
        ),
        (
            "The draft was signed by John Hancock and Charles Thomson.",
            "मसौदे पर जॉन हैनकॉक और चार्ल्स थॉमसन ने हस्ताक्षर किए।",
        ),
        # a Title Case place rendered by its translation, "Indian Ocean" = "हिंद महासागर"
        (
            "The islands lie in the Indian Ocean off the coast of Africa.",
            "ये द्वीप अफ्रीका के तट के पास हिंद महासागर में हैं।",
        ),
        # "BCE" is an era, no organisation
        (
            "The pyramid was built in the third century BCE.",
            "पिरामिड तीसरी शताब्दी ईसा पूर्व में बनाया गया था।",
        ),
        # "U.S." is rendered अमेरिकी
        (
            "The U.S. embassy in Manila issued a travel advisory for the Philippines.",
            "मनीला में अमेरिकी दूतावास ने फिलीपींस के लिए यात्रा परामर्श जारी किया।",
        ),
        # "Niagara Falls" = "नियाग्रा जलप्रपात": a word of the name translated
        (
            "Thousands of tourists visited Niagara Falls this weekend.",
            "इस सप्ताहांत हजारों पर्यटक नियाग्रा जलप्रपात देखने पहुंचे।",
        ),
    ],
)
def test_faithful_names_are_not_flagged(post: str, claim: str) -> None:
    assert "entity" not in kinds(post, claim)
