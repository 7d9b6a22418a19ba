"""Run one rule, or the rules under an id prefix, over a text."""

from __future__ import annotations

from tqcheck.checker import run
from tqcheck.config import Active
from tqcheck.rules import all_rules
from tqcheck.text import Document
from tqcheck.unit import Unit


def issues(prefix: str, text: str, *, profile: str = "news", options=None, source=None, **resources):
    rules = [r for r in all_rules() if r.id == prefix or r.id.startswith(prefix + ".")]
    assert rules, prefix
    unit = Unit(target=Document(text), source=Document(source, "zh") if source else None, profile=profile,
                resources=resources)
    return run(unit, [Active(r, r.severity, {**r.options, **(options or {})}) for r in rules])


def spans(prefix: str, text: str, **kw):
    return [text[i.start:i.end] for i in issues(prefix, text, **kw)]
