"""Percentages written two ways: ``percent``, ``per cent`` and ``%``."""

from __future__ import annotations

import re
from heapq import merge
from typing import Iterator

from ...rule import bad, custom, good
from ._vote import Occurrence, minority

# found by the literal, then the number before it is checked
_PERCENT = r"%|per(?:[ \u00a0]?cent)(?!\w)"
_PERCENT_ANY_CASE = re.compile(_PERCENT, re.IGNORECASE)
#: for Document.caseless, one pattern per alternative: each opens on a
#: literal, which re searches for in C, where the alternation tried every
#: "p" and cost four times as much; no two of their matches can overlap,
#: so together they find what it finds
_PERCENT_LOWER = (re.compile("%"), re.compile(r"per(?:[ \u00a0]?cent)(?!\w)"))
_SHOW = {"%": "%", "percent": " percent", "per cent": " per cent"}


def lower_matches(lowered: str) -> Iterator[re.Match[str]]:
    """The matches of ``_PERCENT`` in lower-case text, in order."""
    signs, words = (rx.finditer(lowered) for rx in _PERCENT_LOWER)
    return merge(signs, words, key=re.Match.start)


def _occurrences(unit):
    doc = unit.target
    text = doc.text
    caseless = doc.caseless
    matches = lower_matches(caseless) if caseless is not None else _PERCENT_ANY_CASE.finditer(text)
    for m in matches:
        start = m.start()
        found = text[start:m.end()]
        space = start > 0 and text[start - 1] in " \u00a0"
        if found != "%" and not space:
            continue  # "percent" is a word of its own
        if start - space < 1 or not text[start - space - 1].isdigit():
            continue
        if start - space > 1 and text[start - space - 2].isalpha():
            continue  # "COVID-19 percent"-like noise: the number is part of a word
        if doc.in_quotation(start, m.end()):
            continue
        form = "%" if found == "%" else " ".join(found.lower().split())
        yield Occurrence(start - space, m.end(), "percent", form)


PERCENT = custom(
    "consistency.percent",
    lambda unit, options: minority(unit, _occurrences(unit), fix=lambda o, c: _SHOW[c.form]),
    category="fluency/inconsistency",
    severity="neutral",
    message="“{found}” here, “{majority}” elsewhere ({times}); write percentages one way.",
    description="Percentages written with “%”, “percent” and “per cent” in one document.",
    examples=[
        bad("Sales rose 5% and costs 3%, while prices rose 2⟦ percent⟧.", "%"),
        bad("Sales rose 5 percent and prices 2⟦ per cent⟧.", " percent"),
        good("Sales rose 5 percent and prices 2 percent; a percentage point."),
        good("Sales rose 5% and prices 2%."),
    ],
)

RULES = (PERCENT,)
