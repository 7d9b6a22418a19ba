"""The spacing and doubled-mark rules find from rare anchors (str.find,
line breaks, brackets) what the patterns they replace found by scanning."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.scan import matches_at
from tqcheck.rules.punctuation import doubled, spacing
from tqcheck.text import Document
from tqcheck.unit import Unit


def pieces(*items):
    return st.lists(st.sampled_from(items), max_size=30).map("".join)


SPACES = pieces(" ", " ", "\u00a0", "\t", "\u3000", "\n", "\r", " \r\n", "a", "b.", "(", ")", "[", "]", "x.com ", "](")


def _spans(check, text):
    return [(f.start, f.end) for f in check(Unit(Document(text)), {})]


def _scan(rx, text, locate=lambda m: m.span(), protected=True):
    doc = Document(text)
    out = []
    for m in re.finditer(rx, text):
        s, e = locate(m)
        if not protected or not doc.is_protected(s, max(e, s + 1)):
            out.append((s, e))
    return out


@settings(max_examples=400, deadline=None)
@given(SPACES)
def test_doubled_spaces(text):
    assert _spans(spacing._doubled, text) == _scan(r"[ \u00a0](?<=\S[ \u00a0])[ \u00a0]++(?=\S)", text)


@settings(max_examples=400, deadline=None)
@given(SPACES)
def test_trailing_whitespace(text):
    pattern = r"[ \t\u00a0\u3000](?<![ \t\u00a0\u3000][ \t\u00a0\u3000])[ \t\u00a0\u3000]*+(?=[\r\n]|\Z)"
    assert _spans(spacing._trailing, text) == _scan(pattern, text, protected=False)


@settings(max_examples=400, deadline=None)
@given(SPACES)
def test_spaces_inside_brackets(text):
    pattern = r"[(\[][ \u00a0]++(?=[^\s)\]])|[ \u00a0](?<=[^\s(\[][ \u00a0])[ \u00a0]*+(?=[)\]])"
    locate = lambda m: (m.start() + 1, m.end()) if m.group(0)[0] in "([" else m.span()  # noqa: E731
    assert _spans(spacing._inside_brackets, text) == _scan(pattern, text, locate)


@settings(max_examples=400, deadline=None)
@given(pieces(",", ".", ";", "!", "?", "…", " ", "\n", "/", "x", ",,", ".."))
def test_doubled_marks_from_their_runs(text):
    rule = doubled.MARK
    rx = dict(zip(rule.check.__code__.co_freevars, (c.cell_contents for c in rule.check.__closure__)))["compiled"]()
    assert [m.span() for m in matches_at(rx, text, doubled._starts(text))] == [m.span() for m in rx.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(pieces(" ", "\t", "\u00a0", ",", ";", "!", "?", ":", ".", "-", ")", "D", "5", "x", "\n", ",,", ":-)"))
def test_space_before_a_mark_found_from_the_mark(text):
    old = re.compile(r"[ \t\u00a0](?:,(?!,)|[;!?]|:(?![-)(DP])|\.(?![\w.]))")
    new = re.compile(spacing.BEFORE_MARK.check.__closure__[
        spacing.BEFORE_MARK.check.__code__.co_freevars.index("compiled")].cell_contents().pattern)
    assert [(m.start() + 1, m.end()) for m in old.finditer(text)] == [m.span() for m in new.finditer(text)]


#: punctuation.spacing.missing-after as written before its letter-after test was put first
_MISSING_AFTER_BEFORE = (
    r"[,.!?;:](?:"
    r"(?<=[^\W\d_],)(?=[^\W\d_])|(?<=[ \t],)(?=[^\W\d_])"
    r"|(?<=[a-z][a-z][.!?])(?=[A-Z][a-z])"
    rf"|(?<=[a-z\d%][a-z%]\.)(?!(?:{spacing._EXTENSIONS})\b)(?=[a-z]{{2,}}+(?![\w.(/@'’-]))"
    r"|(?<=[\w)][!?;])(?=[A-Za-z])"
    r"|(?<=[a-z][a-z]:)(?=[A-Z][a-z]))"
)


@settings(max_examples=400, deadline=None)
@given(pieces("ab", "Ab", "A", "x", "é", "É", "1", "%", "_", " ", "\t", ",", ".", "!", "?", ";", ":", ")", "pdf",
              "js", "'", "-", "/"))
def test_missing_after_matches_what_it_matched_before_its_first_test(text):
    assert [m.span() for m in re.finditer(spacing._MISSING_AFTER, text)] == \
        [m.span() for m in re.finditer(_MISSING_AFTER_BEFORE, text)]
