"""Patterns over the tagged token layer (``tqcheck.rule.kinds.match_tokens``):
word items tried first where they can stand give the matches a test of the
items in order gives."""

from __future__ import annotations

from tqcheck.rule.kinds import match_tokens, parse_token_pattern
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


def test_cut_off_reads_the_text_in_place_as_strip_did():
    """``cut_off`` matches the ellipsis in place; it finds what stripping
    the text before or after the word found."""
    from hypothesis import given, strategies as st

    from tqcheck.rule.kinds import _ELLIPSES, cut_off

    def stripped(text, start, end):
        if text[:start].strip() in _ELLIPSES:
            return True
        return text.startswith(_ELLIPSES, end) and not text[end:].strip(".… \n\"'”’)")

    @given(st.text(alphabet=".… \n\t\u3000\u00a0\u2028ab\"')”’", max_size=12), st.data())
    def same(text, data):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert cut_off(text, start, end) == stripped(text, start, end)

    same()
    assert cut_off(" ...an be", 4, 6) and cut_off("she continue...", 4, 12)
    assert not cut_off("so... an be", 6, 8) and not cut_off("she continue... and", 4, 12)
