"""The confusion tables (``grammar.confusions``) and the phrase tables of
``grammar.idioms`` and ``spelling.compounds``: the line format, the
conditions, and that no two tables claim the same words."""

from __future__ import annotations

import pytest

from tqcheck.rules.grammar import confusions, idioms
from tqcheck.rules.grammar._table import Table, parse
from tqcheck.rules.spelling import compounds
from tqcheck.text import Document


def _found(table: Table, text: str) -> list[tuple[str, str]]:
    doc = Document(text)
    return [(text[f.start:f.end], f.suggestions[0]) for f in table.find(doc)]


def test_every_line_carries_one_bad_example_with_its_fix():
    for table in (confusions.WORDS_TABLE, confusions.APOSTROPHES_TABLE):
        for e in table.entries:
            assert e.example.span is not None and e.example.fix, e.line


def test_each_line_finds_its_own_example():
    # the example test runs the whole rule; here each line alone must hold
    for table in (confusions.WORDS_TABLE, confusions.APOSTROPHES_TABLE):
        for e in table.entries:
            s, end = e.example.span
            assert (e.example.text[s:end], e.example.fix) in _found(Table((e,)), e.example.text), e.line


def test_unknown_condition_is_an_error():
    with pytest.raises(ValueError):
        parse("here -> hear  before can  :: I can ⟦here⟧ you.")


TABLE = Table(parse("""
here -> hear  prev can  next you|$  :: I can ⟦here⟧ you.
to -> too  gapbefore ,  gapafter .|!|?  :: Me, ⟦to⟧.
th -> the  cap  prev $  nextlower  :: ⟦Th⟧ water is hot.
all most -> almost  cap  prev $  next all  :: ⟦All most⟧ all of them.
"""))


@pytest.mark.parametrize("text,expected", [
    ("I can here you.", [("here", "hear")]),
    ("I can here.", [("here", "hear")]),
    ("I can, here, you.", []),  # punctuation between: not neighbours
    ("I can here them.", []),
    ("The U.S. can here you.", [("here", "hear")]),
    ("Me, to. And from A to B, to C.", [("to", "too")]),
    ('From "A" to "B".', []),
    ("Th water is hot. Al, Th, Mg. (Th) has 90. THE Th Water.", [("Th", "The")]),
    ("All most all of them. All most of them. Of all most all.", [("All most", "Almost")]),
])
def test_conditions(text, expected):
    assert _found(TABLE, text) == expected


def test_curly_apostrophes_read_as_straight():
    assert _found(confusions.APOSTROPHES_TABLE, "Reduce the risk to you’re pet.") == [("you’re", "your")]


def test_the_prefilter_keeps_every_finding():
    """Thinning out a head word's places by its neighbours finds what trying
    every place finds."""
    text = " ".join(e.example.text for e in confusions.WORDS_TABLE.entries)
    doc = Document(text)
    fast = [(f.start, f.end) for f in confusions.WORDS_TABLE.find(doc)]
    slow = Table(confusions.WORDS_TABLE.entries)
    slow.group_next = dict.fromkeys(slow.group_next)
    slow.group_prev = dict.fromkeys(slow.group_prev)
    assert fast == [(f.start, f.end) for f in slow.find(doc)]
    assert len(fast) >= len(confusions.WORDS_TABLE.entries) * 0.9


def test_no_phrase_is_claimed_by_two_tables():
    heads = {" ".join(e.head) for t in (confusions.WORDS_TABLE, confusions.APOSTROPHES_TABLE) for e in t.entries}
    eggcorns, splits = set(idioms.TABLE), set(compounds.TABLE)
    assert not eggcorns & splits
    for phrase in eggcorns | splits:
        assert phrase not in heads, phrase
        doc = Document(f"It was {phrase} here.")
        assert not list(confusions.WORDS_TABLE.find(doc)), phrase


def test_phrase_tables_are_lower_case_and_never_map_to_themselves():
    for table in (idioms.TABLE, compounds.TABLE):
        for wrong, right in table.items():
            assert wrong == wrong.lower() and wrong != right[0].lower(), wrong
