"""How the judge reads a rendering as articles write them: what is the article's own
(narrative, background figures, the posting day), what a summary may leave out, and who
the words are given to."""

from __future__ import annotations

import datetime as dt

from verifier.drift import Context, judge
from verifier.model import Span


def _kinds(post: str, claim: str, **kw: object) -> dict[str, str]:
    j = judge(post, claim, post_lang="en", claim_lang="hi", **kw)  # type: ignore[arg-type]
    return {f.kind: f.severity for f in j.findings}


def test_the_articles_narrative_before_a_quotation_is_not_an_addition() -> None:
    post = "Rest assured, I am fine and back at work."
    claim = (
        "हमेशा लोगों की समस्याएं सुलझाने वाली मंत्री के साथ आखिर ऐसा क्या हुआ जिससे उन्हें "
        "कहना पड़ा कि ‘निश्चिंत रहिए, मैं ठीक हूं और काम पर लौट आई हूं।’"
    )
    assert "addition" not in _kinds(post, claim)


def test_a_clause_another_rendering_gives_is_not_left_out() -> None:
    post = "I had a phone call with the President and wished him a successful summit."
    claim = "उन्होंने कहा कि उन्होंने राष्ट्रपति के साथ फोन पर बात की।"
    cut = post.index("and wished")
    alone = _kinds(post, claim)
    with_rest = _kinds(post, claim, elsewhere=[Span(cut, len(post))])
    assert "omission" not in with_rest
    assert alone.get("omission") != "critical"


def test_reported_speech_may_leave_out_a_detail_but_not_a_negation() -> None:
    post = "The lander has been found by our orbiter, the Lunar Reconnaissance Orbiter, near the crater."
    detail = "नासा ने ट्वीट करते हुए लिखा कि हमारे ऑर्बिटर ने गड्ढे के पास लैंडर को ढूंढ लिया है।"
    assert _kinds(post, detail).get("omission") in (None, "minor")
    post = "Officials said the dam is safe, but the town will not be evacuated before Monday."
    negation_dropped = "अधिकारियों ने कहा कि बांध सुरक्षित है।"
    assert _kinds(post, negation_dropped).get("omission") not in (None, "minor")


def test_a_figure_the_post_lacks_is_background_in_reported_speech_but_drift_in_a_quote() -> None:
    post = "Thank you for the wishes on my election as Prime Minister."
    reported = "नेता ने 24वें प्रधानमंत्री के रूप में शपथ लेने के बाद बधाई संदेश का जवाब देते हुए आभार जताया।"
    quoted = "उन्होंने लिखा, “24वें प्रधानमंत्री के रूप में मेरे चुनाव पर बधाई के लिए धन्यवाद।”"
    assert _kinds(post, reported).get("number") == "minor"
    assert _kinds(post, quoted).get("number") == "critical"


def test_kal_for_a_purpose_clause_stays_tomorrow_or_yesterday() -> None:
    post = "We can't wait to welcome our customers to the new store tomorrow."
    claim = "हम कल नए स्टोर में अपने ग्राहकों का स्वागत करने के लिए और इंतजार नहीं कर सकते।"
    assert "date" not in _kinds(post, claim)


def test_the_posting_weekday_may_be_the_next_day_in_indian_time() -> None:
    post = "If you are facing an emergency, dial 100."
    sunday = dt.date(2023, 1, 29)
    monday = "सोमवार को पुलिस ने ट्वीट किया, 'यदि आप किसी आपदा का सामना कर रहे हैं, तो 100 डायल करें।'"
    wednesday = monday.replace("सोमवार", "बुधवार")
    assert "date" not in _kinds(post, monday, context=Context(post_date=sunday))
    assert _kinds(post, wednesday, context=Context(post_date=sunday)).get("date")


def test_a_partial_quote_in_the_posts_own_language_is_a_selection() -> None:
    post = (
        "नहीं! सोशल मीडिया पर शेयर किए जा रहे लॉकडाउन के दावे फर्जी हैं। सही जानकारी के लिए "
        "केवल आधिकारिक सूत्रों पर भरोसा करें।"
    )
    claim = "सरकार के मुताबिक सोशल मीडिया पर शेयर किए जा रहे लॉकडाउन के दावे फर्जी हैं।"
    j = judge(post, claim, post_lang="hi", claim_lang="hi")
    assert j.verdict == "faithful", j.findings


def test_an_outside_voice_cannot_speak_for_an_institution() -> None:
    post = "The lander has touched down safely on the surface."
    claim = "लैंडर सतह पर सुरक्षित उतर गया है।"
    agency = Context(author_name="ISRO", handle="isro", speaker="विपक्ष", cue="विपक्ष ने कहा कि")
    person = Context(
        author_name="Rahul Kumar", handle="rahulk", speaker="विपक्ष", cue="विपक्ष ने कहा कि"
    )
    assert _kinds(post, claim, context=agency).get("attribution") == "critical"
    assert "attribution" not in _kinds(post, claim, context=person)


def test_the_speaker_a_post_reports_is_kept_by_name_or_by_role() -> None:
    post = "Some patients caught the infection in the hospital, Dr. Moll thinks."
    swapped = "डॉ गोसलिंग का मानना है कि कुछ मरीजों को अस्पताल में ही संक्रमण हुआ।"
    kept = "डॉ मॉल का मानना है कि कुछ मरीजों को अस्पताल में ही संक्रमण हुआ।"
    assert _kinds(post, swapped).get("attribution") == "critical"
    assert "attribution" not in _kinds(post, kept)
    role = "Scientists think that the cats find their prey by smell."
    by_role = "वैज्ञानिकों का मानना है कि बिल्लियां गंध से अपना शिकार ढूंढती हैं।"
    assert "attribution" not in _kinds(role, by_role)


def test_a_figure_in_a_label_is_no_figure_to_leave_out() -> None:
    post = "T 3549 - my son wrote me a letter when I was away on a long outdoor schedule .."
    claim = 'उन्होंने लिखा: "जब मैं लंबे समय के लिए बाहर था तो मेरे बेटे ने मुझे एक पत्र लिखा था."'
    assert "omission" not in _kinds(post, claim)
    counted = "The jet carried 239 people when it vanished."
    dropped = 'उन्होंने लिखा, "विमान गायब होने पर उसमें लोग सवार थे।"'
    assert _kinds(counted, dropped).get("omission")


def test_a_common_hindi_word_is_not_a_name_put_in_place_of_one() -> None:
    post = "I spoke with Prime Minister Narendra Modi about the summit in Bali last month."
    claim = "उन्होंने कहा कि पिछले महीने बाली में आयोजित शिखर सम्मेलन के बारे में बात हुई।"
    assert "entity" not in _kinds(post, claim)


def test_a_word_in_capitals_for_emphasis_is_not_a_name() -> None:
    post = "For all the hype AMPLIFIED by a section of the media, the party will struggle."
    claim = "उन्होंने कहा कि मीडिया का एक वर्ग कितना भी हाइप बना ले, पार्टी को संघर्ष करना पड़ेगा।"
    assert "entity" not in _kinds(post, claim)


def test_the_author_named_in_the_rendering_is_no_stand_in_for_another_name() -> None:
    post = "What do Rahul Gandhi and his party have in common? Their silence."
    claim = "इस पोस्ट में स्मृति ईरानी ने राहुल की चुप्पी पर सवाल उठाया है।"
    ctx = Context(author_name="Smriti Z Irani", handle="smritiirani")
    assert "entity" not in _kinds(post, claim, context=ctx)
