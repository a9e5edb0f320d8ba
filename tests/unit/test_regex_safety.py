"""Every compiled pattern of the package against adversarial text: none may backtrack for
long (issue 14: one headline pattern took a minute on a 174-character line).

Patterns are collected by walking the modules of ``verifier`` (module-level ``re.Pattern``
values), so a new pattern is checked without being listed here. Each runs ``finditer`` and
``match`` over strings of ~20 KB built from its own literal words and characters: long runs
of one character or word, with and without spaces, ending in a character that makes the
match fail far away. A linear pattern reads such a string in milliseconds; a pattern that
backtracks over it (nested quantifiers, overlapping alternatives under a quantifier, ``.*``
followed by something that fails at the end) takes seconds or minutes. Each pattern runs
in a worker process with a time limit, so a bad one fails with its name instead of
stalling the suite.
"""

from __future__ import annotations

import importlib
import multiprocessing as mp
import pkgutil
import re
import time

import pytest

import verifier

SIZE = 10_000
"""Characters of each adversarial string."""
LIMIT_SECONDS = 3.0
"""CPU seconds one pattern may take over all its strings (a linear one takes milliseconds)."""

_LITERAL_WORD = re.compile(r"(?<!\\)(?:[^\W\d_]|[\u0900-\u0dff\u0600-\u06ff]){2,}")
_FILLERS = (" ", "a", "क", "1", "-", ".", "\n", '"', "<")


def collect_patterns() -> dict[str, re.Pattern[str]]:
    """Module-level compiled patterns of every ``verifier`` module, by ``module.NAME``."""
    found: dict[str, re.Pattern[str]] = {}
    seen: set[tuple[str, int]] = set()
    for info in pkgutil.walk_packages(verifier.__path__, "verifier."):
        if info.name.endswith("__main__"):
            continue  # runs the command line
        module = importlib.import_module(info.name)
        for name, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                key = (value.pattern, value.flags)
                if key not in seen:
                    seen.add(key)
                    found[f"{info.name}.{name}"] = value
    return found


def adversarial(rx: re.Pattern[str], size: int = SIZE) -> list[str]:
    """Strings of about ``size`` characters built to make ``rx`` backtrack if it can."""
    words = sorted(set(_LITERAL_WORD.findall(rx.pattern)), key=len, reverse=True)[:3]
    chars = sorted({ch for ch in re.sub(r"\\.", "", rx.pattern) if not ch.isspace()} - set("()[]{}?*+|^$\\"))[:5]  # fmt: skip
    out = [ch * size for ch in _FILLERS + tuple(chars)]
    out += [(ch + " ") * (size // 2) + "!" for ch in ("a", "क", *chars[:3])]
    for w in words:
        n = max(1, size // (len(w) + 1))
        out += [(w + " ") * n + "\u0000", w * n + "!", (w + ", ") * n]
    out.append(("Breaking news headline - " + "x" * size + "!")[:size])
    out.append("https://example.com/" + "a/" * (size // 2))
    return out


MATCH_ONLY = frozenset(
    {
        "verifier.claims.extract._HEADLINE_QUOTE",
        "verifier.claims.frame._AGENTLESS",
        "verifier.claims.frame._DATELINE",
        "verifier.claims.frame._MORE_VERBS",
        "verifier.claims.frame_en._CHAINED",
        "verifier.claims.frame_en._NEXT_LEADING",
        "verifier.detect.platforms._BLUESKY_FOOTER",
        "verifier.drift.date_check._TWO_DIGIT_YEAR",
        "verifier.drift.negation._CORRECTION_HI",
        "verifier.drift.number_check._ERA_AFTER",
        "verifier.lang.dates.find._MONTH_TWO_DIGITS",
        "verifier.lang.dates.find._NEXT_WORD",
        "verifier.lang.dates.find._RANGE_LINK",
        "verifier.lang.dates.find._YEAR_AFTER",
        "verifier.lang.dates.strings._LEADING_WEEKDAY",
        "verifier.parse.htmlmeta._ISO_DATE",
        "verifier.parse.selectors.RESIDUE_HEAD",
    }
)
"""Patterns the code only ever ``match``es at one place (a paragraph's or a sentence's start,
a cue's end). They are linear there, but a search from every position of a long line
re-reads the line once per position: used with ``search``, they would need a rewrite."""


def _time_pattern(pattern: str, flags: int, match_only: bool) -> float:
    rx = re.compile(pattern, flags)
    start = time.process_time()
    for s in adversarial(rx):
        rx.match(s)
        if not match_only:
            for _ in rx.finditer(s):
                pass
    return time.process_time() - start


PATTERNS = collect_patterns()


def test_patterns_are_collected() -> None:
    # The walk finds the package's patterns (a broken walk would make the next test vacuous).
    assert len(PATTERNS) > 100
    assert any(name.startswith("verifier.claims.") for name in PATTERNS)


@pytest.mark.timeout(900)
def test_no_pattern_backtracks_on_adversarial_text() -> None:
    ctx = mp.get_context("fork")
    slow: list[str] = []
    with ctx.Pool(2) as pool:
        jobs = {
            name: pool.apply_async(_time_pattern, (rx.pattern, rx.flags, name in MATCH_ONLY))
            for name, rx in PATTERNS.items()
        }
        for name, job in jobs.items():
            try:
                took = job.get(timeout=LIMIT_SECONDS * 20)
            except mp.TimeoutError:
                slow.append(f"{name}: did not finish")
                pool.terminate()
                break
            if took > LIMIT_SECONDS:
                slow.append(f"{name}: {took:.1f} s")
    assert not slow, "patterns that backtrack: " + "; ".join(slow)


def test_the_headline_line_of_issue_14_is_fast() -> None:
    # The known stall: a headline pattern took 55 s on 117 bytes of this shape.
    from verifier.claims.extract import _HEADLINE_QUOTE

    start = time.process_time()
    _HEADLINE_QUOTE.match("Breaking news headline - " + "x" * 150 + "!")
    _HEADLINE_QUOTE.match("—" * 20_000)  # a line of dashes: each one could end the body
    assert time.process_time() - start < 1.0
