"""Match the dates and clock times of a source against its translation.

Two dates agree when they share a month or a day and conflict in neither
(7月21日 = "July 21" = "21 July"; 7月 = "July"; 21日 = "the 21st"). A
day-only source date (21日) also counts as translated when the target
names a weekday or a relative day instead ("on Tuesday", "yesterday"), as
news translation often does. Times agree when hour and minute agree, up to
12 hours when one side does not say a.m. or p.m.
"""

from __future__ import annotations

import re
from collections import deque
from typing import NamedTuple, Sequence

from ..pairing import Span, group, pair_equal
from .mention import DATE, Mention

RELATIVE_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|tonight|"
    r"this (?:morning|afternoon|evening|week|month)|last (?:night|week)|earlier this (?:week|month)|"
    r"recently|same day|that day|the day)\b",
    re.IGNORECASE,
)



class Outcome(NamedTuple):
    changed: list[tuple[Mention, Mention]]
    missing: list[Mention]


def agree(a: Mention, b: Mention) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind == DATE:
        if a.month and b.month and a.month != b.month:
            return False
        if a.day and b.day and a.day != b.day:
            return False
        return bool(a.month and b.month) or bool(a.day and b.day)
    if (a.minute or 0) != (b.minute or 0):
        return False
    ha, hb = _hour24(a), _hour24(b)
    if ha == hb:
        return True
    if a.pm is None or b.pm is None:
        return (a.hour or 0) % 12 == (b.hour or 0) % 12  # as _hour24 reads a missing hour
    return False


def _hour24(m: Mention) -> int:
    h = m.hour or 0
    if m.pm and h < 12:
        return h + 12
    if (m.pm is False and h == 12) or h == 24:
        return 0
    return h


def _day_boundary(m: Mention) -> bool:
    """0时 and 24时 mark "the whole day" (0—24时) more often than a time."""
    return m.kind != DATE and (m.hour or 0) in (0, 24) and not m.minute


#: beyond this many (source x target) candidates in one place, only exact
#: keys are matched: a pathological text must not cost quadratic time
MAX_PAIRS = 10_000


def _key(m: Mention) -> tuple:
    if m.kind == DATE:
        return (DATE, m.month, m.day)
    return (m.kind, _hour24(m), m.minute or 0)


class _Said:
    """Which dates and times a text gives, to answer ``any(agree(s, t))``
    without a scan: a full date agrees with the same date, its month alone
    or its day alone."""

    def __init__(self, ms: Sequence[Mention]) -> None:
        self.full = {(m.month, m.day) for m in ms if m.kind == DATE and m.month and m.day}
        self.months = {m.month for m in ms if m.kind == DATE and m.month}
        self.days = {m.day for m in ms if m.kind == DATE and m.day}
        self.month_only = {m.month for m in ms if m.kind == DATE and m.month and not m.day}
        self.day_only = {m.day for m in ms if m.kind == DATE and m.day and not m.month}
        self.times = {(_hour24(m), m.minute or 0) for m in ms if m.kind != DATE}
        self.loose_times = {(_hour24(m) % 12, m.minute or 0) for m in ms if m.kind != DATE}
        self.open_times = {(_hour24(m) % 12, m.minute or 0) for m in ms if m.kind != DATE and m.pm is None}

    def agrees(self, s: Mention) -> bool:
        if s.kind == DATE:
            if s.month and s.day:
                return (s.month, s.day) in self.full or s.month in self.month_only or s.day in self.day_only
            return s.month in self.months if s.month else s.day in self.days
        loose = (_hour24(s) % 12, s.minute or 0)
        if (_hour24(s), s.minute or 0) in self.times:
            return True
        return loose in self.open_times or (s.pm is None and loose in self.loose_times)


def compare(pairs: Sequence[Span], src: Sequence[Mention], tgt: Sequence[Mention], target_text: str,
            target_numbers: frozenset[int] = frozenset()) -> Outcome:
    """``target_numbers``: integers the target writes as plain numbers; a
    day-only source date whose number is among them was most likely a
    duration (14日隔离: "14 days of isolation")."""
    if not src:  # nothing to find changed or missing (most segments): the passes below would find nothing
        return Outcome([], [])
    s_groups = group(src, [(p.src_start, p.src_end) for p in pairs])
    t_groups = group(tgt, [(p.tgt_start, p.tgt_end) for p in pairs])
    s_used: set[int] = set()
    t_used: set[int] = set()
    for s_idx, t_idx in [*zip(s_groups, t_groups), (range(len(src)), range(len(tgt)))]:
        pair_equal(s_idx, t_idx, lambda i: _key(src[i]), lambda j: _key(tgt[j]), s_used, t_used)
        left_s = [i for i in s_idx if i not in s_used]
        left_t = [j for j in t_idx if j not in t_used]
        if len(left_s) * len(left_t) > MAX_PAIRS:
            continue
        for i in left_s:
            for j in left_t:
                if j not in t_used and agree(src[i], tgt[j]):
                    s_used.add(i)
                    t_used.add(j)
                    break
    said = _Said(tgt)
    changed: list[tuple[Mention, Mention]] = []
    missing: list[Mention] = []
    for p, s_idx, t_idx in zip(pairs, s_groups, t_groups):
        open_t = deque(tgt[j] for j in t_idx if j not in t_used)
        relative: bool | None = None  # searched for only when a day-only date needs it
        for i in s_idx:
            s = src[i]
            if i in s_used or _day_boundary(s):
                continue
            # an unmatched target date beside it is the changed one, even if
            # the same date is said right elsewhere (a dateline and the text)
            t = open_t[0] if open_t and len(open_t) > MAX_PAIRS // 100 else next(
                (t for t in open_t if t.kind == s.kind and _comparable(s, t)), None)
            if t is not None and t.kind == s.kind and _comparable(s, t):
                open_t.remove(t) if len(open_t) <= MAX_PAIRS // 100 else open_t.popleft()
                changed.append((s, t))
                continue
            if said.agrees(s):
                continue
            if s.kind == DATE and s.month is None:
                if relative is None:
                    relative = RELATIVE_DAY.search(target_text, p.tgt_start, p.tgt_end) is not None
                if relative or s.day in target_numbers:
                    continue
            missing.append(s)
    return Outcome(changed, missing)


def _comparable(s: Mention, t: Mention) -> bool:
    """Could ``t`` be a wrong rendering of ``s``? (same parts given)"""
    if s.kind != DATE:
        return True
    return bool(s.day) == bool(t.day) or bool(s.month and t.month)
