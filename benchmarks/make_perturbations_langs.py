"""Build a drift perturbation set per language of Indian news from FLORES-200 devtest.

For each language (``--langs mar,ben,…``) writes ``benchmarks/data/perturbations_<code>.jsonl``:
every English–<language> pair as it is (faithful), one drifted copy per pair where the pair
allows it for each of number, date, negation and entity, and a faithful control with the
figures in the script's own digits. Rows carry the ``split`` of their FLORES line, the same
70/30 assignment as the Hindi set (``make_perturbations.splits``). Never imports
``verifier``; see ``perturb/indic_langs.py`` for the inventories. FLORES-200 is CC BY-SA
4.0, and so are these files. Run from the repo root:

    python benchmarks/make_perturbations_langs.py [--langs mar,ben]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from make_perturbations import DEFAULT_DATA, ROOT, read_pairs, splits
from perturb import indic_langs as il


def rows_for(flores: str, data: Path) -> list[dict[str, object]]:
    code, scheme, zero = il.LANGS[flores]
    pairs = read_pairs(data / "parallel" / "flores200-devtest" / f"eng-{flores}.tsv")
    split = splits(len(pairs))
    cal = il.calendar(code)
    swapper = il.EntitySwapper(pairs, scheme)
    rows: list[dict[str, object]] = []
    for line, (en, xx) in enumerate(pairs, start=1):
        base = {"line": line, "split": split[line], "source": en}
        rows.append({"id": f"fl{line:04d}", **base, "set": "original", "claim": xx,
                     "label": "faithful", "subtype": ""})  # fmt: skip
        drifts = {
            "number": il.number_edits(line, en, xx),
            "date": il.date_edits(line, en, xx, cal),
            # Every pair allows a negation: one line in seven keeps the kinds comparable.
            "negation": il.negation_edits(en, xx, code) if line % 7 == 0 else [],
            "entity": swapper.edits(line, en, xx),
        }
        edits = [(kind, "drift", e) for kind, es in drifts.items() for e in es if e.claim != xx]
        edits += [("faithful", "control", e) for e in il.digit_control(xx, zero)]
        rows.extend(
            {"id": f"fl{line:04d}-{'ctl' if set_ == 'control' else kind}-{e.subtype}", **base,
             "set": set_, "claim": e.claim, "label": kind, "subtype": e.subtype,
             "change": e.change}
            for kind, set_, e in edits
        )  # fmt: skip
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--langs", default=",".join(il.LANGS))
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args()
    for flores in args.langs.split(","):
        rows = rows_for(flores, args.data)
        out = ROOT / "benchmarks" / "data" / f"perturbations_{il.LANGS[flores][0]}.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
        counts = Counter(str(r["label"]) for r in rows if r["set"] == "drift")
        print(f"{out.name}: {len(rows)} rows, drifts {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
