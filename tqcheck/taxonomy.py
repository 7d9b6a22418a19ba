"""The closed lists every issue is described with: MQM categories and severities.

Categories follow the MQM typology as used in WMT human evaluation, written
as ``dimension/subtype`` slugs; each maps to the W3C ITS 2.0 issue type that
LanguageTool-compatible clients understand.
"""

from __future__ import annotations

SEVERITIES = ("neutral", "minor", "major", "critical")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
DEFAULT_WEIGHTS = {"neutral": 0.0, "minor": 1.0, "major": 5.0, "critical": 25.0}

#: category -> (one-line description, ITS 2.0 issue type)
CATEGORIES: dict[str, tuple[str, str]] = {
    "accuracy/mistranslation": ("The target does not mean what the source says.", "mistranslation"),
    "accuracy/omission": ("Content of the source is missing from the target.", "omission"),
    "accuracy/addition": ("The target adds content the source does not have.", "addition"),
    "accuracy/untranslated": ("Text left in the source language or in the wrong language.", "untranslated"),
    "fluency/grammar": ("Grammar errors.", "grammar"),
    "fluency/spelling": ("Misspelled words.", "misspelling"),
    "fluency/punctuation": ("Punctuation, quotation marks, brackets and spacing.", "typographical"),
    "fluency/inconsistency": ("The same thing written in different ways.", "inconsistency"),
    "fluency/character-encoding": ("Wrong or broken characters.", "characters"),
    "style/awkward": ("Correct but awkward, wordy or unidiomatic writing.", "style"),
    "terminology/inconsistent": ("A term translated in different ways.", "inconsistency"),
    "terminology/wrong-term": ("A term that the glossary does not allow.", "terminology"),
    "locale/date": ("Dates and times in the wrong form or with wrong values.", "locale-violation"),
    "locale/number": ("Numbers in the wrong form or with wrong values.", "locale-violation"),
    "locale/name": ("Names of people, places and organisations.", "locale-violation"),
    "other": ("Anything else.", "other"),
}


def severity_at_least(severity: str, threshold: str) -> bool:
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold]
