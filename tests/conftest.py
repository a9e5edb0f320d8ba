"""Shared pytest configuration for the verifier test suite.

Its presence also puts ``tests/`` on ``sys.path`` (pytest's default ``prepend`` import
mode), so test modules can import helpers such as ``sample_results`` and ``goldtest``.
"""

# --- Recorded HTTP (pytest-recording / vcrpy) ----------------------------------------
# Owned by the fetch/confirm work; self-contained, other sections may be added around it.
# Cassettes live in the top-level ``cassettes/<test module>/<test name>.yaml`` (not next
# to the tests), are replayed only (record mode "none": a request missing from the
# cassette fails the test), and never store credentials or cookies.
from pathlib import Path

import pytest

CASSETTES_DIR = Path(__file__).resolve().parent.parent / "cassettes"


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES_DIR / request.path.stem)


@pytest.fixture
def vcr_config() -> dict[str, object]:
    return {
        "record_mode": "none",
        "filter_headers": ["authorization", "cookie", "set-cookie"],
        "decode_compressed_response": True,
        "match_on": ["method", "scheme", "host", "path", "query"],
    }
