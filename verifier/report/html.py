"""HTML report: one self-contained page for editors, rendered with Jinja2 from a page context.

``build_page`` (in ``html_view``) turns a result into dataclasses; ``render_html`` renders
them with autoescaping on. The stylesheet and script are package data inlined into the page;
a Content-Security-Policy meta tag forbids every request (no other host, not even the file's
own directory) and allows only the one inline script whose SHA-256 hash it names.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from importlib import resources

import jinja2
from markupsafe import Markup

from verifier.model import VerificationResult
from verifier.policy.policy import Gate
from verifier.report.html_page import build_page
from verifier.report.html_view import PageContext

__all__ = ["PageContext", "build_page", "content_security_policy", "render_html", "render_page"]

_PACKAGE = "verifier.report"
_TEMPLATES = "templates"


@functools.cache
def _environment() -> jinja2.Environment:
    # Built once per process and never changed afterwards: templates are package data.
    return jinja2.Environment(
        loader=jinja2.PackageLoader(_PACKAGE, _TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@functools.cache
def _asset(name: str) -> str:
    return (resources.files(_PACKAGE) / _TEMPLATES / name).read_text(encoding="utf-8")


def content_security_policy(script: str) -> str:
    """The page's CSP: nothing may be fetched; only ``script`` (by hash) may run."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; "
        "style-src 'unsafe-inline'; "
        f"script-src 'sha256-{digest}'; "
        "img-src data:; "
        "base-uri 'none'; "
        "form-action 'none'"
    )


def render_page(page: PageContext) -> str:
    """The HTML document for an already built page context."""
    script = _asset("report.js")
    return (
        _environment()
        .get_template("report.html.j2")
        .render(
            page=page,
            css=Markup(_asset("report.css")),
            script=Markup(script),
            csp=content_security_policy(script),
        )
    )


def render_html(
    result: VerificationResult,
    *,
    title: str = "verifier report",
    generated_at: str | None = None,
    gate: Gate | None = None,
) -> str:
    """The editors' HTML report for ``result`` as one self-contained document.

    ``gate`` (threshold, ignored kinds, baseline) marks accepted and blocking findings.
    Deterministic: the same result (and ``generated_at``) gives the same bytes; no clock is
    read here. All user text (posts, claims, titles, messages, URLs) is escaped, and only
    http(s) URLs become links.
    """
    return render_page(build_page(result, title=title, generated_at=generated_at, gate=gate))
