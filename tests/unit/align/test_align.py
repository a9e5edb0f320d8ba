"""Cross-lingual alignment: anchors, scores, retrieval and article pairing."""

from __future__ import annotations

import datetime as dt

from verifier.align.align import align_article, align_texts, score_pair
from verifier.claims import extract_claims
from verifier.lang.textnorm import normalize
from verifier.match.anchors import profile
from verifier.match.pairs import content_score, speaker_matches
from verifier.model import Article, Post, PostKey, Span

POST = "Great to see FM @AnitaAnandMP of Canada today. Talked about taking our ties forward."
QUOTE = (
    "आज कनाडा की विदेश मंत्री अनीता आनंद से मिलकर बहुत अच्छा लगा. हमने अपने संबंधों को आगे बढ़ाने के बारे में बात की."
)


def keys_of(text: str, lang: str, word: str) -> frozenset[str]:
    prof = profile(text, lang)
    return next(k for t, k in zip(prof.tokens, prof.keys, strict=True) if t.text == word)


def test_numbers_in_both_scripts_and_scales_share_a_key() -> None:
    en = keys_of("India gave 10 million doses", "en", "10")
    hi = keys_of("भारत ने 1 करोड़ खुराकें दीं", "hi", "1")
    assert en & hi


def test_dates_share_keys_across_languages() -> None:
    en = keys_of("Till 26th May 2014, I was a CA", "en", "May")
    hi = keys_of("26 मई 2014 से पहले मैं CA था", "hi", "मई")
    assert {"D:m5"} <= en & hi


def test_handles_names_and_places_meet_across_scripts() -> None:
    en = profile(POST, "en")
    hi = profile(QUOTE, "hi")
    from verifier.match.pairs import match_profiles

    pairs = {(en.tokens[i].text, hi.tokens[j].text) for i, j, _ in match_profiles(en, hi).pairs}
    assert ("@AnitaAnandMP", "अनीता") in pairs
    assert ("@AnitaAnandMP", "आनंद") in pairs
    assert ("Canada", "कनाडा") in pairs
    assert ("today", "आज") in pairs


def test_a_rendering_scores_higher_than_an_unrelated_sentence() -> None:
    good = content_score(POST, "en", QUOTE, "hi")
    other = content_score(
        POST, "en", "पेरू के विदेश मंत्री के साथ हमने सहयोग को गहरा करने पर सहमति जताई है.", "hi"
    )
    assert good > other + 0.2


def test_same_language_pairs_use_fuzzy_matching() -> None:
    assert (
        content_score("भारत ने आज फिर रिकॉर्ड बनाया", "hi", "भारत ने आज फिर से रिकॉर्ड बनाया", "hi")
        > 0.85
    )


def test_retrieval_finds_each_rendering() -> None:
    sources = [
        "The court adjourned the hearing until Monday.",
        "India and Canada agreed to deepen cooperation.",
        "The minister said 50 people died in the floods.",
    ]
    claims = [
        "मंत्री ने कहा कि बाढ़ में 50 लोगों की मौत हुई।",
        "अदालत ने सुनवाई सोमवार तक के लिए स्थगित कर दी।",
        "भारत और कनाडा सहयोग को गहरा करने पर सहमत हुए।",
    ]
    got = [(r.source, r.claim) for r in align_texts(sources, claims)]
    assert got == [(0, 1), (1, 2), (2, 0)]


def test_a_source_with_no_rendering_gets_none() -> None:
    results = align_texts(
        ["Completely unrelated English text about cricket scores."], ["अदालत ने सुनवाई टाल दी।"]
    )
    assert results[0].claim is None


def test_speaker_matches_author_name_or_handle() -> None:
    post = Post(
        key=PostKey("p1"), text=POST, author_name="Dr. S. Jaishankar", handle="DrSJaishankar"
    )
    assert speaker_matches("विदेश मंत्री जयशंकर", post)
    assert not speaker_matches("राहुल गांधी", post)


def test_context_lifts_a_rendering_but_never_makes_one() -> None:
    text = normalize(f"विदेश मंत्री जयशंकर ने एक्स पर लिखा, '{QUOTE}'\n{POST}")
    start = text.index("Great")
    post = Post(
        key=PostKey("p1"),
        text=POST,
        author_name="Dr. S. Jaishankar",
        handle="DrSJaishankar",
        posted_at=dt.date(2026, 2, 4),
        span=Span(start, len(text)),
    )
    article = Article(source="t", text=text)
    claims = extract_claims(article, (post,))
    quote = next(c for c in claims if c.kind == "quote")
    scored = score_pair(article, post, quote)
    assert dict(scored.features).keys() >= {"content", "speaker", "platform-cue", "near-embed"}
    assert scored.score > scored.content
    pairs = align_article(article, (post,), claims)
    assert [p.claim for p in pairs] == [quote.key]
