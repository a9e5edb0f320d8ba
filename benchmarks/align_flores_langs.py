"""Cross-lingual retrieval on FLORES-200 devtest for the languages of Indian news.

For each language, every English sentence is aligned against all 1,012 sentences of that
language (``verifier.align.align.align_texts``, the engine behind ``verifier align``) and
P@1 is printed next to the issue's target (0.95). The claim language is detected from the
text, as ``verifier align`` does. FLORES-200 is CC BY-SA 4.0
(``../shared/data/parallel/flores200-devtest/PROVENANCE.md``). The figures are development
figures (devtest is what is read here while working); its sentences are never a source of
lexicon rows or word lists. Run from the repo root:

    python benchmarks/align_flores_langs.py [--langs mar,ben] [--limit N] [--misses K]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from verifier.align.align import align_texts
from verifier.lang.textnorm import detect_language, normalize

DATA = Path(__file__).resolve().parents[2] / "shared/data/parallel/flores200-devtest"
# FLORES file code -> ISO 639-1 code the tool reports, in order of weight for Indian news.
LANGS = {
    "mar": "mr", "ben": "bn", "urd": "ur", "tam": "ta", "tel": "te", "guj": "gu",
    "pan": "pa", "kan": "kn", "mal": "ml", "ory": "or", "npi": "ne", "hin": "hi",
}  # fmt: skip
TARGET = 0.95


def load(path: Path, limit: int | None) -> tuple[list[str], list[str]]:
    en, xx = [], []
    for line in path.read_text(encoding="utf-8").splitlines()[:limit]:
        e, x = line.split("\t")
        en.append(normalize(e))
        xx.append(normalize(x))
    return en, xx


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--langs", default=",".join(k for k in LANGS if k != "hin"))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--misses", type=int, default=0, help="print this many misses per language")
    args = ap.parse_args()
    print(f"{'lang':6} {'code':4} {'detected':8} {'P@1':>7} {'hits':>11} {'time':>7}  target")
    for flores in args.langs.split(","):
        en, xx = load(DATA / f"eng-{flores}.tsv", args.limit)
        detected = sum(detect_language(t) == LANGS[flores] for t in xx) / len(xx)
        t0 = time.perf_counter()
        results = align_texts(en, xx, min_score=0.0)
        dt = time.perf_counter() - t0
        hits = sum(1 for r in results if r.claim == r.source)
        p1 = hits / len(en)
        ok = "ok" if p1 >= TARGET else "BELOW"
        print(
            f"{flores:6} {LANGS[flores]:4} {detected:8.3f} {p1:7.4f} {hits:>5}/{len(en):<5} "
            f"{dt:6.1f}s  {ok}",
            flush=True,
        )
        misses = [r for r in results if r.claim != r.source][: args.misses]
        for r in misses:
            print(f"   miss line {r.source + 1}: got {r.claim if r.claim is None else r.claim + 1}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
