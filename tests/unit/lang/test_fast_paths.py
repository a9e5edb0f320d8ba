"""The shortcuts that keep per-text work cheap (issue 14) give the answers of the long way.

Words are FLORES-style English and Hindi news words, names from the real renderings
(tests/unit/lang/test_translit.py) and spellings made to hit each rule of the phonetic key.
"""

from __future__ import annotations

import itertools
import unicodedata

import pytest

from verifier.lang.lexicon import load_lexicon
from verifier.lang.textnorm import Token, fold, tokenize
from verifier.lang.translit import _KEY_RULES, phonetic_key, token_similarity
from verifier.match.anchors import _num_keys_for, _Starts

WORDS = (
    "Vaughan Leigh Knight Wright Hugh nation mission uranium photo check quota Iraq exotic "
    "taxi chain city cat fake bhogle energy show news law wow pizza thing Jaishankar "
    "jayshankar hyugo supply canada Müller naïve São O'Brien x-ray 5G augh ghee kn wr yu"
).split()


@pytest.mark.parametrize(("pattern", "guard"), [(p, g) for p, _, g in _KEY_RULES if g])
def test_every_match_of_a_key_rule_holds_its_guard(pattern: object, guard: str) -> None:
    # A rule is skipped for a key without its guard: that must never skip a real match.
    letters = "aeiouyghkncwrxqpszt"
    probes = ["".join(p) for n in (2, 3, 4) for p in itertools.product(letters, repeat=n)]
    for word in probes + [w.casefold() for w in WORDS]:
        for m in pattern.finditer(word):  # type: ignore[attr-defined]
            assert guard in word, (pattern, word, m.group(0))


def _key_the_long_way(word: str) -> str:
    text = unicodedata.normalize("NFKD", word.casefold())
    key = "".join(ch for ch in text if not unicodedata.combining(ch))
    for pattern, repl, _ in _KEY_RULES:
        key = pattern.sub(repl, key)
    return key


@pytest.mark.parametrize("word", WORDS)
def test_phonetic_key_equals_every_rule_applied(word: str) -> None:
    assert phonetic_key(word) == _key_the_long_way(word)


def test_phonetic_key_known_values() -> None:
    assert phonetic_key("Jaishankar") == phonetic_key("jayshankar") == "jasankar"
    assert phonetic_key("Canada") == phonetic_key("kanada")
    assert phonetic_key("Wright") == phonetic_key("rait")


def test_token_similarity_scores_each_spelling() -> None:
    # The best of the plain and the phonetic ratio over the spellings of the Hindi word.
    assert token_similarity("जयशंकर", "Jaishankar") >= 85
    assert token_similarity("पीएम", "PM") == 100.0  # letter names spell the acronym
    assert token_similarity("कनाडा", "Brazil") < 60
    assert token_similarity("", "Modi") == token_similarity("मोदी", "") == 0.0


def test_tokenize_hands_out_a_new_list_each_time() -> None:
    text = "प्रधानमंत्री ने 17 टन अनाज भेजा"
    first = tokenize(text)
    first.clear()  # a caller may change its list: the next caller must not see that
    again = tokenize(text)
    assert [t.text for t in again] == ["प्रधानमंत्री", "ने", "17", "टन", "अनाज", "भेजा"]
    assert tokenize(text) is not again


def test_long_texts_tokenise_the_same_way() -> None:
    text = "Modi said 1,27,55,79,262 people—don't ask. " * 100  # past the remembered length
    tokens = tokenize(text)
    assert len(tokens) == 600
    assert tokens[2] == Token("1,27,55,79,262", 10, 24)


def test_fold_of_long_and_short_texts() -> None:
    assert fold("“Hello” — World…") == '"hello" - world...'
    long = "“Hello” — World… " * 2000
    assert fold(long) == ('"hello" - world... ' * 2000).strip()


def test_number_keys_by_bisection_equal_a_pass_over_every_number() -> None:
    keys = {0: {"N:1"}, 4: {"N:2"}, 5: {"D:m5"}, 12: {"G:india"}, 30: {"N:3"}}
    index = _Starts(keys)
    for start in range(0, 35):
        for end in range(start + 1, 36):
            tok = Token("x" * (end - start), start, end)
            expected = set().union(*(ks for s, ks in keys.items() if start <= s < end))
            assert _num_keys_for(tok, index) == expected


def test_hindi_keys_are_kept_and_the_lexicon_stays_read_only() -> None:
    lex = load_lexicon()
    first = lex.hindi_keys("condemns")
    assert first and lex.hindi_keys("condemns") is first
    assert lex.hindi_keys("condemns") == lex.hindi_keys("condemn")
    with pytest.raises(AttributeError):
        lex._keys = {}  # type: ignore[misc]
