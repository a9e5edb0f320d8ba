"""The literal pre-checks of ``find_cues`` never hide a cue: every alternative of the word
lists its patterns are built from holds one of the pre-check's strings, so a new word added
to ``verifier.lang.words`` without its literal fails here instead of silently losing cues."""

from __future__ import annotations

import re

import pytest

from verifier.claims import cues
from verifier.claims.cues import find_cues
from verifier.lang.words import ERGATIVE, ERGATIVE_PRONOUNS, SAY_VERBS_NOMINATIVE
from verifier.model import Span


def _top_alternatives(pattern: str) -> list[str]:
    """The alternatives of a pattern split at its top-level ``|``."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "\\":
            continue
        if ch == "(" and pattern[i - 1 : i] != "\\":
            depth += 1
        elif ch == ")" and pattern[i - 1 : i] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def _ergative_markers() -> list[str]:
    group = re.match(r"\(\?:([^()]*)\)", ERGATIVE)
    assert group is not None
    return group.group(1).split("|")


@pytest.mark.parametrize("word", [*_ergative_markers(), *ERGATIVE_PRONOUNS])
def test_every_ergative_holds_a_cue_literal(word: str) -> None:
    assert any(lit in word for lit in cues._CUE_LITERALS), word


@pytest.mark.parametrize("alternative", _top_alternatives(SAY_VERBS_NOMINATIVE))
def test_every_nominative_verb_holds_a_literal(alternative: str) -> None:
    assert any(lit in alternative for lit in cues._CUE_NOM_LITERALS), alternative


@pytest.mark.parametrize(
    ("rx", "literals"),
    [
        (cues._AND_SAID, cues._AND_SAID_LITERALS),
        (cues._KAHNA_HAI, cues._KAHNA_HAI_LITERALS),
        (cues._ACCORDING, cues._ACCORDING_LITERALS),
        (cues._AGENT, cues._AGENT_LITERALS),
    ],
)
def test_literals_come_from_the_pattern(rx: re.Pattern[str], literals: tuple[str, ...]) -> None:
    for lit in literals:
        assert lit in rx.pattern, lit


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("प्रधानमंत्री नरेंद्र मोदी ने ट्वीट कर कहा कि देश आगे बढ़ेगा।", "प्रधानमंत्री नरेंद्र मोदी"),
        ("उन्होंने कहा कि देश आगे बढ़ेगा।", "उन्होंने"),
        ("मुख्यमंत्री का कहना है कि काम जारी है।", "मुख्यमंत्री"),
        ("पुलिस के मुताबिक, आरोपी फरार है।", "पुलिस"),
        ("প্রধানমন্ত্রী নরেন্দ্র মোদী বলেন, দেশ এগিয়ে যাবে।", "প্রধানমন্ত্রী নরেন্দ্র মোদী"),
    ],
)
def test_cues_still_found_past_the_prechecks(sentence: str, speaker: str) -> None:
    found = find_cues(sentence, Span(0, len(sentence)))
    assert found, sentence
    assert found[0].speaker is not None
    assert found[0].speaker.endswith(speaker.split()[-1])


def test_and_said_found_past_its_precheck() -> None:
    sentence = "मंत्री बैठक में पहुंचे और कहा कि सब ठीक है।"
    found = find_cues(sentence, Span(0, len(sentence)))
    assert [(c.span.slice(sentence), c.has_ki) for c in found] == [(" और कहा कि", True)]


def test_sentence_without_any_literal_has_no_cue() -> None:
    sentence = "आज मौसम साफ रहा और बाजार खुले रहे।"
    assert find_cues(sentence, Span(0, len(sentence))) == []
