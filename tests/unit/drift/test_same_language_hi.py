"""A Hindi post rendered in a Hindi article by a loose paraphrase (``drift.same_language``):
its negation is judged only where the paraphrase renders the post's sentence."""

from __future__ import annotations

from verifier.drift import judge

POST = "माँ कुश्ती मेरे से जीत गई मैं हार गई, अब और ताक़त नहीं रही। अलविदा कुश्ती, आप सबकी हमेशा ऋणी रहूँगी।"


def test_a_summary_of_what_the_post_does_is_no_dropped_negation() -> None:
    summary = "पहलवान ने कुश्ती से संन्यास की घोषणा की"
    j = judge(POST, summary, post_lang="hi", claim_lang="hi")
    assert j.verdict == "faithful"


def test_a_paraphrase_that_drops_the_negation_of_its_sentence_is_drift() -> None:
    post = (
        "सरकार अगले साल पेट्रोल पर टैक्स नहीं बढ़ाएगी। यह हमारा जनता से वादा है और हम इसे निभाएंगे, चाहे जो हो।"
    )
    paraphrase = "वित्त मंत्री के मुताबिक अगले साल पेट्रोल पर टैक्स बढ़ाया जाएगा"
    j = judge(post, paraphrase, post_lang="hi", claim_lang="hi")
    assert [f.kind for f in j.findings] == ["negation"]


def test_a_negation_only_the_paraphrase_has_is_drift() -> None:
    post = "सरकार अगले साल पेट्रोल पर टैक्स बढ़ाएगी, यह फैसला हो चुका है और जल्द लागू होगा।"
    paraphrase = "वित्त मंत्री के मुताबिक पेट्रोल पर टैक्स नहीं बढ़ाया जाएगा"
    j = judge(post, paraphrase, post_lang="hi", claim_lang="hi")
    assert [f.kind for f in j.findings] == ["negation"]
