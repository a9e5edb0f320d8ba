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
