"""Intensity / modality drift: a claim made stronger than the English makes it.

"may" → "will" (सकता है → होगा/करेगा), "some/many/most" → "all" (कुछ/कई/अधिकांश → सभी),
"often/usually" → "always" (अक्सर/आमतौर पर → हमेशा), a hedge dropped (लगभग, करीब, कम से कम,
शायद, संभवतः, कथित), "try to" → "will" (करने की कोशिश करेंगे → करेंगे), an intensifier added
(बहुत/बेहद before a gradable adjective), a question turned into a statement.
"""

from __future__ import annotations

import random
import re

from .common import NOT_AFTER, NOT_BEFORE, TOKEN, Edit, final_stop, fold, replace_span, words_re

EN_MODAL = re.compile(r"\b(?:may|might|could|can|possibly|perhaps|maybe)\b", re.I)
EN_SOME = re.compile(r"\b(?:some|a few|several|certain)\b", re.I)
EN_MANY = re.compile(r"\b(?:many|several|numerous|a number of)\b", re.I)
EN_MOST = re.compile(r"\b(?:most|majority|mostly)\b", re.I)
EN_OFTEN = re.compile(
    r"\b(?:often|usually|generally|typically|commonly|frequently|sometimes|occasionally|normally)\b",
    re.I,
)
EN_APPROX = re.compile(
    r"\b(?:about|around|approximately|roughly|nearly|almost|some|close to|over|more or less)\b",
    re.I,
)
EN_AT_LEAST = re.compile(r"\bat least\b", re.I)
EN_LIKELY = re.compile(r"\b(?:probably|likely|perhaps|possibly|maybe|presumably)\b", re.I)
EN_ALLEGED = re.compile(r"\b(?:alleged(?:ly)?|suspected|reportedly|purported(?:ly)?)\b", re.I)
EN_TRY = re.compile(
    r"\b(?:try|tries|tried|trying|attempt(?:s|ed|ing)?|seek(?:s|ing)?|sought|strive)\b", re.I
)
EN_INTENSIFIER = re.compile(
    r"\b(?:very|extremely|highly|so|too|really|quite|incredibly|deeply|most|hugely|vastly)\b", re.I
)

# सकता → future: the ending agrees with सकता/सकती/सकते/सकतीं in gender and number.
FUTURE_ENDING = {"सकता": "गा", "सकती": "गी", "सकते": "ंगे", "सकतीं": "ंगी"}
MODAL = re.compile(
    NOT_BEFORE
    + r"(?P<stem>[\u0900-\u097F]+)\s+(?P<modal>सकता|सकती|सकते|सकतीं)(?P<aux>\s+(?:है|हैं))?"
    + NOT_AFTER
)
SOME = re.compile(NOT_BEFORE + r"कुछ\s+(?P<next>[\u0900-\u097F]+)")
# "कुछ" before these is "for a while", "some distance", "something": not a quantifier.
SOME_NOT_QUANTIFIER = frozenset(
    """सेकंड सेकंड्स मिलीसेकंड मिलीसेकंड्स पल क्षण मील मीटर किलोमीटर किमी रुपये डॉलर हिस्सा
    हिस्से हिस्सों मात्रा नहीं भी ही समय देर दिन दिनों साल सालों वर्ष वर्षों महीने महीनों हफ़्ते हफ्ते घंटे घंटों मिनट मिनटों
    हद दूरी दूर हद तक और ऐसा ऐसी ऐसे खास ख़ास कम ज़्यादा ज्यादा अलग""".split()
)
MANY = re.compile(NOT_BEFORE + r"(?P<q>कई|अनेक)\s+(?P<next>[\u0900-\u097F]+)")
MOST = re.compile(
    words_re(("अधिकांश", "ज़्यादातर", "ज्यादातर", "अधिकतर")) + r"\s+(?P<next>[\u0900-\u097F]+)"
)
OFTEN = re.compile(
    words_re(
        ("अक्सर", "आमतौर पर", "आम तौर पर", "सामान्यतः", "सामान्यत:", "प्रायः", "कभी-कभी", "कभी कभी")
    )
)
# "के करीब" is "near", not "about"; "कोई 20" is "some 20".
APPROX = re.compile(
    r"(?<!के )"
    + words_re(("लगभग", "करीब", "क़रीब", "तकरीबन", "तक़रीबन", "करीब-करीब"))
    + r"\s+|"
    + NOT_BEFORE
    + r"कोई\s+(?=[0-9०-९])"
)
AT_LEAST = re.compile(words_re(("कम से कम", "कम-से-कम")) + r"\s+")
LIKELY = re.compile(words_re(("शायद", "संभवतः", "संभवत:", "संभवतया", "सम्भवतः")) + r"\s*,?\s+")
ALLEGED = re.compile(words_re(("कथित", "कथित रूप से", "कथित तौर पर", "संदिग्ध")) + r"\s+")
TRY = re.compile(
    NOT_BEFORE
    + r"(?P<verb>[\u0900-\u097F]+)ने\s+की\s+(?:कोशिश|प्रयास)\s+(?P<rest>कर\s+(?:रहा|रही|रहे|रहीं)|करेगा|करेगी|करेंगे|करेंगी|करता|करती|करते)"
    + NOT_AFTER
)
# Gradable adjectives that news Hindi intensifies with बहुत/बेहद.
GRADABLE = frozenset(
    """महत्वपूर्ण अहम गंभीर मुश्किल कठिन खतरनाक ख़तरनाक लोकप्रिय सुरक्षित असुरक्षित आसान सरल
    सस्ता सस्ती सस्ते महंगा महंगी महंगे महँगा महँगी महँगे प्रसिद्ध मशहूर मजबूत मज़बूत कमजोर कमज़ोर
    व्यस्त शांत सुंदर खूबसूरत ख़ूबसूरत उपयोगी जरूरी ज़रूरी आम दुर्लभ प्रभावी सफल खुश चिंतित
    तेज़ तेज धीमा धीमी धीमे ठंडा ठंडी ठंडे गर्म गरम ऊँचा ऊंचा ऊँची ऊंची ऊँचे ऊंचे बड़ा बड़ी बड़े
    छोटा छोटी छोटे लंबा लंबी लंबे गहरा गहरी गहरे भारी हल्का हल्की हल्के अच्छा अच्छी अच्छे
    खराब ख़राब बुरा बुरी बुरे पुराना पुरानी पुराने आकर्षक रोचक दिलचस्प जटिल विशाल घना घनी घने
    प्रचलित सक्रिय संवेदनशील कीमती मूल्यवान उपजाऊ गीला सूखा सूखी साफ़ साफ गंदा गंदी""".split()
)
# Words before the adjective that grade it already (compared after nukta folding).
ALREADY_INTENSE = frozenset(
    fold(w)
    for w in """बहुत बेहद अत्यंत अत्यधिक काफ़ी सबसे ज़्यादा अधिक इतना इतनी इतने उतना उतनी उतने कम
    थोड़ा थोड़ी अति बड़ा कहीं और""".split()
)
# After these the "adjective" is part of a verb or a fixed phrase: सुरक्षित करना, आम तौर पर.
NOT_ADJECTIVE_USE = frozenset(
    """तौर तरह रूप करने करना कर करते करती करता किया किए किये की बनाने बनाना बना बनाए सहमति
    बात""".split()
)
# English words that are intense in themselves: their plain Hindi rendering plus बहुत is fair.
EN_STRONG = re.compile(
    r"\b(?:massive|huge|enormous|excellent|tremendous|vast|severe|extreme|crucial|vital|"
    r"essential|far|much|significantly|greatly|strongly|widely|immense|giant|tiny|"
    r"terrible|awful|wonderful|stunning|magnificent|notably|considerably)\b",
    re.I,
)


def _future(stem: str, modal: str) -> str | None:
    """The future of ``stem`` agreeing with the modal: कर+सकता → करेगा, जा+सकती → जाएगी."""
    ending = FUTURE_ENDING[modal]
    if stem == "हो":
        return {"गा": "होगा", "गी": "होगी", "ंगे": "होंगे", "ंगी": "होंगी"}[ending]
    if stem in ("दे", "ले"):
        return stem + ending  # देगा, लेंगे
    if stem.endswith(("ा", "ो", "ू")) or stem in ("आ", "जा"):
        return stem + "ए" + ending  # जाएगा, बनाएगी, खोएंगे
    if re.search(r"[\u0915-\u0939\u0958-\u095f]\u093c?$", stem):  # ends in a consonant: कर, डाल
        return stem + "े" + ending
    return None


def _modal(en: str, hi: str) -> list[Edit]:
    if not EN_MODAL.search(en):
        return []
    edits = []
    for m in MODAL.finditer(hi):
        stem, modal = m.group("stem"), m.group("modal")
        plural = (m.group("aux") or "").strip() == "हैं"
        # "वे मिल सकती हैं": feminine plural, future मिलेंगी (not मिलेगी)
        future = _future(stem, "सकतीं" if modal == "सकती" and plural else modal)
        if future is None:
            continue
        if re.match(r"\s*(?:कि|,)", hi[m.end() :]):
            continue  # "हो सकता है कि …" is "perhaps": a sentence adverb, not this verb's modal
        claim = replace_span(hi, m.start(), m.end(), future)
        edits.append(Edit(claim, "may-will", f"{m.group()} → {future}"))
    return edits[:1]


def _quantifier(en: str, hi: str) -> list[Edit]:
    edits = []
    if EN_SOME.search(en):
        for m in SOME.finditer(hi):
            if m.group("next") in SOME_NOT_QUANTIFIER:
                continue
            claim = replace_span(hi, m.start(), m.start() + len("कुछ"), "सभी")
            edits.append(Edit(claim, "some-all", f"कुछ {m.group('next')} → सभी {m.group('next')}"))
            break
    if EN_MANY.search(en):
        for m in MANY.finditer(hi):
            if m.group("next") in SOME_NOT_QUANTIFIER:
                continue
            claim = replace_span(hi, m.start(), m.start() + len(m.group("q")), "सभी")
            edits.append(
                Edit(claim, "many-all", f"{m.group('q')} {m.group('next')} → सभी {m.group('next')}")
            )
            break
    if EN_MOST.search(en):
        for m in MOST.finditer(hi):
            q = hi[m.start() : m.start("next")].strip()
            claim = replace_span(hi, m.start(), m.start("next"), "सभी ")
            edits.append(Edit(claim, "most-all", f"{q} {m.group('next')} → सभी {m.group('next')}"))
            break
    if EN_OFTEN.search(en):
        for m in OFTEN.finditer(hi):
            claim = replace_span(hi, m.start(), m.end(), "हमेशा")
            edits.append(Edit(claim, "often-always", f"{m.group()} → हमेशा"))
            break
    return edits


def _hedge(en: str, hi: str) -> list[Edit]:
    edits = []
    for pattern, en_pattern, sub in (
        (APPROX, EN_APPROX, "approx-dropped"),
        (AT_LEAST, EN_AT_LEAST, "at-least-dropped"),
        (LIKELY, EN_LIKELY, "hedge-dropped"),
        (ALLEGED, EN_ALLEGED, "alleged-dropped"),
    ):
        if not en_pattern.search(en):
            continue
        m = pattern.search(hi)
        if m is None:
            continue
        claim = replace_span(hi, m.start(), m.end(), "")
        edits.append(Edit(claim, sub, f"“{m.group().strip().rstrip(',')}” dropped"))
    return edits


def _try(en: str, hi: str) -> list[Edit]:
    if not EN_TRY.search(en):
        return []
    m = TRY.search(hi)
    if m is None:
        return []
    verb_stem, rest = m.group("verb"), m.group("rest")
    if rest.startswith("कर "):
        new = f"{verb_stem} {rest[3:]}"  # बचाने की कोशिश कर रहे → बचा रहे
    else:
        ending = rest[len("कर") :]  # करेंगे → ेंगे; करता → ता
        if ending.startswith("े"):
            new = _future_from(verb_stem, ending)
        else:
            new = verb_stem + ending
    if not new:
        return []
    claim = replace_span(hi, m.start(), m.end(), new)
    return [Edit(claim, "try-do", f"{m.group()} → {new}")]


def _future_from(stem: str, ending: str) -> str:
    if stem.endswith(("ा", "ो", "ू")):
        return stem + "ए" + ending[1:]
    return stem + ending


def _intensifier(en: str, hi: str, rng: random.Random) -> list[Edit]:
    if EN_INTENSIFIER.search(en) or EN_STRONG.search(en):
        return []  # the English is emphatic already: an intensifier may be faithful
    toks = list(TOKEN.finditer(hi))
    for k, m in enumerate(toks):
        adj = m.group()
        prev = fold(toks[k - 1].group()) if k else ""
        nxt = toks[k + 1].group() if k + 1 < len(toks) else ""
        if adj not in GRADABLE or prev in ALREADY_INTENSE or nxt in NOT_ADJECTIVE_USE:
            continue
        if EN_INTENSIFIER.search(en):
            return []  # the English intensifies already; adding one is no drift
        word = rng.choice(("बहुत", "बेहद"))
        claim = hi[: m.start()] + word + " " + hi[m.start() :]
        return [Edit(claim, "intensifier-added", f"{word} added before “{adj}”")]
    return []


def _question(en: str, hi: str) -> list[Edit]:
    if not en.rstrip().endswith("?"):
        return []
    m = re.search(r"\?\s*[\"”]?\s*$", hi)
    if m is None:
        return []
    body = hi[: m.start()]
    body = re.sub(NOT_BEFORE + r"क्या\s+", "", body, count=1)
    claim = body + final_stop(hi if re.search(r"[।.]", hi) else "।") + hi[m.start() + 1 :].lstrip()
    return [Edit(claim, "question-statement", "question turned into a statement")]


def perturb(en: str, hi: str, rng: random.Random) -> list[Edit]:
    return (
        _modal(en, hi)
        + _quantifier(en, hi)
        + _hedge(en, hi)
        + _try(en, hi)
        + _intensifier(en, hi, rng)
        + _question(en, hi)
    )


__all__ = ["perturb"]
