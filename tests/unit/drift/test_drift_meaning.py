"""Numbers with articles and orders, and negation by meaning (issue 12, items 4 and 5)."""

from __future__ import annotations

import pytest

from verifier.drift import judge


def kinds(post: str, rendering: str) -> set[str]:
    return {f.kind for f in judge(post, rendering, post_lang="en", claim_lang="hi").findings}


# --- numbers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("post", "faithful", "changed"),
    [
        ("The city has a hundred shops.", "शहर में सौ दुकानें हैं।", "शहर में दस दुकानें हैं।"),
        (
            "A hundred thousand people came to the rally.",
            "रैली में एक लाख लोग आए।",
            "रैली में दस लाख लोग आए।",
        ),
        (
            "Half a million people lost power.",
            "पाँच लाख लोगों की बिजली चली गई।",
            "पचास लाख लोगों की बिजली चली गई।",
        ),
        (
            "The council has a dozen members.",
            "परिषद में बारह सदस्य हैं।",
            "परिषद में दो सदस्य हैं।",
        ),
        (
            "Hundreds of people gathered outside.",
            "सैकड़ों लोग बाहर जमा हुए।",
            "हज़ारों लोग बाहर जमा हुए।",
        ),
    ],
)
def test_number_words_with_articles_and_orders(post: str, faithful: str, changed: str) -> None:
    assert "number" not in kinds(post, faithful)
    assert "number" in kinds(post, changed)


# --- negation by meaning ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("post", "flipped"),
    [
        ("We agree with the committee's statement.", "हम समिति के बयान से असहमत हैं।"),
        ("The effort to stop them was unsuccessful.", "उन्हें रोकने का प्रयास सफल रहा।"),
        ("The party supports the new bill.", "पार्टी नए विधेयक का विरोध करती है।"),
        ("The patient is in stable condition.", "मरीज की हालत अस्थिर है।"),
        ("The team won the final.", "टीम फाइनल हार गई।"),
    ],
)
def test_a_word_turned_into_its_opposite_is_negation(post: str, flipped: str) -> None:
    assert "negation" in kinds(post, flipped)


@pytest.mark.parametrize(
    ("post", "rendering"),
    [
        ("We disagree with the committee's statement.", "हम समिति के बयान से असहमत हैं।"),
        ("We do not agree with the statement.", "हम बयान से असहमत हैं।"),
        ("The effort was unsuccessful.", "प्रयास सफल नहीं रहा।"),
        ("The effort was unsuccessful.", "प्रयास असफल रहा।"),
        ("Two children were missing after the flood.", "बाढ़ के बाद दो बच्चे मौजूद नहीं थे।"),
        ("She worked tirelessly for the village.", "उन्होंने गांव के लिए बिना थके काम किया।"),
        (
            "We can't wait to welcome our customers tomorrow.",
            "हम कल अपने ग्राहकों का स्वागत करने के लिए और इंतजार नहीं कर सकते।",
        ),
        (
            "Not only the city but also the villages were flooded.",
            "न केवल शहर बल्कि गांव भी डूब गए।",
        ),
    ],
)
def test_the_same_meaning_said_another_way_is_no_negation(post: str, rendering: str) -> None:
    assert "negation" not in kinds(post, rendering)


# --- names the lexicon knows ----------------------------------------------------------------


def test_a_people_swapped_for_another_known_one_is_an_entity_change() -> None:
    post = "On Monday, Romanian troops reached the border."
    assert "entity" in kinds(post, "सोमवार को यूनानी सैनिक सीमा पर पहुंचे।")
    assert "entity" not in kinds(post, "सोमवार को रोमानियाई सैनिक सीमा पर पहुंचे।")


def test_a_name_swapped_in_the_same_slot_is_found_though_the_order_changes() -> None:
    post = "Volunteers from across the region helped to rebuild the old school in West Virginia."
    swapped = "पश्चिम ओहायो में पुराने स्कूल को फिर से बनाने में पूरे क्षेत्र के स्वयंसेवकों ने मदद की।"
    kept = "पश्चिम वर्जीनिया में पुराने स्कूल को फिर से बनाने में पूरे क्षेत्र के स्वयंसेवकों ने मदद की।"
    assert "entity" in kinds(post, swapped)
    assert "entity" not in kinds(post, kept)


def test_a_country_named_another_way_and_a_compound_translation_are_no_swap() -> None:
    assert "entity" not in kinds(
        "U.S. President George W. Bush welcomed the announcement.",
        "अमेरिकी राष्ट्रपति जॉर्ज डब्ल्यू बुश ने घोषणा का स्वागत किया.",
    )
    assert "entity" not in kinds(
        "Palestine wants the borders before the 1967 Mideast War.",
        "फ़िलिस्तीन 1967 के मध्यपूर्व युद्ध से पहले की सीमाएं चाहता है.",
    )


def test_a_company_the_lexicon_spells_out_swapped_for_another() -> None:
    post = "The ministry said Google had postponed the release of its annual report."
    assert "entity" in kinds(
        post, "मंत्रालय ने कहा कि माइक्रोसॉफ़्ट ने अपनी वार्षिक रिपोर्ट जारी करना टाल दिया है।"
    )
    assert "entity" not in kinds(
        post, "मंत्रालय ने कहा कि गूगल ने अपनी वार्षिक रिपोर्ट जारी करना टाल दिया है।"
    )


def test_a_number_word_that_renders_a_word_of_the_post_is_no_figure() -> None:
    post = "Photographers often follow the rule of thirds when they frame a picture."
    assert "number" not in kinds(post, "फोटोग्राफर तस्वीर बनाते समय अक्सर तीसरे नियम का पालन करते हैं।")
    assert "number" in kinds(post, "फोटोग्राफर तस्वीर बनाते समय अक्सर पांच नियमों का पालन करते हैं।")
