"""A clause of the rendering with an agent of its own that the post never names: "…, और
विशेषज्ञों ने भी इस बात की पुष्टि की है". A loose rendering says the post's things in other
words; it does not invent who did, said or confirmed something, so such a clause is added
however loosely the rest is rendered (``coverage.check_coverage``)."""

from __future__ import annotations

import re

from verifier.drift.collect import Context
from verifier.lang.translit import name_similarity
from verifier.lang.words import PLATFORM_WORDS, TITLES_HI
from verifier.match.anchors import profile
from verifier.match.pairs import match_profiles

# The agent marked by ने, with up to two words before it ("भारतीय वायुसेना ने").
_AGENT = re.compile(r"(?:^|\s)((?:[^\s,;:]+\s+){0,2}?([^\s,;:]+))\s+(?:ने|नें)(?:\s+भी)?\s")
_POSTING = re.compile(PLATFORM_WORDS)
_NOT_AGENTS = frozenset("इस उस जिस जिन किस किसी सब सभी आप हम मैं तुम".split())
"""Pronouns and determiners before ने: they point back, they name no one new."""
SAME_AGENT = 70.0
"""Sound similarity (0–100) from which the agent is the post's author (मस्क for Elon Musk)."""


def new_source(run: str, ctx: Context) -> bool:
    """``run`` (a clause of the rendering) has an agent that is neither the post's author
    (by sound or by meaning), nor an office (likely the author's own), nor a pronoun, in a
    clause that does not tell of the posting."""
    m = _AGENT.search(run)
    if m is None or m.group(2) in _NOT_AGENTS or m.group(2) in TITLES_HI:
        return False  # "प्रधानमंत्री ने …": an office, very likely the author's own
    if _POSTING.search(run):
        return False  # "ट्वीट करते हुए … ने बधाई दी": the article telling of the post
    agent, phrase = m.group(2), m.group(1)
    for name in (ctx.author_name, ctx.speaker, ctx.handle):
        if name and (agent in name.split() or name_similarity(agent, name) >= SAME_AGENT):
            return False
    author = ctx.author_name
    # By meaning too: "भारतीय वायुसेना ने" for the Indian Air Force's post.
    return not (author and match_profiles(profile(author, "en"), profile(phrase, "hi")).pairs)
