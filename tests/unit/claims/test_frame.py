"""The article's frame (who posted, where, when, how) is told apart from the post's words."""

from __future__ import annotations

import pytest

from verifier.claims.frame import split_frame


def _content(text: str) -> str:
    return " ".join(split_frame(text).content(text).split())


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "विदेश मंत्री ने सोशल मीडिया पर एक पोस्ट में कहा कि हमारे संबंध मजबूत हो रहे हैं।",
            "हमारे संबंध मजबूत हो रहे हैं।",
            "विदेश मंत्री",
        ),
        (
            "मैच के बाद कप्तान ने एक्स (पूर्व में ट्विटर) पर लिखा, 'टीम ने शानदार खेल दिखाया।'",
            "टीम ने शानदार खेल दिखाया।'",
            "कप्तान",
        ),
        (
            "उन्होंने अपनी एक तस्वीर पोस्ट की और लिखा- आज का दिन बहुत अच्छा रहा।",
            "आज का दिन बहुत अच्छा रहा।",
            "उन्होंने",
        ),
        (
            "एक यूजर के सवाल का जवाब देते हुए उन्होंने कहा कि वह जल्द लौटेंगे।",
            "वह जल्द लौटेंगे।",
            "उन्होंने",
        ),
        (
            "दोनों देशों की दोस्ती पहले से मजबूत है, ”राष्ट्रपति ने रविवार को ट्वीट किया।",
            "दोनों देशों की दोस्ती पहले से मजबूत है,",
            "राष्ट्रपति",
        ),
    ],
)
def test_frame_is_not_content(text: str, content: str, speaker: str) -> None:
    framing = split_frame(text)
    assert _content(text) == content
    assert framing.speaker == speaker


def test_an_act_keeps_what_the_post_does() -> None:
    # "congratulated Modi" is what the post says; only the agent and the medium are frame
    text = "राहुल गांधी ने ट्वीट कर प्रधानमंत्री को जन्मदिन की बधाई दी।"
    assert _content(text) == "प्रधानमंत्री को जन्मदिन की बधाई दी।"


def test_a_frame_repeated_inside_the_quote_is_frame_too() -> None:
    text = "खबर मिलते ही उन्होंने लिखा, 'अभिनेता ने ट्वीट कर लिखा, 'यह बहुत दुखद खबर है।'"
    assert _content(text) == "यह बहुत दुखद खबर है।'"


@pytest.mark.parametrize(
    "text",
    [
        "सरकार ने नई नीति को मंजूरी दे दी है।",  # no speech at all
        "उन्होंने इसकी पुष्टि की।",  # an act with nothing more: the act is the content
    ],
)
def test_no_frame_without_content_after_or_before_it(text: str) -> None:
    assert _content(text) == text


def test_quotation_or_reported_speech() -> None:
    assert split_frame("उन्होंने लिखा, “हम जीतेंगे और आगे बढ़ेंगे।”").quoted
    assert not split_frame("उन्होंने लिखा कि हम जीतेंगे और आगे बढ़ेंगे।").quoted


def test_offsets_of_the_content_are_kept() -> None:
    text = "मोदी ने ट्वीट कर कहा कि देश आगे बढ़ रहा है।"
    content = split_frame(text).content(text)
    assert len(content) == len(text)
    assert content.index("देश") == text.index("देश")


def test_a_sentence_that_only_says_someone_posted_is_all_frame() -> None:
    text = "भारी बारिश के कारण स्कूल बंद रहेंगे। मुख्यमंत्री ने ट्वीट किया।"
    assert _content(text) == "भारी बारिश के कारण स्कूल बंद रहेंगे।"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the article's narrative, however long, up to the quotation its verb introduces
        (
            "हर रोज़ लोगों की मदद करने वाले मंत्री के साथ आखिर ऐसा क्या हुआ जिससे उन्हें कहना "
            "पड़ा कि ‘मैं ठीक हूं, चिंता न करें।’",
            "मैं ठीक हूं, चिंता न करें।’",
        ),
        (
            "अभिनेता अपने पुराने साथी के जाने से दुखी हुए और ट्वीट किया, 'वह चला गया, मैं टूट गया हूं।'",
            "वह चला गया, मैं टूट गया हूं।'",
        ),
        # an act that reports what follows कि ("demanded that …")
        (
            "सत्र के आखिरी हफ्ते को देखते हुए पार्टी के नेता ने मांग की है कि सरकार सदन में चर्चा करे।",
            "सरकार सदन में चर्चा करे।",
        ),
        # a sentence that ends on a colon announces the next one
        (
            "जीत के बाद उन्होंने ट्वीट किया:\nयह पूरी टीम की मेहनत का फल है।",
            "यह पूरी टीम की मेहनत का फल है।",
        ),
        # the article's account of the post, then the post's words in quotation marks
        (
            "खिलाड़ी ने अपने X हैंडल पर भावुक पोस्ट लिखी और अपने कोच को याद किया। ‘आपके बिना "
            "यह जीत संभव नहीं थी।’",
            "‘आपके बिना यह जीत संभव नहीं थी।’",
        ),
    ],
)
def test_narrative_around_a_quotation_is_frame(text: str, content: str) -> None:
    assert _content(text) == content


def test_a_quotation_without_a_verb_of_saying_before_it_is_content() -> None:
    text = "मैदान पर ‘जय हो’ के नारे गूंजते रहे और दर्शक देर तक रुके।"
    assert _content(text) == " ".join(text.split())
