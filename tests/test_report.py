"""``tqcheck.report.context``: the one-line excerpt an issue carries."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.report import CONTEXT_CHARS, context

_ONE_LINE = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\u2028": " ", "\u2029": " "})


def test_an_excerpt_is_one_line_with_the_span_located():
    text = "First line.\r\nSecond\tline\u2028third\u2029fourth."
    start = text.index("Second")
    got = context(text, start, start + 6)
    assert got["text"] == "First line.  Second line third fourth."
    assert got["text"][got["offset"]:got["offset"] + got["length"]] == "Second"


def test_a_long_text_is_cut_with_ellipses():
    text = "a" * 100 + "MID" + "b" * 100
    got = context(text, 100, 103)
    assert got["text"] == "…" + "a" * CONTEXT_CHARS + "MID" + "b" * CONTEXT_CHARS + "…"
    assert got["offset"] == 1 + CONTEXT_CHARS and got["length"] == 3


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n\r\t\u2028\u2029\u0085\x0b’é"), max_size=120), st.data())
def test_the_excerpt_is_the_text_with_line_breaks_and_tabs_as_spaces(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    got = context(text, start, end)
    a, b = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    assert got["text"] == ("…" if a else "") + text[a:b].translate(_ONE_LINE) + ("…" if b < len(text) else "")
    assert got["offset"] == (1 if a else 0) + start - a and got["length"] == end - start
