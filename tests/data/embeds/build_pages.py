"""Build the per-platform detection pages from the embed samples here (a developer tool).

Run from the repo root: ``python tests/data/embeds/build_pages.py``. Each page wraps verbatim
samples from this folder (provenance: ``PROVENANCE.md``) in the article shell of
``tests/data/pages/build_pages.py`` and is written to ``tests/data/pages/<platform>/`` with
its ``NAME.expected.json``. Expectations are written by hand from the samples, never from the
detector's output (same fields as ``tests/data/pages/README.md``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = HERE.parent / "pages"
sys.path.insert(0, str(PAGES))
from build_pages import page  # noqa: E402  (the shared article shell)

# Page-state wrappers (CONSTRUCTED, page-state/PROVENANCE.md): the story JSON is the real
# sample; where a page keeps it is written here in the two shapes pages use.
STATE_SHAPES = {
    "next-data": '<script id="__NEXT_DATA__" type="application/json">'
    '{{"props":{{"pageProps":{{"data":{state}}}}},"page":"/[...slug]"}}</script>',
    "initial-state": '<script>window.__INITIAL_STATE__ = {{"qt":{{"data":{state}}}}};</script>',
}


def sample(path: str) -> str:
    """A sample's markup; ``SHAPE:path.json`` puts a JSON sample in a page-state script."""
    shape, _, name = path.rpartition(":")
    text = (HERE / name).read_text(encoding="utf-8").strip()
    if not shape:
        return text
    compact = json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))
    return STATE_SHAPES[shape].format(state=compact.replace("</", "<\\/"))


def post(
    post_id: str | None,
    origin: str,
    *,
    platform: str,
    handle: str | None = None,
    author: str | None = None,
    date: str | None = None,
    text: str = "",
) -> dict[str, str | None]:
    return {
        "platform": platform,
        "post_id": post_id,
        "handle": handle,
        "author_name": author,
        "date": date,
        "text_prefix": text,
        "origin": origin,
    }


INTRO = "सोशल मीडिया पर आई इस पोस्ट के बाद बहस तेज हो गई."
OUTRO = "मामले पर अभी आधिकारिक बयान नहीं आया है."

# (folder, page name, title, date, embed samples, expected posts)
PAGES_SPEC: list[tuple[str, str, str, str, list[str], list[dict[str, str | None]]]] = [
    (
        "bluesky",
        "hi-bluesky-blockquote-date-only",
        "ब्लॉग पर नई सुविधा: पुराने लेखों के लिंक",
        "2026-03-17T09:00:00+05:30",
        ["bluesky/blockquote_p-lang-en_date-only_bagrounds-org.html"],
        [
            post(
                "3mh7y62ycxw2b",
                "bluesky",
                platform="bluesky",
                handle="bagrounds.bsky.social",
                author="Bryan Grounds",
                date="2026-03-16",
                text="2026-03-16 | 🤖 🔗 Back Links",
            ),
        ],
    ),
    (
        "bluesky",
        "hi-bluesky-iframes",
        "डेटा विश्लेषण पर ब्लूस्काई पर चर्चा",
        "2026-03-20T10:00:00+05:30",
        [
            "bluesky/iframe_embed-bsky-app_two-posts_clippings.html",
            "bluesky/iframe_embed-bsky-app_title-empty_orosz.html",
        ],
        [
            post("3mhs6ndgvx22q", "bluesky", platform="bluesky"),
            post("3mht4oqhtls2f", "bluesky", platform="bluesky"),
            post("3lqac6aeysc22", "bluesky", platform="bluesky"),
        ],
    ),
    (
        "mastodon",
        "hi-mastodon-blockquote",
        "मास्टोडॉन पर भी वही पोस्ट",
        "2026-03-17T09:00:00+05:30",
        ["mastodon/blockquote_data-embed-url_no-text_bagrounds-org.html"],
        [
            post(
                "116242278064339656",
                "mastodon",
                platform="mastodon",
                handle="bagrounds@mastodon.social",
                date="2026-03-17",
            ),
        ],
    ),
    (
        "mastodon",
        "hi-mastodon-iframes",
        "संस्करण संख्या पर डेवलपरों की राय",
        "2023-01-20T10:00:00+05:30",
        [
            "mastodon/iframe_class-mastodon-embed_two-posts_hachyderm.html",
            "mastodon/iframe_class-mastodon-embed_small-instance_uni-vuwuv-com.html",
        ],
        [
            post(
                "109683757201594015",
                "mastodon",
                platform="mastodon",
                handle="Martindotnet@hachyderm.io",
                date="2023-01-13",
            ),
            post(
                "109700844080933628",
                "mastodon",
                platform="mastodon",
                handle="Martindotnet@hachyderm.io",
                date="2023-01-16",
            ),
            post(
                "111502707067824361",
                "mastodon",
                platform="mastodon",
                handle="noritsugi@uni.vuwuv.com",
                date="2023-12-01",
            ),
        ],
    ),
    (
        "threads",
        "hi-threads-blockquote",
        "थ्रेड्स पर पोर्टफोलियो की घोषणा",
        "2026-03-05T10:00:00+05:30",
        ["threads/blockquote_text-post-media_no-text_iam-ambalavanan.html"],
        [post("DVdP2dCE_kf", "threads", platform="threads", handle="iam_ambalavanan")],
    ),
    (
        "instagram",
        "hi-instagram-german-footers",
        "इंस्टाग्राम पर जन्मदिन की तस्वीरें",
        "2022-11-01T10:00:00+05:30",
        [
            "instagram/blockquote_v12_captioned_german-footer-time_chloeothen.html",
            "instagram/blockquote_v14_not-captioned_german-footer-link_artbyaghost.html",
        ],
        [
            post(
                "BnNs_UHFQuZ",
                "instagram",
                platform="instagram",
                handle="chloeothen",
                author="Chloe Othen",
                date="2018-09-02",
                text="I’m the Captain now",
            ),
            post(
                "CkCIqTZMUZT",
                "instagram",
                platform="instagram",
                handle="artbyaghost",
                author="Art by a Ghost",
            ),
        ],
    ),
    (
        "facebook",
        "hi-facebook-video-and-plugin",
        "फेसबुक पर वायरल हुआ वीडियो",
        "2019-03-01T10:00:00+05:30",
        [
            "facebook/div_fb-video_turkish-footer_sql-dump.html",
            "facebook/iframe_plugins-post-php_philosophersmeme.html",
        ],
        [
            post(
                "1849327055117902",
                "facebook",
                platform="facebook",
                handle="FunnyVideosbyDiply",
                author="Funny Videos by Diply",
                text="Dog is def not even mad about it",
            ),
            post("818323048578025", "facebook", platform="facebook", handle="horkermon"),
        ],
    ),
    (
        "youtube",
        "hi-youtube-wordpress",
        "वीडियो: प्रायिकता और ईमेल प्रोटोकॉल समझिए",
        "2024-03-09T12:00:00+05:30",
        [
            "youtube/wp-block-embed_iframe-title_oembed_fr.html",
            "youtube/wp-block-embed_iframe-title_oembed_de.html",
            "youtube/wp-block-embed_unrendered-url_theme-pattern.html",
            "youtube/iframe_live-stream-channel_not-a-post_tv-senado.html",
        ],
        [
            post(
                "cCQlN6FhHvo",
                "youtube",
                platform="youtube",
                text="Probabilités S3 Probabilités Conditionnelles",
            ),
            post("PJo5yOtu7o8", "youtube", platform="youtube", text="What is SMTP"),
            post("GP4NxSbikS4", "wp-embed", platform="youtube"),
        ],
    ),
    (
        "linkedin",
        "hi-linkedin-iframes",
        "लिंक्डइन पर कंपनियों की घोषणाएं",
        "2025-03-01T10:00:00+05:30",
        [
            "linkedin/iframe_embed-feed-update_ugcpost_portfolio.html",
            "linkedin/iframe_embed-feed-update_trailing-space-compact_robotics.html",
            "linkedin/iframe_embed-feed-update_share_dashboard.html",
        ],
        [
            post("urn:li:ugcPost:7162487457991647232", "linkedin", platform="linkedin"),
            post("urn:li:ugcPost:7245518315421339649", "linkedin", platform="linkedin"),
            post("urn:li:ugcPost:7298402302116134913", "linkedin", platform="linkedin"),
            post("urn:li:share:7004344112762015746", "linkedin", platform="linkedin"),
        ],
    ),
    (
        "wrappers",
        "hi-wrappers-iframely-embedly-drupal",
        "कार्ड गेम के नियमों पर डिजाइनर की राय",
        "2015-11-20T10:00:00+05:30",
        [
            "wrappers/CONSTRUCTED_iframely_article-embed_twitter-status_issue15-shape.html",
            "wrappers/iframely-embed_facebook-photo_belga-test.html",
            "wrappers/embedly-card_twitter-status_hearthstone-blog.html",
            "wrappers/CONSTRUCTED_drupal-media-oembed_youtube_core-formatter-shape.html",
        ],
        [
            post(
                "1629262255744503809",
                "iframely",
                platform="x",
                handle="mattcarrollcode",
                date="2023-02-24",
            ),
            post("2759718637434615", "iframely", platform="facebook", handle="TomandJerry"),
            post(
                "666359351980920832", "embedly", platform="x", handle="bdbrode", date="2015-11-16"
            ),
            post("1-g73ty9v04", "drupal-oembed", platform="youtube"),
        ],
    ),
    (
        "page-state",
        "hi-page-state-next-data-quintype-doc",
        "आईफोन एक्स और गैलेक्सी नोट 8 की तुलना",
        "2017-09-14T10:00:00+05:30",
        ["next-data:page-state/quintype_api-doc_story_youtube-video_jsembed-tweet.json"],
        [
            post("iGpVs3wFKF0", "json-state", platform="youtube"),
            post(
                "907700942715228160",
                "json-state",
                platform="x",
                handle="Apple",
                author="Apple",
                date="2017-09-12",
                text="Say hello to the future. iPhone X.",
            ),
        ],
    ),
    (
        "page-state",
        "hi-page-state-initial-state-newslaundry",
        "एम्बेड की जांच: ट्वीट, इंस्टाग्राम और फेसबुक पोस्ट",
        "2020-02-28T10:00:00+05:30",
        ["initial-state:page-state/quintype_amp-fixture_newslaundry-story_jsembeds.json"],
        [
            post("B9Ca-DzALN5", "json-state", platform="instagram"),
            post(
                "1233273894032871424",
                "json-state",
                platform="x",
                handle="realDonaldTrump",
                author="Donald J. Trump",
                date="2020-02-28",
                text="“Federal Court Deals Major Blow To Sanctuary Cities.”",
            ),
            post("3483294738363924", "json-state", platform="facebook", handle="MBACrystalBall"),
            post(
                "3483738181652913",
                "json-state",
                platform="facebook",
                handle="MBACrystalBall",
                author="MBA Crystal Ball",
                date="2020-02-27",
                text="Query on our YouTube channel",
            ),
            post("nouePnN1rY8", "json-state", platform="youtube"),
        ],
    ),
    (
        "amp",
        "hi-amp-instagram-facebook-youtube",
        "एएमपी पन्ने पर इंस्टाग्राम, फेसबुक और यूट्यूब",
        "2026-07-12T08:00:00+05:30",
        [
            "amp/amp-instagram_data-shortcode_ampstart-template.html",
            "amp/amp-instagram_data-captioned_amp-wp-plugin-test.html",
            "amp/amp-facebook_data-href_amp-wp-plugin-test.html",
            "amp/amp-youtube_data-videoid_powershell-blog.html",
        ],
        [
            post("BRJd8UIjTXN", "instagram", platform="instagram"),
            post("7-l0z_p4A4", "instagram", platform="instagram"),
            post("10102593740125791", "facebook", platform="facebook", handle="zuck"),
            post("2WZwv7TxqZ0", "youtube", platform="youtube"),
        ],
    ),
    (
        "wrappers",
        "hi-wrappers-non-post-cards",
        "एडवेंट कैलेंडर और स्लाइड: लेख के साथ लिंक कार्ड",
        "2024-12-18T10:00:00+05:30",
        [
            "wrappers/iframely-embed_data-embedded-url_non-post-card_adventar.html",
            "wrappers/embedly-card_blockquote_non-post_slideshare.html",
        ],
        [],
    ),
]


def main() -> None:
    for folder, name, title, published, samples, expected in PAGES_SPEC:
        body: list[str] = [INTRO]
        for path in samples:
            body += [sample(path), OUTRO]
        out = PAGES / folder
        out.mkdir(exist_ok=True)
        (out / f"{name}.html").write_text(page(title, published, body), encoding="utf-8")
        (out / f"{name}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
