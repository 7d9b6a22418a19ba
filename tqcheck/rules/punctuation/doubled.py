"""Doubled punctuation: ",," ".." ";;" "!!" "??" (an ellipsis is not doubled)."""

from __future__ import annotations

from ...rule import bad, good, pattern

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
    category="fluency/punctuation",
    severity="minor",
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
