"""Clause connectors that a rendering of a clause keeps: a but-clause is rendered with a
Hindi word of contrast, a because-clause with one of cause, a which-clause with a relative.

A clause of the post that opens with such a connector and has no matched words could still
be rendered by words the lexicon does not know; but when the rendering has fewer connectors
of that kind than the post, no such rendering is there and the clause was left out. The
same holds the other way round for a clause the rendering adds.

The word classes are standard grammar (English subordinators and coordinators; Hindi
conjunctions and relatives as in R. S. McGregor, *Outline of Hindi Grammar*, §§ on
conjunctions and relative clauses). Hindi पर ("but", also "on") counts only after a comma;
बल्कि ("rather") renders "but rather" yet also "more than just" and "instead": it counts as
the rendering of a contrast, but a clause it opens is not taken for an added contrast;
"and"/और also joins list items, which Hindi joins with commas as often as with और, so an
and-clause counts as unrendered only when the other side has no "and" at all.
"""

from __future__ import annotations

import re

_CLASSES_EN = {
    "contrast": r"but|yet|although|though|whereas|however",
    "cause": r"because",
    "relative": r"which|who|whom|whose|where",
    "and": r"and",
}
_CLASSES_HI = {
    "contrast": r"लेकिन|मगर|किंतु|किन्तु|परंतु|परन्तु|जबकि|हालांकि|हालाँकि|बावजूद",
    "cause": r"क्योंकि|चूंकि|चूँकि|कारण|वजह|इसलिए",
    "relative": r"जो|जिस\S*|जिन\S*|जहाँ|जहां|वाले|वाली|वाला",
    "and": r"और|तथा|एवं|व",
}
_EN = {k: re.compile(rf"\b(?:{v})\b", re.IGNORECASE) for k, v in _CLASSES_EN.items()}
# Counted as a contrast the other side may render (जबकि for "while", बावजूद for "despite"),
# but a clause opening with them may as well be one of time or a phrase.
_EN_COUNTED = {
    **_EN,
    "contrast": re.compile(rf"\b(?:{_CLASSES_EN['contrast']}|while|despite)\b", re.IGNORECASE),
}
_HI = {
    k: re.compile(
        rf"(?:^|(?<=[\s,]))(?:{v})(?=[\s,.।]|$)" + (r"|,\s*पर(?=\s)" if k == "contrast" else "")
    )
    for k, v in _CLASSES_HI.items()
}
# Anchored and possessive: punctuation given up could only be re-read as the word.
_OPENING_EN = re.compile(r"\A[\s,;:\"'“”‘’(-]*+(\w+)")
_OPENING_HI = re.compile(r"\A[\s,;:\"'“”‘’(|-]*+(\S+)")


_HI_COUNTED = {
    **_HI,
    "contrast": re.compile(rf"(?:^|(?<=[\s,]))बल्कि(?=[\s,.।]|$)|{_HI['contrast'].pattern}"),
}


def opening_class(text: str, lang: str) -> str | None:
    """The class of the connector that opens ``text`` ("but they do" → "contrast")."""
    english = lang == "en"
    m = (_OPENING_EN if english else _OPENING_HI).match(text)
    if m is None:
        return None
    word = m.group(1)
    for name, pattern in (_EN if english else _HI).items():
        if pattern.fullmatch(word) or (not english and pattern.match(word)):
            return name
    return None


def count(text: str, lang: str, kind: str) -> int:
    """How many connectors of ``kind`` ``text`` holds."""
    table = _EN_COUNTED if lang == "en" else _HI_COUNTED
    return len(table[kind].findall(text))


ALL_KINDS = frozenset(_CLASSES_EN)
CONTRAST = frozenset({"contrast"})
"""The kinds a clause the rendering adds is judged by: Hindi turns English participles and
"so"/"as" into relatives (जो, जिससे) and causes (क्योंकि) freely, but not into a contrast."""


def unmatched_connector(
    run: str, run_lang: str, own: str, other: str, other_lang: str, kinds: frozenset[str]
) -> bool:
    """``run`` (a clause of ``own``) opens with a connector of one of ``kinds``, and
    ``other`` has fewer connectors of that kind than ``own``: nothing in ``other`` renders
    the clause."""
    kind = opening_class(run, run_lang)
    if kind is None or kind not in kinds:
        return False
    if kind == "and":
        # "and" also joins list items, which a rendering may join with commas: only a
        # rendering with no "and" at all has no and-clause.
        return count(other, other_lang, kind) == 0
    return count(other, other_lang, kind) < count(own, run_lang, kind)
