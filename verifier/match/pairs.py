"""Pair matching: which words of a post meet which words of a rendering, and how much.

Shared by align (is this claim a rendering of this post?) and drift (what changed?): a
post and a claim are profiled (``verifier.match.anchors``) into keys that meet across
scripts, and a token of one side matches a token of the other when they share a key.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from verifier.lang import regional
from verifier.lang.indic_script import to_devanagari
from verifier.lang.textnorm import Token, fold
from verifier.lang.translit import name_similarity, phonetic_key, romanize, split_handle
from verifier.match import anchors
from verifier.match.anchors import TextProfile, profile
from verifier.model import AnchorMatch, Post, Span

PRECISION_BETA = 0.5
"""Weight of recall against precision in ``cross_language_content``: a partial quotation is
still a rendering."""


@dataclass(frozen=True, slots=True)
class PairMatch:
    """Token-level matching of one post text against one claim text."""

    post: TextProfile
    claim: TextProfile
    pairs: tuple[tuple[int, int, str], ...]
    """(post token index, claim token index, anchor kind) for every matched pair."""
    recall: float
    """Weighted share of the post's content tokens that found a counterpart."""
    precision: float
    """Weighted share of the claim's content tokens that found a counterpart."""

    @property
    def score(self) -> float:
        if self.recall + self.precision == 0:
            return 0.0
        return 2 * self.recall * self.precision / (self.recall + self.precision)

    def fbeta(self, beta: float) -> float:
        """F-measure weighting precision (the claim explained by the post) ``1/beta`` times
        as much as recall: a partial quotation is still a rendering."""
        p, r = self.precision, self.recall
        if p == 0 or r == 0:
            return 0.0
        b2 = beta * beta
        return (1 + b2) * p * r / (b2 * p + r)

    def matched_words(self) -> int:
        """Distinct content words of the post that found a counterpart."""
        return sum(1 for i in self.matched_post() if self.post.weights[i] > 0)

    def matched_post(self) -> frozenset[int]:
        return frozenset(i for i, _, _ in self.pairs)

    def matched_claim(self) -> frozenset[int]:
        return frozenset(j for _, j, _ in self.pairs)

    def anchors(self) -> tuple[AnchorMatch, ...]:
        out: list[AnchorMatch] = []
        seen: set[tuple[int, int]] = set()
        for i, j, kind in self.pairs:
            if (i, j) in seen:
                continue
            seen.add((i, j))
            pt, ct = self.post.tokens[i], self.claim.tokens[j]
            out.append(
                AnchorMatch(
                    kind=kind,  # type: ignore[arg-type]
                    post_span=Span(pt.start, pt.end),
                    claim_span=Span(ct.start, ct.end),
                    post_text=pt.text,
                    claim_text=ct.text,
                    weight=self.post.weights[i],
                )
            )
        return tuple(out)


def match_profiles(post: TextProfile, claim: TextProfile) -> PairMatch:
    """Match every content token of ``post`` with the tokens of ``claim`` sharing a key."""
    postings = _postings(claim.keys)
    pairs: list[tuple[int, int, str]] = []
    # A language read from a table spells English loanwords its own way (Tamil has one
    # letter for p, b and f: பேஸ்புக்), so a loanword the lexicon knows in Hindi spelling
    # is looked for by sound too.
    loose = claim.lang in regional.LANGS
    for i, keys in enumerate(post.keys):
        if not post.weights[i]:
            continue
        hit = False
        seen: set[int] = set()
        ordered, lexical = _ordered(keys)
        for k, kind in ordered:
            for j in postings.get(k, ()):
                if j not in seen:
                    seen.add(j)
                    pairs.append((i, j, kind))
                    hit = True
        fuzzy = post.names[i] or not lexical
        if not hit and (fuzzy or (loose and _phonetic(keys))):
            # Names and loanwords: a fuzzy look at the claim's unmatched candidate names;
            # for a loanword the lexicon knows, only at those that start alike (cheaper).
            pairs.extend((i, j, "name") for j in _fuzzy_counterpart(post, i, claim, loose))
    matched_p = {i for i, _, _ in pairs}
    matched_c = {j for _, j, _ in pairs}
    p_total = sum(post.weights)
    c_total = sum(claim.weights)
    recall = sum(post.weights[i] for i in matched_p) / p_total if p_total else 0.0
    precision = sum(claim.weights[j] for j in matched_c) / c_total if c_total else 0.0
    return PairMatch(post, claim, tuple(pairs), min(1.0, recall), min(1.0, precision))


@lru_cache(maxsize=4096)
def _postings(keys: tuple[frozenset[str], ...]) -> dict[str, list[int]]:
    """Token indices per key (read only): one claim meets many posts, one candidate many
    sources."""
    postings: dict[str, list[int]] = defaultdict(list)
    for j, token_keys in enumerate(keys):
        for k in token_keys:
            postings[k].append(j)
    return dict(postings)


@lru_cache(maxsize=65536)
def _ordered(keys: frozenset[str]) -> tuple[tuple[tuple[str, str], ...], bool]:
    """A token's keys with their kinds, sorted so that the evidence is the same on every run
    (sets have no order); and whether one is a lexicon key."""
    ordered = tuple((k, anchors.kind_of_key(k)) for k in sorted(keys, key=anchors.key_priority))
    return ordered, any(k.startswith("L:") for k in keys)


@lru_cache(maxsize=65536)
def _name_sim(en: str, hi: str) -> float:
    return max(name_similarity(hi, form) for form in english_sounds(en))


def name_sim(hi: str, en: str) -> float:
    """``name_similarity`` of a Devanagari word and an English name, reading the English
    spelling's ambiguous letters both ways (George = जॉर्ज, Michael = माइकल)."""
    return _name_sim(en, hi)


@lru_cache(maxsize=16384)
def english_sounds(word: str) -> tuple[str, ...]:
    """The spellings an English name may be read by: as written, with g before e, i, y
    soft (George, Gene) and ch as k (Michael, Christopher)."""
    forms = [word]
    soft = _SOFT_G.sub("j", word)
    if soft != word:
        forms.append(soft)
    hard = _HARD_CH.sub("k", word)
    if hard != word:
        forms.append(hard)
    return tuple(forms)


_SOFT_G = re.compile(r"(?<![gn])g(?=[eiy])", re.IGNORECASE)
_HARD_CH = re.compile(r"ch(?=[aeoru])", re.IGNORECASE)


def _fuzzy_counterpart(
    post: TextProfile, i: int, claim: TextProfile, loose: bool
) -> tuple[int, ...]:
    """The claim token(s) that sound like post token ``i``: the best candidate name, or in
    a language read from a table two neighbouring candidates written apart (ఫేస్ బుక్ for
    Facebook, ইনস্টা গ্রাম)."""
    word = post.tokens[i].text
    if not loose:
        return _best_name(word, [((j,), claim.tokens[j].text) for j in claim.name_candidates], "")
    options = _options(claim.tokens, claim.name_candidates, claim.lang)
    # Only words whose coarse skeleton is roughly alike are compared in full (the full
    # comparison reads every spelling of a word); the filter runs in rapidfuzz.
    near = process.extract(
        _coarse_en(word),
        [sk for _, _, sk in options],
        scorer=fuzz.ratio,
        score_cutoff=_SKELETON_RATIO,
        limit=None,
    )
    return _best_name(word, [options[k][:2] for _, _, k in near], claim.lang)


def _best_name(word: str, options: list[tuple[tuple[int, ...], str]], lang: str) -> tuple[int, ...]:
    best_js: tuple[int, ...] = ()
    best = 0.0
    for js, text in options:
        sim = _name_sim_in(word, text, lang) if lang else _name_sim(word, text)
        if len(js) > 1:
            sim -= _JOINED_MARGIN  # two words joined must meet a stricter bar
        if sim > best:
            best_js, best = js, sim
    return best_js if best >= anchors.NAME_THRESHOLD else ()


@lru_cache(maxsize=4096)
def _options(
    tokens: tuple[Token, ...], candidates: tuple[int, ...], lang: str
) -> list[tuple[tuple[int, ...], str, str]]:
    """The candidate names of a claim, single and two neighbours joined, each with every
    coarse skeleton of its readings (one row per skeleton)."""
    cands = set(candidates)
    options: list[tuple[tuple[int, ...], str]] = [((j,), tokens[j].text) for j in candidates]
    options += [
        ((j, j + 1), tokens[j].text + tokens[j + 1].text)
        for j in candidates
        if j + 1 in cands and tokens[j + 1].start - tokens[j].end == 1
    ]
    return [(js, text, sk) for js, text in options for sk in _coarse_forms(text, lang)]


_JOINED_MARGIN = 5.0
"""How much more alike two words written apart must sound than one word."""


def _phonetic(keys: frozenset[str]) -> bool:
    return any(k.startswith("P:") for k in keys)


def name_sim_in(en: str, word: str, lang: str) -> float:
    """``name_sim`` of an English name and a claim word of ``lang`` (any Indian script)."""
    return _name_sim_in(en, word, lang)


@lru_cache(maxsize=65536)
def _name_sim_in(en: str, word: str, lang: str) -> float:
    """``_name_sim`` of a claim word in its language: a word of another Indian script is
    read in Devanagari letters, as written and without its case endings (ஸ்விகியை,
    ఇండియాను), since the name comparison reads Devanagari."""
    if lang not in regional.LANGS:
        return _name_sim(en, word)
    best = max((_name_sim(en, f) for f in _forms(word, lang)), default=0.0)
    return max(best, _sounds_alike(en, word, lang))


def reading_forms(word: str, lang: str) -> frozenset[str]:
    """A claim word of ``lang`` in Devanagari letters, as written and without its case
    endings (ஜப்பானில் → जप्पानिल, जप्पान)."""
    return _forms(word, lang)


@lru_cache(maxsize=65536)
def _forms(word: str, lang: str) -> frozenset[str]:
    return frozenset({to_devanagari(word), *regional.analyse(word, lang).forms} - {""})


@lru_cache(maxsize=65536)
def _coarse_forms(word: str, lang: str) -> frozenset[str]:
    return frozenset(_coarse(phonetic_key(romanize(f))) for f in _forms(word, lang))


@lru_cache(maxsize=16384)
def _coarse_en(word: str) -> str:
    return _coarse(phonetic_key(word.casefold()))


_SKELETON_RATIO = 70
"""rapidfuzz ratio of two coarse skeletons below which the words are not compared further
(Rahul / ராகுல்: rl / rkl = 80; Instagram / இன்ஸ்டாகிராம்: nstkrm / nstsr = 73)."""


def skeleton_alike(en: str, word: str, lang: str) -> bool:
    """An English word and a claim word of ``lang`` share a coarse consonant skeleton of
    four consonants or more (Facebook / பேஸ்புக்: pspk)."""
    return _sounds_alike(en, word, lang) > 0


def _sounds_alike(en: str, word: str, lang: str) -> float:
    """``NAME_THRESHOLD`` when an English word and a claim word share a coarse skeleton of
    at least ``_COARSE_MIN`` consonants (Facebook / பேஸ்புக்: pspk), else 0."""
    latin = _coarse_en(en)
    if len(latin) >= _COARSE_MIN and latin in _coarse_forms(word, lang):
        return anchors.NAME_THRESHOLD
    return 0.0


_COARSE_MIN = 4
"""Consonants a coarse skeleton needs to count: three (Sunday, snt) meet too many words."""
_COARSE = str.maketrans({"b": "p", "f": "p", "v": "p", "w": "p", "g": "k", "q": "k",
                         "d": "t", "j": "s", "z": "s", "c": "s"})  # fmt: skip


def _coarse(key: str) -> str:
    """A phonetic key with only what every Indian script writes alike: no vowels, and one
    letter for the consonants a script may not tell apart (Tamil பேஸ்புக் for Facebook,
    Bengali ভ for v): ``pspk``, ``tlpr``."""
    out: list[str] = []
    for ch in key.translate(_COARSE):
        if ch in "aeiouyh" or (out and out[-1] == ch):
            continue
        out.append(ch)
    return "".join(out)


def same_language_score(a: str, b: str) -> float:
    """Similarity of two texts in one language (a quote check): 0..1."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return 0.0
    return max(fuzz.token_set_ratio(fa, fb), fuzz.partial_ratio(fa, fb) * 0.95) / 100.0


def content_score(post_text: str, post_lang: str, claim_text: str, claim_lang: str) -> float:
    """Content similarity of a post and a claim, 0..1, across or within languages."""
    if same_script_family(post_lang, claim_lang):
        return same_language_score(post_text, claim_text)
    return match_profiles(profile(post_text, post_lang), profile(claim_text, claim_lang)).score


def same_script_family(a: str, b: str) -> bool:
    return a == b and a != "und"


SAME_SCRIPT_NAME = 85
"""rapidfuzz ratio above which two names in one script are the same (गांगुली ~ गाँगुली)."""


def author_names(author_name: str | None) -> list[str]:
    """The words of a byline that can identify its author (initials and "Dr." left out)."""
    return [w for w in re.split(r"[\s.]+", author_name or "") if len(w) > 2]


def speaker_matches(speaker: str | None, post: Post) -> bool:
    """The claim's speaker names the post's author (Devanagari name vs Latin name/handle)."""
    if not speaker:
        return False
    names = author_names(post.author_name)
    if post.handle:
        names.extend(w for w in split_handle(post.handle) if len(w) > 2)
    if not names:
        return False
    for word in speaker.split():
        if len(word) < 2:
            continue
        for name in names:
            if word.isascii():
                if word.casefold() == name.casefold():
                    return True
            elif not name.isascii():
                # Both written in an Indian script (a byline read from a Hindi page).
                if fuzz.ratio(fold(word), fold(name)) >= SAME_SCRIPT_NAME:
                    return True
            elif _name_sim(name, to_devanagari(word)) >= anchors.NAME_THRESHOLD:
                return True  # a speaker in another Indian script is read in Devanagari
    return False


def cross_language_content(match: PairMatch) -> float:
    """The content score of a post and a claim in different languages.

    Renderings are often partial (one sentence of a long post): weigh how much of the claim
    the post explains above how much of the post the claim covers, but ask for at least two
    matched words so a one-word overlap never pairs."""
    return match.fbeta(PRECISION_BETA) if match.matched_words() >= 2 else match.score * 0.5
