"""A common word whose attested pairs are far weaker than a one-letter
neighbour's of another part of speech; nothing between two nouns, next to
names, or where grammar.wordpairs judges."""

from .._run import issues, spans

RULE = "grammar.wordodds.real-word"


def test_weak_pairs_on_both_sides():
    assert issues(RULE, "The rules are tested, which if quite fast.")[0].suggestions == ("is",)
    assert spans(RULE, "It happened on the some day. It seems that they where going.") == ["some", "where"]


def test_nouns_names_and_the_other_rules_windows_are_left_alone():
    assert spans(RULE, "The city will reduce the rent of houses for three months.") == []
    assert spans(RULE, "The call between Liu He on May 8 went well.") == []
    assert spans(RULE, "So I confused things a but and it was Kai.") == []  # grammar.wordpairs.real-word's
