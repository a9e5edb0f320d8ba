"""Parse stage guard: cap the attributes of one tag before lxml reads the page.

libxml2 checks each new attribute against the tag's earlier ones, so a tag with 200,000
attributes took minutes to parse. Real tags carry tens; a tag past ``MAX_ATTRIBUTES``
keeps its first ones and loses the rest. Pages without such a tag are returned unchanged.
"""

from __future__ import annotations

import re

MAX_ATTRIBUTES = 256
"""Attributes kept on one tag (real pages use tens; AMP and CMS tags stay far below)."""

_MIN_LONG_TAG = 2 * MAX_ATTRIBUTES
"""A tag shorter than this many characters cannot hold more than ``MAX_ATTRIBUTES``."""

# A start tag long enough to hold many attributes (it may end at the next "<" or nowhere:
# a truncated page).
_LONG_TAG = re.compile(rf"<[A-Za-z][^<>]{{{_MIN_LONG_TAG},}}")
# One attribute: a name and an optional value, quoted or bare. Each part is one run of
# characters that the next part cannot take, so a failed match costs one pass.
_ATTRIBUTE = re.compile(r"""[^\s"'=<>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?""")
_SPACE = re.compile(r"[\s/]+")
_NAME = re.compile(r"<[^\s/>]+")


def cap_attributes(html: str) -> str:
    """``html`` with every tag cut to its first ``MAX_ATTRIBUTES`` attributes."""
    if len(html) < _MIN_LONG_TAG:
        return html
    parts: list[str] = []
    pos = 0
    for tag in _LONG_TAG.finditer(html):
        cut = _cut_at(html, tag.start(), tag.end())
        if cut is not None:
            parts.append(html[pos:cut])
            pos = tag.end()
    if not parts:
        return html
    parts.append(html[pos:])
    return "".join(parts)


def _cut_at(html: str, start: int, end: int) -> int | None:
    """Where the tag ``html[start:end]`` should end to keep ``MAX_ATTRIBUTES``, or ``None``."""
    name = _NAME.match(html, start)
    pos = name.end() if name else start + 1
    count = 0
    while pos < end:
        space = _SPACE.match(html, pos, end)
        if space:
            pos = space.end()
        attribute = _ATTRIBUTE.match(html, pos, end)
        if attribute is None or attribute.end() == pos:
            pos += 1  # a stray quote or "=": skip it, as the HTML parser does
            continue
        count += 1
        if count > MAX_ATTRIBUTES:
            return pos
        pos = attribute.end()
    return None
