"""Urdu letters spelled in Devanagari: the rules that read a letter by its neighbours."""

from __future__ import annotations

import pytest

from verifier.lang.urdu import ur_to_deva


@pytest.mark.parametrize(
    ("urdu", "deva"),
    [
        ("آج", "आज"),  # alef madda at the start is आ
        ("ایک", "एक"),  # alef + ye at the start is ए
        ("اوپر", "ओपर"),  # alef + vav at the start is ओ
        ("پڑھ", "पढ़"),  # ھ aspirates ड़ too
        ("نئی", "नई"),  # hamza on a seat before ye is ई
        ("عوام", "अवाम"),  # ain at the start carries a vowel; vav before alef is a consonant
        ("بعد", "बद"),  # ain after a consonant is not written
        ("کِتاب", "किताब"),  # a written zer is the short i
        ("ملاقات", "मलाक़ात"),  # short vowels stay unwritten
    ],
)
def test_letters_are_read_by_their_neighbours(urdu: str, deva: str) -> None:
    assert ur_to_deva(urdu) == deva


def test_letters_outside_the_urdu_alphabet_are_kept() -> None:
    assert ur_to_deva("G20") == "G20"
