"""Nepali (Devanagari). Postpositions glued to the noun (नेपालमा, सरकारले, उनीहरूको); told
from Hindi by its own function words (छ, थियो, पनि, भएको). Words written here."""

from verifier.lang.languages import Language

LANGUAGE = Language(
    code="ne",
    name="Nepali",
    script="deva",
    stop_words="""र तथा पनि यो त्यो यस उक्त ती यी एक जुन जो उनी उनले उनको उनका उनकी उनलाई उहाँ
    उहाँले हो छ छन् थियो थिए थिइन् हुन्छ हुन्छन् भएको भएका भयो गरेको गरेका गरे गर्न गरी गर्ने
    लागि मा को का की ले लाई बाट सँग देखि सम्म भन्दा तर वा अथवा म हामी तपाईं उसले यहाँ त्यहाँ
    किनभने भने बताए भनेका अनुसार हुने रहेको रहेका सक्छ गर्दै भइरहेको""",
    negators="""छैन छैनन् थिएन थिएनन् होइन होइनन् न नहुने नगर्ने नभएको विना बिना गरेन भएन सकेन
    गरेनन् भएनन् सकेनन्""",
    negative_endings=("ेनन्", "िएन", "िएनन्", "ैनन्", "दैन", "दैनन्", "एन"),
    suffixes="""हरूलाई हरूको हरूका हरूले हरूमा हरूबाट हरू लाई बाट सँग द्वारा मार्फत भित्र तर्फ
    देखि सम्म प्रति माथि को का की मा ले""",
    speech_cues=("भने", "बताए", "बताउनुभयो", "भन्नुभयो", "उल्लेख गरे", "जानकारी दिए", "ट्वीट गरे"),
    # छ (six) is left out: it is also "is", the commonest verb of the language.
    # Verbs of saying and posting, quotatives and platform words as news reports a post
    # ("… भनी उनले ट्वीट गरेका छन्", "भने कि …"); Acharya, *A Descriptive Grammar of
    # Nepali*, 1991, ch. 9 (quotation with भनी/भनेर).
    say_verbs=("भने", "भन्नु", "बताए", "लेखे", "ट्वीट गर", "उल्लेख गर", "आग्रह गर", "जानकारी दिए"),
    quotatives=("भनी", "भनेर"),
    complementizers=("कि",),
    platform_words=("ट्वीट", "ट्विटर", "एक्स", "पोस्ट", "फेसबुक", "सामाजिक सञ्जाल"),
    number_words={
        "एक": 1,
        "दुई": 2,
        "तीन": 3,
        "चार": 4,
        "पाँच": 5,
        "सात": 7,
        "आठ": 8,
        "नौ": 9,
        "दश": 10,
        "बीस": 20,
        "पचास": 50,
        "सय": 100,
        "एघार": 11,
        "बाह्र": 12,
        "तेह्र": 13,
        "चौध": 14,
        "पन्ध्र": 15,
        "सोह्र": 16,
        "सत्र": 17,
        "अठार": 18,
        "उन्नाइस": 19,
        "तीस": 30,
        "चालीस": 40,
    },  # fmt: skip
    ordinal_endings=("ौं", "ौँ"),
    scale_words={"हजार": 1e3, "लाख": 1e5, "करोड": 1e7, "अर्ब": 1e9, "खर्ब": 1e11},
    relative_days={"आज": (0,), "हिजो": (-1,), "भोलि": (1,), "अस्ति": (-2,)},
    percent_words="प्रतिशत",
    qualifiers_before={"करिब": "about", "झण्डै": "about", "कम्तीमा": "at-least"},
    qualifiers_after={
        "भन्दा बढी": "more-than",
        "भन्दा धेरै": "more-than",
        "भन्दा कम": "less-than",
        "सम्म": "up-to",
    },
)
