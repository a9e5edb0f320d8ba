"""Cross-lingual retrieval on FLORES-200 devtest (1,012 English–Hindi pairs, CC BY-SA 4.0).

For every English sentence, all 1,012 Hindi sentences are candidates; prints P@1 of
``verifier.align.align.align_texts`` (the engine behind ``verifier align``), the total time and
pair scores per second. Run from the repo root:

    python benchmarks/align_flores.py [path/to/eng-hin.tsv] [--limit N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from verifier.align.align import align_texts
from verifier.lang.textnorm import normalize
from verifier.match.anchors import profile
from verifier.match.pairs import match_profiles

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/parallel/flores200-devtest/eng-hin.tsv"


def load(path: Path, limit: int | None) -> tuple[list[str], list[str]]:
    en, hi = [], []
    for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
        e, h = line.split("\t")
        en.append(normalize(e))
        hi.append(normalize(h))
    return en, hi


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    en, hi = load(args.path, args.limit)
    t0 = time.perf_counter()
    results = align_texts(en, hi, min_score=0.0)
    total = time.perf_counter() - t0
    hits = sum(1 for r in results if r.claim == r.source)
    n = len(en)
    print(f"pairs: {n} English x {n} Hindi candidates")
    print(f"P@1: {hits / n:.4f} ({hits}/{n})")
    print(f"total time: {total:.2f} s (cold profiles included)")
    # Raw pair-scoring speed on warm profiles (the slow way, every pair of a 100x100 block).
    block = min(100, n)
    pe = [profile(t, "en") for t in en[:block]]
    ph = [profile(t, "hi") for t in hi[:block]]
    t1 = time.perf_counter()
    for a in pe:
        for b in ph:
            match_profiles(a, b)
    dt = time.perf_counter() - t1
    print(f"pair scores per second (warm profiles): {block * block / dt:,.0f}")
    # Diagonal: how well a true pair scores (calibration help).
    diag = sorted(
        match_profiles(profile(e, "en"), profile(h, "hi")).score
        for e, h in zip(en, hi, strict=True)
    )
    print(f"true-pair score: median {diag[n // 2]:.3f}, 10th pct {diag[n // 10]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
