"""``anchored``: a tagged pattern hung on any of its items, with optional
items before the anchor."""

from tqcheck.rule import bad, good
from tqcheck.rules.grammar._anchored import anchored
from tqcheck.text import Document
from tqcheck.unit import Unit

RULE = anchored(
    "grammar.test.anchored",
    "@was|is not? @been",
    triggers=["been"],
    at=2,
    category="fluency/grammar",
    severity="neutral",
    message="m",
    description="d",
    examples=[bad("It ⟦was been⟧ here."), good("It has been here.")],
)


def _spans(text: str) -> list[str]:
    doc = Document(text)
    return [text[f.start:f.end] for f in RULE.check(Unit(doc), {})]


def test_the_anchor_may_follow_optional_items():
    assert _spans("It was been here.") == ["was been"]
    assert _spans("It was not been here.") == ["was not been"]


def test_the_match_must_put_the_trigger_at_the_anchor():
    assert _spans("It has been here; been there.") == []
    assert _spans("Been there, was it?") == []


def test_words_must_be_joined_by_spaces():
    assert _spans("It was. Been there.") == []
