"""Frames that tell of the post around its quoted words, of several posts at once, or of
the post's gist; and clauses that look like a closing frame but are content."""

from __future__ import annotations

from verifier.claims.frame import split_frame


def _content(text: str) -> str:
    return " ".join(split_frame(text).content(text).split())


def test_a_sentence_naming_a_post_around_a_quotation_is_frame() -> None:
    text = "दो अलग-अलग पोस्ट में 'साहस और धैर्य' जैसे शब्द लिखे थे।"
    framing = split_frame(text)
    assert _content(text) == "साहस और धैर्य"
    assert framing.quoted and framing.platform


def test_a_frame_that_gives_several_posts_says_so() -> None:
    assert split_frame("कप्तान ने एक के बाद एक ट्वीट में लिखा, धैर्य, साहस, सम्मान").several
    assert split_frame("दो अलग-अलग पोस्ट में 'साहस और धैर्य' जैसे शब्द लिखे थे।").several
    assert not split_frame("कप्तान ने ट्वीट में लिखा, टीम ने शानदार खेल दिखाया।").several


def test_the_gist_of_a_post_is_told_by_the_article() -> None:
    text = "उनके ट्वीट का सार यह है कि सरकार को किसानों की बात सुननी चाहिए।"
    assert _content(text) == "सरकार को किसानों की बात सुननी चाहिए।"


def test_a_cue_joined_by_and_is_a_clause_of_the_content() -> None:
    # "…, और मंत्री ने भी यही कहा": a claim of its own, not "…, मंत्री ने कहा"
    text = "बांध का जलस्तर खतरे के निशान से ऊपर है, और मंत्री ने भी यही कहा।"
    assert not split_frame(text).frames
    closing = "बांध का जलस्तर खतरे के निशान से ऊपर है, मंत्री ने कहा।"
    assert _content(closing) == "बांध का जलस्तर खतरे के निशान से ऊपर है,"


def test_a_sentence_of_confirmation_that_names_no_post_is_content() -> None:
    text = "बांध का जलस्तर बढ़ गया है। मंत्री ने भी यही कहा।"
    assert not split_frame(text).frames
    # one that names the post, or announces what follows, is frame
    assert split_frame("बांध का जलस्तर बढ़ गया है। उन्होंने ट्वीट किया।").frames
    assert split_frame("वायुसेना ने जानकारी साझा करते हुए कहा है कि").frames
