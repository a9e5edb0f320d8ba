"""Intensity drift: quantifiers, intensifiers, hedges and questions made stronger.

"many" rendered "सभी", a "बहुत" the post has no counterpart for, a hedge ("may", "one of",
"at least") dropped while the rendering states it firmly (future tense, "ज़रूर", "सबसे"),
or a question turned into a statement. Any strong word anywhere in the post licenses
"बहुत", since a summary may move it; "May God bless" is a wish, not a hedge.
"""

from __future__ import annotations

import re

from verifier.drift.collect import Collector
from verifier.drift.stance import check_stance
from verifier.model import Span

# Hedges and the like: weaker statements whose loss strengthens a claim.
_HEDGE_EN = re.compile(
    r"\b(?:may|might|could|can|possibly|perhaps|probably|likely|seems?|appears?|"
    r"at least|at most|one of|some|often|sometimes|try|trying|tried|allegedly|reportedly|"
    r"almost|nearly|approximately)\b|"
    # "about"/"around" hedge a figure ("about 200"), not a topic ("rumours about me")
    r"\b(?:about|around)(?=\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:dozen|hundred|"
    r"thousand|million|billion|third|quarter|half)|half|twenty|thirty|forty|fifty|hundred))",
    re.IGNORECASE,
)
_HEDGE_HI = re.compile(
    r"सकता|सकती|सकते|सकें|सके|शायद|संभवतः|संभवत|संभव|मुमकिन|कोशिश|प्रयास|कुछ|अक्सर|कभी-कभी|"
    r"में से एक|कम से कम|ज्यादा से ज्यादा|लगभग|करीब|तकरीबन|कथित|बताया जा रहा"
)
# Word edges in Devanagari: no letter or sign before/after (the danda is punctuation).
_B = r"(?<![\u0900-\u0963\u0966-\u097F])"
_E = r"(?![\u0900-\u0963\u0966-\u097F])"
_STRONG_HI = re.compile(
    rf"\S+(?:ेगा|ेगी|ेंगे|ेंगी|ूंगा|ूंगी|ोगे|ोगी|ोगा|एगा|एगी|एंगे|एंगी|ऊंगा|ऊंगी|ओगे|ओगी){_E}|{_B}(?:होगा|होगी|होंगे|ज़रूर|जरूर|निश्चित|"
    rf"सभी|हमेशा|सब|पूरी तरह|बिल्कुल){_E}"
)
_SUPERLATIVE_HI = re.compile(rf"{_B}सबसे{_E}")


_QUESTION_END = re.compile(r"[?؟]\s*$")
# Hedges a rendering may add to a plain statement ("यह काफी हद तक सही होगा" for "it's right"):
# only words that hedge and nothing else (सकता is also "can", लगता है also "feels").
_ADDED_HEDGE_HI = re.compile(
    _B + r"(?:शायद|संभवतः|संभवत|कथित(?:\s+(?:तौर|रूप)\s+(?:पर|से))?|तथाकथित|काफी हद तक|काफ़ी हद तक|"
    r"कुछ हद तक|एक हद तक|प्रतीत होता|माना जा रहा|बताया जा रहा|बताया जाता)" + _E
)
_MODAL_EN = re.compile(
    r"\b(?:would|should|might|may|could|seem\w*|appear\w*|suggest\w*|believ\w*|think|thought|"
    r"rumou?r\w*|claim\w*|suspect\w*|extent|partly|largely|mostly|whether|unclear|not sure|"
    r"maybe|somewhat|much like|seldom|rarely|commonly|generally|usually|kind of|sort of|"
    r"roughly|tend\w*|hard to)\b",
    re.IGNORECASE,
)


def _optative(text: str, m: re.Match[str]) -> bool:
    """ "May God bless you": a wish at the start of a sentence, not a hedge."""
    if m.group(0).casefold() != "may":
        return False
    before = text[: m.start()].rstrip()
    return not before or before[-1] in ".!?\n"


_QUANT_EN = {
    "some": 1, "a few": 1, "several": 2, "many": 2, "numerous": 2, "most": 3, "majority": 3,
    "all": 4, "every": 4, "each": 4, "entire": 4, "whole": 4,
}  # fmt: skip
_QUANT_EN_RX = re.compile(
    r"\b(" + "|".join(sorted(_QUANT_EN, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_QUANT_HI = {
    "कुछ": 1, "कई": 2, "अनेक": 2, "बहुत से": 2, "बहुत सारे": 2, "अधिकांश": 3, "ज्यादातर": 3,
    "ज़्यादातर": 3, "अधिकतर": 3, "बहुसंख्यक": 3, "सभी": 4, "सब": 4, "हर": 4, "प्रत्येक": 4,
    "तमाम": 4, "पूरे": 4, "पूरी": 4, "समस्त": 4,
}  # fmt: skip
_QUANT_HI_RX = re.compile(_B + "(" + "|".join(sorted(_QUANT_HI, key=len, reverse=True)) + ")" + _E)
_INTENS_EN = re.compile(
    r"\b(?:very|extremely|highly|deeply|greatly|quite|so|too|much|really|completely|fully|"
    r"totally|absolutely|strongly|seriously|severely|most|best|worst|"
    # evaluative words that Hindi renders with बहुत ("Great to see" = "बहुत अच्छा लगा")
    r"great|wonderful|amazing|huge|tremendous|terrific|fantastic|excellent|delighted|thrilled|"
    r"glad|lovely|warm\w*|heartiest|special|big|massive|major|significant|incredible|"
    r"remarkable|enormous|vast|large|heavy|serious|severe|sharp\w*|rapid\w*|lot|lots|plenty|"
    # quantities Hindi also says with बहुत / पूरी तरह
    r"many|more|numerous|several|dozens|hundreds|thousands|millions|entirely|wholly|all|whole|"
    r"every|fully|widely|far|long|high\w*|strong\w*)\b",
    re.IGNORECASE,
)
_INTENS_HI = re.compile(
    _B + r"(?:बहुत|बेहद|अत्यंत|अत्यधिक|बेहद|बिल्कुल|बिलकुल|पूरी तरह|गंभीर रूप से|जबरदस्त|ज़बरदस्त)" + _E
)


def _check_quantifiers(col: Collector, region: Span, claim_text: str) -> None:
    """ "many" rendered "सभी", "most" rendered "सभी": a claim made about more than the post."""
    post_q = [
        (m, _QUANT_EN[m.group(1).casefold()])
        for m in _QUANT_EN_RX.finditer(col.post_text)
        if region.start <= m.start() < region.end
        # "the most vulnerable" is a superlative, not "most (people)"
        and not re.search(r"\b(?:the|a)\s+$", col.post_text[max(0, m.start() - 5) : m.start()])
    ]
    if not post_q:
        return
    top = max(q for _, q in post_q)
    for m in _QUANT_HI_RX.finditer(claim_text):
        if _QUANT_HI[m.group(1)] > top:
            pm = max(post_q, key=lambda mq: mq[1])[0]
            col.add(
                "intensity",
                f"The post says “{pm.group(0)}” but the rendering says “{m.group(0)}”: "
                "the claim now covers more.",
                Span(pm.start(), pm.end()),
                Span(m.start(), m.end()),
            )
            return


def _check_intensifiers(col: Collector, region: Span, claim_text: str) -> None:
    """The rendering adds "बहुत"/"बेहद" where the post has no intensifier at all."""
    del region  # any strong word in the post licenses "बहुत" (a summary may move it)
    if _INTENS_EN.search(col.post_text):
        return
    m = _INTENS_HI.search(claim_text)
    if m:
        col.add(
            "intensity",
            f"The rendering strengthens the statement with “{m.group(0)}”, which the post does not have.",
            None,
            Span(m.start(), m.end()),
        )


def check_intensity(col: Collector, region: Span, claim_text: str) -> None:
    _check_quantifiers(col, region, claim_text)
    check_stance(col, region, claim_text)
    _check_intensifiers(col, region, claim_text)
    post_part = region.slice(col.post_text)
    hedge = next((m for m in _HEDGE_EN.finditer(post_part) if not _optative(post_part, m)), None)
    if hedge and not _HEDGE_HI.search(claim_text):
        word = hedge.group(0)
        if word.casefold() in ("one of", "among"):
            # "one of the most inspiring" rendered "सबसे प्रेरित": the superlative now stands alone.
            strong = None if "में से" in claim_text else _SUPERLATIVE_HI.search(claim_text)
        else:
            strong = _STRONG_HI.search(claim_text)
        span = Span(region.start + hedge.start(), region.start + hedge.end())
        said = any(f.post_span and f.post_span.overlaps(span) for f in col.findings)
        if (strong or word.casefold() in ("at least", "at most")) and not said:
            # (not when the number check already reported this qualifier of a figure)
            col.add(
                "intensity",
                f"The post hedges with “{word}”, but the rendering states it without the hedge"
                + (f" (“{strong.group(0)}”)." if strong else "."),
                span,
                Span(strong.start(), strong.end()) if strong else None,
            )
    added = _ADDED_HEDGE_HI.search(claim_text)
    if added and not _HEDGE_EN.search(post_part) and not _MODAL_EN.search(post_part):
        col.add(
            "intensity",
            f"The rendering hedges with “{added.group(0)}”; the post states it without a hedge.",
            None,
            Span(added.start(), added.end()),
        )
    if _QUESTION_END.search(post_part) and not re.search(
        r"[?؟]|क्या|कौन|किसने|कब|कहां|क्यों|कैसे", claim_text
    ):
        col.add(
            "intensity",
            "The post asks a question; the rendering turns it into a statement.",
            region,
            None,
        )
