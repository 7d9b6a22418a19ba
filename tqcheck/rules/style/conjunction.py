"""Sentences that open with ``But`` or ``And``: normal in news (reported as
neutral, for information), a minor issue in the general profile."""

from __future__ import annotations

import re

from ...taxonomy import SEVERITIES
from ...rule import Finding, Option, bad, custom, good
from .._prose import sentence_starts

_CONJ = re.compile(r"(?:But|And)(?=[\s,])")


def _check(unit, options):
    doc = unit.target
    severity = None if unit.profile == "news" else options.get("general_severity", "minor")
    for pos in sentence_starts(doc):
        m = _CONJ.match(doc.text, pos)
        if m and not doc.in_quotation(pos, m.end()):
            yield Finding(pos, m.end(), severity=severity,
                          args={"note": "fine in news; some house styles avoid it" if unit.profile == "news"
                                else "formal writing avoids it"})


START = custom(
    "style.conjunction.start",
    _check,
    category="style/awkward",
    severity="neutral",
    options={"general_severity": Option("minor", str, choices=SEVERITIES)},
    message="The sentence opens with “{found}” ({note}).",
    description="A sentence opening with “But” or “And”: neutral in the news profile, "
    "minor (option general_severity) in the general profile.",
    examples=[
        bad("China wants partners. ⟦But⟧ it must listen."),
        bad("Talks failed. ⟦And⟧ then they resumed.", profile="general"),
        good("China wants partners, but it must listen. Andrew left."),
        good('She said, "We tried. But it failed."'),
    ],
)

RULES = (START,)
