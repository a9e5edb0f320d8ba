"""Attribution by role and by name: a speaker the post names, replaced by another role or
another name, is attribution drift; the same speaker in other words is not."""

from __future__ import annotations

import pytest

from verifier.drift import Context, judge

POST = "Schools will stay closed on Monday because of the heavy rain."
CONTENT = "भारी बारिश के कारण सोमवार को स्कूल बंद रहेंगे।"


def attribution(post: str, claim: str, context: Context | None = None) -> list[str]:
    j = judge(post, claim, post_lang="en", claim_lang="hi", context=context)
    return [f.message for f in j.findings if f.kind == "attribution"]


# --- the speaker a post reports ----------------------------------------------------------


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        # a role replaced by a role of another group
        (
            "Police said the road will stay closed until Friday.",
            "सेना ने कहा कि सड़क शुक्रवार तक बंद रहेगी।",
        ),
        ("According to officials, the bridge is unsafe.", "वैज्ञानिकों के मुताबिक, पुल असुरक्षित है।"),
        # a name replaced, the title kept ("Mayor" is no name for मिलर to sound like)
        (
            "Mayor John Tory said the budget is balanced.",
            "मेयर डेविड मिलर ने कहा कि बजट संतुलित है।",
        ),
        # the speaker set off by commas before the verb
        (
            "The company's chief, Anna Berg, remarked that sales rose last year.",
            "कंपनी की प्रमुख, मारिया लोपेज़ ने बताया कि पिछले साल बिक्री बढ़ी।",
        ),
        # an ergative subject before a कि clause, whatever the verb
        (
            "Jones confirmed the bridge reopened on Monday.",
            "स्मिथ ने पुष्टि की कि पुल सोमवार को फिर से खुल गया।",
        ),
    ],
)
def test_a_speaker_the_post_does_not_name_is_attribution(post: str, claim: str) -> None:
    found = attribution(post, claim)
    assert len(found) == 1
    assert "whom the post does not name" in found[0]


@pytest.mark.parametrize(
    ("post", "claim"),
    [
        (
            "Police said the road will stay closed until Friday.",
            "पुलिस ने कहा कि सड़क शुक्रवार तक बंद रहेगी।",
        ),
        ("According to officials, the bridge is unsafe.", "अधिकारियों के मुताबिक, पुल असुरक्षित है।"),
        ("Mayor John Tory said the budget is balanced.", "मेयर टोरी ने कहा कि बजट संतुलित है।"),
        (
            "Jones confirmed the bridge reopened on Monday.",
            "जोन्स ने पुष्टि की कि पुल सोमवार को फिर से खुल गया।",
        ),
        # a body by the acronym of its name, written in Devanagari
        (
            "The World Health Organisation says the outbreak is the worst in a decade.",
            "डब्ल्यूएचओ का कहना है कि यह प्रकोप एक दशक में सबसे बुरा है।",
        ),
        # a role as an English loanword
        (
            "According to park authorities, visitors must stay on the trail.",
            "पार्क अथॉरिटीज़ के मुताबिक, पर्यटकों को रास्ते पर ही रहना होगा।",
        ),
    ],
)
def test_the_same_speaker_in_other_words_is_not_attribution(post: str, claim: str) -> None:
    assert attribution(post, claim) == []


# --- a role for an institution's account ----------------------------------------------------


@pytest.mark.parametrize(
    ("author", "speaker"),
    [
        ("Supreme Court Observer", "पुलिस"),  # another institution's role
        ("Ministry of Health", "प्रवक्ता"),  # a spokesperson is nobody's account but their own
        ("ISRO", "प्रवक्ता"),
        ("ISRO", "विशेषज्ञ"),  # experts speak from outside
    ],
)
def test_a_role_that_is_not_the_accounts_is_attribution(author: str, speaker: str) -> None:
    ctx = Context(author_name=author, handle=author.replace(" ", ""), speaker=speaker)
    assert attribution(POST, CONTENT, ctx) == [
        f"The article attributes these words to “{speaker}”, but the post is by {author}."
    ]


@pytest.mark.parametrize(
    ("author", "speaker"),
    [
        ("Supreme Court Observer", "अदालत"),
        ("Ministry of Health", "मंत्रालय के प्रवक्ता"),  # the spokesperson of the body
        ("Ministry of Health", "अधिकारी"),  # every institution has officials
        ("India Meteorological Department", "अधिकारियों"),
        ("ISRO", "वैज्ञानिक"),
        ("Spokesperson MoD", "प्रवक्ता"),
    ],
)
def test_a_role_of_the_account_is_not_attribution(author: str, speaker: str) -> None:
    ctx = Context(author_name=author, handle=author.replace(" ", ""), speaker=speaker)
    assert attribution(POST, CONTENT, ctx) == []


def test_a_role_the_post_names_but_not_as_its_speaker_is_attribution() -> None:
    post = "Police arrested three protesters, officials said."
    swapped = "प्रदर्शनकारियों ने कहा कि पुलिस ने तीन लोगों को गिरफ्तार किया।"
    kept = "अधिकारियों ने कहा कि पुलिस ने तीन प्रदर्शनकारियों को गिरफ्तार किया।"
    assert attribution(post, swapped) == [
        "The rendering gives these words to “प्रदर्शनकारियों”, who is not the speaker the post "
        "reports."
    ]
    assert attribution(post, kept) == []
