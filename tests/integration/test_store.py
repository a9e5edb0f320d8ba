"""Store: migrations, idempotent runs, article history, atomic saves, post cache, one-line errors.

Every test taking ``db_url``/``migrated_db``/``store`` runs on a temp SQLite file and on
PostgreSQL (``VERIFIER_TEST_PG``). Results are built by hand below, shaped like Hindi wire
copy that renders an English post (the pipeline is tested elsewhere).
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from verifier import __version__
from verifier.errors import StoreError
from verifier.model import (
    AnchorMatch,
    Article,
    ArticleResult,
    Claim,
    ClaimKey,
    Finding,
    Pair,
    Post,
    PostKey,
    Skipped,
    Span,
    VerificationResult,
)
from verifier.policy.findings import fingerprint
from verifier.store import Store, current, ensure_schema, head, make_engine, upgrade
from verifier.store.database import alembic_config, migration_connection
from verifier.store.schema import metadata

REPO = Path(__file__).resolve().parents[2]

# --- a hand-built result -------------------------------------------------------------------
# An MEA post about relief for the March 2025 Myanmar earthquake, rendered in Hindi as a
# quote; edits of the article change the number or drop the list of supplies.

SOURCE = "https://example.in/world/myanmar-earthquake-operation-brahma"
TITLE = "म्यांमार भूकंप: भारत ने ऑपरेशन ब्रह्मा के तहत भेजी राहत सामग्री"
POST_TEXT = (
    "Operation Brahma: the first consignment of 15 tonnes of relief material, including "
    "tents, blankets and medicines, has reached Yangon."
)
SIGNATURE = "— Randhir Jaiswal (@MEAIndia) March 29, 2025"
FAITHFUL = (
    "ऑपरेशन ब्रह्मा: 15 टन राहत सामग्री की पहली खेप, जिसमें टेंट, कंबल और दवाइयां शामिल हैं, यांगून पहुंच गई है."
)
WRONG_NUMBER = FAITHFUL.replace("15 टन", "50 टन")
DROPPED_SUPPLIES = "ऑपरेशन ब्रह्मा: 15 टन राहत सामग्री की पहली खेप यांगून पहुंच गई है."
UNSOURCED = "भारत इस मुश्किल घड़ी में म्यांमार के लोगों के साथ खड़ा है."
TERM = "ऑपरेशन ब्रह्मा"

T0 = dt.datetime(2025, 3, 29, 9, 30, tzinfo=dt.UTC)


def span_of(haystack: str, needle: str) -> Span:
    at = haystack.index(needle)
    return Span(at, at + len(needle))


def number_drift(rendering: str) -> Finding:
    return Finding(
        "number",
        "critical",
        "The post says 15 tonnes; the rendering says 50 टन.",
        post_span=span_of(POST_TEXT, "15"),
        claim_span=span_of(rendering, "50"),
        post_text="15",
        claim_text="50",
    )


def supplies_omission() -> Finding:
    dropped = "tents, blankets and medicines"
    return Finding(
        "omission",
        "major",
        f'The rendering drops "{dropped}".',
        post_span=span_of(POST_TEXT, dropped),
        post_text=dropped,
    )


def article_result(
    rendering: str = FAITHFUL,
    findings: tuple[Finding, ...] = (),
    *,
    source: str = SOURCE,
    post_text: str = POST_TEXT,
    unsourced: str = UNSOURCED,
    article_findings: tuple[Finding, ...] = (),
) -> ArticleResult:
    lines = (
        TITLE,
        f"नई दिल्ली: म्यांमार में आए भूकंप के बाद भारत ने '{TERM}' शुरू किया है.",
        f"विदेश मंत्रालय के प्रवक्ता रणधीर जायसवाल ने एक्स पर लिखा, '{rendering}'",
        post_text + SIGNATURE,
        f"मंत्रालय ने कहा, '{unsourced}'",
    )
    body = "\n".join(lines)
    post = Post(
        key=PostKey("p1"),
        text=post_text,
        post_id="1905921734580412925",
        url="https://x.com/MEAIndia/status/1905921734580412925",
        author_name="Randhir Jaiswal",
        handle="MEAIndia",
        posted_at=dt.date(2025, 3, 29),
        lang="en",
        media=("https://pic.twitter.com/opbrahma01",),
        origin="flattened-text",
        span=span_of(body, post_text),
    )
    rendered = Claim(
        ClaimKey("c1"),
        rendering,
        span_of(body, rendering),
        "quote",
        speaker="रणधीर जायसवाल",
        cue="ने एक्स पर लिखा",
        cue_span=span_of(body, "ने एक्स पर लिखा"),
        platform_cue=True,
    )
    claims = (
        rendered,
        Claim(ClaimKey("c2"), unsourced, span_of(body, unsourced), "quote", cue="ने कहा"),
        Claim(ClaimKey("c3"), TERM, span_of(body, f"'{TERM}'"), "term"),
    )
    anchor = AnchorMatch(
        "name", span_of(post_text, "Yangon"), span_of(rendering, "यांगून"), "Yangon", "यांगून"
    )
    serious = any(f.severity != "minor" for f in findings)
    pair = Pair(
        PostKey("p1"),
        ClaimKey("c1"),
        0.82,
        "drift" if serious else ("minor" if findings else "faithful"),
        findings,
        (anchor,),
    )
    return ArticleResult(
        article=Article(source, body, TITLE, language="hi"),
        posts=(post,),
        claims=claims,
        pairs=(pair,),
        unsourced_claims=(ClaimKey("c2"),),
        unrendered_posts=(),
        findings=article_findings,
    )


def result(*articles: ArticleResult) -> VerificationResult:
    return VerificationResult(articles=articles or (article_result(),))


def save(store: Store, res: VerificationResult, at: dt.datetime = T0, **kw: Any) -> int:
    args: dict[str, Any] = {
        "command": "ci",
        "started_at": at,
        "finished_at": at + dt.timedelta(seconds=3),
        "exit_status": 0,
        "settings_summary": {"threshold": "major"},
    }
    args.update(kw)
    return store.save_run(res, **args)


def fp(finding: Finding, post_text: str = POST_TEXT) -> str:
    return fingerprint(finding, article_result(post_text=post_text).posts[0])


# --- database helpers ----------------------------------------------------------------------

TABLES = [t.name for t in metadata.sorted_tables]


@pytest.fixture
def engine(migrated_db: str) -> Iterator[Engine]:
    eng = make_engine(migrated_db)
    yield eng
    eng.dispose()


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}


def snapshot(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with engine.connect() as conn:
        return {
            t.name: [tuple(r) for r in conn.execute(select(t).order_by(t.c.id))]
            for t in metadata.sorted_tables
        }


# --- migrations ----------------------------------------------------------------------------


def test_upgrade_head_from_empty_creates_every_table(db_url: str) -> None:
    assert current(db_url) is None
    upgrade(db_url)
    assert current(db_url) == head()
    eng = make_engine(db_url)
    try:
        assert set(inspect(eng).get_table_names()) == {*TABLES, "alembic_version"}
    finally:
        eng.dispose()


def test_models_match_migrations(engine: Engine) -> None:
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, metadata) == []
    # The same through `alembic check` (env.py, the script directory, the version table).
    config = alembic_config()
    with migration_connection(engine) as conn:
        config.attributes["connection"] = conn
        command.check(config)


def test_downgrade_removes_every_table_and_upgrade_restores_them(engine: Engine) -> None:
    config = alembic_config()
    with migration_connection(engine) as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    ensure_schema(engine)
    assert set(inspect(engine).get_table_names()) == {*TABLES, "alembic_version"}


def test_first_use_of_a_store_migrates_a_new_database(db_url: str) -> None:
    with Store.open(db_url) as store:
        assert current(db_url) == head()
        assert store.history(SOURCE) == []
    with Store.open(db_url) as store:  # already at head: nothing to do, nothing lost
        save(store, result())
    with Store.open(db_url) as store:
        assert len(store.history(SOURCE)) == 1


def test_store_refuses_a_database_from_a_newer_verifier(migrated_db: str, engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dcafe9999'"))
    with pytest.raises(StoreError, match="revision f00dcafe9999") as info:
        Store.open(migrated_db)
    assert info.value.hint is not None


def test_alembic_command_line_from_the_repo_root(tmp_path: Path) -> None:
    """`alembic upgrade head` / `alembic check` work from a checkout ([tool.alembic])."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    env = {**os.environ, "VERIFIER_DB": url}

    def alembic(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "alembic", *args],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    up = alembic("upgrade", "head")  # URL from $VERIFIER_DB
    assert up.returncode == 0, up.stderr
    check = alembic("-x", f"url={url}", "check")  # URL from -x
    assert check.returncode == 0, check.stderr
    assert "No new upgrade operations detected" in check.stdout + check.stderr
    assert current(url) == head()


# --- saving runs ---------------------------------------------------------------------------


def test_rerun_of_an_unchanged_article_adds_only_a_run_and_a_link(
    store: Store, engine: Engine
) -> None:
    res = result(article_result(WRONG_NUMBER, (number_drift(WRONG_NUMBER),)))
    first = save(store, res)
    before = row_counts(engine)
    assert before == {
        "runs": 1,
        "articles": 1,
        "run_articles": 1,
        "posts": 1,
        "claims": 3,
        "pairs": 1,
        "findings": 1,
        "platform_posts": 0,
        "checked_articles": 0,
    }
    stored = snapshot(engine)
    second = save(store, res, T0 + dt.timedelta(hours=1))
    assert second != first
    after = row_counts(engine)
    assert after == {**before, "runs": 2, "run_articles": 2}
    # Not deleted and re-inserted either: the article's rows are untouched.
    unchanged = [t for t in TABLES if t not in ("runs", "run_articles")]
    assert {t: snapshot(engine)[t] for t in unchanged} == {t: stored[t] for t in unchanged}


def test_run_row_records_command_version_settings_and_counts(store: Store, engine: Engine) -> None:
    ist = dt.timezone(dt.timedelta(hours=5, minutes=30))
    started = dt.datetime(2025, 3, 29, 15, 0, tzinfo=ist)
    res = VerificationResult(
        articles=(article_result(WRONG_NUMBER, (number_drift(WRONG_NUMBER), supplies_omission())),),
        skipped=(Skipped("https://example.in/broken", "HTTP 404"),),
    )
    run_id = store.save_run(
        res,
        command="check",
        started_at=started,
        finished_at=started + dt.timedelta(seconds=2),
        exit_status=1,
        settings_summary={"threshold": "major", "ignore_kinds": ""},
    )
    with engine.connect() as conn:
        row = (
            conn.execute(text("SELECT * FROM runs WHERE id = :id"), {"id": run_id}).mappings().one()
        )
    assert row["command"] == "check"
    assert row["exit_status"] == 1
    assert row["tool_version"] == __version__
    assert (row["article_count"], row["finding_count"], row["skipped_count"]) == (1, 2, 1)
    assert (row["severity_critical"], row["severity_major"], row["severity_minor"]) == (1, 1, 0)
    [entry] = store.history(SOURCE)
    # Stored in UTC, read back timezone-aware: the same instant as the IST input.
    assert entry.started_at == started
    assert entry.started_at.utcoffset() == dt.timedelta(0)


def test_naive_datetimes_are_refused_before_touching_the_database(
    store: Store, engine: Engine
) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        save(store, result(), dt.datetime(2025, 3, 29, 9, 30))
    assert row_counts(engine)["runs"] == 0


def test_same_article_twice_in_one_run_is_linked_once(store: Store, engine: Engine) -> None:
    save(store, result(article_result(), article_result()))
    assert row_counts(engine)["run_articles"] == 1
    assert row_counts(engine)["articles"] == 1


def test_edited_article_becomes_a_new_version_and_history_shows_what_changed(
    store: Store, engine: Engine
) -> None:
    wrong, dropped = number_drift(WRONG_NUMBER), supplies_omission()
    versions = [
        article_result(FAITHFUL),
        article_result(WRONG_NUMBER, (wrong,)),  # an editor changes 15 to 50
        article_result(DROPPED_SUPPLIES, (dropped,)),  # number fixed, list of supplies cut
        article_result(DROPPED_SUPPLIES, (dropped,)),  # CI re-runs, nothing changed
    ]
    for i, ar in enumerate(versions):
        save(store, result(ar), T0 + dt.timedelta(hours=i), exit_status=0 if i == 0 else 1)
    assert row_counts(engine)["articles"] == 3

    history = store.history(SOURCE)
    assert [h.edited for h in history] == [False, True, True, False]
    assert len({h.content_hash for h in history}) == 3
    assert [h.appeared for h in history] == [(), (fp(wrong),), (fp(dropped),), ()]
    assert [h.disappeared for h in history] == [(), (), (fp(wrong),), ()]
    assert [h.severities["critical"] for h in history] == [0, 1, 0, 0]
    assert [h.severities["major"] for h in history] == [0, 0, 1, 1]
    assert [h.verdicts for h in history] == [
        {"faithful": 1, "minor": 0, "drift": 0, "unchecked": 0},
        {"faithful": 0, "minor": 0, "drift": 1, "unchecked": 0},
        {"faithful": 0, "minor": 0, "drift": 1, "unchecked": 0},
        {"faithful": 0, "minor": 0, "drift": 1, "unchecked": 0},
    ]
    assert [h.exit_status for h in history] == [0, 1, 1, 1]
    assert all(h.command == "ci" and h.title == TITLE for h in history)
    assert [h.started_at for h in history] == sorted(h.started_at for h in history)

    [latest] = store.latest_findings(SOURCE)
    assert (latest.kind, latest.severity, latest.post_text) == (
        "omission",
        "major",
        dropped.post_text,
    )
    assert latest.post_span == dropped.post_span
    assert latest.fingerprint == fp(dropped)


def test_history_is_per_source_and_ignores_path_spelling(store: Store) -> None:
    save(store, result(article_result(source="articles/2025/03/brahma.html")))
    save(store, result(article_result(source="articles/2025/03/other.html")), T0 + dt.timedelta(1))
    assert len(store.history("articles/./2025/03/brahma.html")) == 1
    assert store.history("articles/2025/03/missing.html") == []
    assert store.latest_findings("articles/2025/03/missing.html") == []


def test_same_text_with_a_new_analysis_keeps_one_copy_and_the_history(
    store: Store, engine: Engine
) -> None:
    """A newer verifier (or a post deleted since) finds something else in unchanged text."""
    save(store, result(article_result(WRONG_NUMBER)))  # an older engine missed the number
    found = number_drift(WRONG_NUMBER)
    save(store, result(article_result(WRONG_NUMBER, (found,))), T0 + dt.timedelta(days=1))
    assert row_counts(engine)["articles"] == 1
    assert row_counts(engine)["findings"] == 1
    first, second = store.history(SOURCE)
    assert not second.edited
    assert (first.fingerprints, second.appeared) == ((), (fp(found),))
    assert [f.kind for f in store.latest_findings(SOURCE)] == ["number"]


def test_article_level_findings_are_stored_without_a_pair(store: Store, engine: Engine) -> None:
    mismatch = Finding(
        "embed-mismatch",
        "critical",
        "The embed says 15 tonnes; the post on X says 16 tonnes.",
        post_span=span_of(POST_TEXT, "15"),
        post_text="15",
        claim_text="16",
    )
    save(store, result(article_result(article_findings=(mismatch,))))
    with engine.connect() as conn:
        pair_ids = conn.execute(text("SELECT pair_id FROM findings")).scalars().all()
    assert pair_ids == [None]
    assert store.latest_findings(SOURCE)[0].kind == "embed-mismatch"
    assert store.history(SOURCE)[0].severities["critical"] == 1


def test_hostile_text_and_very_long_sources_are_stored(store: Store) -> None:
    # A percent-encoded Devanagari slug far longer than PostgreSQL can index as text, and
    # a NUL byte from a broken page (PostgreSQL text cannot hold it).
    slug = "%E0%A4%AD%E0%A5%82%E0%A4%95%E0%A4%82%E0%A4%AA-" * 300
    source = f"https://example.in/world/{slug}"
    post_text = POST_TEXT.replace("Yangon.", "Yangon.\x00")
    save(store, result(article_result(source=source, post_text=post_text)))
    [entry] = store.history(source)
    assert entry.source == source and entry.posts == 1


def test_concurrent_ci_jobs_on_a_new_store_neither_fail_nor_duplicate(
    db_url: str,
) -> None:
    """Several CI jobs open the same brand-new store at once and save the same articles."""

    def job(n: int) -> None:
        with Store.open(db_url) as store:  # each job migrates "first" and races the others
            for i in range(3):
                edited = article_result(
                    WRONG_NUMBER, (number_drift(WRONG_NUMBER),), source="b.html"
                )
                save(store, result(article_result(), edited), T0 + dt.timedelta(minutes=10 * n + i))

    with ThreadPoolExecutor(max_workers=3) as pool:
        for done in [pool.submit(job, n) for n in range(3)]:
            done.result()
    eng = make_engine(db_url)
    try:
        counts = row_counts(eng)
    finally:
        eng.dispose()
    assert (counts["runs"], counts["run_articles"]) == (9, 18)
    assert (counts["articles"], counts["posts"], counts["findings"]) == (2, 2, 1)


def test_processes_opening_a_new_store_at_once_migrate_it_once(db_url: str) -> None:
    script = "import sys; from verifier.store import Store; Store.open(sys.argv[1]).close()"
    jobs = [
        subprocess.Popen([sys.executable, "-c", script, db_url], stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    errors = [job.communicate(timeout=120)[1] for job in jobs]
    assert [job.returncode for job in jobs] == [0, 0, 0], errors
    assert current(db_url) == head()


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(
            text(
                'INSERT INTO claims (article_id, key, text, lang, start, "end", kind, closed, '
                "platform_cue) VALUES (424242, 'c1', 'x', 'hi', 0, 1, 'quote', true, false)"
            )
        )


# --- atomicity -----------------------------------------------------------------------------


def test_invalid_finding_mid_run_rolls_back_everything(store: Store, engine: Engine) -> None:
    save(store, result())
    before = snapshot(engine)
    bad = replace(number_drift(WRONG_NUMBER), severity="severe")  # type: ignore[arg-type]
    run = result(
        article_result(source="articles/first-ok.html"),
        article_result(WRONG_NUMBER, (bad,), source="articles/second-bad.html"),
    )
    with pytest.raises(StoreError) as info:
        save(store, run, T0 + dt.timedelta(hours=1))
    assert str(info.value).startswith("cannot save run to ")
    assert "\n" not in str(info.value)
    assert snapshot(engine) == before
    assert store.history("articles/first-ok.html") == []


def test_database_failure_during_flush_rolls_back_everything(
    store: Store, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    save(store, result())
    before = snapshot(engine)
    real_flush = Session.flush
    calls = {"n": 0}

    def failing_flush(self: Session, objects: Any = None) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OperationalError("INSERT INTO findings …", {}, Exception("disk I/O error"))
        real_flush(self, objects)

    monkeypatch.setattr(Session, "flush", failing_flush)
    edited = article_result(WRONG_NUMBER, (number_drift(WRONG_NUMBER),))
    with pytest.raises(StoreError, match="disk I/O error"):
        save(
            store,
            result(article_result(source="articles/other.html"), edited),
            T0 + dt.timedelta(1),
        )
    assert calls["n"] == 3
    monkeypatch.undo()
    assert snapshot(engine) == before


def test_a_bug_mid_save_still_rolls_back_and_is_not_disguised(
    store: Store, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(engine)

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("bug in the store")

    monkeypatch.setattr(Store, "_delete_children", staticmethod(broken))
    save(store, result(article_result(WRONG_NUMBER)))  # new version: no replacement yet
    after_first = snapshot(engine)
    assert after_first != before
    with pytest.raises(RuntimeError, match="bug in the store"):
        # same text, other analysis -> replaces children -> the bug fires half-way
        save(
            store,
            result(article_result(WRONG_NUMBER, (number_drift(WRONG_NUMBER),))),
            T0 + dt.timedelta(1),
        )
    assert snapshot(engine) == after_first


# --- platform post cache -------------------------------------------------------------------


def test_cached_post_is_served_within_its_ttl_only(store: Store) -> None:
    payload = {"text": POST_TEXT, "user": {"screen_name": "MEAIndia"}, "lang": "en"}
    store.put_cached_post("x", "1905921734580412925", "confirmed", payload, now=T0)
    day = 24 * 3600
    assert (
        store.get_cached_post("x", "1905921734580412925", day, now=T0 + dt.timedelta(hours=23))
        == payload
    )
    assert (
        store.get_cached_post("x", "1905921734580412925", day, now=T0 + dt.timedelta(hours=25))
        is None
    )
    assert store.get_cached_post("x", "1905921734580412925", 0, now=T0) is None
    assert store.get_cached_post("x", "999", day, now=T0) is None
    assert store.get_cached_post("bluesky", "1905921734580412925", day, now=T0) is None


def test_refetched_post_replaces_the_cache_entry(store: Store, engine: Engine) -> None:
    store.put_cached_post("x", "1905921734580412925", "confirmed", {"text": POST_TEXT}, now=T0)
    later = T0 + dt.timedelta(days=3)
    store.put_cached_post("x", "1905921734580412925", "deleted", {}, now=later)
    entry = store.get_cached_entry("x", "1905921734580412925", 3600, now=later)
    assert entry is not None
    assert (entry.state, entry.payload, entry.fetched_at) == ("deleted", {}, later)
    assert row_counts(engine)["platform_posts"] == 1


# --- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [Store.open, current, upgrade, ensure_schema],
    ids=["open", "current", "upgrade", "ensure"],
)
def test_unreachable_postgresql_is_one_line_without_the_password(call: Any) -> None:
    url = "postgresql://editor:s3cret-pw@127.0.0.1:1/newsroom"
    with pytest.raises(StoreError) as info:
        call(url)
    message = str(info.value)
    assert message == (
        "cannot open database postgresql://editor:***@127.0.0.1:1/newsroom: connection refused"
    )
    assert info.value.exit_code == 3


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("not a url", "invalid database URL 'not a url'"),
        (
            "postgresql://editor:s3cret-pw@db:port/x",
            "invalid database URL 'postgresql://editor:***@db:port/x'",
        ),
        (
            "mysql://editor:s3cret-pw@db/newsroom",
            "unsupported database URL mysql://editor:***@db/newsroom",
        ),
    ],
)
def test_bad_database_urls_are_one_line_errors(url: str, expected: str) -> None:
    with pytest.raises(StoreError) as info:
        Store.open(url)
    assert str(info.value).startswith(expected)
    assert "s3cret-pw" not in str(info.value) and "\n" not in str(info.value)


def test_sqlite_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a text file, not SQLite\n" * 200)
    with pytest.raises(
        StoreError, match=r"^cannot open database sqlite:///.*notes\.db: file is not a database$"
    ):
        Store.open(f"sqlite:///{path}")


def test_sqlite_directory_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the directory should be")
    with pytest.raises(StoreError, match="cannot create directory"):
        Store.open(f"sqlite:///{blocker / 'verifier.db'}")
