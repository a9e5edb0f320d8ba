"""Terminal report: what an editor reads at 80 columns, Devanagari intact, deterministic."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest
from goldtest import compare_golden
from sample_results import C1_TEXT, C3_TEXT, TEXT, clean_result, sample_result

from verifier.model import ClaimKey, Pair, PostKey, VerificationResult
from verifier.policy.baseline import Baseline, baseline_from_result
from verifier.policy.policy import Gate
from verifier.report.terminal import render_terminal
from verifier.report.wrap import cell_len, clusters, safe_cut, wrap_ranges

VIRAMA = "\u094d"


def test_golden_plain_80() -> None:
    compare_golden("terminal/sample-80.txt", render_terminal(sample_result(), color=False))


def test_golden_colour_80() -> None:
    compare_golden("terminal/sample-80.ansi", render_terminal(sample_result(), color=True))


def test_report_shows_everything_an_editor_needs() -> None:
    out = render_terminal(sample_result(), color=False)
    flat = " ".join(out.split())
    for expected in (
        "articles/2026/02/jaishankar-canada.html",
        "जयशंकर ने वॉशिंगटन में कनाडा की विदेश मंत्री से मुलाकात की",
        "Dr. S. Jaishankar @DrSJaishankar · 2026-02-04",
        "FAITHFUL c1 quote · score 0.86",
        "DRIFT c2 reported · score 0.58",
        "CRITICAL entity: The post names Canada; the rendering says पेरू (Peru) instead.",
        "post “Canada” → rendering “पेरू”",
        "MAJOR omission:",
        "post “critical minerals” → rendering (nothing)",
        "UNSOURCED CLAIMS",
        " ".join(C3_TEXT.split()),
        "NOT RENDERED",
        "UNVERIFIABLE deleted",
        "amp-twitter embed #3: no data-tweetid attribute",
        "https://news.example.in/world/missing-page: HTTP 404 Not Found",
        "TERMS (quoted words, not judged): डी-रिस्क",
    ):
        assert expected in flat, expected


def test_summary_line_is_last() -> None:
    out = render_terminal(sample_result(), color=False, width=200)
    assert out.splitlines()[-1] == (
        "1 article, 2 posts, 3 claims: 1 faithful, 1 drift, 1 unsourced; "
        "1 unrendered post; 1 unverifiable post; 2 skipped"
    )


def test_summary_line_for_a_seed_shaped_result() -> None:
    # The seed's shape: one post rendered twice faithfully, two quotes of other posts.
    ar = clean_result().articles[0]
    second = Pair(post=PostKey("p1"), claim=ClaimKey("c2"), score=0.7, verdict="faithful")
    ar = replace(
        ar,
        posts=ar.posts[:1],
        unrendered_posts=(),
        pairs=(*ar.pairs, second),
        unsourced_claims=(ClaimKey("c3"), ClaimKey("c5")),
        claims=(*ar.claims, replace(ar.claims[2], key=ClaimKey("c5"))),
    )
    out = render_terminal(VerificationResult((ar,)), color=False, width=200)
    assert out.splitlines()[-1] == "1 article, 1 post, 4 claims: 2 faithful, 0 drift, 2 unsourced"


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_every_line_fits_the_width(width: int) -> None:
    out = render_terminal(sample_result(), color=False, width=width)
    too_long = [line for line in out.splitlines() if cell_len(line) > width]
    assert too_long == []


@pytest.mark.parametrize("width", range(20, 61, 3))
def test_devanagari_is_never_split_inside_a_cluster(width: int) -> None:
    out = render_terminal(sample_result(), color=False, width=width)
    for line in out.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        assert not unicodedata.category(stripped[0]).startswith("M"), line
        assert stripped[-1] not in (VIRAMA, "\u200d"), line
    # Nothing lost either: the quoted rendering reappears whole once spaces are removed.
    assert "".join(C1_TEXT.split()) in "".join(out.split())


def test_overlong_devanagari_word_folds_between_aksharas() -> None:
    word = "अंतरराष्ट्रीयक्रिटिकलमिनरल्ससप्लाईचेन"
    for width in range(2, 12):
        pieces = [word[s:e] for s, e in wrap_ranges(word, width)]
        assert "".join(pieces) == word
        for piece in pieces:
            assert not unicodedata.category(piece[0]).startswith("M")
            assert piece[-1] != VIRAMA


def test_clusters_keep_conjuncts_and_flags_whole() -> None:
    assert clusters("क्षि") == ["क्षि"]
    assert clusters("राष्ट्र") == ["रा", "ष्ट्र"]
    assert clusters("🇮🇳🇨🇦") == ["🇮🇳", "🇨🇦"]


def test_spacing_vowel_signs_count_as_a_column() -> None:
    # wcwidth terminals draw ा and ि one column wide; rich alone would count them as zero.
    assert cell_len("कि") == 2
    assert cell_len("का") == 2
    assert cell_len("कं") == 1


def test_plain_output_has_no_escape_codes_and_colour_output_has() -> None:
    assert "\x1b[" not in render_terminal(sample_result(), color=False)
    assert "\x1b[1;31mDRIFT" in render_terminal(sample_result(), color=True)


def test_environment_does_not_change_output(monkeypatch: pytest.MonkeyPatch) -> None:
    before = render_terminal(sample_result(), color=True)
    for name, value in {
        "NO_COLOR": "1",
        "FORCE_COLOR": "1",
        "COLUMNS": "33",
        "TERM": "dumb",
    }.items():
        monkeypatch.setenv(name, value)
    assert render_terminal(sample_result(), color=True) == before


def test_escape_sequences_inside_a_post_are_shown_not_obeyed() -> None:
    result = sample_result()
    ar = result.articles[0]
    hostile = replace(ar.posts[1], text="Pwned \x1b[2J\x1b]0;title\x07 text\r\x08")
    result = replace(result, articles=(replace(ar, posts=(ar.posts[0], hostile)),))
    out = render_terminal(result, color=False)
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out
    assert "Pwned ␛[2J␛]0;title␇ text␍␈" in out


def test_output_is_deterministic() -> None:
    assert render_terminal(sample_result(), color=True) == render_terminal(
        sample_result(), color=True
    )


def test_a_huge_post_is_cut_for_the_terminal_without_splitting_a_conjunct() -> None:
    result = sample_result()
    ar = result.articles[0]
    huge = replace(ar.posts[1], text="क्षत्रिय " * 100_000)
    result = replace(result, articles=(replace(ar, posts=(ar.posts[0], huge)),))
    out = render_terminal(result, color=False)
    assert "more characters not shown)" in out
    assert len(out) < 20_000
    before_note = out[: out.index(" … (")]
    assert before_note[-1] != VIRAMA


def test_safe_cut_backs_off_to_a_cluster_boundary() -> None:
    text = "क्षत्रिय"  # क्ष त्रि य
    assert [safe_cut(text, n) for n in range(len(text) + 1)] == [0, 0, 0, 3, 3, 3, 3, 7, 8]


# --- accepted findings and file positions ------------------------------------------------


def _text_article(result: VerificationResult) -> VerificationResult:
    ar = result.articles[0]
    article = replace(ar.article, source="articles/jaishankar.txt", is_html=False)
    return replace(result, articles=(replace(ar, article=article),))


def test_findings_start_with_the_path_line_and_column_of_the_rendering() -> None:
    result = _text_article(sample_result())
    out = render_terminal(result, color=False, width=200, sources={"articles/jaishankar.txt": TEXT})
    at = TEXT.index("पेरू")
    where = f"articles/jaishankar.txt:{TEXT.count(chr(10), 0, at) + 1}:{at - TEXT.rfind(chr(10), 0, at)}"
    assert f"    {where}: CRITICAL entity: The post names Canada" in out
    # HTML whose raw file was not given: no position that would point at the wrong line.
    assert ": CRITICAL entity" not in render_terminal(sample_result(), color=False, width=200)


def test_accepted_findings_say_accepted_and_are_counted() -> None:
    result = sample_result()
    accepted = Baseline(
        tuple(e for e in baseline_from_result(result).entries if e.kind == "entity")
    )
    out = render_terminal(result, color=False, width=200, gate=Gate(baseline=accepted))
    assert "ACCEPTED CRITICAL entity:" in out
    assert "  MAJOR omission:" in out  # the new one is not marked
    assert "DRIFT  c2 reported" in out  # one finding of the pair is still new
    assert out.splitlines()[-1].endswith("; 1 finding accepted in the baseline")
    everything = Gate(baseline=baseline_from_result(result))
    assert "ACCEPTED drift  c2 reported" in render_terminal(
        result, color=False, width=200, gate=everything
    )
