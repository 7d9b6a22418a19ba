"""Rules that start from str.find find what a scan of the whole text finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.rules.translation import dates, numbers
from tqcheck.text import Document
from tqcheck.unit import Unit


def pieces(*items):
    return st.lists(st.sampled_from(items), max_size=30).map("".join)


def _found(rule, text):
    return [(f.start, f.end) for f in rule.check(Unit(Document(text)), rule.options)]


def _scanned(rx, text, when=lambda m: True):
    doc = Document(text)
    return [m.span() for m in rx.finditer(text) if not doc.is_protected(*m.span()) and when(m)]


@settings(max_examples=300, deadline=None)
@given(pieces("7", "12", "1", "0", "/", "/20", "2021", "19", ".", " ", "a", "x/y"))
def test_numeric_dates(text):
    assert _found(dates.NUMERIC, text) == _scanned(dates._NUMERIC, text, lambda m: dates._numeric_ok(m, None))


@settings(max_examples=300, deadline=None)
@given(pieces("3", "1.5", ".", ",", " ", " ten thousand", " Ten Thousand", " hundred million", "v", "-", "İ"))
def test_calques(text):
    assert _found(numbers.CALQUE, text) == _scanned(numbers._CALQUE, text)
