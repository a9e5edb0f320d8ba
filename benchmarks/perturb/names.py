"""Names in both scripts: CLDR place names, and person names found by sound-matching an
English "First Last" to two adjacent Devanagari words.

This is the generator's own rough matcher (indic-transliteration + a consonant skeleton +
rapidfuzz), kept apart from the judge's alignment code on purpose: which names get
perturbed must not depend on which names the judge can already match.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from indic_transliteration import sanscript
from indic_transliteration.sanscript import transliterate
from rapidfuzz import fuzz

from .common import TOKEN, fold


@dataclass(frozen=True)
class Place:
    en: str
    hi: tuple[str, ...]  # the first is the spelling used when this place is swapped in
    kind: str  # continent, country, city


# Places a rendering would plausibly confuse with each other (by CLDR code / city name).
CONTINENTS = {
    "002": "Africa", "142": "Asia", "150": "Europe", "003": "North America",
    "005": "South America", "009": "Oceania",
}  # fmt: skip
SWAP_COUNTRIES = (
    "IN PK BD NP LK CN JP KR ID TH VN PH MY SG AF IR IQ SY IL SA AE TR EG NG KE ZA ET MA "
    "FR DE IT ES PT GB IE NL BE CH AT SE NO DK FI IS PL CZ HU GR RU UA CA MX BR AR CL PE CO "
    "VE CU AU NZ"
).split()
SWAP_CITIES = (
    "London Paris Berlin Rome Madrid Lisbon Amsterdam Vienna Prague Warsaw Moscow Istanbul "
    "Cairo Dubai Tokyo Shanghai Singapore Bangkok Jakarta Manila Sydney Melbourne Auckland "
    "Toronto Vancouver Chicago Los_Angeles New_York Mexico_City Sao_Paulo Buenos_Aires Lima "
    "Nairobi Lagos Johannesburg Kolkata Karachi Dhaka Kathmandu Colombo"
).split()
# Common English and Hindi names CLDR spells another way, or does not list.
ALIASES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "US": (
        ("United States", "America", "U.S.", "USA", "US"),
        ("संयुक्त राज्य अमेरिका", "अमेरिका", "यूएस", "संयुक्त राज्य"),
    ),
    "GB": (("Britain", "United Kingdom", "UK", "U.K."), ("ब्रिटेन", "यूनाइटेड किंगडम", "यूके")),
}
# Foreign surnames as Hindi news spells them, to swap into a person's name.
SURNAMES = (
    "जॉनसन विलियम्स ब्राउन मिलर डेविस विल्सन टेलर एंडरसन थॉमस मूर मार्टिन जैक्सन हैरिस "
    "क्लार्क लुईस रॉबिन्सन वॉकर एलन किंग राइट स्कॉट ग्रीन बेकर एडम्स नेल्सन कैंपबेल मिशेल "
    "रॉबर्ट्स कार्टर फ़िलिप्स इवांस टर्नर पार्कर कॉलिन्स एडवर्ड्स स्टीवर्ट मॉरिस मर्फ़ी कुक "
    "मॉर्गन कूपर पीटरसन रीड बेली केली हॉवर्ड वॉटसन ब्रूक्स बेनेट ह्यूजेस प्राइस फ़ोस्टर "
    "पॉवेल रसेल सुलिवन फ़िशर हेंडरसन श्मिट मुलर रॉसी गार्सिया लोपेज़ सिल्वा फ़ेरेरा दुबोआ "
    "लेबलांक यामामोटो तनाका इवानोव पेत्रोव नोवाक कोवाल्स्की"
).split()
SURNAME_LATIN = (
    "Johnson Williams Brown Miller Davis Wilson Taylor Anderson Thomas Moore Martin Jackson Harris "
    "Clark Lewis Robinson Walker Allen King Wright Scott Green Baker Adams Nelson Campbell Mitchell "
    "Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Cook "
    "Morgan Cooper Peterson Reed Bailey Kelly Howard Watson Brooks Bennett Hughes Price Foster "
    "Powell Russell Sullivan Fisher Henderson Schmidt Muller Rossi Garcia Lopez Silva Ferreira Dubois "
    "Leblanc Yamamoto Tanaka Ivanov Petrov Novak Kowalski"
).split()
# Capitalised English words that are not parts of a person's name.
NOT_NAME = frozenset(
    """The A An In On At Of For And But Or To From By With As It This That These Those He She
    They We I You His Her Their Our My Your Its Mr Mrs Ms Dr Sir Saint St President Prime
    Minister King Queen Prince Princess Pope General Governor Senator Judge Captain Coach
    University College School Academy Institute Museum Hospital Center Centre Committee
    Council Association Society Company Corporation Group Party Union Agency Department
    Ministry Office Court Church Temple National International Royal Federal State States
    United Republic Kingdom Empire City Island Islands Lake River Mountain Mountains Mount Sea
    Ocean Park Street Road Bridge Airport Station Hotel Bay Valley Desert Forest North South
    East West Northern Southern Eastern Western New Old Great Grand Best Film Award Awards
    Prize Cup World League Games Olympic Olympics Championship Championships Day Week Year
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday English French German Spanish
    Chinese Japanese Indian American British European African Asian Christian Muslim Jewish
    Catholic Buddhist Hindu Internet Web Google Apple Microsoft Wikipedia Twitter Facebook
    Report Study Act Bill Treaty Accords War Revolution Age Era Century Times Post News
    Station Service System Program Programme Project Network Television Radio Channel
    Boulevard Avenue Court One Two Three Number Multiple Virtual Sporting Deity Yoga Army
    Navy Air Force Police Card Drive Harbour Survey Show Kings Stadium Pact Necropolis
    Intrigue Temple Palace Castle Tower Hall Square Market""".split()
)
# A run of capitalised words (with initials and particles): "Jamie Siminoff", "George W. Bush".
EN_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][a-zé'’\-]+(?:\s+(?:[A-Z]\.|de|da|van|von|del|di|la|le|[A-Z][a-zé'’\-]+))+"
)
# "in Nova Scotia", "of Machu Picchu", "the Giza Necropolis": places, not people.
PLACE_CONTEXT = re.compile(
    r"\b(?:the|in|at|near|to|from|of|into|across|around|name|named|called)\s+$", re.I
)
PARTICLE = re.compile(r"[A-Z]\.|de|da|van|von|del|di|la|le")


def load_places(cldr_dir: Path) -> list[Place]:
    """Continents, countries and major cities with their Hindi names (CLDR + aliases)."""
    places: list[Place] = []
    with (cldr_dir / "territories.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            code = row["code"]
            if code in ALIASES:
                ens, his = ALIASES[code]
                places.extend(Place(e, his, "country") for e in ens)
            elif code in CONTINENTS:
                places.append(Place(row["en"], (row["hi"],), "continent"))
            elif re.fullmatch(r"[A-Z]{2}", code) and code not in ("EU", "UN", "EZ", "QO"):
                places.append(Place(row["en"], (row["hi"],), "country"))
    with (cldr_dir / "tz_exemplar_cities.tsv").open(encoding="utf-8") as f:
        reader = csv.DictReader(f, delimiter="\t")
        places.extend(Place(row["en"], (row["hi"],), "city") for row in reader)
    return places


def swap_pool(places: list[Place], cldr_dir: Path) -> dict[str, list[Place]]:
    """The places each kind may be swapped with: well-known ones only."""
    countries: dict[str, str] = {}
    with (cldr_dir / "territories.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            countries[row["code"]] = row["en"]
    wanted_countries = {countries[c] for c in SWAP_COUNTRIES if c in countries}
    wanted_cities = {c.replace("_", " ") for c in SWAP_CITIES}
    pool: dict[str, list[Place]] = {"continent": [], "country": [], "city": []}
    seen: set[str] = set()
    for p in places:
        if p.en in seen:
            continue
        if (
            p.kind == "continent"
            or p.kind == "country"
            and p.en in wanted_countries
            or p.kind == "city"
            and p.en in wanted_cities
        ):
            pool[p.kind].append(p)
            seen.add(p.en)
    return pool


def romanize(word: str) -> str:
    text = word.replace("ॉ", "ो").replace("ऑ", "ओ").replace("\u093c", "")
    latin = transliterate(text, sanscript.DEVANAGARI, sanscript.IAST)
    latin = unicodedata.normalize("NFKD", latin)
    latin = "".join(c for c in latin if not unicodedata.combining(c)).lower()
    return re.sub(r"a$", "", latin.replace("ṃ", "n"))


def sound_key(latin: str) -> str:
    s = re.sub(r"[^a-z]", "", latin.lower())
    for a, b in (("ph", "f"), ("th", "t"), ("sh", "s"), ("kh", "k"), ("gh", "g"), ("dh", "d"),
                 ("bh", "b"), ("ch", "c"), ("c", "k"), ("q", "k"), ("w", "v"), ("y", "i"),
                 ("z", "j"), ("x", "ks"), ("ee", "i"), ("oo", "u")):  # fmt: skip
        s = s.replace(a, b)
    return re.sub(r"(.)\1", r"\1", s)


def sounds_like(hindi: str, english: str) -> float:
    return float(fuzz.ratio(sound_key(romanize(hindi)), sound_key(english)))


def common_words(english_corpus: Iterable[str]) -> frozenset[str]:
    """Words the corpus also writes in lower case: English words, not names."""
    return frozenset(w for text in english_corpus for w in re.findall(r"\b[a-z][a-z'\-]+\b", text))


def person_names(
    en: str, hi: str, places: set[str], common: frozenset[str]
) -> list[tuple[str, str, str]]:
    """(English surname, Hindi first-name token, Hindi surname token) of each "First Last"
    person name whose two parts sound-match two adjacent (or initial-separated) Hindi words.

    A run of capitalised words counts as a person's name only when it has exactly two name
    words, neither a title, place or institution word, nor an ordinary English word.
    """
    out = []
    toks = TOKEN.findall(hi)
    for m in EN_CAPITALISED_RUN.finditer(en):
        parts = [p for p in m.group().split() if not PARTICLE.fullmatch(p)]
        lead = 0
        while len(parts) - lead > 2 and (parts[lead] in NOT_NAME or parts[lead] in places):
            lead += 1  # "United States President Donald Trump": titles before the name
        context = en[: m.start()] + " ".join(parts[:lead])
        parts = parts[lead:]
        if len(parts) != 2 or m.group() in places or (not lead and PLACE_CONTEXT.search(context)):
            continue
        if any(p in NOT_NAME or p in places or p.lower() in common for p in parts):
            continue
        first, last = parts
        for i in range(len(toks) - 1):
            for j in (i + 1, i + 2):
                if j >= len(toks):
                    continue
                a, b = sounds_like(toks[i], first), sounds_like(toks[j], last)
                if min(a, b) >= 55 and a + b >= 140:
                    out.append((last, toks[i], toks[j]))
                    break
    return out


__all__ = [
    "SURNAMES",
    "common_words",
    "SURNAME_LATIN",
    "Place",
    "fold",
    "load_places",
    "person_names",
    "romanize",
    "sounds_like",
    "swap_pool",
]
