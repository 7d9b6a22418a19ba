"""Aligned pairs as spans, and which mentions fall in which pair: the
common ground of the value comparisons (numbers, dates) against the source."""

from __future__ import annotations

from typing import NamedTuple, Protocol, Sequence


class Span(NamedTuple):
    """One aligned pair: where it lies in the source and in the target."""

    src_start: int
    src_end: int
    tgt_start: int
    tgt_end: int


class Located(Protocol):
    start: int


def group(items: Sequence[Located], spans: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Indexes of ``items`` (in text order) that start in each span; spans are
    in text order too, and an item before the first span joins it."""
    groups: list[list[int]] = [[] for _ in spans]
    k = 0
    for idx, item in enumerate(items):
        while k + 1 < len(spans) and item.start >= spans[k + 1][0]:
            k += 1
        if groups:
            groups[k].append(idx)
    return groups
