"""Stemmers: light Hindi suffix stripping and English lemmas, for lexicon look-ups.

Hindi: longest-suffix stripping over the inflectional endings of nouns (plural, oblique),
adjectives and verbs (infinitive, participles, tense and gender endings), keeping a
minimum stem so short words survive; the approach of light stemmers for Hindi
(Ramanathan & Rao 2003), with our own suffix list. English: a few regular rules plus a
table of irregular verbs common in news.
"""

from __future__ import annotations

from functools import lru_cache

from verifier.indicfold import fold_deva

fold_hi = fold_deva
"""Spelling fold of a Hindi word (nukta, candrabindu, half nasals, ZWJ/ZWNJ)."""

# Longest first. Verb endings come with the light-verb forms news uses most.
_HI_SUFFIXES = sorted(
    {
        # verbs: infinitive, habitual, progressive, perfective, future, subjunctive, absolutive
        "ना",
        "ने",
        "नी",
        "ता",
        "ते",
        "ती",
        "तीं",
        "या",
        "ये",
        "यी",
        "यीं",
        "ए",
        "ई",
        "ईं",
        "ाना",
        "ाने",
        "ानी",
        "ाता",
        "ाते",
        "ाती",
        "ाया",
        "ाये",
        "ायी",
        "ाए",
        "ाई",
        "ेगा",
        "ेगी",
        "ेंगे",
        "ेंगी",
        "ूंगा",
        "ूंगी",
        "ोगे",
        "ोगी",
        "ोगा",
        "एगा",
        "एगी",
        "एंगे",
        "ायेगा",
        "ाएगा",
        "ाएगी",
        "ाएंगे",
        "कर",
        "करके",
        "वाना",
        "वाने",
        "वाया",
        "वाई",
        "वाए",
        # nouns and adjectives: plural / oblique / feminine
        "ों",
        "ें",
        "ां",
        "ियों",
        "ियां",
        "ियाँ",
        "ाओं",
        "ाएं",
        "ाएँ",
        "ुओं",
        "ुएं",
        "ओं",
        "एं",
        "ा",
        "े",
        "ी",
        "ो",
        "िया",
        "ियो",
        # derivational endings often interchangeable in translation
        "त्व",
        "पन",
    },
    key=len,
    reverse=True,
)
_MIN_STEM = 2


@lru_cache(maxsize=131072)
def stem_hi(word: str) -> str:
    """Light stem of a (folded) Hindi word: संबंधों → संबंध, बढ़ाया/बढ़ाने → बढ़."""
    w = fold_hi(word)
    for suf in _HI_SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= _MIN_STEM:
            stem = w[: -len(suf)]
            # Do not leave a bare vowel sign or virama at the end.
            while stem and "\u093e" <= stem[-1] <= "\u094d" and len(stem) > _MIN_STEM:
                stem = stem[:-1]
            return stem
    return w


_IRREGULAR = {
    "met": "meet", "said": "say", "says": "say", "went": "go", "gone": "go", "took": "take",
    "taken": "take", "gave": "give", "given": "give", "saw": "see", "seen": "see",
    "made": "make", "held": "hold", "won": "win", "lost": "lose", "began": "begin",
    "begun": "begin", "came": "come", "got": "get", "told": "tell", "thought": "think",
    "found": "find", "left": "leave", "kept": "keep", "brought": "bring", "bought": "buy",
    "sold": "sell", "sent": "send", "spent": "spend", "built": "build", "fell": "fall",
    "fallen": "fall", "ran": "run", "wrote": "write", "written": "write", "spoke": "speak",
    "spoken": "speak", "chose": "choose", "chosen": "choose", "knew": "know", "known": "know",
    "grew": "grow", "grown": "grow", "drew": "draw", "drawn": "draw", "rose": "rise",
    "risen": "rise", "led": "lead", "paid": "pay", "meant": "mean", "heard": "hear",
    "felt": "feel", "stood": "stand", "understood": "understand", "struck": "strike",
    "caught": "catch", "fought": "fight", "taught": "teach", "sought": "seek", "shot": "shoot",
    "hit": "hit", "cut": "cut", "put": "put", "set": "set", "let": "let", "hurt": "hurt",
    "quit": "quit", "read": "read", "spread": "spread", "broke": "break", "broken": "break",
    "drove": "drive", "driven": "drive", "ate": "eat", "eaten": "eat", "flew": "fly",
    "flown": "fly", "forgot": "forget", "forgotten": "forget", "froze": "freeze",
    "hid": "hide", "hidden": "hide", "lay": "lie", "lain": "lie", "rode": "ride",
    "shook": "shake", "sang": "sing", "sung": "sing", "sank": "sink", "slept": "sleep",
    "stole": "steal", "stolen": "steal", "swore": "swear", "threw": "throw", "thrown": "throw",
    "woke": "wake", "wore": "wear", "worn": "wear", "is": "be", "are": "be", "was": "be",
    "were": "be", "been": "be", "am": "be", "has": "have", "had": "have", "did": "do",
    "does": "do", "done": "do", "children": "child", "men": "man", "women": "woman",
    "people": "person", "feet": "foot", "teeth": "tooth", "mice": "mouse", "lives": "life",
    "wives": "wife", "knives": "knife", "leaves": "leaf", "better": "good", "best": "good",
    "worse": "bad", "worst": "bad", "more": "more", "most": "most", "less": "less",
    "least": "least", "data": "data", "news": "news", "series": "series", "species": "species",
}  # fmt: skip


@lru_cache(maxsize=131072)
def stem_en(word: str) -> str:
    """Lemma-like stem of an English word: talked → talk, ties → tie, met → meet."""
    w = word.casefold().strip("'’")
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if w.endswith("ing") and len(w) > 5:
        base = w[:-3]
        return _undouble(base)
    if w.endswith("ed") and len(w) > 4:
        base = w[:-2]
        if base.endswith("e") or base.endswith(("at", "iz", "is", "us", "ut")):
            return base if base.endswith("e") else base + "e"
        return _undouble(base)
    return w


def _undouble(base: str) -> str:
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
        return base[:-1]
    return base
