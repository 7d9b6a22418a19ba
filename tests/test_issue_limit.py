"""Issue 16, finding 10: past ``max_issues`` no more findings are built.

1 MB of ``(`` used to build a million findings (671 MB) before the issue
limit applied. Now each rule is read for at most ``max_issues`` findings
plus one (which shows it had more), and the report names the rules stopped.
These tests count findings and bytes, never time."""

from __future__ import annotations

import dataclasses
import itertools
import tracemalloc

import tqcheck
from tqcheck.api import Checker, active_for
from tqcheck.checker import run, run_limited
from tqcheck.config import Active
from tqcheck.rule import Finding, custom, good

from .conftest import assert_valid_report


def _endless_rule(pulled: list[int]):
    def check(unit, options):
        for i in itertools.count():
            pulled[0] += 1
            yield Finding(i % len(unit.target.text), i % len(unit.target.text) + 1)

    return custom("test.endless.rule", check, category="other", severity="minor", message="Endless.",
                  description="Yields forever.", examples=[good("x")])


def _unit(text: str):
    return Checker()._unit(text, None, (), None)


def test_a_rule_that_never_ends_is_stopped_at_the_limit():
    pulled = [0]
    rule = _endless_rule(pulled)
    out = run_limited(_unit("Some text here."), [Active(rule, "minor", {})], 50)
    assert len(out.issues) == 50
    assert out.found == 51 and out.stopped == ("test.endless.rule",)
    assert pulled[0] == 51  # nothing built past the one that showed there was more


def _counting(active, counts):
    def wrap(a):
        def check(unit, options, _inner=a.rule.check, _id=a.rule.id):
            for f in _inner(unit, options):
                counts[_id] = counts.get(_id, 0) + 1
                yield f

        return Active(dataclasses.replace(a.rule, check=check), a.severity, a.options)

    return [wrap(a) for a in active]


def test_findings_built_are_bounded_per_rule():
    unit = _unit("(" * 50_000)
    counts: dict[str, int] = {}
    active = _counting(active_for(unit, Checker().active), counts)
    out = run_limited(unit, active, 100)
    assert len(out.issues) == 100
    assert "punctuation.brackets.unbalanced" in out.stopped
    assert max(counts.values()) == 101
    assert sum(counts.values()) == out.found <= 101 * len(counts)


def test_below_the_per_rule_limit_the_issues_are_the_first_in_text_order():
    text = ('Words , more , and , more , still. He said "yes. Its a an problem ( really. '
            'The the cat sat . Their is a issue , here !')
    unit = _unit(text)
    active = active_for(unit, Checker().active)
    everything = run(unit, active)
    per_rule: dict[str, int] = {}
    for i in everything:
        per_rule[i.rule] = per_rule.get(i.rule, 0) + 1
    limit = max(per_rule.values())
    assert len(everything) > limit  # truncated, yet no rule stopped
    out = run_limited(unit, active, limit)
    assert out.stopped == () and out.found == len(everything)
    assert out.issues == everything[:limit]


def test_the_report_says_which_rules_were_stopped():
    report = tqcheck.check("(" * 20_000, config={"max_issues": 30})
    d = report.to_dict()
    assert_valid_report(d)
    assert len(report.issues) == 30
    assert d["truncated"]["max_issues"] == 30
    assert d["truncated"]["rules_stopped"] == ["punctuation.brackets.unbalanced"]
    assert d["truncated"]["found"] == 31
    assert [i.start for i in report.issues] == list(range(30))


def test_segments_report_the_rules_stopped():
    report = tqcheck.check_segments([{"id": "a", "target": "(" * 100}, {"id": "b", "target": "Fine text."}],
                                    config={"max_issues": 5})
    d = report.to_dict()
    assert_valid_report(d)
    assert d["truncated"]["rules_stopped"] == ["punctuation.brackets.unbalanced"]


def test_memory_stays_bounded_for_a_flood_of_brackets():
    text = "(" * 100_000
    tqcheck.check("(warm")
    tracemalloc.start()
    try:
        report = tqcheck.check(text, config={"max_issues": 100})
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(report.issues) == 100
    # before issue 16: 59 MB (100,000 findings held); now ~12 MB, mostly the document
    assert peak < 30_000_000
