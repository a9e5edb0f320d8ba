"""The language of Latin-script text: English by default, other languages when plain."""

from __future__ import annotations

import pytest

from verifier.lang.textnorm import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wir geben nicht auf und kämpfen weiter für unser Land", "de"),
        ("Nous ne céderons pas face à cette menace, a déclaré le ministre", "fr"),
        ("El presidente dijo que no habrá más impuestos este año", "es"),
        ("Ein Beitrag geteilt von Max Mustermann am 23. Okt 2017", "de"),
        ("Thank you for standing by us. We will continue to keep going forward", "en"),
        ("Congratulations @narendramodi on your victory in the world's largest elections", "en"),
        # romanised Hindi is not a European language: it stays with English, as before
        ("Modi ji ne bahut accha kaam kiya hai bhai", "en"),
        # too short to tell
        ("Merci beaucoup", "en"),
        ("प्रधानमंत्री ने ट्वीट कर कहा कि देश आगे बढ़ेगा", "hi"),
    ],
)
def test_language_of_a_text(text: str, lang: str) -> None:
    assert detect_language(text) == lang
