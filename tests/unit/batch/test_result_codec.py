"""A stored result reads back equal to what was stored (what a resumed run reports)."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from verifier.fetch.load import load_input
from verifier.pipeline import parse_document, verify_article
from verifier.store.resultcodec import decode_result, encode_result

PAGES = Path(__file__).resolve().parents[2] / "data" / "pages"
REAL = sorted(p for p in PAGES.rglob("*") if p.suffix in (".html", ".txt"))


@pytest.mark.parametrize("page", REAL[::4], ids=lambda p: p.name)
def test_real_page_results_survive_the_round_trip(page: Path) -> None:
    result = verify_article(parse_document(load_input(str(page), fetcher=None, max_bytes=10**7)))
    assert decode_result(encode_result(result)) == result


def test_a_value_that_does_not_fit_the_model_is_refused() -> None:
    with pytest.raises(ValueError, match="not readable"):
        decode_result(b"not zlib")
    with pytest.raises(ValueError, match="another format"):
        decode_result(zlib.compress(b'{"format": 99, "result": {}}'))
    bad = zlib.compress(b'{"format": 1, "result": {"article": 5}}')
    with pytest.raises(ValueError):
        decode_result(bad)
