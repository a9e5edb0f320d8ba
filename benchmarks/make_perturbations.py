"""Build the drift-judge perturbation set from FLORES-200 devtest English–Hindi pairs.

Writes ``benchmarks/data/perturbations.jsonl``: every pair as it is (label ``faithful``),
drifted copies with exactly one realistic change (label = the kind, ``subtype`` = the
edit), and faithful controls with one meaning-preserving change. Every row carries the
``split`` of its FLORES line (dev or test, a fixed random 70/30 assignment of lines).
Deterministic: a fixed seed, one random stream per kind. Never imports ``verifier``: the
inventories come from FLORES itself and from ``perturb/lists`` (see data/README.md).

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
    number_words,
    numbers,
    omission,
    polarity,
    transplant,
    variants,
)
from perturb.attribution import AttributionPerturber
from perturb.common import Edit
from perturb.entity import EntityPerturber
from perturb.flores_names import NameBook
from perturb.name_controls import NameControls

SEED = 20260204
SUBTYPE_CAP = 30  # drifted rows per subtype ...
KIND_MIN = 120  # ... or more, when a kind has few subtypes, to reach this many rows
KIND_CAP = 240  # drifted rows per kind
CONTROL_CAP = 25  # faithful controls per control subtype
CONTEXT_ROWS = 45  # attribution rows per speaker kind (a person, an institution)
DEV_SHARE = 0.7
KINDS = ("entity", "number", "date", "negation", "attribution", "omission", "addition", "intensity")
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "benchmarks" / "data" / "perturbations.jsonl"

Perturber = Callable[[int, str, str, random.Random], list[Edit]]
Row = dict[str, object]


def read_pairs(tsv: Path) -> list[tuple[str, str]]:
    pairs = []
    for line in tsv.read_text(encoding="utf-8").splitlines():
        en, hi = line.split("\t")
        pairs.append((en.strip(), hi.strip()))
    return pairs


def splits(n_lines: int) -> dict[int, str]:
    """A fixed random 70/30 assignment of FLORES lines to dev and test."""
    lines = list(range(1, n_lines + 1))
    random.Random(f"{SEED}-split").shuffle(lines)
    n_dev = round(DEV_SHARE * n_lines)
    return {line: ("dev" if i < n_dev else "test") for i, line in enumerate(lines)}


def select(
    candidates: Sequence[tuple[int, Edit]], subtype_cap: int, kind_cap: int, rng: random.Random
) -> list[tuple[int, Edit]]:
    """At most ``subtype_cap`` edits of each subtype (one per line) and ``kind_cap`` in all,
    taking subtypes in turn so that a rare subtype is not crowded out by a common one."""
    groups: dict[str, list[tuple[int, Edit]]] = defaultdict(list)
    for line, edit in candidates:
        groups[edit.subtype].append((line, edit))
    for subtype in sorted(groups):
        rng.shuffle(groups[subtype])
    chosen: list[tuple[int, Edit]] = []
    used: set[tuple[int, str]] = set()
    taken: Counter[str] = Counter()
    while len(chosen) < kind_cap and any(groups.values()):
        for subtype in sorted(groups):
            queue = groups[subtype]
            while queue and (queue[0][0], subtype) in used:
                queue.pop(0)
            if queue and taken[subtype] >= subtype_cap:
                queue.clear()
            if queue and len(chosen) < kind_cap:
                line, edit = queue.pop(0)
                chosen.append((line, edit))
                used.add((line, subtype))
                taken[subtype] += 1
    return sorted(chosen, key=lambda c: (c[0], c[1].subtype))


def candidates_for(
    perturber: Perturber, pairs: Sequence[tuple[str, str]], rng: random.Random
) -> list[tuple[int, Edit]]:
    out: list[tuple[int, Edit]] = []
    for line, (en, hi) in enumerate(pairs, start=1):
        out.extend(
            (line, e)
            for e in perturber(line, en, hi, rng)
            if e.claim != hi or e.source not in (None, en) or e.extra
        )
    return out


def _plain(fn: Callable[[str, str, random.Random], list[Edit]]) -> Perturber:
    """A perturber that needs no line number."""
    return lambda _line, en, hi, rng: fn(en, hi, rng)


def _chain(*perturbers: Perturber) -> Perturber:
    return lambda line, en, hi, rng: [e for p in perturbers for e in p(line, en, hi, rng)]


def base_id(line: int) -> str:
    return f"fl{line:04d}"


class Builder:
    def __init__(self, pairs: Sequence[tuple[str, str]], cldr_dir: Path) -> None:
        self.pairs = pairs
        self.split = splits(len(pairs))
        self.rows: list[Row] = []
        self.ids: set[str] = set()
        book = NameBook(pairs)
        self.entity = EntityPerturber(cldr_dir, pairs, book)
        self.perturbers: dict[str, Perturber] = {
            "entity": _chain(
                self.entity.perturb, _plain(transplant.party), _plain(transplant.agency)
            ),
            "number": _chain(_plain(numbers.perturb), _plain(number_words.perturb)),
            "date": _plain(dates.perturb),
            "negation": _chain(_plain(negation.perturb), _plain(polarity.perturb)),
            "attribution": AttributionPerturber(self.entity).perturb,
            "omission": _plain(omission.perturb),
            "addition": _plain(addition.perturb),
            "intensity": _plain(intensity.perturb),
        }
        self.controls: Perturber = _chain(
            _plain(variants.perturb),
            _plain(polarity.controls),
            _plain(number_words.controls),
            NameControls(self.entity).perturb,
        )

    def build(self) -> list[Row]:
        for line, (en, hi) in enumerate(self.pairs, start=1):
            self._add(base_id(line), line, "original", en, hi, "faithful", "original", "")
        for kind in KINDS:
            rng = random.Random(f"{SEED}-{kind}")
            candidates = candidates_for(self.perturbers[kind], self.pairs, rng)
            n_subtypes = len({e.subtype for _, e in candidates})
            cap = max(SUBTYPE_CAP, -(-KIND_MIN // max(1, n_subtypes)))
            for line, edit in select(candidates, cap, KIND_CAP, rng):
                self._drift(kind, line, edit)
            if kind == "attribution":
                self._context_rows(rng)
        rng = random.Random(f"{SEED}-controls")
        controls = candidates_for(self.controls, self.pairs, rng)
        for line, edit in select(controls, CONTROL_CAP, len(controls), rng):
            self._control(line, edit)
        return self.rows

    def _context_rows(self, rng: random.Random) -> None:
        """Attribution by the article's named speaker: the claim text is untouched."""
        for make in (attribution.speaker_rows, attribution.role_rows):
            for line in sorted(rng.sample(range(1, len(self.pairs) + 1), CONTEXT_ROWS)):
                drift, control = make(rng)
                hi = self.pairs[line - 1][1]
                self._drift("attribution", line, Edit(hi, drift.subtype, drift.change, drift.extra))
                self._control(line, Edit(hi, control.subtype, control.change, control.extra))

    def _drift(self, kind: str, line: int, edit: Edit) -> None:
        en = self.pairs[line - 1][0]
        base = base_id(line)
        if edit.base is not None:
            base = self._control(line, edit.base)
        source = edit.source if edit.source is not None else en
        row_id = f"{base_id(line)}-{kind}-{edit.subtype}"
        self._add(row_id, line, "drift", source, edit.claim, kind, edit.subtype, edit.change, base)
        self.rows[-1].update(edit.extra)

    def _control(self, line: int, edit: Edit) -> str:
        """Add a faithful control row (once) and return its id."""
        en = self.pairs[line - 1][0]
        row_id = f"{base_id(line)}-ctl-{edit.subtype}"
        if row_id in self.ids:
            return row_id
        source = edit.source if edit.source is not None else en
        self._add(
            row_id, line, "control", source, edit.claim, "faithful", edit.subtype, edit.change,
            base_id(line), edit.side,
        )  # fmt: skip
        self.rows[-1].update(edit.extra)
        return row_id

    def _add(
        self,
        id_: str,
        line: int,
        set_: str,
        source: str,
        claim: str,
        label: str,
        subtype: str,
        change: str,
        base: str | None = None,
        side: str = "claim",
    ) -> None:
        assert id_ not in self.ids, id_
        self.ids.add(id_)
        row: Row = {"id": id_, "line": line, "split": self.split[line], "set": set_}
        if base:
            row["base"] = base
            row["side"] = side
        row.update(
            {"source": source, "claim": claim, "label": label, "subtype": subtype, "change": change}
        )
        self.rows.append(row)


def build(pairs: Sequence[tuple[str, str]], cldr_dir: Path) -> list[Row]:
    return Builder(pairs, cldr_dir).build()


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
            _print_row(row)


def _print_row(row: Row) -> None:
    print(f"[{row['id']}] {row['subtype']}: {row['change']}")
    print(f"  EN: {row['source']}")
    print(f"  HI: {row['claim']}")
    if "speaker" in row:
        print(f"  author {row['author']} {row['handle']} / speaker {row['speaker']}")


def counts(rows: Iterable[Row]) -> None:
    by: Counter[tuple[str, str, str]] = Counter(
        (str(r["set"]), str(r["label"]), str(r["subtype"])) for r in rows
    )
    for (set_, label, subtype), n in sorted(by.items()):
        print(f"{set_:9} {label:12} {subtype:24} {n:5}")


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
    counts(rows)
    n_split = Counter(str(r["split"]) for r in rows)
    print(f"{len(rows)} rows ({n_split['dev']} dev, {n_split['test']} test) -> {args.out}")
    if args.sample:
        sample(rows, args.sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
