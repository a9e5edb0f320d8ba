"""The English→Hindi news lexicon (package data in ``verifier/data/lexicon/<lang>/*.tsv``).

Each line is ``english<TAB>pos<TAB>hindi|forms|…``; the folder is the language of the forms
(``hi``, and Marathi ``mr`` and Bengali ``bn`` in Devanagari letters). Every file is read
and entries with the same English lemma are merged. Hindi forms are indexed by their
light stem (``stem.stem_hi`` of the folded spelling), nouns and adjectives also by their
noun key (``stem.noun_key_hi``), so inflected forms in an article find the entry:
संबंधों → संबंध, कंपनियों → कंपनी. English words are looked up by the word, its lemma
and (failing those) its bare cuts and comparative base.

Stemming every form costs about a second, so the shipped lexicon is indexed once, when the
data is built (``verifier/data/lexicon/build.py`` writes ``index.json``), and
``load_lexicon`` reads that index on first use; nothing is read at import.

``hi/function_words.tsv`` (negation, quantifiers, modals … with strengths) is read by
``verifier.lang.funcwords``; only its stance rows (concern, approval) are content words here.
``translation_matches`` finds which English content words have a translation in a Hindi
sentence with dictionary look-ups only (no pairwise fuzzy matching).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from types import MappingProxyType
from typing import NamedTuple

from verifier.lang.funcwords import CONTENT_CATEGORIES, load_function_words, parse_rows
from verifier.lang.funcwords import FILE as FUNCTION_WORDS_FILE
from verifier.lang.languages.reading import citation_deva
from verifier.lang.stem import (
    EN_WORD,
    HI_WORD,
    PLURAL_ENDINGS_HI,
    fold_hi,
    noun_key_hi,
    stem_en,
    stem_hi,
)
from verifier.lang.words import STOP_EN, STOP_HI

POS = frozenset("n v adj adv prep conj pron det num part phr".split())
INDEX_FILE = "index.json"
"""The stemmed index of every file, written by ``verifier/data/lexicon/build.py``."""
_NOMINAL_POS = frozenset({"n", "adj", "num", "phr"})
_MAX_PHRASE = 4


@lru_cache(maxsize=1)
def _function_en() -> frozenset[str]:
    """English words of the drift classes that are not content words (not, all, may, very)."""
    classes = load_function_words().classes
    return frozenset(
        k for name, c in classes.items() if name not in CONTENT_CATEGORIES for k in c.en
    )


@dataclass(frozen=True, slots=True)
class Entry:
    english: str
    pos: str
    hindi: tuple[str, ...]
    """Forms in Devanagari letters (Hindi, or Marathi and Bengali: see ``lang``)."""
    source: str
    """The file, relative to the lexicon folder (``hi/diplomacy.tsv``)."""
    lang: str = "hi"
    """The language of the forms: the file's folder."""


class LexMatch(NamedTuple):
    """An English word or phrase whose lexicon translation occurs in the Hindi sentence.

    A named tuple rather than a frozen dataclass: it is built in the aligner's inner loop,
    and a tuple is several times cheaper to make."""

    en_span: tuple[int, int]
    """Character offsets in the English text."""
    hi_span: tuple[int, int]
    """Character offsets in the Hindi text."""
    en_tokens: tuple[int, int]
    """Word indices [first, last+1) among ``EN_WORD`` words of the English text."""
    hi_tokens: tuple[int, int]
    """Word indices [first, last+1) among ``HI_WORD`` words of the Hindi text."""
    english: str
    hindi: str
    entry: str
    """The lexicon lemma that licensed the match (prime minister, meet)."""


# One Hindi form as the keys each of its words may have in a text.
_Form = tuple[frozenset[str], ...]
_EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class LexiconIndex:
    """The stemmed tables of a set of entries, by English lemma (see ``index_entries``)."""

    keys: Mapping[str, frozenset[str]]
    """Keys of every Hindi word of the lemma's forms (stopwords left out)."""
    seqs: Mapping[str, tuple[_Form, ...]]
    """The lemma's forms as sequences of word keys (forms made only of stopwords left out)."""
    en_stems: Mapping[str, tuple[str, ...]]
    """``stem_en`` of each of a phrase's first four words; of a single word, the word's."""
    hindi_forms: frozenset[str]
    """Every form, folded (``fold_hi``)."""
    forms: frozenset[str]
    """Every word of every form, folded."""


SHARED_SPACE = frozenset({"hi", "mr", "bn"})
"""Languages whose hand-written rows share the Hindi keys (Marathi and Bengali words read as
Hindi stems, as the aligner has always read them); every other row, and every CLDR row, has
its keys in its language's own space (``key_space``)."""


def key_space(e: Entry) -> str:
    """The prefix of ``e``'s keys: "" for the shared Hindi space, else "<lang>:"."""
    if e.lang in SHARED_SPACE and not e.source.endswith("/cldr.tsv"):
        return ""
    return e.lang + ":"


def index_entries(entries: Iterable[Entry]) -> LexiconIndex:
    """Stem every form of ``entries``: the slow part of building a lexicon (about a second
    for the shipped one, which is why ``build.py`` does it once and stores the result)."""
    keys: dict[str, set[str]] = defaultdict(set)
    seqs: dict[str, set[_Form]] = defaultdict(set)
    en_stems: dict[str, tuple[str, ...]] = {}
    hindi_forms: set[str] = set()
    forms: set[str] = set()
    for e in entries:
        nominal = e.pos in _NOMINAL_POS
        space = key_space(e)
        for form in e.hindi:
            words = HI_WORD.findall(form)
            if space:
                # Another language's own words: their keys live in its space ("ta:…"), so
                # that Malayalam ജോലി (job, read जोलि) never makes the Hindi name जोली known.
                keys[e.english] |= {
                    space + k
                    for w in form.split()
                    if fold_hi(w) not in STOP_HI
                    for k in _word_keys(w.strip("-"), nominal)
                }
                continue
            hindi_forms.add(fold_hi(form))
            forms.update(fold_hi(w) for w in words)
            if not words:
                continue
            if not all(fold_hi(w) in STOP_HI for w in words):
                seqs[e.english].add(tuple(_word_keys(w, nominal) for w in words))
            for w in (*form.split(), *(words if len(words) > 1 else ())):
                if fold_hi(w) not in STOP_HI:
                    keys[e.english] |= _word_keys(w.strip("-"), nominal)
        en_words = EN_WORD.findall(e.english)
        en_stems[e.english] = (
            tuple(stem_en(w) for w in en_words[:_MAX_PHRASE])
            if len(en_words) > 1
            else (stem_en(e.english),)
        )
    return LexiconIndex(
        keys={k: frozenset(v) for k, v in keys.items()},
        seqs={k: tuple(v) for k, v in seqs.items()},
        en_stems=en_stems,
        hindi_forms=frozenset(hindi_forms),
        forms=frozenset(forms),
    )


class Lexicon:
    """Read-only English→Hindi look-ups in both directions, built once per process."""

    __slots__ = ("_en", "_firsts", "_forms", "_hi", "_keys", "_phrase_en", "_phrase_lengths", "_plans", "_resolved",
                 "_seqs", "_stem", "entries", "english_lemmas", "hindi_forms", "phrases")  # fmt: skip

    def __init__(self, entries: Iterable[Entry], index: LexiconIndex | None = None) -> None:
        """``index`` is ``index_entries(entries)``, computed here when not given."""
        self.entries: tuple[Entry, ...] = tuple(entries)
        ix = index_entries(self.entries) if index is None else index
        hi_to_en: dict[str, set[str]] = defaultdict(set)
        for lemma, ks in ix.keys.items():
            for k in ks:
                hi_to_en[k].add(lemma)
        stem_to_lemmas: dict[str, set[str]] = defaultdict(set)
        phrase_en: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for lemma, stems in ix.en_stems.items():
            if len(stems) > 1:
                phrase_en[stems].add(lemma)
            else:
                stem_to_lemmas[stems[0]].add(lemma)
        self._en = MappingProxyType({k: v - {""} for k, v in ix.keys.items()})
        self._seqs = MappingProxyType(dict(ix.seqs))
        self._firsts = MappingProxyType(
            {k: frozenset().union(*(seq[0] for seq in v)) for k, v in ix.seqs.items()}
        )
        self._hi = MappingProxyType({k: frozenset(v) for k, v in hi_to_en.items()})
        self._stem = MappingProxyType({k: frozenset(v) for k, v in stem_to_lemmas.items()})
        self._phrase_en = MappingProxyType({k: frozenset(v) for k, v in phrase_en.items()})
        lengths: dict[str, set[int]] = defaultdict(set)
        for en_phrase in phrase_en:
            lengths[en_phrase[0]].add(len(en_phrase))
        self._phrase_lengths = MappingProxyType(
            {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}
        )
        self.phrases: Mapping[tuple[str, ...], frozenset[str]] = MappingProxyType(
            {k: frozenset().union(*(self._en.get(x, ()) for x in v)) for k, v in phrase_en.items()}
        )
        """English multiword entries (as a tuple of ``stem_en`` words) → Hindi keys."""
        self.english_lemmas = frozenset(e.english for e in self.entries)
        self.hindi_forms = ix.hindi_forms
        self._forms = ix.forms
        # Memos of _lemmas_for, _plan and hindi_keys (derived from the tables, no new facts).
        self._plans: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {}
        self._keys: dict[str, frozenset[str]] = {}
        self._resolved: dict[str, tuple[str, ...]] = {}

    def __len__(self) -> int:
        return len(self.english_lemmas)

    def __setattr__(self, name: str, value: object) -> None:
        if hasattr(self, "_resolved"):
            raise AttributeError("Lexicon is read-only")
        object.__setattr__(self, name, value)

    # --- English → Hindi -------------------------------------------------------------
    def hindi_keys(self, english: str) -> frozenset[str]:
        """Stemmed Hindi keys that translate one English word (any inflection)."""
        got = self._keys.get(english)
        if got is None:
            got = frozenset().union(*(self._en.get(x, ()) for x in self._lemmas_for(english)))
            if len(self._keys) < 200_000:
                self._keys[english] = got
        return got

    def lookup_phrase_en(self, words: Sequence[str]) -> frozenset[str]:
        """Hindi keys of an English phrase of two to four words (prime minister, take
        forward, supply chain), by the words' lemmas; empty when it is not an entry."""
        lemmas = self._phrase_en.get(tuple(stem_en(w) for w in words), frozenset())
        return frozenset().union(*(self._en.get(x, ()) for x in lemmas))

    def lemmas(self, english: str) -> tuple[str, ...]:
        """The lexicon entries an inflected English word reads as (condemns → condemn)."""
        return self._lemmas_for(english)

    def _lemmas_for(self, english: str) -> tuple[str, ...]:
        """The entries an English word reads as: the word and its lemma; failing those its
        bare cuts (focus-ed); then entries indexed by stem; then a comparative base."""
        w = english.casefold().replace("’", "'")
        got = self._resolved.get(w)
        if got is not None:
            return got
        st = stem_en(w)
        tiers = ((w, st, st + "e"), tuple(_bare_cuts(w)), (w, st), tuple(_comparative_bases(w)))
        found: tuple[str, ...] = ()
        for n, tier in enumerate(tiers):
            if n == 2:
                found = tuple(dict.fromkeys(x for c in tier for x in self._stem.get(c, ())))
            else:
                found = tuple(dict.fromkeys(c for c in tier if c in self._en))
            if found:
                break
        if len(self._resolved) < 200_000:
            self._resolved[w] = found
        return found

    def _plan(self, english: str) -> tuple[tuple[str, ...], frozenset[str]]:
        """An English word's entries and the first-word keys of all their Hindi forms."""
        got = self._plans.get(english)
        if got is None:
            lemmas = self._lemmas_for(english)
            got = lemmas, frozenset().union(*(self._firsts.get(x, ()) for x in lemmas))
            if len(self._plans) < 200_000:
                self._plans[english] = got
        return got

    # --- Hindi → English -------------------------------------------------------------
    def english_keys(self, hindi: str) -> frozenset[str]:
        """English lemmas whose entries contain this Hindi word (by its stem)."""
        return self._hi.get(stem_hi(hindi.strip("-")), frozenset())

    def is_hindi_form(self, hindi: str) -> bool:
        """The word is itself a lexicon form or a stop word (no inflection guessed: शर्मा is
        not taken for an inflection of शर्म)."""
        folded = fold_hi(hindi)
        return folded in self._forms or folded in STOP_HI

    def knows_hindi(self, hindi: str) -> bool:
        """The word is a lexicon form, or an inflection of one that strips at most two
        letters or a plural ending (a name like मेलानी must not pass as an inflection of
        मेल; कंपनियों passes as the plural of कंपनी)."""
        folded = fold_hi(hindi)
        if folded in self._forms or folded in STOP_HI:
            return True
        key = stem_hi(hindi.strip("-"))
        if key not in self._hi:
            return False
        if len(folded) - len(key) <= 2:
            return True
        return folded.endswith(PLURAL_ENDINGS_HI) and any(
            key + v in self._forms for v in ("", "ा", "ी", "ि", "ु", "ू", "ाई", "ई")
        )

    def is_function_word(self, english: str) -> bool:
        """A stopword or a function word of the drift classes (not, all, may, very)."""
        return _en_token(english)[1]

    # --- Sentence pairs --------------------------------------------------------------
    def translation_matches(self, en_text: str, hi_text: str) -> list[LexMatch]:
        """English content words and phrases whose translation occurs in ``hi_text``.

        Phrases (up to four English words, and Hindi forms of several words) win over
        their single words. A word may match several Hindi words; all are returned, in
        English order. Function words are left to ``verifier.lang.funcwords``. A form made
        only of Hindi stopwords (गया for "go") never matches, nor does a content form
        match a stopword token (कर "tax" is not the absolutive कर).
        """
        hi = list(HI_WORD.finditer(hi_text))
        hinfo = [_hi_token(m.group()) for m in hi]
        hkeys = [h[0] for h in hinfo]
        at: dict[str, list[int]] = defaultdict(list)
        for j, k in enumerate(hkeys):
            at[k].append(j)
        present = set(at)
        en = list(EN_WORD.finditer(en_text))
        einfo = [_en_token(m.group()) for m in en]
        covered = [False] * len(en)
        out: list[LexMatch] = []

        def emit(i: int, n: int, lemma: str) -> bool:
            if self._firsts.get(lemma, _EMPTY).isdisjoint(present):
                return False  # the common case: nothing of this entry in the sentence
            hit = False
            for seq in self._seqs[lemma]:
                m = len(seq)
                for k in seq[0]:
                    for j in at.get(k, ()):
                        if m == 1 and hinfo[j][1]:
                            continue
                        if m > 1 and not all(
                            j + t < len(hkeys) and hkeys[j + t] in seq[t] for t in range(1, m)
                        ):
                            continue
                        s, e = en[i].start(), en[i + n - 1].end()
                        hs, he = hi[j].start(), hi[j + m - 1].end()
                        span_en, span_hi = (s, e), (hs, he)
                        out.append(
                            LexMatch(span_en, span_hi, (i, i + n), (j, j + m),
                                     en_text[s:e], hi_text[hs:he], lemma)
                        )  # fmt: skip
                        hit = True
            return hit

        for i, (stem, _) in enumerate(einfo):
            for n in self._phrase_lengths.get(stem, ()):
                if i + n > len(en):
                    continue
                phrase = self._phrase_en.get(tuple(e[0] for e in einfo[i : i + n]))
                if phrase and sum(emit(i, n, x) for x in phrase):
                    covered[i : i + n] = [True] * n
                    break
        for i, match in enumerate(en):
            if not covered[i] and not einfo[i][1]:
                words, firsts = self._plan(match.group())
                if not firsts.isdisjoint(present):
                    for lemma in words:
                        emit(i, 1, lemma)
        return _dedupe(out)


@lru_cache(maxsize=131072)
def _hi_token(word: str) -> tuple[str, bool]:
    """A Hindi text word's look-up key and whether it is a stopword."""
    return stem_hi(word), fold_hi(word) in STOP_HI


@lru_cache(maxsize=131072)
def _en_token(word: str) -> tuple[str, bool]:
    """An English text word's lemma and whether it is a function word."""
    w = word.casefold().replace("’", "'")
    return stem_en(w), w in STOP_EN or w in _function_en() or w.endswith("n't")


def _word_keys(word: str, nominal: bool) -> frozenset[str]:
    """Keys one Hindi word of a lexicon form may have in a text: its stem, and for nouns
    and adjectives its noun key (so ख़ज़ानों meets ख़ज़ाना, not only बढ़ाना's ख़ज़)."""
    return frozenset((stem_hi(word), noun_key_hi(word)) if nominal else (stem_hi(word),))


def _bare_cuts(w: str) -> Iterator[str]:
    for suffix in ("'s", "s", "es", "d", "ed", "ing"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            yield w[: -len(suffix)]


def _comparative_bases(w: str) -> Iterator[str]:
    """smaller → small, biggest → big, easier → easy, quickly → quick."""
    for suffix, repl in (("iest", "y"), ("ier", "y"), ("est", ""), ("er", ""), ("ily", "y"),
                         ("ly", "")):  # fmt: skip
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)] + repl
            yield base
            yield base + "e"
            if len(base) > 3 and base[-1] == base[-2]:
                yield base[:-1]  # bigg -> big


def _dedupe(matches: list[LexMatch]) -> list[LexMatch]:
    """One match per (English span, Hindi span); a Hindi span inside a longer one matched
    by the same English words goes (मुलाकात inside मुलाकात की)."""
    out: list[LexMatch] = []
    for m in sorted(matches, key=lambda m: (m.en_tokens, m.hi_tokens[0], -m.hi_tokens[1])):
        last = out[-1] if out else None
        inside = (
            last is not None
            and last.en_tokens == m.en_tokens
            and last.hi_tokens[0] <= m.hi_tokens[0]
            and m.hi_tokens[1] <= last.hi_tokens[1]
        )
        if not inside:
            out.append(m)
    return out


def parse_lines(lines: Iterable[str], source: str, lang: str = "hi") -> Iterator[Entry]:
    """Entries of one TSV file; malformed lines raise ``ValueError`` naming the line."""
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            raise ValueError(f"{source}:{n}: expected english<TAB>pos<TAB>hindi")
        english, pos, hindi = parts[0].strip().casefold(), parts[1].strip(), parts[2]
        forms = tuple(citation_deva(f.strip(), lang) for f in hindi.split("|") if f.strip())
        if not english or not forms:
            raise ValueError(f"{source}:{n}: empty english or hindi column")
        if pos not in POS:
            raise ValueError(f"{source}:{n}: unknown part of speech {pos!r}")
        yield Entry(english, pos, forms, source, lang)


def read_sources(folder: Traversable) -> list[Entry]:
    """Every row of the files ``<lang>/*.tsv`` under ``folder`` (in path order), plus the
    stance rows of the function-word table: what ``index.json`` is built from."""
    entries: list[Entry] = []
    for lang_dir in sorted((d for d in folder.iterdir() if d.is_dir()), key=lambda d: d.name):
        for item in sorted(lang_dir.iterdir(), key=lambda f: f.name):
            source = f"{lang_dir.name}/{item.name}"
            if item.name.endswith(".tsv") and source != FUNCTION_WORDS_FILE:
                lines = item.read_text(encoding="utf-8").splitlines()
                entries.extend(parse_lines(lines, source, lang_dir.name))
    table = folder.joinpath(*FUNCTION_WORDS_FILE.split("/")).read_text(encoding="utf-8")
    entries.extend(
        Entry(r.english, r.pos, r.hindi, FUNCTION_WORDS_FILE)
        for r in parse_rows(table.splitlines(), FUNCTION_WORDS_FILE)
        if r.category in CONTENT_CATEGORIES
    )
    return entries


# --- the prebuilt index (index.json) ---------------------------------------------------
# JSON, one row or lemma per line and sorted, so that a rebuild is reproducible and a diff
# shows what an edit changed. A form's word keys are written "key key|key" (words split by
# "|", a word's keys by " "): neither character occurs in a key.
_INDEX_FORMAT = 1


def render_index(entries: Sequence[Entry]) -> str:
    """The text of ``index.json`` for ``entries``: the rows by file and their stemmed
    tables (``index_entries``)."""
    ix = index_entries(entries)
    by_source: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        by_source[e.source].append(e)
    files = (
        f"{_dump(source)}: [\n"
        + ",\n".join(_dump([e.english, e.pos, "|".join(e.hindi)]) for e in rows)
        + "]"
        for source, rows in by_source.items()
    )
    lemmas = (
        _dump(lemma)
        + ": "
        + _dump([
            list(ix.en_stems[lemma]),
            sorted(ix.keys[lemma]) if lemma in ix.keys else None,
            sorted("|".join(" ".join(sorted(w)) for w in seq) for seq in ix.seqs.get(lemma, ())),
        ])
        for lemma in sorted(ix.en_stems)
    )  # fmt: skip
    parts = [
        f'{{"format": {_INDEX_FORMAT},',
        '"entries": {\n' + ",\n".join(files) + "},",
        '"lemmas": {\n' + ",\n".join(lemmas) + "},",
        '"hindi_forms": [\n' + ",\n".join(map(_dump, sorted(ix.hindi_forms))) + "],",
        '"forms": [\n' + ",\n".join(map(_dump, sorted(ix.forms))) + "]}",
    ]
    return "\n".join(parts) + "\n"


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def parse_index(text: str) -> tuple[list[Entry], LexiconIndex]:
    """The entries and tables written by ``render_index``; ``ValueError`` when the text is
    not an index of this format."""
    doc = json.loads(text)
    if not isinstance(doc, dict) or doc.get("format") != _INDEX_FORMAT:
        raise ValueError(f"{INDEX_FILE}: not a lexicon index of format {_INDEX_FORMAT}")
    entries = [
        Entry(english, pos, tuple(forms.split("|")), source, source.split("/", 1)[0])
        for source, rows in doc["entries"].items()
        for english, pos, forms in rows
    ]
    word_keys: dict[str, frozenset[str]] = {}  # one set per distinct word: 12k for 40k words

    def word(encoded: str) -> frozenset[str]:
        ks = word_keys.get(encoded)
        if ks is None:
            ks = word_keys[encoded] = frozenset(encoded.split(" "))
        return ks

    def form(encoded: str) -> _Form:
        return (word(encoded),) if "|" not in encoded else tuple(map(word, encoded.split("|")))

    lemmas: dict[str, list[list[str] | None]] = doc["lemmas"]
    index = LexiconIndex(
        keys={k: frozenset(v[1]) for k, v in lemmas.items() if v[1] is not None},
        seqs={k: tuple(map(form, v[2])) for k, v in lemmas.items() if v[2]},
        en_stems={k: tuple(v[0] or ()) for k, v in lemmas.items()},
        hindi_forms=frozenset(doc["hindi_forms"]),
        forms=frozenset(doc["forms"]),
    )
    return entries, index


def translation_matches(en_text: str, hi_text: str) -> list[LexMatch]:
    """``Lexicon.translation_matches`` on the shipped lexicon."""
    return load_lexicon().translation_matches(en_text, hi_text)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon shipped with the package (cached), read from its prebuilt index."""
    item = resources.files("verifier") / "data" / "lexicon" / INDEX_FILE
    entries, index = parse_index(item.read_text(encoding="utf-8"))
    return Lexicon(entries, index)
