"""A forbidden variant from the glossary is used."""

from __future__ import annotations

from ...rule import Finding, bad, custom, good
from ._examples import RESOURCES


def _check(unit, options):
    from ...glossary.match import FORBIDDEN, hits  # here: a check without a glossary never matches one

    for h in hits(unit.resources["glossary"], unit.target):
        if h.kind == FORBIDDEN:
            note = f" ({h.entry.note})" if h.entry.note else ""
            yield Finding(h.start, h.end, args={"note": note}, suggestions=(h.entry.target,))


FORBIDDEN_RULE = custom(
    "terminology.forbidden",
    _check,
    category="terminology/wrong-term",
    severity="major",
    requires=frozenset({"glossary"}),
    message="The glossary says “{fix}”, not “{found}”{note}.",
    description="A variant the glossary forbids, with the approved term as the fix.",
    examples=[
        bad("⟦Deputy Secretary of Defense for Policy⟧ Elbridge Colby agrees.", "Under Secretary of Defense for Policy",
            resources=RESOURCES),
        bad("She met ⟦Antonio Costa⟧ in Beijing.", "António Costa", resources=RESOURCES),
        bad("Ministers cited ⟦former U.S. President Donald Trump⟧'s tariffs.", "U.S. President Donald Trump",
            resources=RESOURCES),
        bad("Rules on ⟦Cyber-Security⟧ apply.", "cybersecurity", resources=RESOURCES),
        good("Under Secretary of Defense for Policy Elbridge Colby agrees with António Costa.", resources=RESOURCES),
        good("Deputy Secretary of Defense Steve Feinberg; former President Barack Obama.", resources=RESOURCES),
    ],
)

RULES = (FORBIDDEN_RULE,)
