"""Number drift: a figure of the rendering that differs from the post's, or is missing.

Figures are compared as quantities (value, scale, unit), first against the rendered part
of the post, then against the whole post; each figure of the rendering is paired with the
post figure that states it most alike (same value, then both in digits or both in words,
then the same qualifier). Words that are often not numbers (एक = "a", दूसरे = "other")
never count alone; digits that stand in the post as written (without a scale word that
changes them), number words the post spells in Latin letters ("chhappan bhog") and
conversions added in brackets are not changes. A changed year or century is a date
finding, and so is a year of the post that a rendering naming years leaves out; "about"
vs exact is a minor intensity change, "more than" vs exact is a number. Two figures swapped
between their nouns are found by ``number_nouns``; a share changed ("a quarter" → "आधे") is a
number too.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from verifier.drift.collect import Collector, in_region
from verifier.drift.number_nouns import check_swapped_figures
from verifier.lang.chars import CLAUSE_ENDS, DEVA_E, DEVA_WORD
from verifier.lang.funcwords import load_function_words
from verifier.lang.numbers.find import NumberMention, same_quantity
from verifier.lang.numbers.words import EN_MULTIPLES, EN_ORDINALS
from verifier.lang.romanizer import spellings
from verifier.model import Span

_ERA_AFTER = re.compile(r"\s*(?:century|centuries|decade|शताब्दी|सदी|दशक)", re.IGNORECASE)
_DEVA_DIGITS = str.maketrans(
    {chr(zero + i): str(i) for zero in (0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66,
                                         0x0CE6, 0x0D66, 0x0660, 0x06F0) for i in range(10)}
)  # language hook: the digits of every Indic script and Urdu, not only Devanagari  # fmt: skip
_YEAR_TEXT = re.compile(r"(?<![\d.])(?<!\d,)(?:1\d|20|21)\d\d(?!\d|,\d)")
_LATIN_WORD = re.compile(r"[A-Za-z]{5,}")
_MEANINGFUL_QUALIFIERS = frozenset({"more-than", "less-than", "at-least", "at-most", "about"})


def _digits(n: NumberMention) -> str:
    """The digits the mention is written with ("" for a number word)."""
    digits = n.text.translate(_DEVA_DIGITS)
    return re.sub(r"[^\d.]", "", digits.replace(",", "")).strip(".")


def _calendar_figure(n: NumberMention, text: str) -> bool:
    """A year (1624, around 1500, 1200 GMT) or a century/decade (15th century, 16वीं
    सदी): a date, not a count. Counts of a thousand and more are written with a comma
    or a scale in English; a bare four-digit figure without a currency is a year."""
    if n.kind == "year":
        return True
    digits = re.sub(r"\D", "", _digits(n))
    if (
        len(digits) == 4
        and "," not in n.text
        and 1000 <= n.value <= 2199
        and n.unit is None
        and _qualifier(n) in (None, "about")
    ):
        return True
    return bool(_ERA_AFTER.match(text, n.span.end))


_CODE_BEFORE = re.compile(r"(?:^|[\s(#])[A-Z]{1,3}[\s-]?$")


def _in_a_code(n: NumberMention, text: str) -> bool:
    """A figure that is part of an identifier — one to three capitals right before it, as
    in a post's serial label "T 3549", a model "F-16" or a flight "MH370" — names
    something; it counts nothing, so a rendering that leaves it out drops no figure."""
    return bool(_CODE_BEFORE.search(text, max(0, n.span.start - 6), n.span.start))


def _weak(n: NumberMention) -> bool:
    """A number word that is often not a number: "a"/"one"/एक, "first"/पहले, दूसरे."""
    if n.ambiguous:
        return True
    return not any(ch.isdigit() for ch in n.text) and n.value <= 2 and n.unit is None


def _written_in(n: NumberMention, text: str, *, scaled: bool = False) -> bool:
    """The mention's digits appear as such in ``text`` (a unit glued to them or a format
    the number reader does not parse). Unless ``scaled``, no scale word of the mention may
    change them (45 बिलियन is not the "45" of "$45 million")."""
    digits = _digits(n)
    if not digits or not any(ch.isdigit() for ch in digits):
        return False
    value = float(digits)
    if not scaled and n.kind != "fraction" and not math.isclose(value, n.value, rel_tol=1e-9):
        return False
    haystack = text.translate(_DEVA_DIGITS).replace(",", "")
    return re.search(rf"(?<![\d.]){re.escape(digits)}(?![\d])", haystack) is not None


def _share_changed(col: Collector, cn: NumberMention, unmatched_post: list[NumberMention]) -> bool:
    """A share of the rendering where the post has another ("a quarter of the staff" →
    "आधे कर्मचारी"), reported; a share word alone is weak, but not beside a share of the
    post."""
    if cn.kind != "fraction":
        return False
    share = next(
        (p for p in unmatched_post if p.kind == "fraction" and not math.isclose(p.value, cn.value)),
        None,
    )
    if share is None:
        return False
    unmatched_post.remove(share)
    col.add(
        "number",
        f"The post says “{share.text}” but the rendering says “{cn.text}”.",
        share.span,
        cn.span,
    )
    return True


def _written_as_often(
    n: NumberMention, claim_nums: Sequence[NumberMention], post_text: str
) -> bool:
    """The mention's digits stand in the post at least as often as the rendering writes
    them: "(1) …, (2) …, (3) …" rendered "(1) …, (2) …, (2) …" has one "2" too many."""
    if not _written_in(n, post_text):
        return False
    digits = _digits(n)
    times = sum(1 for c in claim_nums if _digits(c) == digits and c.value == n.value)
    if times <= 1:
        return True
    haystack = post_text.translate(_DEVA_DIGITS).replace(",", "")
    return len(re.findall(rf"(?<![\d.]){re.escape(digits)}(?![\d])", haystack)) >= times


def _worded_in(n: NumberMention, text: str) -> bool:
    """A number word of the rendering that renders a word of the post that is no figure
    there: "the rule of thirds" → "तीसरा नियम", "doubled" → "दो गुना"."""
    if _digits(n):
        return False
    for word in _EN_WORD.findall(text):
        low = word.casefold()
        for key in (
            low,
            low[:-1] if low.endswith("s") else low,
            low[:-1] if low.endswith("d") else low,
        ):
            value = EN_ORDINALS.get(key) or EN_MULTIPLES.get(key)
            if value is not None and math.isclose(value, n.value):
                return True
    return False


_EN_WORD = re.compile(r"[A-Za-z]+")


def _spelled_in(n: NumberMention, text: str) -> bool:
    """A Hindi number word the post writes in Latin letters, as part of a name or an
    idiom ("Chhappan Bhog" for छप्पन भोग, "Teen Murti")."""
    if _digits(n) or n.text.isascii() or " " in n.text.strip():
        return False
    latin = {w.casefold() for w in _LATIN_WORD.findall(text)}
    return any(s in latin for s in spellings(n.text.strip()) if len(s) >= 5)


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_ROMAN_TOKEN = re.compile(r"\b[IVX]{2,6}\b")
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def _roman_numerals(text: str) -> set[float]:
    """Values of the Roman numerals II-XXXIX written in ``text`` (Elizabeth II, World
    War II; a lone "I" is the pronoun)."""
    out: set[float] = set()
    for m in _ROMAN_TOKEN.finditer(text):
        if not _ROMAN.fullmatch(m.group(0)):
            continue
        digits = [_ROMAN_VALUES[ch] for ch in m.group(0)]
        nxt = [*digits[1:], 0]
        out.add(float(sum(-d if d < e else d for d, e in zip(digits, nxt, strict=True))))
    return out


def _orders(text: str, lang: str) -> list[tuple[Span, frozenset[float]]]:
    """Round figures named by their order (hundreds of, सैकड़ों, हज़ारों, लाखों), each with
    every order the function-word table gives it (the ``order`` rows)."""
    words = load_function_words()
    found = [
        (Span(h.start, h.end), words.senses("order", h.text, lang))
        for h in words.find(text, lang)
        if h.category == "order"
    ]
    # "hundreds of thousands": an order of orders, their product (= लाखों); Hindi stacks
    # orders only as a hyperbole ("लाखों करोड़ों"), not as a product
    out: list[tuple[Span, frozenset[float]]] = []
    for span, orders in found:
        if lang == "en" and out and not text[out[-1][0].end : span.start].strip():
            prev, before = out.pop()
            orders = frozenset(a * b for a in before for b in orders)
            span = Span(prev.start, span.end)
        out.append((span, orders))
    return out


def _vaguely_in(n: NumberMention, text: str) -> bool:
    """A round figure the rendering names by its order ("over a thousand years" =
    "हज़ारों सालों", thousands of years)."""
    lang = "hi" if DEVA_WORD.search(text) else "en"
    return any(
        order <= n.value < order * 1000 for _, orders in _orders(text, lang) for order in orders
    )


def _check_orders(col: Collector, rendered: Sequence[Span] | None) -> None:
    """An order of the post rendered as another order: "hundreds of people" → "हज़ारों लोग"."""
    claim = _orders(col.claim_text, "hi")
    if not claim:
        return
    for span, orders in _orders(col.post_text, "en"):
        if rendered is not None and not any(in_region(span, r) for r in rendered):
            continue
        if any(orders & other for _, other in claim):
            continue
        said = claim[0][0]
        col.add(
            "number",
            f"The post says “{span.slice(col.post_text)}” but the rendering says "
            f"“{said.slice(col.claim_text)}”.",
            span,
            said,
        )
        return


def _transliterated_in(n: NumberMention, text: str) -> bool:
    """An English number word of a name the rendering keeps in Devanagari letters ("The
    Three Kingdoms" = "द थ्री किंगडम्स")."""
    word = n.text.strip().casefold()
    if not word.isalpha() or not word.isascii() or len(word) < 3:
        return False
    return any(word in spellings(w) for w in DEVA_WORD.findall(text))


def _strong_cardinal(post: Sequence[NumberMention]) -> bool:
    """The post has a count of its own left unmatched ("a dozen" rendered दो): a small
    number word of the rendering then stands in its place."""
    return any(not _weak(p) and p.kind == "cardinal" and p.unit is None for p in post)


def _qualifier(n: NumberMention) -> str | None:
    """The qualifier that changes a figure's meaning ("तक"/"by" next to a year does not)."""
    return n.qualifier if n.qualifier in _MEANINGFUL_QUALIFIERS else None


def _alike(p: NumberMention, c: NumberMention) -> tuple[bool, bool, bool] | None:
    """How alike two mentions of one quantity are (lower sorts first), or ``None`` when
    they state different quantities. A rank and a count match only when equal (ninth is
    not 9.02)."""
    if not same_quantity(p, c):
        return None
    exact = math.isclose(p.value, c.value, rel_tol=1e-6, abs_tol=1e-9)
    if not exact and (p.kind == "ordinal") != (c.kind == "ordinal"):
        return None
    return (not exact, bool(_digits(p)) != bool(_digits(c)), _qualifier(p) != _qualifier(c))


_BUCKET_FROM = 64  # post mentions below which weighing every pair is cheaper


class _ByValue:
    """The post mentions that may state a claim mention's quantity: all of them for a
    short post, else those whose value lies in the window ``same_quantity`` could accept
    (as is, or scaled by 100: a percentage against a fraction), with a margin. It accepts
    a difference of at most 25% of the larger value and half the coarser resolution (or a
    relative 1e-6), so no mention it accepts is left out."""

    def __init__(self, post: Sequence[NumberMention]) -> None:
        self.size = len(post)
        self.order: list[int] = []
        self.keys: list[float] = []
        self.resolution = 0.0
        values = [v for n in post for v in (n.value, n.resolution)]
        if self.size >= _BUCKET_FROM and all(math.isfinite(v) for v in values):
            self.order = sorted(range(self.size), key=lambda i: post[i].value)
            self.keys = [post[i].value for i in self.order]
            self.resolution = max(0.0, *(n.resolution for n in post))

    def candidates(self, cn: NumberMention) -> Sequence[int]:
        if not self.keys or not all(math.isfinite(v) for v in (cn.value * 100, cn.resolution)):
            return range(self.size)
        found: set[int] = set()
        for scale in (1, 100, 0.01):
            v = cn.value * scale
            coarse = max(self.resolution, cn.resolution * scale, 0.0)
            reach = min(abs(v) * 0.34, coarse * 0.51 + abs(v) * 1e-5) + 1e-6
            lo, hi = bisect_left(self.keys, v - reach), bisect_right(self.keys, v + reach)
            found.update(self.order[lo:hi])
        return sorted(found)


def _pair(
    post: Sequence[NumberMention], claim: Sequence[NumberMention]
) -> dict[int, NumberMention]:
    """Claim index -> the post mention it renders, most alike pairs first."""
    by_value = _ByValue(post)
    ranked = sorted(
        (score, abs(ci * len(post) - pi * len(claim)), ci, pi)
        for ci, cn in enumerate(claim)
        for pi in by_value.candidates(cn)
        if (score := _alike(post[pi], cn)) is not None
    )
    taken_post: set[int] = set()
    out: dict[int, NumberMention] = {}
    for _, _, ci, pi in ranked:
        if ci not in out and pi not in taken_post:
            out[ci] = post[pi]
            taken_post.add(pi)
    return out


def check_numbers(
    col: Collector,
    post_nums: Sequence[NumberMention],
    claim_nums: Sequence[NumberMention],
    all_post_nums: Sequence[NumberMention] = (),
    rendered: Sequence[Span] | None = None,
) -> None:
    """Figures of the rendering against the figures of the rendered part of the post (and,
    when the rendered part has none to match, of the whole post). A figure of the post is
    missing only from a clause the rendering gives (``rendered``; every clause when
    ``None``): a clause a summary passes over takes its figures with it."""
    # Sets, not lists, for membership: a long text holds thousands of figures (equal
    # mentions hash alike, so the answers are the same).
    in_post = set(post_nums)
    elsewhere = [n for n in all_post_nums if n not in in_post]
    paired = _pair(post_nums, claim_nums)
    rest = [i for i in range(len(claim_nums)) if i not in paired]
    paired_elsewhere = _pair(elsewhere, [claim_nums[i] for i in rest])
    matched_elsewhere = {rest[k] for k in paired_elsewhere}
    taken, taken_elsewhere = set(paired.values()), set(paired_elsewhere.values())
    unmatched_post = [pn for pn in post_nums if pn not in taken]
    elsewhere = [pn for pn in elsewhere if pn not in taken_elsewhere]
    for ci, cn in enumerate(claim_nums):
        if ci in matched_elsewhere:
            continue
        same = paired.get(ci)
        if same is not None:
            if _qualifier(same) != _qualifier(cn) and not _shared_qualifier(
                same, cn, post_nums, col.post_text
            ):
                # A bound or "about" dropped states the figure more firmly than the post
                # (a hedge lost: intensity); one added or turned round changes the figure.
                dropped = _qualifier(cn) is None
                approx = dropped or {_qualifier(same), _qualifier(cn)} <= {"about", None}
                if dropped:
                    message = (
                        f"The post says “{same.text}” but the rendering says “{cn.text}”: the "
                        f"figure is stated without the post's “{str(_qualifier(same)).replace('-', ' ')}”."
                    )
                else:
                    message = (
                        f"The post says “{same.text}” but the rendering says “{cn.text}”: the "
                        f"qualifier changed ({_qualifier(same) or 'exact'} → {_qualifier(cn)})."
                    )
                col.add(
                    "intensity" if approx else "number",
                    message,
                    same.span,
                    cn.span,
                    severity=None if approx else "major",
                )
            continue
        if _idiom(col.claim_text, cn.span) or _share_changed(col, cn, unmatched_post):
            continue  # दो टूक, चार चांद: not counts; or a changed share, reported
        if _weak(cn) and (cn.ambiguous or not _strong_cardinal(unmatched_post)):
            continue  # एक / दूसरे read as "a" / "other"; a lone दो may be "give"
        if _qualifier(cn) in (None, "about") and _written_as_often(cn, claim_nums, col.post_text):
            continue  # the same digits stand in the post (1960s, 2.4GHz, 10:00)
        if _spelled_in(cn, col.post_text) or cn.value in _roman_numerals(col.post_text):
            continue  # "chhappan bhog" rendered छप्पन भोग; Elizabeth II, एलिज़ाबेथ द्वितीय
        if _worded_in(cn, col.post_text):
            continue  # "the rule of thirds" rendered "तीसरा नियम": a word, not a figure
        strong_post = [pn for pn in unmatched_post if not _weak(pn)] or [
            pn for pn in elsewhere if not _weak(pn)
        ]
        if _in_brackets(col.claim_text, cn.span) and not _calendar_figure(cn, col.claim_text):
            if not any(_in_brackets(col.post_text, pn.span) for pn in strong_post):
                continue  # a conversion added in brackets: "$10B (७५ हजार कोटी रुपये)"
        if strong_post:
            # The changed figure is the unmatched one of the same kind and nearest value.
            calendar = _calendar_figure(cn, col.claim_text)
            pn = min(
                strong_post,
                key=lambda p: (
                    _calendar_figure(p, col.post_text) != calendar,
                    p.kind != cn.kind,
                    abs(p.value - cn.value),
                ),
            )
            (unmatched_post if pn in unmatched_post else elsewhere).remove(pn)
            col.add(
                "date" if calendar and _calendar_figure(pn, col.post_text) else "number",
                f"The post says “{pn.text}” but the rendering says “{cn.text}”.",
                pn.span,
                cn.span,
            )
        elif _calendar_figure(cn, col.claim_text) and (year := _post_year(col.post_text)):
            col.add(
                "date",
                f"The post says “{year.slice(col.post_text)}” but the rendering says “{cn.text}”.",
                year,
                cn.span,
            )
        else:
            # A figure with no counterpart at all: in a quotation it is put in the post's
            # mouth; in reported speech or a summary it is mostly the article's own
            # background ("24वें प्रधानमंत्री", "लगातार तीसरी जीत"), for the editor to check.
            col.add(
                "number",
                f"The rendering gives the figure “{cn.text}”, which the post does not contain.",
                None,
                cn.span,
                severity=None if col.ctx.claim_kind == "quote" else "minor",
            )
    check_swapped_figures(col, claim_nums, paired)
    _check_orders(col, rendered)
    unpaired = [
        cn for i, cn in enumerate(claim_nums) if i not in paired and i not in matched_elsewhere
    ]
    _missing_years(col, unmatched_post, unpaired)
    if col.ctx.claim_kind == "quote":
        for pn in unmatched_post:
            if rendered is not None and not any(in_region(pn.span, r) for r in rendered):
                continue
            if (
                _weak(pn)
                or _in_a_code(pn, col.post_text)  # "T 3549 -", "F-16", "MH370": a label
                or _written_in(pn, col.claim_text, scaled=True)  # 100m = "100 मीटर"
                or _vaguely_in(pn, col.claim_text)  # over a thousand years = हज़ारों साल
                or _transliterated_in(pn, col.claim_text)  # The Three Kingdoms = द थ्री …
            ):
                continue
            col.add(
                "omission",
                f"The figure “{pn.text}” in the post is missing from the quoted rendering.",
                pn.span,
                None,
            )


def _missing_years(
    col: Collector, unmatched_post: list[NumberMention], unpaired: Sequence[NumberMention]
) -> None:
    """A year of the rendered part of the post missing from a rendering that names a year
    of its own, not paired with the post's (2019 and 2021 rendered "2019 और 2019"): the
    year changed. (A year simply left out is an omission, not a date.)"""
    post_years = set(_YEAR_TEXT.findall(col.post_text.translate(_DEVA_DIGITS)))
    claim_years = set(_YEAR_TEXT.findall(col.claim_text.translate(_DEVA_DIGITS)))
    if not claim_years - post_years and not any(
        _calendar_figure(cn, col.claim_text) and not _written_in(cn, col.post_text)
        for cn in unpaired
    ):
        return
    for pn in list(unmatched_post):
        if pn.kind != "year" and not (
            _calendar_figure(pn, col.post_text) and pn.kind == "cardinal"
        ):
            continue
        if _written_in(pn, col.claim_text) or _ERA_AFTER.match(col.post_text, pn.span.end):
            continue
        unmatched_post.remove(pn)
        col.add(
            "date",
            f"The post says “{pn.text}”, but the rendering, which names other years, does not.",
            pn.span,
            None,
        )


def _shared_qualifier(
    post: NumberMention, claim: NumberMention, post_nums: Sequence[NumberMention], text: str
) -> bool:
    """The post's qualifier governs a list of figures of one unit ("at least 100 yards from
    bears and 25 yards from other animals"); the rendering repeats it on each."""
    if _qualifier(post) is not None or _qualifier(claim) is None:
        return False
    noun = _word_after(text, post.span.end)
    return any(
        _qualifier(p) == _qualifier(claim)
        and p.span.end <= post.span.start
        and not re.search(f"[{CLAUSE_ENDS}]", text[p.span.end : post.span.start])
        and _word_after(text, p.span.end) == noun
        for p in post_nums
    )


def _word_after(text: str, end: int) -> str:
    m = re.match(r"\s*(\S+)", text[end : end + 40])
    return m.group(1).casefold() if m else ""


# Hindi idioms with number words that count nothing (दो टूक = bluntly, चार चांद लगाना =
# to add lustre, नौ दो ग्यारह = to flee, छत्तीस का आंकड़ा = at loggerheads, सात समंदर पार
# = overseas, आठ-आठ आंसू = bitter tears, एक-दो/दो-चार = a few, आधी रात = midnight,
# आधा-अधूरा = incomplete).
_IDIOMS = re.compile(
    r"दो[ -]टूक|चार चा[ंँ]द|नौ दो ग्यारह|छत्तीस का आं?कड़ा|सात सम[ुं]*(?:दर|द्र)|"
    r"आठ-आठ आं?सू|(?:एक|दो)-(?:दो|चार)" + DEVA_E + r"|दो-चार|आधी रात|आध[ाेी][- ]अधूर[ाेी]"
)


def _idiom(text: str, span: Span) -> bool:
    return any(m.start() <= span.start < m.end() for m in _IDIOMS.finditer(text))


def _post_year(text: str) -> Span | None:
    """The first year written in the post (inside a date the number reader skips)."""
    m = _YEAR_TEXT.search(text.translate(_DEVA_DIGITS))
    return Span(m.start(), m.end()) if m else None


def _in_brackets(text: str, span: Span) -> bool:
    before = text[: span.start]
    return before.count("(") > before.count(")") and ")" in text[span.end :]
