"""Negation by the meaning of the predicate (issue 12, item 4): a word of negative meaning
counts for a negation only when it does not render a plain word of the other side; a
Hindi word with a negative prefix says a negation of the post in one word; "without" and
antonyms negate by meaning."""

from __future__ import annotations

import pytest

from verifier.drift import judge


def kinds(post: str, rendering: str) -> set[str]:
    return {f.kind for f in judge(post, rendering, post_lang="en", claim_lang="hi").findings}


def test_a_negative_word_that_renders_a_plain_word_does_not_hide_a_dropped_negation() -> None:
    post = "Trade sanctions mean that the company cannot sell new phones."
    assert "negation" in kinds(post, "व्यापार प्रतिबंधों का मतलब है कि कंपनी नए फोन बेच सकती है।")
    assert "negation" not in kinds(post, "व्यापार प्रतिबंधों का मतलब है कि कंपनी नए फोन नहीं बेच सकती।")


def test_rather_than_is_a_negative_word_not_a_negation_to_repeat() -> None:
    post = "The plan puts money into schools rather than roads."
    assert "negation" not in kinds(post, "योजना सड़कों के बजाय स्कूलों में पैसा लगाती है।")
    assert "negation" not in kinds(post, "योजना स्कूलों में पैसा लगाती है, सड़कों में नहीं।")
    assert "negation" in kinds(post, "योजना सड़कों के बजाय स्कूलों में पैसा नहीं लगाती है।")


@pytest.mark.parametrize(
    ("post", "rendering"),
    [
        ("The new rules are not clear.", "नए नियम अस्पष्ट हैं।"),
        ("The results were not stable.", "नतीजे अस्थिर थे।"),
    ],
)
def test_a_prefixed_word_says_the_posts_negation(post: str, rendering: str) -> None:
    assert "negation" not in kinds(post, rendering)


def test_a_prefixed_word_with_a_meaning_of_its_own_still_turns_the_base() -> None:
    # असीमित is "infinite" in the lexicon: in- + "finite", a sense of सीमित
    post = "The bank offers limited credit to farmers."
    assert "negation" in kinds(post, "बैंक किसानों को असीमित ऋण देता है।")
    assert "negation" not in kinds(post, "बैंक किसानों को सीमित ऋण देता है।")


def test_without_a_companion_renders_alone() -> None:
    post = "She climbed the mountain alone."
    assert "negation" not in kinds(post, "उन्होंने बिना किसी साथी के पहाड़ पर चढ़ाई की।")
    assert "negation" in kinds(post, "उन्होंने साथियों के साथ पहाड़ पर चढ़ाई नहीं की।")


def test_occur_is_the_opposite_of_missing() -> None:
    post = "Dolphins occur near the southern coast in winter."
    assert "negation" in kinds(post, "सर्दियों में दक्षिणी तट के पास डॉल्फ़िन लापता रहती हैं।")
    assert "negation" not in kinds(post, "सर्दियों में दक्षिणी तट के पास डॉल्फ़िन मौजूद रहती हैं।")


def test_a_short_function_word_is_no_rendering_of_a_prefixed_base() -> None:
    # "visible" in the lexicon reaches आ (come): आई is no "visible" rendered
    post = "The invisible team sets the standards. The report came out today."
    assert "negation" not in kinds(post, "इनविजिबल टीम मानक तय करती है। रिपोर्ट आज सामने आई।")


def test_a_sentence_for_sentence_rendering_keeps_the_negation_of_a_loose_sentence() -> None:
    # the first sentence is rendered loosely (a low share of its words), but the rendering
    # gives the post sentence for sentence: its dropped "not" counts
    post = "This is not going to be goodbye, friends. This is the end of one chapter."
    assert "negation" in kinds(post, "दोस्तों, यह अलविदा होने जा रहा है। यह एक अध्याय का अंत है।")


def test_a_negation_beyond_the_reach_of_the_posts_negative_word_is_drift() -> None:
    # "unavoidable" reaches "cost", not "lesson": the नहीं on सबक is the rendering's own
    post = "The delay was an unavoidable cost and a very useful lesson for the team."
    assert "negation" in kinds(post, "देरी एक अपरिहार्य कीमत थी और टीम के लिए बहुत उपयोगी सबक नहीं थी।")
    assert "negation" not in kinds(post, "देरी एक अपरिहार्य कीमत थी और टीम के लिए बहुत उपयोगी सबक थी।")


@pytest.mark.parametrize(
    ("post", "rendering"),
    [
        # a verb of negative meaning reaches the clause it governs
        (
            "The company denied that it had sold user data.",
            "कंपनी ने कहा कि उसने उपयोगकर्ताओं का डेटा नहीं बेचा।",
        ),
        ("Few people came to the meeting.", "बैठक में ज़्यादा लोग नहीं आए।"),
        # "not X but Y" sets X right, as "more than just" does
        (
            "The new law is more than just a tax reform.",
            "नया कानून सिर्फ कर सुधार नहीं है बल्कि उससे कहीं ज्यादा है।",
        ),
    ],
)
def test_a_negation_a_negative_word_reaches_is_no_drift(post: str, rendering: str) -> None:
    assert "negation" not in kinds(post, rendering)
