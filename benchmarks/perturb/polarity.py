"""Negation carried by a word, not a particle: drifts and faithful controls.

Drifts (label ``negation``):
- ``prefix-added``: a word given its negative prefix (सफल → असफल, वैध → अवैध) where the
  English states the positive;
- ``prefix-removed``: the prefix taken off (असंभव → संभव) where the English states the
  negative;
- ``antonym``: a positive-form word of the opposite meaning (मौजूद → लापता, समर्थन →
  विरोध, जीता → हारा, खुला → बंद), where the English states the first.
Controls (label ``faithful``), the false alarms the other team's generator found:
- ``negative-form``: a positive English word rendered with a Hindi particle ("difficult" —
  "मुश्किल है" → "आसान नहीं है", "unsafe" — "असुरक्षित है" → "सुरक्षित नहीं है");
- ``negative-word``: a negative-form Hindi word of the same meaning ("missing" — गायब →
  लापता, "continuously" — लगातार → बिना रुके, "failed" — विफल → नाकाम);
- ``prefix-for-particle``: "not X" rendered with the prefixed word (संभव नहीं है → असंभव है).
"""

from __future__ import annotations

import random
import re

from .common import EN_NEGATION, NOT_AFTER, NOT_BEFORE, Edit, replace_span, word

# (positive, negative, English for the positive, English for the negative)
PREFIXED: tuple[tuple[str, str, str, str], ...] = (
    ("संभव", "असंभव", r"\bpossib", r"\bimpossib"),
    ("सफल", "असफल", r"\bsuccess", r"\bunsuccess|\bfail"),
    ("सुरक्षित", "असुरक्षित", r"\bsafe\b|\bsecure", r"\bunsafe|\binsecure"),
    ("उपस्थित", "अनुपस्थित", r"\bpresent\b|\battend", r"\babsent|\babsence"),
    ("स्वीकार", "अस्वीकार", r"\baccept|\bapprov", r"\breject|\bdeclin|\brefus"),
    ("वैध", "अवैध", r"\blegal|\bvalid\b|\blegitimate", r"\billegal|\binvalid|\billegitimate"),
    ("सहमत", "असहमत", r"\bagree", r"\bdisagree"),
    ("निश्चित", "अनिश्चित", r"\bcertain|\bsure\b|\bdefinite", r"\buncertain|\bunsure"),
    ("स्पष्ट", "अस्पष्ट", r"\bclear|\bobvious|\bevident", r"\bunclear|\bvague"),
    ("सामान्य", "असामान्य", r"\bnormal|\busual|\bordinary", r"\babnormal|\bunusual"),
    ("ज्ञात", "अज्ञात", r"\bknown\b", r"\bunknown"),
    ("संतुष्ट", "असंतुष्ट", r"\bsatisf", r"\bdissatisf|\bunsatisf"),
    ("समर्थ", "असमर्थ", r"\bable\b|\bcapable", r"\bunable|\bincapable"),
    ("आवश्यक", "अनावश्यक", r"\bnecessar|\brequire|\bessential", r"\bunnecessar"),
    ("उचित", "अनुचित", r"\bappropriate|\bproper|\bfair\b", r"\binappropriate|\bimproper|\bunfair"),
    ("नियमित", "अनियमित", r"\bregular", r"\birregular"),
    ("स्थिर", "अस्थिर", r"\bstable|\bsteady", r"\bunstable|\binstab"),
    ("लोकप्रिय", "अलोकप्रिय", r"\bpopular", r"\bunpopular"),
    ("सक्षम", "अक्षम", r"\bable\b|\bcapable|\benabl", r"\bunable|\bincapable"),
    ("प्रभावी", "अप्रभावी", r"\beffective", r"\bineffective"),
    ("उपलब्ध", "अनुपलब्ध", r"\bavailab", r"\bunavailab"),
    ("सत्य", "असत्य", r"\btrue\b|\btruth", r"\bfalse|\buntrue"),
    ("कानूनी", "गैरकानूनी", r"\blegal|\blawful", r"\billegal|\bunlawful"),
    ("पसंद", "नापसंद", r"\blike[sd]?\b|\bprefer|\bfavou?rite", r"\bdislike"),
    ("खुश", "नाखुश", r"\bhappy|\bglad|\bpleased", r"\bunhappy|\bdispleased"),
    ("योग्य", "अयोग्य", r"\beligible|\bqualif|\bworthy", r"\bineligible|\bunqualif|\bunworthy"),
    ("पूर्ण", "अपूर्ण", r"\bcomplete", r"\bincomplete"),
    ("नैतिक", "अनैतिक", r"\bethical|\bmoral", r"\bunethical|\bimmoral"),
    ("स्वस्थ", "अस्वस्थ", r"\bhealthy", r"\bunhealthy|\bunwell|\bill\b"),
    ("समान", "असमान", r"\bequal", r"\bunequal"),
    ("सीमित", "असीमित", r"\blimited", r"\bunlimited|\blimitless"),
    ("सहज", "असहज", r"\bcomfortabl|\bat ease", r"\buncomfortabl|\buneas"),
)
# (Hindi, its opposite, English for the first): positive-form words of opposite meaning,
# inflected forms listed so that gender and number agree.
ANTONYMS: tuple[tuple[str, str, str], ...] = (
    ("मौजूद", "लापता", r"\bpresent\b|\bthere\b|\bexist|\bfound\b|\blocated"),
    ("समर्थन", "विरोध", r"\bsupport|\bback(?:ed|s|ing)?\b|\bendors|\bfavou?r"),
    ("जीता", "हारा", r"\bwon\b|\bwin|\bvictor|\bbeat"),
    ("जीती", "हारी", r"\bwon\b|\bwin|\bvictor|\bbeat"),
    ("जीते", "हारे", r"\bwon\b|\bwin|\bvictor|\bbeat"),
    ("जीत", "हार", r"\bwon\b|\bwin|\bvictor"),
    ("खुला", "बंद", r"\bopen"),
    ("खुली", "बंद", r"\bopen"),
    ("खुले", "बंद", r"\bopen"),
    ("सफलता", "विफलता", r"\bsuccess"),
    ("जीवित", "मृत", r"\balive|\bliving|\bsurviv"),
    ("ज़िंदा", "मृत", r"\balive|\bliving|\bsurviv"),
    ("जिंदा", "मृत", r"\balive|\bliving|\bsurviv"),
)
# Controls: (Hindi, faithful paraphrase with a negative form, English the pair needs,
# subtype). The paraphrase keeps gender and number: copulas follow in the sentence.
PARAPHRASES: tuple[tuple[str, str, str, str], ...] = (
    ("मुश्किल", "आसान नहीं", r"\bdifficult|\bhard\b|\btough", "negative-form"),
    ("कठिन", "आसान नहीं", r"\bdifficult|\bhard\b|\btough", "negative-form"),
    ("असंभव", "संभव नहीं", r"\bimpossib", "negative-form"),
    ("असुरक्षित", "सुरक्षित नहीं", r"\bunsafe|\bdangerous|\binsecure", "negative-form"),
    ("अस्पष्ट", "स्पष्ट नहीं", r"\bunclear|\bvague", "negative-form"),
    ("अज्ञात", "ज्ञात नहीं", r"\bunknown", "negative-form"),
    ("गलत", "सही नहीं", r"\bwrong|\bincorrect|\bfalse", "negative-form"),
    ("ग़लत", "सही नहीं", r"\bwrong|\bincorrect|\bfalse", "negative-form"),
    ("अवैध", "वैध नहीं", r"\billegal|\bunlawful", "negative-form"),
    ("दुर्लभ", "आम नहीं", r"\brare\b|\brarely|\buncommon", "negative-form"),
    ("असामान्य", "सामान्य नहीं", r"\bunusual|\babnormal|\brare\b", "negative-form"),
    ("खतरनाक", "सुरक्षित नहीं", r"\bdangerous|\bhazardous|\bunsafe|\brisky", "negative-form"),
    ("ख़तरनाक", "सुरक्षित नहीं", r"\bdangerous|\bhazardous|\bunsafe|\brisky", "negative-form"),
    ("कमजोर", "मजबूत नहीं", r"\bweak", "negative-form"),
    ("कमज़ोर", "मज़बूत नहीं", r"\bweak", "negative-form"),
    ("दूर", "पास नहीं", r"\bfar\b|\bdistant|\bremote", "negative-form"),
    ("अपर्याप्त", "पर्याप्त नहीं", r"\binsufficient|\binadequate", "negative-form"),
    ("असमर्थ", "समर्थ नहीं", r"\bunable|\bincapable", "negative-form"),
    ("असफल", "सफल नहीं", r"\bunsuccessful|\bfail", "negative-form"),
    ("विफल", "सफल नहीं", r"\bfail", "negative-form"),
    ("अनुपस्थित", "मौजूद नहीं", r"\babsent|\babsence", "negative-form"),
    ("गायब", "लापता", r"\bmissing|\bdisappear|\bvanish", "negative-word"),
    ("तुरंत", "बिना देर किए", r"\bimmediately|\bat once|\bpromptly|\binstantly", "negative-word"),
    ("चुपचाप", "बिना कुछ कहे", r"\bquietly|\bsilently", "negative-word"),
    ("मुफ़्त", "निःशुल्क", r"\bfree\b", "negative-word"),
    ("मुफ्त", "निःशुल्क", r"\bfree\b", "negative-word"),
    ("लगातार", "बिना रुके", r"\bcontinu|\bconstant|\bnon-stop|\bsteadily", "negative-word"),
    ("विफल", "नाकाम", r"\bfail", "negative-word"),
    ("हमेशा", "बिना चूके", r"\balways\b", "negative-word"),
    ("अकेले", "बिना किसी साथी के", r"\balone\b|\bsolo\b|\bon (?:his|her|their) own", "negative-word"),
)
COPULA_AFTER = re.compile(r"^\s+(?:है|हैं|था|थे|थी|थीं|होता|होती|होते|हो|रहा|रही|रहे)" + NOT_AFTER)


def _one(text: str, hi: str) -> re.Match[str] | None:
    hits = list(re.finditer(word(text), hi))
    return hits[0] if len(hits) == 1 else None


def perturb(en: str, hi: str, rng: random.Random) -> list[Edit]:
    """Word-level negation drifts that this pair allows (one per subtype at most)."""
    del rng
    edits: list[Edit] = []
    negated_en = EN_NEGATION.search(en) is not None
    for positive, negative, en_pos, en_neg in PREFIXED:
        m = _one(positive, hi)
        if m and re.search(en_pos, en, re.I) and not negated_en and not re.search(en_neg, en, re.I):
            claim = replace_span(hi, m.start(), m.end(), negative)
            edits.append(Edit(claim, "prefix-added", f"{positive} → {negative}"))
            break
    for positive, negative, en_pos, en_neg in PREFIXED:
        m = _one(negative, hi)
        if m and re.search(en_neg, en, re.I) and not re.search(en_pos + r"(?!\w)", en, re.I):
            claim = replace_span(hi, m.start(), m.end(), positive)
            edits.append(Edit(claim, "prefix-removed", f"{negative} → {positive}"))
            break
    for first, opposite, en_first in ANTONYMS:
        m = _one(first, hi)
        if m and re.search(en_first, en, re.I) and not negated_en:
            claim = replace_span(hi, m.start(), m.end(), opposite)
            edits.append(Edit(claim, "antonym", f"{first} → {opposite}"))
            break
    return edits


def controls(en: str, hi: str, rng: random.Random) -> list[Edit]:
    """Faithful negative-form renderings this pair allows."""
    del rng
    edits: list[Edit] = []
    negated_en = EN_NEGATION.search(en) is not None
    done: set[str] = set()
    for hindi, paraphrase, en_needs, subtype in PARAPHRASES:
        if subtype in done or not re.search(en_needs, en, re.I):
            continue
        m = _one(hindi, hi)
        if m is None:
            continue
        if subtype == "negative-form" and (negated_en or not COPULA_AFTER.match(hi[m.end() :])):
            continue  # "X नहीं" needs a copula after it to read as a predicate
        claim = replace_span(hi, m.start(), m.end(), paraphrase)
        edits.append(Edit(claim, subtype, f"{hindi} → {paraphrase}"))
        done.add(subtype)
    if negated_en:
        for positive, negative, _en_pos, _en_neg in PREFIXED:
            m = re.search(
                NOT_BEFORE + re.escape(positive) + r"\s+नहीं(?=\s+(?:है|हैं|था|थे|थी|थीं|हो))", hi
            )
            if m and len(re.findall(r"नहीं", hi)) == 1:
                claim = replace_span(hi, m.start(), m.end(), negative)
                edits.append(Edit(claim, "prefix-for-particle", f"{m.group()} → {negative}"))
                break
    return edits


__all__ = ["ANTONYMS", "PARAPHRASES", "PREFIXED", "controls", "perturb"]
