"""Claim extraction on sentences written the way Hindi news writes them."""

from __future__ import annotations

import pytest

from verifier.claims import extract_claims, find_quotes
from verifier.lang.textnorm import normalize
from verifier.model import Article, Claim, Post, PostKey, Span
from verifier.parse.article import parse_text


def claims_of(text: str, posts: tuple[Post, ...] = ()) -> list[Claim]:
    return list(extract_claims(Article(source="t", text=normalize(text)), posts))


def only(kind: str, claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind == kind]


@pytest.mark.parametrize(
    "quote",
    [
        "'आज कनाडा की विदेश मंत्री से मिलकर बहुत अच्छा लगा.'",
        "“आज कनाडा की विदेश मंत्री से मिलकर बहुत अच्छा लगा.”",
        "‘आज कनाडा की विदेश मंत्री से मिलकर बहुत अच्छा लगा.’",
        '"आज कनाडा की विदेश मंत्री से मिलकर बहुत अच्छा लगा."',
        "''आज कनाडा की विदेश मंत्री से मिलकर बहुत अच्छा लगा.''",
        "’आज कनाडा की विदेश मंत्री से मिलकर बहुत अच्छा लगा.’",
    ],
)
def test_direct_quote_in_any_style_with_speaker_and_cue(quote: str) -> None:
    claims = claims_of(f"विदेश मंत्री जयशंकर ने अपने पोस्ट में कहा, {quote}")
    quotes = only("quote", claims)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text.startswith("आज कनाडा") and q.text.endswith("अच्छा लगा.")
    assert q.speaker == "विदेश मंत्री जयशंकर"
    assert q.cue is not None and "कहा" in q.cue
    assert q.platform_cue  # "पोस्ट"
    assert q.closed


def test_unclosed_quote_runs_to_the_end_of_its_paragraph() -> None:
    text = (
        "एक्स पर एक और पोस्ट में जयशंकर ने कहा, 'आज वाशिंगटन डीसी में बात की. "
        "इसमें सहयोग के महत्व पर जोर दिया गया.\nअगला पैराग्राफ यहां है."
    )
    q = only("quote", claims_of(text))[0]
    assert not q.closed
    assert q.text.endswith("जोर दिया गया.")
    assert "अगला" not in q.text


def test_reported_speech_with_ki_takes_the_content_and_the_speaker() -> None:
    text = "एक्स पर एक पोस्ट में विदेश मंत्री जयशंकर ने कहा कि उन्हें अपने कनाडाई समकक्ष से मिलकर बहुत अच्छा लगा."
    r = only("reported", claims_of(text))[0]
    assert r.text.startswith("उन्हें अपने कनाडाई समकक्ष")
    assert r.speaker == "विदेश मंत्री जयशंकर"
    assert r.platform_cue


def test_fused_pronoun_speaker_resolves_to_the_last_named_speaker() -> None:
    text = (
        "सानिया मिर्जा ने ट्वीट किया कि आज उन्हें नंबर एक बने 80 हफ्ते हो गए। "
        "उन्होंने लिखा कि यह शानदार सफर रहा।"
    )
    reported = only("reported", claims_of(text))
    assert [c.speaker for c in reported] == ["सानिया मिर्जा", "सानिया मिर्जा"]


def test_short_scare_quotes_are_terms_not_renderings() -> None:
    text = (
        "विदेश मंत्री ने सप्लाई चेन को 'डी-रिस्क' करने की अपील की, "
        "और कहा कि 'बहुत ज्यादा कंसंट्रेशन' एक बड़ा ग्लोबल रिस्क है."
    )
    claims = claims_of(text)
    assert sorted(c.text for c in only("term", claims)) == ["डी-रिस्क", "बहुत ज्यादा कंसंट्रेशन"]
    assert all("डी-रिस्क" != c.text for c in only("quote", claims))


def test_a_short_full_utterance_after_a_cue_is_a_quote() -> None:
    text = "संजय मांजरेकर ने लिखा कि ‘आप का मतलब है नंबर एक डबल्स प्लेयर, मुबारक हो!’"
    assert only("quote", claims_of(text))


def test_apostrophes_inside_english_words_are_not_quotes() -> None:
    assert find_quotes("Bengal's daughter won't stop; it's done") == []


def test_text_inside_an_embedded_post_is_not_a_claim() -> None:
    text = normalize("उन्होंने कहा कि यह सही है.\nHe said 'this is a quote inside the post' today.")
    start = text.index("He said")
    post = Post(key=PostKey("p1"), text=text[start:], span=Span(start, len(text)))
    claims = list(extract_claims(Article(source="t", text=text), (post,)))
    assert all(c.span.end <= start for c in claims)


def test_initials_do_not_end_a_sentence() -> None:
    text = "पूर्व वित्त मंत्री पी. चिदंबरम ने कहा कि वह अपने विचार साझा करेंगे."
    r = only("reported", claims_of(text))[0]
    assert r.speaker is not None and "चिदंबरम" in r.speaker
    assert r.text == "वह अपने विचार साझा करेंगे."


def test_headline_quote_with_trailing_speaker() -> None:
    claims = claims_of("मैं राजनीति में नहीं आऊंगा- संजय दत्त\n\nमुंबई, 8 अप्रैल- खबर यहां.")
    q = only("quote", claims)
    assert q and q[0].text == "मैं राजनीति में नहीं आऊंगा" and q[0].speaker == "संजय दत्त"


def test_closing_mark_without_opener_quotes_from_the_paragraph_start() -> None:
    text = "दोनों देशों की दोस्ती दुनिया में सबसे अहम है, ”अमेरिकी राष्ट्रपति बिडेन ने रविवार को ट्वीट किया।"
    q = only("quote", claims_of(text))
    assert q and q[0].text.startswith("दोनों देशों की दोस्ती")


def test_a_detached_closing_shaped_mark_after_the_cue_opens_the_quote() -> None:
    # Loose typography: ",’ …’" and ", ” …”" open with a closing-shaped mark.
    for opener, closer in (("’", "’"), ("”", "”")):
        text = (
            "क्रिकेट कमेंटेटर एक बार फिर खबरों में हैं। एक यूजर ने वर्तमान कमेंट्री टीम के बारे में "
            f"लिखा,{opener} बिना उनके कमेंट्री ऐसी है जैसे बिना टॉपिंग्स के पिज्जा.{closer} "
            "इस ट्वीट को उन्होंने रीट्वीट किया।"
        )
        quotes = only("quote", claims_of(text))
        assert [q.text for q in quotes] == ["बिना उनके कमेंट्री ऐसी है जैसे बिना टॉपिंग्स के पिज्जा."]


def test_a_quote_missing_its_opener_starts_after_the_cue_not_at_the_paragraph() -> None:
    text = (
        "सांसद ने सरकार के सलाहकार को निशाना बनाना शुरू कर दिया है। उन्होंने अपने ट्वीट में लिखा, "
        "13 मार्च 2013 को किसने अमेरिकी संसद को भारत के खिलाफ कार्रवाई की सलाह दी थी’"
    )
    quotes = only("quote", claims_of(text))
    assert len(quotes) == 1
    assert quotes[0].text.startswith("13 मार्च 2013")
    assert quotes[0].speaker == "सांसद"  # the pronoun resolved to the last named speaker


def test_a_long_object_between_ne_and_the_verb_still_makes_a_cue() -> None:
    text = (
        "ओवैसी ने कांग्रेस अध्यक्ष राहुल गांधी और भारतीय जनता पार्टी के अध्यक्ष अमित शाह को अपने "
        "सामने हैदराबाद लोकसभा सीट से चुनाव लड़ने की ट्वीट कर चुनौती दी है।"
    )
    reported = only("reported", claims_of(text))
    assert len(reported) == 1 and reported[0].speaker == "ओवैसी"


def test_a_pronoun_speaker_refers_back_to_the_last_agent_of_the_narrative() -> None:
    text = (
        "संजय मांजरेकर ने सानिया पर तंज कसते हुए रिट्वीट किया। सानिया ने अपने ट्वीट में लिखा था कि "
        "‘आज मुझे दुनिया की नंबर एक खिलाड़ी बने लगातार 80 हफ्ते हो गए हैं।’ इसके बाद उन्होंने "
        "लिखा, ‘मैं और मेहनत करूंगी।’"
    )
    quotes = only("quote", claims_of(text))
    assert [q.speaker for q in quotes] == ["सानिया", "सानिया"]


def test_a_speaker_does_not_reach_over_a_line_break_or_a_date() -> None:
    text = (
        "— Sanjay Manjrekar (@sanjaymanjrekar) October 19, 2016\n"
        "संजय मांजरेकर ने लिखा कि ‘आप का मतलब है नंबर एक डबल्स प्लेयर, मुबारक हो!’"
    )
    [quote] = only("quote", claims_of(text))
    assert quote.speaker == "संजय मांजरेकर"


def test_an_opening_mark_set_off_by_spaces_opens_the_quotation() -> None:
    text = "इसके बाद सानिया ने लिखा कि ‘ क्योंकि मैं अब सिंगल्स नहीं खेलती तो यह साफ है।’"
    [quote] = only("quote", claims_of(text))
    assert quote.text.startswith("क्योंकि मैं") and quote.speaker == "सानिया"


@pytest.mark.timeout(10)
def test_a_headline_shaped_line_with_a_long_word_does_not_stall() -> None:
    # once a minute of regex backtracking for 117 bytes; now linear
    text = "Breaking news headline - " + "x" * 5000 + "!\n"
    article = parse_text(text, source="headline.txt")
    assert extract_claims(article) == ()
