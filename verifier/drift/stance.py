"""Stance drift: the rendering feels differently about it than the post.

News renderings soften and sharpen stance words more than any other kind of word: "concerned"
becomes "आशंकित" (alarmed), "condemn" becomes "चिंता जताई" (voiced concern), "amused"
becomes "हैरान" (shocked). The stance words and their strengths are the ``concern`` and
``approval`` classes of ``function_words.tsv``. A Hindi stance word is explained when the
lexicon translates a word of the post into it; otherwise it is compared with the post's own
stance words of the same class.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from verifier.drift.collect import Collector
from verifier.lang.funcwords import FunctionHit, load_function_words
from verifier.lang.lexicon import load_lexicon
from verifier.lang.stem import EN_WORD, stem_en
from verifier.model import Span

STANCE = ("concern", "approval")
STRONG = 0.7
"""A rendering's stance word from this strength on must be backed by the post."""
GAP = 0.3
"""Strength difference within one class that changes what the speaker conveys."""


def check_stance(col: Collector, region: Span, claim_text: str) -> None:
    words = load_function_words()
    post_part = region.slice(col.post_text)
    post_hits = _english_hits(post_part)
    claim_hits = [h for h in words.find(claim_text, "hi") if h.category in STANCE]
    if not claim_hits:
        return
    post_stems = {stem_en(w.casefold()) for w in EN_WORD.findall(post_part)}
    unexplained = [h for h in claim_hits if not _explained(h.text, post_stems)]
    for hit in unexplained:
        same = [p for p in post_hits if p.category == hit.category]
        if any(abs(p.strength - hit.strength) < GAP for p in same):
            continue
        if same:
            p = max(same, key=lambda p: abs(p.strength - hit.strength))
            direction = "stronger" if hit.strength > p.strength else "weaker"
            col.add(
                "intensity",
                f"The post says “{p.text}”; the rendering says “{hit.text}”, a {direction} stance.",
                Span(region.start + p.start, region.start + p.end),
                Span(hit.start, hit.end),
            )
            return
        # Praise is translated freely (stunning → बेहतरीन, gracious → महान); alarm, anger and
        # condemnation are what a reader takes as the speaker's position.
        if hit.strength >= STRONG and hit.category == "concern":
            col.add(
                "intensity",
                f"The rendering says “{hit.text}”, a stance the post does not express"
                + (f" (the post says “{post_hits[0].text}”)." if post_hits else "."),
                _post_span(region, post_hits),
                Span(hit.start, hit.end),
            )
            return


def _english_hits(text: str) -> list[FunctionHit]:
    return [hit for hit, _ in english_entries(text, STANCE)]


def english_entries(text: str, categories: Collection[str]) -> list[tuple[FunctionHit, str]]:
    """Words of ``categories`` in an English text, inflected ones included ("condemns",
    "worried", "seems", "trying to"), each with the table entry it reads as ("try to").

    Each word is read as itself or, failing that, as a lemma that is an entry (or the first
    word of one) in those classes."""
    words = load_function_words()
    known = _known_en(frozenset(categories))
    toks = list(EN_WORD.finditer(text))
    lemmas = [_entry_of(m.group(0).casefold(), known) for m in toks]
    # One space between lemmas: hit offsets map back to tokens by counting words.
    joined = " ".join(lemmas)
    starts = [0]
    for lemma in lemmas[:-1]:
        starts.append(starts[-1] + len(lemma) + 1)
    index = {start: i for i, start in enumerate(starts)}
    out: list[tuple[FunctionHit, str]] = []
    for h in words.find(joined, "en"):
        if h.category not in categories:
            continue
        first = index.get(h.start)
        if first is None:
            continue
        last = min(len(toks) - 1, first + len(h.text.split()) - 1)
        s, e = toks[first].start(), toks[last].end()
        out.append((FunctionHit(h.category, h.strength, s, e, text[s:e]), h.text))
    return out


@lru_cache(maxsize=65536)
def _entry_of(w: str, known: frozenset[str]) -> str:
    """What a case-folded word reads as among ``known`` entries (itself if none); worked
    out once per word and set of classes."""
    lex = load_lexicon()
    cands = (w, *lex.lemmas(w), stem_en(w), *_ing_bases(w))
    # an adjective takes no plural: "goods" is not "good"
    return next((c for c in cands if c in known and w not in _plurals(c)), w)


def _ing_bases(word: str) -> tuple[str, ...]:
    """trying → try, hoping → hope, stopping → stop (the lexicon lists "trying" itself)."""
    if not word.endswith("ing") or len(word) < 6:
        return ()
    base = word[:-3]
    return (base, base + "e", base[:-1]) if base[-1] == base[-2] else (base, base + "e")


def _plurals(word: str) -> tuple[str, ...]:
    return (word + "s", word + "es") if word in _adjectives() else ()


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    return frozenset(r.english for r in load_function_words().rows if r.pos == "adj")


@lru_cache(maxsize=16)
def _known_en(categories: frozenset[str]) -> frozenset[str]:
    """English entries of the classes and the first words of their phrases (try → try to)."""
    words = load_function_words()
    keys = [k for c in categories for k in words[c].en]
    return frozenset(keys) | frozenset(k.split()[0] for k in keys)


def _explained(hindi: str, post_stems: set[str]) -> bool:
    lex = load_lexicon()
    for word in hindi.split():
        for english in lex.english_keys(word):
            stem = stem_en(english)
            # "historic" explains ऐतिहासिक for "historically" too: compare word beginnings.
            if stem in post_stems or any(
                len(stem) >= 5 and (p.startswith(stem) or stem.startswith(p)) and len(p) >= 5
                for p in post_stems
            ):
                return True
    return False


def _post_span(region: Span, hits: list[FunctionHit]) -> Span | None:
    if not hits:
        return None
    return Span(region.start + hits[0].start, region.start + hits[0].end)
