"""One compound written closed and open or hyphenated: ``cybersecurity``
beside ``cyber security``."""

from __future__ import annotations

import re

from ...rule import bad, custom, good
from .._prose import FUNCTION_WORDS, is_sentence_start
from ._vote import Occurrence, minority

_PAIR = re.compile(r"\b([A-Za-z]{2,})(?:[ \t]+|-)([A-Za-z]{2,})\b")
_CLOSED = re.compile(r"\b[A-Za-z]{4,}\b")
#: a verb's particle: "set up" (verb) and "setup" (noun) are both right
_PARTICLES = frozenset("up down in out off over on back away through about along around by apart aside".split())


def _occurrences(unit):
    doc = unit.target
    text = doc.text
    closed = {}
    for m in _CLOSED.finditer(text):
        closed.setdefault(m.group(0).lower(), []).append(m)
    if not closed:
        return
    found: list[Occurrence] = []
    used = set()
    pos = 0
    while True:
        m = _PAIR.search(text, pos)
        if m is None:
            break
        pos = m.start(2)  # let the second word start the next pair
        a, b = m.group(1).lower(), m.group(2).lower()
        if a in FUNCTION_WORDS or b in FUNCTION_WORDS or b in _PARTICLES or a == "per":
            continue
        key = a + b
        if key not in closed or doc.in_quotation(m.start(), m.end()):
            continue
        used.add(key)
        sep = "-" if "-" in m.group(0) else " "
        found.append(Occurrence(m.start(), m.end(), key, f"{a}{sep}{b}", m.group(0)))
    for key in used:
        for m in closed[key]:
            if not doc.in_quotation(m.start(), m.end()):
                found.append(Occurrence(m.start(), m.end(), key, key, m.group(0)))
    yield from found


def _check(unit, options):
    doc = unit.target
    # a compound seen only at sentence starts is suggested in lower case
    return minority(unit, _occurrences(unit),
                    fix=lambda o, m: m.form if is_sentence_start(doc, m.start) else m.shown)


COMPOUNDS = custom(
    "consistency.compounds",
    _check,
    category="fluency/inconsistency",
    severity="minor",
    message="“{found}” here, “{majority}” elsewhere ({times}); write the compound one way.",
    description="One compound written closed, open or hyphenated in one document (cybersecurity/cyber security).",
    examples=[
        bad("Talks on cybersecurity, ⟦cyber-security⟧ funds and Cybersecurity rules.", "cybersecurity"),
        bad("Cooperation covers maritime and cyber security. Talks also covered ⟦cybersecurity⟧.", "cyber security"),
        good("Cooperation covers cybersecurity. Talks also covered cybersecurity."),
        good("They set up a new setup. Every day is an everyday affair. The takeover: they take over."),
    ],
)

RULES = (COMPOUNDS,)
