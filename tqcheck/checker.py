"""Run the active rules over a unit and turn findings into issues (pure)."""

from __future__ import annotations

from typing import Sequence

from .config import Active
from .errors import RuleError
from .report import Issue, context
from .rule import Finding
from .unit import Unit


def run(unit: Unit, active: Sequence[Active]) -> list[Issue]:
    issues: list[Issue] = []
    for a in active:
        rule = a.rule
        if not rule.applies_to(unit):
            continue
        try:
            for finding in rule.check(unit, a.options):
                issues.append(to_issue(unit, a, finding))
        except RuleError:
            raise
        except Exception as exc:  # a bug in a rule: name it instead of a bare traceback
            raise RuleError(f"rule {rule.id} failed: {type(exc).__name__}: {exc}") from exc
    issues.sort(key=lambda i: (i.side != "target", i.start, i.end, i.rule))
    return issues


def to_issue(unit: Unit, active: Active, f: Finding) -> Issue:
    doc = unit.target if f.side == "target" else unit.source
    if doc is None or not (0 <= f.start <= f.end <= len(doc.text)):
        raise RuleError(f"rule {active.rule.id} reported span {f.start}-{f.end} outside the {f.side} text")
    line, column = doc.position(f.start)
    end_line, end_column = doc.position(f.end)
    return Issue(
        rule=active.rule.id,
        category=active.rule.category,
        severity=f.severity or active.severity,
        message=active.rule.format(doc.text, f),
        start=f.start,
        end=f.end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        context=context(doc.text, f.start, f.end),
        suggestions=f.suggestions,
        side=f.side,
        segment=unit.segment,
    )
