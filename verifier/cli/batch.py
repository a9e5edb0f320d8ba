"""How ``check`` and ``ci`` run their inputs: a batch with streamed reports, a store, a bar.

:class:`BatchSession` runs the inputs on the chosen engine (``verifier.batch``), saves each
article to the store as it is reported (or lets Dask workers save their own), streams the
``jsonl`` report and, past :data:`~verifier.report.stream.HTML_PAGE_SIZE` articles, the HTML
report in pages, and keeps the results only when a whole-document report needs them. It
then tells the command's exit code, in this order of precedence:

- 130: interrupted (Ctrl-C); the reports and the store keep every article that finished;
- 1: drift at or above the threshold;
- 4: the store failed (the reports are written all the same);
- 5: some inputs were not checked (unreadable, past their time budget, crashed) — only when
  several inputs keep going; a single input that fails is an error with its own code;
- 0: clean.
"""

from __future__ import annotations

import datetime as dt
import functools
import signal
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

import click

from verifier.batch.jobs import EXIT_SKIPPED, Failure, Job, Outcome, save_outcome
from verifier.batch.runner import BatchOptions, BatchRun
from verifier.cli.output import STDOUT, Target, write_file
from verifier.cli.progress import BatchProgress
from verifier.errors import StoreError, UsageError, VerifierError
from verifier.model import ArticleResult, Skipped, VerificationResult
from verifier.policy.baseline import Baseline
from verifier.policy.policy import Gate, apply_settings, exit_code
from verifier.report.stream import (
    HTML_PAGE_SIZE,
    PageEntry,
    RunningCounts,
    add_summaries,
    jsonl_article,
    jsonl_skipped,
    jsonl_summary,
    render_page_index,
)
from verifier.report.summary import Summary, summarize
from verifier.settings import Settings

EXIT_USAGE = 2
EXIT_STORE = 4
EXIT_INTERRUPTED = 130
__all__ = ["EXIT_INTERRUPTED", "EXIT_SKIPPED", "EXIT_STORE", "BatchSession"]


def _settings_summary(settings: Settings) -> dict[str, str]:
    return {
        "threshold": settings.threshold,
        "confirm": str(settings.confirm),
        "min_score": str(settings.min_score),
    }


class _RunStore:
    """The store of one run, opened on first need; its first failure is kept, not raised."""

    def __init__(self, settings: Settings, command: str, started: dt.datetime) -> None:
        self.url = settings.db_url
        self.settings = settings
        self.command = command
        self.started = started
        self.error: str | None = None
        self.unsaved = 0
        self._store: Any = None
        self.run_id: int | None = None
        self.deferred: list[tuple[Outcome, str]] | None = None
        """``--fail-fast`` is all or nothing: articles are saved once every input passed."""

    def open(self) -> None:
        """Open (and migrate) the store before any worker starts, so that a store that
        cannot be opened fails once, here, and the workers run without it. A bad URL or a
        missing driver is a usage error and stops the command; a database that fails is
        kept as the run's store error."""
        if not self.url or self._store is not None or self.error:
            return
        from verifier.store.batch import BatchStore
        from verifier.store.database import parse_url

        try:
            parse_url(self.url)
        except StoreError as exc:  # not a database that failed: a mistake in the command
            raise UsageError(str(exc)) from exc
        try:
            self._store = BatchStore.open(self.url)
        except StoreError as exc:
            self.error = str(exc)

    def ledger_factory(self) -> Any:
        """How a worker opens the store (``None``: no store, or it failed)."""
        if not self.url or self.error:
            return None
        from verifier.store.batch import open_batch_store

        return functools.partial(open_batch_store, self.url)

    def begin(self) -> int | None:
        self.open()
        if self.run_id is not None or self._store is None or self.error:
            return self.run_id
        try:
            self.run_id = self._store.begin_run(
                command=self.command,
                started_at=self.started,
                settings_summary=_settings_summary(self.settings),
            )
        except StoreError as exc:
            self.error = str(exc)
        return self.run_id

    def save(self, outcome: Outcome, settings_hash: str) -> None:
        if self.deferred is not None:
            self.deferred.append((outcome, settings_hash))
            return
        self._save(outcome, settings_hash)

    def flush(self) -> None:
        """Save what ``--fail-fast`` held back until the run was through."""
        held, self.deferred = self.deferred or [], None
        for outcome, settings_hash in held:
            self._save(outcome, settings_hash)

    def _save(self, outcome: Outcome, settings_hash: str) -> None:
        if outcome.store_error:
            self.error = self.error or outcome.store_error
            self.unsaved += 1
            return
        if outcome.result is None or outcome.saved or not self.url:
            return
        run_id = self.begin()
        if run_id is None:
            self.unsaved += 1
            return
        try:
            save_outcome(self._store, run_id, outcome, settings_hash)
        except StoreError as exc:
            self.error = self.error or str(exc)
            self.unsaved += 1

    def finish(self, exit_status: int, skipped: int) -> None:
        self.flush()
        if self.run_id is None and self.url and not self.error:
            self.begin()  # a run that checked nothing is still a run
        if self.run_id is not None and self._store is not None:
            try:
                self._store.finish_run(
                    self.run_id,
                    finished_at=dt.datetime.now(dt.UTC),
                    exit_status=exit_status,
                    skipped_count=skipped,
                )
            except StoreError as exc:
                self.error = self.error or str(exc)
        self.close()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class _JsonlStream:
    """``--format jsonl``: one line per input as it is reported; a regular file is written
    beside its place and renamed at the end, so a reader never sees half a report."""

    def __init__(self, target: Target, gate: Gate) -> None:
        self.gate = gate
        self.counts = RunningCounts()
        self._path = None if target.to_stdout else Path(target.path)
        self._tmp: Path | None = None
        self._fh: IO[str]
        if self._path is None:
            self._fh = sys.stdout
            return
        try:
            if self._path.exists() and not self._path.is_file():
                # /dev/null, a FIFO: written in place (a rename would replace the device)
                self._fh = self._path.open("w", encoding="utf-8")
            else:
                tmp = self._tmp = self._path.with_name(f".{self._path.name}.tmp")
                self._path.parent.mkdir(parents=True, exist_ok=True)
                self._fh = tmp.open("w", encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {self._path}: {exc.strerror or exc}") from exc

    def article(self, index: int, ar: ArticleResult) -> None:
        self.counts.add_article(ar, self.gate)
        self._write(jsonl_article(index, ar, self.gate))

    def skipped(self, index: int, skipped: Skipped) -> None:
        self.counts.add_skipped()
        self._write(jsonl_skipped(index, skipped))

    def _write(self, line: str) -> None:
        try:
            self._fh.write(line)
            self._fh.flush()
        except OSError as exc:
            raise UsageError(f"cannot write {self._path or 'standard output'}: {exc}") from exc

    def abort(self) -> None:
        if self._path is not None:
            self._fh.close()
        if self._tmp is not None:
            self._tmp.unlink(missing_ok=True)

    def close(self) -> None:
        self._write(jsonl_summary(self.counts, self.gate))
        if self._path is not None:
            self._fh.close()
        if self._path is not None and self._tmp is not None:
            try:
                self._tmp.replace(self._path)
            except OSError as exc:
                self._tmp.unlink(missing_ok=True)
                raise UsageError(f"cannot write {self._path}: {exc.strerror or exc}") from exc


class _HtmlPages:
    """``--format html`` of a large run: pages of :data:`HTML_PAGE_SIZE` articles written as
    they fill, and an index page at the ``--output`` path."""

    def __init__(self, target: Target, gate: Gate, generated_at: str) -> None:
        self.path = Path(target.path)
        self.dir = self.path.with_name(f"{self.path.stem}-pages")
        self.gate = gate
        self.generated_at = generated_at
        self.buffer: list[ArticleResult] = []
        self.pages: list[PageEntry] = []
        self.skipped: list[Skipped] = []
        self.total = Summary()
        self._first = 1

    def article(self, ar: ArticleResult) -> None:
        self.buffer.append(ar)
        if len(self.buffer) >= HTML_PAGE_SIZE:
            self._flush()

    def _flush(self) -> None:
        if not self.buffer:
            return
        from verifier.report.html import render_html

        result = VerificationResult(articles=tuple(self.buffer))
        first, last = self._first, self._first + len(self.buffer) - 1
        name = f"page-{len(self.pages) + 1:04d}.html"
        write_file(
            self.dir / name,
            render_html(
                result,
                title=f"verifier report: articles {first}–{last}",
                generated_at=self.generated_at,
                gate=self.gate,
            ),
        )
        summary = summarize(result)
        self.pages.append(PageEntry(f"{self.dir.name}/{name}", first, last, summary))
        self.total = add_summaries(self.total, summary)
        self._first = last + 1
        self.buffer.clear()

    def close(self) -> None:
        self._flush()
        total = replace(self.total, skipped=self.total.skipped + len(self.skipped))
        write_file(
            self.path,
            render_page_index(
                "verifier report", self.pages, self.skipped, total, self.generated_at
            ),
        )


class _InterruptAfterStep:
    """Ctrl-C interrupts the wait for the next article at once, but never the reporting
    and storing of one: an article is in both the store and the reports, or in neither.

    Used as ``with guard:`` around the run (installs the handler; main thread only) and
    again around each step (a Ctrl-C during the step is raised when the step is done).
    """

    def __init__(self) -> None:
        self._depth = 0
        self._pending = False
        self._previous: Any = None

    def _handler(self, signum: int, frame: object) -> None:
        if self._depth > 1:
            self._pending = True
            return
        raise KeyboardInterrupt

    def __enter__(self) -> _InterruptAfterStep:
        self._depth += 1
        if self._depth == 1 and threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handler)
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._depth -= 1
        if self._depth == 0:
            if self._previous is not None:
                signal.signal(signal.SIGINT, self._previous)
                self._previous = None
        elif self._pending and exc_type is None:
            self._pending = False
            raise KeyboardInterrupt


@dataclass
class Tally:
    """What a batch has done so far."""

    total: int
    reported: int = 0
    reused: int = 0
    skipped: int = 0
    drift: int = 0
    """Articles with a finding that fails the run."""
    interrupted: bool = False
    timed_out: list[str] = field(default_factory=list)


class BatchSession:
    """One ``check``/``ci`` run of many inputs."""

    def __init__(
        self,
        settings: Settings,
        options: BatchOptions,
        *,
        command: str,
        quiet: bool,
        targets: Sequence[Target] = (),
        baseline: Baseline | None = None,
    ) -> None:
        self.settings = settings
        self.options = options
        self.command = command
        self.quiet = quiet
        self.gate = Gate.from_settings(settings, baseline)
        self.baseline = baseline
        self.started = dt.datetime.now(dt.UTC)
        self.generated_at = self.started.strftime("%Y-%m-%d %H:%M UTC")
        self.store = _RunStore(settings, command, self.started)
        if not options.keep_going and options.engine == "local":
            self.store.deferred = []
        self._targets = list(targets)
        self.streamed: list[Target] = []
        self.tally = Tally(0)
        self._jsonl: list[_JsonlStream] = []
        self._pages: list[_HtmlPages] = []

    # -- inputs --------------------------------------------------------------------------

    def jobs(self, specs: Sequence[str]) -> list[Job]:
        """A job per input; standard input is read here, once."""
        out: list[Job] = []
        for i, spec in enumerate(specs):
            if spec != "-":
                out.append(Job(i, spec))
                continue
            from verifier.fetch.load import load_input

            try:
                doc = load_input(
                    "-", fetcher=None, stdin=sys.stdin.buffer, max_bytes=self.settings.max_bytes
                )
                out.append(Job(i, spec, document=doc))
            except VerifierError as exc:
                out.append(Job(i, spec, failure=Failure(str(exc), exc.exit_code, exc.hint)))
        return out

    # -- the run ---------------------------------------------------------------------------

    def run(self, specs: Sequence[str]) -> VerificationResult:
        """Check ``specs``; stream what streams; return what the whole-document reports
        need (every result when one is asked for, else only the inputs not checked)."""
        jobs = self.jobs(specs)
        total = len(jobs)
        self.tally = Tally(total)
        options = replace(self.options, jobs=max(1, min(self.options.jobs, total)))
        if total <= 1:  # one input: its failure is the command's error, as it always was
            options = replace(options, keep_going=False)
        keep = self._plan_streams(total)
        self.store.open()
        run_id = self.store.begin() if options.engine == "dask" else None
        batch = BatchRun(
            jobs, self.settings, options, run_id=run_id, ledger=self.store.ledger_factory()
        )
        articles: list[ArticleResult] = []
        skipped: list[Skipped] = []
        with BatchProgress(total, enabled=BatchProgress.wanted(self.quiet)) as bar:

            def handle(outcome: Outcome) -> None:
                self._handle(outcome, batch.config.settings_hash, articles, skipped, keep)
                t = self.tally
                bar.advance(drift=t.drift, skipped=t.skipped, reused=t.reused)

            try:
                with _InterruptAfterStep() as step:
                    for outcome in batch:
                        with step:
                            handle(outcome)
            except KeyboardInterrupt:
                self.tally.interrupted = True
                for outcome in batch.stop():
                    handle(outcome)
            except BaseException:
                self.abort()
                raise
        return VerificationResult(articles=tuple(articles), skipped=tuple(skipped))

    def abort(self) -> None:
        """The run ends in an error: no streamed report is left half-written."""
        for s in self._jsonl:
            s.abort()
        self._jsonl.clear()
        self._pages.clear()
        if self.store.deferred is not None:
            self.store.deferred = None  # fail-fast: nothing of this run is stored
        if self.store.run_id is not None:
            self.store.finish(EXIT_USAGE, self.tally.skipped)
        self.store.close()

    def _plan_streams(self, total: int) -> bool:
        """Open the streamed reports; True when a whole-document report needs every result."""
        keep = False
        for t in self._targets:
            if t.format == "jsonl":
                self._jsonl.append(_JsonlStream(t, self.gate))
            elif t.format == "html" and total > HTML_PAGE_SIZE and t.path != STDOUT:
                self._pages.append(_HtmlPages(t, self.gate, self.generated_at))
            else:
                keep = True
                continue
            self.streamed.append(t)
        return keep or self.command == "ci"

    def _handle(
        self,
        outcome: Outcome,
        settings_hash: str,
        articles: list[ArticleResult],
        skipped: list[Skipped],
        keep: bool,
    ) -> None:
        t = self.tally
        t.reported += 1
        self.store.save(outcome, settings_hash)
        if outcome.result is None:
            assert outcome.skipped is not None
            t.skipped += 1
            if outcome.timed_out:
                t.timed_out.append(outcome.spec)
            skipped.append(outcome.skipped)
            for s in self._jsonl:
                s.skipped(outcome.index, outcome.skipped)
            for p in self._pages:
                p.skipped.append(outcome.skipped)
            return
        t.reused += outcome.reused
        one = VerificationResult(articles=(outcome.result,))
        if exit_code(one, self.settings, self.baseline):
            t.drift += 1
        if self._jsonl or self._pages:
            shown = apply_settings(one, self.settings).articles[0]
            for s in self._jsonl:
                s.article(outcome.index, shown)
            for p in self._pages:
                p.article(shown)
        if keep:
            articles.append(outcome.result)

    def close_streams(self) -> None:
        for s in self._jsonl:
            s.close()
        for p in self._pages:
            p.close()

    # -- the end ---------------------------------------------------------------------------

    def exit_code(self, base_code: int) -> int:
        """``base_code`` (0 clean, 1 drift) with what else happened (module docstring)."""
        if self.tally.interrupted:
            return EXIT_INTERRUPTED
        if base_code:
            return base_code
        if self.store.error:
            return EXIT_STORE
        return EXIT_SKIPPED if self.tally.skipped else 0

    def finish(self, base_code: int) -> int:
        """Store the run's end and close the streamed reports; return the exit code."""
        self.store.finish(self.exit_code(base_code), self.tally.skipped)
        self.close_streams()
        return self.exit_code(base_code)

    def explain(self) -> None:
        """What else happened, on standard error (after the reports)."""
        self._explain()

    def _explain(self) -> None:
        t = self.tally
        if t.reused:
            click.echo(
                f"verifier: {t.reused} unchanged article(s) reported from the store "
                "(same text, same settings); --force checks them again",
                err=True,
            )
        if t.skipped and t.total > 1:
            click.echo(
                f"verifier: {t.skipped} of {t.total} input(s) not checked (listed in the report)",
                err=True,
            )
        if self.store.error:
            unsaved = f" ({self.store.unsaved} article(s) not stored)" if self.store.unsaved else ""
            click.echo(f"verifier: error: {self.store.error}{unsaved}", err=True)
        if t.interrupted:
            click.echo(
                f"verifier: interrupted: {t.reported} of {t.total} input(s) done; "
                "the reports and the store keep them",
                err=True,
            )
