"""Authors of the posts embedded in the real Hindi sets: name and handle against the labels.

For every labelled embedded post (``posts[]``, whose words are in the excerpt) the excerpt
goes through what ``verifier check`` does with a text file (``parse_document`` then
``detect_posts``); the detected post that shares most words with the labelled text is its
match. Prints posts found, authors right (name), handles right, and every wrong one with the
label. Run from the repo root:

    python benchmarks/authors_real.py            # shared set + hi-dev
    python benchmarks/authors_real.py --test     # the held-out split (the lead runs it)

Names are compared loosely: case, spacing, dots, a title ("Dr.", "श्री") or a missing middle
name do not count; another person, a phrase, or a word glued to a name does. A Devanagari
name is compared with a Latin label by sound (``name_similarity``). No author where the label
has one is wrong; an author where the label has none is wrong unless it is the handle's owner.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from verifier.detect.posts import detect_posts
from verifier.fetch.load import RawDocument, looks_like_html
from verifier.lang.handles import split_handle
from verifier.lang.textnorm import fold
from verifier.lang.translit import NAME_MATCH, name_similarity, romanize
from verifier.lang.words import PARTIES_HI, TITLES_EN, TITLES_HI
from verifier.model import Post
from verifier.pipeline import parse_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "real-articles" / "cases.jsonl"
DEV = ROOT / "benchmarks" / "data" / "real" / "hi-dev.jsonl"
TEST = ROOT / "benchmarks" / "data" / "real" / "hi-test.jsonl"
MIN_OVERLAP = 0.5
"""Share of words (Jaccard) a detected post needs with the labelled text to be its match."""

_MEDIA = re.compile(r"pic\.(?:twitter|x)\.com/\w+|https?://\S+")
_ASIDE = re.compile(r"\([^)]*\)")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_SAME_SCRIPT = 85
_TITLES = TITLES_EN | (TITLES_HI - PARTIES_HI)
"""Words left out of a name before comparing; a party is the name of its account."""


@dataclass
class Tally:
    labelled: int = 0
    found: int = 0
    names_ok: int = 0
    handles_ok: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(fold(_MEDIA.sub(" ", text))))


def _match(posts: tuple[Post, ...], want: str) -> Post | None:
    target = _words(want)
    best, best_score = None, 0.0
    for post in posts:
        got = _words(post.text)
        score = len(got & target) / max(1, len(got | target))
        if score > best_score:
            best, best_score = post, score
    return best if best_score >= MIN_OVERLAP else None


def _tokens(name: str) -> list[str]:
    """Name words without titles, dots, a parenthetical aside or an alternative spelling."""
    name = _ASIDE.sub(" ", name).split("|")[0]
    words = [w.strip(".") for w in re.split(r"[\s.]+", fold(name)) if w.strip(".")]
    return [w for w in words if w not in _TITLES] or words


def _same_word(got: str, want: str) -> bool:
    if got == want:
        return True
    if len(got) == 1 or len(want) == 1:
        return got[0] == want[0]  # an initial
    if got.isascii() == want.isascii():
        return fuzz.ratio(got, want) >= _SAME_SCRIPT
    hindi, latin = (want, got) if got.isascii() else (got, want)
    if len(latin) > 1.25 * len(romanize(hindi)) + 1:
        return False  # one name against a whole name written as one word
    return name_similarity(hindi, latin) >= NAME_MATCH


def _joined(words: list[str]) -> list[list[str]]:
    """The words, and the words with two neighbours written as one (शाहरुख ~ Shah Rukh)."""
    return [words] + [
        [*words[:i], words[i] + words[i + 1], *words[i + 2 :]] for i in range(len(words) - 1)
    ]


def same_person(got: str, want: str) -> bool:
    """Every word of ``got`` is a word of ``want`` in order, and only middle words may be left
    out: "Smriti Irani" is "Smriti Z Irani", "Modi ji" is not "Narendra Modi"."""
    g, w = _tokens(got), _tokens(want)
    return any(_in_order(gv, wv) for gv in _joined(g) for wv in _joined(w))


def _in_order(g: list[str], w: list[str]) -> bool:
    if not g or not w:
        return False
    j = 0
    matched: list[int] = []
    for word in g:
        while j < len(w) and not _same_word(word, w[j]):
            j += 1
        if j == len(w):
            return False
        matched.append(j)
        j += 1
    return len(w) == 1 or (matched[0] == 0 and matched[-1] == len(w) - 1)


def _owner(name: str, handle: str | None) -> bool:
    parts = [p for p in split_handle(handle or "") if len(p) > 2]
    return any(same_person(name, part) or same_person(part, name) for part in parts)


def name_right(got: str | None, want: str | None, handle: str | None) -> bool:
    if want is None:
        return got is None or _owner(got, handle)
    return got is not None and same_person(got, want)


def handle_right(got: str | None, want: str | None) -> bool:
    return (got or "").lstrip("@").casefold() == (want or "").lstrip("@").casefold()


def run(path: Path, field_name: str, tally: Tally) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        if not case["posts"]:
            continue
        doc = RawDocument(
            source=case["id"],
            text=case["excerpt"],
            is_html=looks_like_html(case["excerpt"].encode("utf-8")),
        )
        posts, _ = detect_posts(parse_document(doc))
        for i, want in enumerate(case["posts"]):
            tally.labelled += 1
            where = f"{case['id']} post {i}"
            post = _match(posts, want[field_name])
            if post is None:
                tally.missed.append(f"{where}: {want[field_name][:60]!r}")
                continue
            tally.found += 1
            name_ok = name_right(post.author_name, want["author_name"], want["handle"])
            handle_ok = handle_right(post.handle, want["handle"])
            tally.names_ok += name_ok
            tally.handles_ok += handle_ok
            if not (name_ok and handle_ok):
                notes = "; ".join(n for n in post.notes if "author" in n)
                tally.wrong.append(
                    f"{where} ({post.origin}): got {post.author_name!r} {post.handle!r}, "
                    f"want {want['author_name']!r} {want['handle']!r}"
                    + (f"  [{notes}]" if notes else "")
                )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--test", action="store_true", help="run the held-out test split instead (lead only)"
    )
    args = parser.parse_args()
    sets = [(TEST, "text")] if args.test else [(SHARED, "text_en"), (DEV, "text")]
    tally = Tally()
    for path, field_name in sets:
        if path.exists():
            run(path, field_name, tally)
        else:
            print(f"{path}: not found, skipped")
    found = max(1, tally.found)
    print(f"posts found: {tally.found}/{tally.labelled}")
    print(f"authors right (name): {tally.names_ok}/{tally.found} = {tally.names_ok / found:.3f}")
    print(f"handles right: {tally.handles_ok}/{tally.found} = {tally.handles_ok / found:.3f}")
    for item in tally.wrong:
        print("  wrong:", item)
    for item in tally.missed:
        print("  not found:", item)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
