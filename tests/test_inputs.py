"""``inputs.validate_text``: its fast surrogate and blank tests decide as the pattern and ``strip`` did."""

from __future__ import annotations

import re

import pytest

from tqcheck.errors import InputError
from tqcheck.inputs import validate_text

_SURROGATE = re.compile(r"[\ud800-\udfff]")

CASES = [
    "plain ASCII text.",
    "curly ’quotes’ and “marks”",
    "中文文本和 English",
    "emoji \U0001f600 beyond the BMP",
    "lone \ud800 high",
    "lone \udfff low",
    "\ud83d\ude00 a pair written as two code points",
    "é\udc80",
    "\u3000\u00a0 text after wide and no-break spaces",
    "text\u2028line separator",
]
BLANK = ["", " ", "\n\t", "\u3000", "\u00a0\u2028\u2029", "\x1c\x1d\x1e\x1f\x85"]


@pytest.mark.parametrize("text", CASES)
def test_a_surrogate_is_refused_exactly_where_the_pattern_finds_one(text):
    m = _SURROGATE.search(text)
    if m is None:
        assert validate_text(text) is text
    else:
        with pytest.raises(InputError, match=f"surrogate at offset {m.start()}$"):
            validate_text(text)


@pytest.mark.parametrize("text", BLANK)
def test_blank_is_what_strip_empties(text):
    assert not text.strip()
    with pytest.raises(InputError, match="is empty"):
        validate_text(text)


@pytest.mark.parametrize("text", ["x", " x ", "\u200b", "\ufeff"])  # zero-width space and BOM are not whitespace
def test_text_strip_keeps_is_not_blank(text):
    assert text.strip()
    assert validate_text(text) is text
