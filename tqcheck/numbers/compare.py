"""Match the numbers of a source against those of its translation.

Values are compared exactly (3.5亿 = 350 million), then allowing the
target to round the source (3091亿 ~ "309 billion"; 两千 is not 2,500). Matching runs inside each
aligned pair first, then across the whole text, so an alignment slip does
not turn into a false alarm. A source value counts as translated when it
appears anywhere in the target (a value said twice in the source is often
said once in the translation).

What is left: a source number and a target number in the same pair are a
*changed* value; a source number alone is *missing*; a target number
whose value the source never mentions is *extra*.
"""

from __future__ import annotations

from collections import deque
from decimal import Decimal
from typing import NamedTuple, Sequence

from ..pairing import Span, group, pair_equal
from .quantity import PERCENT, Quantity, rounds_to


class Outcome(NamedTuple):
    changed: list[tuple[Quantity, Quantity]]  # (source, target)
    missing: list[Quantity]
    extra: list[Quantity]


#: beyond this many (source x target) candidates in one place, only exact
#: values are matched: a pathological text must not cost quadratic time
MAX_PAIRS = 10_000


def _match(src: Sequence[Quantity], tgt: Sequence[Quantity], s_idx: list[int], t_idx: list[int],
           s_used: set[int], t_used: set[int]) -> None:
    # exact values with firm numbers first, so that "Thousand Talents Plan"
    # does not take the 1,000 that translates 1000个; rounding only between
    # firm numbers ("first" is not 1.9 rounded down)
    pair_equal(s_idx, t_idx, lambda i: src[i].value, lambda j: tgt[j].value, s_used, t_used,
               t_keep=lambda j: tgt[j].firm)
    pair_equal(s_idx, t_idx, lambda i: src[i].value, lambda j: tgt[j].value, s_used, t_used)
    left_s = [i for i in s_idx if i not in s_used and src[i].firm]
    left_t = [j for j in t_idx if j not in t_used and tgt[j].firm]
    if len(left_s) * len(left_t) > MAX_PAIRS:
        return
    for i in left_s:
        for j in left_t:
            if j not in t_used and rounds_to(src[i].value, tgt[j].value):
                s_used.add(i)
                t_used.add(j)
                break


def compare(pairs: Sequence[Span], src: Sequence[Quantity], tgt: Sequence[Quantity]) -> Outcome:
    if not src and not tgt:  # most segments: the passes below would find nothing
        return Outcome([], [], [])
    s_groups = group(src, [(p.src_start, p.src_end) for p in pairs])
    t_groups = group(tgt, [(p.tgt_start, p.tgt_end) for p in pairs])
    s_used: set[int] = set()
    t_used: set[int] = set()
    for s_idx, t_idx in zip(s_groups, t_groups):
        _match(src, tgt, s_idx, t_idx, s_used, t_used)
    _match(src, tgt, list(range(len(src))), list(range(len(tgt))), s_used, t_used)
    src_values = {q.value for q in src}
    firm_src = [q.value for q in src if q.firm]
    tgt_values = {q.value for q in tgt}
    firm_tgt = [q.value for q in tgt if q.firm]

    def said_in_target(v: Decimal) -> bool:
        return v in tgt_values or (len(firm_tgt) <= MAX_PAIRS // 100 and any(rounds_to(v, t) for t in firm_tgt))

    def said_in_source(v: Decimal) -> bool:
        return v in src_values or (len(firm_src) <= MAX_PAIRS // 100 and any(rounds_to(s, v) for s in firm_src))

    changed: list[tuple[Quantity, Quantity]] = []
    missing: list[Quantity] = []
    extra: list[Quantity] = []
    for s_idx, t_idx in zip(s_groups, t_groups):
        left_s = [src[i] for i in s_idx if i not in s_used and src[i].firm]
        left_t = [tgt[j] for j in t_idx if j not in t_used and tgt[j].firm and not said_in_source(tgt[j].value)]
        # an unmatched number beside it is the changed one, even if the same
        # value is said right elsewhere in the target. A percentage can only
        # be a wrong percentage; any other value can be mistyped or misscaled
        # (3091亿 read as "3.091 billion"): one queue per kind
        queues: dict[bool, deque[Quantity]] = {True: deque(), False: deque()}
        for t in left_t:
            queues[t.kind == PERCENT].append(t)
        for s in left_s:
            queue = queues[s.kind == PERCENT]
            if queue:
                changed.append((s, queue.popleft()))
            elif not said_in_target(s.value):
                missing.append(s)
        extra.extend(sorted([*queues[True], *queues[False]]))
    return Outcome(changed, missing, extra)


_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))


def describe(q: Quantity) -> str:
    """A value as an English reader would write it: 309.1 billion, 2,000, 5%."""
    v = q.value
    if q.kind == PERCENT:
        return f"{_plain(v)}%"
    for unit, word in _SCALES:
        if abs(v) >= unit:
            return f"{_plain(v / unit)} {word}"
    return _plain(v, commas=True)


def _plain(v: Decimal, commas: bool = False) -> str:
    v = v.normalize()
    if v == v.to_integral_value():
        n = int(v)
        return f"{n:,}" if commas and n >= 10000 else str(n)
    return format(v, "f")
