"""Nationality adjectives (demonyms) in English and as Hindi news copy writes them.

Unicode CLDR has no demonyms (its territory names are nouns), so this list was written for
the generator. The first Hindi form is the one used when the demonym is swapped in; the
others are spellings a translation may already use. Hindi demonyms do not inflect.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Demonym:
    en: tuple[str, ...]
    hi: tuple[str, ...]
    group: str  # where it belongs: a swap prefers another demonym of the same group


def _d(en: str, hi: str, group: str) -> Demonym:
    return Demonym(tuple(en.split("|")), tuple(hi.split("|")), group)


DEMONYMS: tuple[Demonym, ...] = (
    _d("American", "अमेरिकी|अमरीकी|अमेरिकन", "americas"),
    _d("Canadian", "कनाडाई|कनाडियन", "americas"),
    _d("Mexican", "मैक्सिकन|मेक्सिकन|मैक्सिकी", "americas"),
    _d("Brazilian", "ब्राज़ीली|ब्राजीली|ब्राज़ीलियाई|ब्राजीलियाई", "americas"),
    _d("Argentine|Argentinian", "अर्जेंटीनी|अर्जेंटीनियाई", "americas"),
    _d("Cuban", "क्यूबाई|क्यूबन", "americas"),
    _d("Chilean", "चिलियन|चिली", "americas"),
    _d("Colombian", "कोलंबियाई", "americas"),
    _d("Venezuelan", "वेनेज़ुएलाई|वेनेजुएलाई", "americas"),
    _d("Peruvian", "पेरूवियाई|पेरूवियन|पेरू", "americas"),
    _d("Haitian", "हैतियन|हैतीयन|हैती", "americas"),
    _d("British", "ब्रिटिश|बर्तानवी", "europe"),
    _d("French", "फ़्रांसीसी|फ्रांसीसी|फ़्रेंच|फ्रेंच", "europe"),
    _d("German", "जर्मन", "europe"),
    _d("Italian", "इतालवी|इटैलियन|इटालियन", "europe"),
    _d("Spanish", "स्पेनिश|स्पेनी|स्पैनिश", "europe"),
    _d("Portuguese", "पुर्तगाली", "europe"),
    _d("Dutch", "डच", "europe"),
    _d("Belgian", "बेल्जियाई|बेल्जियन", "europe"),
    _d("Swiss", "स्विस", "europe"),
    _d("Austrian", "ऑस्ट्रियाई|आस्ट्रियाई", "europe"),
    _d("Swedish", "स्वीडिश", "europe"),
    _d("Norwegian", "नॉर्वेजियन|नार्वेजियन", "europe"),
    _d("Danish", "डेनिश", "europe"),
    _d("Finnish", "फ़िनिश|फिनिश", "europe"),
    _d("Irish", "आयरिश", "europe"),
    _d("Scottish", "स्कॉटिश|स्काटिश", "europe"),
    _d("Polish", "पोलिश", "europe"),
    _d("Czech", "चेक", "europe"),
    _d("Hungarian", "हंगेरियन|हंगेरियाई", "europe"),
    _d("Romanian", "रोमानियाई|रोमानियन", "europe"),
    _d("Greek", "यूनानी|ग्रीक", "europe"),
    _d("Ukrainian", "यूक्रेनी|यूक्रेनियन", "europe"),
    _d("Russian", "रूसी", "europe"),
    _d("Croatian", "क्रोएशियाई", "europe"),
    _d("Serbian", "सर्बियाई|सर्बियन", "europe"),
    _d("European", "यूरोपीय|यूरोपियन", "continent"),
    _d("African", "अफ़्रीकी|अफ्रीकी|अफ़्रीकन|अफ्रीकन", "continent"),
    _d("Asian", "एशियाई", "continent"),
    _d("Indian", "भारतीय|हिंदुस्तानी", "asia"),
    _d("Pakistani", "पाकिस्तानी", "asia"),
    _d("Bangladeshi", "बांग्लादेशी", "asia"),
    _d("Nepalese|Nepali", "नेपाली", "asia"),
    _d("Sri Lankan", "श्रीलंकाई", "asia"),
    _d("Afghan", "अफ़ग़ान|अफगान|अफ़गान|अफ़ग़ानी|अफगानी", "asia"),
    _d("Chinese", "चीनी", "asia"),
    _d("Japanese", "जापानी", "asia"),
    _d("Korean", "कोरियाई", "asia"),
    _d("Taiwanese", "ताइवानी", "asia"),
    _d("Tibetan", "तिब्बती", "asia"),
    _d("Mongolian", "मंगोलियाई|मंगोलियन", "asia"),
    _d("Vietnamese", "वियतनामी", "asia"),
    _d("Thai", "थाई", "asia"),
    _d("Indonesian", "इंडोनेशियाई", "asia"),
    _d("Filipino", "फ़िलिपीनो|फिलिपीनो|फ़िलिपिनो|फिलिपिनो|फ़िलिपीनी|फिलिपीनी", "asia"),
    _d("Malaysian", "मलेशियाई", "asia"),
    _d("Iranian", "ईरानी", "middle-east"),
    _d("Iraqi", "इराक़ी|इराकी", "middle-east"),
    _d("Syrian", "सीरियाई", "middle-east"),
    _d("Israeli", "इज़राइली|इजराइली|इस्राइली|इज़रायली|इजरायली", "middle-east"),
    _d("Palestinian", "फ़िलिस्तीनी|फिलिस्तीनी", "middle-east"),
    _d("Saudi", "सऊदी", "middle-east"),
    _d("Turkish", "तुर्की|तुर्क", "middle-east"),
    _d("Egyptian", "मिस्री|मिस्र", "africa"),
    _d("Moroccan", "मोरक्कन|मोरक्को", "africa"),
    _d("Nigerian", "नाइजीरियाई", "africa"),
    _d("Kenyan", "केन्याई", "africa"),
    _d("Ethiopian", "इथियोपियाई", "africa"),
    _d("Australian", "ऑस्ट्रेलियाई|आस्ट्रेलियाई|ऑस्ट्रेलियन", "oceania"),
)


__all__ = ["DEMONYMS", "Demonym"]
