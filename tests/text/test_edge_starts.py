"""``edge_starts`` finds the places the look-behind pattern finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.text.patterns import edge_starts, trie_pattern

_WORDS = st.lists(st.sampled_from(["a", "ab", "ba", "b", "a b", "ab-a", "b a b", "aa"]), min_size=1, max_size=4)
_TEXT = st.lists(st.sampled_from(["a", "b", "ab", " ", "  ", "'", "’", "-", "_", ".", ",", "\n", "\t", "\u00a0",
                                  "é", "É", "A", "B", "1", "“", "("]), max_size=25).map("".join)


@settings(max_examples=500, deadline=None)
@given(_WORDS, _TEXT)
def test_edge_starts_are_the_look_behind_matches(words, text):
    body = "(?:" + trie_pattern(sorted(set(words)), keep=False) + r")(?![\w'’-])"
    expected = [m.start() for m in re.finditer(rf"(?<![\w'’-])(?={body})", text)]
    assert edge_starts(text, body) == expected


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXT)
def test_edge_starts_with_the_documents_shared_edges(words, text):
    from tqcheck.text import Document
    from tqcheck.text.patterns import lowered_edges

    body = "(?:" + trie_pattern(sorted(set(words)), keep=False) + r")(?![\w'’-])"
    doc = Document(text)
    lowered = doc.lowered
    expected = [m.start() for m in re.finditer(rf"(?<![\w'’-])(?={body})", lowered)]
    assert edge_starts(lowered, body, lowered_edges(doc, lowered)) == expected
    # kept once for the document, and only for its lower case
    assert lowered_edges(doc, lowered) is lowered_edges(doc, lowered)
    assert lowered_edges(doc, text + " ") is None
