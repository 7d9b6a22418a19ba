"""Double comparatives and superlatives: ``more better``, ``most biggest``."""

from __future__ import annotations

from ...rule import bad, good, triggered
from ._context import CATEGORY, EN, SP

_COMPARATIVE = (
    "better worse bigger larger smaller greater higher lower faster slower stronger weaker longer "
    "shorter older younger cheaper easier harder richer poorer wider deeper heavier lighter safer "
    "nearer newer quicker simpler happier busier healthier tougher wealthier broader brighter "
    "darker louder cleaner clearer smarter tighter warmer colder hotter cooler"
).split()
_SUPERLATIVE = ["best", "worst", *(w[:-2] + "est" for w in _COMPARATIVE[2:])]
#: "more younger people" is a number of younger people: a comparative after
#: "more" is doubled only where no noun follows it
_NO_NOUN = r"(?=\s*+(?:[.,;:!?)\"”]|$)|[ \t\u00a0]++(?:than|and|or|but|to|for|in|at|on|with|now|today|if|when|because|as)(?![\w'’-]))"


def _alt(words) -> str:
    # longest first; ties in a fixed order, so the pattern (and its entry in the
    # compiled-pattern cache, tqcheck.regex_cache) is the same in every process
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


DOUBLE = triggered(
    "grammar.comparatives.double",
    ["more", "most", "less", "least"],
    rf"(?:more|less){SP}(?:{_alt(_COMPARATIVE)})(?![\w'’-]){_NO_NOUN}|(?:most|least){SP}(?:{_alt(_SUPERLATIVE)})(?![\w'’-])",
    suggest=lambda m: (m.group(0).split()[-1],),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="Double comparison: write “{fix}” alone.",
    description="more/most before a form that is already comparative or superlative (more "
    "better, most biggest); “more younger people” (a number of people) is left alone.",
    examples=[
        bad("Relations are ⟦more better⟧ than before.", "better"),
        bad("It is the ⟦most biggest⟧ summit.", "biggest"),
        bad("Tariffs made things ⟦more worse⟧.", "worse"),
        good("Relations are better; it is the biggest summit; more broadly, most important."),
        good("more older-style weapons and the most well-known case"),
        good("More younger people and more smaller firms are moving."),
    ],
)

RULES = (DOUBLE,)
