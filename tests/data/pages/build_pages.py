"""Rebuild the detection fixture pages from the real embed samples (a developer tool).

Run from the repo root: ``python tests/data/pages/build_pages.py``. It reads the verbatim
samples in ``../shared/formats/samples/`` (provenance: that folder's PROVENANCE.md), wraps
them in minimal article pages (mostly Hindi, with realistic page chrome) and writes each page
with its ``NAME.expected.json``. The expectations below are written by hand from the samples,
never from the detector's output. See README.md in this folder for the page-by-sample list.
"""

from __future__ import annotations

import html as htmlmod
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parents[3] / "shared" / "formats" / "samples"


def sample(name: str) -> str:
    folder = (
        "other-platforms"
        if name.startswith(("bluesky", "instagram", "facebook"))
        else "x-embed-html"
    )
    return (SAMPLES / folder / name).read_text(encoding="utf-8").strip()


def oembed_html(name: str) -> str:
    """The ``html`` of a recorded oEmbed response, decoded once (JSON, not HTML)."""
    data = json.loads((SAMPLES / "x-oembed" / name).read_text(encoding="utf-8"))
    return str(data["html"]).strip()


CHROME_TOP = """<header class="site-header"><a href="/">होम</a> <nav><ul><li><a href="/desh">देश</a></li><li><a href="/videsh">विदेश</a></li><li><a href="/khel">खेल</a></li><li><a href="/tech">Tech News</a></li></ul></nav></header>"""
CHROME_BOTTOM = """<aside class="related"><h3>यह भी पढ़ें</h3><ul><li><a href="/a">Also Read: Follow our live coverage on Twitter @NewsDesk</a></li><li><a href="/b">चुनाव आयोग ने जारी की नई सूची</a></li></ul></aside>
<footer class="site-footer"><p>© 2026 Samachar Media Pvt. Ltd. All rights reserved.</p><p>Follow us on Twitter @SamacharHindi and Facebook</p></footer>"""


def page(
    title: str, published: str, body: list[str], lang: str = "hi", byline: str = "डिजिटल डेस्क"
) -> str:
    paras = "\n".join(
        item if item.lstrip().startswith("<") else f"<p>{htmlmod.escape(item, quote=False)}</p>"
        for item in body
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{htmlmod.escape(title)} | Samachar</title>
<meta property="og:title" content="{htmlmod.escape(title)}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="{byline}">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"pageType": "article"}});</script>
</head>
<body>
{CHROME_TOP}
<main><article>
<h1>{htmlmod.escape(title)}</h1>
<p class="byline">{byline} | {published[:10]}</p>
{paras}
</article></main>
{CHROME_BOTTOM}
</body>
</html>
"""


def exp(
    post_id: str | None,
    handle: str | None,
    author: str | None,
    date: str | None,
    prefix: str,
    origin: str,
) -> dict[str, str | None]:
    return {
        "post_id": post_id,
        "handle": handle,
        "author_name": author,
        "date": date,
        "text_prefix": prefix,
        "origin": origin,
    }


SEED_ID = "2019079042750693377"  # invented: a Snowflake for 2026-02-04 16:02:11 UTC (README)
SEED_EMBED = f"""<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Great to see FM <a href="https://twitter.com/AnitaAnandMP?ref_src=twsrc%5Etfw">@AnitaAnandMP</a> of Canada today. Talked about taking our ties forward.<br><br>🇮🇳 🇨🇦 <a href="https://t.co/OBeunFafhl">pic.twitter.com/OBeunFafhl</a></p>&mdash; Dr. S. Jaishankar (@DrSJaishankar) <a href="https://twitter.com/DrSJaishankar/status/{SEED_ID}?ref_src=twsrc%5Etfw">February 4, 2026</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>"""

SEED_BEFORE = [
    "विदेश मंत्री एस जयशंकर अमेरिका में क्रिटिकल मिनरल मिनिस्टीरियल बैठक में शामिल होने गए हैं.",
    "वॉशिंगटन: विदेश मंत्री एस जयशंकर ने वॉशिंगटन में क्रिटिकल मिनरल्स मिनिस्टीरियल के मौके पर कनाडा की विदेश मंत्री अनीता आनंद और पेरू के विदेश मंत्री ह्यूगो डी जेला सहित कई अहम समकक्षों के साथ द्विपक्षीय बैठकें की.",
    "एक्स पर एक पोस्ट में विदेश मंत्री जयशंकर ने कहा कि उन्हें अपने कनाडाई समकक्ष से मिलकर और दोनों देशों के बीच द्विपक्षीय सहयोग को आगे बढ़ाने पर चर्चा करके बहुत अच्छा लगा. विदेश मंत्री ने अपने पोस्ट में कहा, 'आज कनाडा की विदेश मंत्री अनीता आनंद से मिलकर बहुत अच्छा लगा. हमने अपने संबंधों को आगे बढ़ाने के बारे में बात की.'",
]
SEED_AFTER = [
    "उन्होंने पेरू के विदेश मंत्री ह्यूगो डी जेला से भी मुलाकात की और बताया कि दोनों पक्ष सहयोग को और गहरा करने पर सहमत हुए हैं. जयशंकर ने एक्स पर एक अलग पोस्ट में लिखा, 'पेरू के विदेश मंत्री ह्यूगो डी जेला के साथ हमने अपने सहयोग को और गहरा करने पर सहमति जताई है.'",
    "उनकी मुलाकातें बुधवार को वाशिंगटन डीसी में क्रिटिकल मिनरल्स मिनिस्टीरियल के दौरान हुई.",
]
SEED_TITLE = (
    "जयशंकर ने क्रिटिकल मिनरल्स मिनिस्टीरियल के बीच कनाडा की विदेश मंत्री के साथ द्विपक्षीय सहयोग पर चर्चा की"
)
SEED_EXP = [
    exp(
        SEED_ID,
        "DrSJaishankar",
        "Dr. S. Jaishankar",
        "2026-02-04",
        "Great to see FM @AnitaAnandMP of Canada today.",
        "blockquote",
    )
]
RESIDUE = '<p>" class="align-text-top noRightClick twitterSection" data="</p>'

PAGES: dict[str, tuple[str, list[dict[str, str | None]]]] = {}

PAGES["seed.html"] = (
    page(
        SEED_TITLE,
        "2026-02-05T08:56:00+05:30",
        [*SEED_BEFORE, SEED_EMBED, *SEED_AFTER],
        byline="ANI",
    ),
    SEED_EXP,
)
PAGES["seed-repeated.html"] = (
    page(
        SEED_TITLE,
        "2026-02-05T08:56:00+05:30",
        [*SEED_BEFORE, SEED_EMBED, RESIDUE, SEED_EMBED, '<p>"&gt;</p>', *SEED_AFTER],
        byline="ANI",
    ),
    SEED_EXP,
)
PAGES["hi-hindi-footer-date-conflict.html"] = (
    page(
        SEED_TITLE,
        "2026-02-03T22:10:00+05:30",
        [
            *SEED_BEFORE,
            SEED_EMBED.replace('data-lang="en"', 'data-lang="hi"').replace(
                "February 4, 2026", "5 फ़रवरी 2026"
            ),
            *SEED_AFTER,
        ],
        byline="ANI",
    ),
    [
        exp(
            SEED_ID,
            "DrSJaishankar",
            "Dr. S. Jaishankar",
            "2026-02-04",
            "Great to see FM @AnitaAnandMP of Canada today.",
            "blockquote",
        )
    ],
)

PAGES["hi-oembed-amnesty.html"] = (
    page(
        "एमनेस्टी प्रमुख बोलीं- मशीन को जिंदगी और मौत का फैसला करने की इजाजत नहीं होनी चाहिए",
        "2021-11-03T10:00:00+05:30",
        [
            "एमनेस्टी इंटरनेशनल की महासचिव एग्नेस कैलामार्ड ने स्वचालित हथियारों पर रोक की मांग दोहराई है.",
            "कैलामार्ड ने ट्वीट कर कहा कि किसी मशीन को जिंदगी और मौत का फैसला करने की अनुमति नहीं दी जानी चाहिए.",
            sample("oembed-default_ampersand-mdash-footer_amnesty-de.html"),
            "संयुक्त राष्ट्र में इस मुद्दे पर अगले महीने चर्चा होनी है.",
        ],
    ),
    [
        exp(
            "1455512589295816707",
            "AgnesCallamard",
            "Agnes Callamard",
            "2021-11-02",
            "A machine should not be allowed",
            "blockquote",
        )
    ],
)
PAGES["hi-wp-block-embed-report24.html"] = (
    page(
        "ईरानी ड्रोन अमेरिकी विमानवाहक पोत के करीब पहुंचा, वीडियो वायरल",
        "2023-11-06T09:30:00+05:30",
        [
            "लाल सागर में तैनात अमेरिकी विमानवाहक पोत यूएसएस आइजनहावर के पास एक ईरानी ड्रोन के पहुंचने का वीडियो सोशल मीडिया पर छाया हुआ है.",
            "विश्लेषक एस.एल. कांतन ने लिखा कि ऐसे ड्रोन के लिए लड़ाकू विमानों पर बम गिराना कितना कठिन होगा.",
            sample(
                "wp-block-embed-twitter_wptexturize-entities_truncated-long-post_report24-news.html"
            ),
            "अमेरिकी नौसेना ने इस पर कोई टिप्पणी नहीं की है.",
        ],
    ),
    [
        exp(
            "1721144944059118002",
            "Kanthan2030",
            "S.L. Kanthan",
            "2023-11-05",
            "💥Wow! Iranian drone gets close to US aircraft carrier",
            "blockquote",
        ),
        exp(
            "1721181306808144065",
            "MilitaryEye",
            "Mencho",
            "2023-11-05",
            "📍 Red Sea – USS Dwight D Eisenhower.",
            "blockquote",
        ),
    ],
)
PAGES["hi-wpautop-german-dates.html"] = (
    page(
        "जर्मनी में साल के सबसे चर्चित ट्वीट: व्यंग्य से लेकर राजनीति तक",
        "2018-12-20T12:00:00+05:30",
        [
            "जर्मन सोशल मीडिया पर 2018 में कुछ ट्वीट्स ने खूब सुर्खियां बटोरीं. लेखक पीटर विटकैंप ने एएफडी पर तंज कसा.",
            sample("wpautop_data-lang-de_german-footer-dates_basicthinking-de.html"),
            "ग्रीन पार्टी के नेता रॉबर्ट हाबेक ने एएफडी पर इतिहास दोबारा लिखने का आरोप लगाया था.",
        ],
    ),
    [
        exp(
            "1044502590266978309",
            "diktator",
            "Peter Wittkamp🐬",
            "2018-09-25",
            "Nach der Mitgliedervereinigung",
            "blockquote",
        ),
        exp(
            "1034172462659973120",
            "Mohrenpost",
            "Carline Mohr",
            "2018-08-27",
            "Menschen, die sich den Neonazis",
            "blockquote",
        ),
        exp(
            "1002930867692597250",
            "RobertHabeck",
            "RobertHabeck",
            "2018-06-02",
            "Die AfD hat das Ziel",
            "blockquote",
        ),
        exp(
            "1008256346859409408",
            "herrfranken",
            "Robert Franken",
            "2018-06-17",
            "„Ich kann mit der Frau nicht mehr arbeiten.“",
            "blockquote",
        ),
    ],
)
PAGES["hi-russian-footer-parallels.html"] = (
    page(
        "मैक पर विंडोज चलाने वाले डेवलपर्स ने साझा किए अनुभव",
        "2018-06-01T11:00:00+05:30",
        [
            "कई डेवलपर्स ने वर्चुअल मशीन में काम करने के अनुभव ट्विटर पर साझा किए हैं.",
            sample("data-lang-en_but-russian-footer-date_and_empty-date_parallels-com.html"),
        ],
    ),
    [
        exp(
            "996650856568295425",
            "x_campos",
            "Javier Campos",
            "2018-05-16",
            "Súper HAPPY to be developing for #Hololens",
            "blockquote",
        ),
        exp(
            "811931086355832833",
            "port_noy",
            "Sebastin Rothe",
            "2016-12-22",
            "Thanks to @ParallelsMac for making this unholy marriage",
            "blockquote",
        ),
        exp(
            "949959631069175808",
            "studiodelatorre",
            "rubito",
            "2018-01-07",
            "I released a first basic version of VSTouchbarTools",
            "blockquote",
        ),
    ],
)
PAGES["hi-amp-shapes.html"] = (
    page(
        "वर्डप्रेस के 15 साल: अलग-अलग अंदाज में एम्बेड हुए पोस्ट",
        "2026-07-12T08:00:00+05:30",
        [
            "एएमपी पन्नों पर पोस्ट तीन तरह से दिखते हैं. वर्डप्रेस ने अपनी 15वीं वर्षगांठ पर ट्वीट किया.",
            sample("amp-twitter_with-placeholder-blockquote_amp-wp-plugin-expected-output.html"),
            "ब्रिटेन की क्वारंटीन सूची पर सरकार का पोस्ट:",
            sample("amp-twitter_i-amphtml-rendered_standard-co-uk.html"),
            "आंदालूसिया के मुख्यमंत्री का पोस्ट:",
            sample("amp-twitter_data-tweetid-holds-full-url_lavanguardia.html"),
        ],
    ),
    [
        exp(
            "987437752164737025",
            "WordPress",
            "WordPress",
            "2018-04-20",
            "Celebrate the WordPress 15th Anniversary on May 27",
            "amp-twitter",
        ),
        exp("1311697819384844290", None, None, "2020-10-01", "", "amp-twitter"),
        exp("2075543942469238989", "JuanMa_Moreno", None, "2026-07-10", "", "amp-twitter"),
    ],
)
PAGES["hi-rendered-iframes.html"] = (
    page(
        "कोलंबिया चुनाव और नेपाल विमान सेवा: सहेजे गए पन्नों में पोस्ट",
        "2023-04-26T10:00:00+05:30",
        [
            "मेडेलिन के उम्मीदवारों ने सोशल मीडिया पर प्रचार तेज कर दिया है.",
            sample("rendered-iframe_twitter-tweet-rendered_saved-page_eltiempo-com.html"),
            "नेपाल के नागरिक उड्डयन प्राधिकरण ने फ्लाई दुबई के अधिकारियों पर रोक लगाई.",
            sample("rendered-iframe_saved-page_reuters-com.html"),
        ],
    ),
    [
        exp("1521523341391282176", None, None, "2022-05-03", "", "iframe"),
        exp("1650785681021759488", None, None, "2023-04-25", "", "iframe"),
    ],
)
_REUTERS_STATE = (
    (
        SAMPLES
        / "x-embed-html"
        / "reuters_json-state_social_media-twitter_nepali-devanagari.json-fragment.txt"
    )
    .read_text(encoding="utf-8")
    .strip()
)
PAGES["hi-reuters-iframe-and-json-state.html"] = (
    page(
        "नेपाल: बर्ड स्ट्राइक की झूठी खबर फैलाने पर फ्लाई दुबई के अधिकारियों पर रोक",
        "2023-04-26T10:00:00+05:30",
        [
            "नेपाल के नागरिक उड्डयन प्राधिकरण ने एक्स पर लिखा कि फ्लाई दुबई के कंट्री मैनेजर और एयरपोर्ट मैनेजर के पास निलंबित कर दिए गए हैं.",
            sample("rendered-iframe_saved-page_reuters-com.html"),
            "प्राधिकरण के अनुसार विमान से पक्षी टकराने की खबर भ्रामक थी.",
            f'<script id="fusion-metadata" type="application/javascript">window.Fusion={{"content_elements":[{_REUTERS_STATE}]}};</script>',
        ],
    ),
    [
        exp(
            "1650785681021759488",
            "hello_CAANepal",
            "Civil Aviation Authority of Nepal",
            "2023-04-25",
            "हिजो रातीको Fly Dubai flight no. FDZ576",
            "iframe",
        )
    ],
)
_TOI_STATE = (
    (
        SAMPLES
        / "x-embed-html"
        / "timesofindia_json-state_blockquote-with-empty-text.json-fragment.txt"
    )
    .read_text(encoding="utf-8")
    .strip()
)
PAGES["hi-toi-json-state.html"] = (
    page(
        "इंटरनेट बंद: नेटब्लॉक्स ने दी जानकारी",
        "2024-09-02T10:00:00+05:30",
        [
            "इंटरनेट निगरानी संस्था नेटब्लॉक्स ने एक्स पर पोस्ट कर बताया कि कई इलाकों में इंटरनेट सेवाएं बाधित हैं.",
            '<div id="story-body"></div>',
            f'<script>window.__STATE__={{"story":{{"blocks":[{_TOI_STATE}]}}}};</script>',
            "सरकार ने अभी इस पर कुछ नहीं कहा है.",
        ],
    ),
    [exp("1818597295945887969", "netblocks", "netblocks", "2024-07-31", "", "json-state")],
)
_TC_STATE = (
    (
        SAMPLES
        / "x-embed-html"
        / "json-escaped-in-page-state_displayname-contains-at-sign_techcrunch.txt"
    )
    .read_text(encoding="utf-8")
    .strip()
)
PAGES["hi-techcrunch-json-escaped.html"] = (
    page(
        "आईईईएम ने यूजर्स की तस्वीरों से एआई ट्रेनिंग की बात कही, फोटोग्राफर नाराज",
        "2024-04-28T10:00:00+05:30",
        [
            "फोटो प्लेटफॉर्म आईईईएम के नए नियमों पर फोटोग्राफरों ने नाराजगी जताई है. एक यूजर ने लिखा कि वह अपनी तस्वीरें मुफ्त में ट्रेनिंग डेटा के लिए नहीं देना चाहते.",
            f'<script>window.__NEXT_DATA__ = {{"props":{{"content":"{_TC_STATE}"}}}};</script>',
        ],
    ),
    [
        exp(
            "1776226330180305035",
            "polexa",
            "Powen Shiah @polexa@tech.lgbt",
            "2024-04-05",
            "Has anyone figured out a way to batch delete",
            "json-state",
        )
    ],
)
PAGES["hi-drupal-consent-textarea.html"] = (
    page(
        "किलर रोबोट पर रोक की मांग तेज",
        "2021-11-03T10:00:00+05:30",
        [
            "मानवाधिकार संगठनों ने स्वचालित हथियारों पर अंतरराष्ट्रीय संधि की मांग की है. एमनेस्टी की प्रमुख ने ट्वीट कर इसका समर्थन किया.",
            sample("drupal-consent-placeholder_embed-inside-textarea_amnesty-de.html"),
            "बातचीत जिनेवा में होगी.",
        ],
    ),
    [
        exp(
            "1455512589295816707",
            "AgnesCallamard",
            "Agnes Callamard",
            "2021-11-02",
            "A machine should not be allowed",
            "consent-placeholder",
        )
    ],
)
PAGES["hi-empty-blockquotes.html"] = (
    page(
        "खेल जगत की खबरें: ओलंपिक समिति से लेकर मुक्केबाजी तक",
        "2024-11-29T10:00:00+05:30",
        [
            "जर्मन ओलंपिक खेल परिसंघ ने एक्स पर टीम की घोषणा की.",
            sample("empty-blockquote_link-only_no-text_spox-diez-tag24.html"),
            "मुक्केबाजी मुकाबले से पहले खिलाड़ी का पोस्ट:",
            sample("empty-blockquote_nbsp-link_data-lang-de_freiepresse.html"),
        ],
    ),
    [
        exp("1489540934710743047", "DOSB", None, "2022-02-04", "", "blockquote"),
        exp("1519105091772596231", "DiarioDiezHn", None, "2022-04-27", "", "blockquote"),
        exp("1185544789728616448", "BreakingItalyNe", None, "2019-10-19", "", "blockquote"),
        exp("1862204060138389630", "BoxenIude", None, "2024-11-28", "", "blockquote"),
    ],
)
PAGES["hi-lazyload-and-placeholder-handle.html"] = (
    page(
        "सुपरबाइक चैंपियनशिप और स्पेन की राजनीति पर पोस्ट",
        "2025-05-29T10:00:00+05:30",
        [
            "वर्ल्ड सुपरबाइक ने रेस का कार्यक्रम जारी किया.",
            sample("lazyload-renamed-class_data-twitter-attr_motorsport-magazin.html"),
            "स्पेन के एक अखबार ने यह पोस्ट एम्बेड किया:",
            sample("figure-embed-container_placeholder-handle-X_eldiario-es.html"),
        ],
    ),
    [
        exp("1783121817189679206", "WorldSBK", None, "2024-04-24", "", "blockquote"),
        exp("1926719756263993519", "X", None, "2025-05-25", "", "blockquote"),
    ],
)
PAGES["hi-cms-widget-euronews.html"] = (
    page(
        "यूरोप में नए साल पर मौसम का कहर",
        "2026-01-06T10:00:00+05:30",
        [
            "यूरोन्यूज के मुताबिक कई देशों में बर्फबारी से यातायात ठप हो गया.",
            sample("cms-widget_data-tweet-id-only_euronews-fr.html"),
            "मौसम विभाग ने चेतावनी जारी की है.",
        ],
    ),
    [exp("2007489108059533390", None, None, "2026-01-03", "", "cms-widget")],
)
PAGES["hi-cms-wrappers.html"] = (
    page(
        "दुनिया भर से: अर्जेंटीना की संसद, कोलोराडो का बवंडर और लंदन डर्बी",
        "2024-09-17T10:00:00+05:30",
        [
            "अर्जेंटीना में विपक्षी सांसद मारियो नेग्री ने सत्ताधारी दल पर सत्र को लेकर चाल चलने का आरोप लगाया.",
            sample("cms-wrapper_com-embed-twitter_lanacion-com-ar.html"),
            "अमेरिका के कोलोराडो में बवंडर का वीडियो मौसम विज्ञानी रयान मैटूश ने साझा किया.",
            sample("cms-wrapper_data-oembed-type-twitter_washingtonpost.html"),
            "ब्रिटेन के विदेश मंत्री डेविड लैमी ने आर्सेनल की जीत पर चुटकी ली.",
            sample("cms-wrapper_html-embed-section_telegraph.html"),
        ],
    ),
    [
        exp(
            "1521648511401431040",
            "marioraulnegri",
            "Mario Raúl Negri",
            "2022-05-04",
            "El kirchnerismo llamó a una sesión",
            "blockquote",
        ),
        exp(
            "1783610777993138196",
            "RyanMatoushWX",
            "Ryan Matoush",
            "2024-04-25",
            "Landspout tornado! Northeast Colorado!",
            "blockquote",
        ),
        exp(
            "1835338330998726989",
            "DavidLammy",
            "David Lammy",
            "2024-09-15",
            "The boss' team won this time",
            "blockquote",
        ),
    ],
)
PAGES["hi-minified-nationalpost.html"] = (
    page(
        "भारत-पाक तनाव पर अमेरिकी विदेश मंत्री रुबियो का बयान",
        "2025-05-07T08:00:00+05:30",
        [
            "अमेरिकी विदेश मंत्री मार्को रुबियो ने कहा है कि वे भारत और पाकिस्तान के बीच स्थिति पर करीबी नजर रखे हुए हैं.",
            "रुबियो ने एक्स पर लिखा कि उम्मीद है यह जल्द खत्म होगा.",
            sample("minified-unquoted-attributes_nationalpost.html"),
        ],
    ),
    [
        exp(
            "1919902403999965441",
            "SecRubio",
            "Secretary Marco Rubio",
            "2025-05-06",
            "I am monitoring the situation between India and Pakistan",
            "blockquote",
        )
    ],
)
PAGES["hi-glued-script-paragraph.html"] = (
    page(
        "अमेरिका ने स्टील और एल्युमिनियम पर 25 फीसदी शुल्क लगाया",
        "2025-04-16T08:00:00+05:30",
        [
            "व्हाइट हाउस ने एक्स पर बताया कि राष्ट्रपति ने स्टील और एल्युमिनियम पर 25 प्रतिशत शुल्क वाले आदेश पर हस्ताक्षर किए हैं.",
            sample("cloudflare-email-decode-script-injected_mexiconewsdaily.html"),
            "भारत के निर्यातकों पर भी इसका असर पड़ सकता है.",
        ],
    ),
    [
        exp(
            "1889122688884453876",
            "WhiteHouse",
            "The White House",
            "2025-02-11",
            "President Trump signed an executive order imposing 25% tariffs",
            "blockquote",
        )
    ],
)
PAGES["hi-hindi-post.html"] = (
    page(
        "मलेरिया वैक्सीन की मांग का अनुमान: आईआईएम इंदौर के शोधकर्ताओं का मॉडल",
        "2022-09-08T10:00:00+05:30",
        [
            "आईआईएम इंदौर के शोधकर्ता हर्षवर्धन ने अपने शोध के बारे में हिंदी में ट्वीट किया.",
            sample(
                "hindi-devanagari-post_p-lang-hi_data-lang-en-footer_harshvardhaniimi-blog.html"
            ),
            "उनका मॉडल बताता है कि वैक्सीन की मांग अगले दशक में तेजी से बढ़ेगी.",
        ],
    ),
    [
        exp(
            "1567357305787744256",
            "harshbutjust",
            "Harshvardhan",
            "2022-09-07",
            "हर साल मलेरिया लाखों जानें लेता है।",
            "blockquote",
        )
    ],
)
PAGES["hi-gatewaypundit-2026.html"] = (
    page(
        "यूक्रेन में सेना प्रमुख को बदलने की अटकलें तेज",
        "2026-07-19T10:00:00+05:30",
        [
            "फाइनेंशियल टाइम्स की रिपोर्ट के हवाले से कई अकाउंट्स ने दावा किया कि राष्ट्रपति जेलेंस्की सेना प्रमुख सिर्स्की को बदलने पर विचार कर रहे हैं.",
            sample(
                "2026_x-com-links_platform-x-com_wp-emoji-entities_truncated_gatewaypundit.html"
            ),
            "यूक्रेन सरकार ने इन दावों पर प्रतिक्रिया नहीं दी है.",
        ],
    ),
    [
        exp(
            "2078426619958501377",
            "Maks_NAFO_FELLA",
            "MAKS 26 🇺🇦👀",
            "2026-07-18",
            "🇺🇦 FT: Zelensky is considering replacing Syrsky",
            "blockquote",
        ),
        exp(
            "2078419603428884870",
            "BPartisans",
            "Brainless Partisans 🏴\u200d☠️☢️☣️🪆",
            "2026-07-18",
            "Pendant que le front s’effondre",
            "blockquote",
        ),
        exp(
            "2077693116711076122",
            "RT_com",
            "RT",
            "2026-07-16",
            "Ousted Defense Minister Fedorov says",
            "blockquote",
        ),
    ],
)
PAGES["hi-dawm-2026.html"] = (
    page(
        "डेवलपर्स के पोस्ट: फास्टएपीआई बैकएंड और जेडब्ल्यूटी की बारीकियां",
        "2026-07-13T10:00:00+05:30",
        [
            "सॉफ्टवेयर डेवलपर एलेक्स खारलामोव ने अपने प्रोजेक्ट के 21वें दिन का अपडेट साझा किया.",
            sample("2026_x-com-links_platform-x-com_long-post-truncated-Also_dawm-tutorials.html"),
        ],
    ),
    [
        exp(
            "2051775076199014722",
            "alex_kharlamov_",
            "Alex Kharlamov",
            "2026-05-05",
            "Day 21 building https://t.co/nGeowdmXnb 🚀",
            "blockquote",
        ),
        exp(
            "2076332305120157699",
            "TweetYAnshul",
            "Anshul",
            "2026-07-12",
            "Ever wondered how an API knows it's you",
            "blockquote",
        ),
    ],
)
PAGES["hi-consent-class-emoji-japanese.html"] = (
    page(
        "मस्क, हर्था बर्लिन और जापान: तीन पोस्ट",
        "2023-11-05T10:00:00+05:30",
        [
            "एलन मस्क ने कहा कि टेस्ला के पास पृथ्वी पर सबसे ज्यादा इन्फरेंस कंप्यूट हो सकता है.",
            sample("consent-lazyload-class_cmplazyload_teslamag-de.html"),
            "बर्लिन के फुटबॉल क्लब हर्था ने नए खिलाड़ी का स्वागत किया.",
            sample("emoji-lost-as-question-marks_no-ref_src_hertha-blog-de.html"),
            "जापान में एक यूजर ने उत्पीड़न से निपटने के तरीके बताए.",
            sample("japanese-br-lines_thread-parts_gaijinpot.html"),
        ],
    ),
    [
        exp(
            "1720918522082078752",
            "elonmusk",
            "Elon Musk",
            "2023-11-04",
            "Provided our vehicle AI computer is able to run the model",
            "blockquote",
        ),
        exp(
            "870271225624485888",
            "HerthaBSC",
            "Hertha BSC",
            "2017-06-01",
            "Wir präsentieren: Unseren zweiten Neuzugang!",
            "blockquote",
        ),
        exp(
            "1220552769737592837",
            "keizi666",
            "マツモトケイジ",
            "2020-01-24",
            "みんなに知っておいて欲しいんだけど",
            "blockquote",
        ),
    ],
)
PAGES["hi-oembed-responses.html"] = (
    page(
        "सर्च इंजन सम्मेलन और ह्यूगो का नया संस्करण",
        "2016-03-04T10:00:00+05:30",
        [
            "सर्च इंजन लैंड ने सम्मेलन से तस्वीर साझा की.",
            oembed_html(
                "oembed_200_sengineland-705219971425574912_hashtags_surrogate-pair-escaped-emoji_amp-wp-fixture.json"
            ),
            "ह्यूगो के निर्माता स्टीव फ्रांसिया ने बताया कि नया संस्करण 30 फीसदी तेज होगा.",
            oembed_html(
                "oembed_200_spf13-666616452582129664_2015-format_no-ref_src_protocol-relative-script_hugo-fixture.json"
            ),
        ],
    ),
    [
        exp(
            "705219971425574912",
            "sengineland",
            "Search Engine Land",
            "2016-03-03",
            "On our way to the #GoogleDance! #SMX",
            "blockquote",
        ),
        exp(
            "666616452582129664",
            "spf13",
            "Steve Francia",
            "2015-11-17",
            "Hugo 0.15 will have 30%+ faster render times",
            "blockquote",
        ),
    ],
)
PAGES["hi-twitter-video.html"] = (
    page(
        "कोलोराडो में बवंडर का वीडियो",
        "2024-04-26T10:00:00+05:30",
        [
            "मौसम विज्ञानी ने बवंडर का वीडियो साझा किया.",
            sample("cms-wrapper_data-oembed-type-twitter_washingtonpost.html").replace(
                'class="twitter-tweet"', 'class="twitter-video"'
            ),
        ],
    ),
    [
        exp(
            "1783610777993138196",
            "RyanMatoushWX",
            "Ryan Matoush",
            "2024-04-25",
            "Landspout tornado! Northeast Colorado!",
            "blockquote",
        )
    ],
)
_PLAIN = sample("oembed-default_ampersand-mdash-footer_amnesty-de.html").replace(
    ' class="twitter-tweet"', ""
)
PAGES["hi-plain-blockquote.html"] = (
    page(
        "स्वचालित हथियारों पर बहस",
        "2021-11-03T10:00:00+05:30",
        [
            "<blockquote><p>'किसी मशीन को जिंदगी और मौत का फैसला नहीं करना चाहिए.' यह बात एमनेस्टी की प्रमुख ने कही. <a href=\"https://www.amnesty.org/en/latest/\">रिपोर्ट पढ़ें</a></p></blockquote>",
            "संपादक ने एम्बेड कोड की क्लास हटा दी, फिर भी पोस्ट वही है:",
            _PLAIN,
        ],
    ),
    [
        exp(
            "1455512589295816707",
            "AgnesCallamard",
            "Agnes Callamard",
            "2021-11-02",
            "A machine should not be allowed",
            "blockquote",
        )
    ],
)
_QUOTED = """<blockquote class="twitter-tweet"><p lang="en" dir="ltr"><a href="https://twitter.com/hashtag/ReactNative?src=hash&amp;ref_src=twsrc%5Etfw">#ReactNative</a>&#39;s new architecture renderer brings view flattening, previously an Android-only optimization, to iOS. View flattening reduces the depth of view hierarchies, lowers memory usage, and speeds up drawing times—all without extra setup!</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">If you are interested about View Flattening in React Native, I wrote a short post about it: <a href="https://t.co/4G6RAMfrHy">https://t.co/4G6RAMfrHy</a><br><br>Let me know what you think! <a href="https://t.co/rQd6FIwZ0U">pic.twitter.com/rQd6FIwZ0U</a></p>&mdash; sammy (@SamuelSusla) <a href="https://twitter.com/SamuelSusla/status/1641086480675225601?ref_src=twsrc%5Etfw">March 29, 2023</a></blockquote>
&mdash; Matt Carroll (@mattcarrollcode) <a href="https://twitter.com/mattcarrollcode/status/1641895049427550208?ref_src=twsrc%5Etfw">March 31, 2023</a></blockquote>"""
PAGES["hi-quote-post-nested.html"] = (
    page(
        "रिएक्ट नेटिव की नई आर्किटेक्चर पर डेवलपर्स की चर्चा",
        "2023-04-01T10:00:00+05:30",
        [
            "मेटा के इंजीनियर मैट कैरोल ने एक डेवलपर के ब्लॉग पोस्ट को कोट करते हुए नई आर्किटेक्चर की खूबियां गिनाईं.",
            _QUOTED,
        ],
    ),
    [
        exp(
            "1641895049427550208",
            "mattcarrollcode",
            "Matt Carroll",
            "2023-03-31",
            "#ReactNative's new architecture renderer brings view flattening",
            "blockquote",
        ),
        exp(
            "1641086480675225601",
            "SamuelSusla",
            "sammy",
            "2023-03-29",
            "If you are interested about View Flattening",
            "blockquote",
        ),
    ],
)
PAGES["hi-status-links.html"] = (
    page(
        "विदेश मंत्री की बैठकों पर सोशल मीडिया पोस्ट",
        "2026-02-05T10:00:00+05:30",
        [
            '<p>जयशंकर ने कनाडा की विदेश मंत्री से मुलाकात की जानकारी <a href="https://x.com/DrSJaishankar/status/2019079042750693377?s=20">एक्स पर दी</a>.</p>',
            '<p>एमनेस्टी प्रमुख का पूरा पोस्ट: <a href="https://mobile.twitter.com/i/web/status/1455512589295816707">https://mobile.twitter.com/i/web/status/1455512589295816707</a></p>',
            '<p>वीडियो यहां देखें <a href="https://twitter.com/RT_com/status/2077693116711076122/photo/1">twitter.com/RT_com/status/2077693116711076122/photo/1</a> और पुराना पोस्ट https://twitter.com/statuses/1256696015702425601 भी.</p>',
            "<p>इस खबर में netflix.com/in/title/81234567 या example.com/status/123 जैसे लिंक पोस्ट नहीं हैं.</p>",
        ],
    ),
    [
        exp(SEED_ID, "DrSJaishankar", None, "2026-02-04", "", "status-link"),
        exp("1455512589295816707", None, None, "2021-11-02", "", "status-link"),
        exp("2077693116711076122", "RT_com", None, "2026-07-16", "", "status-link"),
        exp("1256696015702425601", None, None, "2020-05-02", "", "status-link"),
    ],
)
PAGES["hi-other-platforms.html"] = (
    page(
        "एक साथ कई प्लेटफॉर्म पर पोस्ट: ब्लूस्काई, इंस्टाग्राम, फेसबुक",
        "2026-03-11T10:00:00+05:30",
        [
            "डेवलपर रेमंड कैमडेन ने ब्लूस्काई पर लिखा कि उनका ऐप एक साथ मास्टोडॉन और ब्लूस्काई पर पोस्ट करता है.",
            sample("bluesky_blockquote_bluesky-embed_data-bluesky-uri-cid_raymondcamden-blog.html"),
            "स्वीडन में एक कलाकार की इंस्टाग्राम पोस्ट चर्चा में रही.",
            sample("instagram_blockquote_instagram-media_thelocal-se.html"),
            "ऑस्ट्रिया की एसपीओ पार्टी ने फेसबुक पर किराया बढ़ोतरी रोकने की मांग की.",
            sample("facebook_div_fb-post_data-href_spoe-at.html"),
            '<blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/@Gargron/113795353421384452/embed" style="max-width: 540px;"> <a href="https://mastodon.social/@Gargron/113795353421384452" target="_blank"> <div>Post by @Gargron@mastodon.social</div> <div>View on Mastodon</div> </a> </blockquote> <script data-allowed-prefixes="https://mastodon.social/" async src="https://mastodon.social/embed.js"></script>',
            '<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.com/@zuck/post/DAbCdEfGhIj" data-text-post-version="0" id="ig-tp-DAbCdEfGhIj"> <a href="https://www.threads.com/@zuck/post/DAbCdEfGhIj" target="_blank"> View on Threads </a></blockquote> <script async src="https://www.threads.com/embed.js"></script>',
        ],
    ),
    [
        exp(
            "3mgpk65ei7d2u",
            "raymondcamden.com",
            "Raymond Camden",
            "2026-03-10",
            "Good morning good people",
            "bluesky",
        ),
        exp(
            "B_fawQoFahE",
            "zashay.tastas",
            "zashay tastas - myndigheten",
            "2020-04-27",
            "Ni kan inte ana vad jag gjorde idag",
            "instagram",
        ),
        exp(
            "928812574504508",
            "Sozialdemokratie",
            "SPÖ",
            "2022-02-07",
            "In Zeiten explodierender Kosten",
            "facebook",
        ),
        exp("113795353421384452", "Gargron@mastodon.social", None, "2025-01-08", "", "mastodon"),
        exp("DAbCdEfGhIj", "zuck", None, None, "", "threads"),
    ],
)
PAGES["hi-boilerplate-no-posts.html"] = (
    page(
        "Elon Musk Tweet: मस्क के नए ट्वीट पर लोगों की प्रतिक्रिया",
        "2022-05-10T10:00:00+05:30",
        [
            "<h2>Elon Musk Tweet</h2>",
            'India on Tuesday broke its own record of vaccinating the highest number of individuals against coronavirus in a single day. Union Health Minister Mansukh Mandaviya announced that more than 1.09 crore vaccine doses were administered today. Taking to his official Twitter handle, Mandaviya said, "Country has reached a new milestone! Breaking previous record of administering over 1.09 cr doses of vaccine, today a new record was made." Watch video,',
            "एक बार फिर देश ने वैक्सीनेशन को लेकर रिकॉर्ड बनाया है. केंद्रीय स्वास्थ्य मंत्री मनसुख मंडाविया ने ट्वीट कर इस बात की जानकारी दी है.",
            "(Photo: Twitter/@mansukhmandviya)",
            "Also Read: Elon Musk says Twitter deal is on hold, shares fall",
            "With inputs from PTI",
            "मस्क ने कहा कि सौदा अस्थायी रूप से रुका है. Twitter के शेयरों में गिरावट आई.",
            "Edited by Rahul Sharma",
        ],
    ),
    [],
)
PAGES["en-article-mentions.html"] = (
    page(
        "Rubio urges calm as India-Pakistan tensions rise",
        "2025-05-07T08:00:00-04:00",
        [
            "Secretary of State Marco Rubio said on Tuesday that he was monitoring the situation closely, echoing comments by @POTUS earlier in the day.",
            sample("minified-unquoted-attributes_nationalpost.html"),
            "Officials in New Delhi and Islamabad did not immediately respond. Follow live updates at #IndiaPakistan.",
            "Rubio spoke with both foreign ministers, the State Department said in a statement.",
        ],
        lang="en",
        byline="Staff",
    ),
    [
        exp(
            "1919902403999965441",
            "SecRubio",
            "Secretary Marco Rubio",
            "2025-05-06",
            "I am monitoring the situation between India and Pakistan",
            "blockquote",
        )
    ],
)
_EXCHANGE = [
    "सानिया मिर्जा ने डबल्स में नबंर 1 होने के 80 हफ्ते पूरे होने के बाद ट्वीट किया तो संजय मांजरेकर ने सानिया पर तंज कसते हुए रिट्वीट किया.",
    "Today I complete 80 consecutive weeks as the number 1 player in d world?its been an amazing journey and just inspires me to work harder @WTA pic.twitter.com/BsHoeU0YAT",
    "— Sania Mirza (@MirzaSania) October 18, 2016",
    "संजय मांजरेकर ने लिखा कि ‘आप का मतलब है नंबर एक डबल्स प्लेयर, मुबारक हो!",
    "No 1 doubles player you mean. Congrats! https://t.co/Qrdyigdrro",
    "— Sanjay Manjrekar (@sanjaymanjrekar) October 19, 2016",
    "इसके बाद संजय ने सानिया के ट्वीट का कोई जवाब नहीं दिया.",
]
PAGES["hi-flattened-in-paragraphs.html"] = (
    page(
        "सानिया मिर्जा और संजय मांजरेकर के बीच ट्विटर पर नोकझोंक", "2016-10-20T10:00:00+05:30", _EXCHANGE
    ),
    [
        exp(
            None,
            "MirzaSania",
            "Sania Mirza",
            "2016-10-18",
            "Today I complete 80 consecutive weeks",
            "flattened-text",
        ),
        exp(
            None,
            "sanjaymanjrekar",
            "Sanjay Manjrekar",
            "2016-10-19",
            "No 1 doubles player you mean. Congrats!",
            "flattened-text",
        ),
    ],
)

# --- plain-text pages (flattened) ---------------------------------------------------------
TEXT_PAGES: dict[str, tuple[str, list[dict[str, str | None]]]] = {}
_FLAT = SAMPLES / "flattened-text"
TEXT_PAGES["flattened-trafilatura-basicthinking.txt"] = (
    (_FLAT / "trafilatura-2.3.1-extract_basicthinking-de_tweet-footer-own-line.txt").read_text(
        encoding="utf-8"
    ),
    [
        exp(
            None,
            "diktator",
            "Peter Wittkamp🐬",
            "2018-09-25",
            "Nach der Mitgliedervereinigung",
            "flattened-text",
        )
    ],
)
TEXT_PAGES["flattened-trafilatura-frde.txt"] = (
    (_FLAT / "trafilatura-2.3.1-extract_fr-de_br-lines-and-footer.txt").read_text(encoding="utf-8"),
    [
        exp(
            None,
            "realDonaldTrump",
            "Donald J. Trump",
            "2020-05-02",
            "I, for one, am glad to see he is back",
            "flattened-text",
        )
    ],
)
TEXT_PAGES["flattened-bs4-get-text-frde.txt"] = (
    (_FLAT / "bs4-4.15-get_text-default-and-space-strip_fr-de.txt").read_text(encoding="utf-8"),
    [
        exp(
            None,
            "realDonaldTrump",
            "Donald J. Trump",
            "2020-05-02",
            "I, for one, am glad to see he is back",
            "flattened-text",
        ),
        exp(
            None,
            "robbystarbuck",
            "Robby Starbuck",
            "2020-04-21",
            'CNN: "Kim Jong Un is gravely ill"',
            "flattened-text",
        ),
    ],
)
TEXT_PAGES["hi-status-links-text.txt"] = (
    "जयशंकर ने कनाडा की विदेश मंत्री से मुलाकात की तस्वीरें साझा कीं. पोस्ट: https://x.com/DrSJaishankar/status/2019079042750693377?s=20\n"
    "मोबाइल लिंक https://mobile.twitter.com/WhiteHouse/status/1889122688884453876/photo/1 पर भी वही तस्वीर है.\n"
    "पुराने लिंक twitter.com/#!/AgnesCallamard/status/1455512589295816707 और netflix.com/title/status/99 में दूसरा पोस्ट नहीं है.\n",
    [
        exp(SEED_ID, "DrSJaishankar", None, "2026-02-04", "", "status-link"),
        exp("1889122688884453876", "WhiteHouse", None, "2025-02-11", "", "status-link"),
        exp("1455512589295816707", "AgnesCallamard", None, "2021-11-02", "", "status-link"),
    ],
)
TEXT_PAGES["hi-quote-link-flattened.txt"] = (
    "रिएक्ट नेटिव टीम के इंजीनियर ने एक ब्लॉग पोस्ट को कोट किया.\n"
    "#ReactNative's new architecture renderer brings view flattening, previously an Android-only optimization, to iOS. https://twitter.com/SamuelSusla/status/1641086480675225601\n"
    "— Matt Carroll (@mattcarrollcode) March 31, 2023\n"
    "इस पर कई डेवलपर्स ने प्रतिक्रिया दी.\n",
    [
        exp(
            None,
            "mattcarrollcode",
            "Matt Carroll",
            "2023-03-31",
            "#ReactNative's new architecture renderer",
            "flattened-text",
        ),
        exp("1641086480675225601", "SamuelSusla", None, "2023-03-29", "", "quoted-link"),
    ],
)


def main() -> None:
    for name, (content, expected) in {**PAGES, **TEXT_PAGES}.items():
        (HERE / name).write_text(content, encoding="utf-8")
        stem = name.rsplit(".", 1)[0]
        (HERE / f"{stem}.expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    print(f"wrote {len(PAGES) + len(TEXT_PAGES)} pages")


if __name__ == "__main__":
    main()
