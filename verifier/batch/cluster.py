"""The Dask engine: articles on the workers of a dask.distributed cluster (``--engine dask``).

With ``--scheduler ADDRESS`` the run joins a running cluster (dask-jobqueue, Kubernetes,
``dask scheduler`` + ``dask worker``); without it, a ``LocalCluster`` of ``jobs`` worker
processes is started for the run and closed after it. Workers run the same
:func:`~verifier.batch.jobs.check_job` as local workers and save their articles to the
store themselves (use a shared PostgreSQL store past one machine).

The time budget: a Dask task cannot be killed from outside, so each article runs in a
thread of its worker and the task returns "not checked" at the deadline; the overrunning
thread keeps that worker busy until it ends. ``dask.distributed`` is imported only here
(the ``[dask]`` extra).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Collection
from typing import Any

from verifier.batch.jobs import Job, Outcome, WorkerConfig, check_job, crashed, timed_out
from verifier.errors import UsageError

DASK_EXTRA = "quote-verifier[dask]"


def check_job_within(job: Job, config: WorkerConfig, timeout: float | None) -> Outcome:
    """``check_job`` with a deadline, for a worker that cannot kill its task."""
    if not timeout:
        return check_job(job, config)
    box: list[Outcome | BaseException] = []

    def run() -> None:
        try:
            box.append(check_job(job, config))
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            box.append(exc)

    thread = threading.Thread(target=run, name=f"verifier-article-{job.index}", daemon=True)
    thread.start()
    thread.join(timeout)
    if not box:
        return timed_out(job, timeout)
    got = box[0]
    if isinstance(got, BaseException):
        return crashed(job, got)
    return got


class DaskEngine:
    """Articles as Dask futures, ``jobs`` single-threaded worker processes when local."""

    def __init__(self, jobs: int, timeout: float | None, scheduler: str | None = None) -> None:
        self.jobs = max(1, jobs)
        self.timeout = timeout or None
        self.scheduler = scheduler
        self._cluster: Any = None
        self._client: Any = None
        self._futures: set[Any] = set()
        self.capacity = self.jobs
        """Worker threads of the cluster (known once joined): how many articles to keep in
        flight."""

    def __enter__(self) -> DaskEngine:
        try:
            import distributed
        except ImportError as exc:
            raise UsageError(
                "--engine dask needs dask.distributed, which is not installed",
                hint=f"pip install '{DASK_EXTRA}'",
            ) from exc
        dask: Any = distributed  # untyped: called through Any
        # distributed logs every worker start and stop (and slow shutdowns under load);
        # show them only with -v.
        root = logging.getLogger().level
        logging.getLogger("distributed").setLevel(
            logging.ERROR if root >= logging.WARNING else root
        )
        if self.scheduler:
            try:
                self._client = dask.Client(self.scheduler, timeout="30s")
            except (OSError, TimeoutError) as exc:
                raise UsageError(
                    f"cannot reach the Dask scheduler {self.scheduler}: {exc}"
                ) from exc
        else:
            self._cluster = dask.LocalCluster(
                n_workers=self.jobs,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # any free port: several runs may share a host
            )
            self._client = dask.Client(self._cluster)
        workers = self._client.scheduler_info().get("workers", {})
        self.capacity = sum(int(w.get("nthreads", 1)) for w in workers.values()) or self.jobs
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def submit(self, job: Job, config: WorkerConfig) -> Any:
        future = self._client.submit(check_job_within, job, config, self.timeout, pure=False)
        self._futures.add(future)
        return future

    def wait(self, futures: Collection[Any]) -> Collection[Any]:
        import distributed

        dask: Any = distributed
        done: set[Any] = set(dask.wait(list(futures), return_when="FIRST_COMPLETED").done)
        self._futures -= done
        return done

    def outcome(self, future: Any, job: Job) -> Outcome:
        try:
            result = future.result()
        except Exception as exc:  # noqa: BLE001 - a worker lost or a crash: that article's
            return crashed(job, exc)
        assert isinstance(result, Outcome)
        return result

    def stop(self) -> None:
        if self._client is not None:
            if self._futures:
                self._client.cancel(list(self._futures))
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None
        self._futures.clear()
