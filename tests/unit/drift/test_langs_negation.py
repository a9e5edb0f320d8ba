"""Negation by count in the languages read from a table (``drift.negation_count``)."""

from __future__ import annotations

from verifier.drift import judge


def _negation(post: str, claim: str, lang: str) -> bool:
    found = judge(post, claim, post_lang="en", claim_lang=lang).findings
    return any(f.kind == "negation" for f in found)


def test_a_negative_english_word_rendered_with_a_negator_is_no_added_negation() -> None:
    post = "Suspected cases in Croatia remain unconfirmed."
    assert not _negation(post, "क्रोएशियातील संशयित प्रकरणांची पुष्टी झालेली नाही.", "mr")
    assert _negation("Suspected cases in Croatia remain confirmed.",
                     "क्रोएशियातील संशयित प्रकरणांची पुष्टी झालेली नाही.", "mr")  # fmt: skip


def test_a_marathi_negative_verb_form_keeps_the_negation() -> None:
    post = "Haiti had not encountered problems since the 1800s."
    assert not _negation(post, "हैतीला 1800 पासून समस्या उद्भवल्या नव्हत्या.", "mr")
    assert _negation(post, "हैतीला 1800 पासून समस्या उद्भवल्या.", "mr")


def test_the_bengali_past_negative_keeps_the_negation() -> None:
    post = "The team did not win."
    assert not _negation(post, "দলটি জেতেনি।", "bn")
    assert _negation(post, "তিনি বলেন দলটি জিতেছে।", "bn")


def test_a_malayalam_adverb_from_a_negative_participle_is_no_negation() -> None:
    post = "Besides, the minister opened a new bridge."
    assert not _negation(post, "കൂടാതെ, മന്ത്രി ഒരു പുതിയ പാലം തുറന്നു.", "ml")


def test_an_odia_verb_negated_by_its_prefix_keeps_the_negation() -> None:
    post = "The minister did not come."
    assert not _negation(post, "ମନ୍ତ୍ରୀ ଆସି ନଥିଲେ।", "or")
