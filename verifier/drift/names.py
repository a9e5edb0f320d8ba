"""Name words for the entity check: what reads as a name, and when two spellings match.

Name runs of the rendering (``name_runs``), the claim word standing where a post's name
word would (``name_slot``), respellings across scripts (``respelled``, ``similar_somewhere``)
and small predicates on name words (``acronym``, ``is_place``, ``bare_word``).
"""

from __future__ import annotations

import re

from verifier.drift.collect import Context
from verifier.drift.name_morph import place_stem
from verifier.lang.chars import opens_sentence
from verifier.lang.gazetteer import canonical_place
from verifier.lang.lexicon import load_lexicon
from verifier.lang.translit import (
    NAME_DIFFERENT,
    NAME_MATCH,
    name_similarity,
    phonetic_key,
    romanize,
    split_handle,
)
from verifier.lang.words import TITLES_HI
from verifier.match.anchors import TextProfile, profile
from verifier.match.pairs import PairMatch, author_names, name_sim

# Words that refer to a person by role: a paraphrase may name the role, not the person.
ROLE_HI = re.compile(
    r"समकक्ष|उन्होंने|उनके|उनकी|उनका|उन्हें|आप|आपके|आपको|आपका|आपकी|अपने|मंत्री|प्रधानमंत्री|राष्ट्रपति|"
    r"पीएम|सांसद|नेता|अध्यक्ष|साथी|दोस्त|मित्र"
)


def is_author_word(ctx: Context, word: str) -> bool:
    """``word`` is a word of the post author's name or handle, written in Devanagari (ईरानी
    for Smriti Irani): the article naming who posted."""
    names = author_names(ctx.author_name)
    if ctx.handle:
        names += [w for w in split_handle(ctx.handle) if len(w) > 2]
    return any(name_similarity(word, n) >= SWAP_VARIANT for n in names)


def native_word(word: str) -> bool:
    """A Hindi word of the lexicon that is no loanword: none of its one-word English
    meanings sounds like it (पिछले "last", अभियान "campaign"). Such a word is not a name;
    a loanword may be one (टेलर, किंग: Taylor, King)."""
    lex = load_lexicon()
    if not lex.knows_hindi(word):
        return False
    keys = [k for k in lex.english_keys(word) if " " not in k and "-" not in k]
    return not any(name_similarity(word, k) >= NAME_MATCH for k in keys)


def name_runs(
    claim: TextProfile, unmatched: set[int], name_matched: set[int]
) -> list[tuple[int, int]]:
    """Runs of unmatched tokens that read as a person, place or organisation name: two
    unknown words in a row, one next to a title (मंत्री, श्री, जी …) or next to a word that
    matched a name of the post (सारा [सिल्वा] for Sara Danius), one that opens a sentence as
    its subject (श्मिट को …), or a known place or acronym of the gazetteer (पुर्तगाल, सीआईए)."""
    known = {
        j
        for j in unmatched
        if any(k.startswith(("G:", "A:")) for k in claim.keys[j]) and claim.weights[j] > 0
    }
    cands = sorted({j for j in claim.name_candidates if j in unmatched} | known)
    runs: list[tuple[int, int]] = []
    for j in cands:
        if runs and runs[-1][1] == j - 1:
            runs[-1] = (runs[-1][0], j)
        else:
            runs.append((j, j))
    out = []
    for a, b in runs:
        prev = claim.tokens[a - 1].text if a > 0 else ""
        nxt = claim.tokens[b + 1].text if b + 1 < len(claim.tokens) else ""
        if (
            b > a
            or prev in TITLES_HI
            or nxt in ("जी", "साहब")
            or (a - 1) in name_matched
            or (b + 1) in name_matched
            or any(j in known for j in range(a, b + 1))
            or (
                nxt in _SUBJECT_CASES
                and (
                    a == 0
                    or opens_sentence(claim.text[claim.tokens[a - 1].end : claim.tokens[a].start])
                )
            )
        ):
            out.append((a, b))
    return out


# A lone unknown word that opens a sentence with a case marker after it is a name in
# subject position ("श्मिट को दर्द …", "राइट ने कहा").
_SUBJECT_CASES = frozenset("ने को का की के".split())


# Era and war abbreviations, regnal numbers and "Jr." are no one's name (300 BCE, WWII,
# Elizabeth II).
NOT_NAMES = frozenset("bc bce ad ce wwi wwii ii iii iv vi vii viii jr sr".split())


NAME_VARIANT = 75.0
"""Below ``NAME_MATCH`` but still plausibly the same name spelled another way."""
SWAP_VARIANT = 70.0
"""A word standing where a missing name was, this close to it, is the name respelled
(जॉर्ज ~ George, मिशेल ~ Mitchell, रजब ~ Recep), not a swap."""


# Indian news calls India "the country" (देश, देशभर, राष्ट्र): "throughout India" = "पूरे देश में".
_HOME_COUNTRY = frozenset({"india", "indian", "indians", "bharat"})
# At the start of a word only: बांग्लादेशी is no देश.
THE_COUNTRY_HI = re.compile(r"(?<![\u0900-\u097f])(?:देश|राष्ट्र|मुल्क|हिंद|हिन्द)")  # हिंद महासागर


def _phonetic(prof: TextProfile, i: int) -> str:
    return next((k[2:] for k in prof.keys[i] if k.startswith("P:")), "")


def home_qualifier(match: PairMatch, i: int) -> bool:
    """India qualifying a noun the rendering gives ("Government of India" → सरकार, "Indian
    Army" → सेना): Indian news leaves it out. Not when coordinated with another place
    ("Bangladeshi and Indian"): then leaving it out changes what is said."""
    post = match.post
    if bare_word(post.tokens[i].text).casefold() not in _HOME_COUNTRY:
        return False
    words = [t.text.casefold() for t in post.tokens]
    if i > 0 and words[i - 1] in ("and", "or", "&"):
        return False
    matched = match.matched_post()
    return (i + 1 < len(words) and i + 1 in matched) or (
        i >= 2 and words[i - 1] == "of" and i - 2 in matched
    )


_SHORT_ACRONYM = 4
"""Letters up to which an acronym matches a known word only when spelled alike."""
_ACRONYM_AS_WORD = 95.0


def similar_somewhere(name: str, claim: TextProfile) -> bool:
    """Some Devanagari word of the claim could be this name, spelled differently, or
    spelled out (Cong = कांग्रेस, Govt = सरकार is lexical)."""
    if name.casefold() in _HOME_COUNTRY and THE_COUNTRY_HI.search(claim.text):
        return True
    bare = name.lstrip("@#")
    short = profile(bare, "en")
    key = _phonetic(short, 0) if len(short.tokens) == 1 else ""
    if len(bare) >= 3 and len(key) >= 3 and bare[0].isupper():
        for j in range(len(claim.tokens)):
            other = _phonetic(claim, j)
            if len(other) > len(key) + 1 and other.startswith(key):
                return True  # an abbreviation: Cong(ress), Govt, Intl
    if _translated(bare, claim):
        return True
    parts = split_handle(bare) if name.startswith("@") else (bare,)
    candidates = set(claim.name_candidates)
    own = canonical_place(bare_word(bare))
    short_acronym = bare_word(bare).isupper() and len(bare_word(bare)) <= _SHORT_ACRONYM
    for j, tok in enumerate(claim.tokens):
        # Any content word: a transliterated name can coincide with a lexicon form, but
        # then it must look like the name more closely.
        if claim.weights[j] == 0 or tok.text.isascii():
            continue
        places = {k for k in claim.keys[j] if k.startswith("G:")}
        if own and places and "G:" + own.casefold() not in places:
            continue  # the gazetteer tells them apart: China is no चिली, Korean no उत्तर कोरिया
        if own and place_stem(tok.text) == own:
            return True  # Egyptians = मिस्रवासी: the place with a suffix of belonging
        bar = NAME_VARIANT if j in candidates else NAME_MATCH
        if short_acronym and j not in candidates:
            bar = _ACRONYM_AS_WORD  # read as a word, AAP sounds like many (उपाय: 90)
        if any(name_sim(tok.text, part) >= bar for part in parts if len(part) > 2):
            return True
    return False


def is_place(prof: TextProfile, i: int) -> bool:
    return any(k.startswith("G:") for k in prof.keys[i])


def renders_other_name(
    post: TextProfile, claim: TextProfile, a: int, b: int, missing: set[int]
) -> bool:
    """The claim run spells another name of the post (आर.आर. = "RR"): not a replacement."""
    others = [
        t.text.lstrip("@#")
        for i, t in enumerate(post.tokens)
        if i not in missing and (post.names[i] or t.text[:1].isupper())
    ]
    return any(
        name_similarity(claim.tokens[k].text, o) >= NAME_MATCH
        for k in range(a, b + 1)
        for o in others
        if len(o) >= 2
    )


def bare_word(word: str) -> str:
    """The word without a possessive ending or surrounding marks: NASA's -> NASA."""
    return re.sub(r"['’]s$", "", word.strip("@#.,"))


def _translated(word: str, claim: TextProfile) -> bool:
    """A Title Case word of an ordinary meaning rendered by its translation, also inside
    a Hindi compound: Middle East = मध्यपूर्व, Great Pyramid = ग्रेट पिरामिड."""
    keys = [k for k in load_lexicon().hindi_keys(bare_word(word).casefold()) if len(k) >= 3]
    return any(k in tok.text for k in keys for tok in claim.tokens)


# Name particles: Vasco da Gama = वास्को डी गामा, Ursula von der Leyen = उर्सुला वॉन डेर लेयेन.
_PARTICLES_EN = frozenset("de da di do dos das du van von der den del della la le bin al".split())
_PARTICLES_HI = frozenset("डी द दा डि दि दे डू डो डोस वॉन वान वैन डेर डेन डेल ला ले बिन अल".split())
_FIRST_SOUND = str.maketrans("ckqz", "kkks")


def _same_first_sound(hindi: str, english: str) -> bool:
    a, b = romanize(hindi)[:1].casefold(), bare_word(english)[:1].casefold()
    return bool(a) and a.translate(_FIRST_SOUND) == b.translate(_FIRST_SOUND)


def respelled(hindi: str, english: str) -> bool:
    """The Hindi word could be the English name spelled another way: close enough, or
    somewhat close and starting with the same sound (थ्रॉन ~ Thomson, ग्नोगी ~ Gyöngyi)."""
    key, full = phonetic_key(hindi), phonetic_key(bare_word(english))
    if (len(key) >= 4 and full.startswith(key)) or (len(full) >= 4 and key.startswith(full)):
        return True  # shortened on one side: फार्मा = Pharmaceuticals, कांग्रेस = Cong
    sim = name_similarity(hindi, bare_word(english))
    return sim >= SWAP_VARIANT or (sim >= NAME_DIFFERENT and _same_first_sound(hindi, english))


def _adjacent(text: str, a_end: int, b_start: int) -> bool:
    return a_end <= b_start and re.fullmatch(r"[\s.]*", text[a_end:b_start]) is not None


def name_slot(match: PairMatch, i: int) -> tuple[int, bool] | None:
    """The claim token that stands where the post's name word ``i`` would: the name's next
    word (Jamie [Siminoff], [Michael] Schumacher) is matched, and the claim word beside its
    counterpart, on the same side, is unmatched. Returns (claim index, whether the
    neighbour was matched as a name)."""
    post, claim = match.post, match.claim
    partners: dict[int, list[tuple[int, str]]] = {}
    for pi, cj, kind in match.pairs:
        partners.setdefault(pi, []).append((cj, kind))
    matched_c = match.matched_claim()
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(post.tokens) and post.tokens[k].text.casefold() in _PARTICLES_EN:
            k += step
        if not 0 <= k < len(post.tokens) or not post.tokens[k].text[:1].isupper():
            continue
        lo, hi = sorted((i, k))
        if not _adjacent(post.text, post.tokens[lo].end, post.tokens[lo + 1].start) or any(
            not _adjacent(post.text, post.tokens[m].end, post.tokens[m + 1].start)
            for m in range(lo, hi)
        ):
            continue
        # A neighbour the aligner left unmatched may still be spelled out (शूमाकर).
        near = partners.get(k) or [
            (j, "name")
            for j, t in enumerate(claim.tokens)
            if len(bare_word(post.tokens[k].text)) >= 3 and respelled(t.text, post.tokens[k].text)
        ]
        for j, kind in near:
            s = j - step
            while 0 <= s < len(claim.tokens) and claim.tokens[s].text in _PARTICLES_HI:
                s -= step
            if not 0 <= s < len(claim.tokens) or s in matched_c:
                continue
            a, b = sorted((j, s))
            if not _adjacent(claim.text, claim.tokens[a].end, claim.tokens[a + 1].start):
                continue
            word = claim.tokens[s].text
            if (
                claim.weights[s] == 0
                or word.isascii()
                or word in TITLES_HI
                or ROLE_HI.fullmatch(word)
            ):
                continue
            return s, kind == "name"
    return None


def slot_respelled(match: PairMatch, i: int) -> bool:
    slot = name_slot(match, i)
    return slot is not None and respelled(
        match.claim.tokens[slot[0]].text, match.post.tokens[i].text
    )


def acronym(word: str) -> bool:
    """An organisation's acronym: FBI, ISRO, NASA's (not WWII or BCE)."""
    bare = bare_word(word)
    return bare.isupper() and bare.isalpha() and len(bare) >= 3 and bare.casefold() not in NOT_NAMES
