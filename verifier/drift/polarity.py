"""Negation by meaning: the rendering says the opposite of a word of the post with no
negation particle on either side ("supports" → "विरोध करता है", "agree" → "असहमत",
"unsuccessful" → "सफल"), and negations a word of opposite meaning accounts for ("were
missing" → "मौजूद नहीं थे").

Opposites come from two places: the antonym table (``verifier.lang.polarity``) and
negative prefixes, whose base is looked up in the translation lexicon (असहमत is अ + सहमत,
and सहमत renders "agree"). A word negated where it stands ("not able" → "असमर्थ", "असफल
नहीं" = succeeded) keeps its polarity turned, and a side that has both words of a pair
says nothing one way or the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from verifier.lang.lexicon import load_lexicon
from verifier.lang.polarity import AntonymPair, en_bases, hi_bases, load_antonyms
from verifier.lang.stem import EN_WORD, HI_WORD, stem_en, stem_hi
from verifier.lang.words import NEG_LEX_EN
from verifier.model import Span

__all__ = ["Flip", "antonym_negations", "find_flip", "plain_renderings", "prefix_negations"]

_NEG_BEFORE_EN = 3
"""English negates a word from up to three words before it ("did not fully agree")."""
_NEG_NEAR_HI = 3
"""Hindi negates a predicate from the words after it ("सहमत नहीं थे") or just before."""
_CONTENT = 3
"""Code points of a Hindi stem that can be a content word (पर, को, से are not)."""
_WITHOUT_HI = frozenset({"बिना", "बगैर", "बग़ैर"})
"""Hindi "without", which negates the words after it."""


@dataclass(frozen=True, slots=True)
class Flip:
    """A word of the post and the rendering's word of opposite meaning."""

    post: Span
    claim: Span
    post_word: str
    claim_word: str


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int
    end: int
    text: str
    key: str
    index: int


def _tokens(text: str, lang: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    return list(_stemmed(text, lang, start, len(text) if end is None else end))


@lru_cache(maxsize=512)
def _stemmed(text: str, lang: str, start: int, end: int) -> tuple[_Tok, ...]:
    # Kept for a while: both negation checks and the flip finder read the same two texts.
    rx = EN_WORD if lang == "en" else HI_WORD
    stem = (lambda w: stem_en(w.casefold())) if lang == "en" else stem_hi
    return tuple(
        _Tok(m.start(), m.end(), m.group(0), stem(m.group(0)), i)
        for i, m in enumerate(rx.finditer(text, start, end))
    )


def _negated(tok: _Tok, negs: Sequence[Span], toks: Sequence[_Tok], lang: str) -> bool:
    """A negation stands where it turns ``tok``: before it in English, after (or right
    before) it in Hindi."""
    if lang == "en":
        lo = toks[max(0, tok.index - _NEG_BEFORE_EN)].start
        return any(lo <= n.start < tok.start for n in negs)
    hi_index = min(len(toks) - 1, tok.index + _NEG_NEAR_HI)
    lo = toks[max(0, tok.index - 1)].start
    if any(lo <= n.start <= toks[hi_index].end and n.start != tok.start for n in negs):
        return True
    # "बिना किसी साथी के": बिना negates the noun after it, a few words on
    before = toks[max(0, tok.index - _NEG_NEAR_HI) : tok.index]
    starts = {n.start for n in negs}
    return any(t.start in starts and t.text in _WITHOUT_HI for t in before)


def _matches(toks: Sequence[_Tok], forms: tuple[tuple[str, ...], ...]) -> list[_Tok]:
    keys = [t.key for t in toks]
    at = {
        i
        for form in set(forms)
        for i in range(len(toks) - len(form) + 1)
        if tuple(keys[i : i + len(form)]) == form
    }
    return [toks[i] for i in sorted(at)]


def _pair_flip(
    pair: AntonymPair,
    post: Sequence[_Tok],
    claim: Sequence[_Tok],
    post_negs: Sequence[Span],
    claim_negs: Sequence[Span],
) -> Flip | None:
    """One meaning of the pair more often in the post than in the rendering, and the other
    more often in the rendering than in the post (a negated word counts for its opposite):
    "a one-point victory … winning streak" → "एक अंक की हार … जीतने का सिलसिला"."""
    post_a = [t for t in post if t.key in pair.en_a]
    post_b = [t for t in post if t.key in pair.en_b]
    if not (post_a or post_b):
        return None  # most pairs: the post has neither word (no need to scan the claim)
    claim_a, claim_b = _matches(claim, pair.hi_a), _matches(claim, pair.hi_b)
    if not (claim_a or claim_b):
        return None

    def tally(a: list[_Tok], b: list[_Tok], negs: Sequence[Span], toks: Sequence[_Tok],
              lang: str) -> tuple[int, int]:  # fmt: skip
        neg_a = sum(_negated(t, negs, toks, lang) for t in a)
        neg_b = sum(_negated(t, negs, toks, lang) for t in b)
        return len(a) - neg_a + neg_b, len(b) - neg_b + neg_a

    pa, pb = tally(post_a, post_b, post_negs, post, "en")
    ca, cb = tally(claim_a, claim_b, claim_negs, claim, "hi")
    # One side must lack the other's word altogether: a rendering that has fewer words of
    # the pair than the post, not the opposite, is a lexicon gap ("murdered" unlisted).
    if pa > ca and cb > pb and post_a and claim_b and (ca == 0 or pb == 0):
        p, c = post_a[0], claim_b[0]
    elif pb > cb and ca > pa and post_b and claim_a and (cb == 0 or pa == 0):
        p, c = post_b[0], claim_a[0]
    else:
        return None
    return Flip(Span(p.start, p.end), Span(c.start, c.end), p.text, c.text)


def _prefix_added(
    post: Sequence[_Tok],
    claim: Sequence[_Tok],
    post_negs: Sequence[Span],
    claim_negs: Sequence[Span],
) -> Flip | None:
    """A Hindi word with a negative prefix (असहमत) whose base (सहमत) renders a word the
    post says plainly ("agree")."""
    lex = load_lexicon()
    claim_keys = {t.key for t in claim}
    for t in claim:
        if _negated(t, claim_negs, claim, "hi"):
            continue
        own = lex.english_keys(t.text)
        for base in hi_bases(t.text):
            lemmas = lex.english_keys(base)
            if not lemmas or stem_hi(base) in claim_keys:
                continue  # the rendering says the base plainly too (स्थिर … अस्थिर)
            if own and not any(_negates(e, lemmas) for e in own):
                continue  # a word of its own (अलग, अनेक, असर), not a negated base
            if any(_renders(p, base, lemmas) for p in post if _negated(p, post_negs, post, "en")):
                continue  # "not as steady" rendered अस्थिर
            for p in post:
                if NEG_LEX_EN.fullmatch(p.text) or _negated(p, post_negs, post, "en"):
                    continue
                if _renders(p, base, lemmas) and t.key not in lex.hindi_keys(p.text):
                    return Flip(Span(p.start, p.end), Span(t.start, t.end), p.text, t.text)
    return None


def _negates(english: str, lemmas: set[str] | frozenset[str]) -> bool:
    """An English meaning of a prefixed Hindi word is a negative word, or the base's
    meaning with a negative prefix (असीमित: "infinite" = in + "finite", a sense of सीमित)."""
    return NEG_LEX_EN.fullmatch(english) is not None or not lemmas.isdisjoint(en_bases(english))


def _renders(p: _Tok, base: str, lemmas: set[str] | frozenset[str]) -> bool:
    """The Hindi ``base`` (with English ``lemmas``) renders the post's word ``p``, by the
    lexicon in either direction ("limited" → सीमित)."""
    lex = load_lexicon()
    return not lemmas.isdisjoint(lex.lemmas(p.text)) or stem_hi(base) in lex.hindi_keys(p.text)


def _prefix_dropped(
    post: Sequence[_Tok],
    claim: Sequence[_Tok],
    post_negs: Sequence[Span],
    claim_negs: Sequence[Span],
) -> Flip | None:
    """An English word with a negative prefix ("unsuccessful") rendered by its base
    (सफल) with no negation."""
    lex = load_lexicon()
    claim_keys = {t.key for t in claim}
    for p in post:
        if not NEG_LEX_EN.fullmatch(p.text) or _negated(p, post_negs, post, "en"):
            continue
        own = lex.hindi_keys(p.text)
        if own & claim_keys:
            continue  # the rendering has the word's own translation (असफल, नाकाम)
        for base in en_bases(p.text):
            meant = set(lex.lemmas(base))
            if _negative_form_in(claim, meant):
                continue  # अप्रतिबंधित for "unrestricted"
            keys = lex.hindi_keys(base) - own
            if any(t.key in keys and _negated(t, claim_negs, claim, "hi") for t in claim):
                continue  # the base negated where it stands: "आबादी नहीं" for "uninhabited"
            others = {x for q in post if q is not p for x in lex.lemmas(q.text)}
            for t in claim:
                if t.key not in keys or len(t.key) < _CONTENT:
                    continue  # a content word only (आई is no "visible")
                if hi_bases(t.text) and not lex.english_keys(t.text):
                    continue
                if others & lex.english_keys(t.text):
                    continue  # the word renders another word of the post ("populated")
                if not _negated(t, claim_negs, claim, "hi"):
                    return Flip(Span(p.start, p.end), Span(t.start, t.end), p.text, t.text)
    return None


def _negative_form_in(claim: Sequence[_Tok], lemmas: set[str]) -> bool:
    """The rendering has a word with a negative prefix whose base means one of ``lemmas``."""
    lex = load_lexicon()
    return any(lemmas & lex.english_keys(b) for t in claim for b in hi_bases(t.text))


def find_flip(
    post_text: str,
    region: Span,
    claim_text: str,
    post_negs: Sequence[Span],
    claim_negs: Sequence[Span],
) -> Flip | None:
    """The first word of the post the rendering turns into its opposite, or ``None``."""
    post = _tokens(post_text, "en", region.start, region.end)
    claim = _tokens(claim_text, "hi")
    if not post or not claim:
        return None
    said = {t.key for t in post}
    for pair in load_antonyms():
        if said.isdisjoint(pair.en_a) and said.isdisjoint(pair.en_b):
            continue  # most pairs: the post has neither word
        flip = _pair_flip(pair, post, claim, post_negs, claim_negs)
        if flip is not None:
            return flip
    return _prefix_added(post, claim, post_negs, claim_negs) or _prefix_dropped(
        post, claim, post_negs, claim_negs
    )


def antonym_negations(
    post_text: str, region: Span, claim_text: str, negs: Sequence[Span], *, in_claim: bool
) -> int:
    """Negations of one side that stand on a word whose opposite the other side says
    plainly: "were missing" → "मौजूद नहीं थे" (``in_claim``), "not present" → "लापता"."""
    post = _tokens(post_text, "en", region.start, region.end)
    claim = _tokens(claim_text, "hi")
    count = 0
    keys = {t.key for t in post}
    for pair in load_antonyms():
        for en_this, hi_other in ((pair.en_a, pair.hi_b), (pair.en_b, pair.hi_a)):
            if keys.isdisjoint(en_this):
                continue
            said = [t for t in post if t.key in en_this]
            if not said:
                continue  # most pairs: the post has neither word (no need to scan the claim)
            opposite = _matches(claim, hi_other)
            if not opposite:
                continue
            if in_claim:
                count += any(_negated(t, negs, claim, "hi") for t in opposite)
            else:
                count += any(_negated(t, negs, post, "en") for t in said)
    return count


def _inside(tok: _Tok, spans: Sequence[Span]) -> bool:
    return any(s.start <= tok.start < s.end for s in spans)


def _alone(tok: _Tok, spans: Sequence[Span]) -> bool:
    """``tok`` is the whole of one of ``spans``."""
    return any(s.start == tok.start and s.end == tok.end for s in spans)


def plain_renderings(
    post_text: str,
    region: Span,
    claim_text: str,
    post_lex: Sequence[Span],
    claim_lex: Sequence[Span],
) -> tuple[int, int]:
    """Words of negative meaning (``post_lex``, ``claim_lex``) that render a plain word of
    the other side: "sanctions" → प्रतिबंधों, "stop" → बंद. They negate nothing the other
    side leaves unsaid, so they cannot stand for a negation it adds or drops. Returns the
    count on the post's side and on the rendering's."""
    if not post_lex and not claim_lex:
        return 0, 0
    lex = load_lexicon()
    post = _tokens(post_text, "en", region.start, region.end)
    claim = _tokens(claim_text, "hi")
    # Content words only: a postposition (पर) or a function word renders too much.
    plain_claim = {t.key for t in claim if not _inside(t, claim_lex) and len(t.key) >= _CONTENT}
    plain_post = {
        x
        for t in post
        if not _inside(t, post_lex) and not lex.is_function_word(t.text)
        for x in lex.lemmas(t.text)
    }
    # One word each: a word of a phrase ("more" of "more than just") renders no phrase.
    n_post = sum(
        1
        for t in post
        if _alone(t, post_lex) and not lex.hindi_keys(t.text).isdisjoint(plain_claim)
    )
    n_claim = sum(
        1
        for t in claim
        if _alone(t, claim_lex) and not lex.english_keys(t.text).isdisjoint(plain_post)
    )
    return n_post, n_claim


def prefix_negations(
    post_text: str,
    region: Span,
    claim_text: str,
    post_negs: Sequence[Span],
    claim_lex: Sequence[Span],
) -> int:
    """Hindi words with a negative prefix whose base renders a word the post negates:
    "not clear" → अस्पष्ट, "not limited" → असीमित. Each says the post's negation in one
    word (words already counted in ``claim_lex`` are left out)."""
    post = _tokens(post_text, "en", region.start, region.end)
    negated = [p for p in post if _negated(p, post_negs, post, "en")]
    if not negated:
        return 0
    lex = load_lexicon()
    count = 0
    for t in _tokens(claim_text, "hi"):
        if _inside(t, claim_lex):
            continue
        own = lex.english_keys(t.text)
        for base in hi_bases(t.text):
            lemmas = lex.english_keys(base)
            if not lemmas or (own and not any(_negates(e, lemmas) for e in own)):
                continue  # no base, or a word of its own (अनेक, असर)
            if any(_renders(p, base, lemmas) for p in negated):
                count += 1
                break
    return count
