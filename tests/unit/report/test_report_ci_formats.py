"""CI outputs: SARIF 2.1.0 (schema-valid), JUnit XML, GitHub Actions annotations."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sample_results import C2_TEXT, SOURCE, TEXT, clean_result, sample_result, span_of

from verifier.model import Finding, VerificationResult
from verifier.policy.baseline import Baseline, BaselineEntry, baseline_from_result
from verifier.policy.findings import located_findings
from verifier.policy.policy import Gate
from verifier.report.formats import RunReport
from verifier.report.github import command, escape_data, escape_property, render_github
from verifier.report.junit import render_junit
from verifier.report.outcome import failure_line
from verifier.report.sarif import render_sarif

SARIF_SCHEMA = (
    Path(__file__).resolve().parents[4] / "shared" / "formats" / "sarif" / "sarif-schema-2.1.0.json"
)


def as_text_article(result: VerificationResult) -> VerificationResult:
    """The sample as a plain-text file, where article offsets are file offsets."""
    ar = result.articles[0]
    article = replace(ar.article, source="articles/jaishankar.txt", is_html=False)
    return replace(result, articles=(replace(ar, article=article),))


def sarif(result: VerificationResult, **kw: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render_sarif(result, **kw))
    return data


# --- SARIF -----------------------------------------------------------------


@pytest.fixture(scope="module")
def sarif_validator() -> Any:
    if not SARIF_SCHEMA.exists():
        pytest.skip(f"official SARIF schema not found at {SARIF_SCHEMA}")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


@pytest.mark.parametrize(
    "gate",
    [
        None,
        Gate(threshold="critical", strict=True),
        Gate(baseline=baseline_from_result(sample_result())),
    ],
)
def test_sarif_is_valid_against_the_official_schema(
    sarif_validator: Any, gate: Gate | None
) -> None:
    for result in (sample_result(), clean_result(), VerificationResult(())):
        errors = sorted(sarif_validator.iter_errors(sarif(result, gate=gate)), key=str)
        assert errors == []


def test_sarif_rules_cover_every_drift_kind() -> None:
    driver = sarif(sample_result())["runs"][0]["tool"]["driver"]
    ids = [r["id"] for r in driver["rules"]]
    assert ids[:9] == ["entity", "number", "negation", "attribution", "date", "omission",
                       "addition", "intensity", "embed-mismatch"]  # fmt: skip
    levels = {r["id"]: r["defaultConfiguration"]["level"] for r in driver["rules"]}
    assert levels["entity"] == "error" and levels["omission"] == "error"
    assert levels["intensity"] == "warning"


def test_sarif_result_points_at_the_swapped_name_in_the_article() -> None:
    run = sarif(sample_result())["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    entity = next(r for r in run["results"] if r["ruleId"] == "entity")
    assert entity["level"] == "error"
    assert run["tool"]["driver"]["rules"][entity["ruleIndex"]]["id"] == "entity"
    loc = entity["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "articles/2026/02/jaishankar-canada.html"
    region = loc["region"]
    start, length = region["charOffset"], region["charLength"]
    assert TEXT[start : start + length] == "पेरू"
    line = TEXT.split("\n")[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 :].startswith("पेरू")
    fp = entity["partialFingerprints"]["verifierFinding/v1"]
    assert fp in {lf.fingerprint for lf in located_findings(sample_result())}


def test_sarif_regions_follow_the_raw_file_when_given() -> None:
    result = sample_result()
    raw = "<html>\n<body>\n<p>" + TEXT.replace("\n", "</p>\n<p>") + "</p>\n</body></html>\n"
    region = next(
        r
        for r in sarif(result, sources={result.articles[0].article.source: raw})["runs"][0][
            "results"
        ]
        if r["ruleId"] == "entity"
    )["locations"][0]["physicalLocation"]["region"]
    start = region["charOffset"]
    assert raw[start : start + region["charLength"]] == "पेरू"
    assert region["startLine"] == raw[:start].count("\n") + 1


def test_sarif_minor_is_warning_and_ignored_kinds_are_left_out() -> None:
    intensity = Finding(
        "intensity", "minor", "'may' became 'will'", post_text="may", claim_text="होगा"
    )
    result = replace(sample_result())
    ar = result.articles[0]
    drifted = replace(ar.pairs[1], findings=(*ar.pairs[1].findings, intensity))
    result = replace(result, articles=(replace(ar, pairs=(ar.pairs[0], drifted)),))
    levels = {r["ruleId"]: r["level"] for r in sarif(result)["runs"][0]["results"]}
    assert levels["intensity"] == "warning"
    kept = sarif(result, gate=Gate(ignore_kinds=frozenset({"omission"})))["runs"][0]["results"]
    assert "omission" not in {r["ruleId"] for r in kept}


def test_sarif_baseline_state_marks_accepted_findings_unchanged() -> None:
    baseline = baseline_from_result(sample_result())
    states = {r["baselineState"] for r in sarif(sample_result(), gate=Gate(baseline=baseline))["runs"][0]["results"] if r["ruleId"] != "unverifiable-post"}  # fmt: skip
    assert states == {"unchanged"}


# --- JUnit -----------------------------------------------------------------


def junit(result: VerificationResult, gate: Gate | None = None) -> ET.Element:
    return ET.fromstring(render_junit(result, gate=gate).encode("utf-8"))


def test_junit_one_suite_per_article_and_failure_for_the_drifted_pair() -> None:
    root = junit(sample_result())
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["articles/2026/02/jaishankar-canada.html", "inputs"]
    cases = suites[0].findall("testcase")
    failed = [c for c in cases if c.find("failure") is not None]
    assert len(failed) == 1
    assert failed[0].get("name", "").startswith("p1 @DrSJaishankar → c2 (reported)")
    failure = failed[0].find("failure")
    assert failure is not None and failure.get("type") == "entity"
    assert "Canada" in (failure.text or "") and "critical minerals" in (failure.text or "")
    assert suites[0].get("failures") == "1" and root.get("failures") == "1"
    assert suites[0].get("tests") == str(len(cases))
    unrendered = [c for c in cases if c.get("name") == "p2 @DrSJaishankar unrendered"]
    assert unrendered and unrendered[0].find("skipped") is not None


def test_junit_threshold_and_baseline_decide_failures() -> None:
    # Only the omission (major): blocks at "major", not at "critical".
    omission = sample_result().articles[0].pairs[1].findings[1]
    result = replace(clean_result())
    ar = sample_result().articles[0]
    only_major = replace(ar, pairs=(ar.pairs[0], replace(ar.pairs[1], findings=(omission,))),
                         confirmations=())  # fmt: skip
    result = VerificationResult((only_major,))
    assert junit(result).get("failures") == "1"
    root = junit(result, Gate(threshold="critical"))
    assert root.get("failures") == "0"
    assert "below the critical threshold, not blocking" in ET.tostring(root, encoding="unicode")
    accepted = Gate(baseline=baseline_from_result(result))
    assert junit(result, accepted).get("failures") == "0"


def failed_names(root: ET.Element) -> list[str | None]:
    return [c.get("name") for c in root.iter("testcase") if c.find("failure") is not None]


def test_junit_unverifiable_post_fails_only_when_strict() -> None:
    assert "p2 confirmation" not in failed_names(junit(sample_result()))
    assert "p2 confirmation" in failed_names(junit(sample_result(), Gate(strict=True)))


def test_junit_survives_control_characters_in_messages() -> None:
    bad = Finding("number", "critical", "50 → 15 \x00\x1b[31m", post_text="50", claim_text="15")
    ar = sample_result().articles[0]
    result = VerificationResult((replace(ar, pairs=(replace(ar.pairs[1], findings=(bad,)),)),))
    failure = next(junit(result).iter("failure"))
    assert "\x00" not in (failure.get("message") or "")


# --- GitHub annotations ----------------------------------------------------


def test_escaping_follows_the_actions_runner() -> None:
    assert escape_data("50% of\r\nvotes") == "50%25 of%0D%0Avotes"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    assert command("error", "x: y, z", file="a,b.html", line=3, title="t: 1") == (
        "::error file=a%2Cb.html,line=3,title=t%3A 1::x: y, z"
    )


def test_github_annotation_for_a_text_article_has_file_line_and_column() -> None:
    lines = render_github(as_text_article(sample_result())).splitlines()
    entity = next(line for line in lines if "entity drift" in line)
    c2_line = TEXT[: TEXT.index(C2_TEXT)].count("\n") + 1
    col = TEXT.index("पेरू") - TEXT.rfind("\n", 0, TEXT.index("पेरू"))
    assert entity.startswith(f"::error file=articles/jaishankar.txt,line={c2_line},col={col},")
    assert "title=verifier%3A entity drift (critical)::" in entity
    assert "%0Apost: “Canada” → rendering: “पेरू”" in entity
    assert all("\n" not in line for line in lines)


def test_github_html_article_without_raw_text_gets_no_misleading_line() -> None:
    lines = render_github(sample_result()).splitlines()
    assert all(",line=" not in line for line in lines)


def test_github_levels_follow_the_gate() -> None:
    result = sample_result()
    levels = [
        line.split(" ", 1)[0]
        for line in render_github(result, gate=Gate(threshold="critical")).splitlines()
    ]
    assert levels == ["::error", "::warning", "::warning"]  # entity, omission, unverifiable
    accepted = Gate(baseline=baseline_from_result(result), strict=True)
    levels = [line.split(" ", 1)[0] for line in render_github(result, gate=accepted).splitlines()]
    assert levels == ["::notice", "::notice", "::error"]
    ignored = render_github(result, gate=Gate(ignore_kinds=frozenset({"entity", "omission"})))
    assert "drift" not in ignored


def test_absolute_article_paths_become_repository_relative(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = as_text_article(sample_result())
    ar = result.articles[0]
    moved = replace(ar.article, source=str(tmp_path / "articles" / "jaishankar.txt"))
    result = replace(result, articles=(replace(ar, article=moved),))
    assert render_github(result).startswith("::error file=articles/jaishankar.txt,line=")
    uri = sarif(result)["runs"][0]["artifacts"][0]["location"]["uri"]
    assert uri == "articles/jaishankar.txt"


def test_passing_the_article_text_as_raw_text_does_not_fake_file_positions() -> None:
    result = sample_result()  # HTML: its normalised text is not the file
    sources = {ar.article.source: ar.article.text for ar in result.articles}
    assert ",line=" not in render_github(result, sources=sources)


# --- accepted findings, SARIF rule help, the failing run's reason ---------------------------


def accepting(result: VerificationResult, *kinds: str) -> Baseline:
    return Baseline(tuple(e for e in baseline_from_result(result).entries if e.kind in kinds))


def test_sarif_accepted_findings_are_unchanged_and_suppressed_new_ones_are_not() -> None:
    result = sample_result()
    results = sarif(result, gate=Gate(baseline=accepting(result, "entity")))["runs"][0]["results"]
    by_rule = {r["ruleId"]: r for r in results}
    assert by_rule["entity"]["baselineState"] == "unchanged"
    assert by_rule["entity"]["suppressions"] == [
        {"kind": "external", "status": "accepted", "justification": "accepted in the baseline"}
    ]
    assert by_rule["omission"]["baselineState"] == "new"
    assert "suppressions" not in by_rule["omission"]
    assert by_rule["entity"]["properties"]["blocking"] is False
    assert by_rule["omission"]["properties"]["blocking"] is True


def test_sarif_accepted_finding_that_no_longer_occurs_is_absent() -> None:
    result = sample_result()
    gone = BaselineEntry(SOURCE, "f" * 32, "number", "critical", "50 → 15: fixed since")
    baseline = Baseline((*accepting(result, "entity").entries, gone))
    results = sarif(result, gate=Gate(baseline=baseline))["runs"][0]["results"]
    [absent] = [r for r in results if r.get("baselineState") == "absent"]
    assert (absent["ruleId"], absent["kind"], absent["level"]) == ("number", "pass", "none")
    assert absent["partialFingerprints"]["verifierFinding/v1"] == "f" * 32
    assert "50 → 15: fixed since" in absent["message"]["text"]
    # An entry of an article this run did not check is not absent: it was not looked at.
    elsewhere = Baseline((replace(gone, source="articles/other.html"),))
    states = [r.get("baselineState") for r in sarif(result, gate=Gate(baseline=elsewhere))["runs"][0]["results"]]  # fmt: skip
    assert "absent" not in states


def test_sarif_rules_carry_help_and_the_projects_own_uri() -> None:
    driver = sarif(sample_result())["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://pypi.org/project/quote-verifier/"
    assert len(driver["rules"]) == 11  # 9 drift kinds, unverifiable-post, unchecked-pair
    for rule in driver["rules"]:
        help_ = rule["help"]
        assert rule["fullDescription"]["text"] in help_["text"]
        assert "Fix:" in help_["text"] and "verifier baseline" in help_["text"]
        assert help_["markdown"].startswith(f"**{rule['shortDescription']['text']}.**")


def test_junit_accepted_finding_passes_with_a_note() -> None:
    result = sample_result()
    root = junit(result, Gate(baseline=accepting(result, "entity")))
    drifted = next(c for c in root.iter("testcase") if "c2" in (c.get("name") or ""))
    failure = drifted.find("failure")
    assert failure is not None and failure.get("type") == "omission"  # the new finding fails
    assert "entity" not in (failure.text or "")
    assert "critical entity: " in (drifted.findtext("system-out") or "")
    assert "(accepted in the baseline)" in (drifted.findtext("system-out") or "")
    everything = junit(result, Gate(baseline=baseline_from_result(result)))
    assert everything.get("failures") == "0"


def test_failure_line_names_what_blocks_and_where_first() -> None:
    result = as_text_article(sample_result())
    sources = {"articles/jaishankar.txt": TEXT}
    line = failure_line(RunReport(result, sources=sources))
    at = TEXT.index("पेरू")
    col = at - TEXT.rfind("\n", 0, at)
    row = TEXT.count("\n", 0, at) + 1
    assert line == (
        "2 findings at or above major block (1 critical, 1 major), "
        f"first: entity at articles/jaishankar.txt:{row}:{col}"
    )
    gate = Gate(baseline=accepting(result, "entity"), strict=True)
    omission = span_of(TEXT, C2_TEXT).start  # no claim span: the finding points at its claim
    assert failure_line(RunReport(result, gate=gate, sources=sources)) == (
        "1 new finding at or above major blocks (1 major), first: omission at "
        f"articles/jaishankar.txt:{row}:{omission - TEXT.rfind(chr(10), 0, omission)}; "
        "1 post could not be confirmed on the platform (--strict), first: p2 deleted in "
        "articles/jaishankar.txt; 1 accepted in the baseline"
    )
    assert failure_line(RunReport(clean_result())) is None
