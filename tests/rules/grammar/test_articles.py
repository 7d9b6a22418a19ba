import pytest

from tqcheck.rules.grammar.articles import vowel_sound


@pytest.mark.parametrize("word,expected", [
    ("hour", True), ("honest", True), ("heir", True), ("MBA", True), ("FBI", True), ("NBA", True),
    ("X-ray", True), ("F-16", True), ("8-year-old", True), ("11th", True), ("18,000", True),
    ("1800s", True), ("unexpected", True), ("urgent", True), ("ASEAN", True), ("umbrella", True),
    ("university", False), ("one-off", False), ("once", False), ("US", False), ("U.S", False),
    ("European", False), ("NATO", False), ("UNESCO", False), ("U-turn", False), ("usual", False),
    ("110-metre", False), ("1,100", False), ("house", False), ("Ukraine", False),
    ("hotel", None), ("historic", None), ("herb", None), ("A", None), ("ABCDEFG", None),
])
def test_vowel_sound(word, expected):
    assert vowel_sound(word) is expected
