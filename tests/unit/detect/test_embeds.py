"""Detect stage: every embed shape of the fixture pages, the real flattened articles, the seed."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from verifier.detect.posts import detect_posts
from verifier.lang.textnorm import fold
from verifier.model import Article, EmbedMarkup, Post, Span
from verifier.parse.article import looks_like_html, parse_html, parse_text

ROOT = Path(__file__).resolve().parents[3]
PAGES = ROOT / "tests" / "data" / "pages"
SEED = ROOT / "seeds" / "000_ab9b32bc1790fcea.txt"
CASES = [
    json.loads(line)
    for line in (ROOT / "tests/data/real-articles/cases.jsonl").read_text("utf-8").splitlines()
]
SIDECARS = sorted(PAGES.glob("*.expected.json"))


def page(name: str) -> Article:
    path = PAGES / name
    raw = path.read_text(encoding="utf-8")
    return parse_html(raw, name) if looks_like_html(raw) else parse_text(raw, name)


def posts_of(article: Article) -> tuple[Post, ...]:
    posts, skipped = detect_posts(article)
    assert skipped == ()
    return posts


def text_posts(text: str) -> tuple[Post, ...]:
    return posts_of(parse_text(text, "t"))


def words(text: str) -> set[str]:
    return set(re.findall(r"\w+", fold(re.sub(r"pic\.twitter\.com/\w+", " ", text))))


def case(case_id: str) -> dict[str, object]:
    return next(c for c in CASES if c["id"] == case_id)


# --- the corpus ----------------------------------------------------------------------


@pytest.mark.parametrize("sidecar", SIDECARS, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_fixture_page_posts(sidecar: Path) -> None:
    stem = sidecar.name.removesuffix(".expected.json")
    [page_file] = [p for p in PAGES.glob(stem + ".*") if p.suffix in (".html", ".txt")]
    expected = json.loads(sidecar.read_text("utf-8"))
    posts = posts_of(page(page_file.name))
    got = [
        {
            "post_id": p.post_id,
            "handle": p.handle,
            "author_name": p.author_name,
            "date": p.posted_at.isoformat() if p.posted_at else None,
            "origin": p.origin,
        }
        for p in posts
    ]
    assert got == [
        {k: e[k] for k in ("post_id", "handle", "author_name", "date", "origin")} for e in expected
    ]
    for post, exp in zip(posts, expected, strict=True):
        assert post.text.startswith(exp["text_prefix"]), post.text[:80]
    assert [p.key for p in posts] == [f"p{i}" for i in range(1, len(posts) + 1)]


@pytest.mark.parametrize("c", CASES, ids=lambda c: str(c["id"]))
def test_real_article_posts_found_and_nothing_else(c: dict[str, object]) -> None:
    posts = text_posts(str(c["excerpt"]))
    expected = [str(p["text_en"]) for p in c["posts"]]  # type: ignore[attr-defined]
    assert len(posts) == len(expected)
    for post, want in zip(posts, expected, strict=True):
        overlap = words(post.text) & words(want)
        assert len(overlap) >= 0.9 * len(words(want)), (post.text, want)


# --- the seed ------------------------------------------------------------------------


def test_seed_text_has_exactly_the_jaishankar_post() -> None:
    article = parse_text(SEED.read_text("utf-8"), "seed")
    [post] = posts_of(article)
    assert post.author_name == "Dr. S. Jaishankar"
    assert post.handle == "DrSJaishankar"
    assert post.posted_at == dt.date(2026, 2, 4)
    assert (
        post.text
        == "Great to see FM @AnitaAnandMP of Canada today. Talked about taking our ties forward."
    )
    assert post.media == ("pic.twitter.com/OBeunFafhl",)
    assert post.origin == "flattened-text" and post.platform == "x" and post.lang == "en"
    assert post.post_id is None and not post.truncated
    # The span covers text, signature and the media line, so the claim extractor skips it all.
    assert post.span is not None
    region = article.text[post.span.start : post.span.end]
    assert region.startswith("Great to see FM")
    assert region.endswith("🇮🇳 🇨🇦 pic.twitter.com/OBeunFafhl")
    assert "अपने पोस्ट में कहा" not in region and "पेरू" not in region


def test_seed_page_embed_repeated_counts_once_and_covers_both_copies() -> None:
    [single] = posts_of(page("seed.html"))
    [repeated] = posts_of(page("seed-repeated.html"))
    assert single.post_id == repeated.post_id == "2019079042750693377"
    assert single.url == "https://x.com/DrSJaishankar/status/2019079042750693377"
    article = page("seed-repeated.html")
    assert repeated.span is not None
    assert article.text[repeated.span.start : repeated.span.end].count("Great to see FM") == 2


# --- flattened text shapes -----------------------------------------------------------


def test_signature_in_the_middle_joins_both_halves() -> None:
    [post] = text_posts(str(case("rw-006")["excerpt"]))
    first, second = post.text.split("\n\n")
    assert first.startswith("India achieves another")
    assert second.startswith("With the #HarGharDastak campaign") and second.endswith("leadership.")
    assert post.media == ("pic.twitter.com/eWuyI7evV9",)
    assert (post.handle, post.posted_at) == ("mansukhmandviya", dt.date(2021, 12, 4))


def test_embed_flattened_three_times_with_residue_is_one_post() -> None:
    article = parse_text(str(case("rw-023")["excerpt"]), "rw-023")
    [post] = posts_of(article)
    assert post.text == "Greetings on Poyla Boishakh.\n\nShubho Nabo Barsho!"
    assert post.media == ("pic.twitter.com/ctH3S5WcMb",)
    assert post.span is not None
    assert article.text[post.span.start : post.span.end].count("— Narendra Modi") == 3


def test_footer_dash_variants() -> None:
    # The AMP WordPress plugin's expected output uses "-- WordPress (@WordPress)" (formats §1.1).
    body = "Celebrate the WordPress 15th Anniversary on May 27 https://t.co/jv62WkI9lr pic.twitter.com/4ZECodSK78"
    for footer in (" -- ", "&mdash; ", "— ", "\n— ", " – ", "\n- "):
        text = f"वर्डप्रेस ने वर्षगांठ पर पोस्ट किया.\n{body}{footer}WordPress (@WordPress) April 20, 2018\nयह पोस्ट चर्चा में रहा."
        [post] = text_posts(text)
        assert (post.handle, post.author_name) == ("WordPress", "WordPress"), footer
        assert (
            post.text
            == "Celebrate the WordPress 15th Anniversary on May 27 https://t.co/jv62WkI9lr"
        )
        assert post.media == ("pic.twitter.com/4ZECodSK78",)
        assert post.posted_at == dt.date(2018, 4, 20)


def test_prose_with_a_handle_in_parentheses_is_not_a_footer() -> None:
    assert text_posts("मंत्री ने कहा — धन्यवाद (@PIB_India) इस जानकारी के लिए, सभी का आभार।") == ()


def test_entities_left_in_flattened_text_are_decoded_once() -> None:
    [post] = text_posts(
        "उन्होंने ट्वीट किया.\nTom &amp; Jerry&#39;s &amp;amp; show\n&mdash; Cartoon Fan (@toonfan) May 2, 2020"
    )
    assert post.text == "Tom & Jerry's &amp; show"


def test_english_news_paragraph_and_headline_prefix_are_not_posts() -> None:
    assert text_posts(str(case("rw-007")["excerpt"])) == ()  # an English agency paragraph
    assert text_posts(str(case("rw-003")["excerpt"])) == ()  # "Elon Musk Tweet: …" headline prefix
    assert posts_of(page("hi-boilerplate-no-posts.html")) == ()


def test_unsigned_english_blocks_are_inferred_and_attributed() -> None:
    first, second = text_posts(str(case("rw-001")["excerpt"]))
    assert first.origin == second.origin == "inferred"
    assert first.text.startswith("I am a law topper") and second.text.startswith(
        "Till 26th May 2014"
    )
    assert first.author_name == "पीयूष गोयल"  # "केंद्रीय मंत्री ने ट्वीट किया" → the minister named earlier
    assert any("inferred" in note for note in first.notes)
    [sibal] = text_posts(str(case("rw-008")["excerpt"]))
    assert sibal.text.startswith("When fighting for principles\n\nIn life")
    assert sibal.text.endswith("Support is often managed")


def test_after_a_post_cue_only_english_written_like_a_post_is_one() -> None:
    cue = "भूकंप के बाद प्रधानमंत्री ने ट्वीट कर शोक जताया और राहत कार्य तेज करने को कहा."
    prose = "The hospital has followed the infection control protocol, separating the patients from other visitors."
    post = "I am deeply saddened by the loss of lives in the earthquake. My thoughts are with the families."
    assert text_posts(f"{cue}\n{prose}\nराहत दल मौके पर पहुंच गए हैं.") == ()
    [found] = text_posts(f"{cue}\n{post}\nराहत दल मौके पर पहुंच गए हैं.")
    assert found.origin == "inferred" and found.text == post


def test_english_after_an_embed_in_a_hindi_page_is_not_chained() -> None:
    posts = posts_of(page("hi-glued-script-paragraph.html"))
    assert [p.origin for p in posts] == ["blockquote"]


def test_multiple_posts_replies_and_languages() -> None:
    sania, sanjay, sania_again = text_posts(str(case("rw-017")["excerpt"]))
    assert (sania.handle, sanjay.handle, sania_again.handle) == (
        "MirzaSania",
        "sanjaymanjrekar",
        "MirzaSania",
    )
    assert (
        sanjay.text == "No 1 doubles player you mean. Congrats! https://t.co/Qrdyigdrro"
    )  # t.co stays
    ankit, _ = text_posts(str(case("rw-005")["excerpt"]))
    assert ankit.in_reply_to == "bhogleharsha"
    [anni] = text_posts(str(case("rw-038")["excerpt"]))
    assert anni.truncated  # "…have given humanitarian… pic.twitter.com/…"
    [hindi] = posts_of(page("hi-hindi-post.html"))
    assert hindi.lang == "hi" and hindi.text.startswith("हर साल मलेरिया")


def test_german_article_takes_only_the_paragraph_next_to_the_footer() -> None:
    [post] = posts_of(page("flattened-trafilatura-frde.txt"))
    assert post.text == "I, for one, am glad to see he is back, and well! https://t.co/mIWVeRMnOJ"


# --- HTML shapes ---------------------------------------------------------------------


def test_blockquote_fields() -> None:
    first, second = posts_of(page("hi-dawm-2026.html"))
    assert first.text.startswith(
        "Day 21 building https://t.co/nGeowdmXnb 🚀\n\nSet up backend infrastructure today:"
    )
    assert first.truncated and first.text.endswith("Also…")
    assert first.url == "https://x.com/alex_kharlamov_/status/2051775076199014722"
    assert "pic.twitter.com" not in second.text and second.media == ("pic.twitter.com/BMDXR6xzMi",)
    assert "it's you" in second.text  # &#39; decoded once


def test_localised_footer_dates_are_kept_as_notes() -> None:
    posts = posts_of(page("hi-russian-footer-parallels.html"))
    assert posts[0].notes[0] == "footer date '16 мая 2018 г.' = 2018-05-16"
    assert not any(n.startswith("footer date") for n in posts[1].notes)  # empty date link
    assert posts[1].posted_at == dt.date(2016, 12, 22)  # from the id


def test_quote_post_is_a_separate_linked_post() -> None:
    quoting, quoted = posts_of(page("hi-quote-post-nested.html"))
    assert quoting.quoted_post == quoted.key
    assert quoted.text.startswith("If you are interested about View Flattening")
    assert "View Flattening in React Native" not in quoting.text
    quoting, quoted = posts_of(page("hi-quote-link-flattened.txt"))
    assert quoting.quoted_post == quoted.key and quoted.post_id == "1641086480675225601"


def test_other_platforms() -> None:
    posts = posts_of(page("hi-other-platforms.html"))
    assert [p.platform for p in posts] == [
        "bluesky",
        "instagram",
        "facebook",
        "mastodon",
        "threads",
    ]
    bluesky = posts[0]
    # The DID from data-bluesky-uri, not the handle: it survives a handle change and is what
    # --confirm asks the AppView for.
    assert bluesky.url == (
        "https://bsky.app/profile/did:plc:4tan3ugu55i2u3hmtblu7wf5/post/3mgpk65ei7d2u"
    )
    assert bluesky.handle == "raymondcamden.com"
    assert "[image or embed]" not in bluesky.text
    assert posts[2].text.endswith("belastet…") and posts[2].truncated


def test_status_link_shapes() -> None:
    posts = posts_of(page("hi-status-links-text.txt"))
    assert [(p.post_id, p.origin) for p in posts] == [
        ("2019079042750693377", "status-link"),
        ("1889122688884453876", "status-link"),
        ("1455512589295816707", "status-link"),
    ]
    assert all(p.text == "" and p.span is None for p in posts)


def test_unreadable_embed_is_reported_as_skipped() -> None:
    article = Article(
        source="x",
        text="",
        embeds=(
            EmbedMarkup(
                "amp-twitter", '<amp-twitter layout="responsive"></amp-twitter>', Span(0, 0)
            ),
        ),
        is_html=True,
    )
    posts, skipped = detect_posts(article)
    assert posts == ()
    assert len(skipped) == 1 and "no post id" in skipped[0].why


def test_embed_iframes_by_src() -> None:
    # Shape from formats/README §0 (platform.twitter.com/embed/Tweet.html?…&id=…); ids from the samples.
    html = (
        "<html lang='hi'><body><p>पोस्ट देखें:</p>"
        '<iframe title="X Post" src="https://platform.twitter.com/embed/Tweet.html?dnt=false&amp;frame=false'
        '&amp;id=1455512589295816707&amp;lang=en"></iframe>'
        '<p>और दूसरा:</p><iframe src="https://platform.x.com/embed/Tweet.html?id=1889122688884453876"></iframe>'
        "</body></html>"
    )
    posts = posts_of(parse_html(html, "iframes.html"))
    assert [(p.post_id, p.origin) for p in posts] == [
        ("1455512589295816707", "iframe"),
        ("1889122688884453876", "iframe"),
    ]


def test_unclosed_embed_does_not_swallow_the_article() -> None:
    paragraph = "<p>यह लेख का एक लंबा अनुच्छेद है जिसमें अलग-अलग बातें लिखी गई हैं और यह पोस्ट नहीं है.</p>"
    html = (
        '<html lang="hi"><body><blockquote class="twitter-tweet"><p lang="en">Welcome to the White House, '
        'Mr. Prime Minister.</p>&mdash; President Biden (@POTUS) <a href="https://twitter.com/POTUS/status/'
        '1671827004513665026">June 22, 2023</a>' + paragraph * 200 + "</body></html>"
    )
    article = parse_html(html, "unclosed.html")
    assert article.embeds == ()
    [post] = posts_of(article)
    assert (post.handle, post.text) == ("POTUS", "Welcome to the White House, Mr. Prime Minister.")
    assert post.span is not None and post.span.end - post.span.start < 200


def test_flattened_footer_with_hindi_name_and_devanagari_date() -> None:
    text = (
        "प्रधानमंत्री ने ट्वीट कर बधाई दी.\n"
        "Congratulations @AlboMP for the victory of the Australian Labor Party!\n"
        "— नरेंद्र मोदी (@narendramodi) २१ मई २०२२\n"
        "इसके बाद दोनों नेताओं ने फोन पर बात की."
    )
    [post] = text_posts(text)
    assert (post.author_name, post.handle, post.posted_at) == (
        "नरेंद्र मोदी",
        "narendramodi",
        dt.date(2022, 5, 21),
    )
    assert post.text == "Congratulations @AlboMP for the victory of the Australian Labor Party!"


def test_flattened_post_written_in_hindi() -> None:
    text = (
        "मोदी ने हिंदी में भी ट्वीट किया.\n"
        "ऑस्ट्रेलियाई लेबर पार्टी की जीत पर बधाई @AlboMP! मैं साथ काम करने के लिए उत्सुक हूं।\n"
        "— Narendra Modi (@narendramodi) May 21, 2022\n"
        "इसके बाद दोनों नेताओं ने बात की."
    )
    [post] = text_posts(text)
    assert post.lang == "hi"
    assert post.text.startswith("ऑस्ट्रेलियाई लेबर पार्टी") and "मोदी ने" not in post.text


def test_several_footers_glued_on_one_line() -> None:
    text = (
        "मोदी ने ट्वीट किया. Thank you all! — Narendra Modi (@narendramodi) May 2, 2020 "
        "और शाह ने लिखा, Congratulations team — Amit Shah (@AmitShah) May 2, 2020 बधाई."
    )
    modi, shah = text_posts(text)
    assert (modi.handle, modi.text) == ("narendramodi", "Thank you all!")
    assert (shah.handle, shah.text) == ("AmitShah", "Congratulations team")
