"""Entity drift: a person, place or organisation of the post swapped or missing.

A name of the post that nothing in the rendering matches — even as another spelling,
an abbreviation or a role ("the PM", "उन्होंने") — is missing; if an unmatched name-like
run of the rendering stands instead, it is a swap. Only telling names count (handles,
known places, acronyms, multiword names): a lone capitalised word may be a lexicon gap.
Reply @mentions are dropped as a matter of course, and Indian news says "देश" for India.
Here: ``check_entities``, its slot-swap and added-places checks; name helpers: ``names``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verifier.drift.clauses import is_weak
from verifier.drift.collect import Collector, in_region
from verifier.drift.known_names import check_known_swap
from verifier.drift.names import (
    NAME_VARIANT,
    NOT_NAMES,
    ROLE_HI,
    SWAP_VARIANT,
    THE_COUNTRY_HI,
    acronym,
    bare_word,
    home_qualifier,
    is_author_word,
    is_place,
    name_runs,
    name_slot,
    native_word,
    renders_other_name,
    respelled,
    similar_somewhere,
    slot_respelled,
)
from verifier.drift.open_names import check_open_names, frame_match, in_frame, verb_form
from verifier.lang.gazetteer import places_in
from verifier.lang.lexicon import load_lexicon
from verifier.lang.translit import name_similarity
from verifier.lang.words import STOP_EN, SUBJECT_VERBS_EN
from verifier.match.anchors import TextProfile
from verifier.match.pairs import PairMatch
from verifier.model import Span

__all__ = ["NAME_VARIANT", "SWAP_VARIANT", "check_entities"]

# Social-media shorthand in capitals is not an organisation's acronym.
_CHAT_ABBREVIATIONS = frozenset(
    "btw fyi imo imho omg lol rip tbh asap aka fyi smh idk irl dm rt ps pps nb".split()
)


def _strong_name(post: TextProfile, i: int) -> bool:
    """Names whose absence is telling: a handle, a known place/organisation, part of a
    run of capitalised words (Sara Danius, Hugo de Zela), or the subject of a report. A
    lone capitalised word the lexicon does not know (Commonwealth, Declaration) may just be
    a gap in the lexicon."""
    tok = post.tokens[i]
    if any(k.startswith("G:") for k in post.keys[i]) and tok.text.strip("@#.").isupper():
        return True  # a short acronym the gazetteer knows (UN, EU, UK)
    if len(tok.text.strip("@#.")) <= 2:
        return False  # an initial (Lyndon B. Johnson) or a short acronym
    if tok.text.startswith("@") or any(k.startswith("G:") for k in post.keys[i]):
        return True
    if tok.text.casefold() in _CHAT_ABBREVIATIONS or bare_word(tok.text).casefold() in NOT_NAMES:
        return False
    if acronym(tok.text):
        return True  # an organisation's acronym (FBI, ISRO, WHO, NASA's)
    prev = post.names[i - 1] if i > 0 else False
    nxt = post.names[i + 1] if i + 1 < len(post.names) else False
    verb = post.tokens[i + 1].text.casefold() if i + 1 < len(post.tokens) else ""
    # A lone name as the subject of a report ("Schneider has …", "Danius said …").
    return bool(prev or nxt) or verb in SUBJECT_VERBS_EN


def _wholly_missing(post: TextProfile, i: int, missing: set[int]) -> bool:
    """The name is gone entirely: a handle or place, or every word of a multiword name
    (Sara Danius) is missing — not one word of a title or list in Title Case."""
    tok = post.tokens[i].text
    if tok.startswith("@") or any(k.startswith("G:") for k in post.keys[i]):
        return True
    if acronym(tok):
        return True
    a = i
    while a > 0 and post.names[a - 1]:
        a -= 1
    b = i
    while b + 1 < len(post.names) and post.names[b + 1]:
        b += 1
    return b > a and all(k in missing for k in range(a, b + 1))


def check_entities(
    col: Collector, match: PairMatch, region: Span, rendered: Sequence[Span] | None = None
) -> None:
    """Names of the post missing or swapped in the rendering, and places it adds. A name
    counts only in a clause the rendering gives (``rendered``): a summary that passes over
    a clause passes over its names too."""
    post, claim = match.post, match.claim
    if rendered is not None:
        region_spans = list(rendered)
    else:
        region_spans = [region]
    matched_p = match.matched_post()
    matched_c = match.matched_claim()
    missing = [
        i
        for i, is_name in enumerate(post.names)
        if (is_name or acronym(post.tokens[i].text) and not _shouted(post, i))
        and not _emphasis(post, i)
        and i not in matched_p
        and _strong_name(post, i)
        and any(in_region(Span(post.tokens[i].start, post.tokens[i].end), r) for r in region_spans)
        and not _is_reply_mention(post, i)
        and not similar_somewhere(post.tokens[i].text, claim)
        and not home_qualifier(match, i)
    ]
    # The word beside the rest of the name may be this name respelled (माइकल शूमाकर), and
    # the article's frame may give the name ("ओहियो में अधिकारियों का कहना है कि …").
    frame = frame_match(col, match) if missing else None
    missing = [i for i in missing if not slot_respelled(match, i) and not in_frame(frame, post, i)]
    if _check_slot_swap(col, match, region_spans):
        return
    if check_known_swap(col, match, region_spans):
        return
    # A swapped name can make its own short clause look unrendered ("Nova Scotia and" →
    # "अल्बर्टा के"): names outside the lists are looked for in the whole rendered part.
    hull = (
        [Span(min(r.start for r in region_spans), max(r.end for r in region_spans))]
        if region_spans
        else []
    )
    if check_open_names(col, match, hull):
        return
    if not missing:
        _check_added_places(col, match)
        return
    before = len(col.findings)
    # Report the most telling name: a handle or a full name before an acronym (FM, PM).
    missing.sort(
        key=lambda i: (not post.tokens[i].text.startswith("@"), post.tokens[i].text.isupper())
    )
    first = post.tokens[missing[0]]
    name_matched = {j for _, j, kind in match.pairs if kind == "name"}
    # A person is swapped for a person: a place word (अमेरिकी, भारतीय) in place of a
    # first name is the post's "U.S."/"Indian" rendered, not a new name.
    person = not any(is_place(post, i) for i in missing)
    runs = [
        (a, b)
        for a, b in name_runs(claim, set(range(len(claim.tokens))) - matched_c, name_matched)
        # A run that could be the missing name spelled another way is not a swap.
        if not any(
            name_similarity(claim.tokens[k].text, post.tokens[i].text.lstrip("@")) >= SWAP_VARIANT
            for k in range(a, b + 1)
            for i in missing
        )
        and not renders_other_name(post, claim, a, b, set(missing))
        and not (person and all(is_place(claim, k) for k in range(a, b + 1)))
        # common Hindi words are no name, and the post's own author is no stand-in
        and not all(
            native_word(claim.tokens[k].text) and not is_place(claim, k) for k in range(a, b + 1)
        )
        and not _names_the_author(col, claim, a, b)
        and not all(verb_form(claim.tokens[k].text) for k in range(a, b + 1))
    ]
    if runs:
        a, b = runs[0]
        span = Span(claim.tokens[a].start, claim.tokens[b].end)
        col.add(
            "entity",
            f"The post names “{first.text}” but the rendering names “{span.slice(claim.text)}” instead.",
            Span(first.start, first.end),
            span,
        )
    elif (
        col.ctx.claim_kind == "quote"
        and not ROLE_HI.search(claim.text)
        and _wholly_missing(post, missing[0], set(missing))
    ):
        col.add(
            "entity",
            f"The post names “{first.text}”, "
            + ("who is" if person and not acronym(first.text) else "which is")
            + " missing from the rendering.",
            Span(first.start, first.end),
            None,
        )
    if len(col.findings) == before:
        # The unmatched name may just be respelled; a place put in for one the post
        # names is still a swap.
        _check_added_places(col, match)


def _check_added_places(col: Collector, match: PairMatch) -> None:
    """A known place or organisation of the rendering that the post never mentions, while
    a place the post names twice is rendered once ("Canada's capital … Canada's past" →
    "कनाडा की राजधानी … पाकिस्तान के अतीत"): the second mention was swapped."""
    post, claim = match.post, match.claim
    post_places = {k for keys in post.keys for k in keys if k.startswith("G:")}
    post_count = {k: sum(1 for keys in post.keys if k in keys) for k in post_places}
    claim_count = {k: sum(1 for keys in claim.keys if k in keys) for k in post_places}
    if not any(post_count[k] > claim_count[k] for k in post_places):
        return  # every place of the post is rendered as often as the post names it
    # Dotted abbreviations (U.S., U.K.) name a country as well.
    dotted = re.sub(r"\b([A-Z])\.([A-Z])\.", r"\1\2", post.text)
    post_places |= {"G:" + p.key.casefold() for p in places_in(dotted, "en")}
    names = [t.text.lstrip("@#") for t in post.tokens if t.text[:1].isupper() or t.text[:1] in "@#"]
    for j in sorted(
        set(claim.name_candidates) | {j for j in range(len(claim.tokens)) if is_place(claim, j)}
    ):
        keys = {k for k in claim.keys[j] if k.startswith("G:")}
        if not keys or keys & post_places or j in match.matched_claim():
            continue
        tok = claim.tokens[j]
        if any(respelled(tok.text, n) for n in names if len(n) > 2):
            continue
        if THE_COUNTRY_HI.search(tok.text) or tok.text in ("भारत", "भारतीय"):
            continue  # Indian news adds "India" where the post says "the country"
        if _names_the_author(col, claim, j, j):
            continue  # ईरानी here is Smriti Irani, who posted, not "Iranian"
        col.add(
            "entity",
            f"The rendering names “{tok.text}”, which the post does not mention.",
            None,
            Span(tok.start, tok.end),
        )
        return


def _is_reply_mention(post: TextProfile, i: int) -> bool:
    """Leading @mentions of a reply, and tags at the end of a post (… @sachin_rt, … #G20
    @narendramodi), address or tag people; renderings drop them as a matter of course."""
    if not post.tokens[i].text.startswith("@"):
        return False
    tags = ("@", "#")
    leading = all(post.tokens[k].text.startswith(tags) for k in range(i + 1))
    trailing = all(post.tokens[k].text.startswith(tags) for k in range(i, len(post.tokens)))
    return leading or trailing


def _check_slot_swap(col: Collector, match: PairMatch, regions: Sequence[Span]) -> bool:
    """A word of a multiword name (Jamie Siminoff, Norman Lamb, Vasco da Gama, NASA's
    shuttle chief N. Wayne Hale) is missing and another name stands in its place beside
    the rest of the name: a swap, even when the new name is also an English word
    (टेलर, किंग) or the old one is a word of the lexicon (Lamb, Cooper)."""
    post, claim = match.post, match.claim
    matched_p = match.matched_post()
    for i, tok in enumerate(post.tokens):
        word = bare_word(tok.text)
        if (
            i in matched_p
            or not word[:1].isupper()
            or len(word) < 3
            or word.casefold() in NOT_NAMES
            or word.casefold() in STOP_EN
            or tok.text.startswith(("@", "#"))
            or is_place(post, i)
            or (word.isupper() and len(word) > 4)  # a word in capitals for emphasis
            or not any(in_region(Span(tok.start, tok.end), r) for r in regions)
        ):
            continue
        slot = name_slot(match, i)
        if slot is None:
            continue
        j, by_name = slot
        other = claim.tokens[j].text
        if (native_word(other) or is_weak(other, "hi")) and not is_place(claim, j):
            continue  # a common Hindi word (पिछले, अभियान) stands there, not a name
        # Beside a name the rendering spelled out (जेमी for Jamie), and a name on at least
        # one side: "Niagara Falls" = "नियाग्रा जलप्रपात" is the word translated.
        if respelled(other, word) or not by_name:
            continue
        if j not in claim.name_candidates and load_lexicon().hindi_keys(word.casefold()):
            continue
        if is_place(claim, j) or similar_somewhere(tok.text, claim):
            continue
        col.add(
            "entity",
            f"The post names “{word}” but the rendering names “{other}” in its place.",
            Span(tok.start, tok.end),
            Span(claim.tokens[j].start, claim.tokens[j].end),
        )
        return True
    return False


def _emphasis(post: TextProfile, i: int) -> bool:
    """A word written in capitals for emphasis (AMPLIFIED, DOUBLE), not an acronym."""
    word = bare_word(post.tokens[i].text)
    if not (word.isupper() and len(word) > 4):
        return False
    # UNESCO and UNICEF are in the gazetteer; a long word in capitals that is not, is shouted
    return not any(k.startswith("G:") for k in post.keys[i])


def _names_the_author(col: Collector, claim: TextProfile, a: int, b: int) -> bool:
    """The run is the post's author by name (स्मृति ईरानी for Smriti Irani): the article
    naming who posted, not a name put in place of one the post has."""
    return any(is_author_word(col.ctx, claim.tokens[k].text) for k in range(a, b + 1))


def _shouted(post: TextProfile, i: int) -> bool:
    """An ordinary word in capitals (THE, NEVER) or a word of a phrase in capitals."""
    if bare_word(post.tokens[i].text).casefold() in STOP_EN:
        return True
    near = [post.tokens[k].text for k in (i - 1, i + 1) if 0 <= k < len(post.tokens)]
    return any(bare_word(w).isupper() and len(bare_word(w)) >= 3 for w in near)
