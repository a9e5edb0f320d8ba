"""Intensity drift read from the function-word table: what is reported and what is not."""

from __future__ import annotations

import pytest

from verifier.drift import judge


def intensity(post: str, claim: str) -> list[str]:
    j = judge(post, claim, post_lang="en", claim_lang="hi")
    return [f.message for f in j.findings if f.kind == "intensity"]


# --- frequency ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("post", "claim", "said", "rendered"),
    [
        ("Trains are often late in winter.", "सर्दियों में ट्रेनें हमेशा देर से आती हैं।", "often", "हमेशा"),
        (
            "Windows and clocks are usually absent in casinos.",
            "कसीनो में खिड़कियाँ और घड़ियाँ हमेशा नहीं होती हैं।",
            "usually",
            "हमेशा",
        ),
        (
            "Jellyfish can occasionally be found outside these months.",
            "इन महीनों के बाहर भी जैलीफ़िश अक्सर मिल सकती हैं।",
            "occasionally",
            "अक्सर",
        ),
    ],
)
def test_a_habit_made_more_frequent_is_reported(
    post: str, claim: str, said: str, rendered: str
) -> None:
    assert intensity(post, claim) == [
        f"The post says “{said}” but the rendering says “{rendered}”: it now happens more often."
    ]


def test_a_frequency_rendered_as_the_post_has_it_is_not_reported() -> None:
    assert intensity("Trains are often late in winter.", "सर्दियों में ट्रेनें अक्सर देर से आती हैं।") == []


# --- quantifiers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("post", "claim", "said", "rendered"),
    [
        ("The work done was mostly theoretical.", "किया गया सभी काम सैद्धांतिक था।", "mostly", "सभी"),
        # compared on the same noun, though the rendering keeps "several" elsewhere as कई
        (
            "Several people verified the discovery using different tools.",
            "सभी लोगों ने कई उपकरणों से खोज की पुष्टि की।",
            "Several",
            "सभी",
        ),
    ],
)
def test_a_quantifier_widened_is_reported(post: str, claim: str, said: str, rendered: str) -> None:
    assert intensity(post, claim) == [
        f"The post says “{said}” but the rendering says “{rendered}”: the claim now covers more."
    ]


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        # "none" is a negation, rendered with किसी … नहीं
        (
            "Three people were inside, but none of them were hurt.",
            "तीन लोग अंदर थे, लेकिन किसी को भी चोट नहीं आई।",
        ),
        # पूरी रात measures one night, not a share of a set
        (
            "There is a tradition to pass the night awake at some exposed point.",
            "कुछ खुली जगहों पर पूरी रात जागने की परंपरा है।",
        ),
        # ज़्यादा is the comparative "more", not "many"
        (
            "We can live more friendly to the environment and reduce suffering in some degree.",
            "हम पर्यावरण के साथ ज़्यादा दोस्ताना तरीके से रह सकते हैं और कुछ हद तक पीड़ा कम कर सकते हैं।",
        ),
        # the post's "some" is kept as कुछ; अनेक renders "different"
        (
            "There are different ways of purifying water, some more effective than others.",
            "पानी को शुद्ध करने के अनेक तरीके हैं, इनमें कुछ दूसरों से ज़्यादा कारगर हैं।",
        ),
    ],
)
def test_a_quantifier_the_rendering_keeps_is_not_reported(post: str, claim: str) -> None:
    assert intensity(post, claim) == []


# --- intensifiers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("post", "claim", "word"),
    [
        ("The new trains are fast.", "नई ट्रेनें बहुत तेज़ हैं।", "बहुत"),
        ("The tap water is safe to drink.", "नल का पानी पीने के लिए एकदम सुरक्षित है।", "एकदम"),
    ],
)
def test_an_added_intensifier_is_reported(post: str, claim: str, word: str) -> None:
    assert intensity(post, claim) == [
        f"The rendering strengthens the statement with “{word}”, which the post does not have."
    ]


def test_a_plural_noun_is_not_read_as_its_adjective() -> None:
    # "goods" is not "good": no word of degree licenses the बहुत
    assert intensity(
        "The ship carries goods to the port.", "जहाज बंदरगाह तक बहुत सामान ले जाता है।"
    ) == ["The rendering strengthens the statement with “बहुत”, which the post does not have."]


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        # a degree adverb the table lists
        ("The new trains are substantially faster.", "नई ट्रेनें बहुत तेज़ हैं।"),
        ("The tap water is perfectly safe to drink.", "नल का पानी पीने के लिए एकदम सुरक्षित है।"),
        # the adjective of a degree adverb ("complete" of "completely")
        (
            "Layton asked for a complete rewriting of the bill.",
            "लेटन ने बिल को पूरी तरह से फिर से लिखने के लिए कहा।",
        ),
        (
            "In 1767 the first full-iron rails were introduced.",
            "1767 में पूरी तरह लोहे से बनी पहली रेल आई।",
        ),
        # बहुत कम is "few", not "very"
        ("Publications dealing with war zones are few.", "युद्ध क्षेत्रों से जुड़े प्रकाशन बहुत कम हैं।"),
        ("The driver is unlikely to face charges.", "चालक पर आरोप लगने की संभावना बहुत कम है।"),
        ("Greenland was settled sparsely.", "ग्रीनलैंड में बहुत कम लोग बसे थे।"),
    ],
)
def test_an_intensifier_the_post_implies_is_not_reported(post: str, claim: str) -> None:
    assert intensity(post, claim) == []


# --- hedges dropped -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("post", "claim", "message"),
    [
        # "will probably": the post's future is hedged itself
        (
            "Credit cards will probably not be accepted on the islands.",
            "द्वीपों पर क्रेडिट कार्ड स्वीकार नहीं किए जाएँगे।",
            "The post hedges with “probably”, but the rendering states it without the hedge (“जाएँगे”).",
        ),
        # a report stated as a fact needs no firmer word
        (
            "The minister reportedly resigned on Monday.",
            "मंत्री ने सोमवार को इस्तीफ़ा दे दिया।",
            "The post hedges with “reportedly”, but the rendering states it without the hedge.",
        ),
        # an attempt stated as the deed
        (
            "The navy was trying to stop this traffic.",
            "नौसेना इस यातायात को रोक रही थी।",
            "The post hedges with “trying to”, but the rendering states it without the hedge.",
        ),
        # "may" rendered as an obligation (infinitive + पड़ना)
        (
            "Travellers may face long queues at the border.",
            "यात्रियों को सीमा पर लंबी कतारों का सामना करना पड़ता है।",
            "The post hedges with “may”, but the rendering states it without the hedge (“करना पड़ता”).",
        ),
        # "nearly impossible" stated as impossible
        (
            "It is nearly impossible to exchange the currency abroad.",
            "विदेश में इस मुद्रा को बदलना असंभव है।",
            "The post hedges with “nearly”, but the rendering states it without the hedge (“असंभव”).",
        ),
    ],
)
def test_a_dropped_hedge_is_reported(post: str, claim: str, message: str) -> None:
    assert intensity(post, claim) == [message]


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        # the Hindi presumptive (participle + होगा) conjectures: "must have broken"
        ("Officials said the containers may have ruptured.", "अधिकारियों ने कहा कि कंटेनर टूट गए होंगे।"),
        ("Comets may have delivered water to the earth.", "धूमकेतुओं ने पृथ्वी पर पानी पहुँचाया होगा।"),
        # लगेगा ("it will seem") keeps the uncertainty of "may think"
        ("You may think a map was written on the back.", "आपको लगेगा कि पीछे एक नक्शा लिखा गया था।"),
        # निश्चित renders the post's own "certainly", not the dropped "seem"
        (
            "That didn't seem to make sense; it certainly wasn't fair.",
            "यह समझ में नहीं आया; यह निश्चित रूप से उचित नहीं था।",
        ),
        # "in May" is the month
        ("The monsoon arrives in May.", "मानसून मई में आएगा।"),
        # "trying to" describing something, not a statement of an attempt
        (
            "Most deaths come from fatigue trying to swim back against the current.",
            "ज़्यादातर मौतें धारा के विरुद्ध तैरने से होने वाली थकान के कारण होती हैं।",
        ),
        # "she believed that": a verb, not the hedge "is believed"
        (
            "Gillard claimed that she believed Australia should become a republic.",
            "गिलार्ड ने दावा किया कि वह मानती थीं कि ऑस्ट्रेलिया को गणराज्य बनना चाहिए।",
        ),
        # पड़ना alone is "be felt", not "have to"
        (
            "Technology may follow a path largely beyond political influence.",
            "तकनीक पर राजनीतिक प्रभाव का असर नहीं पड़ता।",
        ),
    ],
)
def test_a_hedge_the_rendering_keeps_or_never_had_is_not_reported(post: str, claim: str) -> None:
    assert intensity(post, claim) == []


# --- "one of" ---------------------------------------------------------------------------


def test_one_of_rendered_as_a_bare_superlative_is_not_reported() -> None:
    """Hindi translators drop the partitive as a matter of style (three of 708 FLORES
    reference translations did, "one of Haiti's largest" → "हैती की सबसे बड़ी"): reported,
    it was the largest source of intensity alarms on faithful translations."""
    assert (
        intensity(
            "Christmas is one of the most important holidays of Christianity.",
            "क्रिसमस ईसाई धर्म का सबसे महत्वपूर्ण त्योहार है।",
        )
        == []
    )


@pytest.mark.parametrize(
    "claim",
    [
        "क्रिसमस ईसाई धर्म का एक सबसे महत्वपूर्ण त्योहार है।",
        "क्रिसमस ईसाई धर्म के सबसे महत्वपूर्ण त्योहारों में एक है।",
        "क्रिसमस ईसाई धर्म के सबसे महत्वपूर्ण त्योहारों में से एक है।",
    ],
)
def test_one_of_kept_as_a_partitive_is_not_reported(claim: str) -> None:
    assert (
        intensity("Christmas is one of the most important holidays of Christianity.", claim) == []
    )


# --- hedges added ---------------------------------------------------------------------


def test_an_added_hedge_is_reported() -> None:
    assert intensity("Parisians are rude.", "ऐसा माना जाता है कि पेरिस के लोग असभ्य होते हैं।") == [
        "The rendering hedges with “माना जाता है”; the post states it without a hedge."
    ]


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        (
            "These animals are large, wild and potentially dangerous.",
            "ये जानवर बड़े, जंगली और शायद खतरनाक हैं।",
        ),
        (
            "Critics focused on contracts awarded to perceived insiders.",
            "आलोचकों ने कथित करीबी लोगों को दिए गए ठेकों पर ध्यान दिया।",
        ),
        (
            "Parisians have a reputation for being rude.",
            "ऐसा माना जाता है कि पेरिस के लोग असभ्य होते हैं।",
        ),
        # किसी तरह का is "any kind of", not "somehow"
        ("The population hasn't changed at all.", "आबादी में किसी तरह का बदलाव नहीं हुआ है।"),
    ],
)
def test_a_hedge_the_post_has_in_other_words_is_not_reported(post: str, claim: str) -> None:
    assert intensity(post, claim) == []


# --- hedges read where they stand ----------------------------------------------------------


def test_a_hedged_verb_rendered_in_the_future_is_reported_though_other_hedges_are_kept() -> None:
    assert intensity("Tigers can swim and can climb trees.", "बाघ तैर सकते हैं और पेड़ों पर चढ़ेंगे।") == [
        "The post hedges with “can”, but the rendering states it without the hedge (“चढ़ेंगे”)."
    ]
    assert (
        intensity("Tigers can swim and can climb trees.", "बाघ तैर सकते हैं और पेड़ों पर चढ़ सकते हैं।") == []
    )


@pytest.mark.parametrize(
    ("post", "dropped", "kept", "hedge"),
    [
        (
            "The fire was probably caused by a short circuit.",
            "आग शॉर्ट सर्किट से लगी थी।",
            "आग शायद शॉर्ट सर्किट से लगी थी।",
            "probably",
        ),
        ("The village is nearly empty.", "गांव खाली है।", "गांव लगभग खाली है।", "nearly"),
        (
            "The letter was supposedly written by the king.",
            "यह पत्र राजा ने लिखा था।",
            "यह पत्र कथित तौर पर राजा ने लिखा था।",
            "supposedly",
        ),
        # संदेह translates "suspect": it does not keep "alleged"
        (
            "Police said they suspect an alleged smuggler.",
            "पुलिस ने कहा कि उन्हें एक तस्कर पर संदेह है।",
            "पुलिस ने कहा कि उन्हें एक कथित तस्कर पर संदेह है।",
            "alleged",
        ),
    ],
)
def test_a_doubt_or_an_approximation_dropped_outright_is_reported(
    post: str, dropped: str, kept: str, hedge: str
) -> None:
    assert intensity(post, dropped) == [
        f"The post hedges with “{hedge}”, but the rendering states it without the hedge."
    ]
    assert intensity(post, kept) == []


def test_an_intensifier_on_a_plain_adjective_is_reported_wherever_the_post_has_degree() -> None:
    post = "The cart was heavy, but the workers were very strong."
    assert intensity(post, "गाड़ी बेहद भारी थी, लेकिन मज़दूर बहुत मज़बूत थे।") == [
        "The rendering strengthens “heavy” with “बेहद”, which the post does not have."
    ]
    assert intensity(post, "गाड़ी भारी थी, लेकिन मज़दूर बहुत मज़बूत थे।") == []


def test_the_posts_own_intensifier_is_no_added_degree() -> None:
    post = "This is especially popular with school leavers."
    assert intensity(post, "यह विशेष रूप से स्कूल छोड़ने वालों के बीच लोकप्रिय है।") == []


def test_some_rendered_as_several_is_no_widening_but_as_all_it_is() -> None:
    post = "Some of the shops were closed."
    assert intensity(post, "कई दुकानें बंद थीं।") == []
    assert intensity(post, "सभी दुकानें बंद थीं।") == [
        "The post says “Some” but the rendering says “सभी”: the claim now covers more."
    ]
