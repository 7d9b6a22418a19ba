"""Reading helpers the style, consistency and terminology families share:
where sentences start, which lines are headings, what counts as a name."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import repeat
from operator import gt, sub
from typing import Sequence

from ..text import Document

#: quotation marks and brackets that may precede a sentence's first word
LEADING = "\"'“‘«([{—–- "
FUNCTION_WORDS = frozenset(
    """
    a an the and or but nor so yet for of in on at to by with from into onto upon about above below over
    under after before during since until through across against among between within without as than
    that this these those there here it its he she they we i you his her their our your my me him them us
    is are was were be been being am do does did has have had will would shall should can could may might
    must not no if when while where which who whom whose what why how all any each every some both either
    neither such only also very just even still then now up down out off back away
    """.split()
)
TITLE_CASE_MINOR = frozenset("a an the and or but nor for of in on at to by with from as vs via".split())
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def sentence_starts(doc: Document) -> tuple[int, ...]:
    """Offsets of each sentence's first letter or digit (leading quotes skipped)."""
    # kept with the document (not in a cache of recent ones, which kept
    # the last 64 documents a server checked alive)
    return doc.memo(sentence_starts, _sentence_starts)


def _sentence_starts(doc: Document) -> tuple[int, ...]:
    out = []
    text = doc.text
    for s in doc.sentences:
        i = s.start
        while i < s.end and text[i] in LEADING:
            i += 1
        out.append(i)
    return tuple(out)


def sentence_start_set(doc: Document) -> frozenset[int]:
    """``sentence_starts`` as a set: a rule that asks about many places
    asks each in O(1) (``map(sentence_start_set(doc).__contains__, ...)``)."""
    return doc.memo(sentence_start_set, lambda d: frozenset(sentence_starts(d)))


def _overlapping(starts: Sequence[int], ends: Sequence[int], lo: Sequence[int], last: Sequence[int]) -> list[bool]:
    """For each place ``[lo, last]``, whether it overlaps one of the sorted,
    disjoint spans ``[starts[i], ends[i])``: the last span that starts at or
    before ``last`` is the only one that can, found by a bisect each, in C."""
    if not starts:
        return [False] * len(lo)
    reach = [-1, *ends]  # reach[i]: the end of the last span of the first i
    return list(map(gt, map(reach.__getitem__, map(bisect_right, repeat(starts), last)), lo))


def in_title_case_headings(doc: Document, places: Sequence[int]) -> list[bool]:
    """``in_title_case_heading`` at each of ``places``, in one pass in C."""
    return _overlapping(_heading_starts(doc), [e for _, e in _headings(doc)], places, places)


def in_quotations(doc: Document, starts: Sequence[int], ends: Sequence[int]) -> list[bool]:
    """``doc.in_quotation(start, end)`` for each place, in one pass in C."""
    q_starts, q_ends = doc._quotation_index
    return _overlapping(q_starts, q_ends, starts, list(map(sub, ends, repeat(1))))


def is_sentence_start(doc: Document, pos: int) -> bool:
    starts = sentence_starts(doc)
    i = bisect_right(starts, pos) - 1
    return i >= 0 and starts[i] == pos


def _headings(doc: Document) -> tuple[tuple[int, int], ...]:
    """Title-case heading lines: one line, no closing full stop, and most
    words capitalised. Their capitals are typography, not spelling."""
    return doc.memo(_headings, _find_headings)


def _find_headings(doc: Document) -> tuple[tuple[int, int], ...]:
    out = []
    text = doc.text
    for p in doc.paragraphs:
        body = text[p.start:p.end]
        if "\n" in body or body.rstrip()[-1:] in ".?!\"”" or len(body) > 200:
            continue
        words = [w for w in _WORD.findall(body) if w.lower() not in TITLE_CASE_MINOR]
        if len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words):
            out.append((p.start, p.end))
    return tuple(out)


def _heading_starts(doc: Document) -> list[int]:
    return doc.memo(_heading_starts, lambda d: [s for s, _ in _headings(d)])


def in_title_case_heading(doc: Document, pos: int) -> bool:
    # headings are paragraphs, in order and apart: the last one starting at
    # or before pos is the only one that can hold it (a search, not a walk
    # over every heading, which cost a long document the square of its size)
    headings = _headings(doc)
    i = bisect_right(_heading_starts(doc), pos) - 1
    return i >= 0 and pos < headings[i][1]


def _outer_quotations(doc: Document) -> tuple[list[int], list[int]]:
    return doc.memo(_outer_quotations, _find_outer_quotations)


def _find_outer_quotations(doc: Document) -> tuple[list[int], list[int]]:
    outer: list[list[int]] = []
    for q in doc.quotes.quotations:
        if outer and q.start < outer[-1][1]:
            outer[-1][1] = max(outer[-1][1], q.end)
        else:
            outer.append([q.start, q.end])
    return [s for s, _ in outer], [e for _, e in outer]


def quoted_chars(doc: Document, start: int, end: int) -> int:
    """How many characters of [start, end) lie inside direct quotations."""
    starts, ends = _outer_quotations(doc)
    i = max(0, bisect_right(starts, start) - 1)
    total = 0
    while i < len(starts) and starts[i] < end:
        total += max(0, min(end, ends[i]) - max(start, starts[i]))
        i += 1
    return total


def glossary_spans(unit) -> tuple[list[int], list[int]]:
    """Spans of glossary terms in the target: consistency rules leave these
    to the terminology family, which knows the approved form."""
    glossary = unit.resources.get("glossary")
    if glossary is None:
        return [], []
    from ..glossary.match import hits

    spans = sorted((h.start, h.end) for h in hits(glossary, unit.target))
    return [s for s, _ in spans], [e for _, e in spans]


def overlaps(spans: tuple[list[int], list[int]], start: int, end: int) -> bool:
    starts, ends = spans
    i = bisect_right(starts, end - 1) - 1
    while i >= 0:
        if ends[i] > start:
            return True
        if starts[i] < start - 200:  # terms are short; stop looking back
            return False
        i -= 1
    return False
