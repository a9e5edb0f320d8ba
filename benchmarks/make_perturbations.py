"""Build the drift-judge perturbation set from FLORES-200 devtest English–Hindi pairs.

Writes ``benchmarks/data/perturbations.jsonl``: every pair as it is (label ``faithful``),
drifted copies with exactly one realistic change of each kind (label = the kind), and
faithful controls with one meaning-preserving change. Deterministic: a fixed seed, and one
random stream per kind, so editing one perturber does not reshuffle the others.

Run from the repo root:
    python benchmarks/make_perturbations.py [--data ../shared/data] [--out FILE]
    python benchmarks/make_perturbations.py --sample 10      # print 10 random rows per kind
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from perturb import (
    addition,
    attribution,
    dates,
    intensity,
    negation,
    numbers,
    omission,
    variants,
)
from perturb.common import Edit
from perturb.entity import EntityPerturber

SEED = 20260204
CAP = 120  # drifted rows per kind
CONTROL_CAP = 25  # faithful controls per control subtype
KINDS = ("entity", "number", "date", "negation", "attribution", "omission", "addition", "intensity")
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "benchmarks" / "data" / "perturbations.jsonl"

Perturber = Callable[[str, str, random.Random], list[Edit]]
Row = dict[str, object]


def read_pairs(tsv: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in tsv.read_text(encoding="utf-8").splitlines():
        en, hi = line.split("\t")
        pairs.append((en.strip(), hi.strip()))
    return pairs


def select(
    candidates: Sequence[tuple[int, Edit]], cap: int, rng: random.Random
) -> list[tuple[int, Edit]]:
    """At most ``cap`` edits, one per sentence, taking subtypes in turn so that a rare
    subtype (a weekday, a scale word) is not crowded out by a common one (a year)."""
    groups: dict[str, list[tuple[int, Edit]]] = defaultdict(list)
    for line, edit in candidates:
        groups[edit.subtype].append((line, edit))
    for subtype in sorted(groups):
        rng.shuffle(groups[subtype])
    chosen: list[tuple[int, Edit]] = []
    used: set[int] = set()
    while len(chosen) < cap and any(groups.values()):
        for subtype in sorted(groups):
            queue = groups[subtype]
            while queue and queue[0][0] in used:
                queue.pop(0)
            if queue and len(chosen) < cap:
                line, edit = queue.pop(0)
                chosen.append((line, edit))
                used.add(line)
    return sorted(chosen, key=lambda c: (c[0], c[1].subtype))


def candidates_for(
    perturber: Perturber, pairs: Sequence[tuple[str, str]], rng: random.Random
) -> list[tuple[int, Edit]]:
    out: list[tuple[int, Edit]] = []
    for line, (en, hi) in enumerate(pairs, start=1):
        out.extend((line, e) for e in perturber(en, hi, rng) if e.claim != hi or e.extra)
    return out


def base_id(line: int) -> str:
    return f"fl{line:04d}"


def build(pairs: Sequence[tuple[str, str]], cldr_dir: Path) -> list[Row]:
    rows: list[Row] = []
    for line, (en, hi) in enumerate(pairs, start=1):
        rows.append(_row(base_id(line), line, "original", en, hi, "faithful", "original", ""))
    entity = EntityPerturber(cldr_dir, pairs)
    perturbers: dict[str, Perturber] = {
        "entity": entity.perturb,
        "number": numbers.perturb,
        "date": dates.perturb,
        "negation": negation.perturb,
        "omission": omission.perturb,
        "addition": addition.perturb,
        "intensity": intensity.perturb,
    }
    for kind in KINDS:
        rng = random.Random(f"{SEED}-{kind}")
        if kind == "attribution":
            rows.extend(_attribution_rows(pairs, rng))
            continue
        for line, edit in select(candidates_for(perturbers[kind], pairs, rng), CAP, rng):
            en, _ = pairs[line - 1]
            rows.append(_drift_row(kind, line, en, edit))
    rng = random.Random(f"{SEED}-controls")
    controls = candidates_for(variants.perturb, pairs, rng)
    by_subtype: dict[str, list[tuple[int, Edit]]] = defaultdict(list)
    for line, edit in controls:
        by_subtype[edit.subtype].append((line, edit))
    for subtype in sorted(by_subtype):
        for line, edit in select(by_subtype[subtype], CONTROL_CAP, rng):
            en, _ = pairs[line - 1]
            rows.append(
                _row(
                    f"{base_id(line)}-ctl-{subtype}",
                    line,
                    "control",
                    en,
                    edit.claim,
                    "faithful",
                    subtype,
                    edit.change,
                    base_id(line),
                )
            )
    return rows


def _attribution_rows(pairs: Sequence[tuple[str, str]], rng: random.Random) -> Iterable[Row]:
    lines = sorted(rng.sample(range(1, len(pairs) + 1), CAP))
    for line in lines:
        en, hi = pairs[line - 1]
        drift, control = attribution.perturb(en, hi, rng)
        yield _drift_row("attribution", line, en, drift)
        row = _row(
            f"{base_id(line)}-ctl-speaker",
            line,
            "control",
            en,
            hi,
            "faithful",
            control.subtype,
            control.change,
            base_id(line),
        )
        row.update(control.extra)
        yield row


def _drift_row(kind: str, line: int, en: str, edit: Edit) -> Row:
    row = _row(
        f"{base_id(line)}-{kind}",
        line,
        "drift",
        en,
        edit.claim,
        kind,
        edit.subtype,
        edit.change,
        base_id(line),
    )
    row.update(edit.extra)
    return row


def _row(
    id_: str,
    line: int,
    set_: str,
    source: str,
    claim: str,
    label: str,
    subtype: str,
    change: str,
    base: str | None = None,
) -> Row:
    row: Row = {"id": id_, "line": line, "set": set_}
    if base:
        row["base"] = base
    row.update(
        {"source": source, "claim": claim, "label": label, "subtype": subtype, "change": change}
    )
    return row


def sample(rows: Sequence[Row], n: int) -> None:
    """Print ``n`` random rows of each label, for reading."""
    rng = random.Random(SEED)
    by_label: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        key = str(row["label"]) if row["set"] != "original" else "original"
        by_label[key if row["set"] != "control" else "control"].append(row)
    for label in sorted(by_label):
        print(f"\n=== {label} ===")
        for row in rng.sample(by_label[label], min(n, len(by_label[label]))):
            print(f"[{row['id']}] {row['subtype']}: {row['change']}")
            print(f"  EN: {row['source']}")
            print(f"  HI: {row['claim']}")
            if "speaker" in row:
                print(f"  author {row['author']} {row['handle']} / speaker {row['speaker']}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--sample", type=int, default=0, help="print N random rows per kind")
    args = parser.parse_args(argv)
    pairs = read_pairs(args.data / "parallel" / "flores200-devtest" / "eng-hin.tsv")
    rows = build(pairs, args.data / "lexicon" / "cldr-en-hi")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter((str(r["set"]), str(r["label"])) for r in rows)
    for (set_, label), n in sorted(counts.items()):
        print(f"{set_:9} {label:12} {n:5}")
    print(f"{len(rows)} rows -> {args.out}")
    if args.sample:
        sample(rows, args.sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
