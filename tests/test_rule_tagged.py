"""Patterns over the tagged token layer (``tqcheck.rule.kinds.match_tokens``):
word items tried first where they can stand give the matches a test of the
items in order gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tqcheck.rule.kinds import cut_off, match_tokens, parse_token_pattern
from tqcheck.text import Document

AND_I = parse_token_pattern("between|for|to <PRP$>? <NNP|PRP|NN> and @i")
STRAIGHT = parse_token_pattern("@has|have <RB> @<VBN> in")


def _in_order(tg, tests, i):
    """Every item tested in order, depth first, an item taken before it is skipped."""

    def collect(k, j, last):
        if k == len(tests):
            return []
        if j < len(tg) and (last < 0 or tg.joined(j)) and tests[k](tg, j):
            rest = collect(k + 1, j + 1, j)
            if rest is not None:
                return [j] + rest
        if tests[k].optional:
            rest = collect(k + 1, j, last)
            if rest is not None:
                return [None] + rest
        return None

    return collect(0, i, -1)


def test_word_items_after_optional_ones_are_found_in_their_range():
    for text, want in [
        ("He gave it to Tim and I yesterday.", [3, None, 4, 5, 6]),
        ("It is between your friend and I now.", [2, 3, 4, 5, 6]),
        ("He gave it to Tim and me.", None),
        ("It went to Tim, and I left.", None),
    ]:
        tg = Document(text).tagged
        start = next(i for i, k in enumerate(tg.keys) if k in ("to", "between"))
        assert match_tokens(tg, AND_I, start) == want, text
        assert _in_order(tg, AND_I, start) == want, text


def test_every_start_matches_as_the_items_in_order_do():
    text = ("It has quickly grown in size. They have recently moved in March. Between him and I, "
            "it was for Tim and I. To my brother and I it seemed odd; he has never been in")
    tg = Document(text).tagged
    for tests in (AND_I, STRAIGHT):
        for i in range(len(tg)):
            assert match_tokens(tg, tests, i) == _in_order(Document(text).tagged, tests, i), (i, tg.keys[i])


_CUT_TEXT = st.text(alphabet=st.sampled_from(list(" \n\t\u00a0\u2003\x1c\x85\u200b.…ab\"'”’)")), max_size=10)


def _cut_off_by_stripping(text, start, end):
    """What ``cut_off`` said when it stripped copies of the text around the span."""
    if text[:start].strip() in ("...", "…"):
        return True
    return text.startswith(("...", "…"), end) and not text[end:].strip(".… \n\"'”’)")


@settings(max_examples=500, deadline=None)
@given(_CUT_TEXT, st.integers(0, 10), st.integers(0, 10))
def test_cut_off_matches_the_stripped_copies(text, a, b):
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert cut_off(text, start, end) == _cut_off_by_stripping(text, start, end)
