"""What a rendering passes over, adds or leaves out, read beyond matched words: connectors
a clause keeps, agents a loose rendering does not invent, clauses a summary skips, and
frames that belong to the post itself."""

from __future__ import annotations

from verifier.drift import Context, judge
from verifier.drift.clauses import units
from verifier.drift.collect import split_clauses
from verifier.drift.connectors import count, opening_class, unmatched_connector
from verifier.drift.coverage import _asserts
from verifier.drift.judge import _match
from verifier.drift.passed import passed_over
from verifier.model import Span


def _kinds(post: str, claim: str, **kw: object) -> list[str]:
    j = judge(post, claim, post_lang="en", claim_lang="hi", **kw)  # type: ignore[arg-type]
    return [f.kind for f in j.findings]


def test_connector_classes_in_both_languages() -> None:
    assert opening_class("but it is all for the tourists", "en") == "contrast"
    assert opening_class(", which opened in 1990", "en") == "relative"
    assert opening_class("लेकिन यह सब पर्यटकों के लिए है", "hi") == "contrast"
    assert opening_class("जिसमें सौ लोग थे", "hi") == "relative"
    assert opening_class("and then it rained", "en") == "and"
    assert opening_class("so it rained", "en") is None
    # बल्कि renders "but rather", yet opens "more than just" too: counted, never an opening
    assert count("यह विधि नहीं है, बल्कि एक सहारा है", "hi", "contrast") == 1
    assert opening_class("बल्कि उससे कहीं ज़्यादा", "hi") is None
    assert count("यह सस्ता है, पर अच्छा नहीं। मेज पर किताब है।", "hi", "contrast") == 1
    # "while" may be rendered जबकि, but a clause opening with it may be one of time
    assert count("He sang while she danced", "en", "contrast") == 1
    assert opening_class("while she danced", "en") is None


def test_a_contrast_clause_with_no_contrast_in_the_rendering_has_no_counterpart() -> None:
    post = "The shops sell pottery, but it's all for the tourists."
    assert unmatched_connector(
        "but it's all for the tourists", "en", post, "दुकानें मिट्टी के बर्तन बेचती हैं।", "hi",
        frozenset({"contrast"}),
    )  # fmt: skip
    # "and" joins list items too: only a rendering with no और at all lacks the and-clause
    two = "Voters and observers see the box, and no envelope is added."
    kinds = frozenset({"and"})
    assert unmatched_connector(
        "and no envelope is added", "en", two, "लोग डिब्बा देखते हैं।", "hi", kinds
    )
    assert not unmatched_connector(
        "and no envelope is added", "en", two, "मतदाता और पर्यवेक्षक डिब्बा देखते हैं।", "hi", kinds
    )
    assert not unmatched_connector(
        "but it's all for the tourists", "en", post,
        "दुकानें बर्तन बेचती हैं, लेकिन सब सैलानियों के लिए।", "hi", frozenset({"contrast"}),
    )  # fmt: skip


def test_dropped_but_clause_whose_words_the_rendering_might_hide_is_an_omission() -> None:
    # The rendering has unknown words ("मानकों पर खरा उतरता") that could have
    # rendered the clause by their count alone, but no word of contrast: the clause is gone.
    post = "The new stadium meets the same safety standards as the old one, but there are subtle differences."
    claim = "नया स्टेडियम पुराने स्टेडियम की तरह ही सुरक्षा के समान मानकों पर खरा उतरता है."
    assert "omission" in _kinds(post, claim)


def test_an_added_clause_with_an_agent_of_its_own_is_an_addition() -> None:
    post = "Then, the choir took the lead in singing the hymns."
    claim = "फिर, गायक मंडली ने भजन गायकी की कमान संभाली, और विशेषज्ञों ने भी इसकी सराहना की."
    assert "addition" in _kinds(post, claim)


def test_the_author_or_an_office_as_agent_is_no_new_source() -> None:
    post = "With deep regret, eleven persons on board have died in the accident."
    claim = "इस हादसे में ग्यारह लोगों की मौत हो गई। यह घोषणा भारतीय वायुसेना ने की।"
    context = Context(author_name="Indian Air Force")
    assert "addition" not in _kinds(post, claim, context=context)


def test_unrendered_post_sentence_can_be_the_counterpart_of_added_words() -> None:
    # The first sentence of the post is rendered in words the lexicon does not know; a
    # stray match elsewhere does not make it unavailable as the counterpart.
    post = (
        "Some venues offer alcoholic beverages on the house. However, drunkenness impairs "
        "judgement, and all good gamblers know the importance of staying sober."
    )
    claim = (
        "कुछ स्थान मादक पेय प्रदान करते हैं | हालांकि, नशे से निर्णय प्रभावित होता है, "
        "और सभी अच्छे जुआरी सादा रहने के महत्व को जानते हैं।"
    )
    assert "addition" not in _kinds(post, claim)


def test_a_thousands_comma_and_a_typed_danda() -> None:
    text = "उन्होंने 28 देशों के लिए 1,000 से ज़्यादा स्टैम्प बनाए."
    assert not any(text[u.start : u.end] == "000 से ज़्यादा स्टैम्प बनाए." for u in units(text, "hi"))
    assert len(units("He produced over 1,000 stamps.", "en")) == 1
    assert len(split_clauses("कुछ स्थान पेय देते हैं | हालांकि, नशा बुरा है।")) == 2


def test_a_summary_passes_over_the_negation_of_a_clause_it_skips() -> None:
    post = "If you face any trouble on the road, don't wait, just #Dial112. #PoliceHelp"
    claim = (
        "इसमें कैप्शन लिखा गया कि यदि आप सड़क पर कभी भी किसी मुसीबत का सामना कर रहे हैं, "
        "तो पुलिस के नंबर पर डायल करें."
    )
    assert "negation" not in _kinds(post, claim)


def test_passed_over_pieces_of_reported_speech_and_of_a_quotation() -> None:
    post = "No lawyers, No apology, No fine, No waste of space"
    claim = "वे अवमानना के मामले में कोई वकील भी नहीं रखेंगे।"
    match = _match(post, "en", claim, "hi")
    region = Span(0, len(post))
    skipped = [s.slice(post) for s in passed_over(match, region, quoted=False)]
    assert "No apology" in " ".join(skipped) and "No lawyers" not in " ".join(skipped)
    # A quotation claims to give the post's words: a piece whose flipped word left it
    # unmatched ("unstable" → स्थिर) has its rendering right there, unexplained.
    post = "Some atoms have unstable nuclei which means that they tend to break apart easily."
    claim = "कुछ अणुओं में स्थिर केंद्रक होता है, जिसका मतलब है कि उनमें टूटने की प्रवृत्ति होती है."
    match = _match(post, "en", claim, "hi")
    region = Span(0, len(post))
    assert passed_over(match, region, quoted=False)
    assert passed_over(match, region, quoted=True) == []


def test_a_post_that_reports_its_source_keeps_the_rendered_source_as_content() -> None:
    post = (
        "The National Hurricane Center (NHC) says that at this point Jerry poses no threat to land."
    )
    claim = "राष्ट्रीय तूफ़ान केंद्र (एनएचसी) का कहना है कि इस समय जैरी से ज़मीन को कोई खतरा नहीं है।"
    assert _kinds(post, claim) == []
    post = "According to Japan's nuclear agency, radioactive caesium has been found at the plant."
    claim = "जापान की परमाणु एजेंसी के अनुसार, प्लांट में रेडियोधर्मी सीज़ियम पाया गया है."
    assert "omission" not in _kinds(post, claim)


def test_several_posts_in_one_rendering_add_nothing_to_one_of_them() -> None:
    claim = "कप्तान ने एक के बाद एक ट्वीट में लिखा, Courage (साहस), Patience (धैर्य), Respect (सम्मान)"
    assert "addition" not in _kinds("Courage", claim)


def test_the_authors_own_act_in_the_post_keeps_the_article_frame() -> None:
    # "I announced" is the author's act, not a source the post reports: "मंत्री ने कहा कि"
    # is still the article's frame, not added words.
    post = "Today I announced a new fund for farmers in the state."
    claim = "मंत्री ने कहा कि आज मैंने राज्य के किसानों के लिए एक नए कोष की घोषणा की।"
    assert "addition" not in _kinds(post, claim)


def test_a_piece_of_function_words_adds_nothing() -> None:
    # "though most" cut off from its clause by a comma: a connector and a quantifier assert
    # nothing of their own, whatever the lexicon failed to match around them.
    assert not _asserts("हालांकि ज़्यादातर")
    assert _asserts("लेकिन सब पर्यटकों के लिए है")
