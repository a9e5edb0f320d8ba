"""SARIF rules: one per drift kind (plus ``unverifiable-post``), each with the help a
code-scanning reader needs — what the kind means, how to fix the rendering, how to accept it.

GitHub code scanning shows ``help`` on every alert and the SARIF Multitool's GitHub rules
(GH2012) require it; the wording follows DESIGN.md's table and ``docs/drift.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from verifier.model import DRIFT_KINDS
from verifier.settings import DEFAULT_SEVERITIES

PROJECT_URL = "https://pypi.org/project/quote-verifier/"
"""The project's own page (distribution ``quote-verifier``; ``verifier`` on PyPI is another project)."""
UNVERIFIABLE_RULE = "unverifiable-post"
UNCHECKED_RULE = "unchecked-pair"
RULE_IDS: tuple[str, ...] = (*DRIFT_KINDS, UNVERIFIABLE_RULE, UNCHECKED_RULE)


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    short: str
    full: str
    fix: str
    """How an editor fixes the rendering."""


RULES: dict[str, Rule] = {
    "entity": Rule(
        "EntityDrift",
        "A name, place or organisation differs between the post and its rendering",
        "The rendering swaps, drops or invents a person, place or organisation "
        "(Canada rendered as पेरू).",
        "Make the rendering name the same person, place or organisation as the post; check "
        "the transliteration (Canada is कनाडा, not पेरू).",
    ),
    "number": Rule(
        "NumberDrift",
        "A number differs between the post and its rendering",
        "A count, amount, percentage or scale changes (50 → 15, 2 lakh → 20 lakh).",
        "Give the post's figure with its scale and unit (lakh, crore, million, percent).",
    ),
    "negation": Rule(
        "NegationDrift",
        "The rendering flips the polarity of the post",
        "An affirmative statement is rendered as a negative one or the reverse "
        "(agreed → सहमत नहीं).",
        "Add or remove the negation (नहीं, न, बिना) so the rendering says what the post says.",
    ),
    "attribution": Rule(
        "AttributionDrift",
        "The rendering attributes the post to someone else",
        "The post is by one person but the article says another said it.",
        "Attribute the words to the post's author, or embed the post of the person quoted.",
    ),
    "date": Rule(
        "DateDrift",
        "A date or day differs between the post and its rendering",
        "A weekday, date or relative day changes (Wednesday → मंगलवार, today → कल).",
        "Render the post's day or date; read 'today' and 'yesterday' against the post's date, "
        "not the article's.",
    ),
    "omission": Rule(
        "OmissionDrift",
        "The rendering leaves out a clause of the post",
        "A clause of the post that changes its meaning is missing from the rendering.",
        "Render the missing clause, or mark a deliberate cut with an ellipsis (…).",
    ),
    "addition": Rule(
        "AdditionDrift",
        "The rendering adds a claim the post does not make",
        "The rendering says something the post does not say.",
        "Take out what the post does not say, or attribute it to its own source outside "
        "the quotation.",
    ),
    "intensity": Rule(
        "IntensityDrift",
        "The rendering changes how strong or certain the post is",
        "Modality or intensity shifts ('may' → 'will', 'some' → 'all', 'concerned' → 'alarmed').",
        "Keep the post's hedges and degree: 'may' stays सकता है, 'some' stays कुछ.",
    ),
    "embed-mismatch": Rule(
        "EmbedMismatch",
        "The embedded post differs from the post on its platform",
        "With --confirm: the text, author or date shown in the article differs from the "
        "canonical post.",
        "Embed the post as published on its platform, or quote its current text.",
    ),
    UNVERIFIABLE_RULE: Rule(
        "UnverifiablePost",
        "The embedded post could not be confirmed on its platform",
        "With --confirm: the post is deleted, protected or unavailable, so the article "
        "quotes something readers cannot check.",
        "Check whether the post was deleted or made private, and say so in the article or "
        "remove the embed.",
    ),
    UNCHECKED_RULE: Rule(
        "UncheckedPair",
        "No word-level check exists for the languages of this post and its rendering",
        "verifier has no lexicon or word diff for this language pair, so only figures and "
        "dates were compared; the rendering is not known to be faithful.",
        "Have a reader of both languages check the rendering against the post.",
    ),
}

_ACCEPT = (
    "If the rendering is right as it stands, accept the finding: run "
    "`verifier baseline --output verifier-baseline.json` and commit the file. `verifier ci` "
    "then reports it as accepted (a notice, a suppressed result here) and fails only on new "
    "findings."
)


def sarif_level(severity: str) -> str:
    """critical and major → ``error``, minor → ``warning``."""
    return "warning" if severity == "minor" else "error"


def _help(rule_id: str, rule: Rule) -> dict[str, str]:
    text = f"{rule.full} Fix: {rule.fix} Accept: {_ACCEPT}"
    markdown = (
        f"**{rule.short}.** {rule.full}\n\n"
        f"**Fix.** {rule.fix}\n\n"
        f"**Accept.** {_ACCEPT}\n\n"
        f"Rule `{rule_id}` of verifier ({PROJECT_URL})."
    )
    return {"text": text, "markdown": markdown}


def sarif_rules() -> list[dict[str, Any]]:
    """The ``tool.driver.rules`` array, in :data:`RULE_IDS` order (``ruleIndex`` relies on it)."""
    out = []
    for rule_id in RULE_IDS:
        rule = RULES[rule_id]
        severity = DEFAULT_SEVERITIES.get(rule_id, "minor")
        out.append(
            {
                "id": rule_id,
                "name": rule.name,
                "shortDescription": {"text": rule.short},
                "fullDescription": {"text": rule.full},
                "help": _help(rule_id, rule),
                "defaultConfiguration": {"level": sarif_level(severity)},
                "properties": {"tags": ["drift" if rule_id in DRIFT_KINDS else "confirmation"]},
            }
        )
    return out
