"""Where no word-level check exists for a language pair the verdict is ``unchecked``, never
``faithful``; figures and dates are still compared there."""

from __future__ import annotations

from verifier.drift import judge

POST = "We will open 12 new schools in the district this year."


def test_a_rendering_in_a_language_without_a_lexicon_is_unchecked() -> None:
    bengali = "আমরা এই বছর জেলায় 12টি নতুন স্কুল খুলব।"
    j = judge(POST, bengali, post_lang="en", claim_lang="bn")
    assert j.verdict == "unchecked" and j.findings == ()


def test_a_changed_figure_is_still_drift_there() -> None:
    bengali = "আমরা এই বছর জেলায় 15টি নতুন স্কুল খুলব।"
    j = judge(POST, bengali, post_lang="en", claim_lang="bn")
    assert j.verdict == "drift" and {f.kind for f in j.findings} == {"number"}


def test_same_language_without_spaces_is_unchecked_with_spaces_checked() -> None:
    chinese = "我们今年将在该区开办12所新学校。"
    assert judge(chinese, chinese, post_lang="zh", claim_lang="zh").verdict == "unchecked"
    assert judge(POST, POST, post_lang="en", claim_lang="en").verdict == "faithful"


def test_hindi_renderings_are_checked_word_by_word() -> None:
    hindi = "हम इस साल जिले में 12 नए स्कूल खोलेंगे।"
    assert judge(POST, hindi, post_lang="en", claim_lang="hi").verdict == "faithful"
