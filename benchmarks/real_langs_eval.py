"""Real renderings beyond Hindi (issue 15): pairing on the check path and compare verdicts.

For each language's labelled file (``benchmarks/data/real/<lang>-dev.jsonl``; Marathi, Bengali,
Urdu, Tamil, Telugu, Gujarati and English, whose set holds English articles quoting English and
Hindi posts) it reports:

(a) pairing, as ``verifier check`` does it: the excerpt is parsed as plain text, its posts
    detected, its claims extracted and aligned (``verify_article``). A labelled rendering counts
    as paired when a claim covering at least half of it is paired with the post the labeller
    named. Only embedded posts can be found this way; a second pass adds the reference posts
    (quoted from other pages) as if embedded, so every rendering is asked for.
(b) compare: each rendering judged against its post as ``verifier compare`` judges it
    (``real_compare_eval``'s code), for the rendering alone (``text``) and with the article's
    frame (``sentence``): drift recall (labelled drift judged minor or drift), faithful
    renderings judged minor or drift, and how many renderings came out ``unchecked`` (no
    word-level check for the pair's languages: neither faithful nor drift). Accuracy counts
    an unchecked verdict as wrong.

Run from the repo root; without FILE it reads the dev files only. The test files are run once,
at the end of a round of work, by naming them:

    python benchmarks/real_langs_eval.py [FILE ...] [-v]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from real_compare_eval import Outcome, load, post_text, run

from verifier.align.align import align_article
from verifier.align.narrow import narrow_claims
from verifier.claims import extract_claims
from verifier.detect.posts import detect_posts
from verifier.lang.textnorm import fold, normalize
from verifier.model import Alignment, Article, Claim, Post, PostKey
from verifier.parse.article import parse_text
from verifier.pipeline import verify_article

REAL = Path(__file__).resolve().parent / "data" / "real"
LANGS = ("mr", "bn", "ur", "ta", "te", "gu", "en")
DEV = [REAL / f"{lang}-dev.jsonl" for lang in LANGS]
COVER = 0.5


@dataclass
class Pairing:
    """Renderings asked for and found in one pass over one file."""

    asked: int = 0
    right: int = 0
    wrong_pairs: int = 0
    misses: list[str] = field(default_factory=list)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return max(inter / max(1, a[1] - a[0]), inter / max(1, b[1] - b[0]))


def _same_post(post: Post, text: str) -> bool:
    """The detected post is the labelled one (the embed may be cut or re-spaced)."""
    a, b = fold(post.text)[:60], fold(text)[:60]
    return bool(a) and bool(b) and (a[:40] in fold(text) or b[:40] in fold(post.text))


def _reference_posts(case: dict[str, object]) -> list[Post]:
    refs = list(case["reference_posts"])  # type: ignore[call-overload]
    return [
        Post(
            key=PostKey(f"r{i + 1}"),
            text=normalize(post_text(rp)),
            author_name=rp.get("author_name"),
            handle=(rp.get("handle") or "").lstrip("@") or None,
            lang=str(rp.get("lang") or "und"),
            origin="reference",
        )
        for i, rp in enumerate(refs)
    ]


def _pairs(
    article: Article, with_refs: bool, case: dict[str, object]
) -> tuple[list[Post], list[Claim], list[Alignment]]:
    """Posts, claims and pairs of the check path; with_refs adds the reference posts."""
    if not with_refs:
        result = verify_article(article)
        aligned = [Alignment(p.post, p.claim, p.score) for p in result.pairs]
        return list(result.posts), list(result.claims), aligned
    detected, _ = detect_posts(article)
    posts = [*detected, *_reference_posts(case)]
    claims = narrow_claims(article, posts, extract_claims(article, posts))
    return posts, list(claims), list(align_article(article, posts, claims))


def pair_case(case: dict[str, object], with_refs: bool, tally: Pairing) -> None:
    article = parse_text(str(case["excerpt"]), str(case["id"]))
    posts, claims, aligned = _pairs(article, with_refs, case)
    by_post = {p.key: p for p in posts}
    by_claim = {c.key: c for c in claims}
    embedded = list(case["posts"])  # type: ignore[call-overload]
    for r in case["renderings"]:  # type: ignore[attr-defined]
        if r.get("post_index") is None and not with_refs:
            continue
        text = normalize(r["text"])
        pos = article.text.find(text)
        if pos < 0:
            pos = article.text.find(text[:40])
        if pos < 0:
            tally.asked += 1
            tally.misses.append(f"{case['id']} (rendering not found in parsed text): {text[:60]}")
            continue
        span = (pos, pos + len(text))
        tally.asked += 1
        covering = {c.key for c in claims if _overlap((c.span.start, c.span.end), span) >= COVER}
        ok = False
        for al in aligned:
            if al.claim not in covering:
                continue
            post = by_post[al.post]
            if r.get("post_index") is not None:
                good = _same_post(post, post_text(embedded[r["post_index"]]))
            else:
                good = post.key == PostKey(f"r{r.get('reference_index', 0) + 1}")
            ok = ok or good
            tally.wrong_pairs += not good
        tally.right += ok
        if not ok:
            why = "no claim covers it" if not covering else "claim not paired with it"
            # The first covering claim in the text (a set's order changes with the hash seed).
            first = sorted(covering, key=lambda k: (by_claim[k].span.start, by_claim[k].span.end))
            claim = by_claim[first[0]].text if first else ""
            tally.misses.append(f"{case['id']} ({why}): {text[:60]} | claim: {claim[:50]}")


def pairing(path: Path, with_refs: bool) -> Pairing:
    tally = Pairing()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            pair_case(json.loads(line), with_refs, tally)
    return tally


FLAGGED = ("minor", "drift")


@dataclass(frozen=True)
class Scores:
    n: int
    drift: int
    flagged: int
    faithful: int
    alarms: int
    unchecked: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / max(1, self.n)


def score(outcomes: Sequence[Outcome]) -> Scores:
    drift = [o for o in outcomes if o.case.label == "drift"]
    faithful = [o for o in outcomes if o.case.label == "faithful"]
    flagged = sum(o.verdict in FLAGGED for o in drift)
    return Scores(
        n=len(outcomes),
        drift=len(drift),
        flagged=flagged,
        faithful=len(faithful),
        alarms=sum(o.verdict in FLAGGED for o in faithful),
        unchecked=sum(o.verdict == "unchecked" for o in outcomes),
        correct=flagged + sum(o.verdict == "faithful" for o in faithful),
    )


def _rate(a: int, b: int) -> str:
    return f"{a / b:.2f} ({a}/{b})" if b else "- (0/0)"


def report_file(path: Path, verbose: bool) -> None:
    print(f"\n== {path.name}")
    for with_refs in (False, True):
        tally = pairing(path, with_refs)
        label = "embedded + reference posts" if with_refs else "embedded posts (check)   "
        print(
            f"pairing, {label}: right post {_rate(tally.right, tally.asked)}; "
            f"pairs with a wrong post: {tally.wrong_pairs}"
        )
        if verbose:
            for miss in tally.misses:
                print(f"    MISS {miss}")
    for fld in ("text", "sentence"):
        outcomes = run(load(path, fld))
        by_source: dict[str, list[Outcome]] = defaultdict(list)
        for o in outcomes:
            by_source[o.case.post_lang].append(o)
        groups = [("all", outcomes)] + (sorted(by_source.items()) if len(by_source) > 1 else [])
        for name, group in groups:
            s = score(group)
            print(
                f"compare --field {fld:8} posts {name:3}: {s.n:3} renderings, "
                f"accuracy {s.accuracy:.2f}; drift recall {_rate(s.flagged, s.drift)}; "
                f"faithful judged drift {_rate(s.alarms, s.faithful)}; "
                f"unchecked {s.unchecked}"
            )
        if verbose and fld == "text":
            for o in outcomes:
                if (o.verdict in FLAGGED) != (o.case.label == "drift"):
                    kinds = ",".join(k for k, _, _ in o.found) or "-"
                    print(f"    {o.case.id} label={o.case.label} -> {o.verdict} [{kinds}]")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("files", nargs="*", type=Path, help="labelled files (default: the dev files)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and wrong verdicts")
    args = ap.parse_args(argv)
    paths = args.files or [p for p in DEV if p.exists()]
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"error: no such file: {missing[0]}")
        return 2
    for path in paths:
        report_file(path, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
