"""Long claims are narrowed to the sentences that render a post; speech cues do not count
as content the post fails to explain."""

from __future__ import annotations

from verifier.align.align import MIN_SCORE, align_article, score_pair
from verifier.align.narrow import narrow_claims
from verifier.claims import extract_claims, sentence_spans
from verifier.lang.textnorm import normalize
from verifier.model import Article, Post, PostKey, Span

POST = (
    "Till 26th May 2014, before I became a Minister, I was a professional Chartered "
    "Accountant and investment banker."
)
PARAGRAPH = (
    "26 मई 2014 से पहले जब मैं मंत्री नहीं था, तब बतौर चार्टर्ड अकाउंटेंट और इन्वेस्टमेंट "
    "बैंकर कार्यरत था. विपक्ष के नेताओं की तरह मुझे बिना काम किए जीने की कला नहीं आती है. "
    "मैं एक कामदार हूं, नामदार नहीं. पार्टी के प्रवक्ता ने बाद में इस पर सफाई भी दी."
)


def _article_with_post(before: str, post_text: str) -> tuple[Article, Post]:
    text = normalize(f"{before}\n\n{post_text}")
    start = text.index(post_text[:20])
    post = Post(
        key=PostKey("p1"), text=post_text, author_name="Piyush Goyal", span=Span(start, len(text))
    )
    return Article(source="t", text=text), post


def test_an_unpaired_paragraph_is_narrowed_to_the_sentence_that_renders_the_post() -> None:
    article, post = _article_with_post(PARAGRAPH, POST)
    claims = extract_claims(article, (post,))
    whole = next(c for c in claims if c.text.startswith("26 मई"))
    assert score_pair(article, post, whole).score < MIN_SCORE
    narrowed = narrow_claims(article, (post,), claims)
    claim = next(c for c in narrowed if c.key == whole.key)
    assert claim.text.startswith("26 मई 2014") and claim.text.endswith("कार्यरत था.")
    pairs = align_article(article, (post,), narrowed)
    assert [p.claim for p in pairs] == [whole.key]


def test_a_claim_that_already_pairs_keeps_its_extra_sentences() -> None:
    quote = "आज कनाडा की विदेश मंत्री से मिलकर अच्छा लगा. व्यापार पर भी बात हुई."
    post_text = "Good to meet Canada's Foreign Minister today. We also discussed trade."
    article, post = _article_with_post(f"जयशंकर ने एक्स पर लिखा, '{quote}'", post_text)
    claims = extract_claims(article, (post,))
    assert narrow_claims(article, (post,), claims) == claims


def test_an_unrelated_paragraph_is_left_alone() -> None:
    article, post = _article_with_post(
        "मैं इस मुद्दे पर कुछ नहीं कहूंगा. बारिश से शहर में जलभराव हो गया. स्कूल बंद रहे.",
        POST,
    )
    claims = extract_claims(article, (post,))
    assert narrow_claims(article, (post,), claims) == claims


def test_speaker_and_speech_verb_do_not_dilute_a_reported_summary() -> None:
    post_text = "If I die under mysterious circumstances, it's been nice knowing you"
    article, post = _article_with_post(
        "टेस्ला के सीईओ एलन मस्क ने सोमवार को रहस्यमय परिस्थितियों में मौत के बारे में ट्वीट किया.",
        post_text,
    )
    post = Post(
        key=post.key, text=post.text, author_name="Elon Musk", handle="elonmusk", span=post.span
    )
    claims = extract_claims(article, (post,))
    reported = next(c for c in claims if c.kind == "reported")
    scored = score_pair(article, post, reported)
    assert scored.content >= 0.3
    assert [p.claim for p in align_article(article, (post,), claims)] == [reported.key]


def test_sentences_of_a_span_that_crosses_lines_are_found() -> None:
    text = "पहला वाक्य है\nदूसरा वाक्य है। तीसरा\n\nचौथा"
    spans = sentence_spans(text, Span(0, len(text)))
    assert [text[s.start : s.end] for s in spans] == [
        "पहला वाक्य है",
        "दूसरा वाक्य है।",
        "तीसरा",
        "चौथा",
    ]
