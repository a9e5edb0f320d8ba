"""Consistency check of the labelled real-article sets (benchmarks/data/real/*.jsonl).

Checks what docs/labelling.md asks of a case: required fields, every embedded post text and
every rendering an exact substring of the excerpt, every ``sentence`` an excerpt span holding
its rendering, valid post indexes, verdicts and kinds, a language code on every case and post,
and that a split file (``<lang>-dev.jsonl``, ``<lang>-test.jsonl``) holds only cases of its
language. Ids and source pages must be unique within a group of files: without FILE the
labellers' files (``raw/*.jsonl``) are one group and the splits another (a page in two splits
is an error); FILEs given are one group. Prints one line per error and a count; exits 1 on any
error. Run from the repo root:

    python benchmarks/validate_real.py [FILE ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

KINDS = {
    "entity", "number", "date", "negation", "omission", "addition", "intensity",
    "attribution", "other",
}  # fmt: skip
CASE_FIELDS = (
    "id", "source", "publisher", "language", "article_date", "embedded", "excerpt",
    "posts", "reference_posts", "renderings",
)  # fmt: skip
REAL = Path(__file__).resolve().parent / "data" / "real"
LANGS = {"hi", "mr", "bn", "ur", "ta", "te", "gu", "pa", "kn", "ml", "or", "ne", "en"}
SPLIT_SUFFIXES = ("-dev", "-test")


def post_text(post: dict[str, object]) -> str:
    """The post's words: ``text`` in the new sets, ``text_en`` in the first one."""
    return str(post.get("text") or post.get("text_en") or "")


def case_errors(case: dict[str, object]) -> list[str]:
    cid = str(case.get("id"))
    missing = [f for f in CASE_FIELDS if f not in case]
    if missing:
        return [f"{cid}: missing {', '.join(missing)}"]
    errors: list[str] = []
    if case["language"] not in LANGS:
        errors.append(f"{cid}: unknown language {case['language']!r}")
    excerpt = str(case["excerpt"])
    posts = list(case["posts"])  # type: ignore[call-overload]
    refs = list(case["reference_posts"])  # type: ignore[call-overload]
    if case["embedded"] and not posts:
        errors.append(f"{cid}: embedded but no posts")
    for i, post in enumerate(posts):
        parts = post.get("text_parts") or post.get("text_en_parts") or [post_text(post)]
        errors += [
            f"{cid}: post {i} text not in excerpt: {part[:60]!r}"
            for part in parts
            if not part or part not in excerpt
        ]
    for i, post in enumerate(refs):
        if not post_text(post) or not post.get("source"):
            errors.append(f"{cid}: reference post {i} needs text and source")
    errors += [
        f"{cid}: post {i} has no language"
        for i, post in enumerate(posts + refs)
        if "text" in post and post.get("lang") not in LANGS
    ]
    for i, r in enumerate(case["renderings"]):  # type: ignore[attr-defined]
        if r["text"] not in excerpt:
            errors.append(f"{cid}: rendering {i} not in excerpt: {r['text'][:60]!r}")
        sent = r.get("sentence")
        if sent is not None and (sent not in excerpt or r["text"] not in sent):
            errors.append(f"{cid}: rendering {i} sentence is not an excerpt span holding it")
        pi = r.get("post_index")
        if pi is None:
            if not 0 <= r.get("reference_index", 0) < len(refs):
                errors.append(f"{cid}: rendering {i} has no valid reference post")
        elif not 0 <= pi < len(posts):
            errors.append(f"{cid}: rendering {i} bad post_index")
        if r.get("verdict") not in ("faithful", "drift"):
            errors.append(f"{cid}: rendering {i} bad verdict")
        kinds = set(r.get("drift_kinds", []))
        if not kinds <= KINDS or (r.get("verdict") == "drift") != bool(kinds):
            errors.append(f"{cid}: rendering {i} verdict and kinds disagree")
        if not r.get("why"):
            errors.append(f"{cid}: rendering {i} has no why")
    return errors


def split_language(path: Path) -> str | None:
    """``mr`` for ``mr-dev.jsonl``; None for a labeller's file."""
    for suffix in SPLIT_SUFFIXES:
        if path.stem.endswith(suffix):
            return path.stem[: -len(suffix)]
    return None


def default_groups() -> list[list[Path]]:
    return [
        sorted(REAL.glob("raw/*.jsonl")),
        sorted(REAL.glob("*.jsonl")),
        sorted(REAL.glob("held-out/*.jsonl")),
    ]


def main(argv: list[str]) -> int:
    groups = [[Path(a) for a in argv]] if argv else default_groups()
    errors: list[str] = []
    n = 0
    for paths in groups:
        found, group_errors = check_group(paths)
        n += found
        errors += group_errors
    for e in errors:
        print("ERROR", e)
    print(f"{n} cases, {len(errors)} errors")
    return 1 if errors else 0


def check_group(paths: list[Path]) -> tuple[int, list[str]]:
    """Every case of the files, with ids and source pages unique across them."""
    errors: list[str] = []
    ids: set[str] = set()
    sources: set[str] = set()
    n = 0
    for path in paths:
        lang = split_language(path)
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            n += 1
            try:
                case = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"{path}:{lineno}: not JSON ({exc.msg})")
                continue
            errors += case_errors(case)
            if lang is not None and case.get("language") != lang:
                errors.append(f"{case.get('id')}: language {case.get('language')!r} in {path.name}")
            if case.get("id") in ids:
                errors.append(f"{case.get('id')}: duplicate id")
            if case.get("source") in sources:
                errors.append(f"{case.get('id')}: duplicate source page")
            ids.add(case.get("id"))
            sources.add(case.get("source"))
    return n, errors


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
