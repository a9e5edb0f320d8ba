"""Where to put the alignment threshold: true pairs against impostors on FLORES-200.

``verifier check`` pairs a claim with a post when its content score (the F-measure that
weighs precision over recall, as in ``verifier.align.align.score_pair``) plus the article-context
bonus reaches ``MIN_SCORE``; context counts only from ``CONTEXT_GATE``. This script scores
every English sentence against its own Hindi translation (true pairs) and against every
other Hindi sentence of a block (impostors: fluent Hindi news-like text that renders
something else), and prints, per threshold, the share of true pairs kept and the share of
impostor pairs that would pass. Run from the repo root:

    python benchmarks/calibrate_threshold.py [path/to/eng-hin.tsv] [--block N]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from verifier.align.align import CONTEXT_GATE, MIN_SCORE
from verifier.lang.textnorm import normalize
from verifier.match.anchors import profile
from verifier.match.pairs import cross_language_content, match_profiles

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/parallel/flores200-devtest/eng-hin.tsv"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--block", type=int, default=300, help="sentences scored all against all")
    args = ap.parse_args()
    rows = args.path.read_text(encoding="utf-8").splitlines()[: args.block]
    en = [profile(normalize(r.split("\t")[0]), "en") for r in rows]
    hi = [profile(normalize(r.split("\t")[1]), "hi") for r in rows]
    true: list[float] = []
    fake: list[float] = []
    for i, pe in enumerate(en):
        for j, ph in enumerate(hi):
            (true if i == j else fake).append(cross_language_content(match_profiles(pe, ph)))
    n_t, n_f = len(true), len(fake)
    print(f"{n_t} true pairs, {n_f:,} impostor pairs")
    print("threshold  true kept  impostors passing")
    for t in (0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 0.50, 0.60):
        kept = sum(s >= t for s in true) / n_t
        passing = sum(s >= t for s in fake) / n_f
        mark = "  <- MIN_SCORE" if abs(t - MIN_SCORE) < 1e-9 else ""
        mark += "  <- CONTEXT_GATE" if abs(t - CONTEXT_GATE) < 1e-9 else ""
        print(f"  {t:.2f}     {kept:.3f}      {passing:.5f}{mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
