"""The document's table of capitalised words (``Document.capitalised``)
gives what the three patterns the capitals, names and titles rules each
scanned the text with would find (property tests over the characters that
matter: the marks a token may hold, × and ÷ inside a name, U+2010, ``İ``,
the Kelvin sign)."""

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tqcheck.text import Document
from tqcheck.text.capitals import NAME_PAIR, NAME_TAIL

#: the patterns the rules scanned with before the table
CAPITAL_FIRST = re.compile(r"[A-Z](?<![\w'’.-][A-Z])[\w'’-]*+")
PAIR = re.compile(r"([A-Z](?<![\w'’.-][A-Z])[\w'’.-]*+)(?= ([A-Za-z][\w'’-]*))")
OLD_NAME_PAIR = re.compile(rf"([A-Z](?<![\w'’.-][A-Z]){NAME_TAIL})(?= ([A-Z]{NAME_TAIL})(?![\w'’-]))")

TEXTS = st.lists(st.sampled_from(
    ["Zhang", "Wei", "Ab", "AB", "aB", "ab", "x", "Al-Sisi", "O'Neil", "Xi’s", "U.S.", "Mr.", "EU-China", "é", "É",
     "ß", "ÿ", "×", "÷", "\u2010", "İ", "\u212a", "_", "1", "'", "’", "-", ".", ",", " ", " ", " ", "  ", "\n", "\t"]),
    max_size=60).map("".join)


def _rows(text):
    table = Document(text).capitalised
    return list(zip(table.starts, table.tokens, table.followers))


@settings(max_examples=500, deadline=None)
@given(TEXTS)
@example("Zhang Wei and Ab×c Def; Zhang W÷i.")
@example("U.S. President Xi’s EU-China Summit")
def test_table_holds_every_capitalised_word_and_pair(text):
    rows = _rows(text)
    words = [(m.start(), m.group()) for m in CAPITAL_FIRST.finditer(text)]
    assert [(s, t.partition(".")[0]) for s, t, _ in rows] == words
    pairs = [(m.start(), m.group(1), m.group(2)) for m in PAIR.finditer(text)]
    assert [r for r in rows if r[2]] == pairs
    # no word after: no space, or no letter A-Z or a-z after it
    assert [r for r in rows if not r[2]] == [
        r for r in rows if not re.match(" [A-Za-z]", text[r[0] + len(r[1]):r[0] + len(r[1]) + 2])]


@settings(max_examples=500, deadline=None)
@given(TEXTS)
@example("Zhang Wei and Ab×c Def; Zhang W÷i.")
@example("Zhang Wei said Al-Sisi O'Neil met Xi Jinping.")
# × or ÷ on some lines: those lines are scanned the old way, the others read off the table
@example("Zhang Wei met Lee Kim.\nAb×c Def and Zhang Wei; Ab÷ Lee, Lee÷x.\nXi Jinping met Li\r\nKe Qiang×\nWang Yi")
@example("×\nZhang Wei")
@example("Zhang Wei\n÷")
def test_name_pairs_are_the_pattern_matches(text):
    expected = [(m.start(), m.group(1), m.group(2)) for m in OLD_NAME_PAIR.finditer(text)]
    assert list(Document(text).capitalised.name_pairs()) == expected
    assert NAME_PAIR.pattern == OLD_NAME_PAIR.pattern


def test_equal_spellings_are_one_object():
    table = Document("Zhang Wei met Zhang Wei. Zhang Wei left.").capitalised
    assert table.tokens[0] is table.tokens[2] and table.followers[0] is table.followers[2]
