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

from verifier.claims.cues import find_cues
from verifier.claims.sentences import sentence_spans
from verifier.drift.collect import Collector
from verifier.lang.lexicon import load_lexicon
from verifier.lang.stem import fold_hi, stem_hi
from verifier.lang.translit import NAME_MATCH, name_similarity, split_handle
from verifier.lang.words import (
    OUTSIDE_VOICES_HI,
    PRONOUNS,
    REPORTING_VERBS_EN,
    STOP_EN,
    TITLES_HI,
)
from verifier.match.pairs import author_names, speaker_matches
from verifier.model import Post, PostKey, Span

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
        if w not in _PRONOUN_SPEAKERS
        and len(w) > 1
        and "/" not in w  # a link glued to the text is nobody
        and any(ch.isalpha() for ch in w)
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
    names = [n for n in (author_name, handle and " ".join(split_handle(handle))) if n]
    if any(name_similarity(" ".join(words), n) >= NAME_MATCH for n in names):
        return True  # the whole name, transliterated (शाहरुख खान ~ Shah Rukh Khan)
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


_INSTITUTIONS_EN = frozenset(
    "police court ministry government army navy department office commission university "
    "agency bureau council committee party observer authority authorities board "
    "corporation company institute organisation organization force forces".split()
)
"""Words of an account's name that make it an institution, whose role a speaker can be
compared with ("Mumbai Police", "Supreme Court Observer", "Ministry of External Affairs")."""


def _misattributed(col: Collector, speaker: str) -> None:
    by = col.ctx.author_name or "@" + (col.ctx.handle or "")
    col.add(
        "attribution",
        f"The article attributes these words to “{speaker}”, but the post is by {by}.",
        None,
        None,
    )


def _check_role(col: Collector, speaker: str) -> None:
    """A speaker named by role (पुलिस, सरकार, विपक्ष) for an institution's post: the role
    must be the institution's ("पुलिस" for @MumbaiPolice, not for a court's account)."""
    account = " ".join(
        w for w in (col.ctx.author_name or "", " ".join(split_handle(col.ctx.handle or ""))) if w
    )
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", account)]
    institution = any(w in _INSTITUTIONS_EN for w in words)
    # An account named by an acronym (ISRO, NASA, PIB India) is an institution's; handles
    # are not read for this: people's handles are full of capitals.
    acronym = any(
        len(w) >= 3 and w.isupper() for w in re.findall(r"[A-Za-z]+", col.ctx.author_name or "")
    )
    if not institution and not acronym:
        return  # a person's post: a role may well be theirs (मंत्री, सरकार)
    if any(w in OUTSIDE_VOICES_HI for w in speaker.split()):
        # @isro, "PIB India", "Mumbai Police": whatever the institution, the opposition or
        # its protesters did not write its post.
        _misattributed(col, speaker)
        return
    if not institution:
        return  # an acronym's own role (ISRO: scientists? officials?) is not known here
    lex = load_lexicon()
    roles = [
        w for w in speaker.split() if w not in TITLES_HI and w not in _LINKS and lex.knows_hindi(w)
    ]
    if not roles:
        return
    keys = frozenset().union(
        *(lex.hindi_keys(w) for w in words),
        *(lex.lookup_phrase_en(words[k : k + 2]) for k in range(len(words) - 1)),
    )
    if any(stem_hi(r) in keys or fold_hi(r) in keys for r in roles):
        return
    if name_similarity(speaker, account) >= SAME_AUTHOR:
        return  # the account's name written in Devanagari (इंडियन एयरफोर्स)
    _misattributed(col, speaker)


def check_attribution(col: Collector) -> None:
    speaker = col.ctx.speaker
    if not speaker or not (col.ctx.author_name or col.ctx.handle):
        return
    cue = col.ctx.cue or ""
    if _SHARED.search(cue) and not re.search(r"\sकि\s*$", cue):
        return
    name = speaker_name(speaker)
    if not name:
        _check_role(col, speaker)
        return
    if _is_author(name, col.ctx.author_name, col.ctx.handle):
        return
    _misattributed(col, speaker)


# --- the speaker a post itself reports ("researchers suggested", "Trump announced") -----

# A lower-case speaker starts where its word starts: the leftmost match always did, and a
# search from inside a long word read the rest of the word from every letter.
_POST_SPEAKER = re.compile(
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*|(?<![a-z])[a-z]+)\s+(?:\w+ly\s+|also\s+)?"
    rf"(?:{'|'.join(sorted(REPORTING_VERBS_EN))})\b"
)
_NOT_SPEAKERS = frozenset(
    "it this that which who he she they we i you there also has have had "
    # documents and figures "say" things too; a rendering may credit whoever wrote them
    "statement study report survey poll data figures results letter document paper "
    "analysis cent percent statistics".split()
)


def post_speakers(post_text: str) -> list[str]:
    """Who the post says said something: a name run or a role word before a reporting
    verb ("Ring's CEO, Jamie Siminoff, remarked", "the researchers suggested")."""
    return [who for who, _ in _reported(post_text)]


_CLAUSE_START = re.compile(r"[,;:.!?\n(]\s*")


def _reported(post_text: str) -> list[tuple[str, str]]:
    """Each reported speaker with the words of its clause up to the verb ("A study
    published on Thursday in the journal Science reported"): the speaker may be any of
    them, the name right before the verb being only the likeliest."""
    out = []
    for m in _POST_SPEAKER.finditer(post_text):
        who = m.group("who").strip(" ,")
        folded = who.casefold()
        if folded in _NOT_SPEAKERS or folded in STOP_EN:
            continue
        if who.islower() and folded.endswith(("ed", "ing")):
            continue  # "those surveyed believe", "where it occurred said": not a speaker
        starts = [c.end() for c in _CLAUSE_START.finditer(post_text, 0, m.start("who"))]
        out.append((who, post_text[starts[-1] if starts else 0 : m.end("who")]))
    return out


def _same_speaker(hindi: list[str], english: str, clause: str = "") -> bool:
    """The rendering's speaker words name the post's speaker: by sound for a name, by
    meaning for a role (वैज्ञानिकों for Scientists), or any content word of the clause
    before the reporting verb (अध्ययन for "A study published in Science reported")."""
    if english[:1].isupper() and (
        name_similarity(" ".join(hindi), english) >= SAME_AUTHOR
        or any(name_similarity(w, english) >= SAME_AUTHOR for w in hindi)
    ):
        return True
    lex = load_lexicon()
    for word in {english, *re.findall(r"[A-Za-z]+", clause)}:
        if word.casefold() in STOP_EN:
            continue
        keys = lex.hindi_keys(word.casefold())
        if any(stem_hi(w) in keys or fold_hi(w) in keys for w in hindi):
            return True
        if word[:1].isupper() and any(name_similarity(w, word) >= SAME_AUTHOR for w in hindi):
            return True
    return False


def check_reported_speaker(col: Collector, claim_text: str) -> None:
    """A post that reports someone's words ("the researchers suggested …") rendered as
    someone else's ("सरकार ने सुझाव दिया …"): the speaker the post names, by name or by
    role, must be the speaker the rendering names."""
    posted = _reported(col.post_text)
    if not posted:
        return
    for sent in sentence_spans(claim_text, Span(0, len(claim_text))):
        for cue in find_cues(claim_text, sent):
            if not cue.speaker or cue.speaker.split()[0] in PRONOUNS:
                continue
            if cue.speaker_span and "," in claim_text[cue.speaker_span.end : cue.span.end]:
                continue  # "तुर्की ने … शुरू कर दिया है, बयान में कहा गया": another clause's subject
            words = speaker_name(cue.speaker) or [
                w for w in cue.speaker.split() if w not in TITLES_HI and w not in _LINKS
            ]
            if not words or any(_same_speaker(words, who, clause) for who, clause in posted):
                continue
            if _is_author(words, col.ctx.author_name, col.ctx.handle) and (
                col.ctx.author_name or col.ctx.handle
            ):
                continue  # the post's author passing on what someone said
            col.add(
                "attribution",
                f"The post reports the words of “{posted[0][0]}”, but the rendering gives them "
                f"to “{cue.speaker}”.",
                None,
                cue.speaker_span or cue.span,
            )
            return
