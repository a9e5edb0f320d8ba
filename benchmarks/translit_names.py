"""Benchmark: Hindi (Devanagari) word vs Latin spelling matching on the Dakshina lexicon.

Usage: ``.venv/bin/python benchmarks/translit_names.py [LEXICON_DIR] [--split dev|test]``
(default ``/work/shared/data/lexicon/dakshina-hi-translit``, both splits).

For every (Devanagari word, native-speaker romanisation) row of a split it reports:
- hit rate: ``token_similarity`` (what ``name_similarity`` uses per name part) at or above
  each threshold, including ``NAME_MATCH`` and ``LOANWORD_MATCH``;
- false-match rate against random pairs (the word vs the romanisation of another word of
  the split) and against hard pairs (another word whose romanisation has the same phonetic
  first letter and a length within one);
- ``romanize`` top-1 and ``spellings`` top-16 accuracy (vowel length, w/v, z/j, ph/f
  folded, since annotators spell those freely);
- the same for the English loanwords of ``tests/data/translit/loanwords.tsv`` (words
  from real Hindi renderings, English spelling on the Latin side) with
  ``loanword_similarity``;
- speed of ``token_similarity`` uncached and ``name_similarity`` cached.

The Dakshina dataset (Roark et al., LREC 2020) is CC BY-SA 4.0; the lexicon is read from
the shared data folder, nothing is copied. The dev/test words are disjoint from the train
split, which is the only split the romaniser's spelling costs were tuned on.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

from verifier.lang.translit import (
    LOANWORD_MATCH,
    NAME_DIFFERENT,
    NAME_MATCH,
    loanword_similarity,
    name_similarity,
    phonetic_key,
    romanize,
    spellings,
    token_similarity,
)

THRESHOLDS = (NAME_DIFFERENT, 70.0, 75.0, NAME_MATCH, LOANWORD_MATCH, 90.0)


def load(path: Path) -> dict[str, list[str]]:
    rows: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        deva, latin, _count = line.split("\t")
        rows[deva].append(latin)
    return rows


def loose(latin: str) -> str:
    out = latin.lower()
    for a, b in (("aa", "a"), ("ee", "i"), ("oo", "u"), ("w", "v"), ("z", "j"), ("ph", "f")):
        out = out.replace(a, b)
    return out


def rate(scores: list[float], threshold: float) -> float:
    return sum(s >= threshold for s in scores) / len(scores) if scores else 0.0


def run(split: str, rows: dict[str, list[str]], rng: random.Random) -> None:
    words = sorted(rows)
    positives = [(d, lat) for d in words for lat in rows[d]]
    randoms = []
    for d in words:
        for _ in range(4):
            other = rng.choice(words)
            if other != d:
                randoms.append((d, rng.choice(rows[other])))
    by_shape: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
    for d in words:
        for lat in rows[d]:
            by_shape[(phonetic_key(lat)[:1], len(lat))].append((d, lat))
    hard = []
    for d in words:
        lat = rows[d][0]
        pool = [
            pair
            for delta in (-1, 0, 1)
            for pair in by_shape.get((phonetic_key(lat)[:1], len(lat) + delta), [])
            if pair[0] != d
        ]
        if pool:
            hard.append((d, rng.choice(pool)[1]))

    start = time.perf_counter()
    pos = [token_similarity(d, lat) for d, lat in positives]
    neg = [token_similarity(d, lat) for d, lat in randoms]
    tough = [token_similarity(d, lat) for d, lat in hard]
    elapsed = time.perf_counter() - start
    calls = len(pos) + len(neg) + len(tough)

    print(f"== Dakshina {split}: {len(words)} words, {len(positives)} spellings ==")
    print(f"pairs scored: {len(positives)} true, {len(randoms)} random, {len(hard)} hard")
    print("threshold  hit-rate  false-match(random)  false-match(hard)")
    for t in sorted(set(THRESHOLDS)):
        mark = " <- NAME_MATCH" if t == NAME_MATCH else ""
        mark += " <- NAME_DIFFERENT (below: different)" if t == NAME_DIFFERENT else ""
        mark += " <- LOANWORD_MATCH" if t == LOANWORD_MATCH else ""
        print(f"{t:9.0f}  {rate(pos, t):8.4f}  {rate(neg, t):19.4f}  {rate(tough, t):17.4f}{mark}")
    top1 = sum(loose(romanize(d)) in {loose(x) for x in rows[d]} for d in words) / len(words)
    top16 = sum(
        any(loose(s) in {loose(x) for x in rows[d]} for s in spellings(d)) for d in words
    ) / len(words)
    print(f"romanize top-1: {top1:.4f}   spellings top-16: {top16:.4f}")
    print(f"token_similarity uncached: {calls / elapsed:,.0f} pairs/s")


def loanwords(path: Path) -> None:
    pairs = [
        tuple(line.split("\t"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    pos = [loanword_similarity(h, e) for h, e in pairs]
    neg = [
        loanword_similarity(h, other)
        for i, (h, _) in enumerate(pairs)
        for j, (_, other) in enumerate(pairs)
        if i != j
    ]
    print(f"== English loanwords in Devanagari ({path.name}): {len(pairs)} pairs ==")
    print(f"hit rate at LOANWORD_MATCH {LOANWORD_MATCH:.0f}: {rate(pos, LOANWORD_MATCH):.4f}")
    print(f"false-match rate, every other English word: {rate(neg, LOANWORD_MATCH):.4f}")
    missed = [f"{h}/{e}" for (h, e), s in zip(pairs, pos, strict=True) if s < LOANWORD_MATCH]
    print(f"missed: {', '.join(missed) or '-'}")


def speed() -> None:
    names = [("अनीता आनंद", "Anita Anand"), ("एस जयशंकर", "@DrSJaishankar"), ("कनाडा", "Canada")]
    for h, e in names:
        name_similarity(h, e)
    n = 200_000
    start = time.perf_counter()
    for i in range(n):
        h, e = names[i % 3]
        name_similarity(h, e)
    print(f"name_similarity cached: {n / (time.perf_counter() - start):,.0f} calls/s")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "lexicon", nargs="?", default="/work/shared/data/lexicon/dakshina-hi-translit"
    )
    parser.add_argument("--split", choices=("dev", "test"), action="append")
    args = parser.parse_args(argv)
    rng = random.Random(20260204)
    for split in args.split or ["dev", "test"]:
        path = Path(args.lexicon) / f"hi.translit.sampled.{split}.tsv"
        run(split, load(path), rng)
    loanwords(Path(__file__).resolve().parent.parent / "tests/data/translit/loanwords.tsv")
    speed()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
