"""Split the labelled real-article cases once, at random by article, into dev and test.

Reads every ``benchmarks/data/real/raw/*.jsonl`` (one labeller's file each), drops nothing,
shuffles the cases with a fixed seed and writes ``hi-dev.jsonl`` (70%) and
``hi-test.jsonl`` (30%) next to ``raw/``. Cases that quote the same post on different pages
stay in whichever split their page falls in: the unit is the article, as docs/labelling.md
says. Run once; re-running with the same raw files writes the same split.

    python benchmarks/split_real.py [--seed N] [--test-share F]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent / "data" / "real"
SEED = 20261207


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--test-share", type=float, default=0.3)
    args = ap.parse_args()
    cases = [
        json.loads(line)
        for path in sorted((HERE / "raw").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    cases.sort(key=lambda c: c["id"])
    random.Random(args.seed).shuffle(cases)
    n_test = round(len(cases) * args.test_share)
    splits = {"hi-test.jsonl": cases[:n_test], "hi-dev.jsonl": cases[n_test:]}
    for name, part in splits.items():
        part.sort(key=lambda c: c["id"])
        text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in part)
        (HERE / name).write_text(text, encoding="utf-8")
        renderings = sum(len(c["renderings"]) for c in part)
        print(f"{name}: {len(part)} articles, {renderings} renderings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
