"""A date or clock time found in a text."""

from __future__ import annotations

from typing import NamedTuple

DATE, TIME = "date", "time"


class Mention(NamedTuple):
    """``month``/``day`` for dates, ``hour``/``minute`` for times; parts the
    text does not give are None. ``claimed`` are the spans of the month,
    day and clock digits, which the number check must not read again
    (years stay numbers: 2020年 and 2020 compare as numbers).
    ``pm`` is None when the text does not say morning or afternoon."""

    start: int
    end: int
    kind: str
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    pm: bool | None = None
    claimed: tuple[tuple[int, int], ...] = ()

    def describe(self) -> str:
        if self.kind == TIME:
            return f"{self.hour}:{self.minute or 0:02d}"
        if self.month and self.day:
            return f"{MONTH_NAMES[self.month - 1]} {self.day}"
        if self.month:
            return MONTH_NAMES[self.month - 1]
        return f"day {self.day}"


MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


class Taken:
    """Spans already read, sorted and not overlapping: ``free`` and ``add``
    in O(log n), so a text full of dates is read in linear time."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        from bisect import bisect_left

        i = bisect_left(self.starts, end)  # spans starting before ``end``
        return i == 0 or self.ends[i - 1] <= start

    def add(self, start: int, end: int) -> None:
        from bisect import bisect_left

        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
