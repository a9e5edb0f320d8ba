"""The commands that judge text without an article: ``compare`` and ``align``."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from verifier.cli.common import _fail, _read_lines, _read_text_arg
from verifier.errors import InputError
from verifier.model import SEVERITIES


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
def compare(
    source: str | None, claim: str | None, jsonl: str | None, threshold: str, partial: bool
) -> int:
    """Judge renderings without an article: one pair, or many as JSON lines."""
    from verifier.drift import judge
    from verifier.policy.policy import at_or_above

    def out(j: Any, ident: Any = None) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if ident is not None:
            d["id"] = ident
        d.update(
            verdict=j.verdict,
            score=j.score,
            findings=[
                {"kind": f.kind, "severity": f.severity, "message": f.message} for f in j.findings
            ],
        )
        return d

    failed = False
    if jsonl:
        if source or claim:
            _fail("use either --jsonl or --source/--claim")
        lines = sys.stdin.read().splitlines() if jsonl == "-" else _read_lines(jsonl)
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                ident, src, clm = row.get("id"), row["source"], row["claim"]
                part = row.get("partial", partial)
                if not isinstance(src, str) or not isinstance(clm, str):
                    raise TypeError
                if not isinstance(part, bool):
                    raise TypeError
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise InputError(
                    f'{jsonl}:{n}: expected a JSON object with string "source" and "claim"'
                    ' (and boolean "partial")'
                ) from exc
            j = judge(src, clm, partial=part)
            failed |= any(at_or_above(f.severity, threshold) for f in j.findings)
            click.echo(json.dumps(out(j, ident), ensure_ascii=False))
        return 1 if failed else 0
    if source is None or claim is None:
        _fail("give --source and --claim, or --jsonl FILE")
    src, clm = _read_text_arg(source), _read_text_arg(claim)
    if not src.strip() or not clm.strip():
        raise InputError("--source and --claim must not be empty")
    j = judge(src, clm, partial=partial)
    click.echo(json.dumps(out(j), ensure_ascii=False))
    return 1 if any(at_or_above(f.severity, threshold) for f in j.findings) else 0


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
