"""Correlative conjunctions: ``neither`` pairs with ``nor`` (``neither the
teachers or the students`` -> ``nor``)."""

from __future__ import annotations

from ...rule import bad, good, match_case
from ._anchored import anchored
from ._context import CATEGORY, EN


def _neither_or(tg, got, unit) -> bool:
    """``or`` within five words after ``neither``, with nothing but words
    between (no comma, no ``nor`` already), and ``neither`` not a pronoun
    followed by ``of``."""
    doc = tg.doc
    neither, orr = got[0], got[-1]
    keys = doc.word_keys
    if neither + 1 < len(keys) and keys[neither + 1] == "of":
        return False
    return all(tg.joined(j) and keys[j] != "nor" for j in range(neither + 1, orr + 1))


NEITHER_OR = anchored(
    "grammar.conjunctions.neither-or",
    "neither <?DT|NN|NNS|JJ|VBG|VB|VBN|PRP$|NNP|CD|RB>? <?DT|NN|NNS|JJ|VBG|VB|VBN|NNP|CD>? <?NN|NNS|JJ|NNP|VBG|VB>? @or",
    triggers=["neither"],
    at=0,
    near={(2, 4): {"or"}},
    when=_neither_or,
    suggest=lambda tg, got: (match_case("nor", tg.doc.word_texts[got[-1]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="neither pairs with nor: “{fix}”.",
    description="neither … or instead of neither … nor (Neither the teachers or the students won).",
    examples=[
        bad("Neither the teachers ⟦or⟧ the students won.", "nor"),
        bad("They were neither helping ⟦or⟧ hurting the plan.", "nor"),
        good("Neither the teachers nor the students won; neither of them, or anyone else, came."),
        good("Neither side won, or so it seemed."),
    ],
)

RULES = (NEITHER_OR,)
