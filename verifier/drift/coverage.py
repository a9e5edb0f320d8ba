"""Omission and addition: a clause of the post left out, or one the post does not have.

Both texts are cut into clauses and sub-clauses (``verifier.drift.clauses``), and each
piece's share of matched content words is measured (light verbs and filler words count for
little). Neighbouring pieces with (almost) nothing matched form a run. A run of the post,
inside the part the rendering covers, is omitted when it carries enough content, the rest
of that part is well rendered, and the rendering has no spare unexplained content near it
that could be its counterpart in words the lexicon does not know. An addition is the same
the other way round. A reporting frame ("X ने कहा कि") is the article's, never an addition.

"Near" is read from the matched words: a piece of the other side is near the run when its
matched words land in the run or in the pieces next to it in the same sentence, or when it
has none (it could be anywhere). What those pieces leave unexplained is the spare that could
render the run. So a whole sentence of the rendering with nothing matched can only stand
for a clause of the post that is itself unrendered.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace

from verifier.drift.clauses import WEAK_WEIGHT, frames, is_weak, sentences, units
from verifier.drift.collect import Collector, in_region, split_clauses
from verifier.drift.connectors import ALL_KINDS, CONTRAST, opening_class, unmatched_connector
from verifier.drift.sources import new_source
from verifier.drift.stakes import qualifies_the_rest, what_it_carries, whole_sentences
from verifier.lang.funcwords import load_function_words
from verifier.match.anchors import TextProfile
from verifier.match.pairs import PairMatch
from verifier.model import Severity, Span

LOW_SHARE = 0.25
"""A piece with less than this share of its content matched has no counterpart."""
MIN_ADDED = 2.0
"""Unmatched content an added run must carry (and two full words): a subject and a
predicate ("विशेषज्ञों ने … पुष्टि की") already assert something; one word does not."""
MIN_OMITTED = 3.0
"""Unmatched content a dropped run must carry: three words, or a name and a word. Two-word
pieces of the post are mostly items of a list ("mantras and visualizations", "high winds")
whose Hindi the lexicon does not know, not clauses."""
REST_SHARE = 0.4
"""The rest of the text must be this well matched: otherwise the pair is loosely rendered
(a summary, a paraphrase the lexicon cannot follow) and a gap says nothing."""
ADDED_AFTER_CONNECTOR = 2
"""Content words an added run opening with a connector needs besides the connector."""
ADDED_COUNTERPART = 0.5
"""Spare unexplained post content next to an added run, per unit of the run's, up to which
the run still counts as having no counterpart."""
OMITTED_COUNTERPART = 0.75
"""The same for a dropped run, against the unexplained words of its whole Hindi sentence."""
LOOSE_REST_SHARE = 0.25
LOOSE_COUNTERPART = 0.3
"""A long run (``LONG_RUN``) counts even when the rest is matched only this well, if the
other side has at most this much spare content per unit of the run."""
LONG_RUN = 5.0
LONG_COUNTERPART = 0.75
"""A run of this much content may have up to this much spare near it: a few unknown words
nearby cannot render a whole long clause."""


@dataclass(frozen=True, slots=True)
class Piece:
    span: Span
    sentence: int
    total: float
    matched: float
    lands: frozenset[int]
    """Pieces of the other side where this piece's matched words found their counterpart."""
    loose: int
    """Unmatched words of full weight (not light verbs or fillers)."""

    @property
    def unmatched(self) -> float:
        return self.total - self.matched


@dataclass(frozen=True, slots=True)
class Gap:
    """A run of pieces with no counterpart, and what the decision rests on."""

    span: Span
    unmatched: float
    rest: float
    """Share of matched content in the rest of the text."""
    spare: float
    """Unexplained content of the other side that could be the run's counterpart."""
    words: int
    """Unmatched content words in the run."""


def _weights(prof: TextProfile, skip: Sequence[Span]) -> list[float]:
    lang = "en" if prof.lang == "en" else "hi"
    out: list[float] = []
    for i, (tok, w) in enumerate(zip(prof.tokens, prof.weights, strict=True)):
        if w and (
            any(s.start <= tok.start < s.end for s in skip)
            or tok.text[:1] in "@#"
            or "/" in tok.text
        ):
            w = 0.0  # a frame, a handle, a hashtag or a link: tags, not what a clause says
        elif w and is_weak(tok.text, lang):
            w = min(w, WEAK_WEIGHT)
        elif any(k.startswith(("N:", "D:")) for k in prof.keys[i]):
            w = min(w, 1.0)  # a figure: the number check judges it; here it is one word
        elif not any(ch.isalpha() for ch in tok.text):
            w = 0.0  # symbols, keycap digits
        out.append(w)
    return out


def _spans(text: str, lang: str, region: Span) -> list[tuple[Span, int]]:
    sents = sentences(text)
    # The region is made of whole sentences; widen it over an abbreviation's full stop.
    touched = [s for s in sents if s.start < region.end and region.start < s.end]
    if touched:
        region = Span(min(region.start, touched[0].start), max(region.end, touched[-1].end))
    out: list[tuple[Span, int]] = []
    for u in units(text, lang):
        if in_region(u, region):
            sid = next((k for k, s in enumerate(sents) if s.start <= u.start < s.end), -1)
            out.append((u, sid))
    return out


def _piece_of(prof: TextProfile, spans: Sequence[tuple[Span, int]]) -> list[int]:
    """Index of the piece each token falls in (-1: outside every piece)."""
    out = [-1] * len(prof.tokens)
    starts = [tok.start for tok in prof.tokens]  # in text order
    for k, (span, _) in enumerate(spans):
        for i in range(bisect_left(starts, span.start), bisect_left(starts, span.end)):
            out[i] = k
    return out


def _one_to_one(
    pairs: Sequence[tuple[int, int, str]], p_of: Sequence[int], c_of: Sequence[int]
) -> list[tuple[int, int]]:
    """Matched pairs, with a post word repeated in two clauses given to one of them.

    The matcher pairs every post word with every claim word sharing a key, so a dropped
    clause that repeats words of a rendered one ("29 per cent believe Australia should
    become a republic …, while 31 per cent believe Australia should never …") looks
    rendered. Post words competing for one claim word keep the pairs whose clause pair is
    backed by the most other matched words; ties keep all. (Not the other way round: Hindi
    repeats a noun where English says "it".)
    """
    links = sorted({(i, j) for i, j, _ in pairs})
    by_pieces: dict[tuple[int, int], set[int]] = {}
    for i, j in links:
        by_pieces.setdefault((p_of[i], c_of[j]), set()).add(i)
    support = {(i, j): len(by_pieces[(p_of[i], c_of[j])] - {i}) for i, j in links}
    groups: dict[int, list[tuple[int, int]]] = {}
    for link in links:
        groups.setdefault(link[1], []).append(link)
    keep = set(links)
    for group in groups.values():
        best = max(support[link] for link in group)
        keep -= {link for link in group if support[link] < best}
    return sorted(keep)


def _pieces(
    prof: TextProfile,
    spans: Sequence[tuple[Span, int]],
    weights: Sequence[float],
    links: dict[int, set[int]],
    other_piece: Sequence[int],
) -> list[Piece]:
    mine = _piece_of(prof, spans)
    out: list[Piece] = []
    for k, (span, sid) in enumerate(spans):
        idx = [i for i, p in enumerate(mine) if p == k and weights[i]]
        got = [i for i in idx if i in links]
        lands = {other_piece[j] for i in got for j in links[i]} - {-1}
        loose = sum(
            1
            for i in idx
            if i not in links
            and weights[i] >= 1.0
            and not any(k.startswith(("N:", "D:")) for k in prof.keys[i])
        )
        total = sum(weights[i] for i in idx)
        out.append(Piece(span, sid, total, sum(weights[i] for i in got), frozenset(lands), loose))
    return out


def _runs(pieces: Sequence[Piece]) -> list[list[int]]:
    """Maximal runs of pieces (same sentence or not) with too little matched."""
    runs: list[list[int]] = []
    cur: list[int] = []
    for k, p in enumerate(pieces):
        if not p.total:
            continue  # a piece of function words neither starts nor ends a run
        if p.matched / p.total < LOW_SHARE:
            cur.append(k)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return runs


def gaps(
    mine: Sequence[Piece], other: Sequence[Piece], *, whole_sentence: bool, spread: bool = False
) -> list[Gap]:
    """Every run of ``mine`` with its evidence (the thresholds are applied by the caller).

    ``whole_sentence``: every piece of the run's sentence is near it, not only the pieces
    next to it (for a dropped clause: a Hindi sentence may render it anywhere, verb last).
    ``spread``: a piece of the other side too little matched to be rendered anywhere is
    near too (an unrendered sentence of the post, whose one stray match says nothing of
    where its rendering stands, can be the counterpart of added words).
    """
    total = sum(p.total for p in mine)
    matched = sum(p.matched for p in mine)
    out: list[Gap] = []
    for run in _runs(mine):
        run_total = sum(mine[k].total for k in run)
        run_unmatched = sum(mine[k].unmatched for k in run)
        rest_total = total - run_total
        rest = (matched - (run_total - run_unmatched)) / rest_total if rest_total > 0 else 0.0
        sentences = {mine[k].sentence for k in run}
        near = set(run)
        if whole_sentence:
            near |= {k for k, p in enumerate(mine) if p.sentence in sentences}
        for step, start in ((-1, run[0] - 1), (1, run[-1] + 1)):
            k = start
            while 0 <= k < len(mine) and not mine[k].total:
                k += step
            if 0 <= k < len(mine) and mine[k].sentence in sentences:
                near.add(k)
        # A piece of the other side with too little matched to be rendered anywhere could
        # render the run wherever it stands (its stray matched word says nothing of where).
        candidates = sum(
            p.unmatched
            for p in other
            if not p.lands or p.lands & near or (spread and p.matched < LOW_SHARE * p.total)
        )
        span = Span(mine[run[0]].span.start, mine[run[-1]].span.end)
        words = sum(mine[k].loose for k in run)
        out.append(Gap(span, run_unmatched, rest, candidates, words))
    return out


def found(gap: Gap, least: float, counterpart: float) -> bool:
    if gap.unmatched < least or gap.words < 2:
        return False
    if gap.rest < REST_SHARE:
        # A long clause with next to nothing on the other side that could render it is
        # dropped even from a loosely rendered text.
        return (
            gap.unmatched >= LONG_RUN
            and gap.rest >= LOOSE_REST_SHARE
            and gap.spare <= LOOSE_COUNTERPART * gap.unmatched
        )
    if gap.unmatched >= LONG_RUN:
        counterpart = max(counterpart, LONG_COUNTERPART)
    return gap.spare <= counterpart * gap.unmatched


def _trim(post: list[Piece], text: str) -> list[Piece]:
    """Without the statements at the start or end of a clause of the judge that have
    nothing rendered while the rest of that clause is ("Claim: … #PIBFactCheck: No such
    move …" rendered from "No such move" on): the rendering covers only part of it.
    Whole clauses are left to the judge's rendered region. The pieces are emptied, not
    removed, so that the other side's ``lands`` still index them."""
    clauses = split_clauses(text)
    clause_of = {
        k: next((c for c, cl in enumerate(clauses) if cl.start <= s.start < cl.end), -1)
        for k, s in enumerate(sentences(text))
    }

    def rendered(sid: int) -> bool:
        t = sum(p.total for p in post if p.sentence == sid)
        return not t or sum(p.matched for p in post if p.sentence == sid) / t >= LOW_SHARE

    ids = sorted({p.sentence for p in post})
    drop: set[int] = set()
    for order in (ids, ids[::-1]):
        for k, sid in enumerate(order):
            later = [o for o in order[k + 1 :] if clause_of.get(o) == clause_of.get(sid)]
            if rendered(sid) or not any(rendered(o) for o in later):
                break
            drop.add(sid)
    return [replace(p, total=0.0, matched=0.0, loose=0) if p.sentence in drop else p for p in post]


def sides(match: PairMatch, region: Span) -> tuple[list[Piece], list[Piece]]:
    """The pieces of the post (inside ``region``) and of the rendering, linked."""
    claim_text = match.claim.text
    p_spans = _spans(match.post.text, "en" if match.post.lang == "en" else "hi", region)
    c_spans = _spans(claim_text, "hi", Span(0, len(claim_text)))
    p_of = _piece_of(match.post, p_spans)
    c_of = _piece_of(match.claim, c_spans)
    p2c: dict[int, set[int]] = {}
    c2p: dict[int, set[int]] = {}
    for i, j in _one_to_one(match.pairs, p_of, c_of):
        p2c.setdefault(i, set()).add(j)
        c2p.setdefault(j, set()).add(i)
    post = _trim(_pieces(match.post, p_spans, _weights(match.post, ()), p2c, c_of), match.post.text)
    claim = _pieces(match.claim, c_spans, _weights(match.claim, frames(claim_text)), c2p, p_of)
    return post, claim


_CLAUSE_OPENER = re.compile(
    r"(?:where|which|who|whom|whose|but|while|whereas|although|though|because)\b", re.IGNORECASE
)


def least_omitted(gap: Gap, post_text: str) -> float:
    """Two words suffice for a dropped clause that opens with a subordinator or "but"
    ("where he later died", "but the differences are subtle"): list items never do."""
    opens = _CLAUSE_OPENER.match(gap.span.slice(post_text).lstrip(" ,;"))
    return MIN_ADDED if opens else MIN_OMITTED


def matters(span: Span, post_text: str, lang: str, *, edge: bool) -> bool:
    """Whether leaving the whole sentences ``span`` out changes what the rest says. Between
    sentences the rendering gives, they do when they carry a negation, a figure, a
    qualifier or a condition; at the start or end of the post (``edge``), only when they
    qualify what is kept: a contrast, a condition, a hedge (``stakes``). Otherwise the
    rendering quotes a selection, as news does, and the left-out sentences are a minor
    note for the editor. A clause cut from a sentence is judged apart
    (``_cut_from_a_rendered_sentence``)."""
    text, key = span.slice(post_text), "en" if lang == "en" else "hi"
    if edge:
        return qualifies_the_rest(text, key) is not None
    return what_it_carries(text, key) is not None


def omission_severity(span: Span, post_text: str, lang: str, *, edge: bool) -> Severity | None:
    """``None`` for the kind's own severity (the omission misleads), ``"minor"`` for a
    selection of whole sentences that changes nothing in the rest."""
    if not whole_sentences(span, post_text) or matters(span, post_text, lang, edge=edge):
        return None
    return "minor"


SENTENCE_REST = 0.6
"""A clause is cut from a sentence the rendering gives when the rest of that sentence is
matched this well (a translation with a piece missing); a summary of the sentence
matches less, and leaves out detail without misleading."""
SENTENCE_REST_CARRYING = 0.3
"""Enough of the rest of the sentence for a cut clause that carries a negation, figure,
qualifier or condition: losing one of those misleads even in a loose rendering."""


def _cut_from_a_rendered_sentence(gap: Gap, post: Sequence[Piece], text: str, lang: str) -> bool:
    if whole_sentences(gap.span, text):
        return True  # whole sentences were judged by what they carry (``matters``)
    inside = [k for k, p in enumerate(post) if in_region(p.span, gap.span)]
    sentences = {post[k].sentence for k in inside}
    rest = [p for k, p in enumerate(post) if p.sentence in sentences and k not in inside]
    total = sum(p.total for p in rest)
    share = sum(p.matched for p in rest) / total if total else 0.0
    if share >= SENTENCE_REST:
        return True
    carried = what_it_carries(gap.span.slice(text), "en" if lang == "en" else "hi")
    return carried is not None and share >= SENTENCE_REST_CARRYING


def _carries(gap: Gap, post_text: str, lang: str) -> bool:
    key = "en" if lang == "en" else "hi"
    return what_it_carries(gap.span.slice(post_text), key) is not None


def _left_out_message(part: str, rendered: str, severity: Severity | None) -> str:
    if severity == "minor":
        return (
            f"The rendering quotes a selection: it leaves out “{short(part)}”, which does not "
            f"change what the rest says (the rendering reads: “{rendered}”)."
        )
    return (
        f"The rendering leaves out this part of the post: “{short(part)}” "
        f"(the rendering reads: “{rendered}”)."
    )


def short(text: str, limit: int = 160) -> str:
    """``text`` on one line, cut to ``limit`` characters for a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _asserts(run: str) -> bool:
    """``run`` has a word that is neither a function word of the table (quantifiers,
    hedges, intensifiers …) nor a clause connector: "हालांकि ज़्यादातर" (though most), a
    piece of a loosely cut sentence, asserts nothing of its own."""
    words = [m for m in re.finditer(r"\S+", run) if any(ch.isalpha() for ch in m.group())]
    hits = load_function_words().find(run, "hi")
    return any(
        opening_class(m.group(), "hi") is None
        and not any(h.start <= m.start() < h.end for h in hits)
        for m in words
    )


def check_coverage(
    col: Collector,
    match: PairMatch,
    region: Span,
    shares: Sequence[tuple[Span, float]],
    elsewhere: Sequence[Span] = (),
    *,
    additions: bool = True,
) -> None:
    """Omitted and added runs. ``elsewhere``: parts of the post that other renderings in
    the article give; what one of them renders is not left out by this one.
    ``additions=False``: the rendering gives several posts at once (the frame says so),
    so what this post does not hold may well be another's: only omissions are judged."""
    del shares
    claim_text = match.claim.text
    post, claim = sides(match, region)
    rendered = short(claim_text)
    post_key = "en" if match.post.lang == "en" else "hi"
    omitted = [
        # "…, but there are subtle differences" and no लेकिन/मगर/… in the rendering: the
        # words it does not explain cannot be that clause's rendering.
        replace(g, spare=0.0)
        if unmatched_connector(
            g.span.slice(col.post_text),
            post_key,
            region.slice(col.post_text),
            claim_text,
            "hi",
            ALL_KINDS,
        )
        else g
        for g in gaps(post, claim, whole_sentence=True)
    ]
    for gap in (
        g for g in omitted if found(g, least_omitted(g, col.post_text), OMITTED_COUNTERPART)
    ):
        if any(in_region(gap.span, part) for part in elsewhere):
            continue
        rendered_after = any(p.matched for p in post if p.span.start >= gap.span.end)
        rendered_before = any(p.matched for p in post if p.span.end <= gap.span.start)
        edge = not (rendered_after and rendered_before)
        severity = omission_severity(gap.span, col.post_text, match.post.lang, edge=edge)
        if not _cut_from_a_rendered_sentence(gap, post, col.post_text, match.post.lang):
            continue
        if (
            severity is None
            and col.ctx.claim_kind != "quote"
            and not _carries(gap, col.post_text, match.post.lang)
        ):
            # Reported speech or a summary tells what was said, not every detail of it: a
            # left-out clause misleads only when it carries a negation, a figure, a
            # qualifier or a condition.
            severity = "minor"
        col.add(
            "omission",
            _left_out_message(gap.span.slice(col.post_text), rendered, severity),
            gap.span,
            None,
            severity=severity,
        )
    if not additions:
        return
    post_part = short(region.slice(col.post_text))
    # What the rendering adds is weighed against the whole post: a loosely translated
    # sentence of the post that the word match left outside the rendered part can be the
    # counterpart of the "added" words.
    whole = Span(0, len(col.post_text))
    whole_post, claim = (post, claim) if region == whole else sides(match, whole)
    added = [
        # a contrast the post does not draw ("…, लेकिन <a claim of its own>"); the words
        # after the connector must assert something themselves ("लेकिन सच" does not)
        replace(g, spare=0.0)
        if g.words > ADDED_AFTER_CONNECTOR
        and unmatched_connector(
            g.span.slice(claim_text), "hi", claim_text, col.post_text, post_key, CONTRAST
        )
        else g
        for g in gaps(claim, whole_post, whole_sentence=False, spread=True)
    ]
    for gap in (
        g
        for g in added
        if _asserts(g.span.slice(claim_text))
        and found(g, MIN_ADDED, ADDED_COUNTERPART)
        # however loosely the rest is rendered, it does not invent who did something
        or (
            g.unmatched >= MIN_ADDED
            and g.words >= 2
            and new_source(g.span.slice(claim_text), col.ctx)
        )
    ):
        col.add(
            "addition",
            f"The rendering adds “{short(gap.span.slice(claim_text))}”, which the post does "
            f"not say (the post reads: “{post_part}”).",
            None,
            gap.span,
        )
