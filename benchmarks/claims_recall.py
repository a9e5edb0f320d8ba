"""Claim extraction recall on the labelled renderings of the real articles.

Prints, for ../shared/data/real-articles/cases.jsonl, the share of labelled renderings that
some extracted (non-term) claim covers, and lists the misses. Run from the repo root:
    python benchmarks/claims_recall.py [path/to/cases.jsonl]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from verifier.claims import extract_claims
from verifier.detect.posts import detect_posts
from verifier.lang.textnorm import normalize
from verifier.parse.article import parse_text

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/data/real-articles/cases.jsonl"


def coverage(claim_span: tuple[int, int], target: tuple[int, int]) -> float:
    inter = min(claim_span[1], target[1]) - max(claim_span[0], target[0])
    return max(0, inter) / max(1, target[1] - target[0])


def main(path: Path = DEFAULT) -> int:
    found = total = 0
    misses = []
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        article = parse_text(case["excerpt"], case["id"])
        text = article.text
        posts, _ = detect_posts(article)
        claims = [c for c in extract_claims(article, posts) if c.kind != "term"]
        for r in case["renderings"]:
            target_text = normalize(r["text"])
            pos = text.find(target_text)
            if pos < 0:
                pos = text.find(target_text[:40])
            if pos < 0:
                continue
            target = (pos, pos + len(target_text))
            total += 1
            best = max(
                (
                    max(
                        coverage((c.span.start, c.span.end), target),
                        coverage(target, (c.span.start, c.span.end)),
                    )
                    for c in claims
                ),
                default=0.0,
            )
            if best >= 0.5:
                found += 1
            else:
                misses.append((case["id"], best, target_text[:90]))
    print(f"renderings covered by a claim: {found}/{total} = {found / max(1, total):.3f}")
    for cid, best, t in misses:
        print(f"  miss {cid} (best {best:.2f}): {t}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*(Path(a) for a in sys.argv[1:])))
