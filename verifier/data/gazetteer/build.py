"""Rebuild the gazetteer package data from the shared lexicons (a maintainer tool).

Usage: ``python verifier/data/gazetteer/build.py /work/shared/data/lexicon``. Writes
``cldr.tsv`` and ``latin_vocab.txt`` next to this file; see PROVENANCE.md for what is kept
and why. Not imported by the package.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# CLDR entries left out because the name is also a common word or a person's name in news
# text (English or Hindi side), or is not a place at all.
SKIP_EN = frozenset(
    {
        "world",
        "Sark",  # Hindi सार्क is SAARC
        "Jersey",
        "Chad",
        "Oral",
        "Nome",
        "Adak",
        "Davis",
        "Regina",
        "Resolute",
        "Creston",
        "Stanley",
        "Darwin",
        "Hobart",
        "Lindeman",
        "Eucla",
        "Thule",
        "Chita",
        "Kirov",
        "Samara",
        "Cayman",
        "Bahia",
        "Salta",
        "Phoenix",
        "Swift Current",
        "Menominee",
        "Unknown Location",
        "Unknown Region",
        "Pseudo-Accents",
        "Pseudo-Bidi",
        "Outlying Oceania",
    }
)
SKIP_HI = frozenset({"माली", "डकार", "चक"})
ORGS = frozenset({"EU", "UN", "EZ"})
# Major languages of Indian and world news; the full CLDR list has many names that are
# also ordinary words (Afar, Ewe; Hindi यहूदी for Yiddish, पाली, चेक).
LANGUAGES = frozenset(
    "en hi ur bn pa gu mr ta te kn ml or as ks sd sa ne si ar fa ps he zh ja ko ru fr de "
    "es pt it nl tr th vi id ms uk pl el sw my bo".split()
)
CURRENCIES = frozenset(
    "INR USD EUR GBP JPY CNY PKR BDT NPR LKR AED SAR RUB CAD AUD CHF SGD KRW".split()
)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def build_cldr(src: Path) -> list[tuple[str, str, str, str]]:
    out: list[tuple[str, str, str, str]] = []
    for row in _rows(src / "territories.tsv"):
        code, en, hi = row["code"], row["en"], row["hi"]
        if en in SKIP_EN:
            continue
        kind = "org" if code in ORGS else "region" if code.isdigit() else "country"
        out.append((kind, code, en, "" if hi in SKIP_HI else hi))
    for row in _rows(src / "tz_exemplar_cities.tsv"):
        tz, en, hi = row["tz"], row["en"], row["hi"]
        if en in SKIP_EN or tz.startswith("Antarctica/") or ", " in en:
            continue
        out.append(("city", tz, en, "" if hi in SKIP_HI else hi))
    out.extend(
        ("language", row["code"], row["en"], row["hi"])
        for row in _rows(src / "languages.tsv")
        if row["code"] in LANGUAGES
    )
    out.extend(
        ("currency", row["code"], row["en"], row["hi"])
        for row in _rows(src / "currencies.tsv")
        if row["code"] in CURRENCIES
    )
    for row in _rows(src / "months.tsv"):
        out.append(("month", row["month"], row["en"], row["hi_wide"]))
        out.append(("month", row["month"], "", row["hi_abbr"]))
    for row in _rows(src / "weekdays.tsv"):
        out.append(("weekday", row["iso_weekday"], row["en"], row["hi_wide"]))
        out.append(("weekday", row["iso_weekday"], "", row["hi_abbr"]))
    return out


def build_vocab(src: Path, cldr: list[tuple[str, str, str, str]]) -> list[str]:
    words: set[str] = set()
    for split in ("train", "dev", "test"):
        path = src / "dakshina-hi-translit" / f"hi.translit.sampled.{split}.tsv"
        for line in path.read_text(encoding="utf-8").splitlines():
            _deva, latin, count = line.split("\t")
            # Spellings two or more annotators agreed on; four letters or more (shorter
            # pieces are never used to split a handle).
            if int(count) >= 2 and re.fullmatch(r"[a-z]{4,}", latin):
                words.add(latin)
    for _kind, _code, en, _hi in cldr:
        words.update(w for w in re.findall(r"[a-z]{4,}", en.lower()))
    return sorted(words)


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else Path("/work/shared/data/lexicon")
    cldr = build_cldr(src / "cldr-en-hi")
    with (HERE / "cldr.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("kind\tcode\ten\thi\n")
        fh.writelines("\t".join(row) + "\n" for row in cldr)
    vocab = build_vocab(src, cldr)
    (HERE / "latin_vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    print(f"cldr.tsv: {len(cldr)} rows; latin_vocab.txt: {len(vocab)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
