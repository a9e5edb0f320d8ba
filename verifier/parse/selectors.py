"""Embed selectors and text patterns as data: what ``parse`` and ``embeds`` look for.

Every shape here comes from real markup in ``../shared/formats/samples/`` (see its
PROVENANCE.md) or from the real flattened articles in ``../shared/data/real-articles/``;
the comment on each names the sample. Keeping them in one table lets a new CMS wrapper be
added without touching the detector.
"""

from __future__ import annotations

import re

from verifier.lang import words
from verifier.lang.words import SAY_VERBS_EN


def _has_class(name: str) -> str:
    """XPath 1.0 test for one token of the ``class`` attribute."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


# --- HTML embed elements (XPath over the lxml tree of the whole page) -------------------
# Order matters only for the ``kind`` reported: the first matching entry names an element.
EMBED_XPATHS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # (kind, XPath, markers): the XPath runs only when one of the markers occurs in the page
    # source (lowercased), which saves a dozen tree traversals on pages without embeds.
    # X embed code / oEmbed html, WordPress figures, CMS wrappers, consent class
    # (x-embed-html/oembed-default_*, wp-block-embed-*, cms-wrapper_*, consent-lazyload-*),
    # and twitter-video.
    (
        "blockquote",
        f"//blockquote[{_has_class('twitter-tweet')} or {_has_class('twitter-video')}]",
        ("twitter-tweet", "twitter-video"),
    ),
    # Lazy loader renamed the class and kept it in data-twitter (lazyload-renamed-class_*).
    ("blockquote", "//blockquote[@data-twitter]", ("data-twitter",)),
    ("amp-twitter", "//amp-twitter", ("amp-twitter",)),
    # The widget after widgets.js ran, as saved pages keep it (rendered-iframe_*).
    ("iframe", f"//*[{_has_class('twitter-tweet-rendered')}]", ("twitter-tweet-rendered",)),
    (
        "iframe",
        "//iframe[@data-tweet-id or contains(@src, '/embed/Tweet.html') or contains(@src, 'twitframe.com')]",
        ("data-tweet-id", "/embed/tweet.html", "twitframe.com"),
    ),
    ("blockquote", f"//*[{_has_class('twitter-tweet')}]", ("twitter-tweet",)),
    # Euronews-style widgets keep only the id (cms-widget_data-tweet-id-only_*).
    ("cms-widget", "//*[@data-tweet-id or @data-tweetid]", ("data-tweet-id", "data-tweetid")),
    # Other platforms. Samples: formats/samples/other-platforms/* and tests/data/embeds/<platform>/
    # (PROVENANCE.md there names the page each comes from).
    (
        "bluesky",
        f"//blockquote[{_has_class('bluesky-embed')}] | //iframe[contains(@src, 'embed.bsky.app')]",
        ("bluesky-embed", "embed.bsky.app"),
    ),
    # The blockquote (embed code, any version) and Instagram's own iframe ("…/p/CODE/embed/").
    (
        "instagram",
        f"//*[{_has_class('instagram-media')}]"
        " | //iframe[contains(@src, 'instagram.com/') and contains(@src, '/embed')]"
        " | //amp-instagram[@data-shortcode]",  # AMP: the shortcode only (tests/data/embeds/amp/)
        ("instagram-media", "instagram.com/", "amp-instagram"),
    ),
    # XFBML divs (fb-post, fb-video) and the plugin iframes (post.php, video.php; "/v18.0/…").
    (
        "facebook",
        f"//*[{_has_class('fb-post')} or {_has_class('fb-video')}]"
        " | //iframe[contains(@src, 'facebook.com/') and (contains(@src, '/plugins/post.php')"
        " or contains(@src, '/plugins/video.php'))] | //amp-facebook[@data-href]",
        ("fb-post", "fb-video", "plugins/post.php", "plugins/video.php", "amp-facebook"),
    ),
    # Blockquote (4.3+ embed code) and the older iframe, both carry the class.
    ("mastodon", f"//*[{_has_class('mastodon-embed')}]", ("mastodon-embed",)),
    ("threads", f"//blockquote[{_has_class('text-post-media')}]", ("text-post-media",)),
    (
        "youtube",
        "//iframe[contains(@src, 'youtube.com/embed/') or contains(@src, 'youtube-nocookie.com/embed/')"
        " or contains(@data-src, 'youtube.com/embed/')] | //amp-youtube[@data-videoid]",
        ("youtube.com/embed/", "youtube-nocookie.com/embed/", "amp-youtube"),
    ),
    (
        "linkedin",
        "//iframe[contains(@src, 'linkedin.com/embed/feed/update/')]",
        ("linkedin.com/embed/feed/update/",),
    ),
    # Wrappers: the post is named by a URL, resolved by ``embedfind.post_ref``. iframely keeps
    # it in data-embedded-url (or the link next to data-iframely-url), embedly in the card's
    # link, an unrendered WordPress embed block in its wrapper text, Drupal's media oEmbed
    # iframe in the url= parameter of /media/oembed.
    (
        "iframely",
        f"//*[@data-embedded-url and (contains(@class, 'iframely') or .//*[@data-iframely-url])]"
        f" | //*[{_has_class('iframely-embed')}]",
        ("iframely",),
    ),
    ("embedly", f"//*[{_has_class('embedly-card')}]", ("embedly-card",)),
    (
        "wp-embed",
        f"//figure[{_has_class('wp-block-embed')}][not(.//iframe) and not(.//blockquote)]",
        ("wp-block-embed",),
    ),
    (
        "drupal-oembed",
        f"//iframe[{_has_class('media-oembed-content')} or contains(@src, '/media/oembed?')"
        " or contains(@data-src, '/media/oembed?')]",
        ("media-oembed-content", "/media/oembed?"),
    ),
)

PLATFORM_OF_KIND: dict[str, str] = {
    "bluesky": "bluesky",
    "instagram": "instagram",
    "facebook": "facebook",
    "mastodon": "mastodon",
    "threads": "threads",
    "youtube": "youtube",
    "linkedin": "linkedin",
}
WRAPPER_KINDS = frozenset(("iframely", "embedly", "wp-embed", "drupal-oembed"))
"""Embeds of another site's embed: the post (on any platform) is named by a URL."""

# Editors drop the class (plain <blockquote> with the same inner markup, formats/README §1.5);
# such a blockquote counts only when it also shows a "(@handle)" footer or a dated status link.
PLAIN_BLOCKQUOTE_XPATH = "//blockquote[.//a[contains(@href, '/status')]]"
STATUS_LINK_XPATH = "//a[contains(@href, '/status')]"
# Markers that an embed may hide inside a <script> (JSON page state) or <textarea> (consent).
# The last ones are page-state keys that name an embed as data (parse/pagestate.py).
EMBED_HINT = re.compile(
    r"twitter-tweet|twitter-video|bluesky-embed|instagram-media|text-post-media|fb-post"
    r"|tweet[-_]?(?:url|id)|tweet(?:Url|Id)|(?:instagram|facebook)-url|embed-js"
)

# Elements whose text is never article text. ``script`` is still scanned for embeds kept
# in page JSON state; ``textarea`` for consent placeholders.
SKIP_TAGS = frozenset(
    "script style noscript template svg math button select option textarea input object embed canvas head title".split()
)
# Page chrome: its text is dropped, embeds inside it are kept (spox puts tweets in <aside>).
CHROME_TAGS = frozenset(("nav", "aside", "form", "menu", "dialog"))
# Page-level header/footer; inside <article>/<main> they hold the headline and byline.
PAGE_CHROME_TAGS = frozenset(("header", "footer"))
CONTENT_ROOT_TAGS = frozenset(("article", "main"))

BLOCK_KIND: dict[str, str] = {
    **dict.fromkeys(("h1",), "title"),
    **dict.fromkeys(("h2", "h3", "h4", "h5", "h6"), "heading"),
    **dict.fromkeys(("blockquote",), "quote"),
    **dict.fromkeys(
        (
            "p div section article main li ul ol dl dt dd table tr td th tbody thead tfoot "
            "figure figcaption pre address center details summary fieldset header footer hr "
            "body html caption"
        ).split(),
        "text",
    ),
}

# --- URLs ------------------------------------------------------------------------------
# x.com / twitter.com / mobile.twitter.com status links, incl. /i/web/status/ID,
# /statuses/ID, #!/ hashbang links, ?s=20 tracking and /photo/1 (formats/README §1.2).
# The match starts at the host (a scheme in front is left out): a leading optional scheme
# made the regex ten times slower on long pages.
STATUS_URL = re.compile(
    r"(?<![\w.-])(?:(?:www|mobile|m)\.)?(?:twitter|x)\.com/(?:#!/)?"
    r"(?:i/web/status|i/status|statuses|(?P<handle>[A-Za-z0-9_]{1,15})/status(?:es)?)/"
    r"(?P<id>\d{1,20})(?:[/?#][^\s\"'<>]*)?",
    re.IGNORECASE,
)
# platform.twitter.com/embed/Tweet.html?…&id=ID (rendered-iframe_*; 2026 codes use platform.x.com).
EMBED_IFRAME_ID = re.compile(
    r"(?:platform|syndication)\.(?:twitter|x)\.com/embed/[^\s\"'<>]*?[?&](?:id|tweet_id)=(\d{1,20})",
    re.IGNORECASE,
)
# Media links are displayed as pic.twitter.com/XXXXXXXXXX (10 characters; the real
# article rw-023 glues the next copy's text straight after one: "…ctH3S5WcMbGreetings").
MEDIA_LINK = re.compile(r"(?:https?://)?pic\.(?:twitter|x)\.com/[A-Za-z0-9]{1,10}", re.IGNORECASE)
TCO_LINK = re.compile(r"https?://t\.co/[A-Za-z0-9]{1,10}")
ANY_URL = re.compile(r"https?://[^\s<>\"]+|(?:pic\.(?:twitter|x)\.com|t\.co)/[A-Za-z0-9]+")
BLUESKY_URI = re.compile(r"at://(?P<did>[^/\s]+)/app\.bsky\.feed\.post/(?P<rkey>[A-Za-z0-9]+)")
BLUESKY_URL = re.compile(r"bsky\.app/profile/(?P<actor>[^/\s?]+)/post/(?P<rkey>[A-Za-z0-9]+)")
# embed.js swaps the blockquote for this iframe (and pages paste it directly).
BLUESKY_EMBED_URL = re.compile(
    r"embed\.bsky\.app/embed/(?P<did>did:[a-z]+:[A-Za-z0-9._:%-]+)/app\.bsky\.feed\.post/"
    r"(?P<rkey>[A-Za-z0-9]+)"
)
INSTAGRAM_URL = re.compile(
    r"instagram\.com/(?:[A-Za-z0-9_.]+/)?(?:p|reel|tv)/(?P<code>[A-Za-z0-9_-]+)"
)
FACEBOOK_URL = re.compile(
    r"facebook\.com/(?P<page>[^/\s?&\"'<>]+)/(?:posts/|videos/|photos/(?:[^/\s?&\"'<>]+/)?)"
    r"(?P<id>[A-Za-z0-9_.-]*[0-9][A-Za-z0-9_.-]*)"
)
MASTODON_URL = re.compile(
    r"https?://(?P<host>[^/\s\"'<>]+)/@(?P<user>[A-Za-z0-9_]+)/(?P<id>\d+)(?![\w.-])"
)
THREADS_URL = re.compile(
    r"threads\.(?:net|com)/@(?P<user>[A-Za-z0-9_.]+)/post/(?P<code>[A-Za-z0-9_-]+)"
)
# A video id is 11 characters; "live_stream" (a channel's live player) and "videoseries"
# (a playlist) fill the same place in embed URLs and name no video.
YOUTUBE_URL = re.compile(
    r"(?:youtube(?:-nocookie)?\.com/(?:embed/|shorts/|live/|watch\?(?:[^\s\"'<>#]*?&(?:amp;)?)?v=)"
    r"|youtu\.be/)(?!live_stream|videoseries)(?P<id>[A-Za-z0-9_-]{11})(?![A-Za-z0-9_-])"
)
LINKEDIN_URL = re.compile(
    r"linkedin\.com/(?:embed/)?feed/update/(?P<urn>urn:li:(?:share|ugcPost|activity):\d+)"
    r"|linkedin\.com/posts/[^\s\"'<>?]*?-(?P<kind>activity|ugcPost|share)-(?P<id>\d+)"
)
# Instagram's footer in the page's language: "<prefix> Name (@handle)" (embed v14) or
# "<prefix> <a>Name</a> (@handle) <on> <time>" (v12). Seen in the samples (tests/data/embeds/
# instagram/, formats/samples/other-platforms/) and in real page text quoted by public test
# suites (PROVENANCE.md there). The footer itself is found by its "(@handle)", not by these;
# they only separate the display name from the words in front of it.
INSTAGRAM_FOOTER_PREFIXES: tuple[str, ...] = (
    "A post shared by",
    "A photo posted by",
    "A video posted by",
    "Ein Beitrag geteilt von",
    "Une publication partagée par",
    "Un post condiviso da",
    "Una publicación compartida por",
    "Una publicación compartida de",
    "Uma publicação compartilhada por",
)
# Generic "iframe" titles that name the player, not the video (YouTube's share dialog).
GENERIC_IFRAME_TITLES = frozenset(("youtube video player", "youtube video", "embedded post", ""))

# --- Flattened text ----------------------------------------------------------------------
# The footer of a flattened embed: "— Name (@handle) Date" (formats/README §1.6). Dash
# variants: em dash (X), "&mdash;" left as text, "--" (hand edits, AMP WP test), en dash,
# a spaced hyphen. The display name is at most 50 characters on X; it may contain
# parentheses and "@" but not a dash of the signature kind.
SIGNATURE = re.compile(
    r"(?P<dash>&mdash;|—|–|--|(?<!\S)-(?=\s))[ \t]*"
    r"(?P<name>[^\n—–]{0,60}?)[ \t]*"
    r"\([ \t]*@(?P<handle>[A-Za-z0-9_]{1,15})[ \t]*\)"
    r"(?P<rest>[^\n]*)"
)
# Attribute fragments that CMSs leave around repeated embeds (real article rw-023:
# '… 2021 " class="align-text-top noRightClick twitterSection" data="' and '">Greetings').
RESIDUE_TAIL = re.compile(r'\s*"\s*(?:[A-Za-z][\w-]*="[^"\n]*"\s*)*[A-Za-z][\w-]*="\s*$')
RESIDUE_HEAD = re.compile(r'^\s*(?:"\s*)?/?>')
RESIDUE_ANY = re.compile(r'"\s*(?:[A-Za-z][\w-]*="[^"\n]*"\s*)*[A-Za-z][\w-]*="|"\s*/?>')

MENTION = re.compile(r"(?<![\w@.])@([A-Za-z0-9_]{1,15})\b")
HASHTAG = re.compile(r"(?<![\w&])#[^\W\d_][\w]*")
LEADING_MENTIONS = re.compile(r"^(?:@[A-Za-z0-9_]{1,15}[\s,]+)+")

# Words around a rendering that say "posted/wrote on X" (Hindi, Marathi, Bengali, Urdu),
# seen in the real articles ("ने ट्वीट कर कहा", "उन्होंने लिखा", "ट्विटमध्ये", "টুইটে").
POST_CUES = re.compile(words.POST_CUES)
# English lines on Indian news pages that are page furniture, not posts.
BOILERPLATE = re.compile(
    r"^\s*(?:also read|read more|read also|watch video|watch:|advertisement|follow us|subscribe|"
    r"download the app|click here|image source|photo:|image:|source:|credit:|file photo|"
    r"first published|updated|published|copyright|©|all rights reserved|next story|share this|"
    r"with inputs from|edited by|written by|by\s+[A-Z])",
    re.IGNORECASE,
)
DATELINE_TIME = re.compile(r"\b\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?|IST|GMT|UTC|hrs)?\b")
# English reporting in the third person: an article paragraph about a post, not the post.
REPORTING_VERBS = re.compile(
    rf"\b(?:{'|'.join(sorted(SAY_VERBS_EN))}|according to)\b", re.IGNORECASE
)
# How posts are written and article English is not (see ``inferred._voice``).
FIRST_PERSON = re.compile(
    r"\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Oo]ur|us)\b"
)
GREETING = re.compile(
    r"\b(?:congratulations|congrats|thank you|thanks|happy birthday|wishing|best wishes|welcome|"
    r"dear|rip|condolences|salute|proud of)\b",
    re.IGNORECASE,
)
INFORMAL = re.compile(r"[!?]|\.\.(?!\.)|…|[\u2600-\u27bf\U0001f300-\U0001faff]")
