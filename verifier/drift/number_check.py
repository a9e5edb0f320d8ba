"""Number drift: a figure of the rendering that differs from the post's, or is missing.

Figures are compared as quantities (value, scale, unit), first against the rendered part
of the post, then against the whole post. Words that are often not numbers (एक = "a",
दूसरे = "other") never count alone; digits that stand in the post as written, and
conversions added in brackets, are not changes. A changed year or century is a date
finding; "about" vs exact is a minor intensity change, "more than" vs exact is a number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.drift.collect import Collector
from verifier.model import Span
from verifier.numbers import NumberMention, same_quantity

_ERA_AFTER = re.compile(r"\s*(?:century|centuries|decade|शताब्दी|सदी|दशक)", re.IGNORECASE)


def _calendar_figure(n: NumberMention, text: str) -> bool:
    """A year (1624, 2013) or a century/decade (15th century, 16वीं सदी): a date, not a count."""
    if n.kind == "year":
        return True
    digits = re.sub(r"\D", "", n.text.translate(_DEVA_DIGITS))
    if len(digits) == 4 and 1000 <= n.value <= 2199 and n.unit is None and not n.qualifier:
        return True
    return bool(_ERA_AFTER.match(text, n.span.end))


def _weak(n: NumberMention) -> bool:
    """A number word that is often not a number: "a"/"one"/एक, "first"/पहले, दूसरे."""
    if n.ambiguous:
        return True
    return not any(ch.isdigit() for ch in n.text) and n.value <= 2 and n.unit is None


_DEVA_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


def _written_in(n: NumberMention, text: str) -> bool:
    """The mention's digits appear as such in ``text`` (a unit glued to them or a format
    the number reader does not parse)."""
    digits = n.text.translate(_DEVA_DIGITS)
    digits = re.sub(r"[^\d.]", "", digits.replace(",", "")).strip(".")
    if not digits or not any(ch.isdigit() for ch in digits):
        return False
    haystack = text.translate(_DEVA_DIGITS).replace(",", "")
    return re.search(rf"(?<![\d.]){re.escape(digits)}(?![\d])", haystack) is not None


_MEANINGFUL_QUALIFIERS = frozenset({"more-than", "less-than", "at-least", "at-most", "about"})


def _qualifier(n: NumberMention) -> str | None:
    """The qualifier that changes a figure's meaning ("तक"/"by" next to a year does not)."""
    return n.qualifier if n.qualifier in _MEANINGFUL_QUALIFIERS else None


def check_numbers(
    col: Collector,
    post_nums: Sequence[NumberMention],
    claim_nums: Sequence[NumberMention],
    all_post_nums: Sequence[NumberMention] = (),
) -> None:
    """Figures of the rendering against the figures of the rendered part of the post (and,
    when the rendered part has none to match, of the whole post)."""
    unmatched_post = list(post_nums)
    elsewhere = [n for n in all_post_nums if n not in post_nums]
    for cn in claim_nums:
        same = next((pn for pn in unmatched_post if same_quantity(pn, cn)), None)
        if same is None:
            other = next((pn for pn in elsewhere if same_quantity(pn, cn)), None)
            if other is not None:
                elsewhere.remove(other)
                continue
        if same is not None:
            unmatched_post.remove(same)
            if _qualifier(same) != _qualifier(cn):
                approx = {_qualifier(same), _qualifier(cn)} <= {"about", None}
                col.add(
                    "intensity" if approx else "number",
                    f"The post says “{same.text}” but the rendering says “{cn.text}”: the "
                    f"qualifier changed ({_qualifier(same) or 'exact'} → {_qualifier(cn) or 'exact'}).",
                    same.span,
                    cn.span,
                    severity="minor" if approx else "major",
                )
            continue
        if _weak(cn):
            continue  # एक / दूसरे read as "a" / "other" as often as numbers
        if _written_in(cn, col.post_text):
            continue  # the same digits stand in the post (1960s, 2.4GHz, 10:00)
        if _in_brackets(col.claim_text, cn.span):
            continue  # a conversion added in brackets: "$10B (७५ हजार कोटी रुपये)"
        strong_post = [pn for pn in unmatched_post if not _weak(pn)] or [
            pn for pn in elsewhere if not _weak(pn)
        ]
        if strong_post:
            # The changed figure is the unmatched one of the same kind and nearest value.
            pn = min(strong_post, key=lambda p: (p.kind != cn.kind, abs(p.value - cn.value)))
            (unmatched_post if pn in unmatched_post else elsewhere).remove(pn)
            col.add(
                "date"
                if _calendar_figure(pn, col.post_text) and _calendar_figure(cn, col.claim_text)
                else "number",
                f"The post says “{pn.text}” but the rendering says “{cn.text}”.",
                pn.span,
                cn.span,
            )
        else:
            col.add(
                "number",
                f"The rendering gives the figure “{cn.text}”, which the post does not contain.",
                None,
                cn.span,
            )
    if col.ctx.claim_kind == "quote":
        for pn in unmatched_post:
            if _weak(pn) or _written_in(pn, col.claim_text):
                continue  # "100m" read as 100 million but written "100 मीटर": still there
            col.add(
                "omission",
                f"The figure “{pn.text}” in the post is missing from the quoted rendering.",
                pn.span,
                None,
            )


def _in_brackets(text: str, span: Span) -> bool:
    before = text[: span.start]
    return before.count("(") > before.count(")") and ")" in text[span.end :]
