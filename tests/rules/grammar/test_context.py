"""sentence_openings, found in one scan, agrees with starts_sentence."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.rules.grammar._context import _LEAD, sentence_openings, starts_sentence
from tqcheck.text import Document


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .!?:;\n\r…\t\u00a0\"'“‘(«[—–-"), max_size=40))
def test_openings_are_where_sentences_start(text):
    doc = Document(text)
    openings = sentence_openings(doc)
    for pos in range(len(text) + 1):
        if pos < len(text) and text[pos] in _LEAD:
            continue  # openings are only claimed where a word can start
        assert (pos in openings) == starts_sentence(doc, pos)
