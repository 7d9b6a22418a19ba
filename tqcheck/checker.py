"""Run the active rules over a unit and turn findings into issues (pure)."""

from __future__ import annotations

from itertools import islice
from typing import Any, NamedTuple, Sequence, cast

from .config import Active
from .errors import RuleError
from .report import Issue, Related, Severity, Side, context
from .rule import Finding
from .unit import Unit


def run(unit: Unit, active: Sequence[Active]) -> list[Issue]:
    """Issues of every applicable rule, in text order."""
    return run_limited(unit, active, None)[0]


class Limited(NamedTuple):
    """What ``run_limited`` returns."""

    issues: list[Issue]  # the first ``limit`` in text order
    found: int  # findings built; a lower bound when ``stopped`` names rules
    stopped: tuple[str, ...]  # rules stopped after ``limit`` findings, each of which had more


def run_limited(unit: Unit, active: Sequence[Active], limit: int | None, *, checked: bool = False) -> Limited:
    """The first ``limit`` issues in text order, how many findings were
    built, and which rules were stopped early.

    A megabyte of stray brackets must not turn into a million findings, let
    alone a million issues (with line, column, context and message) for a
    server to format and send. So with a ``limit``, each rule is read for at
    most ``limit`` findings, plus one to learn whether it had more: rules
    yield lazily, so a rule stopped there builds nothing further. Across
    rules, no more than ``2 x limit`` findings are held at once. A rule
    stopped early is named in ``stopped`` and ``found`` counts what was
    built, so the report can say "at least". The issues kept are the first
    ``limit`` in text order among the findings read; rules yield theirs in
    text order (pattern and phrase rules exactly, the others nearly), so
    they are the first ``limit`` in the text.

    ``checked``: the caller has already kept only the rules that apply to
    ``unit`` (``Checker.runnable``), so ``applies_to`` is not asked again.
    A rule none of whose ``triggers`` is a word of the target is not called.
    """
    found: list[tuple[tuple, Active, Finding]] = []
    total = 0
    stopped: list[str] = []
    target = unit.target
    present: frozenset[str] | None = None
    indexed = 0
    for a, rule, check, options, triggers, indexed_at in _plan(active):
        if not checked and not rule.applies_to(unit):
            continue
        if triggers is not None:
            if present is None:
                present, indexed = target.indexed_keys()
            if triggers.isdisjoint(present) and (indexed_at <= indexed or not target.has_any(triggers)):
                continue
        try:
            findings = iter(check(unit, options))
            # Most rules find nothing on most texts: their first ``next`` ends
            # them, with no list or ``islice`` made for them (on a short text,
            # ~170 rules a check).
            first = next(findings, _DONE)
            if first is _DONE:
                continue
            taken = [first]
            taken.extend(findings if limit is None else islice(findings, limit))
        except RuleError:
            raise
        except Exception as exc:  # a bug in a rule: name it instead of a bare traceback
            raise RuleError(f"rule {rule.id} failed: {type(exc).__name__}: {exc}") from exc
        total += len(taken)
        if limit is not None and len(taken) > limit:
            stopped.append(rule.id)
            taken.pop()  # it only showed there was more
            close = getattr(findings, "close", None)
            if close is not None:
                close()
        found.extend(((f.side != "target", f.start, f.end, rule.id), a, f) for f in taken)
        if limit is not None and len(found) > 2 * limit:
            found.sort(key=_order)
            del found[limit:]
    found.sort(key=_order)
    if limit is not None:
        del found[limit:]
    return Limited([to_issue(unit, a, f) for _, a, f in found], total, tuple(stopped))


#: what ``next`` gives for a rule with no (more) findings
_DONE: Any = object()


def _order(item: tuple) -> tuple:
    return item[0]


#: what the loop in ``run_limited`` reads of each rule, by rule selection
#: (``Checker.runnable`` hands the same tuple for every unit of a kind): read
#: off the ``Active`` and its ``Rule`` once, not five attributes per rule on
#: each of a batch's segments (two hundred rules each)
_PLANS: dict[int, tuple[Sequence[Active], tuple[tuple[Any, ...], ...]]] = {}
_PLANS_MAX = 64


def _plan(active: Sequence[Active]) -> tuple[tuple[Any, ...], ...]:
    hit = _PLANS.get(id(active))
    if hit is not None and hit[0] is active:
        return hit[1]
    plan = tuple((a, a.rule, a.rule.check, a.options, a.rule.triggers, a.rule.indexed_at) for a in active)
    if isinstance(active, tuple):  # a list may change under the same id; a tuple, which the entry keeps alive, cannot
        if len(_PLANS) >= _PLANS_MAX:
            _PLANS.clear()
        _PLANS[id(active)] = (active, plan)
    return plan


def to_issue(unit: Unit, active: Active, f: Finding) -> Issue:
    doc = unit.target if f.side == "target" else unit.source
    if doc is None or not (0 <= f.start <= f.end <= len(doc.text)):
        raise RuleError(f"rule {active.rule.id} reported span {f.start}-{f.end} outside the {f.side} text")
    line, column = doc.position(f.start)
    end_line, end_column = doc.position(f.end)
    return Issue(
        rule=active.rule.id,
        category=active.rule.category,
        # both are checked against taxonomy.SEVERITIES (rule definitions, settings)
        severity=cast(Severity, f.severity or active.severity),
        message=active.rule.format(doc.text, f),
        start=f.start,
        end=f.end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        context=context(doc.text, f.start, f.end),
        suggestions=f.suggestions,
        side=cast(Side, f.side),  # "target" or "source": Finding's contract, checked above
        segment=unit.segment,
        related=_related(unit, f),
    )


def _related(unit: Unit, f: Finding) -> Related | None:
    if f.related is None:
        return None
    side, start, end = f.related
    doc = unit.target if side == "target" else unit.source
    if doc is None or not (0 <= start <= end <= len(doc.text)):
        return None
    return {"side": side, "start": start, "end": end, "text": doc.text[start:end]}
