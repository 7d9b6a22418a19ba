"""The rule catalogue as data: what ``tqcheck rules`` prints and
``GET /api/v1/rules`` returns, so the two always agree."""

from __future__ import annotations

from typing import Any, Iterable

from .rules import all_rules


def rule_rows(active: Iterable[Any]) -> list[dict[str, Any]]:
    """Every rule, sorted by id, with the severity and options the given
    active set runs it with (its defaults when it is off)."""
    by_id = {a.rule.id: a for a in active}
    rows = []
    for rule in sorted(all_rules(), key=lambda r: r.id):
        a = by_id.get(rule.id)
        rows.append({
            "id": rule.id,
            "category": rule.category,
            "severity": a.severity if a else rule.severity,
            "enabled": a is not None,
            "description": rule.description,
            "options": dict(a.options if a else rule.options),
            # what each option accepts: type, bounds, allowed values, default
            "option_types": {name: spec.to_dict() for name, spec in rule.option_specs.items()},
        })
    return rows
