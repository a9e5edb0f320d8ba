"""Attribution drift: the article puts the post's words in someone else's mouth.

The name is what follows the last title or postposition of the speaker phrase ("गूगल के
सीईओ सुंदर पिचाई" → सुंदर पिचाई), without honorifics and pronouns. A phrase made only of
ordinary Hindi words names an office or a body ("विदेश मंत्रालय"), not a person, and is
not judged. The name must match the post's author name or handle; when both are full
names, the speaker's surname and first name must be among the author's names too, so that
a namesake ("अमित मालवीय" for Amit Shah, "आनंद शर्मा" for Anita Anand, "वरुण गांधी" for Rahul
Gandhi) is not taken for the author.
"""

from __future__ import annotations

import re

from verifier.drift.collect import Collector
from verifier.lang.lexicon import load_lexicon
from verifier.lang.translit import name_similarity, split_handle
from verifier.lang.words import PRONOUNS, TITLES_HI
from verifier.match.pairs import author_names, speaker_matches
from verifier.model import Post, PostKey

_PRONOUN_SPEAKERS = PRONOUNS | frozenset(
    "यह ये वह वो इस उस जिसपर जिसने जिस जो एक कोई किसी यूजर यूज़र ट्विटर".split()
)
_HONORIFICS = frozenset("जी साहब साहेब".split())
_LINKS = frozenset("के की का ने".split())
# "X ने इस ट्वीट को रीट्वीट/शेयर किया": X passed the post on; its author may be anyone.
# With कि ("X ने रीट्वीट कर कहा कि …") the words are X's own again.
_SHARED = re.compile(r"(?:रीट्वीट|री-ट्वीट|शेयर|साझा)\s*(?:किया|की|कर)")


def speaker_name(speaker: str) -> list[str]:
    """The words of ``speaker`` that name a person ([] for an office or a body)."""
    words = speaker.split()
    while words and words[-1] in _HONORIFICS:
        words.pop()
    cut = max((i + 1 for i, w in enumerate(words) if w in TITLES_HI or w in _LINKS), default=0)
    run = [
        w
        for w in words[cut:]
        if w not in _PRONOUN_SPEAKERS and len(w) > 1 and any(ch.isalpha() for ch in w)
    ]
    lex = load_lexicon()
    if all(lex.is_hindi_form(w) for w in run):
        return []
    return run


SAME_AUTHOR = 75.0
"""Name similarity (``translit.name_similarity``, whole names) from which the speaker is
the post's author: transliterations vary (शाहरुख ~ Shah Rukh, जेलेंस्की ~ Zelenskyy), while
a namesake shares one name only (अमित मालवीय ~ Amit Shah scores 60)."""


def _is_author(name: list[str], author_name: str | None, handle: str | None) -> bool:
    joined = " ".join(name)
    handles = [w[1:] for w in name if w.startswith("@")]
    if handle and any(h.casefold() == handle.lstrip("@").casefold() for h in handles):
        return True
    words = [w for w in name if not w.startswith("@")]
    if not words:
        return bool(handles) and not handle  # a handle alone, and none to compare
    author = Post(key=PostKey("x"), text="", author_name=author_name, handle=handle)
    if speaker_matches(" ".join(words), author):
        same = True
        if len(words) > 1 and len(author_names(author_name)) > 1:
            # A namesake shares one name only: the surname and the first name before it
            # must both be the author's (unless that word is an ordinary Hindi word like
            # "एक्टर" or an initial).
            first = words[-2]
            same = speaker_matches(words[-1], author) and (
                len(first) <= 2
                or load_lexicon().knows_hindi(first)
                or speaker_matches(first, author)
            )
        return same
    # Transliterations vary more than the name matcher of alignment allows (शाहरुख for
    # Shah Rukh, विनेश फोकट for Vinesh Phogat): a close whole name is the author too, unless
    # its first name is another's (वरुण गांधी for Rahul Gandhi).
    names = [n for n in (author_name, handle and " ".join(split_handle(handle))) if n]
    if any(name_similarity(" ".join(words), n) >= SAME_AUTHOR for n in names):
        firsts = author_names(author_name)
        return (
            len(words) < 2 or len(firsts) < 2 or name_similarity(words[0], firsts[0]) >= SAME_AUTHOR
        )
    # A handle of the speaker that starts with the author's name (@samitpadhy, Samit).
    return (
        any(
            h.casefold().startswith(w.casefold())
            for h in handles
            for w in author_names(author_name)
        )
        or not joined
    )


def check_attribution(col: Collector) -> None:
    speaker = col.ctx.speaker
    if not speaker or not (col.ctx.author_name or col.ctx.handle):
        return
    cue = col.ctx.cue or ""
    if _SHARED.search(cue) and not re.search(r"\sकि\s*$", cue):
        return
    name = speaker_name(speaker)
    if not name:
        return
    if _is_author(name, col.ctx.author_name, col.ctx.handle):
        return
    by = col.ctx.author_name or "@" + (col.ctx.handle or "")
    col.add(
        "attribution",
        f"The article attributes these words to “{speaker}”, but the post is by {by}.",
        None,
        None,
    )
