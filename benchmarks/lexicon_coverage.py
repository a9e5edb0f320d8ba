"""Lexicon size, coverage and speed on FLORES-200 devtest (English–Hindi, CC BY-SA 4.0).

Coverage: the share of English content words (alphabetic, not function words) for which
``Lexicon.translation_matches`` finds a translation in the reference Hindi sentence;
counted over running words and over distinct lemmas, and per data file (what coverage is
lost when that file is left out). Also the share of content words with any entry, the
speed of ``translation_matches``, and the most frequent words the lexicon lacks — to see
what kinds of words are missing, not to copy them from the test set (FLORES is the
benchmark; entries are never derived from it).

    python benchmarks/lexicon_coverage.py [path/to/eng-hin.tsv] [--per-file]
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from verifier.lang.lexicon import Lexicon, load_lexicon
from verifier.lang.stem import EN_WORD, stem_en

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/parallel/flores200-devtest/eng-hin.tsv"


def _pairs(path: Path) -> list[tuple[str, str]]:
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines())
    return [(r[0], r[1]) for r in rows if len(r) >= 2]


def _coverage(lex: Lexicon, pairs: list[tuple[str, str]]) -> dict[str, object]:
    content = known = found = lower = lower_found = 0
    lemmas_all: set[str] = set()
    lemmas_found: set[str] = set()
    missing: Counter[str] = Counter()
    unmatched: Counter[str] = Counter()
    for en, hi in pairs:
        covered = {i for m in lex.translation_matches(en, hi) for i in range(*m.en_tokens)}
        for i, m in enumerate(EN_WORD.finditer(en)):
            tok, word = m.group(), m.group().casefold()
            if (
                lex.is_function_word(word)
                or len(word) < 2
                or en[m.start() - 1 : m.start()].isdigit()
            ):
                continue  # 4th, 5km: letters glued to a figure are units, not words
            content += 1
            # Capitalised words inside a sentence are mostly names: the anchors' job.
            is_lower = not (tok[:1].isupper() and i > 0)
            lower += is_lower
            lemma = stem_en(word)
            lemmas_all.add(lemma)
            if i in covered:
                found += 1
                lower_found += is_lower
                known += 1
                lemmas_found.add(lemma)
            elif lex.hindi_keys(word):
                known += 1
                unmatched[word] += 1
            else:
                missing[word] += 1
    return {
        "content": content,
        "known": known / max(content, 1),
        "found": found / max(content, 1),
        "lower_found": lower_found / max(lower, 1),
        "types": len(lemmas_all),
        "types_found": len(lemmas_found) / max(len(lemmas_all), 1),
        "missing": missing,
        "unmatched": unmatched,
    }


def main(argv: list[str]) -> int:
    per_file = "--per-file" in argv
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT
    pairs = _pairs(path)
    t0 = time.perf_counter()
    load_lexicon.cache_clear()
    lex = load_lexicon()
    build = time.perf_counter() - t0
    forms = len(lex.hindi_forms)
    print(
        f"lexicon: {len(lex)} English lemmas ({len(lex.entries)} entries, "
        f"{len(lex.phrases)} multiword), {forms} distinct Hindi forms; built in {build:.2f} s"
    )
    res = _coverage(lex, pairs)
    print(f"English content words: {res['content']} ({res['types']} distinct lemmas)")
    print(f"  with a lexicon entry:                    {res['known']:.3f}")
    print(f"  translation found in the reference:      {res['found']:.3f}  (running words)")
    print(f"    … not counting capitalised words (names):   {res['lower_found']:.3f}")
    print(f"  lemmas with a translation found at least once: {res['types_found']:.3f}")

    for en, hi in pairs:  # warm the caches, then time
        lex.translation_matches(en, hi)
    best = 0.0
    for _ in range(3):
        t = time.perf_counter()
        for en, hi in pairs:
            lex.translation_matches(en, hi)
        best = max(best, len(pairs) / (time.perf_counter() - t))
    print(f"translation_matches: {best:,.0f} sentence pairs per second (warm, best of 3)")

    if per_file:
        print("coverage lost without each file (lemmas in the file):")
        sources = Counter(e.source for e in lex.entries)
        base = float(res["found"])  # type: ignore[arg-type]
        for source, n in sorted(sources.items()):
            rest = Lexicon(e for e in lex.entries if e.source != source)
            lost = base - float(_coverage(rest, pairs)["found"])  # type: ignore[arg-type]
            print(f"  {source:28s} {n:5d}  {lost:+.3f}")

    missing: Counter[str] = res["missing"]  # type: ignore[assignment]
    unmatched: Counter[str] = res["unmatched"]  # type: ignore[assignment]
    print("most frequent content words without an entry:")
    print("  " + ", ".join(f"{w} ({n})" for w, n in missing.most_common(50)))
    print("most frequent content words with an entry but no form found in the reference:")
    print("  " + ", ".join(f"{w} ({n})" for w, n in unmatched.most_common(30)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
