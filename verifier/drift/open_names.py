"""Names outside every list: a capitalised word of the post and an unknown word of the
rendering, each without a counterpart on the other side, in the same place of the sentence.

Gazetteers and lexicons know countries and famous people, not every US state, party,
agency or politician. Any capitalised word of the post (not opening its sentence, not a
function word or a word shouted in capitals) that no word of the rendering matches, by
meaning or by sound, and any Devanagari word of the rendering that the lexicon does not
know and that sounds like no word of the post, are names without a counterpart; when one of
each stands at the same relative place of the same rendered clause, the name was swapped
(Hawaii → कैनसस, Republican → डेमोक्रेटिक, Bali → एलिस).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.drift.clauses import is_weak
from verifier.drift.collect import Collector, in_region
from verifier.drift.names import NOT_NAMES, bare_word, respelled, similar_somewhere
from verifier.lang.chars import opens_sentence
from verifier.lang.gazetteer import canonical_place, is_demonym
from verifier.lang.lexicon import load_lexicon
from verifier.lang.stem import HI_WORD
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
        if lex.hindi_keys(word.casefold()) and not (is_demonym(word) or canonical_place(word)):
            continue  # a Title Case common word (Act, States, Chartered) has a translation
        out.append(i)
    return out


def _claim_names(match: PairMatch, names: Sequence[str]) -> list[int]:
    claim = match.claim
    matched = match.matched_claim()
    lex = load_lexicon()
    out = []
    for j, tok in enumerate(claim.tokens):
        if j in matched or not claim.weights[j] or not HI_WORD.fullmatch(tok.text):
            continue
        if len(tok.text) < MIN_LETTERS or lex.knows_hindi(tok.text) or _verb_form(tok.text):
            continue
        if any(respelled(tok.text, n) for n in names):
            continue
        out.append(j)
    return out


_VERB_ENDINGS = re.compile("(?:ेंगे|ेंगी|ेगा|ेगी|ूंगा|ूँगा|ूंगी|ूँगी|ोगे|ाते|ाती|ाने|ाना|ानी|ाया|ाई|ाए|ाएं|ाएँ|कर|ूं|ूँ)$")


def _verb_form(word: str) -> bool:
    """An inflected Hindi verb or auxiliary (करेंगे, लगाते, डराने, हूं): never a name."""
    return bool(_VERB_ENDINGS.search(word)) or is_weak(word, "hi")


def _where(tokens_start: int, span: Span) -> float:
    return (tokens_start - span.start) / max(1, span.end - span.start)


def check_open_names(col: Collector, match: PairMatch, regions: Sequence[Span]) -> bool:
    """Report one swapped name outside the lists; ``True`` when one was reported."""
    post, claim = match.post, match.claim
    lost = _post_names(match, regions)
    if not lost:
        return False
    names = [bare_word(t.text) for t in post.tokens if t.text[:1].isupper()]
    new = _claim_names(match, names)
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
    best: tuple[float, int, int] | None = None
    for i in lost:
        for j in new:
            gap = abs(
                _where(post.tokens[i].start, post_span) - _where(claim.tokens[j].start, claim_span)
            )
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
