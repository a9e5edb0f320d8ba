"""Names in the languages read from a table (Marathi, Tamil, Bengali …): the Hindi name
checks need Hindi words, so for these languages the judge asks two things a table and the
CLDR names can answer.

- A place the rendering names that the post never mentions: a word the language's CLDR
  rows (``data/lexicon/<code>/cldr.tsv``) read as a country or city the gazetteer knows,
  with no counterpart in the post ("London" rendered as "पॅरिसमध्ये").
- A name of the post that no word of the rendering sounds like at all: a capitalised word
  of the post, not a word the lexicon translates (Theatre, States), is compared by sound
  with every word of the rendering read in Devanagari letters (``pairs.name_sim_in``),
  with and without its case endings; below ``_GONE`` it is gone.

India and the language's own country stay out: Indian news adds "India" freely.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from verifier.drift.collect import Collector
from verifier.drift.names import NOT_NAMES, bare_word
from verifier.lang.gazetteer import places_in
from verifier.lang.indic_script import to_devanagari
from verifier.lang.indicfold import fold_deva
from verifier.lang.lexicon import load_lexicon
from verifier.lang.numbers.find import find_numbers
from verifier.lang.words import STOP_EN
from verifier.match.anchors import NAME_THRESHOLD, TextProfile
from verifier.match.pairs import (
    PairMatch,
    name_sim,
    name_sim_in,
    reading_forms,
    skeleton_alike,
)
from verifier.model import Span

_GONE = 62.0
"""Name similarity below which no word of the rendering renders a post's name (a name
respelled in another script scores 75–100; another name in its place 40–60)."""
_MIN_LETTERS = 4
_MIN_FORM = 3
_CUT_FORM = 5
"""A place name shorter than this is read only as the whole word: a case ending cut off
leaves short stems that are ordinary words (Tamil பெறும் "gets" → पेरु, Peru)."""
_SHORTEST = 0.6
"""A form read for a name has at least this share of the name's letters."""
_COMMON = re.compile(
    r"(?:ical|ional|ant|ion|ive|ous|ish|ness|ment|ity|ism|ist|ers|ian|ese|ary|able|water)$"
)
"""English derivational endings of common words written in Title Case (Geological,
Provisional, Resistant, Crusaders; demonyms: African, Scottish), which a rendering
translates: Quirk et al., "A Comprehensive Grammar of the English Language" (1985), App. I."""
_HOME = frozenset({"india", "indian", "indians", "hindi", "bharat"})


@lru_cache(maxsize=16)
def place_forms(lang: str) -> dict[str, str]:
    """One-word CLDR name of ``lang`` in Devanagari letters (folded) → its English name."""
    path = resources.files("verifier") / "data" / "lexicon" / lang / "cldr.tsv"
    if not path.is_file():
        return {}
    out: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 3 or cols[0] in _HOME:
            continue
        if not any(p.kind in ("country", "city") for p in places_in(cols[0].title(), "en")):
            continue  # a language (Awadhi: Kannada ಅವಧಿ is also "period"), or no place
        for form in cols[2].split("|"):
            form = form.strip()
            if form and " " not in form:
                key = fold_deva(to_devanagari(form))
                if len(key) >= _MIN_FORM:
                    out.setdefault(key, cols[0])
    return out


def check_table_names(col: Collector, match: PairMatch, region: Span, lang: str) -> None:
    """One entity finding: a place added, else a name of the post gone."""
    if not _added_place(col, match, lang):
        _gone_name(col, match, region, lang)


def _added_place(col: Collector, match: PairMatch, lang: str) -> bool:
    post, claim = match.post, match.claim
    places = place_forms(lang)
    if not places:
        return False
    post_keys = {k for keys in post.keys for k in keys}
    post_words = [bare_word(t.text) for t in post.tokens]
    lowered = [w.casefold() for w in post_words]
    matched = match.matched_claim()
    for j, keys in enumerate(claim.keys):
        if j in matched or keys & post_keys:
            continue
        tok = claim.tokens[j]
        whole = fold_deva(to_devanagari(tok.text))
        names = {
            places[f]
            for f in map(fold_deva, reading_forms(tok.text, lang))
            if f in places and (len(f) >= _CUT_FORM or f == whole)
        }
        names |= {k[2:] for k in keys if k.startswith("G:")}  # the gazetteer's places
        if not names or any(_mentioned(name, lowered) for name in names):
            continue  # Italy for "Italian", Japan for "Japanese"
        if any("G:" + name in post_keys for name in names):
            continue
        if any(w[:1].isupper() and name_sim_in(w, tok.text, lang) >= _GONE for w in post_words):
            continue  # the post's own spelling of it
        col.add(
            "entity",
            f"The rendering names “{tok.text}”, which the post does not mention.",
            None,
            Span(tok.start, tok.end),
        )
        return True
    return False


def _mentioned(name: str, post_words: list[str]) -> bool:
    """The post names ``name`` or a word made from it (Italy: Italian; Spain: Spanish)."""
    first = name.split()[0]
    stem = first[: max(_MIN_LETTERS, len(first) - 2)]
    return any(w == first or w.startswith(stem) for w in post_words)


def _gone_name(col: Collector, match: PairMatch, region: Span, lang: str) -> None:
    post, claim = match.post, match.claim
    lex = load_lexicon()
    # The article's frame, cut off before judging, may carry names of the post too
    # ("डॉ. एहूद उर … यांनी सांगितले की …").
    words = [t.text for t in claim.tokens] + (col.ctx.cue or "").split()
    claim_keys = {k for keys in claim.keys for k in keys if not k.startswith("C:")}
    for i, tok in enumerate(post.tokens):
        word = bare_word(tok.text)
        if not post.names[i] or not region.start <= tok.start < region.end:
            continue
        low = word.casefold()
        if len(word) < _MIN_LETTERS or low in STOP_EN or low in NOT_NAMES or low in _HOME:
            continue
        place = "G:" + low in post.keys[i]  # a place by its own name (China), not a part
        if place and post.keys[i] & claim_keys:
            continue  # a place the rendering names by its own exonym (Germany: जर्मनी)
        if _COMMON.search(low) or (not place and (lex.hindi_keys(low) or find_numbers(low, "en"))):
            continue  # a word the lexicon translates (Theatre), a derived word (Geological)
        if word.isupper() or _in_a_title(post, i) or _compound(low):
            # an acronym the rendering may spell out, a word of a title (Milky Way)
            continue
        if _sounds_somewhere(word, words, lang):
            continue
        col.add(
            "entity",
            f"The post names “{word}”, which the rendering does not give.",
            Span(tok.start, tok.end),
            None,
        )
        return


def _compound(word: str) -> bool:
    """A hyphenated word with a part the lexicon translates (Bed-bugs, Film-editing)."""
    parts = word.split("-")
    return len(parts) > 1 and any(load_lexicon().hindi_keys(p) for p in parts if p)


def _in_a_title(post: TextProfile, i: int) -> bool:
    """Token ``i`` is in a run of capitalised words whose last word the lexicon translates
    (Geological Survey, Milky Way, Dalhousie University): a title, rendered in words."""
    b = i
    while b + 1 < len(post.names) and post.names[b + 1]:
        b += 1
    last = re.sub(r"['’]s$", "", bare_word(post.tokens[b].text)).casefold()
    return b > i and bool(load_lexicon().hindi_keys(last))


def _sounds_somewhere(name: str, words: list[str], lang: str) -> bool:
    """Some word of the rendering, or two neighbours written apart, sounds like ``name``."""
    for j, word in enumerate(words):
        if sounds_like(name, word, lang) >= _GONE:
            return True
        if j + 1 < len(words) and sounds_like(name, word + words[j + 1], lang) >= _GONE:
            return True
    return False


def sounds_like(name: str, word: str, lang: str) -> float:
    """Name similarity of an English name and a word of ``lang``, read as written or
    without its case endings, but never by a stem much shorter than the name: a short
    stem shares a few letters with many names (कर, left of करण्याकरिता, is not Kirchner;
    चीन is not Sachin)."""
    if skeleton_alike(name, word, lang):
        return NAME_THRESHOLD  # Tamil பேஸ்புக் for Facebook: the script writes p for f
    floor = _SHORTEST * len(name)
    forms = [f for f in reading_forms(word, lang) if len(f) >= floor]
    return max((name_sim(f, name) for f in forms), default=0.0)
