"""Entity drift: a person, place or organisation of the post swapped or missing.

A name of the post that nothing in the rendering matches — even as another spelling,
an abbreviation or a role ("the PM", "उन्होंने") — is missing; if an unmatched name-like
run of the rendering stands instead, it is a swap. Only telling names count (handles,
known places, acronyms, multiword names): a lone capitalised word may be a lexicon gap.
Reply @mentions are dropped as a matter of course, and Indian news says "देश" for India.
"""

from __future__ import annotations

import re

from verifier.align import PairMatch
from verifier.anchors import TextProfile, profile
from verifier.drift.collect import Collector, in_region
from verifier.drift.words import TITLE_HI
from verifier.gazetteer import places_in
from verifier.lexicon import STOP_EN, load_lexicon
from verifier.model import Span
from verifier.translit import (
    NAME_DIFFERENT,
    NAME_MATCH,
    name_similarity,
    phonetic_key,
    romanize,
    split_handle,
)

# Words that refer to a person by role: a paraphrase may name the role, not the person.
_ROLE_HI = re.compile(
    r"समकक्ष|उन्होंने|उनके|उनकी|उनका|उन्हें|आप|आपके|आपको|आपका|आपकी|अपने|मंत्री|प्रधानमंत्री|राष्ट्रपति|"
    r"पीएम|सांसद|नेता|अध्यक्ष|साथी|दोस्त|मित्र"
)


def _name_runs(
    claim: TextProfile, unmatched: set[int], name_matched: set[int]
) -> list[tuple[int, int]]:
    """Runs of unmatched tokens that read as a person, place or organisation name: two
    unknown words in a row, one next to a title (मंत्री, श्री, जी …) or next to a word that
    matched a name of the post (सारा [सिल्वा] for Sara Danius), or a known place or acronym
    of the gazetteer (पुर्तगाल, सीआईए)."""
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
            or prev in TITLE_HI
            or nxt in ("जी", "साहब")
            or (a - 1) in name_matched
            or (b + 1) in name_matched
            or any(j in known for j in range(a, b + 1))
        ):
            out.append((a, b))
    return out


# Era and war abbreviations, regnal numbers and "Jr." are no one's name (300 BCE, WWII,
# Elizabeth II).
_NOT_NAMES = frozenset("bc bce ad ce wwi wwii ii iii iv vi vii viii jr sr".split())

# Social-media shorthand in capitals is not an organisation's acronym.
_CHAT_ABBREVIATIONS = frozenset(
    "btw fyi imo imho omg lol rip tbh asap aka fyi smh idk irl dm rt ps pps nb".split()
)


def _strong_name(post: TextProfile, i: int) -> bool:
    """Names whose absence is telling: a handle, a known place/organisation, or part of a
    run of capitalised words (Sara Danius, Hugo de Zela). A lone capitalised word the
    lexicon does not know (Commonwealth, Declaration) may just be a gap in the lexicon."""
    tok = post.tokens[i]
    if len(tok.text.strip("@#.")) <= 2:
        return False  # an initial (Lyndon B. Johnson) or a short acronym
    if tok.text.startswith("@") or any(k.startswith("G:") for k in post.keys[i]):
        return True
    if tok.text.casefold() in _CHAT_ABBREVIATIONS or _bare(tok.text).casefold() in _NOT_NAMES:
        return False
    if _acronym(tok.text):
        return True  # an organisation's acronym (FBI, ISRO, WHO, NASA's)
    prev = post.names[i - 1] if i > 0 else False
    nxt = post.names[i + 1] if i + 1 < len(post.names) else False
    return bool(prev or nxt)


NAME_VARIANT = 75.0
"""Below ``NAME_MATCH`` but still plausibly the same name spelled another way."""
SWAP_VARIANT = 70.0
"""A word standing where a missing name was, this close to it, is the name respelled
(जॉर्ज ~ George, मिशेल ~ Mitchell, रजब ~ Recep), not a swap."""


# Indian news calls India "the country" (देश, देशभर, राष्ट्र): "throughout India" = "पूरे देश में".
_HOME_COUNTRY = frozenset({"india", "indian", "indians", "bharat"})
_THE_COUNTRY_HI = re.compile(r"देश|राष्ट्र|मुल्क|हिंद|हिन्द")  # हिंद महासागर = Indian Ocean


def _phonetic(prof: TextProfile, i: int) -> str:
    return next((k[2:] for k in prof.keys[i] if k.startswith("P:")), "")


def _similar_somewhere(name: str, claim: TextProfile) -> bool:
    """Some Devanagari word of the claim could be this name, spelled differently, or
    spelled out (Cong = कांग्रेस, Govt = सरकार is lexical)."""
    if name.casefold() in _HOME_COUNTRY and _THE_COUNTRY_HI.search(claim.text):
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
    for j, tok in enumerate(claim.tokens):
        # Any content word: a transliterated name can coincide with a lexicon form, but
        # then it must look like the name more closely.
        if claim.weights[j] == 0 or tok.text.isascii():
            continue
        bar = NAME_VARIANT if j in candidates else NAME_MATCH
        if any(name_similarity(tok.text, part) >= bar for part in parts if len(part) > 2):
            return True
    return False


def _wholly_missing(post: TextProfile, i: int, missing: set[int]) -> bool:
    """The name is gone entirely: a handle or place, or every word of a multiword name
    (Sara Danius) is missing — not one word of a title or list in Title Case."""
    tok = post.tokens[i].text
    if tok.startswith("@") or any(k.startswith("G:") for k in post.keys[i]):
        return True
    if _acronym(tok):
        return True
    a = i
    while a > 0 and post.names[a - 1]:
        a -= 1
    b = i
    while b + 1 < len(post.names) and post.names[b + 1]:
        b += 1
    return b > a and all(k in missing for k in range(a, b + 1))


def check_entities(col: Collector, match: PairMatch, region: Span) -> None:
    post, claim = match.post, match.claim
    matched_p = match.matched_post()
    matched_c = match.matched_claim()
    missing = [
        i
        for i, is_name in enumerate(post.names)
        if (is_name or _acronym(post.tokens[i].text) and not _shouted(post, i))
        and i not in matched_p
        and _strong_name(post, i)
        and in_region(Span(post.tokens[i].start, post.tokens[i].end), region)
        and not _is_reply_mention(post, i)
        and not _similar_somewhere(post.tokens[i].text, claim)
    ]
    # The word beside the rest of the name may be this name respelled (माइकल शूमाकर).
    missing = [i for i in missing if not _slot_respelled(match, i)]
    if _check_slot_swap(col, match, region):
        return
    if not missing:
        _check_added_places(col, match)
        return
    # Report the most telling name: a handle or a full name before an acronym (FM, PM).
    missing.sort(
        key=lambda i: (not post.tokens[i].text.startswith("@"), post.tokens[i].text.isupper())
    )
    first = post.tokens[missing[0]]
    name_matched = {j for _, j, kind in match.pairs if kind == "name"}
    # A person is swapped for a person: a place word (अमेरिकी, भारतीय) in place of a
    # first name is the post's "U.S."/"Indian" rendered, not a new name.
    person = not any(_is_place(post, i) for i in missing)
    runs = [
        (a, b)
        for a, b in _name_runs(claim, set(range(len(claim.tokens))) - matched_c, name_matched)
        # A run that could be the missing name spelled another way is not a swap.
        if not any(
            name_similarity(claim.tokens[k].text, post.tokens[i].text.lstrip("@")) >= SWAP_VARIANT
            for k in range(a, b + 1)
            for i in missing
        )
        and not _renders_other_name(post, claim, a, b, set(missing))
        and not (person and all(_is_place(claim, k) for k in range(a, b + 1)))
    ]
    if runs:
        a, b = runs[0]
        span = Span(claim.tokens[a].start, claim.tokens[b].end)
        col.add(
            "entity",
            f"The post names “{first.text}” but the rendering names “{span.slice(claim.text)}” instead.",
            Span(first.start, first.end),
            span,
        )
    elif (
        col.ctx.claim_kind == "quote"
        and not _ROLE_HI.search(claim.text)
        and _wholly_missing(post, missing[0], set(missing))
    ):
        col.add(
            "entity",
            f"The post names “{first.text}”, who is missing from the rendering.",
            Span(first.start, first.end),
            None,
        )


def _check_added_places(col: Collector, match: PairMatch) -> None:
    """A known place or organisation of the rendering that the post never mentions, while
    a place the post names twice is rendered once ("Canada's capital … Canada's past" →
    "कनाडा की राजधानी … पाकिस्तान के अतीत"): the second mention was swapped."""
    post, claim = match.post, match.claim
    post_places = {k for keys in post.keys for k in keys if k.startswith("G:")}
    post_count = {k: sum(1 for keys in post.keys if k in keys) for k in post_places}
    claim_count = {k: sum(1 for keys in claim.keys if k in keys) for k in post_places}
    if not any(post_count[k] > claim_count[k] for k in post_places):
        return  # every place of the post is rendered as often as the post names it
    # Dotted abbreviations (U.S., U.K.) name a country as well.
    dotted = re.sub(r"\b([A-Z])\.([A-Z])\.", r"\1\2", post.text)
    post_places |= {"G:" + p.key.casefold() for p in places_in(dotted, "en")}
    names = [t.text.lstrip("@#") for t in post.tokens if t.text[:1].isupper() or t.text[:1] in "@#"]
    for j in sorted(
        set(claim.name_candidates) | {j for j in range(len(claim.tokens)) if _is_place(claim, j)}
    ):
        keys = {k for k in claim.keys[j] if k.startswith("G:")}
        if not keys or keys & post_places or j in match.matched_claim():
            continue
        tok = claim.tokens[j]
        if any(respelled(tok.text, n) for n in names if len(n) > 2):
            continue
        if _THE_COUNTRY_HI.search(tok.text) or tok.text in ("भारत", "भारतीय"):
            continue  # Indian news adds "India" where the post says "the country"
        col.add(
            "entity",
            f"The rendering names “{tok.text}”, which the post does not mention.",
            None,
            Span(tok.start, tok.end),
        )
        return


def _is_place(prof: TextProfile, i: int) -> bool:
    return any(k.startswith("G:") for k in prof.keys[i])


def _renders_other_name(
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


def _is_reply_mention(post: TextProfile, i: int) -> bool:
    """Leading @mentions of a reply, and tags at the end of a post (… @sachin_rt, … #G20
    @narendramodi), address or tag people; renderings drop them as a matter of course."""
    if not post.tokens[i].text.startswith("@"):
        return False
    tags = ("@", "#")
    leading = all(post.tokens[k].text.startswith(tags) for k in range(i + 1))
    trailing = all(post.tokens[k].text.startswith(tags) for k in range(i, len(post.tokens)))
    return leading or trailing


def _bare(word: str) -> str:
    """The word without a possessive ending or surrounding marks: NASA's -> NASA."""
    return re.sub(r"['’]s$", "", word.strip("@#.,"))


def _translated(word: str, claim: TextProfile) -> bool:
    """A Title Case word of an ordinary meaning rendered by its translation, also inside
    a Hindi compound: Middle East = मध्यपूर्व, Great Pyramid = ग्रेट पिरामिड."""
    keys = [k for k in load_lexicon().hindi_keys(_bare(word).casefold()) if len(k) >= 3]
    return any(k in tok.text for k in keys for tok in claim.tokens)


# Name particles: Vasco da Gama = वास्को डी गामा, Ursula von der Leyen = उर्सुला वॉन डेर लेयेन.
_PARTICLES_EN = frozenset("de da di do dos das du van von der den del della la le bin al".split())
_PARTICLES_HI = frozenset("डी द दा डि दि दे डू डो डोस वॉन वान वैन डेर डेन डेल ला ले बिन अल".split())
_FIRST_SOUND = str.maketrans("ckqz", "kkks")


def _same_first_sound(hindi: str, english: str) -> bool:
    a, b = romanize(hindi)[:1].casefold(), _bare(english)[:1].casefold()
    return bool(a) and a.translate(_FIRST_SOUND) == b.translate(_FIRST_SOUND)


def respelled(hindi: str, english: str) -> bool:
    """The Hindi word could be the English name spelled another way: close enough, or
    somewhat close and starting with the same sound (थ्रॉन ~ Thomson, ग्नोगी ~ Gyöngyi)."""
    key, full = phonetic_key(hindi), phonetic_key(_bare(english))
    if (len(key) >= 4 and full.startswith(key)) or (len(full) >= 4 and key.startswith(full)):
        return True  # shortened on one side: फार्मा = Pharmaceuticals, कांग्रेस = Cong
    sim = name_similarity(hindi, _bare(english))
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
            if len(_bare(post.tokens[k].text)) >= 3 and respelled(t.text, post.tokens[k].text)
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
                or word in TITLE_HI
                or _ROLE_HI.fullmatch(word)
            ):
                continue
            return s, kind == "name"
    return None


def _slot_respelled(match: PairMatch, i: int) -> bool:
    slot = name_slot(match, i)
    return slot is not None and respelled(
        match.claim.tokens[slot[0]].text, match.post.tokens[i].text
    )


def _check_slot_swap(col: Collector, match: PairMatch, region: Span) -> bool:
    """A word of a multiword name (Jamie Siminoff, Norman Lamb, Vasco da Gama, NASA's
    shuttle chief N. Wayne Hale) is missing and another name stands in its place beside
    the rest of the name: a swap, even when the new name is also an English word
    (टेलर, किंग) or the old one is a word of the lexicon (Lamb, Cooper)."""
    post, claim = match.post, match.claim
    matched_p = match.matched_post()
    for i, tok in enumerate(post.tokens):
        word = _bare(tok.text)
        if (
            i in matched_p
            or not word[:1].isupper()
            or len(word) < 3
            or word.casefold() in _NOT_NAMES
            or word.casefold() in STOP_EN
            or tok.text.startswith(("@", "#"))
            or _is_place(post, i)
            or not in_region(Span(tok.start, tok.end), region)
        ):
            continue
        slot = name_slot(match, i)
        if slot is None:
            continue
        j, by_name = slot
        other = claim.tokens[j].text
        # Beside a name the rendering spelled out (जेमी for Jamie), and a name on at least
        # one side: "Niagara Falls" = "नियाग्रा जलप्रपात" is the word translated.
        if respelled(other, word) or not by_name:
            continue
        if j not in claim.name_candidates and load_lexicon().hindi_keys(word.casefold()):
            continue
        if _is_place(claim, j) or _similar_somewhere(tok.text, claim):
            continue
        col.add(
            "entity",
            f"The post names “{word}” but the rendering names “{other}” in its place.",
            Span(tok.start, tok.end),
            Span(claim.tokens[j].start, claim.tokens[j].end),
        )
        return True
    return False


def _acronym(word: str) -> bool:
    """An organisation's acronym: FBI, ISRO, NASA's (not WWII or BCE)."""
    bare = _bare(word)
    return (
        bare.isupper() and bare.isalpha() and len(bare) >= 3 and bare.casefold() not in _NOT_NAMES
    )


def _shouted(post: TextProfile, i: int) -> bool:
    """An ordinary word in capitals (THE, NEVER) or a word of a phrase in capitals."""
    if _bare(post.tokens[i].text).casefold() in STOP_EN:
        return True
    near = [post.tokens[k].text for k in (i - 1, i + 1) if 0 <= k < len(post.tokens)]
    return any(_bare(w).isupper() and len(_bare(w)) >= 3 for w in near)
