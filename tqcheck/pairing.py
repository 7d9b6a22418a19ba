"""Aligned pairs as spans, and which mentions fall in which pair: the
common ground of the value comparisons (numbers, dates) against the source."""

from __future__ import annotations

from typing import Callable, Hashable, Iterable, NamedTuple, Protocol, Sequence


class Span(NamedTuple):
    """One aligned pair: where it lies in the source and in the target."""

    src_start: int
    src_end: int
    tgt_start: int
    tgt_end: int


class Located(Protocol):
    @property
    def start(self) -> int: ...  # read-only: NamedTuples and frozen dataclasses qualify


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


def pair_equal(s_idx: Iterable[int], t_idx: Sequence[int], s_key: Callable[[int], Hashable],
               t_key: Callable[[int], Hashable], s_used: set[int], t_used: set[int],
               t_keep: Callable[[int], bool] = lambda j: True) -> None:
    """Pair each source index not yet used with the first unused target
    index (in ``t_idx`` order, among those ``t_keep`` accepts) whose key is
    equal, marking both used: exact matches before any looser comparison."""
    by_key: dict[Hashable, list[int]] = {}
    for j in reversed(t_idx):
        if j not in t_used and t_keep(j):
            by_key.setdefault(t_key(j), []).append(j)
    for i in s_idx:
        if i in s_used:
            continue
        cands = by_key.get(s_key(i))
        while cands:
            j = cands.pop()
            if j not in t_used:
                s_used.add(i)
                t_used.add(j)
                break
