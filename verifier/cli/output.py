"""Where reports go: ``--format F --output P`` targets, colour, and writing files whole.

Formats come from the registry (``verifier.report.formats.RUN_FORMATS``); this module only
decides where each one goes and writes it. Each format takes the ``--output`` that follows
it on the command line; a format without one goes to standard output, and only one may.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from verifier.errors import UsageError
from verifier.model import VerificationResult
from verifier.policy.baseline import Baseline
from verifier.report.formats import RUN_FORMATS, RunReport
from verifier.settings import Settings

STDOUT = "-"


@dataclass(frozen=True, slots=True)
class Target:
    """One report to write: a format and a file (``-`` is standard output)."""

    format: str
    path: str = STDOUT

    @property
    def to_stdout(self) -> bool:
        return self.path == STDOUT


def pair_targets(events: Sequence[tuple[str, str]]) -> list[Target]:
    """``[("format", "sarif"), ("output", "a.sarif"), ("format", "github")]`` in command-line
    order -> targets. An ``--output`` belongs to the ``--format`` just before it."""
    pending: list[list[str | None]] = []
    for option, value in events:
        if option == "format":
            pending.append([value, None])
            continue
        if not pending:
            raise UsageError(
                f"--output {value} comes before any --format",
                hint=f"write the format first: --format FORMAT --output {value}",
            )
        if pending[-1][1] is not None:
            raise UsageError(
                f"--format {pending[-1][0]} has two outputs ({pending[-1][1]}, {value})",
                hint="give each --output its own --format",
            )
        pending[-1][1] = value
    return [Target(str(fmt), STDOUT if path is None else path) for fmt, path in pending]


def check_targets(targets: Sequence[Target], *, stdout_is_tty: bool) -> list[Target]:
    """Refuse what cannot work before any article is read: an unknown format, two formats
    on standard output, two formats in one file, a whole HTML page into a terminal."""
    targets = list(targets) or [Target("text")]
    on_stdout = [t.format for t in targets if t.to_stdout]
    if len(on_stdout) > 1:
        raise UsageError(
            f"only one format can go to standard output (got {', '.join(on_stdout)})",
            hint="give the others a file: --format FORMAT --output FILE",
        )
    for t in targets:
        if not t.to_stdout:
            check_output_path(t.path)
    files = [os.path.normpath(t.path) for t in targets if not t.to_stdout]
    twice = sorted({p for p in files if files.count(p) > 1})
    if twice:
        raise UsageError(f"two formats would write the same file {twice[0]}")
    for t in targets:
        writer = RUN_FORMATS.get(t.format)
        if t.to_stdout and stdout_is_tty and not writer.terminal:
            raise UsageError(
                f"--format {t.format} writes a whole document, not text for a terminal",
                hint=f"add --output report{writer.suffix} (or redirect standard output)",
            )
    return targets


def use_color(stream_is_tty: bool, env: Mapping[str, str]) -> bool:
    """``NO_COLOR`` (no-color.org) wins, then ``FORCE_COLOR``, then whether it is a terminal."""
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR", "") not in ("", "0", "false"):
        return True
    return stream_is_tty


def stdout_is_tty() -> bool:
    return sys.stdout.isatty()


def read_sources(result: VerificationResult) -> dict[str, str]:
    """The raw text of every local article file, so that reports point into the file itself
    (for HTML the extracted article text has other line numbers). Unreadable files are left
    out: their findings then carry no file position."""
    from verifier.fetch.decode import decode_document

    out: dict[str, str] = {}
    for ar in result.articles:
        source = ar.article.source
        if "://" in source or source in ("-", "<stdin>"):
            continue
        try:
            out[source] = decode_document(Path(source).read_bytes())
        except (OSError, ValueError):
            continue
    return out


def _terminal_width() -> int:
    return max(60, min(120, shutil.get_terminal_size((80, 24)).columns))


def run_report(
    result: VerificationResult,
    settings: Settings,
    baseline: Baseline | None = None,
    *,
    color: bool = False,
    width: int = 100,
) -> RunReport:
    """The value every writer renders: severity overrides applied, gate with the baseline."""
    from verifier.policy.policy import Gate, apply_settings

    return RunReport(
        result=apply_settings(result, settings),
        gate=Gate.from_settings(settings, baseline),
        sources=read_sources(result),
        color=color,
        width=width,
        generated_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )


def check_output_path(path: str) -> Path:
    """``path`` as a file to write, or a one-line ``UsageError`` saying why it cannot be one
    (empty, a directory, a name ending in a slash) — checked before any article is read."""
    if not path.strip():
        raise UsageError("--output needs a file name (or - for standard output)")
    target = Path(path)
    if path.endswith(("/", os.sep)) or target.name in ("", ".", "..") or target.is_dir():
        raise UsageError(
            f"--output {path} is a directory, not a file",
            hint=f"name the file: --output {os.path.join(path, 'report')}",
        )
    return target


def write_file(path: Path | str, text: str) -> None:
    """Write ``text`` whole: a temporary file of its own beside ``path``, then a rename, so a
    reader never sees half a report; the temporary file never outlives a failure. A device
    or pipe (/dev/null) is written in place."""
    target = check_output_path(str(path))
    if target.exists() and not target.is_file():
        # /dev/null, /dev/stdout, a named pipe: written in place (a rename would replace
        # the device with a plain file).
        try:
            with target.open("w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as exc:
            raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from exc
        return
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from exc
    try:
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes it private; a report is not
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from exc
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_reports(
    report: RunReport, targets: Sequence[Target], *, stdout: TextIO | None = None
) -> None:
    """Render and write every target; files are written whole (temporary file + rename)."""
    from dataclasses import replace

    stream = stdout or sys.stdout
    for t in targets:
        writer = RUN_FORMATS.get(t.format)
        if t.to_stdout:
            shown = replace(
                report, color=use_color(stream.isatty(), os.environ), width=_terminal_width()
            )
            text = writer.render(shown)
            stream.write(text if text.endswith("\n") else text + "\n")
            stream.flush()
        else:
            write_file(Path(t.path), writer.render(replace(report, color=False, width=100)))
