"""A source term from the glossary occurs, but its approved translation is
nowhere in the target. Reported once per term, on the source side."""

from __future__ import annotations

from ...rule import Finding, bad, custom, good
from ._examples import RESOURCES


def _check(unit, options):
    from ...glossary.match import APPROVED, FORBIDDEN, hits, source_hits  # here: a check without a glossary never matches one

    glossary = unit.resources["glossary"]
    found = hits(glossary, unit.target)
    forbidden_used = {id(h.entry) for h in found if h.kind == FORBIDDEN}
    # an entry sharing its target with another is satisfied by either
    targets_present = {h.entry.target.casefold() for h in found if h.kind == APPROVED}
    seen = set()
    keys_seen = set()  # one tuple of entries per source key: a repeated key adds nothing new
    for sh in source_hits(glossary, unit.source):
        if id(sh.entries) in keys_seen:
            continue
        keys_seen.add(id(sh.entries))
        for entry in sh.entries:
            if id(entry) in seen:
                continue
            seen.add(id(entry))
            if id(entry) in forbidden_used:
                continue  # already reported where the wrong term stands
            if entry.target.casefold() in targets_present:
                continue
            yield Finding(sh.start, sh.end, side="source", args={"term": entry.target, "source_term": entry.source},
                          suggestions=(entry.target,))


MISSING = custom(
    "terminology.missing",
    _check,
    category="terminology/wrong-term",
    severity="major",
    requires=frozenset({"glossary", "source"}),
    message="The source has “{source_term}”, which the glossary translates as “{term}”; the translation does not use it.",
    description="A glossary source term occurs in the source but its approved target term is missing.",
    examples=[
        bad("Kallas will attend the summit in Beijing.", source="卡拉斯将出席在北京举行的⟦中欧峰会⟧。",
            resources=RESOURCES),
        good("Kallas will attend the EU-China summit in Beijing.", source="卡拉斯将出席在北京举行的中欧峰会。",
             resources=RESOURCES),
        good("She met Antonio Costa.", source="她会见了科斯塔。", resources=RESOURCES),
    ],
)

RULES = (MISSING,)
