"""Date and time forms written the same way in every language: ISO dates
(2020-07-26) and 24-hour clock times (05:03, 05:03:17, 20: 00)."""

from __future__ import annotations

import re
from ..scan import matches_at
from .mention import DATE, TIME, Mention

# the look-aheads give the regex engine a first character to skip to (see dates.en)
ISO = re.compile(r"(?=[12])(?<![\d-])((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d-])")
CLOCK = re.compile(r"(?=\d)(?<![\d:：.])([01]?\d|2[0-4])[:：] ?([0-5]\d)(?:[:：] ?([0-5]\d))?(?![\d:：])")


def iso_dates(text: str, runs: list[int] | None = None) -> list[Mention]:
    """``runs``, if given, are the starts of the runs of digits in ``text``
    (sorted), where a date can start: its look-behind refuses a digit."""
    out = []
    for m in ISO.finditer(text) if runs is None else matches_at(ISO, text, runs):
        month, day = int(m.group(2)), int(m.group(3))
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.append(Mention(m.start(), m.end(), DATE, month, day, claimed=((m.start(2), m.end(3)),)))
    return out


def clock_times(text: str, runs: list[int] | None = None) -> list[Mention]:
    """``runs`` as for ``iso_dates``."""
    return [
        Mention(m.start(), m.end(), TIME, hour=int(m.group(1)), minute=int(m.group(2)), claimed=(m.span(),))
        for m in (CLOCK.finditer(text) if runs is None else matches_at(CLOCK, text, runs))
    ]

