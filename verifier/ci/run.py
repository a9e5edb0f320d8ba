"""The newsroom CI check: verify the inputs (``ci.inputs``), hold the result to the baseline.

Glue between the config file, git, the pipeline and the baseline; the CLI stores the run
and writes the reports, so this module stays free of click, the store and the writers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from verifier.ci.inputs import resolve_inputs
from verifier.config import FileConfig
from verifier.errors import UsageError
from verifier.model import VerificationResult
from verifier.policy.baseline import Baseline, BaselineEntry, compare, load_baseline
from verifier.settings import Settings


@dataclass(frozen=True)
class CiRun:
    """What ``verifier ci`` found: the result, the baseline it was held to, the exit code."""

    result: VerificationResult
    paths: tuple[str, ...]
    """The inputs checked (after ``--changed-since``); empty when nothing changed."""
    baseline: Baseline | None
    exit_code: int
    stale: tuple[BaselineEntry, ...] = ()
    """Baseline entries of checked articles that no longer occur (the drift was fixed)."""


def load_ci_baseline(config: FileConfig, baseline_path: str | None) -> Baseline | None:
    """The ``--baseline`` file (relative to the working directory) or the config's
    ``baseline`` (relative to the config file); ``None`` when neither is set."""
    if baseline_path:
        return load_baseline(Path(baseline_path))
    if config.baseline:
        path = Path(config.baseline)
        return load_baseline(path if path.is_absolute() else config.base_dir / path)
    return None


def run_ci(
    inputs: Sequence[str],
    settings: Settings,
    config: FileConfig,
    *,
    changed_since: str | None,
    baseline_path: str | None,
    verify_paths: Callable[[list[str]], VerificationResult] | None = None,
) -> CiRun:
    """Run the check: 0 clean, 1 a new finding at/above the threshold (or, ``strict``, an
    unverifiable post). Reports are the caller's to write. ``verify_paths`` checks the
    inputs (the CLI's batch runner); by default the pipeline, in this process."""
    from verifier.pipeline import verify
    from verifier.policy.policy import exit_code

    paths = resolve_inputs(inputs, config, changed_since=changed_since, settings=settings)
    if not paths and changed_since is None:
        raise UsageError(
            "no input: give article paths or set inputs in [tool.verifier] / verifier.toml"
        )
    baseline = load_ci_baseline(config, baseline_path)
    check = verify_paths or (lambda ps: verify(ps, settings))
    result = check(paths) if paths else VerificationResult(articles=())
    stale = compare(result, baseline).stale if baseline is not None else ()
    return CiRun(result, tuple(paths), baseline, exit_code(result, settings, baseline), stale)
