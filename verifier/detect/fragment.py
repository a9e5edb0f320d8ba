"""Detect stage, fragment helpers: attributes and visible text of one embed's markup (bs4).

Shared by the X reader (``markup``) and the other platforms' readers (``platforms``).
"""

from __future__ import annotations

import re

from bs4.element import Comment, NavigableString, Tag

from verifier.lang.textnorm import normalize

_BLOCKS = frozenset("p div li h1 h2 h3 h4 h5 h6 figcaption section article".split())
_SKIP = frozenset("script style button noscript template svg".split())


def attr(tag: Tag, name: str) -> str:
    """An attribute as one string (bs4 gives ``class`` as a list)."""
    value = tag.get(name)
    if isinstance(value, list):
        return " ".join(value)
    return value or ""


def classes(tag: Tag) -> set[str]:
    return set(attr(tag, "class").split())


def _emoji_alt(tag: Tag) -> str:
    alt = attr(tag, "alt")
    return alt if alt and len(alt) <= 8 and not re.search(r"[A-Za-z]", alt) else ""


def _block_of(node: Tag | NavigableString, root: Tag) -> int:
    parent = node.parent
    while parent is not None and parent is not root:
        if parent.name in _BLOCKS:
            return id(parent)
        parent = parent.parent
    return id(root)


def block_text(root: Tag) -> str:
    """Visible text of a fragment: one paragraph per block (blank line between), ``<br>`` = newline."""
    blocks: list[list[str]] = [[]]
    current = id(root)
    for node in root.descendants:
        if isinstance(node, Comment):
            continue
        if any(p.name in _SKIP for p in node.parents if isinstance(p, Tag) and p is not root):
            continue
        if isinstance(node, NavigableString):
            block = _block_of(node, root)
            if block != current:
                blocks.append([])
                current = block
            blocks[-1].append(re.sub(r"\s+", " ", str(node)))
        elif isinstance(node, Tag):
            if node.name == "br":
                blocks[-1].append("\n")
            elif node.name == "img":
                blocks[-1].append(_emoji_alt(node))
            elif node.name in _BLOCKS:
                blocks.append([])
                current = id(node)
    paragraphs = [normalize("".join(b)) for b in blocks]
    return "\n\n".join(p for p in paragraphs if p)
