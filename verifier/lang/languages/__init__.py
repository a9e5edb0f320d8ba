"""One table per language of Indian news: the words a shared reader needs.

Each module here (``marathi``, ``bengali``, ``tamil`` …) holds one ``Language``: its
script, function words, negators, the endings it glues to nouns, its reported-speech
constructions, quote marks, number and scale words and relative-day words. The code that
reads them is shared: ``verifier.lang.regional`` (stems, stop words, negation for the
aligner and the judge), ``verifier.lang.numbers.indic`` (number words),
``verifier.lang.dates.strings`` (month and weekday names from CLDR,
``verifier/data/calendar/``). Adding a language is adding a table (docs/languages.md).
"""

from __future__ import annotations

import importlib
import unicodedata
from dataclasses import dataclass, field
from functools import cache

MODULES = {
    "mr": "marathi", "bn": "bengali", "ur": "urdu", "ta": "tamil", "te": "telugu",
    "gu": "gujarati", "pa": "punjabi", "kn": "kannada", "ml": "malayalam", "or": "odia",
    "ne": "nepali",
}  # fmt: skip
"""ISO 639-1 code -> module of its table, in order of weight in Indian news."""

CODES = tuple(MODULES)


def _nfc_words(text: str) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFC", w) for w in text.split())


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    script: str
    """``verifier.lang.textnorm`` script name (``deva``, ``taml`` …)."""
    stop_words: str = ""
    """Function words (weight 0 in the aligner), space separated, native script."""
    negators: str = ""
    """Words that negate (a negation still counts as one: ``anchors.NEGATION_KEY``)."""
    negative_endings: tuple[str, ...] = ()
    """Verb endings that negate (Tamil செய்யவில்லை, Kannada ಮಾಡಲಿಲ್ಲ)."""
    suffixes: str = ""
    """Case endings and postpositions glued to nouns, native script; cut longest first."""
    clitics: tuple[str, ...] = ()
    """Particles glued after a case ending (Tamil -உம், Marathi -ही), cut first."""
    clitic_bases: tuple[str, ...] = ()
    """Endings a word loses before a clitic that starts with a vowel sign, tried back on the
    base (Tamil -உம் after -ன் or -உ: மகிழ்ச்சியுடனும் → மகிழ்ச்சியுடன், அனைவருக்கும் →
    அனைவருக்கு): the case ending it carries is then cut as usual."""
    max_cuts: int = 1
    """How many endings may stack (2 for the Dravidian languages: -களின் = -கள் + -இன்)."""
    verb_endings: str = ""
    """Tense-person endings of finite verbs and the endings of verbal nouns and participles,
    native script; the longest is cut once (after a clitic) to give the verb stem the lexicon
    lists (Tamil நினைக்கிறேன் → நினை). Irregular past stems are lexicon forms instead."""
    final_drop: tuple[str, ...] = ()
    """Endings a noun loses before a case ending (Tamil -ம் in அமைச்சகம் / அமைச்சகத்தின்):
    dropped from every stem so the citation form and the inflected form meet."""
    char_map: dict[str, str] = field(default_factory=dict)
    """Letters rewritten before reading (Malayalam chillu ർ as ര്)."""
    stem_ends_in_virama: bool = True
    """Whether a cut may leave a stem ending in a virama. Marathi says no: हल्ला is not
    हल् + ला."""
    vowel_locatives: tuple[str, ...] = ()
    """Endings (vowel sign + letter) whose last letter alone is a case ending, cut when no
    suffix was (Marathi locative -त after a vowel: भारतात → भारता; many stems end in त)."""
    nasal_oblique: bool = False
    """The oblique plural's nasal goes after a vowel sign (Marathi शुभेच्छां → शुभेच्छा)."""
    oblique_endings: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """Oblique endings and the nominative endings they stand for (Marathi -्या of -ी and
    -ा nouns: मंत्र्या → मंत्री, रस्त्या → रस्ता), tried on the last stem."""
    oblique_head_map: dict[str, str] = field(default_factory=dict)
    """Letters rewritten in the head of an oblique form (Marathi ऱ → र: शेतकऱ्या → शेतकरी)."""
    speech_cues: tuple[str, ...] = ()
    """Reported-speech constructions after or around the words reported."""
    say_verbs: tuple[str, ...] = ()
    """Verbs of saying and posting as the start of a word (கூறி: கூறினார், கூறியுள்ளார்);
    words of a two-word verb are separated by a space (ট্ৱীট করে). Read by ``claims.cues``."""
    quotatives: tuple[str, ...] = ()
    """Words that close the reported words before the verb in a verb-final sentence
    ("… என்று கூறினார்", "… అని చెప్పారు", "… असे म्हणाले", "… એમ કહ્યું")."""
    glued_quotatives: tuple[str, ...] = ()
    """Endings that are a quotative written into the last reported word (Telugu అని after a
    finite verb: వచ్చిందని, వాళ్లమని; -ట్లు "that": తప్పుకుంటున్నట్లు; Tamil -ஆக after a
    verbal noun: நினைப்பதாக), closing the reported words like ``quotatives``."""
    complementizers: tuple[str, ...] = ()
    """"that" after the verb, opening the reported words ("કહ્યું કે …", "کہا کہ …")."""
    platform_words: tuple[str, ...] = ()
    """Words naming the platform or the post (ட்விட்டர், ట్వీట్, ટ્વીટ), as word starts."""
    quotes: tuple[tuple[str, str], ...] = (("“", "”"), ('"', '"'), ("‘", "’"))
    """Opening and closing quote marks the language's newspapers use."""
    number_words: dict[str, float] = field(default_factory=dict)
    """Numerals as words -> value (one to ten, hundred, common tens)."""
    ordinal_endings: tuple[str, ...] = ()
    """Endings that make a numeral an ordinal (Tamil ஒன்பதாவது, Marathi नववा): the number
    stays readable (a final vowel sign of the numeral gives way to an ending's)."""
    negation_in_verb: bool = False
    """Negation is mostly a verb form (Tamil, Telugu, Kannada, Malayalam): a negator the
    rendering lacks cannot be told from a verb the reader does not know, so only an added
    negator is reported."""
    number_classifiers: tuple[str, ...] = ()
    """Classifiers glued to a numeral (Bengali তিনটি, দুজন): the numeral still counts."""
    scale_words: dict[str, float] = field(default_factory=dict)
    """Scale words -> multiplier (thousand, lakh, crore, million, billion)."""
    relative_days: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """Today/yesterday/tomorrow words -> day offsets (two when the word means both)."""
    percent_words: str = ""
    """Words for "percent" after a figure."""
    qualifiers_before: dict[str, str] = field(default_factory=dict)
    """Phrases before a figure -> ``numbers.qualifiers.Qualifier`` (about, at-least …)."""
    qualifiers_after: dict[str, str] = field(default_factory=dict)
    """Phrases after a figure (a first word may be glued to it: 1000க்கும் மேற்பட்ட)."""

    @property
    def stop(self) -> frozenset[str]:
        return _nfc_words(self.stop_words)

    @property
    def negation(self) -> frozenset[str]:
        return _nfc_words(self.negators)

    @property
    def suffix_list(self) -> tuple[str, ...]:
        return _longest_first(self.suffixes)

    @property
    def verb_ending_list(self) -> tuple[str, ...]:
        return _longest_first(self.verb_endings)


def _longest_first(text: str) -> tuple[str, ...]:
    words = {unicodedata.normalize("NFC", w) for w in text.split()}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@cache
def get(code: str) -> Language | None:
    """The table of ``code``, or ``None`` for a language without one (Hindi, English)."""
    module = MODULES.get(code)
    if module is None:
        return None
    lang: Language = importlib.import_module(f"{__name__}.{module}").LANGUAGE
    return lang


def by_script(script: str) -> tuple[Language, ...]:
    """The languages written in ``script`` (Devanagari: Marathi, Nepali)."""
    return tuple(lang for code in CODES if (lang := get(code)) and lang.script == script)
