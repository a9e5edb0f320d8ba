"""Drift-judge quality on the real renderings of ../shared/data/real-articles/cases.jsonl.

Each labelled rendering is judged against the English post it renders (the embedded post
``posts[post_index]`` or ``reference_posts[reference_index]``), with the post's author,
handle and date as context, and with the parts of the post that the case's other renderings
give (an article that renders a post in two claims leaves out neither's part). Prints verdict accuracy (faithful vs drift), drift recall,
false alarms, a confusion of labelled kinds against found kinds, and every miss and false
alarm with the annotator's ``why``, for a human to read. Run from the repo root:
    python benchmarks/real_compare_eval.py [FILE ...] [--field text|sentence] [--quiet]

Without FILE: the shared development set and ``benchmarks/data/real/hi-dev.jsonl``. The
test split (``hi-test.jsonl``) is run only when named, at the end of a round of work.
``--field sentence`` judges each rendering's whole sentence, the article's frame included
(what ``check`` meets in an article and what an editor pastes into ``compare``).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from verifier.drift import Context, judge, rendered_part
from verifier.model import Span

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "real-articles" / "cases.jsonl"
REPO_COPY = ROOT / "tests" / "data" / "real-articles" / "cases.jsonl"
DEV = ROOT / "benchmarks" / "data" / "real" / "hi-dev.jsonl"
KINDS = (
    "entity",
    "number",
    "date",
    "negation",
    "attribution",
    "omission",
    "addition",
    "intensity",
    "other",
)


_PASS = frozenset({"faithful", "unchecked"})
"""Verdicts that raise nothing."""


@dataclass(frozen=True)
class Case:
    id: str
    lang: str
    post_lang: str
    post: dict[str, object]
    text: str
    label: str
    kinds: tuple[str, ...]
    why: str


@dataclass(frozen=True)
class Outcome:
    case: Case
    verdict: str
    found: tuple[tuple[str, str, str], ...]


def post_text(post: dict[str, object]) -> str:
    return str(post.get("text") or post.get("text_en") or "")


def load(path: Path, field: str = "text") -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        for r in raw["renderings"]:
            if r.get("post_index") is not None:
                post = raw["posts"][r["post_index"]]
            else:
                post = raw["reference_posts"][r.get("reference_index", 0)]
            cases.append(
                Case(
                    raw["id"],
                    raw["language"],
                    str(post.get("lang") or "en"),
                    post,
                    r.get(field) or r["text"],
                    r["verdict"],
                    tuple(r["drift_kinds"]),
                    r["why"],
                )
            )
    return cases


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _parts(cases: Sequence[Case]) -> list[list[Span]]:
    """For each rendering, the parts of its post that the case's other renderings of the same
    post give: the article renders those, so leaving them out here is no omission (what
    ``verify_article`` does with the claims of one article)."""
    parts = [
        rendered_part(post_text(c.post), c.text, post_lang=c.post_lang, claim_lang=c.lang)
        for c in cases
    ]
    return [
        [
            parts[j]
            for j, other in enumerate(cases)
            if j != i and other.id == case.id and other.post is case.post
        ]
        for i, case in enumerate(cases)
    ]


def run(cases: Sequence[Case]) -> list[Outcome]:
    out = []
    for case, elsewhere in zip(cases, _parts(cases), strict=True):
        post = case.post
        context = Context(
            post_id=case.id,
            post_date=_date(post.get("post_date")),
            author_name=str(post["author_name"]) if post.get("author_name") else None,
            handle=str(post["handle"]) if post.get("handle") else None,
        )
        j = judge(
            post_text(post),
            case.text,
            post_lang=case.post_lang,
            claim_lang=case.lang,
            context=context,
            elsewhere=elsewhere,
        )
        out.append(
            Outcome(case, j.verdict, tuple((f.kind, f.severity, f.message) for f in j.findings))
        )
    return out


def report(outcomes: Sequence[Outcome], quiet: bool = False) -> None:
    n = len(outcomes)
    drift = [o for o in outcomes if o.case.label == "drift"]
    faithful = [o for o in outcomes if o.case.label == "faithful"]
    # "unchecked" (no word-level check for the languages) flags nothing: counted apart.
    flagged = [o for o in drift if o.verdict not in _PASS]
    alarms = [o for o in faithful if o.verdict not in _PASS]
    correct = len(flagged) + len(faithful) - len(alarms)
    strict = sum(o.verdict == "drift" for o in drift)
    print(f"{n} labelled renderings ({len(drift)} drift, {len(faithful)} faithful)")
    unchecked = sum(o.verdict == "unchecked" for o in outcomes)
    if unchecked:
        print(f"judged unchecked (no word-level check for the languages): {unchecked}")
    print(f"verdict accuracy (faithful vs minor/drift): {correct / max(1, n):.3f} ({correct}/{n})")
    print(
        f"drift recall (verdict minor or drift):      {len(flagged) / max(1, len(drift)):.3f} ({len(flagged)}/{len(drift)})"
    )
    print(
        f"drift recall (verdict drift only):          {strict / max(1, len(drift)):.3f} ({strict}/{len(drift)})"
    )
    print(
        f"false alarms on faithful renderings:        {len(alarms) / max(1, len(faithful)):.3f} ({len(alarms)}/{len(faithful)})"
    )
    strict_alarms = sum(o.verdict == "drift" for o in faithful)
    print(
        f"false alarms, verdict drift only:           {strict_alarms / max(1, len(faithful)):.3f} ({strict_alarms}/{len(faithful)})"
    )
    by_lang: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_lang[o.case.lang].append(o)
    for lang, group in sorted(by_lang.items()):
        ok = sum((o.verdict not in _PASS) == (o.case.label == "drift") for o in group)
        print(f"  {lang}: accuracy {ok}/{len(group)}")
    _confusion(drift)
    if quiet:
        return
    _listing("MISSES (labelled drift, judged faithful)", [o for o in drift if o.verdict in _PASS])
    _listing("FALSE ALARMS (labelled faithful, judged not faithful)", alarms)
    wrong_kind = [o for o in flagged if not set(o.case.kinds) & {k for k, _, _ in o.found}]
    _listing("FLAGGED BUT NO LABELLED KIND FOUND (drift caught for another reason)", wrong_kind)


def _confusion(drift: Sequence[Outcome]) -> None:
    """Rows: labelled kinds; columns: kinds the judge found on those renderings."""
    found_kinds = sorted({k for o in drift for k, _, _ in o.found} | {"(none)"})
    table: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    for o in drift:
        found = {k for k, _, _ in o.found} or {"(none)"}
        for label in o.case.kinds:
            totals[label] += 1
            for k in found:
                table[label][k] += 1
    print("\nlabelled kind (rows) x found kind (columns), drift renderings:")
    width = max(len(k) for k in found_kinds) + 1
    print(" " * 12 + "  n " + "".join(f"{k[:width]:>{width}}" for k in found_kinds))
    for label in KINDS:
        if totals[label]:
            cells = "".join(f"{table[label][k] or '.':>{width}}" for k in found_kinds)
            print(f"{label:12}{totals[label]:3} {cells}")


def _listing(title: str, outcomes: Sequence[Outcome]) -> None:
    print(f"\n=== {title}: {len(outcomes)} ===")
    for o in outcomes:
        c = o.case
        print(f"[{c.id} {c.lang}] label={c.label} {list(c.kinds)} -> {o.verdict}")
        print(f"  post: {post_text(c.post)[:300]}")
        print(f"  claim: {c.text[:300]}")
        print(f"  why: {c.why}")
        for kind, severity, message in o.found:
            print(f"    - {kind}/{severity}: {message}")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    field = "text"
    if "--field" in args:
        i = args.index("--field")
        field = args[i + 1]
        del args[i : i + 2]
    quiet = "--quiet" in args
    args = [a for a in args if a != "--quiet"]
    paths = [Path(a) for a in args] or [
        SHARED if SHARED.exists() else REPO_COPY,
        *([DEV] if DEV.exists() else []),
    ]
    cases = [c for path in paths for c in load(path, field)]
    print(f"{', '.join(p.name for p in paths)}; field: {field}")
    report(run(cases), quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
