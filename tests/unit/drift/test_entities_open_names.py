"""Names outside the lists (issue 12, item 2): swaps found by sound and by the gazetteer,
while loose respellings, translated common words and the article's frame are no finding.
Sentences written for these tests after ordinary English and Hindi news usage."""

from __future__ import annotations

import pytest

from verifier.drift import judge
from verifier.drift.name_morph import derived_en, derived_hi, place_stem
from verifier.lang.gazetteer import canonical_place, places_in
from verifier.match.pairs import name_sim


def entity_messages(post: str, claim: str) -> list[str]:
    found = judge(post, claim, post_lang="en", claim_lang="hi").findings
    return [f.message for f in found if f.kind == "entity"]


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        # a party swapped after a dotted "U.S." (no sentence starts there)
        (
            "U.S. Republican President George W. Bush welcomed the agreement.",
            "अमेरिकी डेमोक्रेटिक राष्ट्रपति जॉर्ज डब्ल्यू बुश ने समझौते का स्वागत किया.",
        ),
        # a country swapped for one that sounds alike: the gazetteer tells them apart
        (
            "The US–China trade talks resumed in Geneva on Monday.",
            "अमेरिका-चिली व्यापार वार्ता सोमवार को जिनेवा में फिर शुरू हुई.",
        ),
        # a people by the regular Hindi ending (क्रोएशिया + ई)
        (
            "A Serbian skier finished sixth in the slalom on Sunday.",
            "रविवार को स्लैलम में एक क्रोएशियाई स्कीयर छठे स्थान पर रहा.",
        ),
        # a name the article's frame gives, swapped there
        (
            "According to the CIA, the driver is unlikely to face charges.",
            "यूरोपोल के मुताबिक, चालक पर आरोप लगने की संभावना कम है.",
        ),
        # a party known by its acronym swapped for another (द्रमुक: DMK), beside the same words
        (
            "The Indian AAP government has promised free vaccines.",
            "भारत द्रमुक सरकार ने मुफ्त टीकों का वादा किया है.",
        ),
        # a name after a title's dot ("Dr. Moll") does not open a sentence
        (
            "Most of the patients caught the infection at home, Dr. Keller believes.",
            "डॉ फ़र्ग्यूसन का मानना है कि ज़्यादातर मरीज़ों को संक्रमण घर पर हुआ.",
        ),
        # a state outside every list, moved by Hindi word order
        (
            "Fourteen schools near the coast in Nebraska stayed closed on Wednesday.",
            "बुधवार को ओक्लाहोमा में तट के पास के चौदह स्कूल बंद रहे.",
        ),
    ],
)
def test_swapped_names_are_found(post: str, claim: str) -> None:
    assert entity_messages(post, claim)


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        # the same party, spelled out
        (
            "U.S. Republican President George W. Bush welcomed the agreement.",
            "अमेरिकी रिपब्लिकन राष्ट्रपति जॉर्ज डब्ल्यू बुश ने समझौते का स्वागत किया.",
        ),
        # a place named only in the article's frame ("authorities in Ohio say")
        (
            "The bridge will stay closed until Friday, authorities in Ohio say.",
            "ओहियो में अधिकारियों का कहना है कि पुल शुक्रवार तक बंद रहेगा.",
        ),
        # a Title Case common word rendered by a derived Hindi word the lexicon lacks
        (
            "A new Provisional Council of nine members was sworn in yesterday.",
            "कल नौ सदस्यों वाली एक नई अनंतिम परिषद ने शपथ ली.",
        ),
        # an acronym rendered by the words it stands for
        (
            "He met NDP leader Jack Layton on Tuesday.",
            "उन्होंने मंगलवार को न्यू डेमोक्रेटिक पार्टी के नेता जैक लेटन से मुलाकात की.",
        ),
        # a loose respelling of an unknown name
        (
            "Senator Klobuchar visited a farm in rural Minnesota.",
            "सीनेटर क्लोबुशर ने ग्रामीण मिनेसोटा में एक खेत का दौरा किया.",
        ),
        # a people named by its place and a suffix of belonging
        (
            "Ancient Egyptians marvelled at these monuments.",
            "प्राचीन मिस्रवासी इन स्मारकों से चकित थे.",
        ),
        # "Government of India" is सरकार in Indian news
        (
            "No such announcement has been made by the Government of India.",
            "सरकार ने ऐसी कोई घोषणा नहीं की है.",
        ),
        # a phrase in capitals is no acronym; a title in the frame is no name
        (
            "Face the media and do ONE REAL press conference.",
            "तृणमूल सांसद ने ट्वीट किया कि मीडिया का सामना कीजिए और एक असली प्रेस कॉन्फ्रेंस कीजिए.",
        ),
        # a loanword the article adds (स्टाफ) is no name put in for one the post gives
        (
            "Gen Bipin Rawat, Mrs Madhulika Rawat and 11 others died in the accident.",
            "हादसे में चीफ ऑफ डिफेंस स्टाफ जनरल बिपिन रावत, उनकी पत्नी और 11 अन्य लोगों की मौत हो गई.",
        ),
        # the word before a light verb is no name, and the name left out is no swap
        (
            "This news has left me speechless. I told my friend Sajid how much I liked it.",
            "इस खबर ने मुझे अवाक कर दिया.",
        ),
    ],
)
def test_faithful_renderings_name_no_swap(post: str, claim: str) -> None:
    assert entity_messages(post, claim) == []


def test_india_coordinated_with_another_place_is_not_excused() -> None:
    # बांग्लादेशी holds देश, which is no "the country" for India
    post = "The forest stretches into the Bangladeshi and Indian hinterland."
    found = judge(post, "यह जंगल बांग्लादेशी पहाड़ी इलाके तक फैला है.", post_lang="en", claim_lang="hi")
    assert any("Indian" in f.message for f in found.findings)


def test_english_spellings_read_both_ways() -> None:
    assert name_sim("जॉर्ज", "George") >= 85
    assert name_sim("माइकल", "Michael") >= 85


def test_derived_words_are_no_names() -> None:
    assert derived_en("Provisional") and derived_en("Romanticism") and derived_en("Bed-bugs")
    assert not derived_en("Harper") and not derived_en("Egyptians")
    assert derived_hi("अनंतिम") and derived_hi("सर्वदलीय") and derived_hi("श्रेणीबद्ध")
    assert not derived_hi("अजय") and not derived_hi("इशिकावा")
    assert place_stem("मिस्रवासी") == "Egypt"


def test_gazetteer_reads_demonyms_compass_points_and_dotted_abbreviations() -> None:
    assert canonical_place("क्रोएशियाई") == "Croatia"
    assert canonical_place("Serbians") == "Serbia"
    assert canonical_place("भारती") is None  # a given name, not "Indian"
    assert canonical_place("उत्तरी कोरिया") == "North Korea"
    assert canonical_place("World Health Organisation") == "WHO"
    assert [p.key for p in places_in("The U.N. and the U.K. agreed.")] == [
        "United Nations",
        "United Kingdom",
    ]
