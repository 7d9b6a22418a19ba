from __future__ import annotations

import pytest

from tqcheck.errors import InputError
from tqcheck.scoring.scored_pairs import decide, pair_up, side


def test_auto_pairs_equal_line_counts_line_by_line():
    assert decide(["a\nb\n", "c\nd"], "auto", "en") == "lines"


def test_auto_aligns_one_line_texts_by_sentence():
    # a paragraph on one line is not one long segment; one sentence is still one pair
    assert decide(["One line only. Two sentences.", "One line, too."], "auto", "en") == "sentences"


def test_auto_aligns_documents():
    assert decide(["a\n\nb", "c\n\nd"], "auto", "en") == "sentences"  # paragraphs
    assert decide(["a\nb\nc", "c\nd"], "auto", "en") == "sentences"  # different line counts


def test_trailing_blank_lines_and_crlf_do_not_count():
    assert decide(["a\r\nb\r\n\r\n", "c\nd\n"], "auto", "en") == "lines"
    units = side("a  \r\nb\r\n\r\n", "lines", "en").units
    assert [(u.text, u.start, u.end, u.line) for u in units] == [("a", 0, 1, 1), ("b", 5, 6, 2)]


def test_lists_are_used_as_given_and_not_mixed_with_texts():
    assert decide([["a", "b"], ["c", "d"]], "auto", "en") == "given"
    with pytest.raises(InputError, match="not a mix"):
        decide([["a"], "c"], "auto", "en")
    with pytest.raises(InputError, match="used as given"):
        decide([["a"], ["c"]], "sentences", "en")
    with pytest.raises(InputError, match="unknown segmentation"):
        decide(["a", "b"], "paragraphs", "en")


def test_unequal_lines_are_an_error_that_says_what_to_do():
    h, r = side("a\nb\nc", "lines", "en"), side("a\nb", "lines", "en")
    with pytest.raises(InputError, match="hyp.txt has 3, ref.txt has 2.*'sentences'"):
        pair_up([h], [r], "lines", ["hyp.txt", "ref.txt"])


def test_parts_locate_their_text():
    text = "First one. Second one.\n\nThird one here."
    s = side(text, "sentences", "en")
    p = s.part(0, 2)
    assert (p.start, p.end, p.line, p.units, p.text) == (0, 22, 1, 2, "First one. Second one.")
    assert text[p.start:p.end] == "First one. Second one."
    p = s.part(2, 3)
    assert (text[p.start:p.end], p.line) == ("Third one here.", 3)
    gap = s.part(3, 3)  # nothing: an insertion point at the end
    assert (gap.start, gap.end, gap.units, gap.text) == (len(text), len(text), 0, "")


def _cover(ranges, n):
    """Consecutive ranges that cover 0..n exactly once, in order."""
    pos = 0
    for lo, hi in ranges:
        assert lo == pos and hi >= lo
        pos = hi
    assert pos == n


def test_several_inputs_are_cut_at_the_same_places(hyp, ref, ref2):
    # reference 2 joins sentences 3 and 4; the hypothesis splits sentence 9
    r2 = ref2[:3] + [ref2[3] + " " + ref2[4]] + ref2[5:]
    words = hyp[9].split()
    h = hyp[:9] + [" ".join(words[:20]), " ".join(words[20:])] + hyp[10:]
    sides_h = [side(h, "given", "en")]
    sides_r = [side(ref, "given", "en"), side(r2, "given", "en")]
    ranges = pair_up(sides_h, sides_r, "sentences", ["h", "r1", "r2"])
    for k, sd in enumerate([*sides_h, *sides_r]):
        _cover([seg[k] for seg in ranges], len(sd.units))
    assert ((3, 5), (3, 5), (3, 4)) in ranges  # the merge in reference 2 joins the others too
    assert ((9, 11), (9, 10), (8, 9)) in ranges
    assert len(ranges) == len(ref) - 1


def test_two_systems_share_one_segmentation(hyp, hyp2, ref):
    h2 = hyp2[:5] + [hyp2[5] + " " + hyp2[6]] + hyp2[7:]
    ranges = pair_up([side(hyp, "given", "en"), side(h2, "given", "en")], [side(ref, "given", "en")],
                     "sentences", ["a", "b", "r"])
    assert ((5, 7), (5, 6), (5, 7)) in ranges
    assert len(ranges) == len(ref) - 1
