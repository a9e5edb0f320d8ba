"""JSON report: exactly the ``verifier.report/1`` contract, stable and readable."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from typing import Any

from goldtest import compare_golden
from sample_results import P1_TEXT, TEXT, sample_result

from verifier.model import Finding, VerificationResult
from verifier.policy.findings import located_findings
from verifier.report.json_report import render_json

POST_KEYS = {"id", "platform", "post_id", "url", "author_name", "handle", "posted_at", "text",
             "lang", "media", "origin"}  # fmt: skip
CLAIM_KEYS = {"id", "text", "lang", "start", "end", "kind", "speaker", "cue"}
PAIR_KEYS = {"post", "claim", "score", "verdict", "findings"}
FINDING_KEYS = {"kind", "severity", "message", "post_span", "claim_span"}
ARTICLE_KEYS = {"source", "title", "language", "posts", "claims", "pairs", "unsourced_claims",
                "unrendered_posts"}  # fmt: skip


def report(result: VerificationResult | None = None) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render_json(result or sample_result()))
    return data


def test_golden() -> None:
    compare_golden("json/sample.json", render_json(sample_result()))


def test_contract_fields_are_all_there() -> None:
    data = report()
    assert data["schema"] == "verifier.report/1"
    assert list(data)[:2] == ["schema", "articles"] and "summary" in data
    (article,) = data["articles"]
    assert ARTICLE_KEYS <= set(article)
    assert all(POST_KEYS <= set(p) for p in article["posts"])
    assert all(CLAIM_KEYS <= set(c) for c in article["claims"])
    assert all(PAIR_KEYS <= set(p) for p in article["pairs"])
    assert all(FINDING_KEYS <= set(f) for p in article["pairs"] for f in p["findings"])


def test_values_are_what_a_tool_expects() -> None:
    (article,) = report()["articles"]
    assert article["source"] == "articles/2026/02/jaishankar-canada.html"
    assert article["language"] == "hi"
    p1, p2 = article["posts"]
    assert p1["posted_at"] == "2026-02-04"
    assert p1["handle"] == "DrSJaishankar"
    assert p1["media"] == ["https://pic.twitter.com/Qm4xT7bZk2"]
    assert p2["post_id"] == "2019100200300400500" and p2["origin"] == "blockquote"
    c2 = next(c for c in article["claims"] if c["id"] == "c2")
    assert TEXT[c2["start"] : c2["end"]] == c2["text"]
    assert c2["kind"] == "reported" and c2["speaker"] == "जयशंकर"
    drift = next(p for p in article["pairs"] if p["claim"] == "c2")
    assert drift["verdict"] == "drift" and drift["score"] == 0.58
    entity = drift["findings"][0]
    assert entity["kind"] == "entity" and entity["severity"] == "critical"
    start, end = entity["post_span"]
    assert P1_TEXT[start:end] == "Canada"
    start, end = entity["claim_span"]
    assert c2["text"][start:end] == "पेरू"
    omission = drift["findings"][1]
    assert omission["claim_span"] is None
    assert article["unsourced_claims"] == ["c3"]
    assert article["unrendered_posts"] == ["p2"]


def test_devanagari_is_written_as_text_not_escapes() -> None:
    text = render_json(sample_result())
    assert "पेरू" in text and "\\u09" not in text


def test_summary_counts() -> None:
    summary = report()["summary"]
    assert summary["articles"] == 1 and summary["posts"] == 2
    assert summary["claims"] == 3 and summary["terms"] == 1
    assert summary["verdicts"] == {"faithful": 1, "minor": 0, "drift": 1, "unchecked": 0}
    assert summary["unsourced_claims"] == 1 and summary["unrendered_posts"] == 1
    assert summary["findings"] == {"total": 2, "critical": 1, "major": 1, "minor": 0}
    assert summary["skipped"] == 2


def test_order_of_pipeline_output_does_not_change_the_report() -> None:
    result = sample_result()
    ar = result.articles[0]
    rng = random.Random(7)
    shuffled = replace(
        ar,
        posts=tuple(rng.sample(ar.posts, len(ar.posts))),
        claims=tuple(rng.sample(ar.claims, len(ar.claims))),
        pairs=tuple(reversed(ar.pairs)),
    )
    assert render_json(replace(result, articles=(shuffled,))) == render_json(result)


def test_fingerprints_match_what_baselines_and_sarif_use() -> None:
    (article,) = report()["articles"]
    in_json = [f["fingerprint"] for p in article["pairs"] for f in p["findings"]]
    assert sorted(in_json) == sorted(lf.fingerprint for lf in located_findings(sample_result()))


def test_findings_without_fingerprint_get_a_stable_one() -> None:
    result = sample_result()
    ar = result.articles[0]
    bare = Finding("number", "critical", "50 → 15", post_text="50", claim_text="15")
    drifted = replace(ar.pairs[1], findings=(bare,))
    result = replace(result, articles=(replace(ar, pairs=(ar.pairs[0], drifted)),))
    (article,) = report(result)["articles"]
    fp = article["pairs"][1]["findings"][0]["fingerprint"]
    assert (
        len(fp) == 32
        and fp == report(result)["articles"][0]["pairs"][1]["findings"][0]["fingerprint"]
    )
