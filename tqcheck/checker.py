"""Run the active rules over a unit and turn findings into issues (pure)."""

from __future__ import annotations

from typing import Sequence

from .config import Active
from .errors import RuleError
from .report import Issue, context
from .rule import Finding
from .unit import Unit


def run(unit: Unit, active: Sequence[Active]) -> list[Issue]:
    """Issues of every applicable rule, in text order."""
    return run_limited(unit, active, None)[0]


def run_limited(unit: Unit, active: Sequence[Active], limit: int | None) -> tuple[list[Issue], int]:
    """The first ``limit`` issues in text order, and how many were found.

    A megabyte of stray brackets must not turn into a million issues for a
    server to format and send; findings are cheap, issues (with line,
    column, context and message) are not, so only the kept ones are built.
    """
    found: list[tuple[Active, Finding]] = []
    for a in active:
        rule = a.rule
        if not rule.applies_to(unit):
            continue
        try:
            found.extend((a, f) for f in rule.check(unit, a.options))
        except RuleError:
            raise
        except Exception as exc:  # a bug in a rule: name it instead of a bare traceback
            raise RuleError(f"rule {rule.id} failed: {type(exc).__name__}: {exc}") from exc
    found.sort(key=lambda af: (af[1].side != "target", af[1].start, af[1].end, af[0].rule.id))
    total = len(found)
    if limit is not None and total > limit:
        found = found[:limit]
    return [to_issue(unit, a, f) for a, f in found], total


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
        related=_related(unit, f),
    )


def _related(unit: Unit, f: Finding) -> dict | None:
    if f.related is None:
        return None
    side, start, end = f.related
    doc = unit.target if side == "target" else unit.source
    if doc is None or not (0 <= start <= end <= len(doc.text)):
        return None
    return {"side": side, "start": start, "end": end, "text": doc.text[start:end]}
