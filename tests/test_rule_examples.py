"""The one test that runs every example of every rule.

A ``bad`` example must be flagged exactly once, exactly at its marked span;
when it names a fix, that is the first suggestion, and the text with the
fix applied is clean for the rule. A ``good`` example must not be flagged.
"""

from __future__ import annotations

import pytest

from tqcheck.checker import run
from tqcheck.config import Active
from tqcheck.rules import all_rules
from tqcheck.text import Document
from tqcheck.unit import Unit

CASES = [(rule, ex) for rule in all_rules() for ex in rule.examples]


def _run(rule, example, text=None):
    unit = Unit(
        target=Document(example.text if text is None else text, "en"),
        source=Document(example.source, "zh") if example.source is not None else None,
        references=tuple(Document(r, "en") for r in example.references),
        profile=example.profile,
        resources=dict(example.resources),
    )
    options = {**rule.options, **example.options}
    return run(unit, [Active(rule, rule.severity, options)])


def _id(case):
    rule, ex = case
    kind = "bad" if ex.is_bad else "good"
    return f"{rule.id}:{kind}:{ex.text[:30]}"


@pytest.mark.parametrize("rule,example", CASES, ids=[_id(c) for c in CASES])
def test_example(rule, example):
    issues = _run(rule, example)
    if not example.is_bad:
        assert issues == [], f"false alarm: {[(i.start, i.end, i.message) for i in issues]}"
        return
    spans = [(i.side, i.start, i.end) for i in issues]
    assert spans == [(example.side, *example.span)], [i.message for i in issues]
    assert issues[0].message.strip()
    if example.fix is not None:
        assert issues[0].suggestions, "expected a suggestion"
        assert issues[0].suggestions[0] == example.fix
        if example.side == "target":
            s, e = example.span
            fixed = example.text[:s] + example.fix + example.text[e:]
            assert _run(rule, example, fixed) == [], f"still flagged after the fix: {fixed!r}"
