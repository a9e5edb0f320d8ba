"""Names outside every list: a capitalised word of the post and an unknown word of the
rendering, each without a counterpart on the other side, in the same place of the sentence.

Gazetteers and lexicons know countries and famous people, not every US state, party,
agency or politician. Any capitalised word of the post (not opening its sentence, not a
function word or a word shouted in capitals) that no word of the rendering matches, by
meaning or by sound, and any Devanagari word of the rendering that the lexicon does not
know and that sounds like no word of the post, are names without a counterpart; when one of
each stands at the same relative place of the same rendered clause, the name was swapped
(Hawaii → कैनसस, Republican → डेमोक्रेटिक, Bali → एलिस).

Words the lexicon knows count as names when they name a place or a people (Romanian, रूसी:
through the gazetteer, or through what the lexicon renders them by) or when the lexicon
spells them out rather than translating them (Google: गूगल, माइक्रोसॉफ़्ट) — a rendering's
such word that names nothing of the post stands for another name. The same place is also
the same slot: the word beside the post's name rendered beside the rendering's ("East
Texas" → "पूर्वी व्योमिंग", wherever Hindi word order puts it), unless that word is two
known words written as one (मध्यपूर्व for "Mideast": a translation).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.drift.clauses import is_weak
from verifier.drift.collect import Collector, in_region
from verifier.drift.name_morph import derived_en, derived_hi, place_stem
from verifier.drift.names import (
    NOT_NAMES,
    ROLE_HI,
    SWAP_VARIANT,
    bare_word,
    is_author_word,
    native_word,
    respelled,
    similar_somewhere,
)
from verifier.lang.chars import opens_sentence
from verifier.lang.gazetteer import canonical_place, is_demonym, places_in
from verifier.lang.lexicon import load_lexicon
from verifier.lang.stem import HI_WORD
from verifier.lang.translit import name_similarity, phonetic_key, romanize
from verifier.lang.words import STOP_EN, TITLES_EN, TITLES_HI
from verifier.match.anchors import TextProfile, profile
from verifier.match.pairs import PairMatch, match_profiles, name_sim
from verifier.model import Span

SAME_PLACE = 0.25
"""How far apart (as a share of the clause) the two unmatched names may stand."""
MIN_LETTERS = 3


def _post_names(
    match: PairMatch,
    regions: Sequence[Span],
    also: frozenset[int] = frozenset(),
    weak: set[int] | None = None,
) -> list[int]:
    """Capitalised words of the post in ``regions`` that no word of the rendering (nor of
    ``also``: found in the article's frame) matches and that read as names; words the
    lexicon translates go into ``weak`` when it is given, else are left out."""
    weak_ok = weak is not None
    weak = set() if weak is None else weak
    post, claim = match.post, match.claim
    matched = match.matched_post() | also
    lex = load_lexicon()
    claim_places = {k for t in claim.tokens if (k := place_stem(t.text))}
    latin = {bare_word(t.text).casefold() for t in claim.tokens if t.text.isascii()}
    out = []
    for i, tok in enumerate(post.tokens):
        word = bare_word(tok.text)
        if (
            i in matched
            or tok.text[:1] in "@#"
            or len(word) < MIN_LETTERS
            or not word[:1].isupper()
            or (word.isupper() and len(word) > 4)  # shouted, not an acronym
            or word.casefold() in STOP_EN
            or word.casefold() in NOT_NAMES
            or not any(in_region(Span(tok.start, tok.end), r) for r in regions)
        ):
            continue
        if _opens(post, i) and not (_starts_a_run(post, i) or _placey(word)):
            continue  # a capital that opens a sentence says nothing, unless it names a place
        if word.casefold() in latin or similar_somewhere(tok.text, claim):
            continue  # kept in Latin letters (USOC), or spelled in Devanagari
        if any(_shortened(t.text, word) for t in claim.tokens):
            continue  # फार्मा = Pharmaceuticals
        if len(word) < 4 and not word.isupper():
            continue  # an abbreviation (Gen, Ind, MoF), not a name to miss
        if any(k.startswith(("D:", "N:")) for k in post.keys[i]) or _in_capitals(post, i):
            continue  # a month, weekday or number (ONE); a phrase in capitals (ONE REAL …)
        if _acronym_spelled(post, i, claim, match.matched_claim()):
            continue  # NDP = न्यू डेमोक्रेटिक पार्टी, World Health Organisation = डब्ल्यूएचओ
        if derived_en(word) or canonical_place(word) in claim_places:
            continue  # Provisional, Bed-bugs; Egyptians = मिस्रवासी
        if lex.hindi_keys(word.casefold()) and not _place_like_en(word):
            # A Title Case word with a translation (Act, States) may still be a name
            # (Republican, Labour): weak, it meets only a spelled-out English word.
            if not weak_ok or (_opens(post, i) and not _starts_a_run(post, i)):
                continue
            weak.add(i)
        out.append(i)
    return out


def _in_capitals(post: TextProfile, i: int) -> bool:
    """A word in capitals beside another: a phrase shouted, not an acronym."""
    word = bare_word(post.tokens[i].text)
    near = [bare_word(post.tokens[k].text) for k in (i - 1, i + 1) if 0 <= k < len(post.tokens)]
    return word.isupper() and any(w.isupper() and len(w) >= MIN_LETTERS for w in near)


def _shortened(hindi: str, english: str) -> bool:
    """The Devanagari word spells the start of the English one (फार्मा: Pharmaceuticals)."""
    key = phonetic_key(hindi)
    return len(key) >= 4 and phonetic_key(english).startswith(key)


def _acronym_spelled(
    post: TextProfile, i: int, claim: TextProfile, matched: frozenset[int] = frozenset()
) -> bool:
    """An acronym rendered by the words it stands for (NDP = न्यू डेमोक्रेटिक पार्टी: the
    initials of their sounds or meanings), or a name rendered by its acronym (World Health
    Organisation = डब्ल्यूएचओ)."""
    word = bare_word(post.tokens[i].text)
    if word.isupper() and 2 <= len(word) <= 5:
        letters = word.casefold()
        # Only content words the post matches otherwise cannot spell it (आस-पास is no AAP).
        initials = [
            _initials(t.text) if claim.weights[j] and j not in matched else frozenset()
            for j, t in enumerate(claim.tokens)
        ]
        n = len(letters)
        for j in range(len(initials) - n + 1):
            if all(letters[k] in initials[j + k] for k in range(n)):
                return True
    a, b = i, i
    while a > 0 and post.tokens[a - 1].text[:1].isupper():
        a -= 1
    while b + 1 < len(post.tokens) and post.tokens[b + 1].text[:1].isupper():
        b += 1
    if b == a:
        return False
    short = "A:" + "".join(post.tokens[k].text[0] for k in range(a, b + 1)).casefold()
    return any(short in keys for keys in claim.keys)


def _initials(word: str) -> frozenset[str]:
    """The first letters a Devanagari word can stand for in an acronym: of its sound and
    of its one-word English meanings."""
    if not _DEVANAGARI.search(word):
        return frozenset(word[:1].casefold())
    keys = [k for k in load_lexicon().english_keys(word) if " " not in k]
    return frozenset({romanize(word)[:1].casefold(), *(k[:1] for k in keys)})


def _opens(post: TextProfile, i: int) -> bool:
    """The word opens a sentence: first, or after a sentence end that is no initial's or
    title's dot (the "U.S." of "U.S. Republican President", "Dr. Moll")."""
    if i == 0:
        return True
    prev = post.tokens[i - 1].text
    gap = post.text[post.tokens[i - 1].end : post.tokens[i].start]
    if gap.strip() == "." and ((len(prev) == 1 and prev.isupper()) or prev.casefold() in TITLES_EN):
        return False  # the dot of an initial or a title ("Dr. Moll")
    return opens_sentence(gap)


def _starts_a_run(post: TextProfile, i: int) -> bool:
    """A capital opening a sentence still starts a name when the next word is capitalised
    too ("Labour Prime Minister Stephen Harper …")."""
    if i + 1 >= len(post.tokens):
        return False
    nxt = post.tokens[i + 1]
    return (
        nxt.text[:1].isupper()
        and post.text[post.tokens[i].end : nxt.start] == " "
        and nxt.text.casefold() not in STOP_EN
    )


def _placey(english: str) -> bool:
    return bool(is_demonym(english) or canonical_place(english))


def _place_like_en(word: str) -> bool:
    """A place or a people, known as such or through what the lexicon renders it by
    ("Romanian" → रोमानियाई, which renders "Romania")."""
    if _placey(word):
        return True
    lex = load_lexicon()
    forms = lex.hindi_keys(word.casefold())
    if any(_placey(e) for h in forms for e in lex.english_keys(h)):
        return True
    # A name the lexicon only spells out (Google: गूगल, Microsoft), not a word it also
    # translates (Act: अधिनियम, Great: महान as well as ग्रेट).
    native = [h for h in forms if ":" not in h]
    return (
        len(word) >= _LONG - 1
        and bool(native)
        and all(name_similarity(h, word) >= _SPELLED_OUT for h in native)
    )


def _post_places(text: str) -> frozenset[str]:
    """The places and peoples the post names, by canonical name (U.S. → United States)."""
    found = {p.key for p in places_in(text, "en")}
    for word in _CAPITALISED.findall(text):
        found.update(k for w in (word, word.rstrip(".")) if (k := canonical_place(w)))
    return frozenset(found)


_CAPITALISED = re.compile(r"\b[A-Z][\w.]*")


def _place_like_hi(word: str, post_words: frozenset[str], post_places: frozenset[str]) -> bool:
    """A known Devanagari word that names a place or a people the post does not name
    (रूसी for a post about Korea): a name in another's place, though the lexicon knows it."""
    keys = load_lexicon().english_keys(word)
    if keys & post_words:
        return False
    place = canonical_place(word)
    if place in post_places or any(canonical_place(k) in post_places for k in keys):
        return False  # अमेरिकी for "U.S."
    if place or is_demonym(word):
        return True
    # Mostly a place or a people (रूसी: russia, russian), not a word that also names one
    # (दूर: far, distance … "Far East").
    words = [k for k in keys if " " not in k]
    if words and 2 * sum(map(_placey, words)) >= len(words):
        return True
    # A body known by its acronym (द्रमुक: DMK): an English gloss without a vowel is one.
    if any(2 <= len(k) <= 5 and k.isalpha() and not _VOWELS.intersection(k) for k in words):
        return True
    # An English name spelled out (माइक्रोसॉफ़्ट: microsoft) that the post does not use.
    return len(word) >= _LONG and any(name_similarity(word, k) >= _SPELLED_OUT for k in words)


_VOWELS = frozenset("aeiouy")


_LONG = 6
"""Code points from which a spelled-out word is told by sound (short ones sound alike)."""
_SPELLED_OUT = 90.0
"""How closely a Devanagari word must sound like its own English gloss to be a spelling of
it (a name or loanword) rather than a translation."""


def _claim_names(match: PairMatch, names: Sequence[str]) -> list[int]:
    """Devanagari words of the rendering that no word of the post matches and that read as
    names: unknown to the lexicon (and no ordinary word built from a known one), or a
    place or people the post does not name; none sounds like a word of the post."""
    claim = match.claim
    matched = match.matched_claim()
    lex = load_lexicon()
    post_words = frozenset(
        lemma for t in match.post.tokens for lemma in (t.text.casefold(), *lex.lemmas(t.text))
    )
    post_places = _post_places(match.post.text)
    # A name the rendering gives elsewhere (Erik = एरिक) must sound closely like this word.
    named = {i for i, _, kind in match.pairs if kind == "name"}
    rendered = [bare_word(match.post.tokens[i].text) for i in named]
    names = [n for n in names if n not in rendered]
    # Lower-case words of the post may be spelled out too (वायल for "vials", रीडिंग).
    plain = [t.text for t in match.post.tokens if len(t.text) > 1 and t.text.isalpha()]
    out = []
    for j, tok in enumerate(claim.tokens):
        if j in matched or not claim.weights[j] or not HI_WORD.fullmatch(tok.text):
            continue
        if len(tok.text) < MIN_LETTERS:
            continue
        if lex.knows_hindi(tok.text) or verb_form(tok.text):
            # A known word or a verb's ending (यूनानी ends like कहानी) is a name only when
            # it names a place or a people the post does not.
            if not _place_like_hi(tok.text, post_words, post_places):
                continue
        elif (
            derived_hi(tok.text)
            or _compound(tok.text, native=True)
            or place_stem(tok.text) in post_places
            or (j > 0 and claim.tokens[j - 1].text.isdigit())
        ):
            # अनंतिम, भूगर्भीय, मध्यपूर्व: an ordinary word the lexicon lacks; मिस्रवासी;
            # the ordinal ending of "10 वीं"
            continue
        if any(k.startswith(("D:", "T:")) for k in claim.keys[j]) or _predicate(claim, j):
            continue  # a month or weekday (the date check's), a title; "घिरा है": a predicate
        if tok.text in TITLES_HI or ROLE_HI.fullmatch(tok.text):
            continue  # मुख्यमंत्री, प्रधानमंत्री: a role, not a name
        if any(respelled(tok.text, n) for n in names) or any(
            name_sim(tok.text, n) >= SWAP_VARIANT for n in rendered
        ):
            continue  # the post's name spelled another way (ग्नोगी: Gyöngyi), or shortened
        if any(name_similarity(tok.text, w) >= _PLAIN_MATCH for w in plain):
            continue
        out.append(j)
    return out


# Auxiliaries and light verbs after a predicate: the word before them is what is said of
# the subject, or the noun or adjective of a compound verb ("अवाक कर दिया"), not a name.
_AUXILIARIES = frozenset(
    "है हैं था थे थी थीं हुआ हुए हुई गया गए गई कर करके करना करने करता करती करते करें "
    "किया किए हो होना होने होता होती होते रहा रहे रही दिया दिए दी".split()
)


def _predicate(claim: TextProfile, j: int) -> bool:
    """An unknown word before an auxiliary or light verb ("जंगल से घिरा है", "अवाक कर
    दिया"): a verb, adjective or the noun of a compound verb."""
    return j + 1 < len(claim.tokens) and claim.tokens[j + 1].text in _AUXILIARIES


_PLAIN_MATCH = 80.0
"""How closely an unknown word must sound like a lower-case word of the post to be its
spelling (वायल for "vials": 83; कैनसस for "coastlines": 73 is not)."""


def _spelled_out(word: str, post_words: frozenset[str]) -> bool:
    """A Devanagari loanword: the lexicon knows it as the spelling of an English word the
    post does not use, which Hindi also translates (डेमोक्रेटिक: democratic, लोकतांत्रिक;
    स्टाफ: staff, कर्मचारी). Such a word stands for a name only where a translated word
    (Republican) or the same neighbours say so; a spelling with no translation
    (माइक्रोसॉफ़्ट) is a name outright."""
    lex = load_lexicon()
    keys = [k for k in lex.english_keys(word) if " " not in k]
    spelled = [k for k in keys if name_similarity(word, k) >= _SPELLED_OUT]
    return (
        len(word) >= MIN_LETTERS + 1
        and bool(spelled)
        and not any(k in post_words for k in keys)
        and not any(map(_placey, keys))  # क्रीमिया: a place, not a loanword
        and any(_translated_too(k) for k in spelled)
    )


def _translated_too(english: str) -> bool:
    lex = load_lexicon()
    native = [h for h in lex.hindi_keys(english) if ":" not in h]
    return any(name_similarity(h, english) < _SPELLED_OUT for h in native)


_VERB_ENDINGS = re.compile(
    "(?:ेंगे|ेंगी|ेगा|ेगी|एंगे|एंगी|एगा|एगी|ऊंगा|ऊँगा|ओगे|ूंगा|ूँगा|ूंगी|ूँगी|ोगे|ाते|ाती|ाने|ाना|ानी|ाया|ाई|ाए|ाएं|ाएँ|कर|ूं|ूँ)$"
)


def verb_form(word: str) -> bool:
    """An inflected Hindi verb or auxiliary (करेंगे, लगाते, डराने, हूं): never a name."""
    return bool(_VERB_ENDINGS.search(word)) or is_weak(word, "hi")


def _compound(word: str, native: bool = False) -> bool:
    """Two known Hindi words written as one (मध्यपूर्व = मध्य + पूर्व "Mideast"): a
    translation the lexicon lacks, not a name. ``native``: both parts must be words of
    Hindi, not loanwords (यूरोपोल is यूरो + पोल by letters, and a name)."""
    lex = load_lexicon()

    def known(part: str) -> bool:
        return lex.is_hindi_form(part) and (not native or native_word(part))

    return any(
        (known(word[:k]) and known(word[k:]))
        # अ joined to the word before it is written ा: कार्यावधि = कार्य + अवधि
        or (word[k - 1] == "ा" and known(word[: k - 1]) and known("अ" + word[k:]))
        for k in range(MIN_LETTERS - 1, len(word) - MIN_LETTERS + 2)
    )


def _beside(partners: dict[int, set[int]], i: int, j: int) -> bool:
    """A word next to the post's name ``i`` is rendered by a word next to ``j``."""
    return any(j + d in partners.get(i + e, ()) for e in (-1, 1) for d in (-1, 1))


def _where(tokens_start: int, span: Span) -> float:
    return (tokens_start - span.start) / max(1, span.end - span.start)


def frame_match(col: Collector, match: PairMatch) -> PairMatch | None:
    """The post matched against the article's frame of the rendering ("ओहियो में अधिकारियों
    का कहना है कि"): a name the post gives may stand there rather than in the content."""
    cue = col.ctx.cue
    if not cue or not _DEVANAGARI.search(cue):
        return None
    return match_profiles(match.post, profile(cue, "hi"))


_DEVANAGARI = re.compile("[\u0900-\u097f]")


def in_frame(frame: PairMatch | None, post: TextProfile, i: int) -> bool:
    """The post's word ``i`` is named in the frame, by meaning or by sound."""
    return frame is not None and (
        i in frame.matched_post() or similar_somewhere(post.tokens[i].text, frame.claim)
    )


def check_open_names(col: Collector, match: PairMatch, regions: Sequence[Span]) -> bool:
    """Report one swapped name outside the lists; ``True`` when one was reported."""
    post, claim = match.post, match.claim
    frame = frame_match(col, match)
    in_cue = frozenset(i for i in range(len(post.tokens)) if in_frame(frame, post, i))
    if frame is not None and _frame_swap(col, match, frame, in_cue):
        return True
    weak: set[int] = set()
    lost = _post_names(match, regions, in_cue, weak)
    if not lost:
        return False
    names = _names_of(match)
    new = [
        j for j in _claim_names(match, names) if not is_author_word(col.ctx, claim.tokens[j].text)
    ]
    if not new:
        return False
    lex = load_lexicon()
    post_words = frozenset(
        lemma for t in post.tokens for lemma in (t.text.casefold(), *lex.lemmas(t.text))
    )
    spelled = {j for j in new if _spelled_out(claim.tokens[j].text, post_words)}
    post_span = next(
        (
            r
            for r in regions
            if in_region(Span(post.tokens[lost[0]].start, post.tokens[lost[0]].end), r)
        ),
        Span(0, len(post.text)),
    )
    claim_span = Span(0, len(claim.text))
    partners = _partners(match)
    best: tuple[float, int, int] | None = None
    for i in lost:
        for j in new:
            if (i in weak) != (j in spelled) and not _beside(partners, i, j):
                # A translated word meets only another English word spelled out, and such
                # a loanword (स्टाफ, वीडियो) stands for a name only beside the same word.
                continue
            gap = abs(
                _where(post.tokens[i].start, post_span) - _where(claim.tokens[j].start, claim_span)
            )
            if _beside(partners, i, j) and not _compound(claim.tokens[j].text):
                gap = 0.0  # "East Texas" → "पूर्वी व्योमिंग": the word beside it is rendered beside
            if best is None or gap < best[0]:
                best = (gap, i, j)
    # One name lost and one unknown name come in: Hindi word order may move it anywhere.
    alone = len(set(lost) - weak) == 1 and len(new) == 1 and not spelled
    if best is None or (best[0] > SAME_PLACE and not alone):
        return False
    _, i, j = best
    pt, ct = post.tokens[i], claim.tokens[j]
    col.add(
        "entity",
        f"The post names “{bare_word(pt.text)}” but the rendering names “{ct.text}”, which "
        "sounds like no name of the post, in its place.",
        Span(pt.start, pt.end),
        Span(ct.start, ct.end),
    )
    return True


def _names_of(match: PairMatch) -> list[str]:
    """Capitalised words of the post an unknown word may be a spelling of: not those the
    rendering translates by another word (Airport = विमान is no डेवनपोर्ट)."""
    lexical = {i for i, _, kind in match.pairs if kind != "name"}
    return [
        bare_word(t.text)
        for i, t in enumerate(match.post.tokens)
        if t.text[:1].isupper() and i not in lexical
    ]


def _partners(match: PairMatch) -> dict[int, set[int]]:
    partners: dict[int, set[int]] = {}
    for pi, cj, _ in match.pairs:
        partners.setdefault(pi, set()).add(cj)
    return partners


def _frame_swap(col: Collector, match: PairMatch, frame: PairMatch, in_cue: frozenset[int]) -> bool:
    """A name of the post swapped in the article's frame ("According to CIA" → "यूरोपोल के
    मुताबिक", "Republican President" → "डेमोक्रेटिक राष्ट्रपति"): an unknown name of the
    frame stands beside the frame's rendering of a word beside the post's name."""
    post = match.post
    lost = _post_names(match, [Span(0, len(post.text))], in_cue)
    if not lost:
        return False
    new = [
        j
        for j in _claim_names(frame, _names_of(frame))
        if not is_author_word(col.ctx, frame.claim.tokens[j].text)
    ]
    partners = _partners(frame)
    for i in lost:
        for j in new:
            if not _near(partners, i, j):
                continue
            pt, ct = post.tokens[i], frame.claim.tokens[j]
            col.add(
                "entity",
                f"The post names “{bare_word(pt.text)}” but the article's account of the post "
                f"names “{ct.text}”, which sounds like no name of the post, in its place.",
                Span(pt.start, pt.end),
                None,
            )
            return True
    return False


def _near(partners: dict[int, set[int]], i: int, j: int) -> bool:
    """A word up to two places from the post's name ``i`` is rendered up to two places
    from ``j`` ("According to CIA" → "यूरोपोल के मुताबिक")."""
    return any(j + d in partners.get(i + e, ()) for e in (-2, -1, 1, 2) for d in (-2, -1, 1, 2))
