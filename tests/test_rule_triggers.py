"""Rules' trigger words (``Rule.triggers``): the checker does not call a rule
none of whose words is in the target, and no declared rule would have found
anything there."""

from __future__ import annotations

from pathlib import Path

import pytest

from tqcheck.checker import run
from tqcheck.config import Active
from tqcheck.rule import Finding, bad, custom, good, tagged, triggered
from tqcheck.rules import all_rules
from tqcheck.text import Document
from tqcheck.unit import Unit

ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "article.txt"
CALLS: list[str] = []


def _everywhere(unit, options):
    CALLS.append(unit.target.text)
    yield Finding(0, 1)


def _rule(triggers):
    return custom("demo.triggers.any", _everywhere, category="fluency/grammar", severity="minor",
                  message="m", description="d", examples=[bad("⟦x⟧ foo"), good("x")], triggers=triggers)


def _found(rule, text):
    return [(i.start, i.end) for i in run(Unit(Document(text)), [Active(rule, "minor", {})])]


def test_a_rule_is_not_called_without_one_of_its_words():
    rule = _rule(["Foo", "it’s"])
    assert rule.triggers == frozenset({"foo", "it's"})
    CALLS.clear()
    assert _found(rule, "bar baz") == []
    assert CALLS == []
    assert _found(rule, "bar FOO") == [(0, 1)]
    assert _found(rule, "It's here") == [(0, 1)]  # compared as word keys: ’ read as '
    assert _found(rule, "xfoo foox") == []


def test_no_triggers_means_always_called():
    rule = _rule(None)
    assert _found(rule, "bar baz") == [(0, 1)]


def test_a_word_indexed_after_the_document_was_made_is_still_seen():
    doc = Document("one zyzzogeton here")
    doc.word_keys, doc.has_any(frozenset({"one"}))  # the index is built before the rule exists
    rule = _rule(["zyzzogeton"])
    assert doc.has_any(rule.triggers)
    assert [(i.start, i.end) for i in run(Unit(doc), [Active(rule, "minor", {})])] == [(0, 1)]


def test_triggered_and_tagged_rules_declare_their_trigger_words():
    common = dict(category="fluency/grammar", severity="minor", message="m", description="d",
                  examples=[bad("⟦foo⟧"), good("x")])
    assert triggered("demo.kind.trig", ["Foo"], "foo", **common).triggers == frozenset({"foo"})
    assert tagged("demo.kind.tagged", "foo", triggers=["Foo", "bar"], **common).triggers == frozenset({"foo", "bar"})


DECLARED = [r for r in all_rules() if r.triggers is not None]


def _texts(rule):
    for ex in rule.examples:
        yield ex.text, ex.source
        if ex.is_bad and ex.fix is not None and ex.side == "target":
            s, e = ex.span
            yield ex.text[:s] + ex.fix + ex.text[e:], ex.source
    yield ARTICLE.read_text(encoding="utf-8"), None


@pytest.mark.parametrize("rule", DECLARED, ids=[r.id for r in DECLARED])
def test_a_declared_rule_finds_nothing_without_its_words(rule):
    # the rule called directly, past the checker's test: whatever it finds,
    # the target holds one of its words
    for text, source in _texts(rule):
        unit = Unit(Document(text, "en"), source=Document(source, "zh") if source is not None else None)
        if list(rule.check(unit, rule.options)):
            assert unit.target.has_any(rule.triggers), (rule.id, text)
