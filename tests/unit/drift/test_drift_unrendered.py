"""The start or end of a post that nothing in the article renders is an omission when it
changes what the rest says (a negation, a figure, a qualifier, a condition or contrast); a
plain sentence left out is a selection, and a part another claim renders, a cut marked with
an ellipsis, or a rendering declared partial is not an omission either."""

from __future__ import annotations

from verifier.drift import judge, rendered_part
from verifier.model import Span
from verifier.parse.article import parse_html
from verifier.pipeline import verify_article

POST = (
    "Today I complete ten years in public life. I thank every worker who stood with "
    "me in these difficult years."
)
FIRST = "आज मैंने सार्वजनिक जीवन में दस साल पूरे कर लिए हैं।"
SECOND = "मैं हर उस कार्यकर्ता का धन्यवाद करता हूं जो इन कठिन वर्षों में मेरे साथ खड़ा रहा।"
QUALIFIED = POST + " But the work is not finished yet."
HEDGED = "Reportedly, the results are not final yet. " + POST.split(". ", 1)[1]
"""A first sentence that hedges what follows."""
"""A last sentence that turns round what the others say: leaving it out misleads."""


def _omissions(post: str, claim: str, **kw: object) -> list[tuple[str, str]]:
    """Omissions that mislead (major); a selection of sentences is a minor note."""
    j = judge(post, claim, post_lang="en", claim_lang="hi", **kw)  # type: ignore[arg-type]
    return [
        (f.post_text, f.message)
        for f in j.findings
        if f.kind == "omission" and f.severity != "minor"
    ]


def test_a_quote_that_stops_before_a_qualifying_sentence_leaves_it_out() -> None:
    claim = FIRST + " " + SECOND
    [(post_text, _)] = _omissions(QUALIFIED, claim)
    assert post_text.startswith("But the work is not finished")
    assert judge(QUALIFIED, claim, post_lang="en", claim_lang="hi").verdict == "drift"


def test_a_plain_sentence_left_out_is_a_selection() -> None:
    # the thanks carry no contrast, condition or hedge: quoting the first sentence alone
    # is how news quotes; the editor still sees what was left out, as a minor note
    assert _omissions(POST, FIRST) == []
    j = judge(POST, FIRST, post_lang="en", claim_lang="hi")
    assert j.verdict == "minor"
    [note] = j.findings
    assert note.kind == "omission" and "selection" in note.message
    assert note.post_text.startswith("I thank every worker")


def test_a_quote_that_starts_after_a_hedging_sentence_leaves_it_out() -> None:
    [(post_text, message)] = _omissions(HEDGED, SECOND)
    assert post_text == "Reportedly, the results are not final yet."
    assert "before the part it renders" in message
    assert _omissions(POST, SECOND) == []  # a plain first sentence is a selection


def test_a_part_that_another_claim_renders_is_not_left_out() -> None:
    part = rendered_part(POST, SECOND, post_lang="en", claim_lang="hi")
    assert part.slice(POST).startswith("I thank every worker")
    assert _omissions(POST, FIRST, elsewhere=[part]) == []


def test_a_rendering_declared_partial_is_judged_on_its_part_alone() -> None:
    assert _omissions(POST, FIRST, partial=True) == []


def test_an_ellipsis_marks_a_cut_on_purpose() -> None:
    assert _omissions(POST, "“आज मैंने सार्वजनिक जीवन में दस साल पूरे कर लिए हैं…”") == []
    # an ellipsis before the quotation exempts the start, one after it does not
    assert (
        _omissions(POST, "…मैं हर उस कार्यकर्ता का धन्यवाद करता हूं जो इन कठिन वर्षों में मेरे साथ खड़ा रहा।")
        == []
    )
    assert _omissions(HEDGED, SECOND + "…")


def test_a_trailing_greeting_link_or_hashtag_is_not_content() -> None:
    post = "Today I complete ten years in public life. #10YearsOfService https://t.co/abc123 🙏"
    assert _omissions(post, FIRST) == []
    assert _omissions("Today I complete ten years in public life. Thank you!", FIRST) == []


def test_a_dropped_middle_sentence_is_still_reported_inside_the_part() -> None:
    post = FIRST_EN_QUALIFIED + " We will win the coming election with a bigger majority."
    claim = FIRST + " हम आने वाला चुनाव और बड़े बहुमत से जीतेंगे।"
    [(post_text, _)] = _omissions(post, claim)
    assert post_text.startswith("But the work is not finished")


FIRST_EN_QUALIFIED = "Today I complete ten years in public life. But the work is not finished yet."


def _article(*paragraphs: str, post: str = POST) -> str:
    embed = (
        '<blockquote class="twitter-tweet"><p lang="en">' + post + "</p>&mdash; Asha Rao "
        '(@asharao) <a href="https://twitter.com/asharao/status/1671827004513665026">'
        "June 22, 2023</a></blockquote>"
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f'<html lang="hi"><body>{body}{embed}</body></html>'


def _pair_omissions(html: str) -> list[list[str]]:
    result = verify_article(parse_html(html, "article.html"))
    return [[f.post_text for f in p.findings if f.kind == "omission"] for p in result.pairs]


def test_an_article_that_renders_a_post_in_two_quotes_omits_nothing() -> None:
    html = _article(
        f"आशा राव ने ट्वीट कर लिखा, “{FIRST}”",
        f"उन्होंने आगे लिखा, “{SECOND}”",
    )
    assert _pair_omissions(html) == [[], []]


def test_an_article_that_quotes_one_sentence_reports_the_other_once() -> None:
    html = _article(f"आशा राव ने ट्वीट कर लिखा, “{FIRST} {SECOND}”", post=QUALIFIED)
    [[omitted]] = _pair_omissions(html)
    assert omitted.startswith("But the work is not finished")


def test_reported_speech_of_one_sentence_leaves_nothing_out() -> None:
    # "X said that …" reports what X said, not all of it; a quotation claims the words.
    reported = f"आशा राव ने कहा कि {FIRST.rstrip('।')} और वे आगे भी काम करेंगी।"
    html = _article(reported)
    result = verify_article(parse_html(html, "article.html"))
    [pair] = result.pairs
    assert result.claim(pair.claim).kind == "reported"
    assert not [f for f in pair.findings if f.kind == "omission" and f.claim_span is None]


def test_rendered_part_of_a_same_language_text_is_all_of_it() -> None:
    assert rendered_part("Hello there.", "Hello there.") == Span(0, 12)


def test_a_sentence_sharing_only_a_negation_is_not_part_of_the_rendering() -> None:
    # "not" ~ नहीं alone does not make the last sentence rendered, so the middle one is no
    # clause dropped inside the rendered part
    post = (
        "No such move is being discussed by the government. This is a figment of "
        "imagination aimed at scaremongering. Please do not forward any such #FakeNews"
    )
    claim = "सरकार द्वारा ऐसे किसी कदम पर चर्चा नहीं की जा रही है।"
    assert _omissions(post, claim, partial=True) == []
