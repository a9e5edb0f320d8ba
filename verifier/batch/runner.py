"""Run many inputs on an engine: outcomes in input order, a bounded number in flight.

:class:`BatchRun` submits at most ``window`` jobs beyond the first one not yet reported,
so memory stays flat however many inputs there are: a slow article holds back the
reporting of later ones, never the reading of the whole archive into memory. Iterating
yields outcomes in input order as soon as each is next; :meth:`BatchRun.stop` (Ctrl-C)
stops the engine and hands back every article that finished.
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from verifier.batch.engines import Engine, InlineEngine, ProcessEngine
from verifier.batch.jobs import (
    BatchInputError,
    Job,
    LedgerFactory,
    Outcome,
    WorkerConfig,
    settings_hash,
    warm_up,
)
from verifier.settings import Settings

DEFAULT_ARTICLE_TIMEOUT = 60.0
"""Seconds one article may take before it is reported as not checked (DESIGN: a page is
milliseconds; a minute is a stall, not a slow page)."""

EngineName = Literal["local", "dask"]


def default_jobs() -> int:
    """Worker processes by default: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class BatchOptions:
    """How a batch runs (the command line's ``-j``, ``--article-timeout``, ``--engine`` …)."""

    jobs: int = 1
    article_timeout: float = DEFAULT_ARTICLE_TIMEOUT
    """0: no time budget."""
    engine: EngineName = "local"
    scheduler: str | None = None
    keep_going: bool = True
    force: bool = False

    def make_engine(self, settings: Settings) -> Engine:
        if self.engine == "dask":
            from verifier.batch.cluster import DaskEngine

            return DaskEngine(self.jobs, self.article_timeout, self.scheduler)
        if self.jobs == 1 and not self.article_timeout:
            return InlineEngine()
        return ProcessEngine(
            self.jobs, self.article_timeout, warm_up=functools.partial(warm_up, settings)
        )


class BatchRun:
    """One batch: iterate it for the outcomes in input order."""

    def __init__(
        self,
        jobs: Sequence[Job],
        settings: Settings,
        options: BatchOptions,
        *,
        run_id: int | None = None,
        ledger: LedgerFactory | None = None,
    ) -> None:
        self._jobs = jobs
        self.options = options
        self.config = WorkerConfig(
            settings=settings,
            settings_hash=settings_hash(settings),
            token=uuid.uuid4().hex,
            run_id=run_id,
            ledger=ledger,
            force=options.force,
        )
        self.window = max(4, 4 * options.jobs)
        self.interrupted = False
        self._engine: Engine | None = None
        self._pending: dict[Any, Job] = {}
        self._done: dict[int, Outcome] = {}
        self._next = 0

    def __len__(self) -> int:
        return len(self._jobs)

    def __iter__(self) -> Iterator[Outcome]:
        with self.options.make_engine(self.config.settings) as engine:
            self._engine = engine
            # A cluster joined with --scheduler may have more workers than -j says.
            self.window = max(self.window, 4 * getattr(engine, "capacity", 0))
            try:
                yield from self._drive(engine)
            finally:
                self._engine = None

    def _drive(self, engine: Engine) -> Iterator[Outcome]:
        queue = iter(self._jobs)
        exhausted = False
        while True:
            while not exhausted and len(self._pending) + len(self._done) < self.window:
                job = next(queue, None)
                if job is None:
                    exhausted = True
                    break
                self._pending[engine.submit(job, self.config)] = job
            if not self._pending:
                return
            for future in engine.wait(list(self._pending)):
                job = self._pending.pop(future)
                self._done[job.index] = engine.outcome(future, job)
            while self._next in self._done:
                outcome = self._done.pop(self._next)
                self._next += 1
                if outcome.failure is not None and not self.options.keep_going:
                    if outcome.error is not None and not outcome.timed_out:
                        raise outcome.error
                    raise BatchInputError(outcome.failure)
                yield outcome

    def stop(self) -> list[Outcome]:
        """Stop (Ctrl-C): the articles that finished but were not yet yielded, in order."""
        self.interrupted = True
        engine = self._engine
        if engine is not None:
            finished = [f for f in self._pending if f.done() and not f.cancelled()]
            for future in finished:
                job = self._pending.pop(future)
                try:
                    self._done[job.index] = engine.outcome(future, job)
                except Exception:  # noqa: BLE001, S112 - a stopped pool's future: not finished
                    continue
            engine.stop()
        self._pending.clear()
        out = [self._done[i] for i in sorted(self._done)]
        self._done.clear()
        return out
