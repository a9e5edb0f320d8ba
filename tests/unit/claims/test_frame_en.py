"""The article's frame around an English rendering (``claims.frame_en``): who posted, where
and how is cut off; only the post's words are left to judge."""

from __future__ import annotations

import pytest

from verifier.claims import extract_claims
from verifier.claims.frame_en import split_frame_en
from verifier.parse.article import parse_text


def content(text: str) -> str:
    return " ".join(split_frame_en(text).content(text).split())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # reported speech: the sentence up to the verb of saying and "that"
        (
            "In a surprising announcement on March 2, Prime Minister Narendra Modi tweeted "
            "that he is thinking of giving up his social media accounts.",
            "he is thinking of giving up his social media accounts.",
        ),
        (
            "In a surprising development, PM Modi in a tweet said he is thinking of quitting.",
            "he is thinking of quitting.",
        ),
        (
            "US President Donald Trump on Monday tweeted in Hindi on his way to India, saying "
            "he is eager to visit the country.",
            "he is eager to visit the country.",
        ),
        (
            "Sharing this on X, he said he was getting lots of interesting feedback.",
            "he was getting lots of interesting feedback.",
        ),
        # a quotation introduced before it
        (
            'ISRO took to X (formerly Twitter) posting, "India, I reached my destination!"',
            '"India, I reached my destination!"',
        ),
        (
            "Prime Minister Narendra Modi has posted a message on his Facebook stating “This "
            "Sunday, thinking of giving up my accounts”.",
            "“This Sunday, thinking of giving up my accounts”.",
        ),
        # a quotation introduced after it, and split around the attribution
        (
            '"Will keep you all posted," PM Modi said.',
            '"Will keep you all posted,"',
        ),
        (
            '"This Sunday, thinking of giving up my accounts," PM Modi said, adding, "will keep '
            'you all posted."',
            '"This Sunday, thinking of giving up my accounts," "will keep you all posted."',
        ),
        (
            "“India, I reached my destination!” tweeted the Indian Space Research Organisation "
            "(ISRO) after the landing at 6:04 pm today.",
            "“India, I reached my destination!”",
        ),
        # the original of a translation, and what the post replies to, are frame
        (
            "Trump tweeted, “हम भारत आने के लिए तत्पर हैं”, which translates to “We look "
            "forward to coming to India.”",
            "“We look forward to coming to India.”",
        ),
        (
            'A fan wrote: "you should watch 1st three overs", to which the Google CEO’s witty '
            'response was: "Did that too, what a spell."',
            '"Did that too, what a spell."',
        ),
    ],
)
def test_the_frame_is_cut_off(sentence: str, expected: str) -> None:
    assert content(sentence) == expected


@pytest.mark.parametrize(
    "text",
    [
        "he will keep everybody posted",  # "posted" with nothing after it introduces nothing
        "I said it before and I will say it again: we will win.",  # the post's own words
        'he is "thinking" of giving up his accounts',  # a word in quotes inside the content
        "India, I reached my destination and you too!’: Chandrayaan-3. Congratulations!",
    ],
)
def test_content_without_a_frame_is_left_whole(text: str) -> None:
    assert split_frame_en(text).frames == ()


def test_a_scare_quote_inside_reported_speech_is_not_the_content() -> None:
    s = "PM Modi announced that he is “thinking” of giving up his accounts on Sunday."
    assert content(s) == "he is “thinking” of giving up his accounts on Sunday."


def test_the_speaker_is_the_name_without_titles() -> None:
    assert split_frame_en("Congress leader Rahul Gandhi tweeted, “Give up hatred”").speaker == (
        "Rahul Gandhi"
    )
    assert split_frame_en('"Will keep you posted," PM Modi said.').speaker == "Modi"
    # a body named with its acronym is named by it
    s = "“I reached!” tweeted the Indian Space Research Organisation (ISRO) today."
    assert split_frame_en(s).speaker == "ISRO"


def test_a_pronoun_or_a_possessive_names_no_speaker() -> None:
    assert split_frame_en("He added, “Will keep you all posted.”").speaker is None
    s = 'A fan wrote: "watch it", to which the Google CEO’s response was: "Did that too."'
    assert split_frame_en(s).speaker is None


def test_the_frame_tells_a_quotation_from_reported_speech() -> None:
    assert split_frame_en('PM Modi said, "We will win the election."').quoted
    assert not split_frame_en("PM Modi said that they will win the election.").quoted
    assert split_frame_en("PM Modi wrote on X that they will win the election.").platform


def test_english_reported_speech_and_quotations_become_claims_with_their_speaker() -> None:
    article = parse_text(
        "In a surprising announcement on Monday, Prime Minister Narendra Modi tweeted that he "
        "is thinking of giving up his social media accounts this Sunday.\n\n"
        "Responding to the tweet, Congress leader Rahul Gandhi tweeted, “Give up hatred, not "
        "social media accounts.”\n\n"
        "The 69-year-old is known to be an avid social media user.",
        "t",
    )
    claims = {c.text: c for c in extract_claims(article) if c.kind != "term"}
    reported = claims["he is thinking of giving up his social media accounts this Sunday"]
    assert reported.kind == "reported" and reported.speaker == "Narendra Modi"
    assert reported.platform_cue
    quote = claims["Give up hatred, not social media accounts."]
    assert quote.kind == "quote" and quote.speaker == "Rahul Gandhi"
    assert not any("avid" in text for text in claims)
