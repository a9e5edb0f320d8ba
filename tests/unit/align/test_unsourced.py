"""Unsourced claims are quotes the article says come from a post (or that quote an author
of an embedded post); ordinary quotes of an article without posts are not listed."""

from __future__ import annotations

from verifier.align.unsourced import posting_cue, unsourced_claims
from verifier.model import Claim, ClaimKey, Span
from verifier.parse.article import parse_text
from verifier.pipeline import verify_article

_ENGLISH_PAGE = """Council approves the new bridge

The city council approved the bridge on Monday after a long debate.
"This bridge will connect two neighbourhoods that were cut off for years," the mayor said.
"We expect work to start in spring and to finish within two years," an engineer told reporters.
Residents said, "We have waited a long time for this."
"""


def test_an_english_page_without_posts_lists_no_unsourced_claims() -> None:
    result = verify_article(parse_text(_ENGLISH_PAGE, "bridge.txt"))
    assert result.posts == ()
    assert len(result.claims) >= 2  # the quotes are found; they are just not a post's
    assert result.unsourced_claims == ()


def _claim(text: str, sentence: str, key: str = "c1", cue: str | None = None) -> Claim:
    start = sentence.index(text)
    return Claim(ClaimKey(key), text, Span(start, start + len(text)), "quote", cue=cue)


def test_a_quote_with_a_posting_cue_and_no_post_is_listed() -> None:
    sentence = "मंत्री ने एक्स पर लिखा, “हम किसानों के साथ खड़े हैं।” इसके बाद बैठक हुई।"
    claim = _claim("हम किसानों के साथ खड़े हैं।", sentence)
    article = parse_text(sentence, "a.txt")
    assert posting_cue(article.text, claim)
    assert unsourced_claims(article, (), [claim], paired=set()) == (ClaimKey("c1"),)


def test_an_ordinary_quote_is_not_listed_and_a_paired_one_never() -> None:
    sentence = "मंत्री ने संसद में कहा, “हम किसानों के साथ खड़े हैं।” इसके बाद बैठक हुई।"
    claim = _claim("हम किसानों के साथ खड़े हैं।", sentence)
    article = parse_text(sentence, "a.txt")
    assert not posting_cue(article.text, claim)
    assert unsourced_claims(article, (), [claim], paired=set()) == ()
    tweeted = "The minister tweeted: “We stand with farmers.” A meeting followed."
    posted = _claim("We stand with farmers.", tweeted)
    page = parse_text(tweeted, "b.txt")
    assert unsourced_claims(page, (), [posted], paired=set()) == (ClaimKey("c1"),)
    assert unsourced_claims(page, (), [posted], paired={"c1"}) == ()
