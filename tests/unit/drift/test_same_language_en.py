"""An English post quoted or reported in an English article (``drift.same_language``): the
article's frame is cut off, spelling out a tag or reordering a list is no change, and a
paraphrase that settles what the post left open is intensity drift."""

from __future__ import annotations

from verifier.drift import Context, judge

POST = (
    "This Sunday, thinking of giving up my social media accounts on Facebook, Twitter, "
    "Instagram & YouTube. Will keep you all posted."
)
AUTHOR = Context(author_name="Narendra Modi", handle="narendramodi")


def verdict(claim: str, post: str = POST) -> str:
    return judge(post, claim, post_lang="en", claim_lang="en", context=AUTHOR).verdict


def test_a_verbatim_quote_with_its_frame_is_faithful() -> None:
    assert verdict(f'"{POST}," PM Modi said.') == "faithful"
    assert verdict(f"Prime Minister Narendra Modi wrote on X: “{POST}”") == "faithful"


def test_a_quote_split_around_its_attribution_is_faithful() -> None:
    claim = (
        '"This Sunday, thinking of giving up my social media accounts on Facebook, Twitter, '
        'Instagram & YouTube," PM Modi said, adding, "will keep you all posted."'
    )
    assert verdict(claim) == "faithful"


def test_reported_speech_that_keeps_the_hedge_is_faithful() -> None:
    claim = (
        "In a surprising announcement on Monday, Prime Minister Narendra Modi tweeted that he "
        "is thinking of giving up his social media accounts on the coming Sunday."
    )
    assert verdict(claim) == "faithful"


def test_reported_speech_that_settles_an_intention_is_intensity_drift() -> None:
    claim = (
        "PM Modi on Monday said that he will be quitting all his social media profiles this Sunday."
    )
    j = judge(POST, claim, post_lang="en", claim_lang="en", context=AUTHOR)
    assert {f.kind for f in j.findings} == {"intensity"}
    assert "thinking of" in j.findings[0].message


def test_a_hedge_in_another_sentence_of_the_post_is_not_the_renderings() -> None:
    assert verdict("He said that he will keep everybody posted.") == "faithful"


def test_a_figure_spelled_out_of_a_hashtag_is_the_posts() -> None:
    post = "What a game and performance! #Diwali #T20WC2022"
    claim = "In a post on X, he said that he watched the match of the T20 World Cup 2022."
    assert verdict(claim, post) == "faithful"
    other = "In a post on X, he said that he watched the match of the T20 World Cup 2021."
    assert verdict(other, post) == "drift"


def test_a_weekday_or_a_sentence_opening_word_is_no_changed_name() -> None:
    claim = (
        'PM Modi announced that he is "thinking" of giving up his social media accounts on '
        "Facebook, Twitter, Instagram and YouTube on Sunday."
    )
    assert verdict(claim) == "faithful"


def test_a_changed_name_in_a_quote_is_entity_drift() -> None:
    post = "Congratulations to Virat Kohli on a magnificent century in Perth."
    claim = 'He wrote, "Congratulations to Rohit Sharma on a magnificent century in Perth."'
    j = judge(post, claim, post_lang="en", claim_lang="en")
    assert {f.kind for f in j.findings} == {"entity"}


def test_the_words_given_to_someone_else_are_attribution_drift() -> None:
    claim = f'Congress leader Rahul Gandhi tweeted, "{POST}"'
    j = judge(POST, claim, post_lang="en", claim_lang="en", context=AUTHOR)
    assert {f.kind for f in j.findings} == {"attribution"}
