"""The commands that judge text without an article: ``compare`` and ``align``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

import click

from verifier.cli.common import _fail, _read_lines, _read_text_arg
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
        src, clm = _read_text_arg(source), _read_text_arg(claim)
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
    """``(source, claim, partial, id, has_id)`` per non-blank line of a JSON-lines file."""
    lines = sys.stdin.read().splitlines() if jsonl == "-" else _read_lines(jsonl)
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            src, clm = row["source"], row["claim"]
            part = row.get("partial", partial)
            if not isinstance(src, str) or not isinstance(clm, str) or not isinstance(part, bool):
                raise TypeError
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(
                f'{jsonl}:{n}: expected a JSON object with string "source" and "claim"'
                ' (and boolean "partial")'
            ) from exc
        yield src, clm, part, row.get("id"), row.get("id") is not None


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
