"""Stemmers: light Hindi suffix stripping and English lemmas, for lexicon look-ups.

Hindi: the approach of light stemmers for Hindi (Ramanathan & Rao 2003) — strip one
inflectional ending, longest first, keeping a minimum stem — with our own suffix lists and
three refinements: plural/oblique endings are first turned back into the singular ending
(योजनाओं → योजना, कंपनियों → कंपनी) so the plural and the lemma take the same path; a
word-final short i is read as long i (नीति ~ नीतियों); and a stem must keep two letters
and may not end in a virama or anusvara (नेता is not ने + ता, रास्ता is not रास् + ता).
English: regular suffix rules in the spirit of Porter's step 1, plus a table of irregular
forms common in news. Both are keys for look-ups, not display text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verifier.lang.chars import DEVA_WORD
from verifier.lang.indicfold import fold_deva

fold_hi = fold_deva
"""Spelling fold of a Hindi word: every nukta dropped (ज़/ज, फ़/फ, and also ड़/ड, which
legacy-font conversions write without the dot), candrabindu → anusvara, a half nasal
before a stop → anusvara (सम्बन्ध = संबंध), ZWJ/ZWNJ removed. Short and long vowels stay
distinct (दिन ≠ दीन); ``loose_key_hi`` folds those too."""

_VIRAMA = "\u094d"
_ANUSVARA = "\u0902"
_SHORT_I, _LONG_I, _SHORT_U, _LONG_U = "\u093f", "\u0940", "\u0941", "\u0942"


def _is_letter(ch: str) -> bool:
    """A consonant or an independent vowel (the letters that carry a syllable)."""
    return "\u0904" <= ch <= "\u0939" or "\u0958" <= ch <= "\u0961" or "\u0972" <= ch <= "\u097f"


def _letters(text: str) -> int:
    return sum(1 for ch in text if _is_letter(ch))


def _is_sign(ch: str) -> bool:
    """A dependent vowel sign (ा … ौ, ृ, ॅ, ॉ)."""
    return "\u093e" <= ch <= "\u094c"


# Plural and oblique endings, longest first. What is left is a noun stem: योजनाओं → योजन,
# कंपनियों → कंपन, लड़ाइयों → लड़ (लड़ा, whose bare vowel sign then goes).
_PLURAL = sorted(
    "ाइयों ाइयां इयों इयां ियों ियां ियो ाओं ाएं ुओं ुएं ूओं ओं एं ों ें".split(),
    key=len,
    reverse=True,
)
PLURAL_ENDINGS_HI = tuple(_PLURAL)

# Verb roots of one syllable: their infinitive, participles and future keep the bare root
# (देना/देकर/देगा → दे), which the two-letter minimum would otherwise refuse.
_SHORT_ROOTS = frozenset(
    fold_deva(w) for w in "जा आ दे ले खा पी सो हो रो धो पा जी सी बो छू गा ढो खो".split()
)

# Verbal endings (infinitive, habitual, perfective, future, subjunctive, absolutive,
# causative) and nominal/adjectival endings; tried longest first.
_VERBAL = frozenset(
    """ना ने नी ता ते ती तीं या ये यी यीं ई ईं ए गा गी गे ंगे ंगी ाना ाने ानी ाता ाते ाती ातीं
    ाया ाये ायी ाए ाई ाईं ेगा ेगी ेंगे ेंगी ूंगा ूंगी ोगे ोगी ोगा एगा एगी एंगे एंगी ाएगा ाएगी
    ाएंगे ाएंगी ायेगा ायेगी ायेंगे वाना वाने वानी वाता वाते वाती वाया वाई वाए वाएगा वाएगी
    वाएंगे कर करके कराना कराने कराया कराई""".split()
)
_NOMINAL = frozenset(["ा", "े", "ी", "ो", "ू", "त्व", "ता"])
_HI_SUFFIXES = sorted(_VERBAL | _NOMINAL, key=len, reverse=True)
_FINAL_VOWELS = frozenset("ािीुूृेैोौईएओ")
_MIN_LETTERS = 2


def _valid_stem(stem: str, suffix: str) -> bool:
    if not stem or stem[-1] in (_VIRAMA, _ANUSVARA):
        return False
    if _letters(stem) >= _MIN_LETTERS:
        return True
    return suffix in _VERBAL and stem in _SHORT_ROOTS


def _bare(stem: str) -> str:
    """Drop final vowels a cut left behind (दुनि → दुन, लड़ा → लड़), keeping two letters."""
    while stem and stem[-1] in _FINAL_VOWELS and _letters(stem[:-1]) >= _MIN_LETTERS:
        stem = stem[:-1]
    return stem


def _plural_stem(w: str) -> str | None:
    for ending in _PLURAL:
        if w.endswith(ending):
            stem = _bare(w[: -len(ending)])
            if _letters(stem) >= _MIN_LETTERS and stem[-1] != _VIRAMA:
                return stem
    return None


@lru_cache(maxsize=131072)
def stem_hi(word: str) -> str:
    """Light stem of a Hindi word, over its folded spelling.

    संबंध/संबंधों → संबंध, बढ़ाना/बढ़ाने/बढ़ाया → बढ, देश/देशों → देश, मिलकर/मिलना → मिल.
    A plural or oblique plural loses only its ending (कंपनियों → कंपन; see ``noun_key_hi``
    for how the singular कंपनी meets it). A final short i or u marks a noun, which loses
    just that vowel (नीति → नीत). Words too short to cut are returned folded (है, में).
    """
    w = fold_hi(word)
    plural = _plural_stem(w)
    if plural is not None:
        return plural
    if w.endswith((_SHORT_I, _SHORT_U)) and _letters(w) >= _MIN_LETTERS:
        return _bare(w[:-1])
    for suf in _HI_SUFFIXES:
        if w.endswith(suf) and _valid_stem(w[: -len(suf)], suf):
            return _bare(w[: -len(suf)])
    return w


@lru_cache(maxsize=131072)
def noun_key_hi(word: str) -> str:
    """The stem of a Hindi noun or adjective read as such: only a final vowel goes, never a
    verbal ending (कंपनी → कंपन, योजना → योजन, ख़ज़ाना → खजान). The lexicon indexes
    nouns under this key as well as ``stem_hi``, so the plurals कंपनियों, योजनाओं and
    ख़ज़ानों, which ``stem_hi`` cuts only at the plural ending, find their entries."""
    w = fold_hi(word)
    plural = _plural_stem(w)
    if plural is not None:
        return plural
    stem = _bare(w)
    return stem if stem[-1:] != _VIRAMA else w


_LOOSE = str.maketrans(
    {
        _LONG_I: _SHORT_I,
        _LONG_U: _SHORT_U,
        "ई": "इ",
        "ऊ": "उ",
        "\u0949": "ा",  # ॉ (English o in डॉक्टर) ~ डाक्टर
        "ऑ": "आ",
        "\u0945": "े",  # ॅ
        "ऍ": "ए",
    }
)
_NASAL_BEFORE_ANY = re.compile(f"[ङञणनम]{_VIRAMA}(?=[\u0915-\u0939])")


@lru_cache(maxsize=65536)
def loose_key_hi(word: str) -> str:
    """A looser key than ``fold_hi``: short and long i/u merged, English ॉ read as आ, any
    half nasal read as anusvara, a final virama dropped. For fuzzy matching of spellings
    (दूरी/दुरी, कालेज/कॉलेज), not for the lexicon index (it merges real words: दिन/दीन)."""
    w = _NASAL_BEFORE_ANY.sub(_ANUSVARA, fold_hi(word)).translate(_LOOSE)
    return w[:-1] if w.endswith(_VIRAMA) else w


# Irregular inflections common in news: past tenses and participles, plurals, and
# comparatives whose base an ending rule cannot reach.
_IRREGULAR = {
    "met": "meet", "said": "say", "says": "say", "went": "go", "gone": "go", "goes": "go",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "saw": "see",
    "seen": "see", "made": "make", "held": "hold", "won": "win", "lost": "lose",
    "began": "begin", "begun": "begin", "came": "come", "got": "get", "gotten": "get",
    "told": "tell", "thought": "think", "found": "find", "left": "leave", "kept": "keep",
    "brought": "bring", "bought": "buy", "sold": "sell", "sent": "send", "spent": "spend",
    "built": "build", "fell": "fall", "fallen": "fall", "ran": "run", "wrote": "write",
    "written": "write", "spoke": "speak", "spoken": "speak", "chose": "choose",
    "chosen": "choose", "knew": "know", "known": "know", "grew": "grow", "grown": "grow",
    "drew": "draw", "drawn": "draw", "rose": "rise", "risen": "rise", "led": "lead",
    "paid": "pay", "meant": "mean", "heard": "hear", "felt": "feel", "stood": "stand",
    "understood": "understand", "struck": "strike", "stricken": "strike", "caught": "catch",
    "fought": "fight", "taught": "teach", "sought": "seek", "shot": "shoot", "broke": "break",
    "broken": "break", "drove": "drive", "driven": "drive", "ate": "eat", "eaten": "eat",
    "flew": "fly", "flown": "fly", "forgot": "forget", "forgotten": "forget",
    "froze": "freeze", "frozen": "freeze", "hid": "hide", "hidden": "hide", "lay": "lie",
    "lain": "lie", "rode": "ride", "ridden": "ride", "shook": "shake", "shaken": "shake",
    "sang": "sing", "sung": "sing", "sank": "sink", "sunk": "sink", "slept": "sleep",
    "stole": "steal", "stolen": "steal", "swore": "swear", "sworn": "swear",
    "threw": "throw", "thrown": "throw", "woke": "wake", "woken": "wake", "wore": "wear",
    "worn": "wear", "withdrew": "withdraw", "withdrawn": "withdraw", "undertook": "undertake",
    "undertaken": "undertake", "overtook": "overtake", "overthrew": "overthrow",
    "overthrown": "overthrow", "upheld": "uphold", "withheld": "withhold",
    "forbade": "forbid", "forbidden": "forbid", "forgave": "forgive", "forgiven": "forgive",
    "foresaw": "foresee", "foreseen": "foresee", "arose": "arise", "arisen": "arise",
    "bore": "bear", "borne": "bear", "born": "bear", "bound": "bind", "bent": "bend",
    "bled": "bleed", "blew": "blow", "blown": "blow", "bred": "breed", "burnt": "burn",
    "clung": "cling", "crept": "creep", "dealt": "deal", "dug": "dig", "dove": "dive",
    "dreamt": "dream", "fed": "feed", "fled": "flee", "flung": "fling", "hung": "hang",
    "knelt": "kneel", "laid": "lay", "leapt": "leap", "learnt": "learn", "lent": "lend",
    "lit": "light", "mistook": "mistake", "mistaken": "mistake", "overcame": "overcome",
    "sped": "speed", "spun": "spin", "sprang": "spring", "sprung": "spring",
    "stuck": "stick", "stung": "sting", "strove": "strive", "striven": "strive",
    "swept": "sweep", "swam": "swim", "swum": "swim", "swung": "swing", "tore": "tear",
    "torn": "tear", "wept": "weep", "wound": "wind", "wrung": "wring",
    "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "am": "be",
    "has": "have", "had": "have", "did": "do", "does": "do", "done": "do",
    "children": "child", "men": "man", "women": "woman", "people": "person",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life",
    "wives": "wife", "knives": "knife", "leaves": "leaf", "thieves": "thief",
    "halves": "half", "shelves": "shelf", "wolves": "wolf", "selves": "self",
    "crises": "crisis", "analyses": "analysis", "theses": "thesis", "bases": "basis",
    "diagnoses": "diagnosis", "hypotheses": "hypothesis", "criteria": "criterion",
    "phenomena": "phenomenon", "media": "media", "militia": "militia",
    "better": "good", "best": "good", "worse": "bad", "worst": "bad", "further": "far",
    "farther": "far", "elder": "old", "eldest": "old",
    "data": "data", "news": "news", "series": "series", "species": "species",
    "politics": "politics", "economics": "economics", "physics": "physics",
    "ethics": "ethics", "arms": "arms", "forces": "force", "police": "police",
    "this": "this", "thus": "thus", "us": "us", "its": "its", "his": "his", "as": "as",
    "always": "always", "perhaps": "perhaps", "towards": "toward", "afterwards": "afterward",
    "being": "be", "doing": "do", "going": "go", "seeing": "see", "dying": "die",
    "lying": "lie", "tying": "tie", "fleeing": "flee", "agreeing": "agree", "added": "add",
    "adding": "add", "bias": "bias", "alias": "alias", "atlas": "atlas", "chaos": "chaos",
    "diabetes": "diabetes", "sued": "sue", "suing": "sue", "during": "during", "according": "according", "nothing": "nothing",
    "something": "something", "anything": "anything", "everything": "everything",
}  # fmt: skip

_VOWELS = frozenset("aeiou")


def _measure(stem: str) -> int:
    """Porter's m: the number of vowel–consonant sequences in ``stem``."""
    m, prev_vowel = 0, False
    for i, ch in enumerate(stem):
        vowel = ch in _VOWELS or (ch == "y" and i > 0 and stem[i - 1] not in _VOWELS)
        if prev_vowel and not vowel:
            m += 1
        prev_vowel = vowel
    return m


def _cvc(stem: str) -> bool:
    """Ends consonant–vowel–consonant, the last not w, x or y (hop, stat, vot)."""
    if len(stem) < 3:
        return False
    a, b, c = stem[-3], stem[-2], stem[-1]
    return a not in _VOWELS and b in _VOWELS and c not in _VOWELS and c not in "wxy"


# Endings after which a stripped -ed/-ing had a silent e (creat-ed, enabl-ed, seiz-ed,
# forc-ed, receiv-ed, continu-ed, judg-ed, chang-ed).
_E_AFTER = ("at", "bl", "pl", "tl", "dl", "gl", "kl", "cl", "fl", "zl", "iz", "yz", "ys", "c", "v", "u", "dg", "rg", "ang", "eng")  # fmt: skip
# Consonants that take the e back after one vowel: decid-ed, engag-ed, invok-ed, increas-ed,
# describ-ed, welcom-ed, determin-ed (vowel i only), declar-ed/requir-ed/secur-ed (a, i, u).
_E_AFTER_VOWEL = {"d": "aeiou", "g": "aeiou", "k": "aeiou", "s": "aeiou", "z": "aeiou", "b": "iou", "m": "aiou", "n": "i", "r": "aiu"}  # fmt: skip


def _restore(base: str) -> str:
    """The lemma under a stripped -ed/-ing: undouble (stopp → stop, cancell → cancel) or
    give back a silent e (creat → create, decid → decide, hop → hope, us → use)."""
    last = base[-1]
    if len(base) > 2 and last == base[-2] and last not in _VOWELS:
        if last not in "lsz" or (last == "l" and _measure(base[:-1]) >= 2):
            return base[:-1]
        return base
    if base.endswith(_E_AFTER) or len(base) == 2:
        return base + "e"
    vowel, before = base[-2], base[-3] if len(base) > 2 else ""
    if vowel in _E_AFTER_VOWEL.get(last, "") and (
        last == "s" or before not in _VOWELS or base[-4:-3] == "q"  # requir-ed
    ):
        return base + "e"
    if _measure(base) == 1 and _cvc(base):
        return base + "e"
    return base


@lru_cache(maxsize=131072)
def stem_en(word: str) -> str:
    """Lemma-like stem of an English word: talked → talk, ties → tie, countries → country,
    met → meet, voted → vote. A guess for look-ups: the lexicon also tries the word itself
    and the bare cut (focus-ed), so a wrong silent e costs nothing."""
    w = word.casefold().replace("’", "'").strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or not w.isascii():
        return w
    if w.endswith("ies"):
        return w[:-3] + "y" if len(w) > 4 else w[:-1]  # allies → ally; ties → tie
    if w.endswith("ied"):
        return w[:-3] + "y" if len(w) > 4 else w[:-1]  # denied → deny; died → die
    if w.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    if w.endswith("eed"):
        return w[:-1] if len(w) > 4 and w[-4] in "rt" else w  # agreed, guaranteed; need
    if w.endswith("ing") and _measure(w[:-3]) >= 1:
        return _restore(w[:-3])
    if w.endswith("ed") and _measure(w[:-2]) >= 1:
        return _restore(w[:-2])
    return w


# Word splitting for look-ups. English: letters with inner apostrophes (didn't, India's);
# hyphens split (cease-fire → cease, fire) so each part meets the lexicon. Hindi: runs of
# Devanagari letters and signs (no digits, dandas or the abbreviation sign ॰); hyphenated
# compounds split too (भारत-अमेरिका, कभी-कभी).
EN_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
HI_WORD = DEVA_WORD  # one Devanagari word (verifier.lang.chars)
