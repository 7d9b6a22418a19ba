"""Month names with a date written both abbreviated and in full: ``Oct. 12``
beside ``October 20``."""

from __future__ import annotations

import re

from ...rule import bad, custom, good
from ...text.patterns import trie_pattern
from ._vote import Occurrence, minority

# March to July have no news abbreviation, so they say nothing about style.
_FULL = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.", "October": "Oct.",
         "November": "Nov.", "December": "Dec."}
_ABBR = {"Jan": "January", "Feb": "February", "Aug": "August", "Sep": "September", "Sept": "September",
         "Oct": "October", "Nov": "November", "Dec": "December"}
# A month written in full or abbreviated with a full stop, before a day.
# The pattern opens on the month's capital (re skips to it in C), with the
# look-behind for the word's edge after it.
_DATE = re.compile("(?:" + trie_pattern([*_FULL, *(a + "." for a in _ABBR)], r"(?<![\w'’-][\s\S])")
                   + r")(?=[ \u00a0]\d{1,2}\b)")


def _occurrences(unit):
    doc = unit.target
    for m in _DATE.finditer(doc.text):
        if doc.in_quotation(m.start(), m.end()):
            continue
        form = "abbreviated" if m.group(0).endswith(".") else "full"
        yield Occurrence(m.start(), m.end(), "month", form, m.group(0))


def _fix(occ: Occurrence, choice: Occurrence) -> str:
    word = occ.shown.rstrip(".")
    return _FULL[word] if choice.form == "abbreviated" else _ABBR[word]


MONTHS = custom(
    "consistency.dates",
    lambda unit, options: minority(unit, _occurrences(unit), fix=_fix),
    category="fluency/inconsistency",
    severity="neutral",
    message="“{found}” here, but other dates abbreviate the month differently (like “{majority}”); "
    "write dates one way.",
    description="Months with a day written both abbreviated and in full in one document (Oct. 12/October 20).",
    examples=[
        bad("Talks began Oct. 12 and ended Nov. 3; the vote was on ⟦October⟧ 20.", "Oct."),
        bad("Talks began on Oct. 12 and ended ⟦November⟧ 3.", "Nov."),
        good("Talks began Oct. 12 and ended Nov. 3, in October; the report came out May 20."),
        good("Talks began October 12 and ended November 3."),
    ],
)

RULES = (MONTHS,)
