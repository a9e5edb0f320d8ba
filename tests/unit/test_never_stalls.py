"""The input shapes that stalled the pipeline (issue 14) now finish.

Each test builds its shape from a real fixture page and runs the whole article through
``verify_article``; the timeout is generous for a slow shared machine: the point is that
the work finishes (it took minutes or never ended), not a speed figure — those are printed
by ``benchmarks/fuzz.py``.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from verifier.detect.posts import MAX_EMBEDS
from verifier.parse.article import parse_html, parse_text
from verifier.parse.tags import MAX_ATTRIBUTES
from verifier.pipeline import verify_article

PAGE = Path(__file__).parents[1] / "data" / "pages" / "hi-hindi-post.html"


def _page_with(blockquotes: str) -> str:
    page = PAGE.read_text(encoding="utf-8")
    first = re.search(r'<blockquote class="twitter-tweet".*?</blockquote>', page, re.S)
    assert first is not None
    return page.replace(first.group(0), blockquotes)


@pytest.mark.timeout(180)
def test_a_page_with_a_thousand_tweet_blockquotes_finishes() -> None:
    # 1,000 embeds of one post (own ids): each claim was paired with every copy.
    page = PAGE.read_text(encoding="utf-8")
    quote = re.search(r'<blockquote class="twitter-tweet".*?</blockquote>', page, re.S)
    assert quote is not None
    copies = "".join(
        quote.group(0).replace("1567357305787744256", str(1567357305787744256 + i))
        for i in range(1000)
    )
    result = verify_article(parse_html(_page_with(copies), "many.html"))
    assert len(result.posts) == MAX_EMBEDS
    assert result.pairs  # the rendering after the embeds still pairs


@pytest.mark.timeout(180)
def test_a_hundred_posts_each_rendered_by_a_quote_finishes() -> None:
    # Posts and claims sharing their words: every claim is a candidate for every post.
    rng = random.Random(14)
    en = "India Canada trade minister said will agree talks 50 percent Delhi visit ties".split()
    hi = "भारत कनाडा व्यापार मंत्री ने कहा कि हम सहमत 50 प्रतिशत दिल्ली यात्रा संबंध".split()
    parts = []
    for i in range(100):
        rendering = " ".join(rng.choice(hi) for _ in range(20))
        post = " ".join(rng.choice(en) for _ in range(20))
        parts.append(f'<p>मंत्री ने एक्स पर पोस्ट में कहा, "{rendering}"</p>')
        parts.append(
            f'<blockquote class="twitter-tweet"><p lang="en">{post}</p>&mdash; Minister '
            f'(@min{i}) <a href="https://twitter.com/min{i}/status/{1567357305787744256 + i}">'
            "September 7, 2022</a></blockquote>"
        )
    result = verify_article(parse_html(_page_with("".join(parts)), "hundred.html"))
    assert len(result.posts) == 100
    assert len(result.claims) >= 100


@pytest.mark.timeout(120)
def test_a_hundred_thousand_unpunctuated_devanagari_words_finish() -> None:
    rng = random.Random(14)
    words = "भारत कनाडा व्यापार मंत्री ने कहा कि हम सहमत प्रतिशत दिल्ली यात्रा संबंध फरवरी".split()
    text = " ".join(rng.choice(words) for _ in range(100_000))
    result = verify_article(parse_text(text, "words.txt"))
    assert result.claims  # "… ने कहा कि …" is still read as reported speech


@pytest.mark.timeout(120)
def test_a_chain_of_speech_cues_next_to_a_post_finishes() -> None:
    # Every cue opened a frame nested in the previous one, each read to the sentence's end.
    page = PAGE.read_text(encoding="utf-8")
    page = page.replace("उनका मॉडल बताता", "राम ने कहा " * 5_000)
    result = verify_article(parse_html(page, "cues.html"))
    assert result.posts


@pytest.mark.timeout(120)
def test_a_tag_with_two_hundred_thousand_attributes_is_parsed() -> None:
    attributes = " ".join(f'a{i}="v{i}"' for i in range(200_000))
    article = parse_html(f"<html><body><div {attributes}>खबर का पाठ</div></body></html>", "a.html")
    assert "खबर का पाठ" in article.text
    assert MAX_ATTRIBUTES < 200_000
