"""The roles table (``data/lexicon/roles.tsv``): who a role is, in either language, and
which institutions it speaks for."""

from __future__ import annotations

import pytest

from verifier.lang.roles import ANY_BODY, NO_BODY, load_roles, parse_roles


@pytest.mark.parametrize(
    ("speaker", "group"),
    [
        ("पुलिस", "police"),
        ("उप्साला विश्वविद्यालय के पुलिस", "police"),  # the role ends the phrase
        ("दिल्ली पुलिस के अधिकारियों", "officials"),  # an inflected form by its stem
        ("सेनाओं", "army"),
        ("स्थानीय लोगों", "residents"),  # a form of two words
        ("विपक्षी दलों", "opposition"),
    ],
)
def test_a_hindi_role_has_its_group(speaker: str, group: str) -> None:
    assert group in load_roles().hindi_groups(speaker.split())


@pytest.mark.parametrize("speaker", ["अमर्त्य सेन", "अधिकार", "चीनी समाचार एजेंसी मॉल"])
def test_a_word_that_is_its_own_stem_is_not_a_role_by_stem(speaker: str) -> None:
    """सेन (a surname) is not सेना, अधिकार (rights) not अधिकारी."""
    assert load_roles().hindi_groups(speaker.split()) == frozenset()


def test_english_roles_and_the_bodies_they_speak_for() -> None:
    roles = load_roles()
    groups = roles.english_groups("Authorities in Ohio say; researchers and police officers")
    assert {"officials", "scientists", "police"} <= groups
    assert "police" in roles.groups_of_body(["mumbai", "police"])
    assert ANY_BODY in roles.bodies["officials"]
    assert roles.bodies["opposition"] == {NO_BODY}
    assert roles.named_after("spokesperson")
    assert not roles.named_after("police")


def test_parse_roles_reads_the_columns() -> None:
    table = parse_roles(
        [
            "# a comment",
            "police\tpolice|cops\tपुलिस|पुलिसकर्मियों\tpolice",
            "critics\tcritics\tआलोचक\t-",
        ]
    )
    assert table.hindi_groups(["पुलिसकर्मियों"]) == {"police"}
    assert table.english_groups("the cops said") == {"police"}
    assert table.bodies["critics"] == {NO_BODY}
