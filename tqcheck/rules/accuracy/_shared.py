"""What the accuracy rules share: the alignment of a unit, and which of its
pairs are worth judging (the value checks and the sentence check cover the rest)."""

from __future__ import annotations

from ...bilingual import Alignment, alignment

REQUIRES = frozenset({"source"})


def get(unit) -> Alignment | None:
    return alignment(unit)


def pair_coverage(al: Alignment, pair: int, skip: range | None = None) -> tuple[int, int]:
    """(rendered, all) content words of one pair, leaving out ``skip``."""
    rendered = total = 0
    for i in al.pair_source_words(pair):
        w = al.source[i]
        if not w.content or (skip is not None and i in skip):
            continue
        total += 1
        rendered += w.rendered
    return rendered, total


def trim(text: str, start: int, end: int, chars: str = " \t\n，,；;。！？!?：:、“”\"'‘’（）()《》") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end
