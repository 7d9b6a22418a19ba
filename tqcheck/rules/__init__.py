"""The rule registry: an explicit, sorted list of families.

Each family is a package whose ``MODULES`` tuple lists its rule modules in
sorted order; each module exports ``RULES``. Adding a rule touches its new
module and one line in its family's ``MODULES``.

A rule's ``rationale`` and ``link`` (its documentation) may be given inline;
otherwise the family's ``_docs.py`` supplies them (``DOCS = {id: (rationale,
link)}``), so the prose can change without touching a rule's logic.
"""

from __future__ import annotations

import dataclasses
import importlib
from functools import cache

from ..rule import Rule

FAMILIES = ("accuracy", "consistency", "grammar", "language", "punctuation", "spelling", "style", "terminology", "translation")


@cache
def all_rules() -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for family in FAMILIES:
        package = importlib.import_module(f"{__name__}.{family}")
        docs = _family_docs(package.__name__)
        for module_name in package.MODULES:
            module = importlib.import_module(f"{package.__name__}.{module_name}")
            rules.extend(_documented(rule, docs) for rule in module.RULES)
    return tuple(rules)


def _family_docs(package: str) -> dict[str, tuple[str, str | None]]:
    try:
        return importlib.import_module(f"{package}._docs").DOCS
    except ModuleNotFoundError as exc:
        if exc.name != f"{package}._docs":
            raise
        return {}


def _documented(rule: Rule, docs: dict[str, tuple[str, str | None]]) -> Rule:
    if rule.rationale or rule.id not in docs:
        return rule
    rationale, link = docs[rule.id]
    return dataclasses.replace(rule, rationale=rationale, link=rule.link or link)


@cache
def by_id() -> dict[str, Rule]:
    return {r.id: r for r in all_rules()}


def get(rule_id: str) -> Rule:
    return by_id()[rule_id]
