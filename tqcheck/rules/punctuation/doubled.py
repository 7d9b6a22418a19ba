"""Doubled punctuation: ",," ".." ";;" "!!" "??" (an ellipsis is not doubled)."""

from __future__ import annotations

import re

from ...rule import bad, good, pattern

_MARKS = ",.;!?"


def _starts(text: str) -> list[int]:
    """Where a run of two or more of one mark starts: every match starts at
    one (inside a run the look-behinds, or the previous match, rule it out).
    One scan for all five marks: it skips to the next of them in C, where a
    ``str.find`` of each pair went over the whole text five times."""
    return list(map(_START, _RUN_OPENS.finditer(text)))


#: a pair of one mark not preceded by a third: a run's first two
_RUN_OPENS = re.compile("|".join(rf"{re.escape(m + m)}(?<!{re.escape(m * 3)})" for m in _MARKS))
_START = re.Match.start


MARK = pattern(
    "punctuation.doubled.mark",
    # ",," before a space (",,word" is a German opening quote); exactly two
    # full stops (three or more are an ellipsis, "?.." is Russian usage);
    # ";;", "!!", "??" in any number
    r",,(?<!,,,)(?!,)(?=\s|\Z)"
    r"|\.\.(?<![.?!…]\.\.)(?![./\\])"
    r"|;;;*+"
    r"|!!(?<!!!!)!*+(?!\?)"
    r"|\?\?(?<!\?\?\?)\?*+(?!!)",
    starts=lambda doc: _starts(doc.text),
    category="fluency/punctuation",
    severity="neutral",
    langs=frozenset({"en"}),
    message="“{found}” is doubled; use one mark.",
    description="The same punctuation mark twice in a row, except an ellipsis.",
    suggest=lambda m: (m.group(0)[-1],),
    examples=[
        bad("This⟦,,⟧ is a test sentence.", ","),
        bad("This is a test sentence⟦..⟧ Another sentence", "."),
        bad("Really⟦!!⟧ They did it.", "!"),
        good("This is a test sentence... More stuff.... Yes..... no."),
        good("This is a ,,test'' and see ../docs for more."),
        good("Это тестовое предложение?.. Why?! Really?!"),
    ],
)

RULES = (MARK,)
