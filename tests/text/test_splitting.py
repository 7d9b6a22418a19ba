"""The sentence splitter's shortcuts give the sentences of the loop they
replace: quotation marks counted at every candidate, and the abbreviation
pattern searched before every full stop."""

from bisect import bisect_right

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tqcheck.text import Document, splitting
from tqcheck.text.splitting import _ABBR_TAIL, _CANDIDATE, _CLOSERS, _MARKS, _WS, Sentence


def _boundary_searching_always(text, start, cand_s, cand_e, nxt, inside_quote):
    """``_is_boundary`` before its test of the character before a full stop."""
    real = splitting._ABBR_LAST
    try:
        splitting._ABBR_LAST = _Everything()
        return splitting._is_boundary(text, start, cand_s, cand_e, nxt, inside_quote)
    finally:
        splitting._ABBR_LAST = real


class _Everything:
    def __contains__(self, ch):
        return True


def _sentences_counting_every_candidate(text, paras, protected_starts, protected_ends):
    out = []
    for p in paras:
        start = p.start
        q_pos = p.start
        straight = curly_open = curly_close = 0
        for m in _CANDIDATE.finditer(text, p.start, p.end):
            cs = m.start()
            if cs < start or (cs > p.start and text[cs - 1] in _MARKS):
                continue
            ce = cs + 1
            while ce < p.end and text[ce] in _MARKS:
                ce += 1
            i = bisect_right(protected_starts, cs) - 1
            if i >= 0 and protected_ends[i] > cs:
                continue
            e = ce
            while e < p.end and text[e] in _CLOSERS:
                e += 1
            nxt = e
            if text[cs] not in "。！？" and e < p.end and text[e] not in _WS:
                continue
            while nxt < p.end and text[nxt] in _WS:
                nxt += 1
            if nxt >= p.end:
                break
            straight += text.count('"', q_pos, cs)
            curly_open += text.count("“", q_pos, cs)
            curly_close += text.count("”", q_pos, cs)
            q_pos = cs
            inside = straight % 2 == 1 or curly_open > curly_close
            if _boundary_searching_always(text, start, cs, ce, nxt, inside):
                out.append(Sentence(start, e, p.index))
                start = nxt
        if start < p.end:
            out.append(Sentence(start, p.end, p.index))
    return out


@settings(max_examples=500, deadline=None)
@example('He said "wait... Then" it. No. 5 is here.\n. Ab')
@example('Ask Dr\n. Smith now.\n\nAb.')
@given(st.lists(st.sampled_from(["Ab", "ab", "U.S", "No", "Dr", " ", "  ", ".", "...", "…", "!", "?", "\"", "“", "”",
                                 "'", ")", "\n", "\n\n", "3.5", "a.m", "x", "。", "中", "http://a.b/c. ", "e.g"]),
                max_size=40).map("".join))
def test_sentences_are_those_of_the_loop_that_counted_quotes_at_every_candidate(text):
    doc = Document(text)
    expected = _sentences_counting_every_candidate(text, doc.paragraphs, doc._protected_starts, doc._protected_ends)
    assert doc.sentences == expected
