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
from collections.abc import Sequence

from verifier.claims.cues import find_cues
from verifier.claims.sentences import sentence_spans
from verifier.claims.speakers import speaker_before
from verifier.drift.collect import Collector
from verifier.lang.lexicon import load_lexicon
from verifier.lang.roles import ANY_BODY, NO_BODY, load_roles
from verifier.lang.stem import fold_hi, stem_hi
from verifier.lang.translit import (
    LOANWORD_MATCH,
    NAME_MATCH,
    acronym_letters,
    loanword_similarity,
    name_similarity,
    split_handle,
)
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
    must be the institution's ("पुलिस" for @MumbaiPolice, not for a court's account), one
    every institution has (its officials), and never a voice from outside (the opposition,
    witnesses, experts: ``roles.tsv``)."""
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
    table = load_roles()
    groups = table.hindi_groups(_role_words(speaker))
    outside = bool(groups) and all(table.bodies[g] == {NO_BODY} for g in groups)
    if outside or any(w in OUTSIDE_VOICES_HI for w in speaker.split()):
        # @isro, "PIB India", "Mumbai Police": whatever the institution, the opposition or
        # its protesters did not write its post.
        _misattributed(col, speaker)
        return
    if not institution:
        # An acronym's own roles (ISRO: scientists? officials?) are not known here; a role
        # that speaks only for accounts named after it (a spokesperson) is not ISRO's.
        if groups and all(table.named_after(g) for g in groups) and not _qualified(speaker):
            _misattributed(col, speaker)
        return
    own = table.groups_of_body(words)
    named = _role_words(speaker)
    qualifiers = frozenset().union(*(table.hindi_groups([w]) for w in named[:-1]))
    if any(ANY_BODY in table.bodies[g] for g in groups) or (groups | qualifiers) & own:
        return  # its officials; "पुलिस" or "पुलिस प्रवक्ता" for Mumbai Police
    if groups and own:
        _misattributed(col, speaker)  # "वैज्ञानिक" for a department, "अदालत" for a ministry
        return
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


def _qualified(speaker: str) -> bool:
    """The role is someone's ("इसरो के प्रवक्ता", "एम्स प्रवक्ता"): other words before it."""
    return len(_role_words(speaker)) > 1


def _role_words(speaker: str) -> list[str]:
    """The speaker's words without honorifics at the end and punctuation ("मस्क जी")."""
    words = [w.strip(",;:'\"‘’“”()") for w in speaker.split()]
    words = [w for w in words if w]
    while words and words[-1] in _HONORIFICS:
        words.pop()
    return words


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
    r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*|(?<![a-z])[a-z]+),?\s+(?:\w+ly\s+|also\s+)?"
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


def _same_speaker(
    hindi: list[str], english: str, clause: str = "", titles: Sequence[str] = ()
) -> bool:
    """The rendering's speaker (``hindi``, its head last) names the post's speaker: by
    sound for a name, by meaning for a role (वैज्ञानिकों for Scientists), or by a content
    word of the clause before the reporting verb (अध्ययन for "A study published in Science
    reported")."""
    if english[:1].isupper() and name_similarity(" ".join(hindi), english) >= SAME_AUTHOR:
        return True
    return _found_in(hindi, f"{english} {clause}", titles)


def _found_in(hindi: list[str], english: str, titles: Sequence[str] = ()) -> bool:
    """The head of the speaker ``hindi`` (its last word, or its role) is in the English
    text: a role of the same group (अधिकारियों for "authorities"), a translation
    (अध्ययन for "study"), or a name by sound (पिचाई for "Pichai"). An English word that
    one of the speaker's ``titles`` translates (Mayor for मेयर) is not a name to sound
    like."""
    table = load_roles()
    groups = table.hindi_groups(hindi)
    if groups & table.english_groups(english):
        return True
    head = hindi[-1]
    lex = load_lexicon()
    words = re.findall(r"[A-Za-z][\w'’-]*", english)
    for k, word in enumerate(words):
        if word.casefold() in STOP_EN:
            continue
        keys = lex.hindi_keys(word.casefold()) | lex.lookup_phrase_en(
            [w.casefold() for w in words[k : k + 2]]
        )
        if stem_hi(head) in keys or fold_hi(head) in keys:
            return True
        if any(stem_hi(t) in keys or fold_hi(t) in keys for t in titles):
            continue
        if word[:1].isupper() and name_similarity(head, word) >= SAME_AUTHOR:
            return True
        if loanword_similarity(head, word) >= LOANWORD_MATCH:
            return True  # "authorities" written in Devanagari (अथॉरिटीज़)
    letters = acronym_letters(head)
    return bool(letters) and letters in _acronyms(english)


_JOINERS = frozenset("of for and the on de".split())
"""Lower-case words inside a name run ("Institute for Justice and Democracy")."""


def _acronyms(english: str) -> set[str]:
    """Initials of the post's runs of capitalised words ("World Health Organisation" →
    "who"): a rendering may name a body by its acronym in Devanagari (डब्ल्यूएचओ)."""
    runs: list[list[str]] = [[]]
    for m in re.finditer(r"[A-Za-z][\w'’-]*", english):
        word = m.group(0)
        if word[0].isupper():
            runs[-1].append(word[0].casefold())
        elif word not in _JOINERS and runs[-1]:
            runs.append([])
    out = set()
    for run in runs:
        # every stretch of the run: "Medecines Sans Frontieres and the World Health
        # Organisation" holds MSF and WHO
        initials = "".join(run)
        n = len(initials)
        out |= {initials[i:j] for i in range(n) for j in range(i + 2, min(n, i + 8) + 1)}
    return out


def check_reported_speaker(col: Collector, claim_text: str) -> None:
    """A post that reports someone's words ("the researchers suggested …") rendered as
    someone else's ("सरकार ने सुझाव दिया …"): the rendering's speaker, by name or by role,
    must be the one the post names, or at least someone the post names at all (a name by
    sound, a role by its group in ``roles.tsv``: "police" is not "सेना", "officials" not
    "अदालत")."""
    posted = _reported(col.post_text)
    for speaker, span in _claim_speakers(claim_text):
        # the name after its titles ("मेयर डेविड मिलर" → डेविड मिलर), else the role words
        words = speaker_name(speaker) or [
            w for w in _role_words(speaker) if w not in _PRONOUN_SPEAKERS and w not in _LINKS
        ]
        titles = [w for w in _role_words(speaker) if w not in words]
        if not words or any(_same_speaker(words, who, clause, titles) for who, clause in posted):
            continue
        groups = load_roles().hindi_groups(words)
        said_by = frozenset().union(
            *(load_roles().english_groups(f"{who} {clause}") for who, clause in posted)
        )
        named_in_post = _found_in(words, col.post_text, titles)
        if named_in_post and not (groups and said_by):
            # someone the post names, if not where the reporting verb is; but a role for a
            # role must be the role of the post's speaker ("officials said" → "प्रदर्शनकारियों")
            continue
        if _is_author(words, col.ctx.author_name, col.ctx.handle) and (
            col.ctx.author_name or col.ctx.handle
        ):
            continue  # the post's author passing on what someone said
        named = [who for who, _ in posted if who[:1].isupper()]
        said = f" (the post reports the words of “{named[0]}”)" if named else ""
        who = (
            "who is not the speaker the post reports"
            if named_in_post
            else "whom the post does not name"
        )
        col.add(
            "attribution",
            f"The rendering gives these words to “{speaker}”, {who}{said}.",
            None,
            span,
        )
        return


# "X ने पुष्टि की कि", "X ने दावा किया कि": an ergative subject whose verb reports what
# follows कि, a speech act the cue list may not name.
_ERGATIVE_KI = re.compile(r"(?<!\S)ने\s+(?:[^\s,।.!?]+\s+){1,3}?कि(?!\S)")


def _claim_speakers(claim_text: str) -> list[tuple[str, Span]]:
    """Who the rendering says spoke: the speakers of its speech cues and of an ergative
    subject before a कि clause, each with its span; pronouns and the subject of another
    clause ("तुर्की ने … शुरू कर दिया है, बयान में कहा गया") left out."""
    out: list[tuple[str, Span]] = []
    for sent in sentence_spans(claim_text, Span(0, len(claim_text))):
        covered = []
        for cue in find_cues(claim_text, sent):
            covered.append(cue.span)
            if not cue.speaker or cue.speaker.split()[0] in PRONOUNS:
                continue
            if cue.speaker_span and "," in claim_text[cue.speaker_span.end : cue.span.end]:
                continue
            out.append((cue.speaker, cue.speaker_span or cue.span))
        for m in _ERGATIVE_KI.finditer(claim_text, sent.start, sent.end):
            if any(c.start <= m.start() < c.end for c in covered):
                continue
            speaker, start = speaker_before(claim_text, m.start(), sent.start)
            if speaker and speaker.split()[0] not in PRONOUNS:
                out.append((speaker, Span(start, start + len(speaker))))
    return out
