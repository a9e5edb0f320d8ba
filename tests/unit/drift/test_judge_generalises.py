"""What the judge must do on articles nobody tuned it for: the article's frame is no
addition, names outside the lists, looser transliterations of the author, negative-form
idioms, same-language quotes, and a posting date in the frame."""

from __future__ import annotations

import datetime as dt

import pytest

from verifier.drift import Context, judge


def _kinds(post: str, claim: str, **kw: object) -> set[str]:
    j = judge(post, claim, post_lang=kw.pop("post_lang", "en"), claim_lang="hi", **kw)  # type: ignore[arg-type]
    return {f.kind for f in j.findings if f.severity != "minor"}


POST = "Schools will stay closed on Monday because of the heavy rain."
CONTENT = "भारी बारिश के कारण सोमवार को स्कूल बंद रहेंगे।"


@pytest.mark.parametrize(
    "frame",
    [
        "मुख्यमंत्री ने सोशल मीडिया पर एक पोस्ट में कहा कि {}",
        "बैठक के तुरंत बाद मुख्यमंत्री ने एक्स पर लिखा, '{}'",
        "मुख्यमंत्री ने अपनी एक तस्वीर पोस्ट की और लिखा- {}",
        "एक यूजर के सवाल का जवाब देते हुए उन्होंने कहा कि {}",
        "{} मुख्यमंत्री ने ट्वीट किया।",
        "नई दिल्ली: मुख्यमंत्री ने कहा कि {}",
    ],
)
def test_the_frame_of_a_faithful_rendering_is_no_drift(frame: str) -> None:
    claim = frame.format(CONTENT)
    assert judge(POST, claim, post_lang="en", claim_lang="hi").verdict == "faithful"


def test_the_content_inside_a_frame_is_still_judged() -> None:
    claim = "मुख्यमंत्री ने ट्वीट कर कहा कि भारी बारिश के कारण मंगलवार को स्कूल बंद रहेंगे।"
    assert "date" in _kinds(POST, claim)


def test_the_frame_names_the_speaker_for_attribution() -> None:
    claim = "विपक्ष के नेता राहुल गांधी ने ट्वीट कर कहा कि " + CONTENT
    ctx = Context(author_name="Eknath Shinde", handle="mieknathshinde")
    assert "attribution" in _kinds(POST, claim, context=ctx)
    loose = "एकनाथ शिंदे ने ट्वीट कर कहा कि " + CONTENT
    assert "attribution" not in _kinds(POST, loose, context=ctx)


def test_a_posting_day_in_the_frame_is_checked_against_the_post_date() -> None:
    ctx = Context(post_date=dt.date(2026, 2, 1))  # a Sunday
    right = "मुख्यमंत्री ने रविवार को ट्वीट कर कहा कि " + CONTENT
    wrong = "मुख्यमंत्री ने बुधवार को ट्वीट कर कहा कि " + CONTENT
    assert "date" not in _kinds(POST, right, context=ctx)
    assert "date" in _kinds(POST, wrong, context=ctx)


def test_a_us_state_swapped_for_another_is_an_entity_drift() -> None:
    post = "In Oregon, fourteen schools near the coast were closed on Wednesday."
    claim = "नेब्रास्का में तट के पास स्थित चौदह स्कूल बुधवार को बंद कर दिए गए।"
    assert "entity" in _kinds(post, claim)
    same = "ओरेगन में तट के पास स्थित चौदह स्कूल बुधवार को बंद कर दिए गए।"
    assert "entity" not in _kinds(post, same)


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        (
            "We can't wait to welcome you tomorrow.",
            "हम कल आपका स्वागत करने के लिए बेसब्री से इंतज़ार कर रहे हैं।",
        ),
        ("Thank you for cheering for us relentlessly.", "बिना थके हमारा उत्साह बढ़ाने के लिए धन्यवाद।"),
    ],
)
def test_a_negative_form_with_a_positive_meaning_is_no_negation(post: str, claim: str) -> None:
    assert "negation" not in _kinds(post, claim)


def test_a_same_language_quote_is_diffed_word_by_word() -> None:
    post = "अलविदा कुश्ती 2001-2024। आप सबकी हमेशा ऋणी रहूँगी।"
    same = "उन्होंने लिखा, 'अलविदा कुश्ती 2001-2024। आप सबकी हमेशा ऋणी रहूंगी।'"
    changed = "उन्होंने लिखा, 'अलविदा कुश्ती 2001-2021। आप सबकी हमेशा ऋणी रहूंगी।'"
    negated = "उन्होंने लिखा, 'अलविदा कुश्ती 2001-2024। आप सबकी कभी ऋणी नहीं रहूंगी।'"
    assert _kinds(post, same, post_lang="hi") == set()
    assert "number" in _kinds(post, changed, post_lang="hi")
    assert "negation" in _kinds(post, negated, post_lang="hi")


def test_a_role_that_is_not_the_institutions_is_attribution() -> None:
    ctx = Context(author_name="Mumbai Police", handle="MumbaiPolice", speaker="विपक्ष")
    assert "attribution" in _kinds(POST, CONTENT, context=ctx)
    right = Context(author_name="Mumbai Police", handle="MumbaiPolice", speaker="पुलिस")
    assert "attribution" not in _kinds(POST, CONTENT, context=right)


def test_a_reported_speaker_swapped_for_another_role_is_attribution() -> None:
    post = "The researchers suggested that the sample shows adult plumage."
    swapped = "सरकार ने सुझाव दिया कि नमूना वयस्क पंख दिखाता है।"
    kept = "शोधकर्ताओं ने सुझाव दिया कि नमूना वयस्क पंख दिखाता है।"
    assert "attribution" in _kinds(post, swapped)
    assert "attribution" not in _kinds(post, kept)
