"""Attribution drift: the article puts the post's words in someone else's mouth.

Three ways, each its own subtype:
- ``role-swap``: the reporting role in the Hindi replaced by another role ("पुलिस ने कहा" →
  "विपक्ष ने कहा", "अधिकारियों के अनुसार" → "वैज्ञानिकों के अनुसार"); roles from
  ``lists/roles.py``, only where the English names the same role as the source;
- ``named-speaker``: the person the Hindi names as the source ("डेनियस ने कहा") replaced by
  another person of the corpus (FLORES names, see ``flores_names.py``);
- ``wrong-speaker`` / ``role-speaker``: the claim text untouched, but the speaker the
  article names (``speaker``) is not the post's author: another public figure, or another
  role than the account's (a police account, the article says "विपक्ष").
Faithful controls name the author as Hindi copy does (``right-speaker``, ``right-role``).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from .common import Edit, replace_span, word
from .entity import EntityPerturber
from .lists.roles import PREFERRED, REPORTING_AFTER, ROLES, Role


@dataclass(frozen=True)
class Person:
    name: str
    handle: str | None
    hindi: str
    field: str
    title: str  # how Hindi copy introduces them


@dataclass(frozen=True)
class Account:
    """An institutional X account and the role an article would give its posts."""

    name: str
    handle: str
    hindi: str
    role: str  # a name in lists/roles.py


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
ACCOUNTS: tuple[Account, ...] = (
    Account("Delhi Police", "@DelhiPolice", "दिल्ली पुलिस", "police"),
    Account("Mumbai Police", "@MumbaiPolice", "मुंबई पुलिस", "police"),
    Account("Ministry of External Affairs", "@MEAIndia", "विदेश मंत्रालय", "ministry"),
    Account("Ministry of Health", "@MoHFW_INDIA", "स्वास्थ्य मंत्रालय", "ministry"),
    Account("Indian Army", "@adgpi", "भारतीय सेना", "army"),
    Account("ISRO", "@isro", "इसरो के वैज्ञानिक", "scientists"),
    Account("NASA", "@NASA", "नासा के वैज्ञानिक", "scientists"),
    Account("Supreme Court Observer", "@SCObserver", "सुप्रीम कोर्ट", "court"),
    Account("PIB India", "@PIB_India", "सरकार", "government"),
    Account("Indian National Congress", "@INCIndia", "विपक्ष", "opposition"),
    Account(
        "India Meteorological Department", "@Indiametdept", "मौसम विभाग के अधिकारी", "officials"
    ),
    Account("AIIMS New Delhi", "@aiims_newdelhi", "एम्स के डॉक्टर", "doctors"),
)
ROLE_BY_NAME = {r.name: r for r in ROLES}


def _surname(p: Person) -> str:
    return p.hindi.split()[-1]


def faithful_forms(p: Person) -> list[str]:
    """How a Hindi article names the author when it gets the speaker right."""
    return [p.hindi, f"{p.title} {p.hindi}", f"{p.title} {_surname(p)}", f"{_surname(p)} जी"]


def speaker_rows(rng: random.Random) -> tuple[Edit, Edit]:
    """A post by a person: one drifted row (wrong speaker), one control (right speaker)."""
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
    right = rng.choice(faithful_forms(author))
    return (
        Edit(
            "",
            "wrong-speaker",
            f"post by {author.name}; claim says {wrong} ({how})",
            {**context, "speaker": wrong},
        ),
        Edit(
            "",
            "right-speaker",
            f"post by {author.name}; claim names {right}",
            {**context, "speaker": right},
        ),
    )


def role_rows(rng: random.Random) -> tuple[Edit, Edit]:
    """A post by an institution: the article gives it to another role (drift), or to the
    account or its role (control)."""
    account = rng.choice(ACCOUNTS)
    preferred = PREFERRED.get(account.role, ())
    others = [r for r in ROLES if r.name != account.role]
    pick = [ROLE_BY_NAME[n] for n in preferred if n in ROLE_BY_NAME]
    wrong_role = rng.choice(pick) if pick and rng.random() < 0.6 else rng.choice(others)
    wrong = wrong_role.direct[0]
    own = ROLE_BY_NAME[account.role].direct[0]
    right = rng.choice((account.hindi, own))
    context = {"author": account.name, "handle": account.handle}
    return (
        Edit(
            "",
            "role-speaker",
            f"post by {account.name} ({account.role}); claim says {wrong} ({wrong_role.name})",
            {**context, "speaker": wrong},
        ),
        Edit(
            "",
            "right-role",
            f"post by {account.name}; claim names {right}",
            {**context, "speaker": right},
        ),
    )


class AttributionPerturber:
    """In-text attribution edits: the source of a reported statement changed."""

    def __init__(self, entities: EntityPerturber) -> None:
        self.entities = entities

    def perturb(self, line: int, en: str, hi: str, rng: random.Random) -> list[Edit]:
        return self._role(en, hi, rng) + self._named(line, en, hi, rng)

    def _role(self, en: str, hi: str, rng: random.Random) -> list[Edit]:
        for role in ROLES:
            if not re.search(role.en, en, re.I):
                continue
            for slot, forms in (("oblique", role.oblique), ("direct", role.direct)):
                for form in forms:
                    hits = [
                        m
                        for m in re.finditer(word(form), hi)
                        if re.match(REPORTING_AFTER, hi[m.end() :])
                    ]
                    if len(hits) != 1 or len(re.findall(word(form), hi)) != 1:
                        continue
                    new_role = self._other_role(role, en, hi, rng)
                    if new_role is None:
                        return []
                    new = (new_role.oblique if slot == "oblique" else new_role.direct)[0]
                    m = hits[0]
                    claim = replace_span(hi, m.start(), m.end(), new)
                    change = f"{form} → {new} ({role.name} → {new_role.name})"
                    return [Edit(claim, "role-swap", change)]
        return []

    @staticmethod
    def _other_role(role: Role, en: str, hi: str, rng: random.Random) -> Role | None:
        def free(r: Role) -> bool:
            return (
                r.name != role.name
                and not re.search(r.en, en, re.I)
                and not any(re.search(word(f), hi) for f in r.direct + r.oblique)
            )

        preferred = [ROLE_BY_NAME[n] for n in PREFERRED.get(role.name, ()) if free(ROLE_BY_NAME[n])]
        if preferred and rng.random() < 0.6:
            return rng.choice(preferred)
        others = [r for r in ROLES if free(r)]
        return rng.choice(others) if others else None

    def _named(self, line: int, en: str, hi: str, rng: random.Random) -> list[Edit]:
        people = [
            c
            for c in self.entities.pools.get("speaker", [])
            if not re.search(rf"\b{re.escape(c.en)}\b", en)
        ]
        for slot in self.entities.slots(line, en, hi):
            if slot.type not in ("person", "politician", "name"):
                continue  # an untyped name that says something is a person
            if not re.match(REPORTING_AFTER, hi[slot.end :]):
                continue
            old = hi[slot.start : slot.end]
            options = [
                c for c in people if c.hi not in hi and len(c.hi.split()) == len(old.split())
            ]
            options = options or [c for c in people if c.hi not in hi]
            if not options:
                return []
            new = rng.choice(options)
            claim = replace_span(hi, slot.start, slot.end, new.hi)
            return [Edit(claim, "named-speaker", f"{old} → {new.hi} ({slot.en} → {new.en})")]
        return []


__all__ = [
    "ACCOUNTS",
    "PEOPLE",
    "AttributionPerturber",
    "Person",
    "faithful_forms",
    "role_rows",
    "speaker_rows",
]
