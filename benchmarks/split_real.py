"""Split one language's labelled real-article cases once, at random by article, into dev and test.

Reads that language's labellers' files in ``benchmarks/data/real/raw/`` (``<lang>-*.jsonl``;
for Hindi also the first labellers' ``h?.jsonl``), drops nothing, shuffles the cases with a
fixed seed and writes ``<lang>-dev.jsonl`` (70%) and ``<lang>-test.jsonl`` (30%) next to
``raw/``. Cases that quote the same post on different pages stay in whichever split their page
falls in: the unit is the article, as docs/labelling.md says. Run once per language; re-running
with the same raw files writes the same split.

    python benchmarks/split_real.py [--lang hi] [--seed N] [--test-share F]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "data" / "real"
SEED = 20261207
# The Hindi set's labellers wrote raw/ha.jsonl … raw/hd.jsonl before files were named by language.
LEGACY = {"hi": "h?.jsonl"}


def raw_files(lang: str) -> list[Path]:
    patterns = [f"{lang}-*.jsonl", *([LEGACY[lang]] if lang in LEGACY else [])]
    return sorted({p for pattern in patterns for p in (HERE / "raw").glob(pattern)})


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="hi", help="language code of the set (default hi)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--test-share", type=float, default=0.3)
    args = ap.parse_args()
    paths = raw_files(args.lang)
    if not paths:
        print(f"error: no labelled files for language {args.lang!r} in {HERE / 'raw'}")
        return 2
    cases = [
        json.loads(line)
        for path in paths
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    strays = sorted({c["id"] for c in cases if c.get("language") != args.lang})
    if strays:
        print(f"error: cases not in {args.lang!r}: {', '.join(strays)}")
        return 2
    cases.sort(key=lambda c: c["id"])
    random.Random(args.seed).shuffle(cases)
    n_test = round(len(cases) * args.test_share)
    splits = {
        f"{args.lang}-test.jsonl": cases[:n_test],
        f"{args.lang}-dev.jsonl": cases[n_test:],
    }
    for name, part in splits.items():
        part.sort(key=lambda c: c["id"])
        text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in part)
        (HERE / name).write_text(text, encoding="utf-8")
        renderings = sum(len(c["renderings"]) for c in part)
        print(f"{name}: {len(part)} articles, {renderings} renderings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
