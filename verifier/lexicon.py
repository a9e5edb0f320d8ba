"""The English→Hindi news lexicon (package data in ``verifier/data/lexicon/*.tsv``).

Each line is ``english<TAB>pos<TAB>hindi|forms|…``. Hindi forms are indexed by their light
stem (``stem.stem_hi`` of the folded spelling) so inflected forms in an article find the
entry: संबंधों → संबंध. English words are looked up by their lemma and stem.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from verifier.stem import fold_hi, stem_en, stem_hi

POS = frozenset("n v adj adv prep conj pron det num part phr".split())

STOP_EN = frozenset(
    """a an the and or but if then than so as of in on at to for from by with about into onto
    over under after before between through during without within upon via per
    is are was were be been being am do does did done have has had having will would shall
    should can could may might must it its it's this that these those there here their
    theirs them they he him his she her hers we us our ours you your yours i me my mine
    who whom whose which what when where why how also just very too more most such only
    own same other another any each every both either neither all some many much few
    s t 's ’s ya ji mr mrs ms dr amp rt via since until till anymore yet still even ever
    let lets let's let’s i'm i’m it’s we're we’re however while whilst although though
    throughout according previously meanwhile furthermore moreover thus hence instead
    otherwise besides nevertheless nonetheless therefore whereas whether because""".split()
)
# Hindi function words: postpositions, auxiliaries, pronouns, particles, conjunctions.
STOP_HI = frozenset(
    fold_hi(w)
    for w in """का के की को में से पर ने और या तथा एवं है हैं था थी थे हो होता होती होते होगा होगी
    होंगे हुआ हुई हुए रहा रही रहे गया गई गए गयी गये कर करके किया की किए किये करना करने करते
    करती दिया दी दिए लिया ली लिए वह वे यह ये इस इन उस उन उनके उनकी उनका उन्होंने उन्हें इसके
    इसकी इसका इसमें उसमें जो जिस जिसे जिन्हें जिसमें कि तो भी ही अपने अपनी अपना तक साथ लिए
    बाद पहले बीच द्वारा एक कुछ सब सभी कोई किसी कई आप हम हमें हमारे हमारी हमारा मैं मुझे मेरे
    मेरी मेरा तुम आपके आपकी आपका जब तब यहां वहां यहाँ वहाँ ऐसे ऐसा ऐसी वाले वाली वाला रूप
    तरह ओर लेकर जा जाता जाती जाते जाना जाने सकता सकती सकते चाहिए
    देना लेना होना पाना लगाना रखना बनाना उठाना डालना""".split()
)


@dataclass(frozen=True, slots=True)
class Entry:
    english: str
    pos: str
    hindi: tuple[str, ...]
    source: str


class Lexicon:
    """Read-only English→Hindi look-ups in both directions, built once per process."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: list[Entry] = list(entries)
        en_to_hi: dict[str, set[str]] = defaultdict(set)
        hi_to_en: dict[str, set[str]] = defaultdict(set)
        phrases: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for e in self.entries:
            keys = {
                _hi_key(w) for form in e.hindi for w in form.split() if fold_hi(w) not in STOP_HI
            }
            keys.discard("")
            words = e.english.split()
            if len(words) > 1:
                phrases[tuple(stem_en(w) for w in words)] |= keys
            for head in _en_heads(e.english):
                en_to_hi[head] |= keys
            for k in keys:
                hi_to_en[k].add(e.english)
        self._en = {k: frozenset(v) for k, v in en_to_hi.items()}
        self._hi = {k: frozenset(v) for k, v in hi_to_en.items()}
        self.phrases = {k: frozenset(v) for k, v in phrases.items()}
        self.english_lemmas = frozenset(e.english for e in self.entries)
        self._forms = frozenset(
            fold_hi(w) for e in self.entries for f in e.hindi for w in f.split()
        )

    def __len__(self) -> int:
        return len(self.english_lemmas)

    def hindi_keys(self, english: str) -> frozenset[str]:
        """Stemmed Hindi keys that translate one English word (any inflection)."""
        w = english.casefold()
        for cand in _en_candidates(w):
            got = self._en.get(cand)
            if got:
                return got
        return frozenset()

    def english_keys(self, hindi: str) -> frozenset[str]:
        """English lemmas whose entries contain this Hindi word (by its stem)."""
        return self._hi.get(_hi_key(hindi), frozenset())

    def knows_hindi(self, hindi: str) -> bool:
        """The word is a lexicon form, or an inflection of one that strips at most two
        letters (a name like मेलानी must not pass as an inflection of मेल)."""
        folded = fold_hi(hindi)
        if folded in self._forms or folded in STOP_HI:
            return True
        key = _hi_key(hindi)
        return key in self._hi and len(folded) - len(key) <= 2

    def is_function_word(self, english: str) -> bool:
        return english.casefold() in STOP_EN


def _en_candidates(w: str) -> Iterator[str]:
    """Look-up forms of an English word: itself, its stem, and the base of comparatives,
    superlatives and -ly adverbs (smaller → small, biggest → big, easier → easy)."""
    st = stem_en(w)
    yield w
    yield st
    yield st + "e"
    for suffix, repl in (
        ("iest", "y"),
        ("ier", "y"),
        ("est", ""),
        ("er", ""),
        ("ily", "y"),
        ("ly", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)] + repl
            yield base
            yield base + "e"
            if len(base) > 3 and base[-1] == base[-2]:
                yield base[:-1]  # bigg -> big


def _hi_key(word: str) -> str:
    return stem_hi(fold_hi(word.strip("-")))


def _en_heads(english: str) -> Iterator[str]:
    words = english.split()
    if len(words) == 1:
        yield english
        yield stem_en(english)


def parse_lines(lines: Iterable[str], source: str) -> Iterator[Entry]:
    """Entries of one TSV file; malformed lines raise ``ValueError`` naming the line."""
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            raise ValueError(f"{source}:{n}: expected english<TAB>pos<TAB>hindi")
        english, pos, hindi = parts[0].strip().casefold(), parts[1].strip(), parts[2]
        forms = tuple(f.strip() for f in hindi.split("|") if f.strip())
        if not english or not forms:
            raise ValueError(f"{source}:{n}: empty english or hindi column")
        yield Entry(english, pos, forms, source)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The lexicon shipped with the package (cached)."""
    folder = resources.files("verifier") / "data" / "lexicon"
    entries: list[Entry] = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".tsv"):
            text = item.read_text(encoding="utf-8")
            entries.extend(parse_lines(text.splitlines(), item.name))
    return Lexicon(entries)
