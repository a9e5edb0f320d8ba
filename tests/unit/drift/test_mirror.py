"""A Hindi post rendered in English is judged word by word (``drift.mirror``): the same
drift is found as for the mirror pair, an English post rendered in Hindi, with its sides
told the right way round."""

from __future__ import annotations

import pytest

from verifier.drift import judge
from verifier.model import Span

POST_HI = "हम इस साल जिले में 12 नए स्कूल खोलेंगे। इससे गांवों के बच्चों को पढ़ाई के लिए दूर नहीं जाना पड़ेगा।"
POST_EN = (
    "We will open 12 new schools in the district this year. Children from the villages will "
    "not have to travel far to study."
)

# (kind, English rendering of POST_HI, Hindi rendering of POST_EN)
DRIFTS = [
    (
        "number",
        "We will open 15 new schools in the district this year. Children from the villages "
        "will not have to travel far to study.",
        "हम इस साल जिले में 15 नए स्कूल खोलेंगे। इससे गांवों के बच्चों को पढ़ाई के लिए दूर नहीं जाना पड़ेगा।",
    ),
    (
        "date",
        "We will open 12 new schools in the district next year. Children from the villages "
        "will not have to travel far to study.",
        "हम अगले साल जिले में 12 नए स्कूल खोलेंगे। इससे गांवों के बच्चों को पढ़ाई के लिए दूर नहीं जाना पड़ेगा।",
    ),
    (
        "negation",
        "We will open 12 new schools in the district this year. Children from the villages "
        "will have to travel far to study.",
        "हम इस साल जिले में 12 नए स्कूल खोलेंगे। इससे गांवों के बच्चों को पढ़ाई के लिए दूर जाना पड़ेगा।",
    ),
    (
        "addition",
        "We will open 12 new schools in the district this year, and the state government will "
        "pay teachers double salaries. Children from the villages will not have to travel far "
        "to study.",
        "हम इस साल जिले में 12 नए स्कूल खोलेंगे और राज्य सरकार शिक्षकों को दोगुना वेतन देगी। इससे "
        "गांवों के बच्चों को पढ़ाई के लिए दूर नहीं जाना पड़ेगा।",
    ),
]


def test_a_faithful_english_rendering_of_a_hindi_post_is_faithful_not_unchecked() -> None:
    j = judge(POST_HI, POST_EN, post_lang="hi", claim_lang="en")
    assert j.verdict == "faithful" and j.findings == ()


def test_the_mirror_pair_is_faithful_too() -> None:
    hindi = POST_HI
    assert judge(POST_EN, hindi, post_lang="en", claim_lang="hi").verdict == "faithful"


@pytest.mark.parametrize(("kind", "english", "hindi"), DRIFTS, ids=[d[0] for d in DRIFTS])
def test_each_kind_is_found_in_both_directions(kind: str, english: str, hindi: str) -> None:
    mirrored = judge(POST_HI, english, post_lang="hi", claim_lang="en")
    forward = judge(POST_EN, hindi, post_lang="en", claim_lang="hi")
    assert mirrored.verdict == forward.verdict == "drift"
    assert {f.kind for f in mirrored.findings} == {f.kind for f in forward.findings} == {kind}


def test_sides_are_told_the_right_way_round() -> None:
    english = DRIFTS[0][1]
    (f,) = judge(POST_HI, english, post_lang="hi", claim_lang="en").findings
    # the post's figure is quoted from the post, the rendering's from the rendering
    assert f.post_text == "12" and f.claim_text == "15"
    assert POST_HI[f.post_span.start : f.post_span.end] == "12"  # type: ignore[union-attr]
    assert f.message == "The rendering says “15” but the post says “12”."


def test_an_added_clause_is_an_addition_quoting_the_rendering() -> None:
    english = DRIFTS[3][1]
    (f,) = judge(POST_HI, english, post_lang="hi", claim_lang="en").findings
    assert f.kind == "addition" and "double salaries" in f.claim_text and f.post_span is None
    assert f.message.startswith("The rendering adds")


def test_a_qualifier_left_out_in_the_middle_is_an_omission_quoting_the_post() -> None:
    post = (
        "सरकार अगले महीने 500 नई बसें चलाएगी। यह योजना केवल तभी लागू होगी जब केंद्र धन देगा। "
        "इससे शहर में प्रदूषण कम होगा।"
    )
    whole = (
        "The government will run 500 new buses next month. The plan will be implemented only "
        "if the Centre provides funds. This will reduce pollution in the city."
    )
    cut = (
        "The government will run 500 new buses next month. This will reduce pollution in the city."
    )
    assert judge(post, whole, post_lang="hi", claim_lang="en").verdict == "faithful"
    (f,) = judge(post, cut, post_lang="hi", claim_lang="en").findings
    assert f.kind == "omission" and f.severity != "minor"
    assert "केंद्र धन देगा" in f.post_text and f.claim_span is None
    assert f.message.startswith("The rendering leaves out")


def test_a_quotation_of_one_sentence_is_at_most_a_minor_selection() -> None:
    one = "We will open 12 new schools in the district this year."
    quoted = judge(POST_HI, one, post_lang="hi", claim_lang="en")
    assert quoted.verdict == "minor"
    assert [(f.kind, f.severity) for f in quoted.findings] == [("omission", "minor")]
    # reported speech gives what was said, not all of it: no selection to report
    reported = "PM Modi said he will open 12 new schools in the district this year."
    assert judge(POST_HI, reported, post_lang="hi", claim_lang="en").verdict == "faithful"


def test_what_another_rendering_gives_is_not_left_out() -> None:
    one = "We will open 12 new schools in the district this year."
    second = POST_HI.index("इससे")
    elsewhere = [Span(second, len(POST_HI))]
    j = judge(POST_HI, one, post_lang="hi", claim_lang="en", elsewhere=elsewhere)
    assert j.verdict == "faithful"


def test_the_english_frame_is_cut_off_before_the_mirror() -> None:
    framed = f'Chief Minister Rekha Sharma wrote on X on Tuesday: "{POST_EN}"'
    assert judge(POST_HI, framed, post_lang="hi", claim_lang="en").verdict == "faithful"
