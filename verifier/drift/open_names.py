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
from verifier.drift.names import NOT_NAMES, bare_word, is_author_word, respelled, similar_somewhere
from verifier.lang.chars import opens_sentence
from verifier.lang.gazetteer import canonical_place, is_demonym, places_in
from verifier.lang.lexicon import load_lexicon
from verifier.lang.stem import HI_WORD
from verifier.lang.translit import name_similarity
from verifier.lang.words import STOP_EN
from verifier.match.pairs import PairMatch
from verifier.model import Span

SAME_PLACE = 0.25
"""How far apart (as a share of the clause) the two unmatched names may stand."""
MIN_LETTERS = 3


def _post_names(match: PairMatch, regions: Sequence[Span]) -> list[int]:
    post, claim = match.post, match.claim
    matched = match.matched_post()
    lex = load_lexicon()
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
        if i == 0 or opens_sentence(post.text[post.tokens[i - 1].end : tok.start]):
            continue  # a capital that opens a sentence says nothing
        if similar_somewhere(tok.text, claim):
            continue
        if len(word) < 4 and not word.isupper():
            continue  # an abbreviation (Gen, Ind, MoF), not a name to miss
        if lex.hindi_keys(word.casefold()) and not _place_like_en(word):
            continue  # a Title Case common word (Act, States, Chartered) has a translation
        out.append(i)
    return out


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
    # A name the lexicon spells out (Google: गूगल), not a word it translates (Act: अधिनियम).
    return len(word) >= _LONG - 1 and any(name_similarity(h, word) >= _SPELLED_OUT for h in forms)


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
    # An English name spelled out (माइक्रोसॉफ़्ट: microsoft) that the post does not use.
    return len(word) >= _LONG and any(name_similarity(word, k) >= _SPELLED_OUT for k in words)


_LONG = 6
"""Code points from which a spelled-out word is told by sound (short ones sound alike)."""
_SPELLED_OUT = 90.0
"""How closely a Devanagari word must sound like its own English gloss to be a spelling of
it (a name or loanword) rather than a translation."""


def _claim_names(match: PairMatch, names: Sequence[str]) -> list[int]:
    claim = match.claim
    matched = match.matched_claim()
    lex = load_lexicon()
    post_words = frozenset(
        lemma for t in match.post.tokens for lemma in (t.text.casefold(), *lex.lemmas(t.text))
    )
    post_places = _post_places(match.post.text)
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
        if any(respelled(tok.text, n) for n in names):
            continue
        out.append(j)
    return out


_VERB_ENDINGS = re.compile("(?:ेंगे|ेंगी|ेगा|ेगी|ूंगा|ूँगा|ूंगी|ूँगी|ोगे|ाते|ाती|ाने|ाना|ानी|ाया|ाई|ाए|ाएं|ाएँ|कर|ूं|ूँ)$")


def verb_form(word: str) -> bool:
    """An inflected Hindi verb or auxiliary (करेंगे, लगाते, डराने, हूं): never a name."""
    return bool(_VERB_ENDINGS.search(word)) or is_weak(word, "hi")


def _compound(word: str) -> bool:
    """Two known Hindi words written as one (मध्यपूर्व = मध्य + पूर्व "Mideast"): a
    translation the lexicon lacks, not a name."""
    lex = load_lexicon()
    return any(
        lex.is_hindi_form(word[:k]) and lex.is_hindi_form(word[k:])
        for k in range(MIN_LETTERS - 1, len(word) - MIN_LETTERS + 2)
    )


def _beside(partners: dict[int, set[int]], i: int, j: int) -> bool:
    """A word next to the post's name ``i`` is rendered by a word next to ``j``."""
    return any(j + d in partners.get(i + e, ()) for e in (-1, 1) for d in (-1, 1))


def _where(tokens_start: int, span: Span) -> float:
    return (tokens_start - span.start) / max(1, span.end - span.start)


def check_open_names(col: Collector, match: PairMatch, regions: Sequence[Span]) -> bool:
    """Report one swapped name outside the lists; ``True`` when one was reported."""
    post, claim = match.post, match.claim
    lost = _post_names(match, regions)
    if not lost:
        return False
    names = [bare_word(t.text) for t in post.tokens if t.text[:1].isupper()]
    new = [
        j for j in _claim_names(match, names) if not is_author_word(col.ctx, claim.tokens[j].text)
    ]
    if not new:
        return False
    post_span = next(
        (
            r
            for r in regions
            if in_region(Span(post.tokens[lost[0]].start, post.tokens[lost[0]].end), r)
        ),
        Span(0, len(post.text)),
    )
    claim_span = Span(0, len(claim.text))
    partners: dict[int, set[int]] = {}
    for pi, cj, _ in match.pairs:
        partners.setdefault(pi, set()).add(cj)
    best: tuple[float, int, int] | None = None
    for i in lost:
        for j in new:
            gap = abs(
                _where(post.tokens[i].start, post_span) - _where(claim.tokens[j].start, claim_span)
            )
            if _beside(partners, i, j) and not _compound(claim.tokens[j].text):
                gap = 0.0  # "East Texas" → "पूर्वी व्योमिंग": the word beside it is rendered beside
            if best is None or gap < best[0]:
                best = (gap, i, j)
    if best is None or best[0] > SAME_PLACE:
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
