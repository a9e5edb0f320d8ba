"""How `verifier check` scales over an archive: articles per second and peak memory.

Inputs are copies of real pages: every article file of tests/data/pages (see its README and
PROVENANCE files) and the article excerpts of benchmarks/data/real/raw/*.jsonl written as
text files, cycled until there are N of them. Nothing is synthetic text.

For each engine setting (local 1 and 2 worker processes; Dask LocalCluster 1 and 2
workers), the command runs as a separate process over N articles with the JSON Lines report
to a file and no store (``--no-db``: the engine is measured, not the database), and prints:
wall seconds, articles/s, CPU seconds of the run (parent and the workers it waited for), the
peak resident memory of the whole process tree (parent plus workers, sampled every 0.1 s
with psutil; pages shared after fork count once per process) and of the parent alone, and
the machine's 1-minute load average. The parent is the process whose memory must stay flat
as N grows.

    python benchmarks/scale.py                      # 100 and 1,000 articles, every setting
    python benchmarks/scale.py --sizes 2000 --settings local-1,local-2

On a shared machine the absolute numbers move with the load; the ratios (2 workers / 1,
1,000 articles / 100) are what to read.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "data" / "pages"
RAW = ROOT / "benchmarks" / "data" / "real" / "raw"
SUFFIXES = (".html", ".htm", ".txt")

SETTINGS = {
    "local-1": ["-j", "1"],
    "local-2": ["-j", "2"],
    "dask-1": ["--engine", "dask", "-j", "1"],
    "dask-2": ["--engine", "dask", "-j", "2"],
}


def real_pages(workdir: Path) -> list[Path]:
    """The pool of real articles: fixture pages, and raw excerpts as text files."""
    pool = sorted(p for p in PAGES.rglob("*") if p.suffix in SUFFIXES)
    excerpts = workdir / "excerpts"
    excerpts.mkdir()
    for jsonl in sorted(RAW.glob("*.jsonl")):
        for line in jsonl.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = row.get("excerpt") or ""
            if len(text) > 200:
                path = excerpts / f"{row['id']}.txt"
                path.write_text(text, encoding="utf-8")
                pool.append(path)
    return pool


def make_archive(pool: list[Path], n: int, where: Path) -> Path:
    where.mkdir()
    for i in range(n):
        page = pool[i % len(pool)]
        shutil.copy(page, where / f"{i:06d}-{page.name}")
    return where


def measure(archive: Path, setting: list[str], out: Path) -> dict[str, float]:
    cmd = [sys.executable, "-m", "verifier", "check", str(archive), "--no-db", "-q",
           "--format", "jsonl", "--output", str(out), *setting]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    parent = psutil.Process(proc.pid)
    peak_tree = peak_parent = 0
    while proc.poll() is None:
        try:
            procs = [parent, *parent.children(recursive=True)]
            rss = [p.memory_info().rss for p in procs]
            peak_tree = max(peak_tree, sum(rss))
            peak_parent = max(peak_parent, rss[0])
        except psutil.Error:
            pass
        time.sleep(0.1)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    assert proc.stderr is not None
    err = proc.stderr.read().decode()
    if proc.returncode not in (0, 1, 5):
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}: {err[-500:]}")
    lines = out.read_text(encoding="utf-8").splitlines()
    articles = json.loads(lines[-1])["summary"]["articles"]
    return {
        "articles": articles,
        "wall_s": wall,
        "per_s": articles / wall,
        "cpu_s": cpu,
        "peak_tree_mb": peak_tree / 2**20,
        "peak_parent_mb": peak_parent / 2**20,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--sizes", default="100,1000")
    ap.add_argument("--settings", default=",".join(SETTINGS))
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    chosen = args.settings.split(",")
    with tempfile.TemporaryDirectory(prefix="verifier-scale-") as tmp:
        work = Path(tmp)
        pool = real_pages(work)
        print(f"pool: {len(pool)} real articles, cycled to {sizes}")
        print(
            f"{'setting':<9} {'N':>6} {'wall s':>8} {'art/s':>7} {'cpu s':>7} "
            f"{'tree MB':>8} {'parent MB':>9}  load"
        )
        results: dict[tuple[str, int], dict[str, float]] = {}
        for n in sizes:
            archive = make_archive(pool, n, work / f"archive-{n}")
            for name in chosen:
                r = measure(archive, SETTINGS[name], work / f"{name}-{n}.jsonl")
                results[(name, n)] = r
                print(
                    f"{name:<9} {n:>6} {r['wall_s']:>8.1f} {r['per_s']:>7.1f} {r['cpu_s']:>7.1f} "
                    f"{r['peak_tree_mb']:>8.0f} {r['peak_parent_mb']:>9.0f}  "
                    f"{os.getloadavg()[0]:.1f}",
                    flush=True,
                )
        for engine in ("local", "dask"):
            for n in sizes:
                one, two = results.get((f"{engine}-1", n)), results.get((f"{engine}-2", n))
                if one and two:
                    print(f"{engine} N={n}: 2 workers / 1 = {two['per_s'] / one['per_s']:.2f}x")
        if len(sizes) > 1:
            small, large = min(sizes), max(sizes)
            for name in chosen:
                a, b = results[(name, small)], results[(name, large)]
                print(
                    f"{name}: parent peak at N={large} / N={small} = "
                    f"{b['peak_parent_mb'] / a['peak_parent_mb']:.2f}x"
                )


if __name__ == "__main__":
    main()
