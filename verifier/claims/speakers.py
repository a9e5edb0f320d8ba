"""Who is speaking: the noun phrase before a cue and how it is resolved later.

Walking left from the ergative/nominative verb to the speaker's name, trimming place and
possessive words off a Bengali/Marathi subject, and resolving pronouns (उन्होंने) and bare
titles (विदेश मंत्री) to the person named earlier in the article.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from verifier.claims.sentences import is_initial
from verifier.lang.chars import SENTENCE_ENDS
from verifier.lang.words import PRONOUNS, TITLES_HI

# Words that end a speaker noun phrase when walking left from "ने".
_SPEAKER_STOP = frozenset(
    "में पर से को और कि तथा एवं ने भी तो ही वहीं इसके इससे इसमें जिसमें उसमें जब तब बाद पहले बीच दौरान साथ लेकिन मगर जबकि क्योंकि हुए करते कर".split()
    + "এবং ও যে তার তা সে এই হয় হয়েছে করা বলা করে বলে থেকে সঙ্গে জন্য উপর পর কাছে এক এমন এমনটাই একথা".split()
    + "आणि व हे ते आहे आहेत असे असं असेही मध्ये साठी नंतर".split()
    + "وہیں میں پر سے کو اور کہ نے بھی تو ہی جب تب بعد پہلے دوران ساتھ لیکن مگر جبکہ ہوئے کر".split()
)


def speaker_before(text: str, pos: int, floor: int) -> tuple[str | None, int]:
    """Walk left from ``pos`` (the ergative marker) and take the noun phrase before it.

    Returns the speaker and where it starts; stops at a sentence end, a line break, a
    figure, a comma, or a
    postposition/conjunction that cannot be inside a name ("एक्स पर एक पोस्ट में | विदेश
    मंत्री जयशंकर ने").
    """
    start = pos
    picked: list[str] = []
    for w_start, w_end in words_backwards(text, floor, pos):
        w = text[w_start:w_end]
        bare = w.strip(",;:()\"'“”‘’")
        if not bare or bare in _SPEAKER_STOP:
            break
        if "\n" in text[w_end:start] or not any(ch.isalpha() for ch in bare):
            break  # a line break or a figure ("… October 19, 2016\nX ने") is no part of a name
        if w[-1] in ",;:":
            break
        if w[-1] in SENTENCE_ENDS and not is_initial(w[:-1]):
            break
        picked.append(bare)
        start = w_start
        if len(picked) >= 6:
            break
    if not picked:
        return None, pos
    return " ".join(reversed(picked)), start


def words_backwards(text: str, floor: int, pos: int) -> Iterator[tuple[int, int]]:
    """The (start, end) of each whitespace-separated word of ``text[floor:pos]``, last first.

    Walks left only as far as the caller reads: the speaker is a few words, and listing every
    word of a long unpunctuated sentence for each cue made cue finding quadratic."""
    end = pos
    while end > floor:
        while end > floor and text[end - 1].isspace():
            end -= 1
        if end == floor:
            return
        start = end - 1
        while start > floor and not text[start - 1].isspace():
            start -= 1
        yield start, end
        end = start


# Adverbial words that sit between a nominative subject and its verb or before the subject
# ("সাংবাদিক সম্মেলনে X বলেন", "X आपल्या ट्विटमध्ये म्हणतो"): case endings of place and
# possessive pronouns.
_ADVERBIAL_ENDINGS = ("মধ্যে", "তে", "ে", "मध्ये", "मधून", "वर", "ात", "ीत")
_POSSESSIVES = frozenset("आपल्या त्यांच्या त्याच्या तिच्या নিজের তাঁর তার".split())


def nominal_speaker(seg: str, speaker: str | None, start: int) -> tuple[str | None, int]:
    """The subject alone out of the words before a nominative verb: place phrases before
    it and a possessive or place phrase after it go."""
    if speaker is None:
        return None, start
    words = speaker.split()
    while len(words) > 1 and (words[-1] in _POSSESSIVES or _adverbial(words[-1])):
        words.pop()
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if _adverbial(w)), default=0)
    for w in words[:cut]:
        start = seg.index(w, start) + len(w)
    while start < len(seg) and seg[start] == " ":
        start += 1
    kept = words[cut:]
    return (" ".join(kept) if kept else None), start


def _adverbial(word: str) -> bool:
    return len(word) >= 3 and word.endswith(_ADVERBIAL_ENDINGS)


def resolve_pronoun(speaker: str | None, last_named: str | None) -> str | None:
    if speaker is None:
        return last_named
    first = speaker.split()[0]
    if first in PRONOUNS or speaker in PRONOUNS:
        return last_named or speaker
    return speaker


def only_titles(speaker: str) -> bool:
    return all(w in TITLES_HI for w in speaker.split())


def resolve_title(speaker: str | None, named: Sequence[str]) -> str | None:
    """ "विदेश मंत्री" after "विदेश मंत्री जयशंकर" is the same person: take the full name."""
    if not speaker or not only_titles(speaker):
        return speaker
    for full in reversed(named):
        if speaker in full:
            return full
    return speaker
