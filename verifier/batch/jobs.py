"""One article of a batch, as a worker process runs it: load, resume or judge, confirm, store.

``check_job`` is what every engine sends to its workers (a local process pool, Dask
workers), so it takes and returns plain picklable values: a :class:`Job`, the run's
:class:`WorkerConfig`, an :class:`Outcome`. What a worker keeps between articles (the HTTP
client, the store connection) lives in :data:`_STATE`, built on first use in that process.

A failure of the article (missing file, network, a page that is not an article) is an
``Outcome`` with ``failure`` set; a failure of the store is ``store_error`` on an outcome
that still carries the result, so the report never loses an article the store could not
keep.
"""

from __future__ import annotations

import functools
import hashlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from verifier.errors import VerifierError
from verifier.fetch.errors import redact_credentials
from verifier.fetch.load import RawDocument, load_input
from verifier.model import ArticleResult, Skipped
from verifier.settings import Settings
from verifier.version import __version__

if TYPE_CHECKING:
    from verifier.confirm.confirm import PostCache
    from verifier.fetch.client import Fetcher


class Ledger(Protocol):
    """Where a batch keeps what it judged (the store's ``BatchStore`` implements it)."""

    def find_checked(
        self, source: str, document_hash: str, settings_hash: str
    ) -> ArticleResult | None: ...

    def save_article(
        self,
        run_id: int,
        position: int,
        result: ArticleResult,
        *,
        document_hash: str | None = None,
        settings_hash: str | None = None,
        reusable: ArticleResult | None = None,
    ) -> None: ...

    def post_cache(self) -> PostCache: ...

    def close(self) -> None: ...


LedgerFactory = Callable[[], Ledger]
"""Opens the ledger in a worker process; must pickle (a module function and a URL)."""


@dataclass(frozen=True, slots=True)
class Failure:
    """Why an input could not be checked, as the error the single-input CLI raises."""

    message: str
    exit_code: int = 2
    hint: str | None = None


@dataclass(frozen=True, slots=True)
class Job:
    """One input of the run: its position (reports keep input order) and what to load."""

    index: int
    spec: str
    document: RawDocument | None = None
    """Already loaded (standard input is read once, by the parent)."""
    failure: Failure | None = None
    """Already failed (standard input that could not be read)."""


@dataclass(frozen=True)
class WorkerConfig:
    """What every article of one run is checked with."""

    settings: Settings
    settings_hash: str
    token: str
    """Names the run: a worker's cached state belongs to one run."""
    run_id: int | None = None
    """The store's run the workers save their articles to (Dask); ``None``: the parent
    saves them (local engines: one writer)."""
    ledger: LedgerFactory | None = None
    force: bool = False
    """Judge again what the store says was judged with these settings."""


@dataclass(frozen=True)
class Outcome:
    """What became of one input."""

    index: int
    spec: str
    result: ArticleResult | None = None
    failure: Failure | None = None
    reused: bool = False
    """The store held this document judged with the same settings: ``result`` is that."""
    document_hash: str | None = None
    """Of the loaded document (``None`` for standard input: no source to resume)."""
    reusable: ArticleResult | None = None
    """``result`` before ``--confirm`` (what a re-run may report), when it differs."""
    saved: bool = False
    """The worker saved the article to the store (else the parent does)."""
    store_error: str | None = None
    seconds: float = 0.0
    timed_out: bool = False
    error: BaseException | None = field(default=None, compare=False)
    """The unforeseen exception of a crashed check (raised again when not keeping going)."""

    @property
    def skipped(self) -> Skipped | None:
        """The report's line for an input that was not checked."""
        if not self.failure:
            return None
        # a URL's user name and password never reach a report
        return Skipped(redact_credentials(self.spec), redact_credentials(self.failure.message))


class BatchInputError(VerifierError):
    """An input failed and the run does not keep going (one input, or ``--fail-fast``)."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.message, hint=failure.hint)
        self.exit_code = failure.exit_code


def document_hash(doc: RawDocument) -> str:
    """SHA-256 of a document as loaded: its text and whether it is read as HTML."""
    h = hashlib.sha256(b"html\0" if doc.is_html else b"text\0")
    h.update(doc.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


@functools.cache
def _code_fingerprint() -> str:
    """The installed package's code (SHA-256 of each module: 1 MB, milliseconds) and data
    files (size and modification time: reading their 7 MB would cost more than a small
    run): a changed judge (a development checkout, another wheel) is a change of settings."""
    package = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts:
            continue
        h.update(f"{path.relative_to(package).as_posix()}\0".encode())
        if path.suffix == ".py":
            h.update(hashlib.sha256(path.read_bytes()).digest())
        else:
            st = path.stat()
            h.update(f"{st.st_size}\0{st.st_mtime_ns}".encode())
    return h.hexdigest()


def settings_hash(settings: Settings) -> str:
    """SHA-256 of what shapes a stored result: alignment score, severities, the tool's
    version and code. Threshold, ignored kinds and ``--strict`` only read the result, and
    ``--confirm`` is asked again on every run, so they are not part of it."""
    shaping = {
        "min_score": settings.min_score,
        "severities": dict(sorted(settings.severities.items())),
        "version": __version__,
        "code": _code_fingerprint(),
    }
    return hashlib.sha256(json.dumps(shaping, sort_keys=True).encode()).hexdigest()


class _WorkerState:
    """What one worker process keeps for the articles of one run."""

    def __init__(self, config: WorkerConfig) -> None:
        self.token = config.token
        self._config = config
        self._fetcher: Fetcher | None = None
        self._ledger: Ledger | None = None
        self._ledger_error: VerifierError | None = None
        self._lock = threading.Lock()

    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            from verifier.fetch.client import Fetcher, FetchSettings

            self._fetcher = Fetcher(FetchSettings.from_settings(self._config.settings))
        return self._fetcher

    def ledger(self) -> Ledger | None:
        """The store, opened once; a store that cannot be opened raises its error again
        without trying again (an unreachable server costs its timeout once per worker)."""
        if self._ledger_error is not None:
            raise self._ledger_error
        if self._ledger is None and self._config.ledger is not None:
            try:
                self._ledger = self._config.ledger()
            except VerifierError as exc:
                self._ledger_error = exc
                raise
        return self._ledger

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()
        if self._ledger is not None:
            self._ledger.close()


_STATE: dict[str, _WorkerState] = {}
_STATE_LOCK = threading.Lock()


def _state(config: WorkerConfig) -> _WorkerState:
    with _STATE_LOCK:
        state = _STATE.get(config.token)
        if state is None:
            for old in _STATE.values():  # a worker serves one run at a time
                old.close()
            _STATE.clear()
            state = _STATE[config.token] = _WorkerState(config)
        return state


def close_worker_state() -> None:
    """Release what this process kept for its runs (the in-process engine calls it)."""
    with _STATE_LOCK:
        for state in _STATE.values():
            state.close()
        _STATE.clear()


def check_job(job: Job, config: WorkerConfig) -> Outcome:
    """Check one input; never raises for a failure of the input or the store."""
    started = time.perf_counter()
    if job.failure is not None:
        return Outcome(job.index, job.spec, failure=job.failure)
    state = _state(config)
    try:
        doc = job.document or load_input(
            job.spec, fetcher=state.fetcher(), max_bytes=config.settings.max_bytes
        )
    except VerifierError as exc:
        failure = Failure(str(exc), exc.exit_code, exc.hint)
        return Outcome(job.index, job.spec, failure=failure, seconds=_since(started))
    with state._lock:  # one article at a time per process (Dask threads share a process)
        return _judge_and_store(job, doc, config, state, started)


def _judge_and_store(
    job: Job, doc: RawDocument, config: WorkerConfig, state: _WorkerState, started: float
) -> Outcome:
    from verifier.pipeline import confirm_results, parse_document, verify_article

    resumable = job.document is None  # standard input is no source to resume
    digest = document_hash(doc)
    store_error: str | None = None
    ledger: Ledger | None = None
    try:
        ledger = state.ledger()
    except VerifierError as exc:
        store_error = str(exc)
    judged: ArticleResult | None = None
    if ledger is not None and resumable and not config.force:
        try:
            judged = ledger.find_checked(job.spec, digest, config.settings_hash)
        except VerifierError as exc:
            store_error = str(exc)
    reused = judged is not None
    try:
        if judged is None:
            judged = verify_article(parse_document(doc), config.settings)
        result = judged
        if config.settings.confirm:
            cache = ledger.post_cache() if ledger is not None else None
            result = confirm_results([judged], state.fetcher(), config.settings, cache)[0]
    except VerifierError as exc:
        failure = Failure(str(exc), exc.exit_code, exc.hint)
        return Outcome(job.index, job.spec, failure=failure, seconds=_since(started))
    outcome = Outcome(
        job.index,
        job.spec,
        result=result,
        reused=reused,
        document_hash=digest if resumable else None,
        reusable=judged if judged is not result else None,
    )
    saved = False
    if ledger is not None and config.run_id is not None:
        try:
            save_outcome(ledger, config.run_id, outcome, config.settings_hash)
            saved = True
        except VerifierError as exc:
            store_error = str(exc)
    return replace(outcome, saved=saved, store_error=store_error, seconds=_since(started))


def save_outcome(ledger: Ledger, run_id: int, outcome: Outcome, settings_hash: str) -> None:
    """Save a checked article to run ``run_id``; a reused one only links the run to it."""
    assert outcome.result is not None
    resume = outcome.document_hash is not None and not outcome.reused
    ledger.save_article(
        run_id,
        outcome.index,
        outcome.result,
        document_hash=outcome.document_hash if resume else None,
        settings_hash=settings_hash if resume else None,
        reusable=outcome.reusable,
    )


def _since(started: float) -> float:
    return round(time.perf_counter() - started, 6)


EXIT_SKIPPED = 5
"""An input that could not be checked in its time budget or crashed (see ``cli``)."""


_WARM_UP_PAGE = """<html lang="hi"><head><title>नमूना</title></head><body><article>
<p>मंत्री ने 1 जनवरी को कहा, "हम 5 करोड़ लोगों तक नहीं पहुंचेंगे।"</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">We will reach 50 million people
by 2025, said the minister in Delhi.</p>&mdash; Example (@example)
<a href="https://twitter.com/example/status/1234567890123456789">January 1, 2025</a>
</blockquote></article></body></html>"""


def warm_up(settings: Settings) -> None:
    """Judge a small built-in page once, so the tables the stages load on first use
    (lexicons, gazetteer, number words) are in memory before worker processes fork from
    this one: they share them instead of each paying for the loading inside an article's
    time budget."""
    from verifier.pipeline import parse_document, verify_article

    doc = RawDocument(source="<warm-up>", text=_WARM_UP_PAGE, is_html=True)
    verify_article(parse_document(doc), settings)


def timed_out(job: Job, seconds: float) -> Outcome:
    """The outcome of an article that ran past its time budget."""
    return Outcome(
        job.index,
        job.spec,
        failure=Failure(
            f"not checked: took longer than {seconds:g} s (--article-timeout)", EXIT_SKIPPED
        ),
        seconds=seconds,
        timed_out=True,
    )


def crashed(job: Job, exc: BaseException) -> Outcome:
    """The outcome of an article whose check failed in a way the tool did not foresee."""
    what = (f"{type(exc).__name__}: {exc}".strip().splitlines() or ["?"])[0][:300]
    return Outcome(
        job.index,
        job.spec,
        failure=Failure(f"not checked: internal error ({what})", EXIT_SKIPPED),
        error=exc,
    )
