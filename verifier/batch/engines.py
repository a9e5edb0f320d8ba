"""Where the articles of a batch run: in this process, or in a pool of worker processes.

An engine submits a :class:`~verifier.batch.jobs.Job`, waits for some submitted job to
finish and turns a finished future into an :class:`~verifier.batch.jobs.Outcome`. The
runner (``batch.runner``) keeps the order and the memory bound; engines only execute.

The pool is Pebble's ``ProcessPool``: ``concurrent.futures`` futures, plus what the
standard ``ProcessPoolExecutor`` cannot do, ending one task that overruns its time budget
by killing its worker and starting a fresh one while the other workers go on.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import signal
import sys
from collections.abc import Callable, Collection
from typing import Any, Protocol

from verifier.batch.jobs import (
    Job,
    Outcome,
    WorkerConfig,
    check_job,
    close_worker_state,
    crashed,
    timed_out,
)


class Engine(Protocol):
    """What the runner needs of an execution engine."""

    def __enter__(self) -> Engine: ...

    def __exit__(self, *exc: object) -> None: ...

    def submit(self, job: Job, config: WorkerConfig) -> Any:
        """Start ``job``; return a future."""
        ...

    def wait(self, futures: Collection[Any]) -> Collection[Any]:
        """Block until at least one of ``futures`` is done; return the done ones."""
        ...

    def outcome(self, future: Any, job: Job) -> Outcome:
        """The outcome of a done future (a timeout or a crash becomes an outcome)."""
        ...

    def stop(self) -> None:
        """Stop now (Ctrl-C): running jobs are abandoned."""
        ...


class InlineEngine:
    """Each article in this process, one after the other (``-j 1 --article-timeout 0``):
    no time budget can be enforced here, but a debugger or a profiler sees everything."""

    def __enter__(self) -> InlineEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        close_worker_state()

    def submit(self, job: Job, config: WorkerConfig) -> cf.Future[Outcome]:
        future: cf.Future[Outcome] = cf.Future()
        try:
            future.set_result(check_job(job, config))
        except Exception as exc:  # noqa: BLE001 - a crash of one article is its outcome
            future.set_exception(exc)
        return future

    def wait(self, futures: Collection[cf.Future[Outcome]]) -> Collection[cf.Future[Outcome]]:
        return [f for f in futures if f.done()]

    def outcome(self, future: cf.Future[Outcome], job: Job) -> Outcome:
        exc = future.exception()
        return crashed(job, exc) if exc is not None else future.result()

    def stop(self) -> None:
        close_worker_state()


def _quiet_worker() -> None:
    # Ctrl-C reaches the whole process group: the parent stops the pool, so the workers
    # ignore it instead of each printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class ProcessEngine:
    """``jobs`` worker processes; an article past ``timeout`` seconds has its worker killed
    and replaced, and is reported as not checked."""

    def __init__(
        self,
        jobs: int,
        timeout: float | None,
        *,
        task: Callable[[Job, WorkerConfig], Outcome] = check_job,
        warm_up: Callable[[], None] | None = None,
    ) -> None:
        self.jobs = max(1, jobs)
        self.timeout = timeout or None
        self.task = task
        self.warm_up = warm_up
        self._pool: Any = None

    def __enter__(self) -> ProcessEngine:
        from pebble import ProcessPool

        # fork: workers start with the parent's modules and tables already loaded (shared,
        # copy-on-write) instead of loading them inside the first article's time budget.
        # Python 3.12 deprecates forking a process that runs threads (the pool's own
        # threads fork replacement workers), so there, and where fork does not exist,
        # forkserver or spawn: each worker then loads the tables itself.
        methods = multiprocessing.get_all_start_methods()
        fork = "fork" in methods and sys.version_info < (3, 12)
        if fork and self.warm_up is not None:
            self.warm_up()
        fallback = "forkserver" if "forkserver" in methods else "spawn"
        context = multiprocessing.get_context("fork" if fork else fallback)
        self._pool = ProcessPool(max_workers=self.jobs, initializer=_quiet_worker, context=context)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            if exc and exc[0] is not None:
                self._pool.stop()
            else:
                self._pool.close()
            self._pool.join()
            self._pool = None

    def submit(self, job: Job, config: WorkerConfig) -> cf.Future[Outcome]:
        future: cf.Future[Outcome] = self._pool.schedule(
            self.task, args=(job, config), timeout=self.timeout
        )
        return future

    def wait(self, futures: Collection[cf.Future[Outcome]]) -> Collection[cf.Future[Outcome]]:
        return cf.wait(futures, return_when=cf.FIRST_COMPLETED).done

    def outcome(self, future: cf.Future[Outcome], job: Job) -> Outcome:
        exc = future.exception()
        if exc is None:
            return future.result()
        if isinstance(exc, cf.TimeoutError | TimeoutError) and self.timeout:
            return timed_out(job, self.timeout)
        return crashed(job, exc)  # pebble's ProcessExpired too: the worker died

    def stop(self) -> None:
        if self._pool is not None:
            self._pool.stop()
            self._pool.join()
            self._pool = None
