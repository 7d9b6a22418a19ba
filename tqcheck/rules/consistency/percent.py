"""Percentages written two ways: ``percent``, ``per cent`` and ``%``."""

from __future__ import annotations

import re

from ...rule import bad, custom, good
from ._vote import Occurrence, minority

_PERCENT = re.compile(r"(?<=\d)(?:[ \u00a0]?(%)|[ \u00a0](percent|per[ \u00a0]cent)\b)")
_SHOW = {"%": "%", "percent": " percent", "per cent": " per cent"}


def _occurrences(unit):
    doc = unit.target
    for m in _PERCENT.finditer(doc.text):
        if doc.in_quotation(m.start(), m.end()):
            continue
        form = "%" if m.group(1) else " ".join(m.group(2).lower().split())
        yield Occurrence(m.start(), m.end(), "percent", form)


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
