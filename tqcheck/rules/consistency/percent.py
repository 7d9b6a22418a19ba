"""Percentages written two ways: ``percent``, ``per cent`` and ``%``."""

from __future__ import annotations

import re

from ...rule import bad, custom, good
from ._vote import Occurrence, minority

# found by the literal, then the number before it is checked
_PERCENT = re.compile(r"%|per(?:[ \u00a0]?cent)(?!\w)", re.IGNORECASE)
_SHOW = {"%": "%", "percent": " percent", "per cent": " per cent"}


def _occurrences(unit):
    doc = unit.target
    text = doc.text
    for m in _PERCENT.finditer(text):
        start = m.start()
        space = start > 0 and text[start - 1] in " \u00a0"
        if m.group(0) != "%" and not space:
            continue  # "percent" is a word of its own
        if start - space < 1 or not text[start - space - 1].isdigit():
            continue
        if start - space > 1 and text[start - space - 2].isalpha():
            continue  # "COVID-19 percent"-like noise: the number is part of a word
        if doc.in_quotation(start, m.end()):
            continue
        form = "%" if m.group(0) == "%" else " ".join(m.group(0).lower().split())
        yield Occurrence(start - space, m.end(), "percent", form)


PERCENT = custom(
    "consistency.percent",
    lambda unit, options: minority(unit, _occurrences(unit), fix=lambda o, c: _SHOW[c.form]),
    category="fluency/inconsistency",
    severity="minor",
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
