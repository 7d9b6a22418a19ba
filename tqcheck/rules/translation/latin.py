"""Latin-script names and acronyms of the source missing from the translation.

A Chinese source that writes WTO, iPhone, COVID-19 or APEC2020 in Latin
letters expects them back in the English, up to case, hyphens and spaces
(COVID-19 ~ Covid 19, SealWu ~ Seal Wu). Unit symbols (km, kg) and single
letters are not checked; URLs and e-mail addresses have their own check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...rule import Finding, bad, custom, good
from ._shared import REQUIRES, target_blank

if TYPE_CHECKING:
    from ... import anchors


def _check(unit, options):
    if target_blank(unit):
        return
    from ... import anchors  # here: a check without a source reads no anchors

    target = unit.target.text
    seen: dict[str, bool] = {}
    for a in anchors.find(unit.source):
        if a.kind != "latin" or not anchors.is_checkable_latin(a.text):
            continue
        key = anchors.normalise(a.text)
        if key not in seen:
            seen[key] = anchors.appears_in(a.text, target, _lowered(unit.target))
        if not seen[key]:
            yield Finding(a.start, a.end, side="source")


def _lowered(doc) -> anchors.Lowered:
    from ... import anchors

    return doc.memo("_tqcheck_lowered", lambda d: anchors.Lowered(d.text))


LATIN = custom(
    "translation.latin.missing",
    _check,
    category="accuracy/omission",
    severity="neutral",
    requires=REQUIRES,
    message="“{found}” from the source is not in the translation.",
    description="A Latin-script token of the source (an acronym, a product or company name) does not "
    "reappear in the translation.",
    examples=[
        bad("China joined the World Trade Organization in 2001.", source="中国于2001年加入世贸组织（⟦WTO⟧）。"),
        bad("The new phone sold well.", source="新款⟦iPhone⟧销量很好。"),
        good("China joined the World Trade Organization (WTO) in 2001.", source="中国于2001年加入世贸组织（WTO）。"),
        good("Covid 19 cases fell.", source="COVID-19病例下降。"),
        good("Seal Wu sang at the gala.", source="SealWu在晚会上演唱。"),
        good("The road is 5 kilometers long.", source="这条路长5km。"),
        good("A-shares rose.", source="A股上涨。"),
        good("The meeting opens at 08:00 on July 26.", source="会议于08H00-7月26日开幕。"),
        bad("The plane landed.", source="⟦A-380⟧飞机于08H00-7月26日降落。"),
    ],
)

RULES = (LATIN,)
