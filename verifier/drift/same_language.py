"""Same-language renderings (a Hindi post quoted in Hindi, an English post in English): an
aligned word diff.

Both texts are cut into words, folded (case, nukta and candrabindu spellings, digits of
every script) and aligned. Spelling variants (हफ्ते/हफ़्ते, वक्त/वक़्त), punctuation,
hashtag marks and the shift of person that reported speech brings (मैं → वह, मेरा → उनका)
are no change. A changed or inserted figure, an added or dropped negation, a changed name
and a clause added or left out are findings, each quoting both sides.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from verifier.drift.collect import Collector, split_clauses
from verifier.drift.stakes import qualifies_the_rest, what_it_carries, whole_sentences
from verifier.lang.dates.strings import MONTHS, WEEKDAYS
from verifier.lang.funcwords import load_function_words
from verifier.lang.indicfold import fold_deva, is_deva
from verifier.lang.numbers.find import find_numbers
from verifier.lang.textnorm import Token, tokenize
from verifier.lang.words import STOP_EN, TENTATIVE_EN, WEAK_HI
from verifier.model import Span

SPELLING = 75
"""rapidfuzz ratio from which two words are spellings of one word."""
VERBATIM = 0.5
"""Share of words the two texts have in common from which the rendering is a quotation
that a word diff can follow; below it, a paraphrase ("उन्होंने कहा कि अब वे …")."""
MIN_CLAUSE_WORDS = 3
"""Content words an added or dropped stretch must have to be a clause of its own."""
WEAK_MODAL = 0.5
"""Modal strength below which a modal leaves the claim open ("may" 0.4, "might" 0.3)."""
"""Content words an added or dropped stretch must have to be a clause of its own."""
_DIGITS = str.maketrans(
    {chr(base + i): str(i) for base in (0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x06F0) for i in range(10)}
)
# Person and possessive forms that reported speech shifts ("मैं आऊंगा" → "वह आएंगे").
_PERSON = frozenset(
    "मैं मैंने मुझे मुझको मेरा मेरी मेरे हम हमने हमें हमारा हमारी हमारे वह वे वो उन्होंने उसने "
    "उन्हें उसे उनका उनकी उनके उसका उसकी उसके आप आपका आपकी आपके "
    "i me my mine we us our ours he him his she her they them their you your".split()
)


@dataclass(frozen=True, slots=True)
class _Word:
    token: Token
    key: str


def _words(text: str) -> list[_Word]:
    out = []
    for tok in tokenize(text):
        if tok.text[:1] in "#@" or "/" in tok.text:
            continue  # hashtags, handles and links are tags, not what the text says
        raw = tok.text.translate(_DIGITS)
        key = fold_deva(raw) if is_deva(raw) else raw.casefold()
        if key:
            out.append(_Word(tok, key))
    return out


def _span(words: Sequence[_Word]) -> Span:
    return Span(words[0].token.start, words[-1].token.end)


def _content(words: Sequence[_Word], lang: str) -> list[_Word]:
    fw = load_function_words()
    return [w for w in words if w.key not in _PERSON and not fw.categories(w.key, lang)]


UNSPACED = frozenset({"zh", "ja", "th", "lo", "km", "my", "bo"})
"""Languages written without spaces between words: the word diff cannot cut them."""


def word_diff_applies(lang: str) -> bool:
    """Can a rendering in ``lang`` be diffed word by word against a post in ``lang``? Not
    for a language written without spaces, nor for an unknown one."""
    return lang != "und" and lang.split("-")[0] not in UNSPACED


def check_same_language(col: Collector, lang: str, *, partial: bool = False) -> None:
    """Diff a rendering against a post written in its own language."""
    post, claim = _words(col.post_text), _words(col.claim_text)
    if not post or not claim:
        return
    sm = difflib.SequenceMatcher(a=[w.key for w in post], b=[w.key for w in claim], autojunk=False)
    blocks = [b for b in sm.get_matching_blocks() if b.size]
    if not blocks:
        _paraphrase(col, post, claim, lang)  # not one word in common: a loose paraphrase
        return
    if sm.ratio() < VERBATIM:
        if sum(b.size for b in blocks) < VERBATIM * len(claim):
            _paraphrase(col, post, claim, lang)
            return
        # The rendering quotes part of a longer post word for word: the rest of the post
        # is a selection left out, not a change.
        partial = True
    first = blocks[0].a
    last = blocks[-1].a + blocks[-1].size
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        a, b = post[i1:i2], claim[j1:j2]
        if tag == "equal":
            continue
        outside = i2 <= first or i1 >= last
        if outside and not b:
            if not partial:
                _left_out(col, a, lang, edge=True)
            continue
        if tag == "replace":
            _replaced(col, a, b, lang)
        elif tag == "delete":
            _left_out(col, a, lang, edge=False)
        else:
            _added(col, b, lang)


def _paraphrase(col: Collector, post: Sequence[_Word], claim: Sequence[_Word], lang: str) -> None:
    """A reported paraphrase in the post's language: only a figure the post does not have,
    or a negation on one side only, can be told without an alignment."""
    have = _figures(col.post_text, post, lang) | _tag_figures(col.post_text)
    for n in find_numbers(col.claim_text, lang):
        if any(ch.isdigit() for ch in n.text) and n.value not in have:
            col.add(
                "number",
                f"The rendering gives the figure “{n.text}”, which the post does not contain.",
                None,
                n.span,
            )
    negated = _negated_clauses(col.post_text, post, claim, lang)
    if bool(negated) != bool(_negations(claim, lang)) and (negated or not _negations(post, lang)):
        side = "post" if negated else "rendering"
        col.add(
            "negation",
            f"Only the {side} negates: the other says it without a negation.",
            None,
            None,
        )
    _hedge_dropped(col, post, claim, lang)


_STOP = STOP_EN | {fold_deva(w) for w in WEAK_HI}
"""Words too common to tell which sentence of the post a paraphrase renders."""
PARAPHRASED = 2
"""Content words a paraphrase must share with a sentence of the post to render it: one
word in common ("कुश्ती से संन्यास की घोषणा की" for a long farewell post) is a description of
the post, not a rendering of that sentence's negation."""


def _rendered_clauses(
    text: str, post: Sequence[_Word], claim: Sequence[_Word], lang: str
) -> list[Span]:
    """The post's sentences a paraphrase renders: those it shares at least ``PARAPHRASED``
    content words with."""
    keys = {w.key for w in _content(claim, lang)} - _STOP
    out = []
    for cl in split_clauses(text):
        inside = [w for w in post if cl.start <= w.token.start < cl.end]
        if len({w.key for w in _content(inside, lang) if w.key in keys}) >= PARAPHRASED:
            out.append(cl)
    return out


def _negated_clauses(
    text: str, post: Sequence[_Word], claim: Sequence[_Word], lang: str
) -> list[Span]:
    """The post's sentences with a negation that the paraphrase renders."""
    return [
        cl
        for cl in _rendered_clauses(text, post, claim, lang)
        if _negations([w for w in post if cl.start <= w.token.start < cl.end], lang)
    ]


def _hedge_dropped(
    col: Collector, post: Sequence[_Word], claim: Sequence[_Word], lang: str
) -> None:
    """A reported paraphrase of a post that leaves its claim open ("thinking of giving up",
    "may quit") must leave it open too: without any hedge ("will be quitting", "has
    decided") it states as settled what the post did not. Only the sentences of the post
    the paraphrase renders are read (a hedge in another sentence is not its), or the whole
    post when it renders none word for word ("the prime minister has decided …")."""
    clauses = split_clauses(col.post_text)
    shared = _rendered_clauses(col.post_text, post, claim, lang)
    for cl in shared or clauses:
        hedge = _tentative(cl.slice(col.post_text), lang)
        if hedge is not None and _tentative(col.claim_text, lang) is None:
            col.add(
                "intensity",
                f"The post leaves it open (“{hedge}”) but the rendering states it as settled.",
                cl,
                None,
            )
            return


def _tentative(text: str, lang: str) -> str | None:
    """The first word of ``text`` that leaves its claim open (a hedge, a word of doubt, a
    weak modal), or None."""
    if lang == "en" and (m := TENTATIVE_EN.search(text)):
        return m.group(0)
    fw = load_function_words()
    for w in _words(text):
        cats = fw.categories(w.key, lang)
        if "hedge" in cats or "doubt" in cats or cats.get("modal", 1.0) < WEAK_MODAL:
            return w.token.text
    return None


def _tag_figures(text: str) -> frozenset[float]:
    """Figures inside the post's hashtags ("#T20WC2022"): a rendering that spells the tag
    out ("the T20 World Cup 2022") gives the post's figure."""
    return frozenset(
        float(d)
        for tag in re.findall(r"#\w+", text)
        for d in re.findall(r"\d+", tag.translate(_DIGITS))
    )


def _same_word(a: _Word, b: _Word) -> bool:
    if any(ch.isdigit() for ch in a.key + b.key):
        return a.key == b.key  # a figure is the same figure or another one
    return fuzz.ratio(a.key, b.key) >= SPELLING or (a.key in _PERSON and b.key in _PERSON)


def _replaced(col: Collector, a: Sequence[_Word], b: Sequence[_Word], lang: str) -> None:
    # Pair the words of both stretches in order; spelling variants and shifts of person
    # are no change. What is left is compared by what it carries.
    rest_a = [w for w in a if not any(_same_word(w, x) for x in b)]
    rest_b = [w for w in b if not any(_same_word(x, w) for x in a)]
    if not rest_a and not rest_b:
        return
    nums_a = _figures(col.post_text, rest_a, lang)
    nums_b = _figures(col.claim_text, rest_b, lang)
    if nums_a != nums_b and (nums_a or nums_b):
        col.add(
            "number",
            f"The post says “{_text(col.post_text, a)}” but the rendering says "
            f"“{_text(col.claim_text, b)}”.",
            _span(a),
            _span(b),
        )
        return
    if _negations(rest_a, lang) != _negations(rest_b, lang):
        col.add(
            "negation",
            f"The post says “{_text(col.post_text, a)}” but the rendering says "
            f"“{_text(col.claim_text, b)}”: the negation changed.",
            _span(a),
            _span(b),
        )
        return
    # A capitalised word found anywhere on the other side is no new name (a list reordered,
    # "This Sunday" → "on Sunday"); month and day names are the date check's.
    keys_post = {w.key for w in _words(col.post_text)}
    keys_claim = {w.key for w in _words(col.claim_text)}
    names_a = [w for w in rest_a if _name_like(w) and w.key not in keys_claim]
    names_b = [w for w in rest_b if _name_like(w) and w.key not in keys_post]
    if names_a and names_b:
        col.add(
            "entity",
            f"The post names “{_text(col.post_text, names_a)}” but the rendering names "
            f"“{_text(col.claim_text, names_b)}” instead.",
            _span(names_a),
            _span(names_b),
        )
        return
    if len(_content(rest_a, lang)) >= MIN_CLAUSE_WORDS and not _content(rest_b, lang):
        _left_out(col, a, lang, edge=False)
    elif len(_content(rest_b, lang)) >= MIN_CLAUSE_WORDS and not _content(rest_a, lang):
        _added(col, b, lang)


def _left_out(col: Collector, a: Sequence[_Word], lang: str, *, edge: bool) -> None:
    span = _span(a)
    carried = what_it_carries(span.slice(col.post_text), lang)
    if _negations(a, lang):
        col.add(
            "negation",
            f"The post says “{span.slice(col.post_text)}” but the rendering drops it: the "
            "negation is lost.",
            span,
            None,
        )
        return
    if (edge or whole_sentences(span, col.post_text)) and not qualifies_the_rest(
        span.slice(col.post_text), lang
    ):
        return  # a selection of sentences, as news quotes
    if carried is None and len(_content(a, lang)) < MIN_CLAUSE_WORDS:
        return
    col.add(
        "omission",
        f"The rendering leaves out “{span.slice(col.post_text)}”"
        + (f", which carries {carried}." if carried else "."),
        span,
        None,
    )


def _added(col: Collector, b: Sequence[_Word], lang: str) -> None:
    span = _span(b)
    if _negations(b, lang):
        col.add(
            "negation",
            f"The rendering adds “{span.slice(col.claim_text)}”: a negation the post does not have.",
            None,
            span,
        )
    elif _figures(col.claim_text, b, lang):
        col.add(
            "number",
            f"The rendering adds the figure in “{span.slice(col.claim_text)}”, which the post "
            "does not have.",
            None,
            span,
        )
    elif len(_content(b, lang)) >= MIN_CLAUSE_WORDS:
        col.add(
            "addition",
            f"The rendering adds “{span.slice(col.claim_text)}”, which the post does not say.",
            None,
            span,
        )


def _figures(text: str, words: Sequence[_Word], lang: str) -> frozenset[float]:
    """Figures written with digits: in one language, number words are too often other
    words (दो "give", एक "a")."""
    if not words:
        return frozenset()
    found = find_numbers(_span(words).slice(text), lang)
    return frozenset(n.value for n in found if any(ch.isdigit() for ch in n.text))


def _negations(words: Sequence[_Word], lang: str) -> int:
    fw = load_function_words()
    return sum(1 for w in words if "negation" in fw.categories(w.key, lang))


_CAPITAL = re.compile(r"^[A-Z][a-z]")


def _name_like(w: _Word) -> bool:
    """A word that can name someone: capitalised Latin, or an unknown Devanagari word is
    too uncertain to call a name here, so only Latin capitals count."""
    return (
        bool(_CAPITAL.match(w.token.text.lstrip("#@")))
        and w.key not in STOP_EN
        and w.key not in MONTHS
        and w.key not in WEEKDAYS
    )


def _text(text: str, words: Sequence[_Word]) -> str:
    return _span(words).slice(text) if words else ""
