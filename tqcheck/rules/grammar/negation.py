"""Double negatives: ``didn't notice nothing``, ``nobody told me nothing``."""

from __future__ import annotations

from ...rule import bad, good, match_case, tagged
from ._context import CATEGORY, EN

_NEGATED = ("didn't", "don't", "doesn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "isn't",
            "aren't", "wasn't", "weren't", "haven't", "hasn't", "cannot", "nobody", "never")
_ANY = {"nothing": "anything", "nobody": "anybody", "nowhere": "anywhere", "none": "any", "no one": "anyone"}


def _fix(tg, got):
    i = got[-1]
    found = tg.doc.word_texts[i]
    return (match_case(_ANY[tg.doc.word_keys[i]], found),)


def _object(tg, got, unit) -> bool:
    """``nothing`` is an object, not the subject of a clause of its own
    (``I can't believe nobody came``)."""
    j = got[-1] + 1
    return not (j < len(tg) and tg.joined(j) and tg.tags(j) & {"VBD", "VBZ", "VBP", "MD"}
                and tg.tags(j) <= {"VBD", "VBZ", "VBP", "MD", "VBN", "VB"})


DOUBLE = tagged(
    "grammar.negation.double",
    f"{'|'.join(_NEGATED)} <RB>? <VB|VBP|VBD|VBN|VBG> <PRP|DT>? @nothing|nobody|nowhere",
    triggers=_NEGATED,
    when=_object,
    suggest=_fix,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="Two negatives cancel out in standard English: use “{fix}”.",
    description="A negated verb followed by nothing/nobody/nowhere (I didn't notice nothing; nobody "
    "told me nothing).",
    examples=[
        bad("I didn't notice ⟦nothing⟧ wrong.", "anything"),
        bad("Nobody told me ⟦nothing⟧.", "anything"),
        good("I didn't notice anything; nothing was said; he didn't say, nothing happened."),
        good("It was not for nothing; they didn't come for nothing."),
        good("I can't believe nobody came to your party."),
    ],
)

RULES = (DOUBLE,)
