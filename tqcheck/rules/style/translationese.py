"""Phrases that read as translated from Chinese (``data/translationese.tsv``)."""

from __future__ import annotations

from ...rule import bad, good, phrases
from ._data import table

TRANSLATIONESE = phrases(
    "style.translationese",
    table("translationese"),
    category="style/awkward",
    severity="neutral",
    skip_quotations=True,
    message="“{phrase}” reads as translated; news English says “{fix}”.",
    description="Calques of Chinese set phrases (发挥, 作出贡献, 有关部门…) with the natural English.",
    examples=[
        bad("We must ⟦give full play to⟧ the market.", "make full use of"),
        bad("The firm has ⟦made great contributions to⟧ the city.", "contributed greatly to"),
        bad("⟦The relevant departments⟧ will investigate.", "The authorities"),
        bad("The two countries ⟦carried out cooperation⟧ in energy.", "cooperated"),
        good("The authorities will investigate; the firm contributed to the city."),
        good("She played a full part; the full play was staged in June."),
        good('"We will give full play to the market," the premier said.'),
    ],
)

RULES = (TRANSLATIONESE,)
