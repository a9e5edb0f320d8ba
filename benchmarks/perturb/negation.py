"""Negation drift: नहीं put before the final verb of an affirmative sentence, or the one
नहीं of a negative sentence taken away.

Hindi puts नहीं before the verb group ("प्रदान नहीं करती है", "नहीं हो सकता", "नहीं किया
गया") and before the copula of a nominal predicate ("सुरक्षित नहीं है"). Compound verbs
("मना कर दिया", "बन गया") are left alone: their negation needs a rewrite, not an insertion.
Contrastive न/ना ("ना कि", "न केवल … बल्कि") is not a verb negation and is never touched.
"""

from __future__ import annotations

import random
import re

from .common import EN_NEGATION, HI_NEGATION, TOKEN, Edit, body_and_end
from .verbs import is_root, is_verb_form

# "हो" is not here: it is the stem of होना ("हो गया", "हो सकता"), handled as a verb.
COPULA = frozenset("है हैं था थे थी थीं हूँ हूं होगा होगी होंगे होंगी".split())
# Auxiliaries after a bare stem: progressive, ability, "manage to".
# Auxiliaries after a bare stem (progressive, ability, "manage to") or after a participle
# or infinitive (continuative "-ते रहेंगे", obligation "-ना चाहिए"): नहीं goes before the
# main verb.
STEM_CHAIN = frozenset(
    """रहा रही रहे रहीं रहेगा रहेगी रहेंगे रहेंगी सकता सकती सकते सकतीं सका सकी सके पाता पाती
    पाते पाया पाई पाए चाहिए""".split()
)
STATIVE = frozenset("हुआ हुई हुए हुईं".split())
PASSIVE = frozenset("गया गई गए गयी गये गईं जाता जाती जाते जातीं जाएगा जाएगी जाएंगे जाएँगे जायेगा".split())
# Light verbs of compound verbs (कर दिया, ले लिया, बन गया): negated only by a rewrite.
VECTORS = frozenset(
    "दिया दी दिए दिये दीं लिया ली लिए लिये लीं डाला डाली डाले बैठा बैठी बैठे उठा उठी उठे चुका चुकी चुके चुकीं".split()
)
# Perfective forms that end like adjectives (-ा/-ी/-े) and are still verbs.
PERFECTIVE = frozenset(
    """किया की किए किये कीं हुआ हुई हुए हुईं मिला मिली मिले मिलीं लगा लगी लगे बना बनी बने
    पहुंचा पहुँचा पहुंची पहुँची पहुंचे पहुँचे बढ़ा बढ़ी बढ़े घटा घटी घटे चला चली चले मरा मरी मरे
    गिरा गिरी गिरे जीता जीती जीते हारा हारी हारे दिखा दिखी दिखे रुका रुकी रुके बचा बची बचे टूटा
    टूटी टूटे फैला फैली फैले खुला खुली खुले रखा रखी रखे देखा देखी देखे भेजा भेजी भेजे माना मानी
    माने जाना जानी जाने सुना सुनी सुने छोड़ा छोड़ी छोड़े पकड़ा पकड़ी पकड़े मारा मारी मारे""".split()
)
NOT_VERBS = frozenset("नई नए नये कई सभी अपनी अपने अपना भी ही कोई".split())
REPORTING = frozenset("कहा कहीं बताया लिखा पूछा".split())
# Perfectives of -आ/-ओ stems (बनाया, निपटाया, खोया): nouns rarely end so.
A_STEM_PERFECTIVE = re.compile(r"(?:ाया|ोया|ाये|ायी|ाए|ायीं)$")
HABITUAL_VECTORS = frozenset("देता देती देते लेता लेती लेते डालता डालती डालते".split())
WH_WORD = re.compile(r"(?:किस|कैसे|कितन|क्यों|कौन|कहाँ|कहां|क्या)")
FUTURE_END = re.compile(r"(?:ेगा|ेगी|ेंगे|ेंगी|एगा|एगी|एंगे|एँगे|ऊंगा|ूंगा|ूँगा|ोगे|ोगी)$")
# Contrast and correlatives, not verb negation.
CONTRASTIVE = re.compile(
    r"(?:न|ना)\s+(?:कि|की|केवल|सिर्फ़|सिर्फ|तो|ही)(?![\u0900-\u097F])|बल्कि|वरना|नहीं तो"
)
# Words that make a sentence negative or nearly so already: नहीं after them is a double
# negative, not a plain flip.
QUASI_NEGATIVE = re.compile(r"शायद ही|मुश्किल से|कम ही|बमुश्किल|विरले")
EN_QUASI_NEGATIVE = re.compile(
    r"\b(?:seldom|rarely|hardly|barely|scarcely|unable|fail(?:s|ed)?|lack(?:s|ed)?)\b", re.I
)
NPI_BEFORE = re.compile(r"(?:कोई|कभी|कुछ|किसी|कहीं|ज़रा|जरा|बिल्कुल|एक भी)\S*\s+(?:\S+\s+){0,6}$")


def _is_verb(tok: str) -> bool:
    if tok in NOT_VERBS:
        return False
    return bool(
        tok in PERFECTIVE
        or is_verb_form(tok)
        or A_STEM_PERFECTIVE.search(tok)
        or FUTURE_END.search(tok)
    )


def insertion_point(body: str) -> tuple[int, str] | None:
    """Where नहीं goes in ``body`` (no final punctuation), and the verb group it negates."""
    toks = list(TOKEN.finditer(body))
    if len(toks) < 4 or not re.fullmatch(r"[\u0900-\u097F]+", toks[-1].group()):
        return None
    if body[toks[-1].end() :].strip() or "/" in body[-40:]:
        return None  # ends in a bracket, a figure, a quote mark or "देता/देती": not plain
    clause = re.split(r"[,;:]|\sकि\s", body)[-1]
    if WH_WORD.search(clause):
        return None  # "कैसे प्रभावित होगी": negating an embedded question reads oddly
    i = len(toks) - 1
    while i >= 0 and toks[i].group() in COPULA | STEM_CHAIN | PASSIVE:
        i -= 1
    if i < 1:
        return None
    main, prev = toks[i], toks[i - 1]
    chain = [t.group() for t in toks[i + 1 :]]
    name = main.group()

    def before(tok: re.Match[str]) -> tuple[int, str]:
        return tok.start(), body[tok.start() : toks[-1].end()]

    if name in REPORTING or (name in VECTORS or name in HABITUAL_VECTORS) and is_root(prev.group()):
        return None  # "मना कर दिया", "कर देता है": compound verbs
    if chain and chain[0] in {"चुका", "चुकी", "चुके", "चुकीं"}:
        return None
    if name == "जा" and chain and chain[0] in STEM_CHAIN and _is_verb(prev.group()):
        return before(prev)  # नहीं किए जा रहे हैं
    if chain and chain[0] in STEM_CHAIN:
        return before(main)  # नहीं कर सकता, नहीं बना पाया, नहीं कर रहे, नहीं करना चाहिए
    if chain and chain[0] in PASSIVE:
        if _is_verb(name):
            return before(main)  # नहीं किया गया, नहीं मारे गए
        if is_root(name):
            return None  # हो गया, बन गया, बदल जाते हैं: compound verbs
        return before(toks[i + 1])  # "सिंतरा नहीं जाती है": जाना is the main verb
    if name in STATIVE and _is_verb(prev.group()):
        return before(prev)  # नहीं घिरा हुआ है
    if name in {"लगा", "लगी", "लगे"} and prev.group().endswith("ने"):
        return before(prev)  # नहीं टूटने लगे
    if _is_verb(name):
        return before(main)  # नहीं करती है, नहीं हुआ, नहीं करेगा
    if chain and chain[0] in COPULA and not re.search(r"[0-9०-९]", name):
        return toks[i + 1].start(), body[main.start() : toks[-1].end()]  # सुरक्षित नहीं है
    return None


def _add(en: str, hi: str) -> list[Edit]:
    if EN_NEGATION.search(en) or HI_NEGATION.search(hi) or CONTRASTIVE.search(hi):
        return []
    if QUASI_NEGATIVE.search(hi) or EN_QUASI_NEGATIVE.search(en):
        return []
    body, end = body_and_end(hi)
    if "?" in end:
        return []
    point = insertion_point(body)
    if point is None:
        return []
    at, group = point
    claim = body[:at] + "नहीं " + body[at:] + end
    return [Edit(claim, "particle-added", f"नहीं added to “{group}”")]


def _remove(en: str, hi: str) -> list[Edit]:
    negs = list(HI_NEGATION.finditer(hi))
    if len(negs) != 1 or len(EN_NEGATION.findall(en)) != 1 or CONTRASTIVE.search(hi):
        return []
    m = negs[0]
    if m.group() not in {"नहीं", "नही", "न", "मत"}:
        return []  # बिना needs a rewrite; ना is mostly contrastive
    if NPI_BEFORE.search(hi[: m.start()]) or re.match(r"\s*[,।.?]", hi[m.end() :]):
        return []  # "कोई … नहीं" and a clause-final "नहीं," need more than a deletion
    if re.search(r"\b(?:no|none|nothing|nobody|never|without|neither|nor)\b", en, re.I):
        return []  # the English negates a noun or adverb, not the verb
    start, end = m.start(), m.end()
    while start > 0 and hi[start - 1] == " ":
        start -= 1  # take the space before नहीं with it
    claim = hi[:start] + hi[end:]
    following = hi[m.end() :].split()[:2]
    return [Edit(claim, "particle-removed", f"{m.group()} removed before “{' '.join(following)}”")]


def perturb(en: str, hi: str, rng: random.Random) -> list[Edit]:
    del rng  # deterministic: each sentence allows at most one insertion and one removal
    return _add(en, hi) + _remove(en, hi)


__all__ = ["insertion_point", "perturb"]
