"""Posts a page names only in its JSON state (Quintype story elements in ``__NEXT_DATA__`` or
``window.__INITIAL_STATE__``) and AMP components that carry only an id."""

from __future__ import annotations

import base64
import json
import time

from verifier.detect.posts import detect_posts
from verifier.model import Post
from verifier.parse.article import parse_html
from verifier.parse.pagestate import page_state_fragments

TWEET = (
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Say hello to the future. iPhone X.'
    '</p>&mdash; Apple (@Apple) <a href="https://twitter.com/Apple/status/907700942715228160">'
    "September 12, 2017</a></blockquote>"
)
INSTAGRAM = (
    '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/'
    'B9Ca-DzALN5/"><p><a href="https://www.instagram.com/p/B9Ca-DzALN5/">Eyes that never lie'
    '</a></p><p>A post shared by <a href="https://www.instagram.com/instagram/">Instagram</a> '
    "(@instagram)</p></blockquote>"
)


def b64(html: str) -> str:
    return base64.b64encode(html.encode("utf-8")).decode("ascii")


def page(body: str) -> list[Post]:
    html = (
        '<html lang="hi"><head><title>t</title></head><body><article><h1>शीर्षक</h1>'
        f"<p>पोस्ट के बाद बहस तेज हो गई.</p>{body}<p>आधिकारिक बयान नहीं आया है.</p>"
        "</article></body></html>"
    )
    posts, _ = detect_posts(parse_html(html, "page.html"))
    return list(posts)


def next_data(state: object) -> str:
    data = json.dumps({"props": {"pageProps": state}}).replace("</", "<\\/")
    return f'<script id="__NEXT_DATA__" type="application/json">{data}</script>'


def story(*elements: dict[str, object]) -> dict[str, object]:
    return {"story": {"cards": [{"story-elements": list(elements)}]}}


def test_a_base64_embed_code_in_next_data_is_read_as_the_embed() -> None:
    element = {
        "type": "jsembed",
        "embed-js": b64(TWEET),
        "metadata": {
            "tweet-url": "https://twitter.com/Apple/status/907700942715228160",
            "tweet-id": "907700942715228160",
        },
    }
    (got,) = page(next_data(story(element)))
    assert (got.platform, got.post_id, got.handle, got.author_name) == (
        "x",
        "907700942715228160",
        "Apple",
        "Apple",
    )
    assert got.text == "Say hello to the future. iPhone X."
    assert got.origin == "json-state"


def test_an_instagram_embed_code_in_page_state_is_read_as_instagram() -> None:
    element = {"type": "jsembed", "subtype": "instagram", "embed-js": b64(INSTAGRAM)}
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(story(element))};</script>"
    (got,) = page(script)
    assert (got.platform, got.post_id, got.handle) == ("instagram", "B9Ca-DzALN5", "instagram")
    assert got.text == "Eyes that never lie"


def test_posts_named_only_by_key_or_typed_object() -> None:
    elements = (
        {"type": "jsembed", "metadata": {"tweet-id": "1233273894032871424"}},
        {"type": "youtube-video", "url": "https://www.youtube.com/watch?v=nouePnN1rY8"},
        {"type": "jsembed", "metadata": {"facebook-url": "https://www.facebook.com/P/posts/123"}},
    )
    got = [(p.platform, p.post_id) for p in page(next_data(story(*elements)))]
    assert got == [("x", "1233273894032871424"), ("youtube", "nouePnN1rY8"), ("facebook", "123")]


def test_status_urls_that_the_data_does_not_call_embeds_are_no_posts() -> None:
    state = {
        "author": {"twitter-url": "https://twitter.com/TheQuint"},  # a profile, not a post
        "share": {"type": "twitter", "url": "https://twitter.com/intent/tweet?text=x"},
        "related": [{"href": "https://twitter.com/a/status/1233273894032871424"}],
        "video": {"type": "soundcloud-audio", "url": "https://soundcloud.com/kygo/fire"},
        "embed": {"metadata": {"tweet-id": "907700942715228160"}},  # makes the page state read
    }
    assert [p.post_id for p in page(next_data(state))] == ["907700942715228160"]


def test_amp_components_that_carry_only_an_id() -> None:
    body = (
        '<amp-instagram data-shortcode="BRJd8UIjTXN" width="379" height="379" layout="responsive">'
        '</amp-instagram><p>और</p><amp-facebook data-href="https://www.facebook.com/zuck/posts/'
        '10102593740125791" layout="responsive" width="600" height="400"></amp-facebook><p>और</p>'
        '<amp-youtube data-videoid="2WZwv7TxqZ0" layout="responsive" width="480" height="270">'
        "</amp-youtube>"
    )
    got = [(p.platform, p.post_id, p.handle) for p in page(body)]
    assert got == [
        ("instagram", "BRJd8UIjTXN", None),
        ("facebook", "10102593740125791", "zuck"),
        ("youtube", "2WZwv7TxqZ0", None),
    ]


def test_hostile_page_state_is_bounded() -> None:
    deep = '{"tweet-id": "1", "a": ' + "[" * 100_000 + "]" * 100_000 + "}"
    assert list(page_state_fragments(deep)) == []  # too deep for the parser: nothing, no crash
    wide = json.dumps([{"tweet-id": str(i)} for i in range(10_000)])
    start = time.perf_counter()
    assert len(list(page_state_fragments(wide))) == 50  # at most 50 fragments a script
    assert time.perf_counter() - start < 2.0
    assert list(page_state_fragments("window.x = {not json")) == []
    assert list(page_state_fragments("x" * (5 * 1024 * 1024))) == []
    nested = {"tweet-id": "7"}
    for _ in range(200):
        nested = {"child": nested}
    assert list(page_state_fragments(json.dumps(nested))) == []  # below the depth limit
