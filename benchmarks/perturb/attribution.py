"""Attribution drift: the article puts the post's words in someone else's mouth.

Each attribution row gives the post an author (name and X handle, public figures who post
in English) and the claim a speaker as a Hindi article would name them. A drifted row's
speaker is another person — most often one of the same field (another minister, another
cricketer), sometimes one with the same surname (राहुल गांधी / सोनिया गांधी). A faithful
control names the author as Hindi copy does: full name, surname with a title, "जी".
The claim text itself is the untouched Hindi rendering.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .common import Edit


@dataclass(frozen=True)
class Person:
    name: str
    handle: str | None
    hindi: str
    field: str
    title: str  # how Hindi copy introduces them


PEOPLE: tuple[Person, ...] = (
    Person("Narendra Modi", "@narendramodi", "नरेंद्र मोदी", "in-gov", "प्रधानमंत्री"),
    Person("S. Jaishankar", "@DrSJaishankar", "एस. जयशंकर", "in-gov", "विदेश मंत्री"),
    Person("Amit Shah", "@AmitShah", "अमित शाह", "in-gov", "गृह मंत्री"),
    Person("Rajnath Singh", "@rajnathsingh", "राजनाथ सिंह", "in-gov", "रक्षा मंत्री"),
    Person("Nirmala Sitharaman", "@nsitharaman", "निर्मला सीतारमण", "in-gov", "वित्त मंत्री"),
    Person("Piyush Goyal", "@PiyushGoyal", "पीयूष गोयल", "in-gov", "केंद्रीय मंत्री"),
    Person("Nitin Gadkari", "@nitin_gadkari", "नितिन गडकरी", "in-gov", "केंद्रीय मंत्री"),
    Person("Hardeep Singh Puri", "@HardeepSPuri", "हरदीप सिंह पुरी", "in-gov", "केंद्रीय मंत्री"),
    Person("Rahul Gandhi", "@RahulGandhi", "राहुल गांधी", "in-opp", "कांग्रेस नेता"),
    Person(
        "Priyanka Gandhi Vadra", "@priyankagandhi", "प्रियंका गांधी वाड्रा", "in-opp", "कांग्रेस महासचिव"
    ),
    Person("Shashi Tharoor", "@ShashiTharoor", "शशि थरूर", "in-opp", "कांग्रेस सांसद"),
    Person("Arvind Kejriwal", "@ArvindKejriwal", "अरविंद केजरीवाल", "in-opp", "आप संयोजक"),
    Person("Mamata Banerjee", "@MamataOfficial", "ममता बनर्जी", "in-opp", "मुख्यमंत्री"),
    Person("Akhilesh Yadav", "@yadavakhilesh", "अखिलेश यादव", "in-opp", "सपा प्रमुख"),
    Person("Omar Abdullah", "@OmarAbdullah", "उमर अब्दुल्ला", "in-opp", "नेशनल कॉन्फ्रेंस नेता"),
    Person("Sachin Tendulkar", "@sachin_rt", "सचिन तेंदुलकर", "sport", "पूर्व क्रिकेटर"),
    Person("Virat Kohli", "@imVkohli", "विराट कोहली", "sport", "क्रिकेटर"),
    Person("Sania Mirza", "@MirzaSania", "सानिया मिर्ज़ा", "sport", "टेनिस स्टार"),
    Person("Amitabh Bachchan", "@SrBachchan", "अमिताभ बच्चन", "film", "अभिनेता"),
    Person("Anand Mahindra", "@anandmahindra", "आनंद महिंद्रा", "business", "उद्योगपति"),
    Person("Sundar Pichai", "@sundarpichai", "सुंदर पिचाई", "business", "गूगल के सीईओ"),
    Person("Elon Musk", "@elonmusk", "एलन मस्क", "business", "अरबपति"),
    Person("Barack Obama", "@BarackObama", "बराक ओबामा", "world", "पूर्व अमेरिकी राष्ट्रपति"),
    Person("Justin Trudeau", "@JustinTrudeau", "जस्टिन ट्रूडो", "world", "कनाडा के प्रधानमंत्री"),
    Person("Emmanuel Macron", "@EmmanuelMacron", "इमैनुएल मैक्रों", "world", "फ्रांस के राष्ट्रपति"),
    Person("Anita Anand", "@AnitaAnandMP", "अनीता आनंद", "world", "कनाडा की मंत्री"),
)
# People with no account here but with a surname a careless rendering could confuse.
NAMESAKES: dict[str, tuple[str, ...]] = {
    "गांधी": ("सोनिया गांधी", "मेनका गांधी", "वरुण गांधी"),
    "शाह": ("अमित मालवीय",),
    "यादव": ("तेजस्वी यादव", "लालू प्रसाद यादव"),
    "सिंह": ("मनमोहन सिंह", "भगवंत सिंह मान"),
    "आनंद": ("आनंद शर्मा",),
    "बच्चन": ("अभिषेक बच्चन", "जया बच्चन"),
}


def _surname(p: Person) -> str:
    return p.hindi.split()[-1]


def faithful_forms(p: Person) -> list[str]:
    """How a Hindi article names the author when it gets the speaker right."""
    return [p.hindi, f"{p.title} {p.hindi}", f"{p.title} {_surname(p)}", f"{_surname(p)} जी"]


def perturb(en: str, hi: str, rng: random.Random) -> list[Edit]:
    """One drifted row (wrong speaker) and one faithful control (right speaker)."""
    del en
    author = rng.choice(PEOPLE)
    same_field = [p for p in PEOPLE if p.field == author.field and p != author]
    namesakes = list(NAMESAKES.get(_surname(author), ()))
    roll = rng.random()
    if namesakes and roll < 0.3:
        wrong, how = rng.choice(namesakes), "same surname, another person"
    elif same_field and roll < 0.8:
        other = rng.choice(same_field)
        wrong = rng.choice((other.hindi, f"{other.title} {other.hindi}"))
        how = "another person of the same field"
    else:
        other = rng.choice([p for p in PEOPLE if p != author])
        wrong, how = other.hindi, "another public figure"
    context = {"author": author.name, "handle": author.handle or ""}
    drift = Edit(
        hi,
        "wrong-speaker",
        f"post by {author.name}; claim says {wrong} ({how})",
        {**context, "speaker": wrong},
    )
    right = rng.choice(faithful_forms(author))
    control = Edit(
        hi,
        "right-speaker",
        f"post by {author.name}; claim names {right}",
        {**context, "speaker": right},
    )
    return [drift, control]


__all__ = ["PEOPLE", "Person", "faithful_forms", "perturb"]
