"""Courts, agencies and organisations as Hindi news names them, written for the generator.

``kind`` says what a body may be swapped with: a court for a court, a police or
intelligence agency for another, an international body for another, a company for a
company. The first Hindi form is the one swapped in.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Body:
    en: str  # a regular expression over the English
    hi: tuple[str, ...]
    kind: str  # court, agency, body, company, sport
    subtype: str  # court-agency or organisation


def _b(en: str, hi: str, kind: str) -> Body:
    subtype = "court-agency" if kind in ("court", "agency", "space") else "organisation"
    return Body(en, tuple(hi.split("|")), kind, subtype)


BODIES: tuple[Body, ...] = (
    _b(r"\bSupreme Court\b", "सुप्रीम कोर्ट|सर्वोच्च न्यायालय|उच्चतम न्यायालय", "court"),
    _b(r"\bHigh Court\b", "हाई कोर्ट|उच्च न्यायालय", "court"),
    _b(r"\bInternational Criminal Court\b", "अंतरराष्ट्रीय आपराधिक न्यायालय", "court"),
    _b(r"\bInternational Court of Justice\b|\bICJ\b", "अंतरराष्ट्रीय न्यायालय", "court"),
    _b(r"\bappeals court\b|\bCourt of Appeals?\b", "अपील अदालत|अपीलीय अदालत", "court"),
    _b(r"\bdistrict court\b|\bDistrict Court\b", "ज़िला अदालत|जिला अदालत", "court"),
    _b(r"\bFBI\b|\bFederal Bureau of Investigation\b", "एफ़बीआई|एफबीआई", "agency"),
    _b(r"\bCIA\b", "सीआईए", "agency"),
    _b(r"\bCBI\b", "सीबीआई", "agency"),
    _b(r"\bNIA\b", "एनआईए|राष्ट्रीय जांच एजेंसी", "agency"),
    _b(r"\bEnforcement Directorate\b|\bED\b", "प्रवर्तन निदेशालय|ईडी", "agency"),
    _b(r"\bInterpol\b", "इंटरपोल", "agency"),
    _b(r"\bScotland Yard\b", "स्कॉटलैंड यार्ड", "agency"),
    _b(r"\bElection Commission\b", "चुनाव आयोग|निर्वाचन आयोग", "agency"),
    _b(r"\bFAA\b|\bFederal Aviation Administration\b", "एफ़एए|एफएए", "agency"),
    _b(r"\bFDA\b|\bFood and Drug Administration\b", "एफ़डीए|एफडीए", "agency"),
    _b(r"\bCDC\b|\bCenters for Disease Control\b", "सीडीसी", "agency"),
    _b(r"\bPentagon\b", "पेंटागन", "agency"),
    _b(r"\bNASA\b", "नासा", "space"),
    _b(r"\bISRO\b", "इसरो", "space"),
    _b(r"\bEuropean Space Agency\b|\bESA\b", "यूरोपीय अंतरिक्ष एजेंसी|ईएसए", "space"),
    _b(r"\bRoscosmos\b", "रोस्कोस्मोस", "space"),
    _b(r"\bUnited Nations\b|\bUN\b|\bU\.N\.", "संयुक्त राष्ट्र|यूएन", "body"),
    _b(r"\bNATO\b", "नाटो", "body"),
    _b(r"\bEuropean Union\b|\bEU\b", "यूरोपीय संघ|यूरोपियन यूनियन", "body"),
    _b(r"\bWorld Health Organi[sz]ation\b|\bWHO\b", "विश्व स्वास्थ्य संगठन|डब्ल्यूएचओ", "body"),
    _b(r"\bUNESCO\b", "यूनेस्को", "body"),
    _b(r"\bUNICEF\b", "यूनिसेफ़|यूनिसेफ", "body"),
    _b(r"\bWorld Bank\b", "विश्व बैंक", "body"),
    _b(r"\bIMF\b|\bInternational Monetary Fund\b", "अंतरराष्ट्रीय मुद्रा कोष|आईएमएफ", "body"),
    _b(r"\bRed Cross\b", "रेड क्रॉस|रेड क्रास", "body"),
    _b(r"\bAmnesty International\b", "एमनेस्टी इंटरनेशनल", "body"),
    _b(r"\bGreenpeace\b", "ग्रीनपीस", "body"),
    _b(r"\bWorld Trade Organi[sz]ation\b|\bWTO\b", "विश्व व्यापार संगठन", "body"),
    _b(r"\bFIFA\b", "फ़ीफ़ा|फीफा", "sport"),
    _b(r"\bInternational Olympic Committee\b|\bIOC\b", "अंतरराष्ट्रीय ओलंपिक समिति", "sport"),
    _b(r"\bICC\b|\bInternational Cricket Council\b", "आईसीसी", "sport"),
    _b(r"\bBCCI\b", "बीसीसीआई", "sport"),
    _b(r"\bApple\b", "एप्पल|ऐप्पल|एपल", "company"),
    _b(r"\bMicrosoft\b", "माइक्रोसॉफ़्ट|माइक्रोसॉफ्ट", "company"),
    _b(r"\bGoogle\b", "गूगल", "company"),
    _b(r"\bSony\b", "सोनी", "company"),
    _b(r"\bNintendo\b", "निनटेंडो|निन्टेंडो", "company"),
    _b(r"\bSamsung\b", "सैमसंग", "company"),
    _b(r"\bFacebook\b", "फ़ेसबुक|फेसबुक", "company"),
    _b(r"\bBoeing\b", "बोइंग", "company"),
    _b(r"\bAirbus\b", "एयरबस", "company"),
    _b(r"\bToyota\b", "टोयोटा", "company"),
    _b(r"\bNokia\b", "नोकिया", "company"),
    _b(r"\bWikipedia\b", "विकिपीडिया", "company"),
    _b(r"\bIntel\b", "इंटेल", "company"),
)


__all__ = ["BODIES", "Body"]
