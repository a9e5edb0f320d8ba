"""The progress bar of a batch on standard error: done/total, rate, ETA, drift so far.

Shown only when standard error is a terminal and ``--quiet`` is not given, so a CI log or
a pipe gets nothing but the reports. rich is imported only when the bar is shown.
"""

from __future__ import annotations

import sys
from typing import Any


class BatchProgress:
    """A context manager; :meth:`advance` once per reported input."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and total > 1
        self._progress: Any = None
        self._task: Any = None

    @staticmethod
    def wanted(quiet: bool) -> bool:
        return not quiet and sys.stderr.isatty()

    def __enter__(self) -> BatchProgress:
        if not self.enabled:
            return self
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("checking"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[tally]}"),
            console=Console(stderr=True),
            transient=True,
            refresh_per_second=4,
        )
        self._progress.__enter__()
        self._task = self._progress.add_task("check", total=self.total, rate="", tally="")
        return self

    def advance(self, *, drift: int, skipped: int, reused: int) -> None:
        if self._progress is None:
            return
        self._progress.advance(self._task)
        task = self._progress.tasks[0]
        speed = task.speed
        tally = f"drift {drift}  not checked {skipped}"
        if reused:
            tally += f"  unchanged {reused}"
        self._progress.update(self._task, rate=f"{speed:.1f}/s" if speed else "", tally=tally)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.__exit__(None, None, None)
            self._progress = None
