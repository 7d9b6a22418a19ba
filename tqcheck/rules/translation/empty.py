"""A segment whose translation is empty."""

from __future__ import annotations

from ...rule import Finding, bad, custom, good
from ._shared import REQUIRES, source_blank, stripped, target_blank


def _check(unit, options):
    if target_blank(unit) and not source_blank(unit):
        s, e = stripped(unit.source.text, 0, len(unit.source.text))
        yield Finding(s, e, side="source")


EMPTY = custom(
    "translation.empty",
    _check,
    category="accuracy/omission",
    severity="critical",
    requires=REQUIRES,
    message="This source text has no translation: the target is empty.",
    description="The target is empty or only whitespace while the source has text.",
    examples=[
        bad("", source="⟦会议在北京举行。⟧"),
        bad("   ", source="  ⟦会议在北京举行。⟧\n"),
        good("The meeting was held in Beijing.", source="会议在北京举行。"),
    ],
)

RULES = (EMPTY,)
