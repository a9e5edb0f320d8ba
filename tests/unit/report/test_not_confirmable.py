"""A post no public endpoint can look up reads "not confirmable" with its reason, in every
output, never as a platform outage."""

from __future__ import annotations

from verifier.confirm.platforms import lookup_for
from verifier.model import Confirmation, Post, PostKey
from verifier.report.html_build import post_view
from verifier.report.json_report import _confirmation_json


def linkedin() -> tuple[Post, Confirmation]:
    post = Post(
        key=PostKey("p1"),
        text="",
        platform="linkedin",
        post_id="urn:li:share:7004344112762015746",
        origin="linkedin",
    )
    got = lookup_for(post)
    assert isinstance(got, Confirmation)
    return post, got


def test_html_labels_it_not_confirmable() -> None:
    post, confirmation = linkedin()
    view = post_view(post, (), confirmation).confirmation
    assert view is not None
    assert view.label == "not confirmable"
    assert "LinkedIn documents no public endpoint" in view.detail


def test_json_carries_the_reason() -> None:
    _post, confirmation = linkedin()
    got = _confirmation_json(confirmation)
    assert got["state"] == "unavailable"
    assert str(got["detail"]).startswith("not confirmable: LinkedIn documents no public endpoint")
