"""The one home of word classes: lists that other data restates agree with it, and the
classes read the way the stages need them."""

from __future__ import annotations

import csv
import io
import re
from importlib import resources

import pytest

from verifier.lang import words
from verifier.lang.chars import DEVA_WORD, deva_words, opens_sentence
from verifier.lang.dates.strings import month_number, parse_date_prefix, weekday_number
from verifier.lang.gazetteer import is_demonym


def _alias_rows(kind: str) -> list[dict[str, str]]:
    text = (resources.files("verifier") / "data" / "gazetteer" / "aliases.tsv").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if not ln.startswith("#")]
    return [
        r
        for r in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t")
        if r["kind"] == kind
    ]


def test_every_hindi_title_of_the_gazetteer_is_a_title_word() -> None:
    hindi = [r["phrase"] for r in _alias_rows("title") if r["lang"] == "hi"]
    assert hindi
    missing = {w for phrase in hindi for w in phrase.split() if w not in words.TITLES_HI}
    assert not missing, f"title words of aliases.tsv missing from lang.words: {sorted(missing)}"


def test_demonyms_are_not_titles_but_are_known() -> None:
    assert "भारतीय" not in words.TITLES_HI
    assert is_demonym("भारतीय") and is_demonym("Canadian")
    assert not is_demonym("मोदी")


def test_every_ergative_pronoun_is_a_pronoun() -> None:
    assert set(words.ERGATIVE_PRONOUNS) <= words.PRONOUNS
    assert "उन्होंने" in words.PRONOUNS and "वह" in words.PRONOUNS


@pytest.mark.parametrize(
    ("text", "cue"),
    [("उन्होंने एक्स पर लिखा", True), ("एक्सप्रेस वे पर हादसा", False), ("ट्वीट कर कहा", True)],
)
def test_post_cues_name_platforms_as_words(text: str, cue: bool) -> None:
    assert bool(re.search(words.POST_CUES, text)) is cue


def test_devanagari_words_and_boundaries() -> None:
    assert DEVA_WORD.findall("नहीं।हाँ, ट्‌वीट 12") == ["नहीं", "हाँ", "ट्‌वीट"]
    assert re.search(deva_words("कम"), "बहुत कम।")
    assert not re.search(deva_words("कम"), "कमरा")
    assert opens_sentence(" । ") and opens_sentence(": ") and not opens_sentence(", ")


def test_month_names_in_running_text_and_in_footers() -> None:
    assert month_number("Sept.") == 9 and month_number("फरवरी") == 2 and month_number("जन॰") == 1
    assert month_number("जन") is None  # "people" in running text
    assert month_number("मे") is None  # Marathi May, a Hindi typo for में
    assert weekday_number("गुरुवार") == 4 and weekday_number("गुरु") is None
    # a footer has a fixed shape, so every language's names are read there
    assert parse_date_prefix("16 мая 2018 г.") is not None
    assert parse_date_prefix("4 मे 2022") is not None
