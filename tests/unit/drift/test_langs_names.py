"""Names judged in the languages read from a table (``drift.table_names``)."""

from __future__ import annotations

from verifier.drift import judge


def _entity(post: str, claim: str, lang: str) -> bool:
    found = judge(post, claim, post_lang="en", claim_lang=lang).findings
    return any(f.kind == "entity" for f in found)


def test_a_name_respelled_in_marathi_is_the_same_name() -> None:
    post = "Sachin Tendulkar met Rahul Dravid in Pune."
    assert not _entity(post, "सचिन तेंडुलकर यांनी पुण्यात राहुल द्रविड यांची भेट घेतली.", "mr")


def test_a_name_swapped_for_another_in_marathi_is_entity_drift() -> None:
    post = "Sachin Tendulkar met Rahul Dravid in Pune."
    assert _entity(post, "सचिन तेंडुलकर यांनी पुण्यात गिलार्ड यांची भेट घेतली.", "mr")


def test_a_place_the_post_never_names_is_added() -> None:
    post = "The minister arrived in the capital on Monday."
    assert not _entity(post, "मंत्री सोमवारी राजधानीत पोहोचले.", "mr")
    assert _entity(post, "मंत्री सोमवारी डेन्मार्कमधील राजधानीत पोहोचले.", "mr")


def test_a_tamil_name_read_by_its_consonants_is_the_same_name() -> None:
    post = "Throughout 1960s, he worked for John F. Kennedy as his advisor."
    claim = "1960 முழுவதும் ஜான் எஃப். கென்னடியிடம் ஆலோசகராகப் பணிபுரிந்தார்."
    assert not _entity(post, claim, "ta")


def test_title_case_common_words_are_no_names() -> None:
    """A word of a title the rendering translates (Geological Survey) is not missing."""
    post = "The U.S. Geological Survey reported a strong earthquake."
    assert not _entity(post, "अमेरिकी भूगर्भ सर्वेक्षण संस्थेने एका मोठ्या भूकंपाची नोंद केली.", "mr")


def test_a_short_stem_left_by_a_case_ending_is_no_place() -> None:
    """Tamil பெரும் "large" cut to பெரு reads as Peru: only the whole word counts."""
    post = "Large areas further north are sparsely populated."
    assert not _entity(post, "வடக்கே உள்ள பெரும் பகுதிகளில் மக்கள் தொகை குறைவு.", "ta")
    assert _entity(post, "பெரு நாட்டின் வடக்கே உள்ள பகுதிகளில் மக்கள் தொகை குறைவு.", "ta")
