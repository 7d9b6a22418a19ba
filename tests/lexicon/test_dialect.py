import pytest

from tqcheck.lexicon.dialect import variant


@pytest.mark.parametrize("word,expected", [
    ("colour", ("uk", "color")),
    ("neighbourhoods", ("uk", "neighborhoods")),
    ("color", ("us", "colour")),
    ("centre", ("uk", "center")),
    ("centred", ("uk", "centered")),
    ("center", ("us", "centre")),
    ("defence", ("uk", "defense")),
    ("defense", ("us", "defence")),
    ("travelled", ("uk", "traveled")),
    ("traveled", ("us", "travelled")),
    ("catalogue", ("uk", "catalog")),
    ("grey", ("uk", "gray")),
    ("paediatric", ("uk", "pediatric")),
    ("organise", ("ise", "organize")),
    ("organisation", ("ise", "organization")),
    ("recognize", ("ize", "recognise")),
])
def test_variants(word, expected):
    assert variant(word) == expected


@pytest.mark.parametrize("word", [
    "humorous", "honorary", "vigorous", "motor", "doctor", "tour", "four", "acre", "genre",
    "massacre", "advise", "exercise", "compromise", "enterprise", "capsize", "size", "seize",
    "license", "level", "program", "practice", "the",
])
def test_words_spelled_alike_in_both_dialects(word):
    assert variant(word) is None
