"""Drift-judge quality on the perturbation set (benchmarks/data/perturbations.jsonl).

Prints, for one split of FLORES lines (dev by default; test is for the end of a round of
work): recall per drift kind and per subtype (a drifted row of that kind gets a finding of
that kind), precision per kind (rows with a finding of the kind that are labelled with
it), false alarms on the untouched faithful pairs and on each control subtype (verdict
not faithful), and the issue's targets next to the numbers. Run from the repo root:
    python benchmarks/drift_eval.py [--split dev|test|all] [--data FILE]
    python benchmarks/drift_eval.py --show KIND|faithful|control [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from verifier.drift import Context, judge

DEFAULT = Path(__file__).resolve().parent / "data" / "perturbations.jsonl"
KINDS = ("entity", "number", "date", "negation", "attribution", "omission", "addition", "intensity")
# The targets of issue 12 ("Verdicts that hold on articles nobody tuned for").
RECALL_TARGET = {
    "number": 0.95, "date": 0.95, "negation": 0.95, "entity": 0.95, "attribution": 0.90,
    "omission": 0.85, "addition": 0.85, "intensity": 0.70,
}  # fmt: skip
FALSE_ALARM_TARGET = 0.03
MAJOR = frozenset({"critical", "major"})


@dataclass
class Result:
    row: dict[str, object]
    verdict: str
    kinds: tuple[tuple[str, str, str], ...]  # (kind, severity, message)
    seconds: float

    def has(self, kind: str) -> bool:
        return any(k == kind for k, _, _ in self.kinds)

    @property
    def alarm(self) -> bool:
        return self.verdict != "faithful"


@dataclass
class Tally:
    results: list[Result] = field(default_factory=list)

    def of(self, set_: str, label: str | None = None) -> list[Result]:
        return [
            r
            for r in self.results
            if r.row["set"] == set_ and (label is None or r.row["label"] == label)
        ]


def run(rows: Sequence[dict[str, object]]) -> Tally:
    tally = Tally()
    for row in rows:
        context = None
        if "speaker" in row:
            context = Context(
                author_name=str(row.get("author") or "") or None,
                handle=str(row.get("handle") or "") or None,
                speaker=str(row["speaker"]),
            )
        start = time.perf_counter()
        judgement = judge(
            str(row["source"]), str(row["claim"]), post_lang="en", claim_lang="hi", context=context
        )
        seconds = time.perf_counter() - start
        kinds = tuple((f.kind, f.severity, f.message) for f in judgement.findings)
        tally.results.append(Result(row, judgement.verdict, kinds, seconds))
    return tally


def _rate(n: int, d: int) -> str:
    return f"{n / d:6.3f}" if d else "     -"


def _mark(ok: bool) -> str:
    return "ok" if ok else "BELOW"


def report(tally: Tally, split: str) -> None:
    results = tally.results
    per_pair = sum(r.seconds for r in results) / max(1, len(results)) * 1000
    lines = len({r.row["line"] for r in results})
    print(
        f"split {split}: {len(results)} pairs from {lines} FLORES lines, {per_pair:.2f} ms per pair\n"
    )
    _recall(tally)
    _false_alarms(tally)


def _recall(tally: Tally) -> None:
    print(
        "recall: a drifted row has a finding of its kind; new: more findings of that kind than\n"
        "the pair it was made from; any: judged not faithful at all; prec: share of rows with a\n"
        "finding of the kind that are labelled with it.\n"
    )
    print(
        f"{'kind / subtype':28} {'rows':>5} {'recall':>7} {'new':>7} {'any':>7} {'target':>7} {'prec':>7}"
    )
    by_id = {str(r.row["id"]): r for r in tally.results}
    found_on: dict[str, Counter[str]] = defaultdict(Counter)
    for r in tally.results:
        for kind in {k for k, _, _ in r.kinds}:
            found_on[kind][str(r.row["label"])] += 1
    for kind in KINDS:
        drifted = tally.of("drift", kind)
        target = RECALL_TARGET[kind]
        flagged = sum(found_on[kind].values())
        hits = sum(r.has(kind) for r in drifted)
        ok = _mark(bool(drifted) and hits / len(drifted) >= target)
        print(
            f"{kind:28} {len(drifted):5} {_row_rates(drifted, kind, by_id)} {target:7.2f} "
            f"{_rate(found_on[kind][kind], flagged)}  {ok}"
        )
        subtypes: dict[str, list[Result]] = defaultdict(list)
        for r in drifted:
            subtypes[str(r.row["subtype"])].append(r)
        for subtype in sorted(subtypes):
            rows = subtypes[subtype]
            sub_ok = _mark(sum(r.has(kind) for r in rows) / len(rows) >= target)
            print(
                f"  {subtype:26} {len(rows):5} {_row_rates(rows, kind, by_id)} {'':7} {'':7}  {sub_ok}"
            )
    drifted_all = [r for r in tally.results if r.row["set"] == "drift"]
    any_hit = sum(r.alarm for r in drifted_all)
    print(
        f"\nany drifted row judged not faithful: {_rate(any_hit, len(drifted_all))} "
        f"({any_hit}/{len(drifted_all)})"
    )


def _row_rates(rows: Sequence[Result], kind: str, by_id: dict[str, Result]) -> str:
    hits = [r for r in rows if r.has(kind)]
    new = [r for r in hits if _count(r, kind) > _count(by_id.get(str(r.row.get("base"))), kind)]
    alarms = sum(r.alarm for r in rows)
    return f"{_rate(len(hits), len(rows))} {_rate(len(new), len(rows))} {_rate(alarms, len(rows))}"


def _false_alarms(tally: Tally) -> None:
    print(f"\nfalse alarms (verdict not faithful; target <= {FALSE_ALARM_TARGET:.2f})")
    originals = tally.of("original")
    n = sum(r.alarm for r in originals)
    major = sum(any(s in MAJOR for _, s, _ in r.kinds) for r in originals)
    print(
        f"{'faithful pairs as they are':28} {len(originals):5} {_rate(n, len(originals))}  "
        f"{_mark(bool(originals) and n / len(originals) <= FALSE_ALARM_TARGET)}   "
        f"(finding at/above major {_rate(major, len(originals))})"
    )
    _kinds_raised(originals)
    controls = tally.of("control")
    n = sum(r.alarm for r in controls)
    print(
        f"{'controls, all':28} {len(controls):5} {_rate(n, len(controls))}  "
        f"{_mark(bool(controls) and n / len(controls) <= FALSE_ALARM_TARGET)}"
    )
    by_subtype: dict[str, list[Result]] = defaultdict(list)
    for r in controls:
        by_subtype[str(r.row["subtype"])].append(r)
    by_id = {str(r.row["id"]): r for r in tally.results}
    for subtype in sorted(by_subtype):
        rows = by_subtype[subtype]
        alarms = [r for r in rows if r.alarm]
        caused = [r for r in alarms if not by_id[str(r.row["base"])].alarm]
        kinds = Counter(k for r in alarms for k in {k for k, _, _ in r.kinds})
        raised = ", ".join(f"{k} {c}" for k, c in kinds.most_common(3))
        print(
            f"  {subtype:26} {len(rows):5} {_rate(len(alarms), len(rows))}  "
            f"{_mark(len(alarms) / len(rows) <= FALSE_ALARM_TARGET):5}  "
            f"edit alone {len(caused):3}  {raised}"
        )


def _kinds_raised(rows: Sequence[Result]) -> None:
    kinds = Counter(k for r in rows for k in {k for k, _, _ in r.kinds})
    if kinds:
        print("   kinds raised: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))


def _count(result: Result | None, kind: str) -> int:
    return 0 if result is None else sum(k == kind for k, _, _ in result.kinds)


def show(tally: Tally, what: str, limit: int) -> None:
    """List misses (drifted rows of KIND without a finding of KIND) and false alarms."""
    if what in KINDS:
        misses = [r for r in tally.of("drift", what) if not r.has(what)]
        print(f"\n=== misses of {what} ({len(misses)}) ===")
        _print(misses[:limit])
        alarms = [r for r in tally.results if r.row["label"] != what and r.has(what)]
        print(f"\n=== {what} findings on rows not labelled {what} ({len(alarms)}) ===")
    else:
        set_ = "original" if what == "faithful" else "control"
        alarms = [r for r in tally.of(set_) if r.alarm]
        print(f"\n=== false alarms on {what} rows ({len(alarms)}) ===")
    _print(alarms[:limit])


def _print(results: Sequence[Result]) -> None:
    for r in results:
        row = r.row
        print(
            f"[{row['id']}] label={row['label']} {row['subtype']}: {row['change']}  -> {r.verdict}"
        )
        print(f"  EN: {row['source']}")
        print(f"  HI: {row['claim']}")
        if "speaker" in row:
            print(f"  author {row.get('author')} {row.get('handle')} / speaker {row['speaker']}")
        for kind, severity, message in r.kinds:
            print(f"    - {kind}/{severity}: {message}")


def load(path: Path, split: str) -> list[dict[str, object]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if split == "all" or r["split"] == split]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument(
        "--split",
        choices=("dev", "test", "all"),
        default="dev",
        help="FLORES lines to score: dev (to work on), test (once, at the end), all",
    )
    parser.add_argument("--show", metavar="KIND", help="a drift kind, 'faithful' or 'control'")
    parser.add_argument("--limit", type=int, default=40, help="rows to list with --show")
    args = parser.parse_args(argv)
    tally = run(load(args.data, args.split))
    report(tally, args.split)
    if args.show:
        show(tally, args.show, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
