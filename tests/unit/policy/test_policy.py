"""Policy: verdicts, configurable severities and what makes CI fail."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sample_results import (
    clean_result,
    entity_finding,
    omission_finding,
    sample_result,
    with_findings,
)

from verifier.model import Confirmation, Finding, PostKey, VerificationResult, verdict_for
from verifier.policy.baseline import baseline_from_result
from verifier.policy.policy import (
    apply_settings,
    apply_severities,
    blocking_findings,
    exit_code,
    severity_overrides,
)
from verifier.settings import DEFAULT_SEVERITIES, Settings

INTENSITY = Finding(
    "intensity", "minor", "'may' rendered as 'will' (होगा)", post_text="may", claim_text="होगा"
)
ROUNDED = Finding(
    "number",
    "minor",
    "1.48 lakh rendered as डेढ़ लाख (rounded)",
    post_text="1.48 lakh",
    claim_text="डेढ़ लाख",
)


def test_verdict_for() -> None:
    assert verdict_for([]) == "faithful"
    assert verdict_for([INTENSITY]) == "minor"
    assert verdict_for([INTENSITY, omission_finding()]) == "drift"
    assert verdict_for([entity_finding()]) == "drift"


def test_apply_severities_changes_only_named_kinds() -> None:
    out = apply_severities([INTENSITY, entity_finding()], {"intensity": "major"})
    assert [f.severity for f in out] == ["major", "critical"]
    assert out[1] is not None and out[1] == entity_finding()


def test_sample_with_a_swapped_name_fails_ci() -> None:
    assert exit_code(sample_result(), Settings()) == 1
    (lf,) = [
        lf for lf in blocking_findings(sample_result(), "critical") if lf.finding.kind == "entity"
    ]
    assert lf.claim == "c2" and lf.source == "articles/2026/02/jaishankar-canada.html"


def test_clean_article_passes() -> None:
    assert exit_code(clean_result(), Settings()) == 0


@pytest.mark.parametrize(("threshold", "expected"), [("minor", 1), ("major", 1), ("critical", 0)])
def test_threshold_against_a_major_omission(threshold: str, expected: int) -> None:
    result = with_findings(omission_finding())
    assert exit_code(result, Settings(threshold=threshold)) == expected  # type: ignore[arg-type]


def test_minor_findings_do_not_fail_at_the_default_threshold() -> None:
    assert exit_code(with_findings(INTENSITY), Settings()) == 0
    assert exit_code(with_findings(INTENSITY), Settings(threshold="minor")) == 1


def test_ignored_kinds_never_block() -> None:
    settings = Settings(ignore_kinds=frozenset({"entity", "omission"}))
    assert exit_code(sample_result(), settings) == 0
    assert exit_code(sample_result(), Settings(ignore_kinds=frozenset({"entity"}))) == 1


def test_baseline_accepts_known_findings_but_not_new_ones() -> None:
    baseline = baseline_from_result(with_findings(entity_finding()))
    assert exit_code(with_findings(entity_finding()), Settings(), baseline) == 0
    assert exit_code(sample_result(), Settings(), baseline) == 1  # the omission is new
    (new,) = blocking_findings(sample_result(), "major", (), baseline)
    assert new.finding.kind == "omission"


def test_unverifiable_post_fails_only_when_strict() -> None:
    deleted = Confirmation(PostKey("p1"), "deleted", "tombstone")
    ar = replace(clean_result().articles[0], confirmations=(deleted,))
    result = VerificationResult((ar,))
    assert exit_code(result, Settings()) == 0
    assert exit_code(result, Settings(strict=True)) == 1
    confirmed = replace(ar, confirmations=(Confirmation(PostKey("p1"), "confirmed"),))
    assert exit_code(VerificationResult((confirmed,)), Settings(strict=True)) == 0


def test_user_severity_override_changes_verdict_and_exit_code() -> None:
    # A newsroom that treats omissions as minor style issues.
    severities = {**DEFAULT_SEVERITIES, "omission": "minor"}
    settings = Settings(severities=severities)
    result = with_findings(omission_finding())
    assert exit_code(result, settings) == 0
    pair = apply_settings(result, settings).articles[0].pairs[1]
    assert pair.verdict == "minor" and pair.findings[0].severity == "minor"


def test_default_settings_keep_the_drift_stages_own_grading() -> None:
    # The drift stage graded a rounding as a minor number finding; defaults must not undo it.
    assert severity_overrides(Settings()) == {}
    result = with_findings(ROUNDED)
    assert apply_settings(result, Settings()) is result
    assert exit_code(result, Settings()) == 0


def test_article_level_findings_block_too() -> None:
    mismatch = Finding("embed-mismatch", "critical", "Embedded text differs from the post on X")
    ar = replace(clean_result().articles[0], findings=(mismatch,))
    assert exit_code(VerificationResult((ar,)), Settings()) == 1
