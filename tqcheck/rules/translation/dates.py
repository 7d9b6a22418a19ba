"""Dates and clock times that changed or went missing in translation.

7月21日 must come out as July 21 or 21 July (either order), 上午10时30分
as 10:30 a.m. Years are compared by the number check. See
``tqcheck.dates``.
"""

from __future__ import annotations

import re

from ...scan import places
from ...rule import Finding, bad, custom, good, pattern
from ._shared import EN, REQUIRES, target_blank


def _outcome(unit):
    src = unit.source

    def compute():
        # here: a check without a source never aligns, nor reads dates
        from ...align import pairs
        from ...dates import mentions
        from ...dates.compare import Span, compare
        from ...numbers import quantities

        spans = [Span(p.src_start, p.src_end, p.tgt_start, p.tgt_end) for p in pairs(unit)]
        numbers = frozenset(int(q.value) for q in quantities(unit.target)
                            if q.value == q.value.to_integral_value() and q.value < 100)
        return compare(spans, mentions(src), mentions(unit.target), unit.target.text, numbers)

    return src.memo_with("_tqcheck_date_outcome", unit.target, compute)


def _changed(unit, options):
    if target_blank(unit):
        return
    for s, t in _outcome(unit).changed:
        yield Finding(t.start, t.end, args={"source": unit.source.text[s.start:s.end], "expected": s.describe()})


def _missing(unit, options):
    if target_blank(unit):
        return
    for s in _outcome(unit).missing:
        yield Finding(s.start, s.end, side="source", args={"expected": s.describe()})


CHANGED = custom(
    "translation.dates.changed",
    _changed,
    category="accuracy/mistranslation",
    severity="neutral",
    requires=REQUIRES,
    message="“{found}” does not match the source date or time “{source}” ({expected}).",
    description="A date or time in the translation differs from the one in the same place in the source "
    "(day and month are read in either order).",
    examples=[
        bad("The talks opened on ⟦July 12⟧.", source="会谈于7月21日开幕。"),
        bad("The talks opened on ⟦21 June⟧.", source="会谈于7月21日开幕。"),
        bad("The train leaves at ⟦11:30 a.m.⟧", source="列车上午10时30分出发。"),
        good("The talks opened on July 21.", source="会谈于7月21日开幕。"),
        good("The talks opened on 21 July 2020.", source="会谈于2020年7月21日开幕。"),
        good("The wall fell on November 13, 1989.", source="柏林墙于1989 年11 月13 日倒塌。"),
        bad("The wall fell on ⟦November 31⟧, 1989.", source="柏林墙于1989 年11 月13 日倒塌。"),
        good("The train leaves at 10:30 a.m.", source="列车上午10时30分出发。"),
        good("The meeting was held on Tuesday.", source="会议于21日举行。"),
        good("Prices rose in July.", source="7月份价格上涨。"),
        good("Three o'clock: the 3 proposals.", source="3点建议。"),
    ],
)

MISSING = custom(
    "translation.dates.missing",
    _missing,
    category="accuracy/omission",
    severity="neutral",
    requires=REQUIRES,
    message="The source date or time “{found}” ({expected}) is not in the translation.",
    description="A date or time of the source has no counterpart anywhere in the translation.",
    examples=[
        bad("The talks opened in Beijing.", source="会谈于⟦7月21日⟧在北京开幕。"),
        bad("The talks opened in Beijing.", source="会谈于⟦11 月13 日⟧在北京开幕。"),
        good("The talks opened in Beijing on July 21.", source="会谈于7月21日在北京开幕。"),
        good("The talks opened in Beijing on the 21st.", source="会谈21日在北京开幕。"),
        good("The talks opened in Beijing yesterday.", source="会谈21日在北京开幕。"),
    ],
)

_NUMERIC = re.compile(r"(?<![\d/.])(0?[1-9]|1[0-2])/(0?[1-9]|1[0-2])/((?:19|20)\d{2})(?![\d/])")


def _numeric_starts(doc) -> list[int]:
    # a numeric date has a "/" one or two characters after its start: try the
    # pattern there only (str.find outruns a scan that opens with a look-behind)
    return sorted({p for i in places(doc.text, "/") for p in (i - 2, i - 1) if p >= 0})


def _numeric_ok(m: re.Match[str], unit) -> bool:
    return m.group(1).lstrip("0") != m.group(2).lstrip("0")


NUMERIC = pattern(
    "translation.dates.numeric",
    _NUMERIC,
    starts=_numeric_starts,
    category="locale/date",
    severity="neutral",
    langs=EN,
    when=_numeric_ok,
    message="“{found}” reads as different dates in the US and in Britain; write the month as a word.",
    description="An all-numeric date whose day and month are both 12 or less, read month-first in the US "
    "and day-first elsewhere.",
    examples=[
        bad("The law takes effect on ⟦7/12/2021⟧."),
        good("The law takes effect on July 12, 2021."),
        good("The law takes effect on 7/21/2021."),
        good("The law takes effect on 5/5/2021."),
    ],
)

RULES = (CHANGED, MISSING, NUMERIC)
