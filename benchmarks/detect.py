"""Post detection precision/recall over the fixture pages and the real flattened articles.

Prints, per source: expected posts found (recall), detected posts that match an expected one
(precision), phantom posts (detected, expected nowhere), duplicates (two detected posts for
one expected post), field agreement on the fixture pages, and parse+detect time per page;
then a phantom stress test (English news sentences inserted into the real excerpts) and the
time for one ~150 KB page. Both corpora were used while writing the rules (development sets).
Run from the repo root:

    python benchmarks/detect.py [--pages tests/data/pages] [--cases ../shared/data/real-articles/cases.jsonl]

Fixture pages are matched on the post id when the expectation has one, else on handle and
text prefix. Real-article posts (``posts[].text_en`` of each case; the excerpt is flattened
text, so it goes through ``parse_text``) are matched on word overlap.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html  # type: ignore[import-untyped]

from verifier.detect.posts import detect_posts
from verifier.lang.textnorm import fold
from verifier.model import Article, Post
from verifier.parse.article import looks_like_html, parse_html, parse_text

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PAGES = ROOT / "tests" / "data" / "pages"
DEFAULT_CASES = ROOT.parent / "shared" / "data" / "real-articles" / "cases.jsonl"
if not DEFAULT_CASES.exists():
    DEFAULT_CASES = ROOT / "tests" / "data" / "real-articles" / "cases.jsonl"
DEFAULT_FLORES = ROOT.parent / "shared" / "data" / "parallel" / "flores200-devtest" / "eng-hin.tsv"
_MEDIA = re.compile(r"pic\.(?:twitter|x)\.com/\w+")


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    detected: int = 0
    matched: int = 0
    duplicates: int = 0
    phantoms: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    field_checks: int = 0
    field_ok: int = 0
    field_errors: list[str] = field(default_factory=list)
    exact_text: int = 0
    ms: list[float] = field(default_factory=list)

    def line(self, name: str) -> str:
        recall = self.found / self.expected if self.expected else 1.0
        precision = self.matched / self.detected if self.detected else 1.0
        ms = sorted(self.ms)
        timing = (
            f"{statistics.median(ms):.2f} ms median, {ms[-1]:.2f} ms max per page" if ms else ""
        )
        return (
            f"{name}: recall {self.found}/{self.expected} = {recall:.3f}, precision {self.matched}/{self.detected} = "
            f"{precision:.3f}, phantoms {len(self.phantoms)}, duplicates {self.duplicates}; {timing}"
        )


def _load(path: Path) -> Article:
    raw = path.read_text(encoding="utf-8")
    return parse_html(raw, str(path)) if looks_like_html(raw) else parse_text(raw, str(path))


def _timed(make: object) -> tuple[Article, tuple[Post, ...], float]:
    start = time.perf_counter()
    article = make()  # type: ignore[operator]
    posts, _ = detect_posts(article)
    return article, posts, (time.perf_counter() - start) * 1000


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", fold(_MEDIA.sub(" ", text))))


def _fixture_match(exp: dict[str, str | None], post: Post) -> bool:
    if exp["post_id"]:
        return post.post_id == exp["post_id"]
    handle_ok = (exp["handle"] or "").lower() == (post.handle or "").lower()
    return handle_ok and post.text.startswith(exp["text_prefix"] or "")


def fixture_pages(folder: Path, tally: Tally) -> None:
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".html", ".txt"):
            continue
        expected = json.loads(
            path.with_name(path.name.rsplit(".", 1)[0] + ".expected.json").read_text(
                encoding="utf-8"
            )
        )
        _, posts, ms = _timed(lambda p=path: _load(p))
        tally.ms.append(ms)
        tally.expected += len(expected)
        tally.detected += len(posts)
        used: set[str] = set()
        for exp in expected:
            hits = [p for p in posts if _fixture_match(exp, p)]
            if not hits:
                tally.misses.append(f"{path.name}: {exp['post_id'] or exp['text_prefix']}")
                continue
            tally.found += 1
            tally.duplicates += len(hits) - 1
            post = hits[0]
            used.update(p.key for p in hits)
            got = {
                "handle": post.handle,
                "author_name": post.author_name,
                "date": post.posted_at.isoformat() if post.posted_at else None,
                "origin": post.origin,
            }
            for name, value in got.items():
                tally.field_checks += 1
                if value == exp[name]:
                    tally.field_ok += 1
                else:
                    tally.field_errors.append(
                        f"{path.name} {post.key} {name}: {value!r} != {exp[name]!r}"
                    )
        tally.matched += len(used)
        tally.phantoms += [
            f"{path.name} {p.key}: {p.text[:60]!r}" for p in posts if p.key not in used
        ]


def real_articles(cases: Path, tally: Tally) -> None:
    for line in cases.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        article, posts, ms = _timed(lambda c=case: parse_text(c["excerpt"], c["id"]))
        tally.ms.append(ms)
        expected = [p["text_en"] for p in case["posts"]]
        tally.expected += len(expected)
        tally.detected += len(posts)
        owner: dict[str, int] = {}
        for post in posts:
            words = _words(post.text)
            best, best_score = -1, 0.0
            for i, text in enumerate(expected):
                want = _words(text)
                score = len(words & want) / max(1, len(want | words))
                if score > best_score:
                    best, best_score = i, score
            if best >= 0 and best_score >= 0.5:
                if best in owner.values():
                    tally.duplicates += 1
                owner[post.key] = best
                if _words(post.text) == _words(expected[best]):
                    tally.exact_text += 1
            else:
                tally.phantoms.append(f"{case['id']} {post.key}: {post.text[:60]!r}")
        tally.matched += len(owner)
        found = set(owner.values())
        tally.found += len(found)
        tally.misses += [
            f"{case['id']}: {t[:60]!r}" for i, t in enumerate(expected) if i not in found
        ]


def inserted_prose(cases: Path, flores: Path, trials: int = 1000) -> tuple[int, int, list[str]]:
    """Phantom stress test: one English news sentence (FLORES-200 devtest, CC BY-SA 4.0) put
    after a random line of a real excerpt. Counts insertions that add a post. Most excerpts
    are about a post, so the line before is often a "ने ट्वीट कर कहा" cue: the hard case."""
    sentences = [
        line.split("\t")[0] for line in flores.read_text(encoding="utf-8").splitlines()[1:]
    ]
    excerpts = [
        json.loads(line)["excerpt"] for line in cases.read_text(encoding="utf-8").splitlines()
    ]
    rng = random.Random(1)
    extra = 0
    examples: list[str] = []
    for _ in range(trials):
        excerpt = rng.choice(excerpts)
        lines = excerpt.split("\n")
        at = rng.randrange(len(lines) + 1)
        sentence = rng.choice(sentences)
        before = len(detect_posts(parse_text(excerpt, "x"))[0])
        after = len(
            detect_posts(parse_text("\n".join([*lines[:at], sentence, *lines[at:]]), "x"))[0]
        )
        if after > before:
            extra += 1
            examples.append(sentence[:70])
    return extra, trials, examples


def big_page_ms(folder: Path, repeats: int = 20) -> tuple[int, float, float, float]:
    """Time on a ~150 KB page: the seed page padded with ordinary Hindi paragraphs and links.

    Returns size, best and median parse+detect time, and the best bare lxml parse of the
    same page (the DESIGN.md yardstick), all in ms.
    """
    seed = (folder / "seed.html").read_text(encoding="utf-8")
    filler = "".join(
        f'<div class="story-card"><p>विदेश मंत्रालय ने बताया कि बैठक {i} में व्यापार, ऊर्जा और सुरक्षा पर चर्चा हुई.'
        f' <a href="/news/{i}">और पढ़ें</a></p></div>'
        for i in range(520)
    )
    page = seed.replace("</article>", filler + "</article>")
    data = page.encode("utf-8")
    times, bare = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        lxml.html.document_fromstring(data)
        bare.append((time.perf_counter() - start) * 1000)
        _, _, ms = _timed(lambda: parse_html(page, "big"))
        times.append(ms)
    return len(data), min(times), statistics.median(times), min(bare)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--flores", type=Path, default=DEFAULT_FLORES)
    args = parser.parse_args()

    pages = Tally()
    fixture_pages(args.pages, pages)
    print(pages.line(f"fixture pages ({len(pages.ms)})"))
    print(
        f"  fields (handle, author, date, origin) agreeing: {pages.field_ok}/{pages.field_checks}"
    )
    for item in pages.misses + pages.phantoms + pages.field_errors:
        print("  ", item)

    if args.cases.exists():
        real = Tally()
        real_articles(args.cases, real)
        print(real.line(f"real articles ({len(real.ms)} cases)"))
        print(
            f"  matched posts whose words equal the labelled text (media links aside): {real.exact_text}/{real.matched}"
        )
        for item in real.misses + real.phantoms:
            print("  ", item)
    else:
        print(f"real articles: {args.cases} not found, skipped")

    if args.cases.exists() and args.flores.exists():
        extra, trials, examples = inserted_prose(args.cases, args.flores)
        print(
            f"English news sentences inserted into the real excerpts that became a post: {extra}/{trials}"
        )
        for example in examples[:5]:
            print("   e.g.", repr(example))

    size, best, median, bare = big_page_ms(args.pages)
    print(
        f"one {size / 1024:.0f} KB page (seed padded): parse+detect {best:.1f} ms best, {median:.1f} ms median "
        f"of 20; a bare lxml parse {bare:.1f} ms (ratio {best / bare:.0f}x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
