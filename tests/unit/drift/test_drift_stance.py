"""Stance words softened or sharpened in the rendering (an intensity finding)."""

from __future__ import annotations

import pytest

from verifier.drift import judge


def stance_findings(post: str, claim: str) -> list[str]:
    j = judge(post, claim, post_lang="en", claim_lang="hi")
    return [f.message for f in j.findings if f.kind == "intensity" and "stance" in f.message]


@pytest.mark.parametrize(
    ("post", "claim", "word"),
    [
        # concern sharpened into outrage
        (
            "We are concerned about the violence in the border districts.",
            "हम सीमावर्ती जिलों में हिंसा को लेकर बेहद आक्रोशित हैं।",
            "आक्रोशित",
        ),
        # a strong condemnation softened to concern
        (
            "India strongly condemns the terror attack in Pahalgam.",
            "भारत ने पहलगाम में हुए आतंकी हमले पर चिंता जताई।",
            "चिंता",
        ),
        # ironic amusement rendered as shock
        (
            "Quite amused that the committee retweeted this.",
            "हैरान हूं कि समिति ने इसे रीट्वीट किया।",
            "हैरान",
        ),
    ],
)
def test_a_changed_stance_is_reported_with_both_words(post: str, claim: str, word: str) -> None:
    messages = stance_findings(post, claim)
    assert messages and word in messages[0]


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        (
            "Deeply saddened by the loss of lives in the bus accident.",
            "बस दुर्घटना में लोगों की मौत से बेहद दुखी हूं।",
        ),
        ("We welcome the decision of the Supreme Court.", "हम सुप्रीम कोर्ट के फैसले का स्वागत करते हैं।"),
        (
            "India condemns the attack on the embassy.",
            "भारत ने दूतावास पर हुए हमले की निंदा की।",
        ),
        (
            "The stunning views of the valley drew thousands of tourists.",
            "घाटी के बेहतरीन नज़ारों ने हज़ारों पर्यटकों को आकर्षित किया।",
        ),
        # irritation rendered as anger: close enough in strength
        (
            "Community irritation led to efforts to draft a policy.",
            "सामुदायिक गुस्से के कारण नीति का मसौदा बनाने के प्रयास हुए।",
        ),
        # "tough words for" is criticism, which निंदा renders
        (
            "Gingrich lauded Santorum, but had tough words for Romney.",
            "गिंगरिच ने सेंटोरम की तारीफ की, लेकिन रोमनी की निंदा की।",
        ),
    ],
)
def test_a_stance_rendered_as_the_post_has_it_is_not_flagged(post: str, claim: str) -> None:
    assert stance_findings(post, claim) == []


def hedge_findings(post: str, claim: str) -> list[str]:
    j = judge(post, claim, post_lang="en", claim_lang="hi")
    return [
        f.message for f in j.findings if f.kind == "intensity" and "without a hedge" in f.message
    ]


def test_a_hedge_added_to_a_plain_statement_is_a_softening() -> None:
    messages = hedge_findings(
        "The bridge collapsed because of poor maintenance.",
        "पुल शायद खराब रखरखाव की वजह से गिरा।",
    )
    assert messages and "शायद" in messages[0]


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        (
            "The bridge may have collapsed because of poor maintenance.",
            "पुल शायद खराब रखरखाव की वजह से गिरा।",
        ),
        ("The rumoured deal was signed on Monday.", "कथित सौदे पर सोमवार को हस्ताक्षर हुए।"),
        ("It can feel good to help others.", "दूसरों की मदद करना अच्छा लगता है।"),
    ],
)
def test_a_hedge_the_post_has_is_not_flagged(post: str, claim: str) -> None:
    assert hedge_findings(post, claim) == []
