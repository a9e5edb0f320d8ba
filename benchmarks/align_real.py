"""Pairing accuracy of ``verifier check`` on the real articles (../shared/data/real-articles).

For every labelled rendering of an embedded post: is some extracted claim that covers the
rendering paired with the right post? And are claims paired with a post they do not render
(a claim covering a rendering of post A paired with post B)? A second pass adds the
reference posts (quoted from other pages) as if they were embedded, to measure alignment
on the renderings whose post the excerpt does not show. Run from the repo root:

    python benchmarks/align_real.py [cases.jsonl] [--min-score S] [-v]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from verifier.align.align import MIN_SCORE, align_article
from verifier.align.narrow import narrow_claims
from verifier.claims import extract_claims
from verifier.detect.posts import detect_posts
from verifier.lang.textnorm import fold, normalize
from verifier.model import Post, PostKey
from verifier.parse.article import parse_text

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/real-articles/cases.jsonl"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return max(inter / max(1, a[1] - a[0]), inter / max(1, b[1] - b[0]))


def _same_post(post: Post, text_en: str) -> bool:
    a, b = fold(post.text)[:60], fold(text_en)[:60]
    return bool(a) and (a[:40] in fold(text_en) or b[:40] in fold(post.text))


def run(
    path: Path, min_score: float, with_refs: bool, verbose: bool
) -> tuple[int, int, int, int, int]:
    right = total = wrong = pairs_n = unlabelled = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        article = parse_text(case["excerpt"], case["id"])
        posts, _ = detect_posts(article)
        posts = list(posts)
        expected_texts = {i: p["text_en"] for i, p in enumerate(case["posts"])}
        ref_keys: dict[int, PostKey] = {}
        if with_refs:
            for i, rp in enumerate(case["reference_posts"]):
                key = PostKey(f"r{i + 1}")
                ref_keys[i] = key
                posts.append(
                    Post(
                        key=key,
                        text=normalize(rp["text_en"]),
                        author_name=rp.get("author_name"),
                        handle=(rp.get("handle") or "").lstrip("@") or None,
                        lang="en",
                        origin="reference",
                    )
                )
        claims = narrow_claims(
            article,
            posts,
            extract_claims(article, [p for p in posts if p.span is not None]),
            min_score=min_score,
        )
        aligned = align_article(article, posts, claims, min_score=min_score)
        pairs_n += len(aligned)
        by_post = {p.key: p for p in posts}
        text = article.text
        rendering_spans = []
        for r in case["renderings"]:
            rt = normalize(r["text"])
            pos = text.find(rt)
            if pos >= 0:
                rendering_spans.append((pos, pos + len(rt)))
        by_claim = {c.key: c for c in claims}
        for al in aligned:
            c = by_claim[al.claim]
            if not any(_overlap((c.span.start, c.span.end), sp) > 0 for sp in rendering_spans):
                unlabelled += 1
                if verbose:
                    print(
                        f"  UNLABELLED {case['id']}: {c.text[:60]} -> {by_post[al.post].text[:40]}"
                    )
        for r in case["renderings"]:
            if r["post_index"] is None and not with_refs:
                continue
            rt = normalize(r["text"])
            pos = text.find(rt)
            if pos < 0:
                pos = text.find(rt[:40])
            if pos < 0:
                continue
            span = (pos, pos + len(rt))
            total += 1
            covering = {c.key for c in claims if _overlap((c.span.start, c.span.end), span) >= 0.5}
            ok = False
            for al in aligned:
                if al.claim not in covering:
                    continue
                post = by_post[al.post]
                if r["post_index"] is not None:
                    good = _same_post(post, expected_texts[r["post_index"]])
                else:
                    good = post.key == ref_keys.get(r.get("reference_index", 0))
                if good:
                    ok = True
                else:
                    wrong += 1
                    if verbose:
                        print(f"  WRONG {case['id']}: {rt[:60]} -> {post.text[:50]}")
            right += ok
            if verbose and not ok:
                best = [c for c in claims if c.key in covering]
                print(f"  MISS {case['id']} covered={bool(best)}: {rt[:70]}")
    return right, total, wrong, pairs_n, unlabelled


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--min-score", type=float, default=MIN_SCORE)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    for with_refs in (False, True):
        right, total, wrong, n, unlabelled = run(args.path, args.min_score, with_refs, args.verbose)
        label = "embedded + reference posts" if with_refs else "embedded posts only"
        print(
            f"{label}: renderings paired with the right post {right}/{total} = {right / max(1, total):.3f}; "
            f"pairs with a wrong post: {wrong} (of {n} pairs); "
            f"pairs whose claim overlaps no labelled rendering: {unlabelled}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
