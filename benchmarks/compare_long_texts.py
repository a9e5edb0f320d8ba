"""How ``compare``'s judging time grows with the length of the texts (issue 14: a 1 MB source
ran past 60 s). The reason ``compare`` refuses a source or claim over
``verifier.cli.text.MAX_TEXT_CHARS`` characters.

Prints CPU seconds of one ``judge(source, claim)`` (the claim is the first half of the
source) for three shapes of text, at each length:

- ``page``: the visible text of a real page (``tests/data/pages/seed.html``), repeated;
- ``en-numbers``: English with a number every few characters (``"0 1 2 3 …"``), synthetic —
  the worst shape found: number and anchor matching pair every token with every number;
- ``hi-numbers``: Hindi clauses each holding a number (``"मंत्री ने 17 टन …"``), synthetic.

The profile behind the limit (cProfile, 100,000 characters of ``page``): 24 of 33 s in
``match.anchors._num_keys_for`` (every token against every number; it now bisects the
sorted number starts: ``profile`` of 50,000 characters of ``en-numbers`` 12.9 -> 1.3 s),
6 s in ``drift.collect.rendered_region`` (every clause against every token). What is left
at 10,000 characters (sampled): ``en-numbers`` 91% in ``drift.number_check`` (``_pair``
weighs every number of one side against every number of the other); ``page``:
``match.pairs.same_language_score``. Run from the repo root:

    python benchmarks/compare_long_texts.py [--lengths 1000,2500,5000,10000]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from verifier.cli.text import MAX_TEXT_CHARS
from verifier.drift import judge

REPO = Path(__file__).resolve().parents[1]


def shapes(n: int) -> dict[str, str]:
    html = (REPO / "tests" / "data" / "pages" / "seed.html").read_text(encoding="utf-8")
    page = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    return {
        "page": (page * (n // len(page) + 1))[:n],
        "en-numbers": " ".join(str(i) for i in range(n))[:n],
        "hi-numbers": " ".join(f"मंत्री ने {i} टन" for i in range(n))[:n],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", default="1000,2500,5000,10000")
    lengths = [int(x) for x in parser.parse_args().lengths.split(",")]
    judge("warm up the lexicon", "warm up the lexicon")
    print(f"compare refuses texts over {MAX_TEXT_CHARS:,} characters")
    print(f"{'chars':>8} {'shape':<11} {'CPU s':>7}")
    for n in lengths:
        for name, text in shapes(n).items():
            start = time.process_time()
            judge(text, text[: n // 2])
            print(f"{n:>8,} {name:<11} {time.process_time() - start:>7.2f}", flush=True)


if __name__ == "__main__":
    main()
