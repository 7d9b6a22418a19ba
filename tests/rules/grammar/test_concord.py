"""Clause openings are found once per document and shared by the subject
rules; the aside between commas is bounded."""

from tqcheck.rules.grammar.concord import clause_starts, openings, parenthetical
from tqcheck.text import Document


def test_openings_are_sentence_starts_and_words_after_a_subordinator():
    doc = Document("The dog eats. She asked whether the dogs bark.")
    keys = doc.word_keys
    assert [keys[i] for i in openings(doc)] == ["the", "she", "the"]
    assert openings(doc) is openings(doc)  # kept with the document
    assert [keys[i] for i in clause_starts(doc, frozenset({"she"}))] == ["she"]


def test_an_aside_closes_within_twelve_words():
    doc = Document("My dog, whose name is Joe, eats. My dog, " + "very " * 14 + "old, eats.")
    tg = doc.tagged
    assert doc.word_keys[parenthetical(tg, 2, allow_and=False)] == "eats"
    assert parenthetical(tg, 10, allow_and=False) is None


def test_a_coordinated_aside_is_not_skipped_for_a_singular_subject():
    doc = Document("The cat, the dog and the horse, are here.")
    tg = doc.tagged
    assert parenthetical(tg, 2, allow_and=False) is None
    assert doc.word_keys[parenthetical(tg, 2, allow_and=True)] == "are"
