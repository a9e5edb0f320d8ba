"""Post detection per platform on the platform fixture pages (tests/data/pages/<platform>/).

For every platform: expected posts found (recall), detected posts that are expected nowhere
(phantoms), and agreement on handle, author, date and text start for the found ones. The
pages wrap real embed code (tests/data/embeds/PROVENANCE.md); their expectations were written
by hand from the markup before the detector ran. The same pages were used while writing the
readers, so these are development numbers. Run from the repo root:

    python benchmarks/detect_platforms.py [--pages tests/data/pages]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from verifier.detect.posts import detect_posts
from verifier.model import Post
from verifier.parse.article import parse_html

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PAGES = ROOT / "tests" / "data" / "pages"
FIELDS = ("handle", "author_name", "date")


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    phantoms: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    checks: int = 0
    agree: int = 0
    disagreements: list[str] = field(default_factory=list)


def _fields(post: Post) -> dict[str, str | None]:
    return {
        "handle": post.handle,
        "author_name": post.author_name,
        "date": post.posted_at.isoformat() if post.posted_at else None,
    }


def _score(page: Path, tallies: dict[str, Tally]) -> None:
    expected = json.loads(page.with_name(page.stem + ".expected.json").read_text("utf-8"))
    posts, _ = detect_posts(parse_html(page.read_text("utf-8"), page.name))
    used: set[str] = set()
    for exp in expected:
        tally = tallies[str(exp["platform"])]
        tally.expected += 1
        hit = next(
            (
                p
                for p in posts
                if p.key not in used
                and (p.platform, p.post_id) == (exp["platform"], exp["post_id"])
            ),
            None,
        )
        if hit is None:
            tally.misses.append(f"{page.name}: {exp['post_id']}")
            continue
        used.add(hit.key)
        tally.found += 1
        got = _fields(hit)
        for name in FIELDS:
            tally.checks += 1
            if got[name] == exp[name]:
                tally.agree += 1
            else:
                tally.disagreements.append(f"{page.name} {exp['post_id']} {name}: {got[name]!r}")
        tally.checks += 1
        if hit.text.startswith(str(exp["text_prefix"])):
            tally.agree += 1
        else:
            tally.disagreements.append(f"{page.name} {exp['post_id']} text: {hit.text[:40]!r}")
    for post in posts:
        if post.key not in used:
            tallies[post.platform].phantoms.append(f"{page.name}: {post.post_id or post.text[:40]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    args = parser.parse_args(argv)
    tallies: dict[str, Tally] = defaultdict(Tally)
    pages = sorted(p for p in args.pages.glob("*/*.html"))
    for page in pages:
        _score(page, tallies)
    print(f"platform pages: {len(pages)} in {args.pages} (development set)")
    for platform in sorted(tallies):
        t = tallies[platform]
        recall = t.found / t.expected if t.expected else 1.0
        agree = t.agree / t.checks if t.checks else 1.0
        print(
            f"{platform:10} recall {t.found}/{t.expected} = {recall:.2f}  phantoms {len(t.phantoms)}"
            f"  fields {t.agree}/{t.checks} = {agree:.2f}"
        )
        for line in t.misses + t.phantoms + t.disagreements:
            print(f"    {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
