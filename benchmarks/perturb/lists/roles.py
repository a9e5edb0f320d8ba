"""Reporting roles: who a news sentence says a statement comes from, when it is not a name.

Written for the generator. Each role has the English words that name it and its Hindi forms
by case: ``direct`` (before है, as a subject without ने) and ``oblique`` (before ने, के, का,
की, को, से, द्वारा). Nouns that do not change between the two (पुलिस, सरकार) repeat.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    name: str
    en: str  # a regular expression over the English
    direct: tuple[str, ...]
    oblique: tuple[str, ...]


def _r(name: str, en: str, direct: str, oblique: str) -> Role:
    return Role(name, en, tuple(direct.split("|")), tuple(oblique.split("|")))


ROLES: tuple[Role, ...] = (
    _r("police", r"\bpolice\b|\bcops\b", "पुलिस", "पुलिस"),
    _r(
        "officials", r"\bofficials?\b|\bauthorities\b", "अधिकारी|अफ़सर|अफसर", "अधिकारियों|अफ़सरों|अफसरों"
    ),
    _r("spokesperson", r"\bspokes(?:man|woman|person)\b", "प्रवक्ता", "प्रवक्ता"),
    _r("ministry", r"\bministry\b|\bdepartment\b", "मंत्रालय", "मंत्रालय"),
    _r("opposition", r"\bopposition\b", "विपक्ष", "विपक्ष"),
    _r("government", r"\bgovernment\b|\badministration\b", "सरकार", "सरकार"),
    _r("scientists", r"\bscientists?\b", "वैज्ञानिक", "वैज्ञानिकों"),
    _r(
        "researchers",
        r"\bresearchers?\b|\bthe team\b|\bthe study\b",
        "शोधकर्ता|अनुसंधानकर्ता",
        "शोधकर्ताओं|अनुसंधानकर्ताओं",
    ),
    _r("doctors", r"\bdoctors?\b|\bphysicians?\b", "डॉक्टर|चिकित्सक", "डॉक्टरों|चिकित्सकों"),
    _r("court", r"\bcourt\b|\bjudges?\b", "अदालत|न्यायालय|कोर्ट", "अदालत|न्यायालय|कोर्ट"),
    _r("army", r"\barmy\b|\bmilitary\b|\btroops\b|\bsoldiers\b", "सेना|फ़ौज|फौज", "सेना|फ़ौज|फौज"),
    _r("residents", r"\bresidents\b|\blocals\b|\bvillagers\b", "निवासी|ग्रामीण", "निवासियों|ग्रामीणों"),
    _r(
        "witnesses",
        r"\b(?:eye)?witness(?:es)?\b",
        "गवाह|प्रत्यक्षदर्शी|चश्मदीद",
        "गवाहों|प्रत्यक्षदर्शियों|चश्मदीदों",
    ),
    _r("experts", r"\bexperts?\b|\banalysts?\b", "विशेषज्ञ|जानकार|विश्लेषक", "विशेषज्ञों|जानकारों|विश्लेषकों"),
    _r("investigators", r"\binvestigators?\b", "जांचकर्ता|जाँचकर्ता", "जांचकर्ताओं|जाँचकर्ताओं"),
    _r("prosecutors", r"\bprosecut(?:ors?|ion)\b", "अभियोजक", "अभियोजकों"),
    _r("organisers", r"\borgani[sz]ers\b", "आयोजक", "आयोजकों"),
    _r("activists", r"\bactivists?\b|\bcampaigners\b", "कार्यकर्ता", "कार्यकर्ताओं"),
)
# What a role is swapped for first: the confusions the other team's generator found
# (police → opposition, officials → scientists) and their like.
PREFERRED: dict[str, tuple[str, ...]] = {
    "police": ("opposition", "residents", "army"),
    "officials": ("scientists", "opposition", "activists"),
    "government": ("opposition", "court", "experts"),
    "scientists": ("officials", "government", "activists"),
    "researchers": ("officials", "government"),
    "experts": ("officials", "government", "opposition"),
    "court": ("government", "police", "opposition"),
    "army": ("police", "residents", "opposition"),
}
# Hindi that follows a role when it is the source of a statement: "पुलिस ने कहा",
# "अधिकारियों के अनुसार", "सरकार का कहना है".
REPORTING_AFTER = (
    r"^\s*(?:ने\s+(?:\S+\s+){0,8}?(?:कहा|बताया|घोषणा|पुष्टि|दावा|चेतावनी|आगाह|अनुमान|लिखा|"
    r"जानकारी|बयान|माना|स्वीकार|अपील|आरोप|कहना|इनकार|सूचना|सुझाव|निष्कर्ष|पाया)|"
    r"के\s+(?:अनुसार|मुताबिक|मुताबिक़|हवाले)|का\s+(?:कहना|मानना|दावा|अनुमान)|की\s+ओर\s+से)"
)


__all__ = ["PREFERRED", "REPORTING_AFTER", "ROLES", "Role"]
