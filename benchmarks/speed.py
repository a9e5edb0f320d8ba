"""Speed of ``verifier`` against a bare lxml parse of the same real pages, in one run.

Prints, as process CPU time (not wall time: the machine may be shared):

- ``verifier --help``: CPU seconds of the command in a subprocess (rusage of the child);
- ``check`` per page after start-up (load -> parse_document -> verify_article) next to a
  bare ``lxml.html.fromstring`` of the same bytes, their ratio and pages/s/core, over the real
  pages in ``tests/data/pages`` (``*.html``, ``*.txt``) and the real article excerpts of
  ``tests/data/real-articles`` and of the dev split of ``benchmarks/data/real`` (each written
  to a file first, so ``load`` reads a file as ``check`` does; test splits are never read);
- ``align`` of 1,997 x 1,997 news sentences (FLORES-200 devtest, eng-hin: sources are the
  1,012 English sentences and the first 985 Hindi ones, candidates the 1,012 Hindi and the
  first 985 English ones; P@1 counts a candidate of the same FLORES row as right, so an
  English source that finds its own English sentence among the candidates is right too);
- ``compare`` pairs per second over the 1,012 FLORES English-Hindi pairs (``judge`` as the
  ``compare`` command calls it).

Targets (issue 14): help <= 0.15 s; check <= 3x a bare parse, >= 300 pages/s/core;
align < 20 s; compare >= 2,000 pairs/s. Run from the repo root:

    python benchmarks/speed.py [--only help,check,align,compare] [--repeat N] [--slowest K]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import lxml.html

if TYPE_CHECKING:
    from verifier.model import ArticleResult

ROOT = Path(__file__).resolve().parents[1]
FLORES = ROOT.parent / "shared" / "data" / "parallel" / "flores200-devtest"
PAGE_DIRS = (ROOT / "tests" / "data" / "pages",)
CASE_FILES = (
    ROOT / "tests" / "data" / "real-articles" / "cases.jsonl",
    ROOT / "benchmarks" / "data" / "real" / "hi-dev.jsonl",
)
ALIGN_SIZE = 1997
SECTIONS = ("help", "check", "align", "compare")


def cpu() -> float:
    """CPU seconds of this process (user + system, all threads)."""
    return time.process_time()


def child_cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def help_cpu(repeat: int) -> list[float]:
    """CPU seconds of ``verifier --help`` in a fresh process, ``repeat`` times."""
    exe = shutil.which("verifier", path=str(Path(sys.executable).parent)) or shutil.which(
        "verifier"
    )
    cmd = [exe, "--help"] if exe else [sys.executable, "-m", "verifier", "--help"]
    out = []
    for _ in range(repeat):
        before = child_cpu()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        out.append(child_cpu() - before)
    return out


@dataclass(frozen=True)
class Page:
    path: Path
    data: bytes


def real_pages(tmp: Path) -> list[Page]:
    """The fixture pages as they are, and each real excerpt written to a file of its own."""
    paths = [p for d in PAGE_DIRS for p in sorted(d.iterdir()) if p.suffix in {".html", ".txt"}]
    for cases in CASE_FILES:
        if not cases.exists():
            continue
        for line in cases.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            target = tmp / f"{cases.parent.name}-{cases.stem}-{case['id']}.txt"
            target.write_text(case["excerpt"], encoding="utf-8")
            paths.append(target)
    return [Page(p, p.read_bytes()) for p in paths]


def _check_one(spec: str) -> ArticleResult:
    from verifier.fetch.load import load_input
    from verifier.pipeline import parse_document, verify_article

    doc = load_input(spec, fetcher=None, max_bytes=10 * 1024 * 1024)
    return verify_article(parse_document(doc))


def _outcome(result: ArticleResult) -> tuple[object, ...]:
    r = result
    return (r.posts, r.claims, r.pairs, r.unsourced_claims, r.unrendered_posts, r.findings)


def _timed(fn: Callable[[], object]) -> float:
    t0 = cpu()
    fn()
    return cpu() - t0


def check_vs_parse(pages: list[Page], repeat: int, slowest: int) -> None:
    # Start-up (imports, lexicons, gazetteer, compiled patterns) and the results' digest.
    outcomes = [_outcome(_check_one(str(page.path))) for page in pages]
    tmp = str(pages[-1].path.parent)
    parse_tot, check_tot = [], []
    per_page: dict[Path, tuple[float, float]] = {}
    for _ in range(repeat):
        p_sum = c_sum = 0.0
        for page in pages:
            p = _timed(lambda pg=page: lxml.html.fromstring(pg.data))
            c = _timed(lambda pg=page: _check_one(str(pg.path)))
            p_sum += p
            c_sum += c
            old = per_page.get(page.path, (p, c))
            per_page[page.path] = (min(old[0], p), min(old[1], c))
        parse_tot.append(p_sum)
        check_tot.append(c_sum)
    n = len(pages)
    kb = sum(len(p.data) for p in pages) / 1024
    bare, full = min(parse_tot), min(check_tot)
    print(f"check: {n} real pages ({kb:,.0f} KB), best of {repeat} passes after a warm-up pass")
    print(f"  bare lxml parse:     {bare * 1000 / n:8.3f} ms CPU/page ({bare:.3f} s)")
    print(f"  check after start-up:{full * 1000 / n:8.3f} ms CPU/page ({full:.3f} s)")
    print(f"  ratio check / parse: {full / bare:8.1f}x   (target <= 3x)")
    print(f"  pages/s/core:        {n / full:8.0f}     (target >= 300)")
    print(f"  results {digest(repr(outcomes).replace(tmp, 'TMP'))}")
    if slowest:
        print(f"  slowest {slowest} pages (check ms, parse ms):")
        worst = sorted(per_page.items(), key=lambda kv: -kv[1][1])[:slowest]
        for path, (p, c) in worst:
            print(f"    {c * 1000:8.2f} {p * 1000:7.3f}  {path.name}")


def flores(folder: Path, lang: str) -> tuple[list[str], list[str]]:
    """English and ``lang`` columns of ``eng-LANG.tsv``, one FLORES row per line."""
    en, other = [], []
    for line in (folder / f"eng-{lang}.tsv").read_text(encoding="utf-8").splitlines():
        e, o = line.split("\t")
        en.append(e)
        other.append(o)
    return en, other


def digest(rows: object) -> str:
    """A short hash of results, to see at a glance that a change left them as they were."""
    return hashlib.sha256(repr(rows).encode()).hexdigest()[:16]


def align_bench(folder: Path) -> None:
    from verifier.align.align import align_texts

    en, hi = flores(folder, "hin")
    extra = ALIGN_SIZE - len(en)
    sources = en + hi[:extra]
    claims = hi + en[:extra]
    t0 = cpu()
    results = align_texts(sources, claims)  # what ``verifier align`` runs
    dt = cpu() - t0
    n = len(en)
    hits = sum(1 for r in results if r.claim is not None and r.claim % n == r.source % n)
    print(f"align: {len(sources):,} x {len(claims):,} FLORES devtest sentences "
          "(en+hi -> hi+en)")  # fmt: skip
    print(f"  CPU: {dt:.2f} s   (target < 20 s)   P@1 {hits / len(sources):.4f}   "
          f"results {digest([(r.source, r.claim, r.score) for r in results])}")  # fmt: skip


def compare_bench(folder: Path) -> None:
    from verifier.drift import judge
    from verifier.lang.textnorm import detect_language

    en, hi = flores(folder, "hin")
    # Start-up: tables, lexicons, and the identifier's model that a Latin-script text not
    # plainly English loads once.
    detect_language("Die Regierung hat am Montag neue Regeln für die Wahl beschlossen.")
    for e, h in zip(en[:10], hi[:10], strict=True):
        judge(e, h)
    t0 = cpu()
    out = [judge(e, h) for e, h in zip(en, hi, strict=True)]
    dt = cpu() - t0
    print(f"compare: {len(en):,} FLORES English-Hindi pairs")
    print(f"  CPU: {dt:.2f} s, {len(en) / dt:,.0f} pairs/s   (target >= 2,000)   "
          f"results {digest(out)}")  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections")
    ap.add_argument("--repeat", type=int, default=3, help="passes over the pages (best kept)")
    ap.add_argument("--slowest", type=int, default=0, help="list the K slowest pages")
    ap.add_argument("--flores", type=Path, default=FLORES)
    args = ap.parse_args()
    only = set(args.only.split(","))
    if unknown := only - set(SECTIONS):
        ap.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    if "help" in only:
        runs = help_cpu(5)
        print(f"verifier --help: {min(runs):.3f} s CPU (best of 5; median "
              f"{sorted(runs)[2]:.3f} s)   (target <= 0.15 s)")  # fmt: skip
    if "check" in only:
        with tempfile.TemporaryDirectory(prefix="verifier-speed-") as tmp:
            check_vs_parse(real_pages(Path(tmp)), max(1, args.repeat), args.slowest)
    if "align" in only:
        align_bench(args.flores)
    if "compare" in only:
        compare_bench(args.flores)
    print(f"(python {sys.version.split()[0]}, pid {os.getpid()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
