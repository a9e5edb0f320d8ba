"""US states, other regions (Indian states, provinces) and cities, written for the generator.

Names that are often something else are left out (Wales: also Jimmy Wales; Victoria: also
a queen and a lake).

Hindi spellings are the common news forms; the first is the one swapped in. A few US state
names are also a country or a city (Georgia, Washington, New York): they are never swapped
in, and found in the English only after "the state of" (see entity.py).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    en: str
    hi: tuple[str, ...]
    kind: str  # us-state, region, city
    group: str  # the country it is in: a swap prefers the same country


def _table(kind: str, group: str, text: str) -> tuple[Region, ...]:
    out = []
    for line in text.strip().splitlines():
        en, hi = line.split("=")
        out.append(Region(en.strip(), tuple(h.strip() for h in hi.split("|")), kind, group))
    return tuple(out)


US_STATES = _table(
    "us-state",
    "us",
    """
    Alabama = अलबामा|अलाबामा
    Alaska = अलास्का
    Arizona = एरिज़ोना|एरिजोना|अरिज़ोना
    Arkansas = अर्कांसस|आर्कन्सास
    California = कैलिफ़ोर्निया|कैलिफोर्निया
    Colorado = कोलोराडो
    Connecticut = कनेक्टिकट
    Delaware = डेलावेयर
    Florida = फ़्लोरिडा|फ्लोरिडा
    Hawaii = हवाई
    Idaho = आइडाहो|इडाहो
    Illinois = इलिनॉय|इलिनॉइस|इलिनोइस
    Indiana = इंडियाना
    Iowa = आयोवा|आइओवा
    Kansas = कैनसस|कान्सास
    Kentucky = केंटकी
    Louisiana = लुइज़ियाना|लुइसियाना|लूसियाना
    Maine = मेन
    Maryland = मैरीलैंड
    Massachusetts = मैसाचुसेट्स
    Michigan = मिशिगन
    Minnesota = मिनेसोटा|मिनीसोटा
    Mississippi = मिसिसिपी|मिसीसिपी
    Missouri = मिसौरी
    Montana = मोंटाना|मोन्टाना
    Nebraska = नेब्रास्का
    Nevada = नेवादा
    New Hampshire = न्यू हैम्पशायर|न्यू हैंपशायर
    New Jersey = न्यू जर्सी
    New Mexico = न्यू मैक्सिको|न्यू मेक्सिको
    North Carolina = नॉर्थ कैरोलिना|उत्तरी कैरोलिना
    North Dakota = नॉर्थ डकोटा|उत्तरी डकोटा
    Ohio = ओहायो|ओहियो
    Oklahoma = ओक्लाहोमा
    Oregon = ओरेगन|ओरेगॉन
    Pennsylvania = पेंसिल्वेनिया|पेन्सिलवेनिया|पेंसिलवेनिया
    Rhode Island = रोड आइलैंड
    South Carolina = साउथ कैरोलिना|दक्षिण कैरोलिना
    South Dakota = साउथ डकोटा|दक्षिण डकोटा
    Tennessee = टेनेसी
    Texas = टेक्सास|टेक्सस
    Utah = यूटा|यूटाह
    Vermont = वरमोंट|वर्मोंट
    Virginia = वर्जीनिया|वर्जिनिया
    West Virginia = वेस्ट वर्जीनिया
    Wisconsin = विस्कॉन्सिन|विस्कोंसिन
    Wyoming = व्योमिंग
    Georgia = जॉर्जिया
    Washington = वॉशिंगटन|वाशिंगटन
    New York = न्यूयॉर्क|न्यू यॉर्क
    """,
)
# State names that are also a country or a city: never swapped in.
AMBIGUOUS_STATES = frozenset({"Georgia", "Washington", "New York"})

REGIONS = (
    _table(
        "region",
        "in",
        """
        Uttar Pradesh = उत्तर प्रदेश
        Bihar = बिहार
        Maharashtra = महाराष्ट्र
        Gujarat = गुजरात
        Rajasthan = राजस्थान
        Punjab = पंजाब
        Kerala = केरल
        Tamil Nadu = तमिलनाडु
        Karnataka = कर्नाटक
        West Bengal = पश्चिम बंगाल
        Assam = असम
        Odisha = ओडिशा
        Telangana = तेलंगाना
        Madhya Pradesh = मध्य प्रदेश
        Haryana = हरियाणा
        Jharkhand = झारखंड
        Uttarakhand = उत्तराखंड
        Himachal Pradesh = हिमाचल प्रदेश
        Kashmir = कश्मीर
        Manipur = मणिपुर
        """,
    )
    + _table(
        "region",
        "ca",
        """
        Ontario = ओंटारियो
        Quebec = क्यूबेक
        British Columbia = ब्रिटिश कोलंबिया
        Alberta = अल्बर्टा
        Nova Scotia = नोवा स्कोटिया
        Manitoba = मैनिटोबा
        """,
    )
    + _table(
        "region",
        "au",
        """
        Queensland = क्वींसलैंड
        Tasmania = तस्मानिया
        New South Wales = न्यू साउथ वेल्स
        """,
    )
    + _table(
        "region",
        "other",
        """
        Scotland = स्कॉटलैंड
        England = इंग्लैंड
        Bavaria = बवेरिया
        Catalonia = कैटेलोनिया|कातालोनिया
        Siberia = साइबेरिया
        Tibet = तिब्बत
        Xinjiang = शिनजियांग
        Patagonia = पैटागोनिया
        Andalusia = अंडालूसिया
        Crimea = क्रीमिया
        Sicily = सिसिली
        """,
    )
)

CITIES = (
    _table(
        "city",
        "in",
        """
        Delhi = दिल्ली
        Mumbai = मुंबई
        Kolkata = कोलकाता
        Chennai = चेन्नई
        Bengaluru = बेंगलुरु
        Hyderabad = हैदराबाद
        Lucknow = लखनऊ
        Patna = पटना
        Jaipur = जयपुर
        Pune = पुणे
        Ahmedabad = अहमदाबाद
        """,
    )
    + _table(
        "city",
        "us",
        """
        Chicago = शिकागो
        Los Angeles = लॉस एंजेलिस
        Houston = ह्यूस्टन
        Boston = बोस्टन
        Seattle = सिएटल
        San Francisco = सैन फ़्रांसिस्को
        Miami = मियामी
        Atlanta = अटलांटा
        Dallas = डलास
        Philadelphia = फ़िलाडेल्फ़िया
        Denver = डेनवर
        """,
    )
    + _table(
        "city",
        "world",
        """
        London = लंदन
        Paris = पेरिस
        Berlin = बर्लिन
        Madrid = मैड्रिड
        Tokyo = टोक्यो
        Beijing = बीजिंग
        Moscow = मॉस्को
        Dubai = दुबई
        Karachi = कराची
        Lahore = लाहौर
        Dhaka = ढाका
        Kathmandu = काठमांडू
        Toronto = टोरंटो
        Sydney = सिडनी
        Nairobi = नैरोबी
        Cairo = काहिरा
        Istanbul = इस्तांबुल
        Bangkok = बैंकॉक
        Manila = मनीला
        Jakarta = जकार्ता
        """,
    )
)


__all__ = ["AMBIGUOUS_STATES", "CITIES", "REGIONS", "US_STATES", "Region"]
