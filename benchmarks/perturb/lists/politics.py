"""Parties and politicians as Hindi news names them, written for the generator.

Parties are grouped by country so that a swap is a confusion a reporter could make
(Democrats ↔ Republicans, BJP ↔ Congress). Politicians carry a gender so that a swapped-in
name keeps the verb's agreement, and a title for the attribution rows.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Party:
    en: str  # a regular expression over the English
    hi: tuple[str, ...]  # the first is the form swapped in
    group: str
    name: str  # how English copy names it before "government"


@dataclass(frozen=True)
class Politician:
    en: str
    hi: str
    gender: str  # m or f
    group: str
    title: str  # how Hindi copy introduces them


def _p(en: str, hi: str, group: str, name: str = "") -> Party:
    return Party(en, tuple(hi.split("|")), group, name)


PARTIES: tuple[Party, ...] = (
    _p(r"\bBJP\b|\bBharatiya Janata Party\b", "भाजपा|बीजेपी|भारतीय जनता पार्टी", "in", "BJP"),
    _p(r"\bCongress party\b|\bIndian National Congress\b", "कांग्रेस", "in", "Congress"),
    _p(r"\bAAP\b|\bAam Aadmi Party\b", "आम आदमी पार्टी|आप", "in", "AAP"),
    _p(r"\bSamajwadi Party\b", "समाजवादी पार्टी|सपा", "in", "Samajwadi Party"),
    _p(r"\bBSP\b|\bBahujan Samaj Party\b", "बहुजन समाज पार्टी|बसपा", "in", "BSP"),
    _p(r"\bTMC\b|\bTrinamool\b", "तृणमूल कांग्रेस|टीएमसी", "in", "Trinamool"),
    _p(r"\bShiv Sena\b", "शिवसेना", "in", "Shiv Sena"),
    _p(r"\bCPI\(M\)|\bCPM\b", "माकपा|सीपीएम", "in", "CPI(M)"),
    _p(r"\bDMK\b", "डीएमके|द्रमुक", "in", "DMK"),
    _p(
        r"\bDemocrats?\b|\bDemocratic (?:Party|candidate|senator|leader|nominee|primary|presidential)\b",
        "डेमोक्रेटिक पार्टी|डेमोक्रेट्स|डेमोक्रेट|डेमोक्रेटिक",
        "us",
        "Democratic",
    ),
    _p(r"\bRepublican(?:s)?\b|\bGOP\b", "रिपब्लिकन पार्टी|रिपब्लिकन", "us", "Republican"),
    _p(r"\bLabou?r\b", "लेबर पार्टी|लेबर", "uk", "Labour"),
    _p(
        r"\bConservative(?:s)?\b|\bTor(?:y|ies)\b",
        "कंज़र्वेटिव पार्टी|कंज़र्वेटिव|कंजर्वेटिव",
        "uk",
        "Conservative",
    ),
    _p(r"\bLiberal Democrats\b", "लिबरल डेमोक्रेट्स", "uk", "Liberal Democrat"),
    _p(r"\bNDP\b|\bNew Democratic Party\b", "एनडीपी|न्यू डेमोक्रेटिक पार्टी", "ca", "NDP"),
    _p(r"\bLiberal Party\b", "लिबरल पार्टी", "ca", "Liberal"),
    _p(r"\bthe Greens\b|\bGreen Party\b", "ग्रीन पार्टी", "other", "Green"),
    _p(r"\bSWAPO\b", "स्वापो", "other", "SWAPO"),
    _p(r"\bCDU\b|\bChristian Democrats\b", "सीडीयू|क्रिश्चियन डेमोक्रेट्स", "other", "CDU"),
    _p(r"\bLikud\b", "लिकुड", "other", "Likud"),
    _p(r"\bANC\b|\bAfrican National Congress\b", "अफ़्रीकी नेशनल कांग्रेस|एएनसी", "other", "ANC"),
)


def _pol(en: str, hi: str, gender: str, group: str, title: str) -> Politician:
    return Politician(en, hi, gender, group, title)


POLITICIANS: tuple[Politician, ...] = (
    _pol("Narendra Modi", "नरेंद्र मोदी", "m", "in", "प्रधानमंत्री"),
    _pol("Rahul Gandhi", "राहुल गांधी", "m", "in", "कांग्रेस नेता"),
    _pol("Amit Shah", "अमित शाह", "m", "in", "गृह मंत्री"),
    _pol("Mamata Banerjee", "ममता बनर्जी", "f", "in", "मुख्यमंत्री"),
    _pol("Arvind Kejriwal", "अरविंद केजरीवाल", "m", "in", "आप संयोजक"),
    _pol("Yogi Adityanath", "योगी आदित्यनाथ", "m", "in", "मुख्यमंत्री"),
    _pol("Nitish Kumar", "नीतीश कुमार", "m", "in", "मुख्यमंत्री"),
    _pol("Sharad Pawar", "शरद पवार", "m", "in", "एनसीपी प्रमुख"),
    _pol("Mayawati", "मायावती", "f", "in", "बसपा प्रमुख"),
    _pol("Akhilesh Yadav", "अखिलेश यादव", "m", "in", "सपा अध्यक्ष"),
    _pol("Uddhav Thackeray", "उद्धव ठाकरे", "m", "in", "शिवसेना (यूबीटी) प्रमुख"),
    _pol("M. K. Stalin", "एम.के. स्टालिन", "m", "in", "मुख्यमंत्री"),
    _pol("Siddaramaiah", "सिद्धारमैया", "m", "in", "मुख्यमंत्री"),
    _pol("Hemant Soren", "हेमंत सोरेन", "m", "in", "मुख्यमंत्री"),
    _pol("Smriti Irani", "स्मृति ईरानी", "f", "in", "भाजपा नेता"),
    _pol("Mahua Moitra", "महुआ मोइत्रा", "f", "in", "टीएमसी सांसद"),
    _pol("Asaduddin Owaisi", "असदुद्दीन ओवैसी", "m", "in", "एआईएमआईएम प्रमुख"),
    _pol("Joe Biden", "जो बाइडेन", "m", "us", "पूर्व अमेरिकी राष्ट्रपति"),
    _pol("Donald Trump", "डोनाल्ड ट्रंप", "m", "us", "अमेरिकी राष्ट्रपति"),
    _pol("Kamala Harris", "कमला हैरिस", "f", "us", "पूर्व उपराष्ट्रपति"),
    _pol("Barack Obama", "बराक ओबामा", "m", "us", "पूर्व अमेरिकी राष्ट्रपति"),
    _pol("Hillary Clinton", "हिलेरी क्लिंटन", "f", "us", "पूर्व विदेश मंत्री"),
    _pol("Nancy Pelosi", "नैंसी पेलोसी", "f", "us", "डेमोक्रेट नेता"),
    _pol("Bernie Sanders", "बर्नी सैंडर्स", "m", "us", "सीनेटर"),
    _pol("Ron DeSantis", "रॉन डीसैंटिस", "m", "us", "गवर्नर"),
    _pol("Nikki Haley", "निक्की हेली", "f", "us", "रिपब्लिकन नेता"),
    _pol("Marco Rubio", "मार्को रुबियो", "m", "us", "विदेश मंत्री"),
    _pol("Keir Starmer", "कीर स्टार्मर", "m", "uk", "ब्रिटिश प्रधानमंत्री"),
    _pol("Rishi Sunak", "ऋषि सुनक", "m", "uk", "पूर्व ब्रिटिश प्रधानमंत्री"),
    _pol("Boris Johnson", "बोरिस जॉनसन", "m", "uk", "पूर्व ब्रिटिश प्रधानमंत्री"),
    _pol("Emmanuel Macron", "इमैनुएल मैक्रों", "m", "world", "फ़्रांस के राष्ट्रपति"),
    _pol("Olaf Scholz", "ओलाफ़ शोल्ज़", "m", "world", "पूर्व जर्मन चांसलर"),
    _pol("Angela Merkel", "एंजेला मर्केल", "f", "world", "पूर्व जर्मन चांसलर"),
    _pol("Justin Trudeau", "जस्टिन ट्रूडो", "m", "world", "कनाडा के पूर्व प्रधानमंत्री"),
    _pol("Anthony Albanese", "एंथनी अल्बनीज़", "m", "world", "ऑस्ट्रेलिया के प्रधानमंत्री"),
    _pol("Shehbaz Sharif", "शहबाज़ शरीफ़", "m", "world", "पाकिस्तान के प्रधानमंत्री"),
    _pol("Imran Khan", "इमरान ख़ान", "m", "world", "पाकिस्तान के पूर्व प्रधानमंत्री"),
    _pol("Sheikh Hasina", "शेख़ हसीना", "f", "world", "बांग्लादेश की पूर्व प्रधानमंत्री"),
    _pol("Vladimir Putin", "व्लादिमीर पुतिन", "m", "world", "रूस के राष्ट्रपति"),
    _pol("Volodymyr Zelensky", "वोलोदिमीर ज़ेलेंस्की", "m", "world", "यूक्रेन के राष्ट्रपति"),
    _pol("Xi Jinping", "शी जिनपिंग", "m", "world", "चीन के राष्ट्रपति"),
    _pol("Benjamin Netanyahu", "बेंजामिन नेतन्याहू", "m", "world", "इज़राइल के प्रधानमंत्री"),
    _pol("Giorgia Meloni", "जॉर्जिया मेलोनी", "f", "world", "इटली की प्रधानमंत्री"),
    _pol("Jacinda Ardern", "जेसिंडा अर्डर्न", "f", "world", "न्यूज़ीलैंड की पूर्व प्रधानमंत्री"),
    _pol("Recep Tayyip Erdogan", "रेचेप तैय्यप एर्दोआन", "m", "world", "तुर्की के राष्ट्रपति"),
)
# English words before a person's name that make them a politician.
POLITICAL_TITLES = (
    r"(?:President|Vice President|Prime Minister|Deputy Prime Minister|Minister|Senator|"
    r"Governor|Congress(?:wo)?man|Speaker|Chancellor|Mayor|MP|leader|Premier|Secretary|"
    r"candidate|Representative|Sen\.|Gov\.|Rep\.)"
)


__all__ = ["PARTIES", "POLITICAL_TITLES", "POLITICIANS", "Party", "Politician"]
