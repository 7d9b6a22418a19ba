"""The rule loop: what it reads of each rule is read once per selection."""

from __future__ import annotations

from tqcheck.checker import run, run_limited
from tqcheck.config import Active
from tqcheck.rule import Finding, bad, custom, good
from tqcheck.text import Document
from tqcheck.unit import Unit


def _at(start):
    def check(unit, options):
        yield Finding(start, start + 1)

    return custom(f"demo.plan.at-{start}", check, category="fluency/grammar", severity="minor", message="m",
                  description="d", examples=[bad("⟦x⟧ foo"), good("x")])


def _spans(unit, active):
    return [(i.rule, i.start) for i in run(unit, active)]


def test_a_selection_gives_the_same_issues_each_time_and_a_list_is_read_again():
    unit = Unit(Document("abc def"))
    selection = (Active(_at(0), "minor", {}), Active(_at(2), "minor", {}))
    assert _spans(unit, selection) == _spans(unit, selection) == [("demo.plan.at-0", 0), ("demo.plan.at-2", 2)]
    listed = list(selection)
    assert _spans(unit, listed) == [("demo.plan.at-0", 0), ("demo.plan.at-2", 2)]
    listed[1] = Active(_at(4), "minor", {})  # the same list object, changed: not read from a stale plan
    assert _spans(unit, listed) == [("demo.plan.at-0", 0), ("demo.plan.at-4", 4)]
    issues, found, stopped = run_limited(unit, selection, 1)
    assert (len(issues), found, stopped) == (1, 2, ())
