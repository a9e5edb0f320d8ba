"""The command line end to end: the seed article, its HTML twin, edits that drift, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verifier.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_ab9b32bc1790fcea.txt"
SEED_HTML = ROOT / "tests" / "data" / "pages" / "seed.html"

QUOTE = "आज कनाडा की विदेश मंत्री अनीता आनंद से मिलकर बहुत अच्छा लगा."


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = main(["check", *args, "--format", "json", "--no-db"])
    out = capsys.readouterr().out
    return code, json.loads(out)


def _pairs_by_claim(report: dict) -> dict[str, dict]:
    art = report["articles"][0]
    claims = {c["id"]: c for c in art["claims"]}
    return {claims[p["claim"]]["text"]: p for p in art["pairs"]}


def test_seed_has_one_post_two_faithful_renderings_and_unsourced_quotes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, report = run_json(capsys, str(SEED))
    assert code == 0
    assert report["schema"] == "verifier.report/1"
    art = report["articles"][0]
    assert len(art["posts"]) == 1
    post = art["posts"][0]
    assert post["author_name"] == "Dr. S. Jaishankar"
    assert post["handle"] == "DrSJaishankar"
    assert post["posted_at"] == "2026-02-04"
    assert post["text"].startswith("Great to see FM @AnitaAnandMP of Canada today.")
    assert any("pic.twitter.com/OBeunFafhl" in m for m in post["media"])

    pairs = _pairs_by_claim(report)
    quote = next(p for t, p in pairs.items() if t.startswith("आज कनाडा की विदेश मंत्री"))
    para = next(p for t, p in pairs.items() if "कनाडाई समकक्ष" in t)
    assert quote["verdict"] == "faithful" and quote["post"] == post["id"]
    assert para["verdict"] == "faithful" and para["post"] == post["id"]

    claims = {c["id"]: c for c in art["claims"]}
    unsourced = [claims[k]["text"] for k in art["unsourced_claims"]]
    assert any("पेरू के विदेश मंत्री ह्यूगो डी जेला के साथ" in t for t in unsourced)
    assert any("आज वाशिंगटन डीसी में" in t for t in unsourced)
    terms = [c["text"] for c in art["claims"] if c["kind"] == "term"]
    assert "डी-रिस्क" in terms
    assert all(claims[p["claim"]]["kind"] != "term" for p in art["pairs"])


def test_html_twin_of_the_seed_gives_the_same_pairs(capsys: pytest.CaptureFixture[str]) -> None:
    code, report = run_json(capsys, str(SEED_HTML))
    assert code == 0
    art = report["articles"][0]
    assert len(art["posts"]) == 1
    assert art["posts"][0]["handle"] == "DrSJaishankar"
    verdicts = sorted(p["verdict"] for p in art["pairs"])
    assert verdicts == ["faithful", "faithful"]


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        ("अनीता आनंद", "मेलानी जोली", "entity"),
        ("बहुत अच्छा लगा. हमने", "बहुत अच्छा नहीं लगा. हमने", "negation"),
        ("आज कनाडा की विदेश मंत्री", "आज कनाडा की विदेश मंत्री से 3 बार", "number"),
    ],
)
def test_a_drifted_rendering_fails_with_a_finding_of_the_right_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, kind: str
) -> None:
    text = SEED.read_text(encoding="utf-8")
    start = text.index(QUOTE[:20])
    assert old in text[start:]
    edited = text[:start] + text[start:].replace(old, new, 1)
    path = tmp_path / "edited.txt"
    path.write_text(edited, encoding="utf-8")
    code, report = run_json(capsys, str(path))
    assert code == 1
    kinds = {f["kind"] for p in report["articles"][0]["pairs"] for f in p["findings"]}
    assert kind in kinds


def test_missing_file_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "does/not/exist.txt", "--no-db"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "exist.txt" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "word"),
    [(b"", "empty"), (b"%PDF-1.7\n\x00\x01\x02binary", "binary")],
)
def test_empty_or_binary_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, word: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code = main(["check", str(path), "--no-db"])
    err = capsys.readouterr().err
    assert code == 2
    assert word in err and err.count("\n") == 1


def test_unreachable_url_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", "http://127.0.0.1:9/news", "--allow-private", "--no-db"])
    err = capsys.readouterr().err
    assert code == 3
    assert "127.0.0.1" in err and "Traceback" not in err


def test_private_address_is_refused_without_allow_private(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["check", "http://127.0.0.1:9/news", "--no-db"])
    err = capsys.readouterr().err
    assert code == 3
    assert "--allow-private" in err


def test_compare_one_pair_and_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = "Great to see FM @AnitaAnandMP of Canada today. Talked about taking our ties forward."
    code = main(
        ["compare", "--source", src, "--claim", QUOTE + " हमने अपने संबंधों को आगे बढ़ाने के बारे में बात की."]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["verdict"] == "faithful"
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps(
            {
                "id": "a",
                "source": "We will not attend the summit.",
                "claim": "हम शिखर सम्मेलन में शामिल होंगे।",
            },
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    code = main(["compare", "--jsonl", str(rows)])
    line = json.loads(capsys.readouterr().out.strip())
    assert code == 1
    assert line["id"] == "a" and line["verdict"] == "drift"
    assert any(f["kind"] == "negation" for f in line["findings"])


def test_compare_partial_judges_only_the_part_rendered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = "Great to see FM @AnitaAnandMP of Canada today. Talked about taking our ties forward."
    # the second sentence left out is a selection: shown as a minor note, no failure
    assert main(["compare", "--source", src, "--claim", QUOTE]) == 0
    [finding] = json.loads(capsys.readouterr().out)["findings"]
    assert (
        finding["kind"] == "omission"
        and finding["severity"] == "minor"
        and "Talked about taking our ties forward" in finding["message"]
    )
    assert main(["compare", "--partial", "--source", src, "--claim", QUOTE]) == 0
    assert json.loads(capsys.readouterr().out)["verdict"] == "faithful"
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        "\n".join(
            json.dumps({"id": i, "source": src, "claim": QUOTE, **extra}, ensure_ascii=False)
            for i, extra in enumerate([{}, {"partial": True}])
        ),
        encoding="utf-8",
    )
    assert main(["compare", "--jsonl", str(rows)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["verdict"] for x in lines] == ["minor", "faithful"]
    rows.write_text(json.dumps({"source": src, "claim": QUOTE, "partial": "yes"}), encoding="utf-8")
    assert main(["compare", "--jsonl", str(rows)]) == 2
    assert "partial" in capsys.readouterr().err


def test_compare_jsonl_bad_line_is_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": 1}\n', encoding="utf-8")
    assert main(["compare", "--jsonl", str(rows)]) == 2
    assert "rows.jsonl:1" in capsys.readouterr().err


def test_align_prints_the_best_rendering_of_each_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = tmp_path / "en.txt"
    claims = tmp_path / "hi.txt"
    sources.write_text(
        "India and Canada agreed to deepen cooperation.\nThe court adjourned the hearing until Monday.\n",
        encoding="utf-8",
    )
    claims.write_text(
        "अदालत ने सुनवाई सोमवार तक के लिए स्थगित कर दी।\nभारत और कनाडा सहयोग को गहरा करने पर सहमत हुए।\n",
        encoding="utf-8",
    )
    assert main(["align", str(sources), str(claims)]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [(r["source"], r["claim"]) for r in rows] == [(0, 1), (1, 0)]


def test_html_report_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.html"
    code = main(["check", str(SEED), "--no-db", "--format", "html", "--output", str(out)])
    assert code == 0
    html = out.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "अनीता" in html and "Jaishankar" in html


def test_store_rerun_adds_no_duplicates_and_history_shows_runs(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The whole pipeline stores into SQLite and the real PostgreSQL alike."""
    db = db_url
    for _ in range(2):
        assert main(["check", str(SEED), "--db", db, "--format", "json"]) == 0
    capsys.readouterr()
    from sqlalchemy import text

    from verifier.store.database import make_engine

    engine = make_engine(db)
    with engine.connect() as conn:
        assert conn.execute(text("select count(*) from runs")).scalar() == 2
        assert conn.execute(text("select count(*) from articles")).scalar() == 1
        assert conn.execute(text("select count(*) from posts")).scalar() == 1
    engine.dispose()
    assert main(["history", str(SEED), "--db", db]) == 0
    assert "2 runs" in capsys.readouterr().out


def test_a_run_that_fails_half_way_stores_nothing(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two inputs, the second missing, --fail-fast: the run stops with exit 2 and stores no
    row (without --fail-fast the run goes on: tests/integration/test_batch.py)."""
    code = main(["check", str(SEED), str(tmp_path / "missing.txt"), "--db", db_url, "--fail-fast"])
    assert code == 2
    capsys.readouterr()
    from sqlalchemy import inspect, text

    from verifier.store.database import make_engine

    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            if "runs" in inspect(conn).get_table_names():
                assert conn.execute(text("select count(*) from articles")).scalar() == 0
    finally:
        engine.dispose()


def test_db_upgrade_and_current(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'new.db'}"
    assert main(["db", "current", "--db", db]) == 0
    assert "empty" in capsys.readouterr().out
    assert main(["db", "upgrade", "--db", db]) == 0
    capsys.readouterr()
    assert main(["db", "current", "--db", db]) == 0
    assert "(head)" in capsys.readouterr().out


def test_unknown_option_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--frobnicate"]) == 2
    assert "frobnicate" in capsys.readouterr().err


def test_report_is_identical_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Sets have no order: the evidence and findings must not depend on PYTHONHASHSEED."""
    import os
    import subprocess
    import sys

    outputs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-m", "verifier", "check", str(SEED), "--no-db", "--format", "json"],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        outputs.append(proc.stdout)
    assert outputs[0] == outputs[1] == outputs[2]


def test_confirm_without_network_reports_offline_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Tests have no network: --confirm must say the post could not be checked, not fail."""
    db = f"sqlite:///{tmp_path / 'v.db'}"
    code = main(["check", str(SEED_HTML), "--confirm", "--db", db, "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    (conf,) = report["articles"][0]["confirmations"]
    assert conf["state"] == "offline"
    assert "could not reach X" in conf["detail"]
    code = main(["check", str(SEED_HTML), "--confirm", "--db", db, "--strict", "--format", "json"])
    capsys.readouterr()
    assert code == 1  # --strict: an unverifiable post fails the check


UNCHECKED_ARTICLE = ROOT / "tests" / "data" / "unchecked" / "bengali-article.html"


def test_an_unchecked_rendering_passes_unless_fail_unchecked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, report = run_json(capsys, str(UNCHECKED_ARTICLE))
    assert code == 0
    assert [p["verdict"] for p in report["articles"][0]["pairs"]] == ["unchecked"]
    code = main(["check", str(UNCHECKED_ARTICLE), "--no-db", "-q", "--fail-unchecked"])
    err = capsys.readouterr().err
    assert code == 1
    assert "1 rendering unchecked" in err and "--fail-unchecked" in err
