"""Omission and addition: a dropped clause or an added one is reported, a faithful
rendering (paraphrase, reporting frame, a quote declared partial) is not."""

from __future__ import annotations

from verifier.drift import judge
from verifier.drift.clauses import frames, sentences, units


def _kinds(post: str, claim: str) -> list[str]:
    return [f.kind for f in judge(post, claim, post_lang="en", claim_lang="hi").findings]


def _messages(post: str, claim: str, kind: str) -> list[str]:
    j = judge(post, claim, post_lang="en", claim_lang="hi")
    return [f.message for f in j.findings if f.kind == kind]


def test_dropped_but_clause_is_an_omission() -> None:
    post = (
        "The government has announced relief for farmers in the flood-hit districts, "
        "but the opposition says the money will reach them too late."
    )
    claim = "सरकार ने बाढ़ प्रभावित जिलों के किसानों के लिए राहत की घोषणा की है।"
    messages = _messages(post, claim, "omission")
    assert messages
    assert "the opposition says the money will reach them too late" in messages[0]
    assert "सरकार ने बाढ़" in messages[0]  # the message quotes the rendering too


def test_dropped_relative_clause_is_an_omission() -> None:
    post = (
        "The minister visited the hospital in Gorakhpur, where dozens of children died "
        "last month because of a shortage of oxygen."
    )
    claim = "मंत्री ने गोरखपुर के अस्पताल का दौरा किया।"
    assert "omission" in _kinds(post, claim)


def test_dropped_sentence_inside_the_rendered_part_is_an_omission() -> None:
    post = (
        "The new metro line will open on Monday. Tickets will cost less than on the old "
        "line and trains will run every five minutes. The chief minister will attend "
        "the opening."
    )
    claim = "नई मेट्रो लाइन सोमवार को खुलेगी। मुख्यमंत्री उद्घाटन में शामिल होंगे।"
    assert "omission" in _kinds(post, claim)


def test_added_clause_is_an_addition() -> None:
    post = "The court has granted bail to the journalist after three months in jail."
    claim = (
        "अदालत ने तीन महीने जेल में रहने के बाद पत्रकार को ज़मानत दे दी है, "
        "और पुलिस ने इस फैसले को ऊपरी अदालत में चुनौती देने का फैसला किया है।"
    )
    messages = _messages(post, claim, "addition")
    assert messages
    assert "पुलिस" in messages[0]
    assert "The court has granted bail" in messages[0]  # and quotes the post


def test_added_sentence_is_an_addition() -> None:
    post = "Heavy rain has flooded several roads in Mumbai this morning."
    claim = (
        "मुंबई में आज सुबह भारी बारिश से कई सड़कें पानी में डूब गईं। "
        "मौसम विभाग ने अगले तीन दिनों के लिए रेड अलर्ट जारी किया है।"
    )
    assert "addition" in _kinds(post, claim)


def test_faithful_rendering_with_paraphrase_is_not_flagged() -> None:
    post = (
        "We have decided to increase the minimum support price for wheat, "
        "which will help millions of farmers across the country."
    )
    claim = "हमने गेहूं का न्यूनतम समर्थन मूल्य बढ़ाने का फैसला किया है, जिससे देश भर के लाखों किसानों को मदद मिलेगी।"
    kinds = _kinds(post, claim)
    assert "omission" not in kinds
    assert "addition" not in kinds


def test_reporting_frame_is_not_an_addition() -> None:
    post = "The election commission will announce the dates of the assembly elections tomorrow."
    claim = "राहुल गांधी ने ट्वीट कर लिखा कि चुनाव आयोग कल विधानसभा चुनाव की तारीखों का ऐलान करेगा।"
    assert "addition" not in _kinds(post, claim)


def test_partial_quote_is_judged_on_its_part_for_dropped_clauses() -> None:
    # The long second sentence of the post is not a clause missing inside the rendered
    # part; whether the article leaves it out is the unrendered check's (declared partial
    # here, see test_drift_unrendered.py).
    post = (
        "Today I complete ten years in public life. I thank every worker who stood with "
        "me in these difficult years, and I promise to serve them as long as I live."
    )
    claim = "आज मैंने सार्वजनिक जीवन में दस साल पूरे कर लिए हैं।"
    j = judge(post, claim, post_lang="en", claim_lang="hi", partial=True)
    assert "omission" not in [f.kind for f in j.findings]


def test_handles_and_hashtags_left_out_are_not_an_omission() -> None:
    post = "Congratulations to our team on winning the series! #TeamIndia @BCCI"
    claim = "सीरीज़ जीतने पर हमारी टीम को बधाई!"
    assert "omission" not in _kinds(post, claim)


def test_clauses_are_cut_at_conjunctions_and_relatives() -> None:
    en = "He resigned on Monday, and his deputy took charge, which surprised many."
    assert [en[u.start : u.end] for u in units(en, "en")] == [
        "He resigned on Monday",
        "and his deputy took charge",
        "which surprised many.",
    ]
    hi = "उन्होंने सोमवार को इस्तीफा दिया लेकिन पार्टी ने इसे स्वीकार नहीं किया जो हैरानी की बात है।"
    cut = [hi[u.start : u.end] for u in units(hi, "hi")]
    assert cut[1].startswith("लेकिन") and cut[2].startswith("जो")


def test_reporting_frames_and_abbreviations() -> None:
    hi = "उनका कहना है कि सरकार विफल रही है। मोदी के मुताबिक, देश आगे बढ़ रहा है।"
    assert [hi[s.start : s.end] for s in frames(hi)] == ["उनका कहना है कि", "मोदी के मुताबिक,"]
    en = "The U.S. Army said it. Dr. Rao agreed."
    assert len(sentences(en)) == 2


def test_a_short_clause_opened_by_where_is_an_omission() -> None:
    post = "The injured driver was taken to the district hospital, where he later died."
    claim = "घायल ड्राइवर को जिला अस्पताल ले जाया गया।"
    messages = _messages(post, claim, "omission")
    assert messages and "where he later died" in messages[0]


def test_a_two_word_list_item_left_out_is_not_an_omission() -> None:
    post = "The shop sells rice, lentils, sugar and cooking oil at fixed prices."
    claim = "दुकान चावल, दाल और चीनी तय दामों पर बेचती है।"
    assert "omission" not in _kinds(post, claim)


def test_clauses_are_cut_before_rather_than_and_instead_of() -> None:
    text = "The board chose to repair the bridge rather than build a new one."
    pieces = [text[u.start : u.end] for u in units(text, "en")]
    assert any(p.startswith("rather than build") for p in pieces)


def test_a_negation_inside_a_dropped_clause_is_reported_as_the_omission() -> None:
    post = (
        "In 1994 the conflict led to a self-proclaimed republic in eastern Moldova, which has "
        "its own government and currency but is not recognised by any UN member country."
    )
    claim = (
        "1994 में इस संघर्ष की वजह से पूर्वी माल्डोवा में एक स्वघोषित गणराज्य बना, जिसकी अपनी सरकार और मुद्रा है।"
    )
    j = judge(post, claim, post_lang="en", claim_lang="hi")
    kinds = [f.kind for f in j.findings]
    assert "negation" not in kinds  # the rendering flips nothing: it leaves the clause out
    [omission] = [f for f in j.findings if f.kind == "omission"]
    assert "not recognised by any UN member country" in omission.message


def test_a_figure_inside_a_dropped_clause_is_one_finding() -> None:
    post = (
        "29 per cent of those surveyed believe Australia should become a republic as soon as "
        "possible, while 31 per cent believe Australia should never become a republic."
    )
    claim = "सर्वे में शामिल 29 प्रतिशत लोगों का मानना है कि ऑस्ट्रेलिया को जल्द से जल्द गणतंत्र बन जाना चाहिए।"
    j = judge(post, claim, post_lang="en", claim_lang="hi")
    assert [f.kind for f in j.findings] == ["omission"]
    assert "31 per cent believe Australia should never become a republic" in j.findings[0].message


def test_a_flipped_negation_in_a_rendered_clause_is_still_negation() -> None:
    post = "The bridge is not safe, and the city has closed it to traffic."
    claim = "पुल सुरक्षित है, और शहर ने इसे यातायात के लिए बंद कर दिया है।"
    assert "negation" in _kinds(post, claim)
