"""Property-based tests (hypothesis) over the parsers and extractors: on any input they
return values whose spans index their text, or raise the documented ``VerifierError`` —
never another exception — and they finish (issue 14: "never stalls").

Inputs mix the pieces real pages are made of (embed markup, quote marks of every script,
speech cues, figures, dates) with arbitrary text, so the generated cases reach the code
behind the first few characters. ``max_examples`` stays small: the suite must stay fast;
``benchmarks/fuzz.py`` runs the same idea over 100,000 inputs.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier.claims import extract_claims
from verifier.cli.text import _jsonl_rows
from verifier.detect.posts import detect_posts
from verifier.errors import InputError, VerifierError
from verifier.lang.dates.find import find_dates
from verifier.lang.numbers.find import find_numbers
from verifier.model import Article, Span
from verifier.parse.article import parse_html, parse_text

FAST = settings(
    max_examples=40,
    deadline=None,  # time is bounded by the test timeout, not per example (shared CI cores)
    database=None,  # write nothing into the working tree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

PIECES = [
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">',
    "</p>&mdash; Name (@handle) <a href=\"https://twitter.com/handle/status/1567357305787744256\">September 7, 2022</a></blockquote>",
    "<amp-twitter data-tweetid=\"1567357305787744256\" width=\"375\" height=\"472\">",
    '<iframe src="https://platform.twitter.com/embed/Tweet.html?id=1567357305787744256">',
    "https://x.com/user/status/1567357305787744256",
    "— Jaishankar (@DrSJaishankar) February 4, 2026 pic.twitter.com/abc",
    "<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<!--", "-->",
    '"', "'", "“", "”", "‘", "’", "«", "»", "„", "‹", "›", "「", "」",
    "ने कहा कि ", "उन्होंने ट्वीट कर लिखा, ", "एक्स पर एक पोस्ट में ", "का कहना है कि ",
    "তিনি বলেন, ", "पंतप्रधान म्हणाले, ", "انہوں نے کہا کہ ", "அவர் கூறினார் ",
    "said ", "tweeted that ", "India ", "Canada ", "भारत ", "कनाडा ", "जयशंकर ",
    "50", "५०", "৫০", "2 लाख", "3 करोड़", "10%", "₹500", "डेढ़", "ढाई", "fifty",
    "4 फरवरी 2026", "February 4, 2026", "सोमवार", "कल", "आज", "2026-02-04",
    "।", ".", "!", "?", ",", ":", "-", "\n", "\n\n", " ", "\u200d", "\u200c", "\ufeff",
]  # fmt: skip

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=80).map("".join)


def _spans_inside(spans: list[Span], text: str) -> None:
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)


def _article(raw: str, html: bool) -> Article | None:
    try:
        return parse_html(raw, "fuzz.html") if html else parse_text(raw, "fuzz.txt")
    except VerifierError:
        return None


@pytest.mark.timeout(120)
@FAST
@given(raw=texts, html=st.booleans())
def test_parse_returns_an_article_whose_spans_index_its_text(raw: str, html: bool) -> None:
    article = _article(raw, html)
    if article is None:
        return
    _spans_inside([p.span for p in article.paragraphs], article.text)
    _spans_inside([e.span for e in article.embeds], article.text)


@pytest.mark.timeout(120)
@FAST
@given(raw=texts, html=st.booleans())
def test_posts_and_claims_index_the_article(raw: str, html: bool) -> None:
    article = _article(raw, html)
    if article is None:
        return
    posts, _ = detect_posts(article)
    _spans_inside([p.span for p in posts if p.span is not None], article.text)
    claims = extract_claims(article, posts)
    _spans_inside([c.span for c in claims], article.text)
    for claim in claims:
        assert claim.text == claim.span.slice(article.text).strip()


@pytest.mark.timeout(120)
@FAST
@given(text=texts, lang=st.sampled_from(["en", "hi", "bn", "mr", "ur", "und"]))
def test_number_and_date_readers_index_their_text(text: str, lang: str) -> None:
    _spans_inside([n.span for n in find_numbers(text, lang)], text)
    _spans_inside([d.span for d in find_dates(text, lang, ref=dt.date(2026, 2, 4))], text)


json_lines = st.lists(
    st.one_of(
        st.binary(max_size=60),
        st.sampled_from(
            [
                b'{"id": 1, "source": "India", "claim": "\xe0\xa4\xad\xe0\xa4\xbe\xe0\xa4\xb0\xe0\xa4\xa4"}',
                b'{"source": "a", "claim": "b", "partial": "yes"}',
                b'{"id": "\\ud800", "source": "a", "claim": "b"}',
                b"[" * 5000,
                b"\xef\xbb\xbf{}",
                b'{"source": 1}',
                b"",
                b"null",
                b'"text"',
            ]
        ),
    ),  # fmt: skip
    max_size=6,
).map(b"\n".join)


@pytest.mark.timeout(120)
@FAST
@given(data=json_lines)
def test_the_compare_jsonl_reader_raises_only_input_errors(
    data: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path: Path = tmp_path_factory.mktemp("jsonl") / "pairs.jsonl"
    path.write_bytes(data)
    try:
        for source, claim, partial, _, _ in _jsonl_rows(str(path), False):
            assert isinstance(source, str) and isinstance(claim, str)
            assert isinstance(partial, bool)
    except InputError:
        pass
