"""The batch runner on a real process pool: input order, a bounded window, the time budget
(the overrunning worker is killed and replaced), crashes and Ctrl-C."""

from __future__ import annotations

import os
import time
from dataclasses import replace

import pytest

from verifier.batch.engines import ProcessEngine
from verifier.batch.jobs import Job, Outcome, WorkerConfig
from verifier.batch.runner import BatchOptions, BatchRun
from verifier.model import Article, ArticleResult
from verifier.settings import Settings


def _result(spec: str) -> ArticleResult:
    return ArticleResult(Article(source=spec, text=spec), (), (), (), (), ())


def sleepy(job: Job, config: WorkerConfig) -> Outcome:
    """Later inputs finish first; "stall" never finishes; "crash" raises; each outcome
    names the worker process that made it."""
    if job.spec == "stall":
        time.sleep(600)
    if job.spec == "crash":
        raise ZeroDivisionError("a bug")
    time.sleep(0.05 * (5 - job.index % 5))
    return Outcome(job.index, job.spec, result=_result(f"{job.spec}@{os.getpid()}"))


class _Run(BatchRun):
    """A BatchRun whose engine runs ``sleepy`` instead of the pipeline."""

    def __init__(self, specs: list[str], timeout: float = 0, keep_going: bool = True) -> None:
        jobs = [Job(i, s) for i, s in enumerate(specs)]
        options = BatchOptions(jobs=2, article_timeout=timeout, keep_going=keep_going)
        super().__init__(jobs, Settings(), options)
        self.in_flight_max = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        engine = ProcessEngine(2, self.options.article_timeout, task=sleepy)
        with engine:
            self._engine = engine
            original = engine.submit

            def submit(job: Job, config: WorkerConfig):  # type: ignore[no-untyped-def]
                self.in_flight_max = max(self.in_flight_max, len(self._pending) + len(self._done))
                return original(job, config)

            engine.submit = submit  # type: ignore[method-assign]
            yield from self._drive(engine)


def test_outcomes_come_in_input_order_with_a_bounded_window() -> None:
    specs = [f"a{i}" for i in range(40)]
    run = _Run(specs)
    outcomes = list(run)
    assert [o.spec for o in outcomes] == specs
    assert run.in_flight_max < run.window  # never more than the window in flight or held


def test_a_stalled_article_is_killed_and_the_rest_run_on_a_fresh_worker() -> None:
    run = _Run(["a0", "stall", "a2", "a3", "a4", "a5"], timeout=2)
    started = time.monotonic()
    outcomes = list(run)
    assert time.monotonic() - started < 60
    assert [o.spec for o in outcomes] == ["a0", "stall", "a2", "a3", "a4", "a5"]
    stalled = outcomes[1]
    assert stalled.result is None and stalled.timed_out
    assert stalled.failure is not None and "took longer than 2 s" in stalled.failure.message
    assert all(o.result is not None for o in outcomes if o.spec != "stall")


def test_a_crash_is_one_outcome_and_with_fail_fast_the_original_error() -> None:
    outcomes = list(_Run(["a0", "crash", "a2"]))
    crash = outcomes[1]
    assert crash.failure is not None
    assert "internal error (ZeroDivisionError: a bug)" in crash.failure.message
    assert outcomes[2].result is not None
    with pytest.raises(ZeroDivisionError):
        list(_Run(["a0", "crash", "a2"], keep_going=False))


def test_stop_hands_back_the_finished_articles_in_order() -> None:
    run = _Run([f"a{i}" for i in range(20)])
    it = iter(run)
    first = next(it)
    time.sleep(1.0)  # others finish meanwhile, out of order
    rest = run.stop()
    assert first.spec == "a0"
    assert run.interrupted
    indexes = [o.index for o in rest]
    assert indexes == sorted(indexes) and all(i > 0 for i in indexes)
    assert len(rest) >= 1


def test_settings_that_shape_a_result_change_its_hash_and_the_others_do_not() -> None:
    from verifier.batch.jobs import settings_hash

    base = Settings()
    assert settings_hash(base) == settings_hash(replace(base, threshold="critical", strict=True))
    assert settings_hash(base) != settings_hash(replace(base, min_score=0.5))
    severities = {**base.severities, "intensity": "major"}
    assert settings_hash(base) != settings_hash(replace(base, severities=severities))
