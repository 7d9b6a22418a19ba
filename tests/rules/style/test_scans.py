"""The style rules' readings of the word table, and their str.find starting
points, agree with the scans they replace."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.scan import matches_at
from tqcheck.rules.style import adverbs, attribution, boilerplate
from tqcheck.rules.style.length import _count_words
from tqcheck.rules.style.openers import _first_words
from tqcheck.text import Document
from tqcheck.text.chars import WORD_RE


def pieces(*items):
    return st.lists(st.sampled_from(items), max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(pieces("ab", "c", " ", "  ", ",", ".", "-", "'", "3.5", "中", "\n", ";", "x-y"), st.data())
def test_sentence_words_from_the_word_table(text, data):
    doc = Document(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _count_words(doc, start, end) == len(WORD_RE.findall(text, start, end))
    expected = []
    for m in WORD_RE.finditer(text, start, end):
        expected.append((m.group(0), m.end()))
        if len(expected) == 3 or text[m.end():m.end() + 1] in (",", ";", ":"):
            break
    assert _first_words(doc, start, end, 3) == expected


def _pattern_of(rule):
    cells = dict(zip(rule.check.__code__.co_freevars, (c.cell_contents for c in rule.check.__closure__)))
    return cells["compiled"](), cells["starts"]  # the rule's pattern, compiled on first use


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([
    (adverbs.STACKED, ["quickly", "ly", "only", "x", " ", "\t", "  ", "\n", "Really", "é", "1", "sharply", "-"]),
    (attribution.VERB, ["stated", " that", " at", "expressed", "indicated", ",", " ", "\n", "re", "x", "“", ":"]),
    (boilerplate.LABEL, ["\n", " ", "\t", "Editor", "editor", "Responsible editor", ":", "：", "x", "\r\n", "Source"]),
]), st.data())
def test_starting_points_find_every_match(case, data):
    rule, alphabet = case
    text = data.draw(pieces(*alphabet))
    rx, starts = _pattern_of(rule)
    assert [m.span() for m in matches_at(rx, text, starts(Document(text)))] == [m.span() for m in rx.finditer(text)]
