"""The finished-time cues of ``grammar.tenses``: one pattern per alternative
finds the places the single alternation found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.rules.grammar.tenses import _find_cues
from tqcheck.text import Document

_ALTERNATION = re.compile(r"(?:in (?:1[89]|20)\d\d|last|ago|yesterday)(?!\w)")

_PIECES = st.sampled_from(["in ", "In ", "in 2020", "in 1999", "in 20", "in 1", "last", "Last", "lasting", "ago",
                           "chicago", "yesterday", "yesterdays", " ", ".", "_", "2", "a", "g", "o", "é", "\u0662"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_cues_are_the_matches_of_the_alternation(text):
    doc = Document(text)
    assert _find_cues(doc) == [m.start() for m in _ALTERNATION.finditer(doc.lowered)]
