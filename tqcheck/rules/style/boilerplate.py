"""Translated platform boilerplate: disclaimers and labels such as
``Statement:`` or ``Responsible editor:`` (``data/boilerplate.tsv``,
``data/labels.tsv``)."""

from __future__ import annotations

import re

from ...rule import bad, good, match_case, pattern, phrases
from ...scan import places
from ._data import table

DISCLAIMER = phrases(
    "style.boilerplate.disclaimer",
    table("boilerplate"),
    category="style/awkward",
    severity="neutral",
    skip_quotations=True,
    message="Translated boilerplate; an English outlet writes “{fix}”, or drops the line.",
    description="Disclaimers and copyright notices translated word for word from a Chinese platform.",
    examples=[
        bad("Talks end today.\n\n⟦Statement: The article represents the personal views of the author⟧.",
            "Disclaimer: The views expressed in this article are the author's own"),
        bad("⟦This article is reproduced from⟧ Xinhua.", "Republished from"),
        good("Talks end today.\n\nThe views expressed in this article are the author's own."),
        good("The statement represents the views of the government."),
    ],
)

_LABELS = table("labels")
_LABEL_RX = re.compile(
    r"^[ \t]*(" + "|".join(re.escape(k).replace(r"\ ", r"[ \t]+") for k in sorted(_LABELS, key=len, reverse=True))
    + r")[ \t]*[:：]",
    re.IGNORECASE | re.MULTILINE,
)


def _label_fix(m: re.Match[str]) -> list[str]:
    found = m.group(1)
    return [match_case(r, found) for r in _LABELS[" ".join(found.split()).lower()]]


LABEL = pattern(
    "style.boilerplate.label",
    _LABEL_RX,
    group=1,
    category="style/awkward",
    severity="neutral",
    suggest=_label_fix,
    starts=lambda doc: [0, *(i + 1 for i in places(doc.text, "\n"))],  # where ^ can match
    message="“{found}:” is a translated label; English news writes “{fix}:”.",
    description="Line-opening labels translated from Chinese platforms (原文, 责任编辑…).",
    examples=[
        bad("Talks end today.\n\n⟦Original⟧: https://www.example.com/a/1", "Source"),
        bad("⟦Responsible editor⟧: Wang Li", "Editor"),
        good("Source: https://www.example.com/a/1"),
        good("The original: a draft from 2019. Her original plan failed."),
    ],
)

RULES = (DISCLAIMER, LABEL)
