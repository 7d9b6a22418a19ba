"""The word split a text without an underscore uses finds the words the Latin split finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.text import Document
from tqcheck.text.chars import LATIN_WORD_SPLIT, PLAIN_WORD_SPLIT

_PIECES = ["a", "Ab", "9", "é", "ß", "İ", "K", "Ⅻ", "²", "١", "ǅ", "\u0301", " ", "  ", "\n", "\t", "\u00a0",
           "-", "'", "’", ".", "‐", "…", ",", "“", "(", "—", "😀", "x.y", "U.S.", "don't", "EU-China"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_plain_split_is_the_latin_split_without_underscores(text):
    assert PLAIN_WORD_SPLIT.split(text) == LATIN_WORD_SPLIT.split(text)


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.integers(0, 30))
def test_a_document_with_an_underscore_keeps_the_latin_split(text, at):
    text = text[:at] + "_" + text[at:]
    doc = Document(text)
    assert doc._word_split is LATIN_WORD_SPLIT
    parts = LATIN_WORD_SPLIT.split(text)
    assert doc.word_texts == parts[1::2]
