"""Terminal report: the result as text for an editor reading a terminal (rich styling).

Lines are wrapped by :mod:`verifier.report.wrap` (grapheme-safe) and handed to rich only
for colour, so the output is the same at a given width on every machine and never splits
a Devanagari conjunct.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from io import StringIO

from rich.console import Console
from rich.style import Style
from rich.text import Text

from verifier.model import (
    ArticleResult,
    Claim,
    ClaimKey,
    Confirmation,
    Finding,
    Pair,
    Post,
    Skipped,
    Span,
    VerificationResult,
)
from verifier.policy.findings import (
    LocatedFinding,
    article_findings,
    is_unverifiable,
    source_key,
)
from verifier.policy.policy import Gate
from verifier.report.locations import is_url, locate, raw_for
from verifier.report.summary import plural, summarize, summary_line
from verifier.report.wrap import safe_cut, wrap_ranges

VERDICT_STYLE = {
    "faithful": "bold green",
    "minor": "bold yellow",
    "drift": "bold red",
    "unchecked": "bold magenta",
}
UNCHECKED_NOTE = "no word-level check exists for these languages: only figures and dates compared"
ACCEPTED = "bold cyan"
SEVERITY_STYLE = {"critical": "bold red", "major": "red", "minor": "yellow"}
EVIDENCE = "bold red underline"
ANCHOR = "cyan"
DIM = "dim"
MAX_SHOWN_CHARS = 4000
"""Longer texts (a hostile or broken post) are cut for the terminal; JSON keeps them whole."""
HEADING = "bold"


def _control_picture(m: re.Match[str]) -> str:
    cp = ord(m.group(0))
    if cp == 0x09:
        return " "
    if cp < 0x20:
        return chr(0x2400 + cp)  # ␛ for ESC: shown, never interpreted by the terminal
    return "\ufffd"


_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """Replace control characters (ANSI escapes in a hostile post) one-for-one, keeping offsets."""
    return _CONTROLS.sub(_control_picture, text)


def _hanging_ranges(plain: str, first: int, rest: int) -> list[tuple[int, int]]:
    """Line ranges with the first line ``first`` cells wide and the others ``rest``."""
    head = wrap_ranges(plain, max(first, 1))
    if len(head) == 1:
        return head
    start, end = head[0]
    after = end
    while after < len(plain) and plain[after] == " ":
        after += 1
    if after < len(plain) and plain[after] == "\n":
        after += 1
    tail = wrap_ranges(plain[after:], max(rest, 1))
    return [(start, end), *((a + after, b + after) for a, b in tail)]


class _Lines:
    """Collects wrapped, indented lines of rich ``Text``."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.lines: list[Text] = []

    def add(self, text: Text | str, indent: int = 0, hang: int = 0) -> None:
        """Wrap ``text`` to the width; continuation lines get ``hang`` extra spaces."""
        t = Text(text) if isinstance(text, str) else text.copy()
        t.plain = visible(t.plain)
        if len(t.plain) > MAX_SHOWN_CHARS:
            cut = safe_cut(t.plain, MAX_SHOWN_CHARS)
            hidden = len(t.plain) - cut
            t = t[:cut]
            t.append(f" … ({hidden} more characters not shown)", style=DIM)
        plain = t.plain
        ranges = _hanging_ranges(plain, self.width - indent, self.width - indent - hang)
        # One divide for all lines: slicing a rich Text per line is linear each time.
        cuts = sorted({x for r in ranges for x in r} - {0, len(plain)})
        pieces = dict(zip([0, *cuts], t.divide(cuts), strict=True))
        for i, (start, end) in enumerate(ranges):
            line = Text(" " * (indent if i == 0 else indent + hang))
            if end > start:
                line.append_text(pieces[start])
            self.lines.append(line)

    def blank(self) -> None:
        if self.lines and self.lines[-1].plain:
            self.lines.append(Text(""))

    def rule(self, char: str = "─") -> None:
        self.lines.append(Text(char * self.width, style=DIM))


def _styled(text: str, spans: Iterable[tuple[Span, str]]) -> Text:
    # Make controls visible before rich strips some of them, so offsets keep matching.
    t = Text(visible(text))
    for span, style in spans:
        if span.end <= len(text):
            t.stylize(style, span.start, span.end)
    return t


def _post_header(post: Post) -> Text:
    t = Text()
    t.append(f"POST {post.key}", style=HEADING)
    t.append("  ")
    who = post.author_name or "unknown author"
    t.append(who, style=HEADING)
    if post.handle:
        t.append(f" @{post.handle}")
    meta = [post.posted_at.isoformat() if post.posted_at else "no date", post.platform, post.origin]
    t.append(" · " + " · ".join(meta), style=DIM)
    return t


def _claim_header(claim: Claim | None, key: ClaimKey, extra: Sequence[str] = ()) -> Text:
    t = Text()
    t.append(str(key))
    if claim is None:
        return t
    t.append(f" {claim.kind}")
    for item in extra:
        t.append(f" · {item}")
    said = " ".join(x for x in (claim.speaker, claim.cue) if x)
    if said:
        t.append(" · ", style=DIM)
        t.append(said, style=DIM)
    return t


def _quoted(text: Text) -> Text:
    out = Text("“")
    out.append_text(text)
    out.append("”")
    return out


class _Findings:
    """Where each finding of one article points and whether the baseline accepts it."""

    def __init__(self, ar: ArticleResult, gate: Gate, raw: str | None) -> None:
        self.ar, self.gate, self.raw = ar, gate, raw
        # Keyed by identity: a located finding wraps the very Finding object the pair holds.
        self._located = {id(lf.finding): lf for lf in article_findings(ar)}

    def accepted_count(self) -> int:
        return sum(1 for lf in self._located.values() if self.gate.accepted(lf))

    def accepted(self, f: Finding) -> bool:
        lf = self._located.get(id(f))
        return lf is not None and self.gate.accepted(lf)

    def where(self, f: Finding) -> str:
        """``path:line:col`` of the rendering in the source file, or "" when unknown."""
        lf: LocatedFinding | None = self._located.get(id(f))
        if lf is None or is_url(lf.source):
            return ""
        region = locate(lf, self.ar, self.raw)
        if region is None or not region.in_file:
            return ""
        return f"{source_key(lf.source)}:{region.start_line}:{region.start_column}"


def _finding(out: _Lines, f: Finding, indent: int, found: _Findings) -> None:
    head = Text()
    where = found.where(f)
    if where:
        head.append(f"{where}: ", style=DIM)
    if found.accepted(f):
        head.append("ACCEPTED ", style=ACCEPTED)
    head.append(f.severity.upper(), style=SEVERITY_STYLE[f.severity])
    head.append(f" {f.kind}: ", style=HEADING)
    head.append(f.message)
    out.add(head, indent, hang=2)
    ev = Text("post ", style=DIM)
    ev.append(f"“{f.post_text}”" if f.post_text else "(nothing)", style=EVIDENCE)
    ev.append(" → rendering ", style=DIM)
    ev.append(f"“{f.claim_text}”" if f.claim_text else "(nothing)", style=EVIDENCE)
    out.add(ev, indent + 2, hang=2)


def _pair(out: _Lines, pair: Pair, claim: Claim | None, found: _Findings) -> None:
    head = Text()
    if pair.findings and all(found.accepted(f) for f in pair.findings):
        head.append("ACCEPTED", style=ACCEPTED)
        head.append(f" {pair.verdict}", style=DIM)
    else:
        head.append(pair.verdict.upper(), style=VERDICT_STYLE[pair.verdict])
    head.append("  ")
    head.append_text(_claim_header(claim, pair.claim, (f"score {pair.score:.2f}",)))
    out.add(head, 2, hang=4)
    if pair.verdict == "unchecked":
        out.add(Text(UNCHECKED_NOTE, style=DIM), 4, hang=2)
    if claim is not None:
        marks = [(a.claim_span, ANCHOR) for a in pair.anchors]
        marks += [(f.claim_span, EVIDENCE) for f in pair.findings if f.claim_span is not None]
        out.add(_quoted(_styled(claim.text, marks)), 4, hang=1)
    if pair.anchors:
        matched = Text("matched: ", style=DIM)
        for i, a in enumerate(pair.anchors):
            if i:
                matched.append(" · ", style=DIM)
            matched.append(f"{a.post_text} = {a.claim_text}", style=ANCHOR)
        out.add(matched, 4, hang=2)
    for f in pair.findings:
        _finding(out, f, 4, found)


def _confirmation(out: _Lines, c: Confirmation) -> None:
    t = Text()
    if c.state == "confirmed":
        t.append("CONFIRMED", style="green")
    elif is_unverifiable(c):
        t.append("UNVERIFIABLE", style="yellow")
        t.append(f" {c.state}")
    else:
        t.append("MISMATCH", style="bold red")
    if c.detail:
        t.append(f": {c.detail}")
    out.add(t, 2, hang=2)


def _post(
    out: _Lines, ar: ArticleResult, post: Post, claims: dict[ClaimKey, Claim], found: _Findings
) -> None:
    pairs = [p for p in ar.pairs if p.post == post.key]
    out.add(_post_header(post), 0, hang=2)
    marks = [(f.post_span, EVIDENCE) for p in pairs for f in p.findings if f.post_span]
    out.add(_styled(post.text, marks), 2)
    for link in (post.url, *post.media):
        if link:
            out.add(Text(link, style=DIM), 2)
    for c in ar.confirmations:
        if c.post == post.key:
            _confirmation(out, c)
    if post.key in ar.unrendered_posts:
        t = Text("NOT RENDERED", style="yellow")
        t.append(": the article does not render this post")
        out.add(t, 2, hang=2)
    for pair in pairs:
        out.blank()
        _pair(out, pair, claims.get(pair.claim), found)
    out.blank()


def _skipped(out: _Lines, title: str, items: Sequence[Skipped]) -> None:
    if not items:
        return
    out.add(Text(title, style=HEADING))
    for s in items:
        out.add(Text(f"{s.what}: {s.why}"), 2, hang=2)
    out.blank()


def _article(out: _Lines, ar: ArticleResult, found: _Findings) -> None:
    art = ar.article
    claims = {c.key: c for c in ar.claims}
    out.rule("━")
    out.add(Text(art.source, style=HEADING), 0, hang=2)
    if art.title:
        out.add(Text(art.title, style=HEADING), 0, hang=2)
    meta = [f"language {art.language}"]
    if art.published:
        meta.append(f"published {art.published.isoformat()}")
    if art.byline:
        meta.append(art.byline)
    judged = sum(c.kind != "term" for c in ar.claims)
    meta.append(f"{len(ar.posts)} posts, {judged} claims, {len(ar.pairs)} pairs")
    out.add(Text(" · ".join(meta), style=DIM), 0, hang=2)
    out.rule()
    out.blank()
    known = {p.key for p in ar.posts}
    for post in ar.posts:
        _post(out, ar, post, claims, found)
    orphans = [p for p in ar.pairs if p.post not in known]
    for pair in orphans:  # a pair whose post is missing still shows, keyed by its id
        out.add(Text(f"POST {pair.post} (not in this result)", style=HEADING))
        _pair(out, pair, claims.get(pair.claim), found)
        out.blank()
    if ar.unsourced_claims:
        out.add(
            Text("UNSOURCED CLAIMS", style=HEADING).append(
                " (no embedded post says this)", style=DIM
            )
        )
        for key in ar.unsourced_claims:
            claim = claims.get(key)
            out.add(_claim_header(claim, key), 2, hang=2)
            if claim is not None:
                out.add(_quoted(Text(claim.text)), 4, hang=1)
        out.blank()
    terms = [c.text for c in ar.claims if c.kind == "term"]
    if terms:
        out.add(
            Text("TERMS", style=HEADING)
            .append(" (quoted words, not judged): ", style=DIM)
            .append(" · ".join(terms)),
            0,
            hang=2,
        )
        out.blank()
    if ar.findings:
        out.add(Text("ARTICLE FINDINGS", style=HEADING))
        for f in ar.findings:
            _finding(out, f, 2, found)
        out.blank()
    _skipped(out, "SKIPPED", ar.skipped)


def render_terminal(
    result: VerificationResult,
    *,
    width: int = 80,
    color: bool,
    gate: Gate | None = None,
    sources: Mapping[str, str] | None = None,
) -> str:
    """Render ``result`` for a terminal ``width`` cells wide; ANSI colours only if ``color``.

    ``gate`` marks findings the baseline accepts (ACCEPTED); ``sources`` (raw file text by
    article source) lets each finding name its ``path:line:col`` in the file.
    Deterministic: no clock, no environment lookups (rich is given an empty environment).
    """
    gate = gate or Gate()
    out = _Lines(max(width, 20))
    accepted = 0
    for ar in result.articles:
        found = _Findings(ar, gate, raw_for(sources, ar.article.source))
        accepted += found.accepted_count()
        _article(out, ar, found)
    if result.skipped:
        out.rule("━")
        _skipped(out, "SKIPPED INPUTS", result.skipped)
    out.rule("━")
    line = summary_line(summarize(result))
    if accepted:
        line += f"; {plural(accepted, 'finding')} accepted in the baseline"
    out.add(Text(line, style=HEADING), 0, hang=2)
    buf = StringIO()
    console = Console(
        file=buf,
        width=out.width,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
        _environ={},
    )
    console.print(Text("\n").join(out.lines), soft_wrap=True, style=Style.null())
    return buf.getvalue()
