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
from verifier.lang.words import TITLES_HI
from verifier.match.pairs import author_names, speaker_matches
from verifier.model import Post, PostKey

_PRONOUN_SPEAKERS = frozenset("उन्होंने उसने इन्होंने मैंने हमने आपने वे वह".split())
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
    author = Post(key=PostKey("x"), text="", author_name=col.ctx.author_name, handle=col.ctx.handle)
    same = speaker_matches(" ".join(name), author)
    if same and len(name) > 1 and len(author_names(col.ctx.author_name)) > 1:
        # A namesake shares one name only: the surname and the first name before it must
        # both be the author's (unless that word is an ordinary Hindi word like "एक्टर" or
        # an initial).
        first = name[-2]
        same = speaker_matches(name[-1], author) and (
            len(first) <= 2 or load_lexicon().knows_hindi(first) or speaker_matches(first, author)
        )
    if same:
        return
    by = col.ctx.author_name or "@" + (col.ctx.handle or "")
    col.add(
        "attribution",
        f"The article attributes these words to “{speaker}”, but the post is by {by}.",
        None,
        None,
    )
