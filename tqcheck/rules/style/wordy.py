"""Wordy phrases and redundancies, from data tables (``data/wordy.tsv``,
``data/redundancy.tsv``)."""

from __future__ import annotations

from ...rule import bad, good, phrases
from ._data import table

PHRASE = phrases(
    "style.wordy.phrase",
    table("wordy"),
    category="style/awkward",
    severity="neutral",
    skip_quotations=True,
    message="“{phrase}” is wordy; write “{fix}”.",
    description="Wordy phrases with a shorter equivalent (a data table of pairs).",
    examples=[
        bad("The ministry acted ⟦in order to⟧ calm the market.", "to"),
        bad("⟦Due to the fact that⟧ prices rose, sales fell.", "Because"),
        bad("The committee ⟦made a decision⟧ on Monday.", "decided"),
        bad("Talks will resume ⟦in the near future⟧.", "soon"),
        good("The ministry acted to calm the market."),
        good('"We did it in order to calm the market," he said.'),
        good("Border regions in order of size: Xinjiang, Tibet."),
    ],
)

REDUNDANCY = phrases(
    "style.wordy.redundancy",
    table("redundancy"),
    category="style/awkward",
    severity="neutral",
    skip_quotations=True,
    message="“{phrase}” is redundant; “{fix}” says it.",
    description="Redundant pairs such as “end result” or “return back” (a data table).",
    examples=[
        bad("The ⟦end result⟧ was a draw.", "result"),
        bad("The delegation will ⟦return back⟧ to Beijing.", "return"),
        bad("The two sides will ⟦cooperate together⟧.", "cooperate"),
        good("The result was a draw, and the delegation returned to Beijing."),
        good("He was at the back end. The two sides cooperate closely together."),
        good('"It is the end result that counts," she said.'),
    ],
)

RULES = (PHRASE, REDUNDANCY)
