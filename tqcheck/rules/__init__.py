"""The rule registry: an explicit, sorted list of families.

Each family is a package whose ``MODULES`` tuple lists its rule modules in
sorted order; each module exports ``RULES``. Adding a rule touches its new
module and one line in its family's ``MODULES``.
"""

from __future__ import annotations

import importlib
from functools import cache

from ..rule import Rule

FAMILIES = ("accuracy", "consistency", "grammar", "language", "punctuation", "spelling", "style", "terminology", "translation")


@cache
def all_rules() -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for family in FAMILIES:
        package = importlib.import_module(f"{__name__}.{family}")
        for module_name in package.MODULES:
            module = importlib.import_module(f"{package.__name__}.{module_name}")
            rules.extend(module.RULES)
    return tuple(rules)


@cache
def by_id() -> dict[str, Rule]:
    return {r.id: r for r in all_rules()}


def get(rule_id: str) -> Rule:
    return by_id()[rule_id]
