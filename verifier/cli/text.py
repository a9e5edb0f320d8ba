"""The commands that judge text without an article: ``compare`` and ``align``."""

from __future__ import annotations

import codecs
import itertools
import json
import sys
from collections.abc import Iterator
from typing import Any, BinaryIO

import click

from verifier.cli.common import _fail
from verifier.errors import InputError
from verifier.model import SEVERITIES
from verifier.report.formats import COMPARE_FORMATS, Comparison


@click.command()
@click.option("--source", help="The original text (or @file).")
@click.option("--claim", help="Its rendering (or @file).")
@click.option(
    "--jsonl",
    "jsonl",
    type=click.Path(dir_okay=False),
    help='Lines of {"id","source","claim"}; - for stdin.',
)
@click.option("--threshold", type=click.Choice(SEVERITIES), default="major")
@click.option(
    "--partial",
    is_flag=True,
    help="The claim renders only part of the source: do not report what it leaves out "
    'before or after that part (per line: "partial": true).',
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(COMPARE_FORMATS.names()),
    default="json",
    show_default=True,
    help="One JSON object per pair, or text to read.",
)
def compare(
    source: str | None,
    claim: str | None,
    jsonl: str | None,
    threshold: str,
    partial: bool,
    fmt: str,
) -> int:
    """Judge renderings without an article: one pair, or many as JSON lines."""
    from verifier.drift import judge
    from verifier.policy.policy import at_or_above

    writer = COMPARE_FORMATS.get(fmt)
    if jsonl:
        if source or claim:
            _fail("use either --jsonl or --source/--claim")
        comparisons: Iterator[Comparison] = (
            Comparison(judge(src, clm, partial=part), ident, has_ident)
            for src, clm, part, ident, has_ident in _jsonl_rows(jsonl, partial)
        )
    else:
        if source is None or claim is None:
            _fail("give --source and --claim, or --jsonl FILE")
        src, clm = _read_text_arg("--source", source), _read_text_arg("--claim", claim)
        if not src.strip() or not clm.strip():
            raise InputError("--source and --claim must not be empty")
        comparisons = iter([Comparison(judge(src, clm, partial=partial))])
    failed = 0
    for c in comparisons:  # one line out per line in, as each is judged
        failed += any(at_or_above(f.severity, threshold) for f in c.judgement.findings)
        click.echo(writer.render(c))
    if failed:
        pairs = f"{failed} pair{'s' if failed != 1 else ''}"
        click.echo(f"verifier: failed: {pairs} with a finding at or above {threshold}", err=True)
    return 1 if failed else 0


def _jsonl_rows(jsonl: str, partial: bool) -> Iterator[tuple[str, str, bool, Any, bool]]:
    """``(source, claim, partial, id, has_id)`` per non-blank line of a JSON-lines file,
    read one line at a time (memory flat in the number of lines)."""
    for n, line in _numbered_lines(jsonl, MAX_JSONL_LINE_BYTES):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            src, clm = row["source"], row["claim"]
            part = row.get("partial", partial)
            if not isinstance(src, str) or not isinstance(clm, str) or not isinstance(part, bool):
                raise TypeError
        except RecursionError:
            raise InputError(f"{jsonl}:{n}: JSON nested too deeply") from None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(
                f'{jsonl}:{n}: expected a JSON object with string "source" and "claim"'
                ' (and boolean "partial")'
            ) from exc
        where = f"{jsonl}:{n}"
        _check_text(f'{where}: "source"', src)
        _check_text(f'{where}: "claim"', clm)
        ident = row.get("id")
        try:
            json.dumps(ident, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InputError(f'{where}: "id" {_NOT_UNICODE}') from exc
        except (RecursionError, ValueError) as exc:  # ValueError: a circular value (cannot be)
            raise InputError(f'{where}: "id" nested too deeply') from exc
        yield src, clm, part, ident, ident is not None


# -- bounded reading: every read has a limit, so /dev/zero or a runaway pipe is an error ----

MAX_TEXT_CHARS = 10_000
"""Longest source or claim ``compare`` judges (an X post is at most 280 characters, a
rendering in an article rarely 2,000). Judging is not linear in the length (number and
anchor matching compare every token with every number): 10,000 characters of the worst
shape take seconds, 50,000 a minute, 1 MB hours — so longer texts are refused
(``benchmarks/compare_long_texts.py`` prints the times)."""
MAX_JSONL_LINE_BYTES = 1_000_000
"""Longest line of a ``--jsonl`` file (two texts at the limit, escaped, fit)."""
MAX_LINES_FILE_BYTES = 10 * 1024 * 1024
"""Largest file ``align`` reads (the article size limit)."""

_NOT_UNICODE = "holds a lone surrogate (not Unicode text)"
_READ_CHUNK = 1 << 16


def _check_text(what: str, text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"{what} is longer than {MAX_TEXT_CHARS:,} characters ({len(text):,})",
            hint="compare judges a post and its rendering; split longer texts",
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a "\ud800" escape in JSON, or undecodable argv bytes
        raise InputError(f"{what} {_NOT_UNICODE}") from exc


def _open_binary(path: str) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")  # noqa: SIM115 - closed by the caller
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from exc


def _decode(where: str, data: bytes, *, first: bool) -> str:
    if first and data.startswith(codecs.BOM_UTF8):  # editors on Windows write one
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not UTF-8 text (byte {exc.start + 1})") from exc


def _read_bounded(path: str, limit: int, too_big: str | None = None) -> str:
    """The whole of ``path`` (``-``: standard input) as UTF-8 text, refused past ``limit``
    bytes without reading further (``too_big``: what the error says then)."""
    handle = _open_binary(path)
    try:
        data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from exc
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()
    if len(data) > limit:
        raise InputError(f"{path}: {too_big or f'larger than {limit:,} bytes'}")
    return _decode(path, data, first=True)


def _numbered_lines(path: str, limit: int) -> Iterator[tuple[int, str]]:
    """``(number, line)`` of ``path`` (``-``: standard input), one line in memory at a time;
    a line longer than ``limit`` bytes is refused."""
    handle = _open_binary(path)
    try:
        for n in itertools.count(1):
            try:
                raw = handle.readline(limit + 1)
            except OSError as exc:
                raise InputError(f"{path}: {exc.strerror or exc}") from exc
            if not raw:
                return
            if len(raw) > limit and not raw.endswith(b"\n"):
                raise InputError(f"{path}:{n}: line longer than {limit:,} bytes")
            yield n, _decode(f"{path}:{n}", raw, first=n == 1).rstrip("\r\n")
    finally:
        if handle is not sys.stdin.buffer:
            handle.close()


def _read_text_arg(option: str, value: str) -> str:
    """``@path`` (``@-``: standard input) reads a file; anything else is the text itself."""
    if value.startswith("@"):
        # Four UTF-8 bytes at most per character: past that many bytes it is too long.
        too_long = f"longer than {MAX_TEXT_CHARS:,} characters"
        text = _read_bounded(value[1:], 4 * MAX_TEXT_CHARS, too_long)
        where = value[1:]
    else:
        text, where = value, option
    _check_text(where, text)
    return text


def _read_lines(path: str) -> list[str]:
    """The lines of a text file for ``align``, bounded in size."""
    text = _read_bounded(path, MAX_LINES_FILE_BYTES).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    return lines[:-1] if lines[-1] == "" else lines


@click.command()
@click.argument("sources", type=click.Path(dir_okay=False))
@click.argument("claims", type=click.Path(dir_okay=False))
def align(sources: str, claims: str) -> int:
    """Print the best rendering in CLAIMS of each line of SOURCES (JSON lines)."""
    from verifier.align.align import align_texts

    src, cl = _read_lines(sources), _read_lines(claims)
    out = sys.stdout
    for r in align_texts(src, cl):
        out.write(json.dumps({"source": r.source, "claim": r.claim, "score": r.score}) + "\n")
    return 0
