"""One compound written closed and open or hyphenated: ``cybersecurity``
beside ``cyber security``."""

from __future__ import annotations

import re

from ...rule import bad, custom, good, trie_pattern
from .._prose import FUNCTION_WORDS, is_sentence_start
from ._vote import Occurrence, minority

_PAIR = re.compile(r"(?<![\w'’-])([a-z]{2,})(?=(?:[ \t]+|-)([a-z]{2,})(?![\w'’-]))")
_SEP = re.compile(r"\s+|-")
_LETTERS = re.compile(r"[a-z]+")
#: a verb's particle: "set up" (verb) and "setup" (noun) are both right
_PARTICLES = frozenset("up down in out off over on back away through about along around by apart aside".split())


def _occurrences(unit):
    doc = unit.target
    text = doc.text
    lowered = text.lower() if len(text.lower()) == len(text) else text
    words = set(_LETTERS.findall(lowered))
    keys = set()
    # adjacent pairs, deduplicated in C before any Python-level work
    for a, b in set(_PAIR.findall(lowered)):
        key = a + b
        if key in words and a not in FUNCTION_WORDS and b not in FUNCTION_WORDS \
                and b not in _PARTICLES and a != "per":
            keys.add(key)
    if not keys:
        return
    # one scan for every form of every such compound: closed, open, hyphenated
    forms = set(keys)
    for key in keys:
        for i in range(2, len(key) - 1):
            forms.update((f"{key[:i]} {key[i:]}", f"{key[:i]}-{key[i:]}"))
    rx = re.compile(rf"(?<![\w'’-])(?:{trie_pattern(forms)})(?![\w'’-])")
    for m in rx.finditer(lowered):
        if doc.in_quotation(m.start(), m.end()):
            continue
        parts = _SEP.split(m.group(0))
        key = "".join(parts)
        if key not in keys:
            continue
        form = key if len(parts) == 1 else ("-" if "-" in m.group(0) else " ").join(parts)
        yield Occurrence(m.start(), m.end(), key, form, text[m.start():m.end()])


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
