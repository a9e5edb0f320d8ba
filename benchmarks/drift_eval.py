"""Drift-judge quality on the perturbation set (benchmarks/data/perturbations.jsonl).

Prints, per drift kind: recall (a drifted row of that kind gets a finding of that kind),
precision (findings of that kind that sit on rows labelled with it), the false-alarm rate
on the untouched faithful pairs (verdict not faithful; any finding at or above major) and
on the meaning-preserving controls, totals, time per pair, and the targets of the drift
issue next to the numbers. Run from the repo root:
    python benchmarks/drift_eval.py [--data FILE] [--show KIND|faithful|control] [--limit N]
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
RECALL_TARGET = {
    "number": 0.95, "date": 0.95, "negation": 0.95, "entity": 0.90, "attribution": 0.90,
    "omission": 0.75, "addition": 0.75, "intensity": 0.60,
}  # fmt: skip
FALSE_ALARM_TARGET = 0.05
MAJOR = frozenset({"critical", "major"})


@dataclass
class Result:
    row: dict[str, object]
    verdict: str
    kinds: tuple[tuple[str, str, str], ...]  # (kind, severity, message)
    seconds: float


@dataclass
class Tally:
    results: list[Result] = field(default_factory=list)

    def by_label(self, label: str, set_: str | None = None) -> list[Result]:
        return [
            r
            for r in self.results
            if r.row["label"] == label and (set_ is None or r.row["set"] == set_)
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


def report(tally: Tally) -> None:
    results = tally.results
    print(
        f"{len(results)} pairs judged, {sum(r.seconds for r in results) / max(1, len(results)) * 1000:.2f} ms per pair\n"
    )
    by_id = {str(r.row["id"]): r for r in results}
    print(
        "recall: the drifted row has a finding of its kind; new: it has more findings of that\n"
        "kind than its untouched base pair (so a finding the base already had does not count);\n"
        "prec: share of rows with a finding of the kind that are labelled with it.\n"
    )
    print(
        f"{'kind':12} {'rows':>5} {'recall':>7} {'new':>7} {'target':>7} {'prec':>7} {'found':>6}  subtypes missed"
    )
    found_on: dict[str, Counter[str]] = defaultdict(Counter)  # finding kind -> row label counts
    for r in results:
        for kind in {k for k, _, _ in r.kinds}:
            found_on[kind][str(r.row["label"])] += 1
    for kind in KINDS:
        drifted = tally.by_label(kind, "drift")
        hits = [r for r in drifted if any(k == kind for k, _, _ in r.kinds)]
        misses = Counter(str(r.row["subtype"]) for r in drifted if r not in hits)
        flagged = sum(found_on[kind].values())
        new = [r for r in hits if _count(r, kind) > _count(by_id.get(str(r.row.get("base"))), kind)]
        target = RECALL_TARGET[kind]
        ok = "ok" if drifted and len(hits) / len(drifted) >= target else "BELOW"
        missed = ", ".join(f"{s} {n}" for s, n in misses.most_common(4))
        print(
            f"{kind:12} {len(drifted):5} {_rate(len(hits), len(drifted))} {_rate(len(new), len(drifted))} {target:7.2f} "
            f"{_rate(found_on[kind][kind], flagged)} {flagged:6}  {ok:5} {missed}"
        )
    drifted_all = [r for r in results if r.row["set"] == "drift"]
    any_hit = sum(r.verdict != "faithful" for r in drifted_all)
    print(
        f"\nany drifted row judged not faithful: {_rate(any_hit, len(drifted_all))} ({any_hit}/{len(drifted_all)})"
    )
    for set_, name in (
        ("original", "faithful pairs as they are"),
        ("control", "meaning-preserving controls"),
    ):
        rows = [r for r in results if r.row["set"] == set_]
        not_faithful = sum(r.verdict != "faithful" for r in rows)
        major = sum(any(s in MAJOR for _, s, _ in r.kinds) for r in rows)
        print(
            f"false alarms on {name} ({len(rows)}): verdict not faithful {_rate(not_faithful, len(rows))}, "
            f"finding at/above major {_rate(major, len(rows))}  (target <= {FALSE_ALARM_TARGET:.2f})"
        )
        kinds = Counter(k for r in rows for k in {k for k, _, _ in r.kinds})
        if kinds:
            print("   kinds raised: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    controls = [r for r in results if r.row["set"] == "control"]
    caused = [
        r
        for r in controls
        if r.verdict != "faithful" and by_id[str(r.row["base"])].verdict == "faithful"
    ]
    print(
        f"controls whose edit alone caused the alarm (base pair judged faithful): "
        f"{_rate(len(caused), len(controls))} ({len(caused)}/{len(controls)})"
    )
    by_subtype = Counter(str(r.row["subtype"]) for r in caused)
    if by_subtype:
        print("   by subtype: " + ", ".join(f"{s} {n}" for s, n in by_subtype.most_common()))


def _count(result: Result | None, kind: str) -> int:
    return 0 if result is None else sum(k == kind for k, _, _ in result.kinds)


def show(tally: Tally, what: str, limit: int) -> None:
    """List misses (drifted rows of KIND without a finding of KIND) and false alarms."""
    if what in KINDS:
        rows = [
            r for r in tally.by_label(what, "drift") if not any(k == what for k, _, _ in r.kinds)
        ]
        title = f"misses of {what}"
        alarms = [
            r
            for r in tally.results
            if r.row["label"] != what and any(k == what for k, _, _ in r.kinds)
        ]
    else:
        set_ = "original" if what == "faithful" else "control"
        rows, title, alarms = (
            [],
            "",
            [r for r in tally.results if r.row["set"] == set_ and r.verdict != "faithful"],
        )
    if rows:
        print(f"\n=== {title} ({len(rows)}) ===")
        _print(rows[:limit])
    print(
        f"\n=== {what} findings on rows not labelled {what} ({len(alarms)}) ==="
        if what in KINDS
        else f"\n=== false alarms on {what} rows ({len(alarms)}) ==="
    )
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--show", metavar="KIND", help="a drift kind, 'faithful' or 'control'")
    parser.add_argument("--limit", type=int, default=40, help="rows to list with --show")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line]
    tally = run(rows)
    report(tally)
    if args.show:
        show(tally, args.show, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
