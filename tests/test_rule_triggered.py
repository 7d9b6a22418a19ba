"""The triggered rule kind: a pattern tried only at its trigger words."""

from tqcheck.checker import run
from tqcheck.config import Active
from tqcheck.rule import bad, good, triggered
from tqcheck.text import Document
from tqcheck.unit import Unit

RULE = triggered(
    "demo.kind.triggered",
    ["foo", "bar"],
    r"(?:foo|bar)[ ](baz)",
    group=1,
    suggest="qux",
    category="fluency/grammar",
    severity="minor",
    message="{found} -> {fix}",
    description="demo",
    examples=[bad("foo ⟦baz⟧", "qux"), good("baz foo")],
)


def _spans(text):
    return [(i.start, i.end, i.suggestions) for i in run(Unit(Document(text)), [Active(RULE, "minor", {})])]


def test_matches_only_where_a_trigger_word_starts():
    assert _spans("Foo baz and xfoo baz and bar baz") == [(4, 7, ("qux",)), (29, 32, ("qux",))]


def test_curly_apostrophes_index_like_straight_ones():
    doc = Document("It’s its; IT'S")
    assert doc.word_index["it's"] == [0, 2]
    assert doc.word_before(4).text == "It’s"
    assert doc.word_before(0) is None
