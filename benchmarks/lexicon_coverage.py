"""Lexicon size and coverage on FLORES-200 devtest (English–Hindi, CC BY-SA 4.0).

Coverage: the share of English content words (alphabetic, not function words) whose
lexicon translation is found in the reference Hindi sentence (by stemmed key). Also the
share of content words the lexicon has an entry for at all, and the most frequent words
it lacks — to see what kinds of words are missing, not to copy them from the test set.

    python benchmarks/lexicon_coverage.py [path/to/eng-hin.tsv]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from verifier.lexicon import STOP_EN, load_lexicon
from verifier.stem import fold_hi, stem_hi
from verifier.textnorm import normalize, tokenize

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/parallel/flores200-devtest/eng-hin.tsv"


def main(path: Path = DEFAULT) -> int:
    lex = load_lexicon()
    forms = sum(len(e.hindi) for e in lex.entries)
    print(f"lexicon: {len(lex)} English lemmas, {len(lex.entries)} entries, {forms} Hindi forms")
    content = known = found = 0
    missing: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        en, hi = (normalize(x) for x in line.split("\t"))
        hi_keys = {stem_hi(fold_hi(t.text)) for t in tokenize(hi)}
        for tok in tokenize(en):
            word = tok.text.casefold()
            if not re.fullmatch(r"[a-z][a-z'-]*", word) or word in STOP_EN:
                continue
            content += 1
            keys = lex.hindi_keys(word)
            if keys:
                known += 1
                if keys & hi_keys:
                    found += 1
                    continue
            else:
                missing[word] += 1
    print(f"English content words: {content}")
    print(f"  with a lexicon entry:                  {known / content:.3f}")
    print(f"  translation found in the reference:    {found / content:.3f}")
    print("most frequent content words without an entry:")
    print("  " + ", ".join(f"{w} ({n})" for w, n in missing.most_common(50)))
    return 0


if __name__ == "__main__":
    sys.exit(main(*(Path(a) for a in sys.argv[1:])))
