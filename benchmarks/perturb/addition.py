"""Addition drift: the rendering asserts something the English does not say.

A short clause in the register of Hindi news copy is appended, either as a coordinated
clause (", और …") or as a sentence of its own (inside the closing quote when the line is a
quotation). Clauses are picked by the topic of the sentence so that they read as a
plausible embellishment, and carry no figure, date, name or negation — so the only change
is the new claim. A clause is never used when the English already says something like it.
"""

from __future__ import annotations

import random
import re

from .common import TOKEN, Edit, body_and_end, final_stop
from .verbs import is_verb_form

# (Hindi clause, English words whose presence means the clause would not be new)
Clause = tuple[str, str]
TOPICS: dict[str, tuple[str, tuple[Clause, ...]]] = {
    "security": (
        r"पुलिस|हमल|विस्फोट|घायल|मारे|गिरफ़्तार|गिरफ्तार|अपराध|हत्या|सेना|सैनिक|बम|गोली|जेल|अदालत|मुकदम|लड़ाक|आतंक",
        (
            ("पुलिस ने मामले की जाँच शुरू कर दी है", r"investigat|inquir|probe"),
            ("इलाके में सुरक्षा कड़ी कर दी गई है", r"security|tighten"),
            ("अधिकारियों ने लोगों से शांति बनाए रखने की अपील की है", r"calm|appeal|peace"),
            ("इस घटना के बाद इलाके में तनाव का माहौल है", r"tension"),
        ),
    ),
    "disaster": (
        r"भूकंप|तूफ़ान|तूफान|बाढ़|सुनामी|बारिश|आग(?![\u0900-\u097F])|दुर्घटना|हादसा|विमान|ज्वालामुखी",
        (
            ("राहत और बचाव का काम अब भी जारी है", r"rescue|relief"),
            ("मौसम विभाग ने आने वाले दिनों के लिए चेतावनी जारी की है", r"warn|forecast|weather service"),
            ("स्थानीय प्रशासन ने प्रभावित लोगों के लिए मदद का एलान किया है", r"aid|assist|help"),
        ),
    ),
    "politics": (
        r"सरकार|राष्ट्रपति|प्रधानमंत्री|मंत्री|चुनाव|संसद|पार्टी|विपक्ष|कानून|नीति|समझौत|राजनयिक|गवर्नर|सीनेटर|उम्मीदवार",
        (
            ("विपक्ष ने इस फ़ैसले की कड़ी आलोचना की है", r"opposition|critici"),
            ("सरकार इस पर जल्द ही औपचारिक बयान जारी करेगी", r"statement|announce"),
            ("इस मुद्दे पर संसद में भी बहस होगी", r"parliament|congress|debate"),
            ("जानकार इसे एक अहम मोड़ मानते हैं", r"turning point|milestone"),
        ),
    ),
    "science": (
        r"वैज्ञानिक|शोध|अध्ययन|अनुसंधान|बीमारी|रोग|वायरस|मरीज़|मरीज|डॉक्टर|दवा|वैक्सीन|इलाज|कोशिका|ग्रह|अंतरिक्ष|ब्रह्मांड|परमाणु",
        (
            ("शोधकर्ताओं ने इसे एक बड़ी सफलता बताया है", r"success|breakthrough|milestone"),
            ("यह अध्ययन एक प्रमुख विज्ञान पत्रिका में प्रकाशित हुआ है", r"journal|publish"),
            ("विशेषज्ञ इस नतीजे को लेकर काफ़ी उत्साहित हैं", r"expert|excit"),
        ),
    ),
    "nature": (
        r"जानवर|पक्षी|पौध|डायनासोर|प्रजाति|शेर|बिल्ली|मछली|कीट|पेड़|जीवों|जीव-जंतु",
        (
            ("वैज्ञानिक इस प्रजाति पर लगातार नज़र रख रहे हैं", r"monitor|scientist"),
            ("इस प्रजाति को अब ख़तरे में माना जाता है", r"endanger|threat|extinct"),
        ),
    ),
    "sport": (
        r"खिलाड़ी|मैच|खेल|ओलंपिक|गोल(?![\u0900-\u097F])|टूर्नामेंट|चैंपियनशिप|फ़ाइनल|फाइनल|रेस(?![\u0900-\u097F])|स्की(?!म)|पदक|फ़ुटबॉल|फुटबॉल|क्रिकेट",
        (
            ("कोच ने खिलाड़ियों के प्रदर्शन की जमकर तारीफ़ की", r"coach|prais"),
            ("इस जीत से टीम का आत्मविश्वास बढ़ा है", r"confiden"),
            ("प्रशंसकों ने इस प्रदर्शन का ज़ोरदार स्वागत किया", r"\bfans?\b|cheer|crowd"),
        ),
    ),
    "history": (
        r"युद्ध|साम्राज्य|राजवंश|शताब्दी|सदी|इतिहास|प्राचीन|राजा|उपनिवेश|क्रांति|सभ्यता",
        (
            ("इतिहासकार इसे उस दौर की सबसे अहम घटना मानते हैं", r"historian|important"),
            ("इसका असर आने वाली कई पीढ़ियों तक दिखाई दिया", r"generation|impact|effect"),
        ),
    ),
    "travel": (
        r"यात्र|पर्यटक|होटल|शहर|द्वीप|पहाड़|नदी|समुद्र|जंगल|वीज़ा|वीजा|उड़ान|टिकट|झील|तट(?![\u0900-\u097F])|पार्क",
        (
            ("यहाँ आने वाले पर्यटकों की संख्या लगातार बढ़ रही है", r"touris|visitor|grow|increas"),
            ("स्थानीय प्रशासन ने यात्रियों के लिए नए दिशा-निर्देश जारी किए हैं", r"guideline|advis|rule"),
            ("यह जगह स्थानीय लोगों के बीच भी काफ़ी लोकप्रिय है", r"popular|local"),
            ("बरसात के मौसम में यहाँ पहुँचना मुश्किल हो जाता है", r"rain|monsoon|wet season"),
        ),
    ),
    "economy": (
        r"कंपनी|बाज़ार|बाजार|कीमत|व्यापार|निवेश|अर्थव्यवस्था|बैंक|कंप्यूटर|इंटरनेट|फ़ोन|सॉफ़्टवेयर|उत्पाद",
        (
            ("कंपनी ने इसके लिए बड़े निवेश की योजना बनाई है", r"invest"),
            ("इससे बाज़ार में प्रतिस्पर्धा और तेज़ होगी", r"compet"),
            ("इस कदम से उपभोक्ताओं को सीधा फ़ायदा मिलेगा", r"consumer|customer|benefit"),
        ),
    ),
    "general": (
        r".",
        (
            ("विशेषज्ञों ने भी इस बात की पुष्टि की है", r"expert|confirm"),
            ("यह जानकारी आधिकारिक सूत्रों के हवाले से सामने आई है", r"official|source"),
            ("इस बारे में विस्तृत जानकारी जल्द सामने आएगी", r"detail|soon"),
        ),
    ),
}
CLOSING_QUOTE = re.compile(r"[”\"’]\s*$")


def _topic(hi: str) -> str:
    """The topic with the most keyword hits at word starts ("general" when none hits)."""
    best, hits = "general", 0
    for name, (pattern, _) in TOPICS.items():
        if name == "general":
            continue
        n = len(re.findall(r"(?<![\u0900-\u097F])(?:" + pattern + ")", hi))
        if n > hits:
            best, hits = name, n
    return best


def perturb(en: str, hi: str, rng: random.Random) -> list[Edit]:
    topic = _topic(hi)
    options = [c for c in TOPICS[topic][1] if not re.search(c[1], en, re.I)]
    options = [c for c in options if c[0].split()[0] not in hi]
    if not options:
        return []
    clause = rng.choice(options)[0]
    body, end = body_and_end(hi)
    toks = TOKEN.findall(body)
    if len(toks) < 4:
        return []
    stop = final_stop(hi)
    quoted = CLOSING_QUOTE.search(hi) is not None
    finite = is_verb_form(toks[-1]) or toks[-1] in {"है", "हैं", "था", "थे", "थी", "थीं"}
    if finite and not quoted and rng.random() < 0.5:
        claim = (
            body.rstrip(" ,") + ", और " + clause + end
            if end.strip()
            else body + ", और " + clause + stop
        )
        return [Edit(claim, "clause", f"clause added: “और {clause}”")]
    if quoted:
        mark = end.strip()[-1]
        inner = end.strip()[:-1].strip() or stop
        claim = body + inner + " " + clause + stop + mark
    else:
        claim = body + (end.rstrip() if end.strip() else stop) + " " + clause + stop
    return [Edit(claim, "sentence", f"sentence added: “{clause}{stop}”")]


__all__ = ["perturb"]
