"""Write the Instagram, Facebook and Threads cassettes of ``test_confirm_meta_cassettes.py``.

A developer tool, run from the repo root: ``python cassettes/test_confirm_meta_cassettes/
build_meta_cassettes.py``. Never recorded live. Each answer has the fields Meta documents for
its oEmbed endpoints since November 2025 (``html``, ``provider_name``, ``provider_url``,
``type``, ``version``, ``width``; no ``author_name``), and its ``html`` is a real embed code
kept under ``tests/data/embeds/`` (README.md here says which, and which values are
placeholders). Bodies are compact JSON in vcrpy ``version: 1``.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from urllib.parse import urlencode

import yaml

HERE = Path(__file__).resolve().parent
EMBEDS = HERE.parents[1] / "tests" / "data" / "embeds"
UA = "verifier/0.1 (+https://pypi.org/project/verifier/; newsroom quote checker)"
GRAPH = "https://graph.facebook.com/v26.0"


def embed(path: str) -> str:
    return (EMBEDS / path).read_text(encoding="utf-8").strip()


def quintype_facebook_post() -> str:
    """The fb-post embed code of the Newslaundry story sample (its ``embed-js``, decoded)."""
    story = json.loads(embed("page-state/quintype_amp-fixture_newslaundry-story_jsembeds.json"))
    for element in story["story"]["cards"][0]["story-elements"]:
        if element.get("subtype") == "facebook-post":
            return base64.b64decode(element["embed-js"]).decode("utf-8")
    raise LookupError("no facebook-post element in the sample")


def answer(html: str, provider: str, provider_url: str, width: int) -> str:
    body = {
        "version": "1.0",
        "provider_name": provider,
        "provider_url": provider_url,
        "type": "rich",
        "width": width,
        "html": html,
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


def interaction(endpoint: str, post_url: str, body: str) -> dict[str, object]:
    return {
        "request": {
            "body": "",
            "headers": {"accept": ["application/json"], "user-agent": [UA]},
            "method": "GET",
            "uri": f"{endpoint}?{urlencode({'url': post_url})}",
        },
        "response": {
            "body": {"string": body},
            "headers": {
                "content-type": ["application/json; charset=UTF-8"],
                "content-length": [str(len(body.encode("utf-8")))],
            },
            "status": {"code": 200, "message": "OK"},
        },
    }


CASSETTES = {
    "test_instagram_post_is_confirmed_by_meta_oembed": interaction(
        f"{GRAPH}/instagram_oembed",
        "https://www.instagram.com/p/BnNs_UHFQuZ/",
        answer(
            embed("instagram/blockquote_v12_captioned_german-footer-time_chloeothen.html"),
            "Instagram",
            "https://www.instagram.com",
            658,
        ),
    ),
    "test_facebook_post_is_confirmed_by_meta_oembed": interaction(
        f"{GRAPH}/oembed_post",
        "https://www.facebook.com/MBACrystalBall/posts/3483738181652913/",
        answer(quintype_facebook_post(), "Facebook", "https://www.facebook.com", 552),
    ),
    "test_threads_post_exists_by_meta_oembed": interaction(
        "https://graph.threads.net/v1.0/oembed",
        "https://www.threads.com/@iam_ambalavanan/post/DVdP2dCE_kf",
        answer(
            embed("threads/blockquote_text-post-media_no-text_iam-ambalavanan.html"),
            "Threads",
            "https://www.threads.com/",
            658,
        ),
    ),
}


def main() -> None:
    for name, one in CASSETTES.items():
        text = yaml.safe_dump(
            {"interactions": [one], "version": 1}, allow_unicode=True, sort_keys=False
        )
        (HERE / f"{name}.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
