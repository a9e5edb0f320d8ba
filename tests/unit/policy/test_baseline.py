"""Baseline: accepted findings by fingerprint; new, accepted and stale entries."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from sample_results import entity_finding, omission_finding, sample_result, with_findings

from verifier.errors import UsageError
from verifier.model import Article, ArticleResult, Finding, Span, VerificationResult
from verifier.policy.baseline import (
    Baseline,
    baseline_from_result,
    compare,
    load_baseline,
    parse_baseline,
    write_baseline,
)
from verifier.policy.findings import located_findings


def test_write_then_load_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "verifier-baseline.json"
    written = write_baseline(sample_result(), path)
    loaded = load_baseline(path)
    assert loaded.entries == written.entries and len(loaded) == 2
    assert loaded.version == 1
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "verifier.policy.baseline/1"
    kinds = {e["kind"] for e in data["findings"]}
    assert kinds == {"entity", "omission"}
    # Reviewers read the file: the evidence is there, in Devanagari, not \\u escapes.
    assert "Canada → पेरू" in path.read_text(encoding="utf-8")
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_written_file_is_stable(tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    write_baseline(sample_result(), a)
    result = sample_result()
    ar = result.articles[0]
    reversed_pairs = replace(ar, pairs=tuple(reversed(ar.pairs)))
    write_baseline(replace(result, articles=(reversed_pairs,)), b)
    assert a.read_bytes() == b.read_bytes()


def test_compare_new_accepted_and_stale(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    write_baseline(with_findings(entity_finding()), path)
    baseline = load_baseline(path)
    diff = compare(sample_result(), baseline)
    assert [lf.finding.kind for lf in diff.accepted] == ["entity"]
    assert [lf.finding.kind for lf in diff.new] == ["omission"]
    assert diff.stale == ()
    # The editor fixed the name: the entry is stale and reported.
    fixed = compare(with_findings(omission_finding()), baseline)
    assert [e.kind for e in fixed.stale] == ["entity"]
    assert [lf.finding.kind for lf in fixed.new] == ["omission"]


def test_entries_of_articles_not_checked_are_not_stale() -> None:
    baseline = Baseline(tuple(parse_baseline(json.dumps({
        "schema": "verifier.policy.baseline/1",
        "findings": [{"source": "articles/other.html", "fingerprint": "abc"}],
    })).entries))  # fmt: skip
    assert compare(sample_result(), baseline).stale == ()


def test_source_paths_are_normalised_for_matching() -> None:
    lf = located_findings(sample_result())[0]
    baseline = parse_baseline(json.dumps({
        "schema": "verifier.policy.baseline/1",
        "findings": [{"source": "./articles/2026/02/../02/jaishankar-canada.html", "fingerprint": lf.fingerprint}],
    }))  # fmt: skip
    assert baseline.accepts(lf)


def _article_with(finding: Finding, prefix: str) -> VerificationResult:
    """An article whose drifted claim sits after ``prefix`` (an edit above it)."""
    base = with_findings(finding).articles[0]
    shift = len(prefix)
    claims = tuple(
        replace(c, span=Span(c.span.start + shift, c.span.end + shift)) for c in base.claims
    )
    article: Article = replace(base.article, text=prefix + base.article.text)
    ar: ArticleResult = replace(base, article=article, claims=claims)
    return VerificationResult((ar,))


def test_fingerprint_survives_an_edit_elsewhere_in_the_article() -> None:
    # Drift stage left the fingerprint empty: ours must not depend on offsets.
    bare = Finding("number", "critical", "50 became 15", Span(0, 2), Span(10, 12), "50", "15")
    before = located_findings(_article_with(bare, ""))[0]
    after = located_findings(_article_with(bare, "अपडेट: यह खबर संशोधित की गई है.\n"))[0]
    assert before.span != after.span
    assert before.fingerprint == after.fingerprint
    other_number = replace(bare, claim_text="51")
    assert located_findings(_article_with(other_number, ""))[0].fingerprint != before.fingerprint


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"{not json", "not valid JSON"),
        (b"[]", "expected a JSON object"),
        (b'{"schema": "other/9", "findings": []}', "unsupported schema"),
        (b'{"schema": "verifier.policy.baseline/1"}', "'findings' must be a list"),
        (
            b'{"schema": "verifier.policy.baseline/1", "findings": [{"source": "a"}]}',
            "no 'fingerprint'",
        ),
        (b'{"schema": "verifier.policy.baseline/1", "findings": [7]}', "must be an object"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
    ],
)
def test_bad_baseline_files_are_usage_errors(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "baseline.json"
    path.write_bytes(content)
    with pytest.raises(UsageError) as err:
        load_baseline(path)
    assert fragment in str(err.value) and str(path) in str(err.value)
    assert err.value.hint and "verifier baseline" in err.value.hint


def test_missing_baseline_file_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="file not found"):
        load_baseline(tmp_path / "nope.json")
    with pytest.raises(UsageError, match="is a directory"):
        load_baseline(tmp_path)


def test_absolute_paths_under_the_working_directory_match_relative_entries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `verifier baseline` on a laptop wrote relative paths; CI resolved the config
    # directory and passes absolute ones. Same checkout root → same entries.
    monkeypatch.chdir(tmp_path)
    relative = sample_result()
    ar = relative.articles[0]
    absolute_source = str(tmp_path / ar.article.source)
    absolute = replace(
        relative, articles=(replace(ar, article=replace(ar.article, source=absolute_source)),)
    )
    baseline = baseline_from_result(relative)
    assert [e.source for e in baseline.entries][0] == "articles/2026/02/jaishankar-canada.html"
    diff = compare(absolute, baseline)
    assert diff.new == () and len(diff.accepted) == 2 and diff.stale == ()
