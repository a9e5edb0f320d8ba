"""Fuzz benchmark: does any input crash or stall the pipeline?

Builds ``--n`` inputs, mutated from the real pages in ``tests/data/pages``, ``seeds/`` and
``benchmarks/data`` (truncations, byte flips, deleted and repeated ranges, deep nesting,
huge lines, unbalanced quotes of every script, invalid UTF-8 and UTF-16, tags with many
attributes, pages with many embeds) or synthetic (runs of Devanagari words without
punctuation, chains of speech cues, quote marks, figures and dates). Each one goes through
the pipeline as a user's file would: ``load_input`` on its bytes, then
``verify_article(parse_document(doc))``, in worker processes with a time limit per input.

Prints the count of crashes (any exception but ``VerifierError``), hangs (over the limit:
the worker is killed and replaced), refusals (``VerifierError``: the documented one-line
error), the peak memory (RSS) of one input, and the slowest inputs. Input ``i`` of seed
``s`` is always the same bytes: ``--only i`` runs it again, ``--save DIR`` writes the
inputs that crashed or hung.

    nice python benchmarks/fuzz.py --n 100000            # the full run (long: see docs)
    python benchmarks/fuzz.py --n 2000 --jobs 2          # a quick look
    python benchmarks/fuzz.py --only 4242 --save /tmp/f  # one input again
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing as mp
import os
import random
import resource
import signal
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# --- seeds -------------------------------------------------------------------------------


def load_seeds() -> list[bytes]:
    """The real pages and texts the mutations start from."""
    seeds: list[bytes] = []
    for folder, pattern in (
        (ROOT / "tests" / "data" / "pages", "*.html"),
        (ROOT / "tests" / "data" / "pages", "*.txt"),
        (ROOT / "seeds", "*.txt"),
    ):
        seeds += [p.read_bytes() for p in sorted(folder.glob(pattern))]
    # Real excerpts (Hindi, Bengali, Marathi, Urdu, English) as plain texts: development
    # splits only, so the test splits stay unread.
    for path in sorted((ROOT / "benchmarks" / "data" / "real").glob("*-dev.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines()[:40]:
            try:
                row = json.loads(line)
            except ValueError:
                continue
            for key in ("excerpt", "text", "rendering", "post_text", "claim"):
                value = row.get(key) if isinstance(row, dict) else None
                if isinstance(value, str) and len(value) > 40:
                    seeds.append(value.encode("utf-8"))
    return seeds


# --- building blocks ----------------------------------------------------------------------

QUOTES = [
    '"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』",
    "″", "＂", "`", "''", "\"'", "'\"",
]  # fmt: skip
SCRIPT_WORDS = {
    "devanagari": "भारत ने कहा कि सरकार मंत्री ट्वीट पोस्ट एक्स पर लिखा उन्होंने नहीं बहुत".split(),
    "bengali": "তিনি বলেন যে প্রধানমন্ত্রী টুইট করে লেখেন ভারত সরকার জানান".split(),
    "tamil": "அவர் கூறினார் என்று அமைச்சர் ட்வீட் இந்தியா அரசு".split(),
    "urdu": "انہوں نے کہا کہ وزیر اعظم ٹویٹ پوسٹ حکومت پاکستان".split(),
    "gurmukhi": "ਉਨ੍ਹਾਂ ਨੇ ਕਿਹਾ ਕਿ ਸਰਕਾਰ ਮੰਤਰੀ".split(),
    "latin": "he said that the minister tweeted posted India Canada not never".split(),
    "marathi": "पंतप्रधान म्हणाले की सरकार मंत्रालयाकडून निषेध करण्यात आला".split(),
}
FIGURES = [
    "50", "५०", "৫০", "۵۰", "1,00,000", "2.5 लाख", "3 करोड़", "10%", "₹500", "$1.2 billion",
    "पचास", "डेढ़", "ढाई", "सवा", "Feb 4, 2026", "4 फरवरी 2026", "सोमवार", "कल", "आज",
    "2026-02-04", "12/31/2025", "1st", "१९४७", "fifty-five", "one hundred and twenty",
]  # fmt: skip
EMBED = (
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{text}</p>&mdash; {name} '
    '(@{handle}) <a href="https://twitter.com/{handle}/status/{sid}">February 4, 2026</a>'
    "</blockquote>\n"
)


def words(rng: random.Random, script: str, n: int, sep: str = " ") -> str:
    pool = SCRIPT_WORDS[script]
    return sep.join(rng.choice(pool) for _ in range(n))


def any_script(rng: random.Random) -> str:
    return rng.choice(list(SCRIPT_WORDS))


# --- mutations (bytes -> bytes) ------------------------------------------------------------


def truncate(rng: random.Random, data: bytes) -> bytes:
    return (
        data[: rng.randint(0, len(data))]
        if rng.random() < 0.7
        else data[rng.randint(0, len(data)) :]
    )


def flip_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    ascii_only = rng.random() < 0.6  # else mostly undecodable: refused, as it should be
    for _ in range(rng.randint(1, 40)):
        if not out:
            break
        at = rng.randrange(len(out))
        if not ascii_only:
            out[at] = rng.randrange(256)
        elif out[at] < 0x80:
            out[at] = rng.choice(b"<>\"'=/&;#!-[]{}\n ")
    return bytes(out)


def delete_range(rng: random.Random, data: bytes) -> bytes:
    a = rng.randint(0, len(data))
    return data[:a] + data[a + rng.randint(0, 2000) :]


def repeat_range(rng: random.Random, data: bytes) -> bytes:
    a = rng.randint(0, len(data))
    piece = data[a : a + rng.randint(1, 400)]
    return data[:a] + piece * rng.randint(2, 200) + data[a:]


def insert(rng: random.Random, data: bytes, piece: str | bytes) -> bytes:
    raw = piece.encode("utf-8", "surrogatepass") if isinstance(piece, str) else piece
    a = rng.randint(0, len(data))
    return data[:a] + raw + data[a:]


def unbalanced_quotes(rng: random.Random, data: bytes) -> bytes:
    out = data
    for _ in range(rng.randint(1, 30)):
        q = rng.choice(QUOTES)
        piece = q + words(rng, any_script(rng), rng.randint(0, 12)) * rng.choice((1, 1, 1, 3))
        out = insert(rng, out, piece)
    return out


def quote_run(rng: random.Random, data: bytes) -> bytes:
    """One mark many times: closing quotes after a cue, opening quotes without end."""
    q = rng.choice(QUOTES)
    cue = rng.choice(["ने कहा ", "ने ट्वीट कर लिखा, ", "said ", "বলেন, ", "نے کہا "])
    return insert(rng, data, cue + q * rng.randint(100, 3_000))


def deep_nesting(rng: random.Random, data: bytes) -> bytes:
    tag = rng.choice(["div", "blockquote", "p", "span", "b", "table", "a", "li", "amp-twitter"])
    depth = rng.randint(100, 3_000)
    close = rng.random() < 0.5
    piece = f"<{tag}>" * depth + "text" + (f"</{tag}>" * depth if close else "")
    if rng.random() < 0.2:
        piece = "[" * depth + "{" * depth  # brackets in text, for readers that recurse
    return insert(rng, data, piece)


def huge_line(rng: random.Random, data: bytes) -> bytes:
    kind = rng.randrange(4)
    n = rng.randint(2_000, 20_000)
    if kind == 0:
        line = words(rng, any_script(rng), n // 4)
    elif kind == 1:
        line = rng.choice("aक।.,-—|") * n
    elif kind == 2:
        line = "Breaking news headline - " + "x" * n + "!"
    else:
        line = "https://example.com/" + "a/" * (n // 2)
    return insert(rng, data, line)


def many_attributes(rng: random.Random, data: bytes) -> bytes:
    n = rng.randint(300, 8_000)
    same = rng.random() < 0.3
    attrs = " ".join(f'a{0 if same else i}="v{i}"' for i in range(n))
    return insert(rng, data, f"<div {attrs}>text</div>")


def many_embeds(rng: random.Random, data: bytes) -> bytes:
    n = rng.randint(10, 80)
    same_text = rng.random() < 0.5
    parts = []
    for i in range(n):
        text = "India and Canada agree on trade" if same_text else words(rng, "latin", 12)
        parts.append(
            EMBED.format(
                text=text, name="Minister", handle=f"min{i % 7}", sid=1_500_000_000_000_000_000 + i
            )
        )
        if rng.random() < 0.5:
            parts.append(f"<p>मंत्री ने ट्वीट कर कहा, '{words(rng, 'devanagari', 10)}'</p>\n")
    return insert(rng, data, "".join(parts))


def invalid_utf8(rng: random.Random, data: bytes) -> bytes:
    bad = [b"\xff", b"\xc0\xaf", b"\xed\xa0\x80", b"\xe0\xa4", b"\xf4\x90\x80\x80", b"\x80" * 5]
    out = data
    for _ in range(rng.randint(1, 20)):
        out = insert(rng, out, rng.choice(bad))
    return out


def reencode(rng: random.Random, data: bytes) -> bytes:
    """UTF-16 (LE/BE, with and without BOM), odd lengths, a lone surrogate, Latin-1 claims."""
    text = data.decode("utf-8", "replace")
    choice = rng.randrange(6)
    if choice == 0:
        return text.encode("utf-16")
    if choice == 1:
        return text.encode("utf-16-le")
    if choice == 2:
        return text.encode("utf-16-be")[: rng.randint(0, 2 * len(text))]
    if choice == 3:
        return insert(rng, data, "\ud800")  # a lone surrogate written as UTF-8 bytes
    if choice == 4:
        return b'<meta charset="utf-16">' + data
    return b"\xef\xbb\xbf" + data  # a BOM


def controls(rng: random.Random, data: bytes) -> bytes:
    out = data
    for _ in range(rng.randint(1, 20)):
        out = insert(
            rng,
            out,
            chr(
                rng.choice(
                    [0, 1, 8, 11, 12, 27, 127, 0x85, 0x200B, 0x200C, 0x200D, 0xFEFF, 0xE000, 0x202E]
                )
            ),
        )
    return out


MUTATIONS = [
    truncate, flip_bytes, delete_range, repeat_range, unbalanced_quotes, quote_run,
    deep_nesting, huge_line, many_attributes, many_embeds, invalid_utf8, reencode, controls,
]  # fmt: skip
# The expensive shapes are rarer, so 100,000 inputs fit in an evening on two cores.
WEIGHTS = [12, 12, 6, 5, 10, 2, 2, 1, 1, 1, 5, 4, 5]


# --- synthetic inputs ----------------------------------------------------------------------


def synthetic(rng: random.Random) -> bytes:
    kind = rng.randrange(7)
    script = any_script(rng)
    if kind == 0:  # unpunctuated words of one script
        text = words(rng, script, rng.randint(1, 3_000))
    elif kind == 1:  # chains of speech cues
        cue = rng.choice(
            ["राम ने कहा ", "उन्होंने ट्वीट कर लिखा कि ", "তিনি বলেন ", "का कहना है कि ", "और कहा कि "]
        )
        text = cue * rng.randint(1, 600)
    elif kind == 2:  # quotes of every kind, nested and unbalanced
        text = "".join(
            rng.choice(QUOTES) + words(rng, script, rng.randint(0, 6))
            for _ in range(rng.randint(1, 600))
        )
    elif kind == 3:  # figures and dates
        text = " ".join(
            rng.choice(FIGURES + SCRIPT_WORDS[script]) for _ in range(rng.randint(1, 1_500))
        )
    elif kind == 4:  # a flattened post signature, repeated
        sig = f"{words(rng, 'latin', 8)}— Name (@handle) February 4, 2026 pic.twitter.com/abc\n"
        text = sig * rng.randint(1, 300)
    elif kind == 5:  # random code points
        text = "".join(chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(1, 8_000)))
    else:  # a small page with a few embeds and renderings
        body = many_embeds(rng, b"").decode("utf-8")
        text = f"<html><body><article><h1>{words(rng, 'devanagari', 6)}</h1>{body}</article></body></html>"
    return text.encode("utf-8", "surrogatepass")


def _whole_chars(window: bytes) -> bytes:
    """A window of UTF-8 without the characters cut at its two ends (``truncate`` cuts them)."""
    start = 0
    while start < min(4, len(window)) and 0x80 <= window[start] < 0xC0:
        start += 1
    end = len(window)
    for back in range(1, min(4, len(window)) + 1):
        byte = window[end - back]
        if byte >= 0xC0:  # a lead byte: keep its character only if it is complete
            need = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            end = end if back >= need else end - back
            break
        if byte < 0x80:
            break
    return window[start:end]


def make_input(seed: int, index: int, seeds: list[bytes]) -> tuple[str, bytes]:
    """Input ``index``: its description and bytes (the same for the same seed and index)."""
    rng = random.Random(seed * 1_000_003 + index)
    if rng.random() < 0.1:
        return "synthetic", synthetic(rng)
    base = rng.choice(seeds)
    if rng.random() < 0.9:  # a window keeps most inputs small: 100,000 of them must run
        a = rng.randint(0, max(0, len(base) - 1))
        base = _whole_chars(base[a : a + rng.choice((256, 512, 1024, 2048, 4096, 8192, 32768))])
    names = []
    data = base
    for _ in range(rng.choice((1, 1, 2, 3))):
        op = rng.choices(MUTATIONS, WEIGHTS)[0]
        names.append(op.__name__)
        data = op(rng, data)
    return "+".join(names), data[:6_000_000]


# --- workers --------------------------------------------------------------------------------


def _peak_reset() -> None:
    try:  # Linux: writing 5 resets the peak RSS (VmHWM) of this process
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _peak_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker(conn: Connection, seed: int, memory_mb: int) -> None:
    """Run inputs sent by index; answer (index, mutations, outcome, detail, CPU s, peak MB)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the run and kills us
    if memory_mb:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from verifier.errors import VerifierError
    from verifier.fetch.load import load_input
    from verifier.pipeline import parse_document, verify_article
    from verifier.settings import Settings

    settings = Settings()
    seeds = load_seeds()
    verify_article(parse_document(load_input("-", fetcher=None, stdin=io.BytesIO(seeds[0]), max_bytes=settings.max_bytes)), settings)  # fmt: skip
    conn.send(("ready",))
    while True:
        index = conn.recv()
        if index is None:
            return
        desc, data = make_input(seed, index, seeds)
        _peak_reset()
        start = time.process_time()
        try:
            doc = load_input(
                "-", fetcher=None, stdin=io.BytesIO(data), max_bytes=settings.max_bytes
            )
            verify_article(parse_document(doc), settings)
            outcome, detail = "ok", ""
        except VerifierError as exc:
            outcome, detail = (
                "refused",
                str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__,
            )
        except BaseException as exc:  # noqa: BLE001 - every other exception is what we look for
            tb = traceback.extract_tb(exc.__traceback__)
            where = f"{Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else "?"
            outcome, detail = "crash", f"{type(exc).__name__} at {where}: {str(exc)[:160]}"
        conn.send((index, desc, outcome, detail, time.process_time() - start, _peak_mb()))


@dataclass
class Slot:
    proc: mp.process.BaseProcess
    conn: Connection
    index: int | None = None
    started: float = 0.0
    ready: bool = False


@dataclass
class Tally:
    outcomes: Counter[str] = field(default_factory=Counter)
    crashes: list[tuple[int, str, str]] = field(default_factory=list)
    hangs: list[tuple[int, str]] = field(default_factory=list)
    slowest: list[tuple[float, int, str]] = field(default_factory=list)
    peak: tuple[float, int, str] = (0.0, -1, "")
    refusals: Counter[str] = field(default_factory=Counter)
    interrupted: bool = False


def _record(tally: Tally, msg: tuple[int, str, str, str, float, float], limit: float) -> None:
    index, desc, outcome, detail, cpu, peak = msg
    if cpu > limit:
        outcome, detail = "hang", f"{cpu:.1f} s of CPU"
    tally.outcomes[outcome] += 1
    if outcome == "crash":
        tally.crashes.append((index, desc, detail))
        print(f"  CRASH {index} [{desc}]: {detail}", flush=True)
    elif outcome == "hang":
        tally.hangs.append((index, desc))
        print(f"  HANG {index} [{desc}]: {detail}", flush=True)
    elif outcome == "refused":
        tally.refusals[detail.split(": ", 1)[-1][:60]] += 1
    tally.slowest = sorted([*tally.slowest, (cpu, index, desc)], reverse=True)[:10]
    if peak > tally.peak[0]:
        tally.peak = (peak, index, desc)


def run(args: argparse.Namespace) -> Tally:
    ctx = mp.get_context("spawn")
    seeds = load_seeds()
    indices = [args.only] if args.only is not None else list(range(args.start, args.start + args.n))
    todo = list(reversed(indices))
    tally = Tally()
    slots: list[Slot] = []

    def spawn() -> Slot:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=worker, args=(child, args.seed, args.memory_mb), daemon=True)
        proc.start()
        child.close()
        return Slot(proc, parent)

    slots = [spawn() for _ in range(max(1, min(args.jobs, len(indices))))]
    t0 = time.time()
    try:
        _loop(args, seeds, indices, todo, tally, slots, spawn, t0)
    except KeyboardInterrupt:  # Ctrl-C: stop, and report what was run
        tally.interrupted = True
    for slot in slots:
        if slot.proc.is_alive() and slot.index is None and not tally.interrupted:
            slot.conn.send(None)
            slot.proc.join(5)
        if slot.proc.is_alive():
            slot.proc.kill()
    return tally


def _loop(
    args: argparse.Namespace,
    seeds: list[bytes],
    indices: list[int],
    todo: list[int],
    tally: Tally,
    slots: list[Slot],
    spawn: Callable[[], Slot],
    t0: float,
) -> None:
    done = 0
    while done < len(indices):
        for slot in slots:
            if slot.ready and slot.index is None and todo:
                slot.index = todo.pop()
                slot.started = time.time()
                slot.conn.send(slot.index)
        ready = wait([s.conn for s in slots], timeout=1.0)
        now = time.time()
        for i, slot in enumerate(slots):
            if slot.conn in ready:
                try:
                    msg = slot.conn.recv()
                except EOFError:
                    msg = None
                if msg is None:  # the worker died (killed by the OS, a segfault)
                    if slot.index is not None:
                        desc, _ = make_input(args.seed, slot.index, seeds)
                        tally.outcomes["crash"] += 1
                        tally.crashes.append(
                            (slot.index, desc, f"worker died (exit {slot.proc.exitcode})")
                        )
                        done += 1
                    slot.proc.join(1)
                    slots[i] = spawn()
                    continue
                if msg[0] == "ready":
                    slot.ready = True
                    continue
                _record(tally, msg, args.limit)
                slot.index = None
                done += 1
                if done % args.every == 0:
                    rate = done / (time.time() - t0)
                    print(
                        f"  {done}/{len(indices)} inputs, {rate:.1f}/s, {dict(tally.outcomes)}",
                        flush=True,
                    )
            elif slot.index is not None and now - slot.started > args.limit * args.wall_factor:
                desc, _ = make_input(args.seed, slot.index, seeds)
                tally.outcomes["hang"] += 1
                tally.hangs.append((slot.index, desc))
                print(
                    f"  HANG {slot.index} [{desc}]: killed after {now - slot.started:.0f} s",
                    flush=True,
                )
                slot.proc.kill()
                slot.proc.join(5)
                done += 1
                slots[i] = spawn()


def save(args: argparse.Namespace, tally: Tally) -> None:
    out = Path(args.save)
    out.mkdir(parents=True, exist_ok=True)
    seeds = load_seeds()
    for index, *_ in tally.crashes + [(i, d, "") for i, d in tally.hangs]:
        _, data = make_input(args.seed, index, seeds)
        (out / f"input-{args.seed}-{index}.bin").write_bytes(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="number of inputs (default 2000)")
    parser.add_argument("--start", type=int, default=0, help="first input index")
    parser.add_argument("--seed", type=int, default=14, help="which inputs (default 14)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    parser.add_argument(
        "--limit", type=float, default=20.0, help="CPU seconds per input before it is a hang"
    )
    parser.add_argument(
        "--wall-factor",
        type=float,
        default=3.0,
        help="a worker is killed after limit x this (wall clock)",
    )
    parser.add_argument(
        "--memory-mb", type=int, default=3000, help="address-space limit per worker (0: none)"
    )
    parser.add_argument("--only", type=int, help="run this one input index")
    parser.add_argument("--save", help="write the inputs that crashed or hung to this folder")
    parser.add_argument("--every", type=int, default=1000, help="print progress every N inputs")
    args = parser.parse_args(argv)
    # Ctrl-C or a plain kill stops the run and prints what was run (a shell starts a
    # background job with SIGINT ignored: set it back).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    started = time.time()
    tally = run(args)
    elapsed = time.time() - started
    total = sum(tally.outcomes.values())
    stopped = f", stopped after {total} of {args.n}" if tally.interrupted else ""
    print(
        f"fuzz: {total} inputs (seed {args.seed}, from index {args.start}{stopped}) in {elapsed:.0f} s"
    )
    print(f"  ok {tally.outcomes['ok']}, refused (VerifierError) {tally.outcomes['refused']}, crashes {tally.outcomes['crash']}, hangs {tally.outcomes['hang']} (limit {args.limit:g} s CPU)")  # fmt: skip
    print(
        f"  peak memory of one input: {tally.peak[0]:.0f} MB RSS (input {tally.peak[1]}: {tally.peak[2]})"
    )
    print("  slowest inputs (CPU s, index, mutations):")
    for cpu, index, desc in tally.slowest:
        print(f"    {cpu:7.2f}  {index:7d}  {desc}")
    if tally.refusals:
        print("  refusals:", ", ".join(f"{why} ({n})" for why, n in tally.refusals.most_common(5)))
    for index, desc, detail in tally.crashes[:30]:
        print(f"  CRASH {index} [{desc}]: {detail}")
    for index, desc in tally.hangs[:30]:
        print(f"  HANG {index} [{desc}]")
    if args.save and (tally.crashes or tally.hangs):
        save(args, tally)
    return 0


if __name__ == "__main__":
    sys.exit(main())
