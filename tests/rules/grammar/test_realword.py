"""The real-word classes decide from the slot and the frequency list, not a
pair table: a noun after a subject pronoun, an adjective slot after a
linking verb and a degree adverb, and a word boundary one letter off."""

from tqcheck.rules.grammar.realword import _neighbours

from .._run import issues, spans


def test_neighbours_fit_the_slot_and_are_more_frequent():
    assert "wore" in _neighbours("whore", ("VBD", "VBP"), 0)
    assert _neighbours("ease", ("JJ",), 3)[0] == "easy"
    assert _neighbours("parents", ("VBD", "VBP"), 0) == ()  # no verb one letter away


def test_a_singular_noun_after_a_subject_pronoun():
    assert spans("grammar.realword.slot", "They say we life in hard times.") == ["life"]
    found = issues("grammar.realword.slot", "I life in Moscow.")
    assert "live" in found[0].suggestions


def test_appositions_numerals_and_verbed_nouns_are_left_alone():
    text = "We parents worry. World War I veterans came. I whore myself out. Phase I trial began."
    assert spans("grammar.realword.slot", text) == []


def test_split_the_needs_a_nominal_after_he():
    assert spans("grammar.realword.split-the", "Thank you fort he great work.") == ["fort he"]
    assert spans("grammar.realword.split-the", "As oft he said, the fort he built stood.") == []
