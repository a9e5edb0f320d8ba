"""Rebuild the lexicon's stemmed index from its TSV files (a maintainer tool).

Usage: ``python verifier/data/lexicon/build.py``, after editing any ``<lang>/*.tsv`` here.
Writes ``index.json`` next to this file: every row, and the stems and keys of every form,
which ``verifier.lang.lexicon.load_lexicon`` reads instead of stemming ~90k word forms at
each start-up. ``tests/unit/lang/test_lexicon_index.py`` fails while the index is stale.
Not imported by the package.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from verifier.lang.lexicon import INDEX_FILE, read_sources, render_index

HERE = Path(__file__).resolve().parent


def main() -> int:
    start = time.perf_counter()
    entries = read_sources(HERE)
    text = render_index(entries)
    (HERE / INDEX_FILE).write_text(text, encoding="utf-8")
    files = len({e.source for e in entries})
    took = time.perf_counter() - start
    print(f"{INDEX_FILE}: {len(entries)} rows from {files} files, {len(text):,} characters "
          f"({took:.1f} s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
