"""Detect stage: who wrote each post. A flattened footer whose date is cut short still gives
name and handle; an author taken from the article is a name (not an adverb, a time word,
a title, a group, or the person the post is about), or none with a note saying why."""

from __future__ import annotations

import datetime as dt

import pytest

from verifier.detect.posts import detect_posts
from verifier.model import Post
from verifier.parse.article import parse_text

LEAD = "भारतीय टीम ने रविवार को फाइनल जीत लिया और पूरे देश में जश्न का माहौल है."
POST = "So proud of the boys today! What a win, what a team."


def posts(text: str) -> tuple[Post, ...]:
    found, skipped = detect_posts(parse_text(text, "t"))
    assert skipped == ()
    return found


def unsigned(cue: str, post: str = POST) -> Post:
    """The one post of a Hindi article whose English post lost its footer."""
    [found] = posts(f"{LEAD}\n{cue}\n{post}\nइसके बाद टीम होटल लौट गई.")
    assert found.origin == "inferred"
    return found


def author_note(post: Post) -> str:
    return next(n for n in post.notes if n.startswith("author "))


# --- flattened footers -----------------------------------------------------------------


@pytest.mark.parametrize(
    "date", ["May 1, 20", "May 1,", "May", "Ma", "1 May 20", "", "…", "...", "3 मार्च", "1 मई,"]
)
def test_a_footer_with_its_date_cut_short_keeps_name_and_handle(date: str) -> None:
    [post] = posts(f"{LEAD}\n{POST}\n— Rohit Sharma (@ImRo45) {date}\nटीम होटल लौट गई.")
    assert (post.origin, post.author_name, post.handle) == (
        "flattened-text",
        "Rohit Sharma",
        "ImRo45",
    )
    assert post.text == POST
    assert post.posted_at is None
    if date:
        shown = date.strip(" ,")
        assert any(shown in n for n in post.notes if n.startswith("footer date cut"))


def test_a_footer_written_time_first_gives_its_date() -> None:
    [post] = posts(
        f"{LEAD}\n{POST}\n— Rohit Sharma (@ImRo45) · 1:34 AM · Oct 17, 2021\nटीम लौट गई."
    )
    assert (post.author_name, post.handle, post.posted_at) == (
        "Rohit Sharma",
        "ImRo45",
        dt.date(2021, 10, 17),
    )


def test_a_footer_without_date_glued_to_the_article_prose() -> None:
    text = f"{LEAD}\n{POST}— Rohit Sharma (@ImRo45)टीम के कप्तान ने यह भी कहा."
    [post] = posts(text)
    assert (post.author_name, post.handle, post.text) == ("Rohit Sharma", "ImRo45", POST)
    assert post.span is not None and text[post.span.end :].startswith("टीम के कप्तान")
    assert "footer shows no date" in post.notes


def test_english_prose_after_a_handle_is_still_no_footer() -> None:
    found = posts(f"{LEAD}\nकोच ने कहा — thanks (@coachsaab) for all the help this season.")
    assert all(p.handle != "coachsaab" for p in found)


def test_a_footer_between_two_halves_of_a_post() -> None:
    first = "Our bowlers were outstanding tonight."
    second = "The batting will come good, trust the process. https://t.co/AbC123xYz0"
    [post] = posts(f"{LEAD}\n{first}\n— Rohit Sharma (@ImRo45) May 1, 2019\n{second}\nटीम लौट गई.")
    assert post.author_name == "Rohit Sharma"
    assert post.text.startswith(first) and post.text.endswith("https://t.co/AbC123xYz0")


def test_text_after_a_footer_that_broke_off_mid_sentence_is_the_rest_of_the_post() -> None:
    text = f'{LEAD}\n"Dear fans,\n— Rohit Sharma (@ImRo45) May 1, 2019\nthank you for everything." #TeamIndia\nटीम लौट गई.'
    [post] = posts(text)
    assert post.handle == "ImRo45" and post.text.endswith("#TeamIndia")


def test_english_after_a_finished_post_is_not_glued_to_it() -> None:
    text = (
        f"{LEAD}\n{POST}\n— Rohit Sharma (@ImRo45) May 1, 2019\nWell played everyone\nटीम लौट गई."
    )
    [post] = posts(text)
    assert post.text == POST


# --- authors taken from the article -----------------------------------------------------


@pytest.mark.parametrize(
    ("cue", "author"),
    [
        ("दरअसल रवि किशन ने ट्वीट कर लिखा कि वह खुश हैं.", "रवि किशन"),  # an adverb before
        ("सोमवार शाम सुनील छेत्री ने ट्वीट किया.", "सुनील छेत्री"),  # time words before
        ("भाजपा नेता अमित मालवीय ने ट्वीट कर लिखा-", "अमित मालवीय"),  # a title before
        ("मैच के बाद युवराज सिंह ने ट्वीट किया.", "युवराज सिंह"),  # a name made of words
        ("'हमें गर्व है,' कप्तान विराट कोहली ने ट्वीट किया.", "विराट कोहली"),  # quote first
        ("कांग्रेस पार्टी ने ट्विटर पर लिखा.", "कांग्रेस"),  # a party account
        ("जीत पर बीसीसीआई ने ट्वीट कर टीम को बधाई दी.", "बीसीसीआई"),  # initials
    ],
)
def test_the_author_is_the_name_in_the_cue(cue: str, author: str) -> None:
    post = unsigned(cue)
    assert post.author_name == author
    assert author in author_note(post)


def test_a_reply_is_by_who_replies_not_by_whom_it_answers() -> None:
    post = unsigned("युवराज सिंह ने हरभजन सिंह के ट्वीट का जवाब देते हुए लिखा.")
    assert post.author_name == "युवराज सिंह"


def test_the_owner_of_a_post_the_article_talks_about() -> None:
    assert unsigned("युवराज सिंह का यह ट्वीट वायरल हो रहा है.").author_name == "युवराज सिंह"


def test_a_short_name_is_resolved_to_the_full_name_given_before() -> None:
    cue = "टेनिस स्टार सानिया मिर्जा आज दुबई में हैं. जीत के बाद मिर्जा ने ट्वीट किया."
    assert unsigned(cue).author_name == "सानिया मिर्जा"
    cue = "बॉलीवुड स्टार सलमान खान इन दिनों शूटिंग में व्यस्त हैं. शुक्रवार को सलमान ने ट्वीट किया."
    assert unsigned(cue).author_name == "सलमान खान"


def test_a_pronoun_is_the_subject_named_before_not_the_last_name() -> None:
    cue = "कांग्रेस नेता शशि थरूर ने प्रधानमंत्री नरेंद्र मोदी पर निशाना साधा. उन्होंने ट्वीट कर लिखा कि वह खुश हैं."
    post = unsigned(cue)
    assert post.author_name == "शशि थरूर"
    assert "उन्होंने" in author_note(post)


def test_a_title_alone_is_the_person_named_before_with_it() -> None:
    cue = "केंद्रीय खेल मंत्री अनुराग ठाकुर आज दिल्ली में थे. जीत के बाद खेल मंत्री ने ट्वीट किया."
    assert unsigned(cue).author_name == "अनुराग ठाकुर"


@pytest.mark.parametrize(
    ("cue", "why"),
    [
        ("इस बारे में सरकार ने ट्वीट कर जानकारी दी.", "names a group"),
        ("इस पोस्ट पर एक यूजर ने लिखा कि यह अच्छा है.", "names a group"),
        ("मुख्यमंत्री ने ट्वीट किया.", "title"),
        ("उन्होंने ट्वीट कर लिखा कि वह खुश हैं.", "follows no name"),
        ("टीम होटल पहुंच गई है.", "no sentence"),
    ],
)
def test_no_author_when_no_name_is_certain(cue: str, why: str) -> None:
    post = unsigned(cue, f"{POST} #TeamIndia")
    assert post.author_name is None
    assert author_note(post).startswith("author unknown") and why in author_note(post)


def test_the_person_a_post_is_about_is_not_its_author() -> None:
    post = unsigned(
        "मैच के बाद युवराज सिंह ने ट्वीट किया.",
        "Congratulations Yuvraj Singh on a wonderful career! So proud of you.",
    )
    assert post.author_name is None
    assert "about them" in author_note(post)


def test_an_article_name_takes_the_spelling_of_the_account_that_signs_another_post() -> None:
    text = (
        f"{LEAD}\nकप्तान विराट कोहली ने टीम को बधाई दी.\nWell played boys!\n"
        "— Virat Kohli (@imVkohli) May 1, 2019\nइसके बाद विराट कोहली ने एक और ट्वीट किया.\n"
        f"{POST}\nटीम होटल लौट गई."
    )
    signed, unsigned_post = posts(text)
    assert signed.author_name == unsigned_post.author_name == "Virat Kohli"
    assert "@imVkohli" in unsigned_post.notes[-1]


def test_a_signed_copy_of_an_unsigned_post_gives_its_own_name() -> None:
    copy = f"{POST} pic.twitter.com/AbCdEf1234"
    text = (
        f"{LEAD}\nजीत के बाद कप्तान ने ट्वीट किया.\n{copy}\nटीम के कप्तान ने यही बात दोबारा कही.\n"
        f"{copy}— Virat Kohli (@imVkohli) May 1, 2019"
    )
    [post] = posts(text)
    assert (post.origin, post.author_name, post.handle) == (
        "flattened-text",
        "Virat Kohli",
        "imVkohli",
    )
    assert not any(n.startswith(("author", "no signature")) for n in post.notes)


# --- a subject without ने, an organisation's name with common words (issue 12, item 7) -----


@pytest.mark.parametrize(
    ("cue", "author"),
    [
        ("पीआईबी फैक्ट चेक ने ट्वीट कर कहा:", "पीआईबी फैक्ट चेक"),
        ("दिल्ली पुलिस ने ट्वीट कर जानकारी दी:", "दिल्ली पुलिस"),
        ("पीआईबी फैक्ट चैक दावे को लेकर ट्वीट कर जानकारी दी है:", "पीआईबी फैक्ट चैक"),
        ("बीसीसीआई की ओर से ट्वीट कर बताया गया:", "बीसीसीआई"),
        ("दरअसल राहुल गांधी ट्वीट कर बोले:", "राहुल गांधी"),
    ],
)
def test_the_name_that_opens_the_sentence_is_the_author(cue: str, author: str) -> None:
    found = unsigned(cue)
    assert found.author_name == author
    assert author in author_note(found)


@pytest.mark.parametrize(
    "cue",
    [
        "टीम को लेकर ट्वीट कर जानकारी दी गई:",  # a case marker follows: an object, no subject
        "खिलाड़ी ट्वीट कर रहे हैं:",  # common words name no one
    ],
)
def test_no_subject_no_author(cue: str) -> None:
    found = unsigned(cue)
    assert found.author_name is None
    assert author_note(found).startswith("author unknown")


def test_a_surname_that_is_also_a_demonym_ends_the_name() -> None:
    found = unsigned("केंद्रीय मंत्री स्मृति ईरानी ने सोमवार को ट्वीट किया:")
    assert found.author_name == "स्मृति ईरानी"


def test_a_demonym_before_a_title_is_no_surname() -> None:
    found = unsigned("दक्षिण अफ्रीकी क्रिकेटर एबी डिविलियर्स ने ट्वीट किया:")
    assert found.author_name == "एबी डिविलियर्स"
