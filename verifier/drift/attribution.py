"""Attribution drift: the article puts the post's words in someone else's mouth.

The speaker the article names is stripped of titles, pronouns and ordinary Hindi words;
what is left (the name) must match the post's author name or handle.
"""

from __future__ import annotations

from verifier.align import speaker_matches
from verifier.drift.collect import Collector
from verifier.drift.words import TITLE_HI
from verifier.model import Post, PostKey

_PRONOUN_SPEAKERS = frozenset("उन्होंने उसने इन्होंने मैंने हमने आपने वे वह".split())


def check_attribution(col: Collector) -> None:
    speaker = col.ctx.speaker
    if not speaker or not (col.ctx.author_name or col.ctx.handle):
        return
    words = [w for w in speaker.split() if w not in TITLE_HI and w not in _PRONOUN_SPEAKERS]
    from verifier.lexicon import load_lexicon

    lex = load_lexicon()
    name_words = [w for w in words if not lex.knows_hindi(w) and len(w) > 1]
    if not name_words:
        return
    fake = Post(key=PostKey("x"), text="", author_name=col.ctx.author_name, handle=col.ctx.handle)
    if speaker_matches(" ".join(name_words), fake):
        return
    author = col.ctx.author_name or "@" + (col.ctx.handle or "")
    col.add(
        "attribution",
        f"The article attributes these words to “{speaker}”, but the post is by {author}.",
        None,
        None,
    )
