"""Prepositions the tagged token layer can judge: a preposition and its
article typed twice (``at the at the turn``), and ``on`` before a clock time
(``on 7 p.m.`` -> ``at``)."""

from __future__ import annotations

import re

from ...rule import bad, good, match_case
from ._anchored import anchored
from ._context import CATEGORY, EN

_PREPOSITIONS = ("in", "on", "at", "of", "to", "for", "from", "with", "by", "into", "about")


def _repeated(doc, i) -> bool:
    keys = doc.word_keys
    return 1 <= i < len(keys) - 2 and keys[i - 1] in _PREPOSITIONS and keys[i + 1] == keys[i - 1] \
        and keys[i + 2] == keys[i]


REPEATED = anchored(
    "grammar.prepositions.repeated",
    "@" + "|".join(_PREPOSITIONS) + " @the " + "|".join(_PREPOSITIONS) + " the",
    triggers=["the"],
    at=1,
    near={2: {"the"}, -1: frozenset(_PREPOSITIONS), 1: frozenset(_PREPOSITIONS)},
    pre=_repeated,
    when=lambda tg, got, unit: all(tg.joined(j) for j in got[1:]),
    suggest=lambda tg, got: ("",),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” is typed twice.",
    description="A preposition and its article repeated (at the at the turn; on the on the table).",
    examples=[
        bad("Hepatology ⟦at the⟧ at the turn of centuries.", ""),
        bad("He placed the lamp ⟦on the⟧ on the table.", ""),
        good("He placed the lamp on the table; in the end, in the morning; at the, at the end."),
    ],
)

_CLOCK = re.compile(r"\d{1,2}(?::\d\d)?$")


def _clock_time(doc, i) -> bool:
    """``on`` before an hour followed by a.m., p.m. or o'clock."""
    keys = doc.word_keys
    j = i + 1
    if j >= len(keys) or _CLOCK.match(keys[j]) is None:
        return False
    k = j + 1
    if k < len(keys) and keys[k].isdigit() and doc.text[doc.word_ends[j]:doc.word_starts[k]] == ":":
        k += 1  # "7:30" may be two words
    return k < len(keys) and keys[k] in ("a.m", "p.m", "am", "pm", "o'clock", "a.m.", "p.m.")


ON_CLOCK = anchored(
    "grammar.prepositions.on-clock-time",
    "@on <CD>",
    triggers=["on"],
    at=0,
    pre=_clock_time,
    suggest=lambda tg, got: (match_case("at", tg.doc.word_texts[got[0]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="A clock time takes “at”: “{fix}”.",
    description="on before a clock time (she came on 7 p.m.) instead of at.",
    examples=[
        bad("She came ⟦on⟧ 7:30 p.m.", "at"),
        bad("She came ⟦on⟧ 7 o'clock.", "at"),
        good("She came at 7 p.m.; on 7 May; on Monday at 7 p.m.; on 7 of the 10 days."),
    ],
)

RULES = (ON_CLOCK, REPEATED)
