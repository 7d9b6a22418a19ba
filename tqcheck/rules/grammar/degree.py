"""Comparatives and superlatives in the wrong place, read off the tagged
token layer: a superlative before ``than`` (``worst than``), after ``even``
(``even worst``), and a comparative doubled after ``a more``/``a most``."""

from __future__ import annotations

from ...rule import bad, good, match_case
from ._anchored import anchored
from ._context import CATEGORY, EN

#: superlative -> comparative where the pair is irregular or common
_COMPARATIVE_OF = {"best": "better", "worst": "worse", "most": "more", "least": "less", "furthest": "further",
                   "farthest": "farther"}


def _comparative(word: str) -> str:
    got = _COMPARATIVE_OF.get(word.lower())
    if got is not None:
        return got
    return word[:-3] + "er" if word.lower().endswith("est") else word


def _is_superlative(tg, i) -> bool:
    key = tg.doc.word_keys[i]
    if key in ("best", "worst"):
        return tg.tag(i) != "NN"  # "his best": a noun
    return ("JJS" in tg.tags(i) and tg.tags(i) <= {"JJS", "RBS"} and key.endswith("est"))


SUPERLATIVE_THAN = anchored(
    "grammar.degree.superlative-than",
    "@<?JJS|RBS> than",
    triggers=["than"],
    at=1,
    pre=lambda doc, i: i > 0 and (doc.word_keys[i - 1].endswith("est") or doc.word_keys[i - 1] in ("best",
                                                                                                    "worst")),
    when=lambda tg, got, unit: _is_superlative(tg, got[0]),
    suggest=lambda tg, got: (match_case(_comparative(tg.doc.word_keys[got[0]]), tg.doc.word_texts[got[0]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="Before than use the comparative: “{fix}”.",
    description="A superlative before than (That's worst than before; the biggest than ever).",
    examples=[
        bad("That's ⟦worst⟧ than before!", "worse"),
        bad("It was ⟦biggest⟧ than expected.", "bigger"),
        good("That's worse than before; no less than; the best, rather than the cheapest."),
        good("He did his best, more than anyone; the interest than accrued."),
    ],
)

def _after_even(tg, got, unit) -> bool:
    even = got[0]
    # "the even greatest": even is an adjective there, after a determiner
    return _is_superlative(tg, got[1]) and not (even > 0 and tg.joined(even) and tg.tag(even - 1) in (
        "DT", "PRP$", "POS"))


EVEN_SUPERLATIVE = anchored(
    "grammar.degree.even-superlative",
    "even @<?JJS|RBS>",
    triggers=["even"],
    at=0,
    pre=lambda doc, i: i + 1 < len(doc.word_keys) and (doc.word_keys[i + 1].endswith("est")
                                                       or doc.word_keys[i + 1] in ("best", "worst")),
    when=_after_even,
    suggest=lambda tg, got: (match_case(_comparative(tg.doc.word_keys[got[1]]), tg.doc.word_texts[got[1]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="even intensifies a comparative: “even {fix}”.",
    description="even before a superlative (he was even worst; even nicest) instead of a comparative.",
    examples=[
        bad("He was even ⟦worst⟧.", "worse"),
        bad("He was even ⟦nicest⟧ after a year.", "nicer"),
        good("He was even worse; even the best; the even greatest? their even largest."),
        good("Even the best players lose; it was even better."),
    ],
)

def _as_than(tg, got, unit) -> bool:
    adj = got[1]
    tags = tg.tags(adj)
    return tg.tag(adj) in ("JJ", "RB") and not tags & {"JJR", "RBR", "NN", "NNS", "VB", "VBD", "VBN"}


AS_THAN = anchored(
    "grammar.degree.as-than",
    "as <?JJ|RB> @than",
    triggers=["than"],
    at=2,
    pre=lambda doc, i: i > 1 and doc.word_keys[i - 2] == "as",
    when=_as_than,
    suggest=lambda tg, got: (match_case("as", tg.doc.word_texts[got[-1]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="as … as, not as … than: “{fix}”.",
    description="as + an adjective followed by than (as big than mine) instead of as … as.",
    examples=[
        bad("This house is as big ⟦than⟧ mine.", "as"),
        good("This house is as big as mine; it is bigger than mine; seen as better than before."),
    ],
)

SAME_THAN = anchored(
    "grammar.degree.same-than",
    "the same <NN>? @than|like",
    triggers=["than", "like"],
    at=3,
    near={(-2, -1): {"same"}},
    suggest=lambda tg, got: (match_case("as", tg.doc.word_texts[got[-1]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="the same … as: “{fix}”.",
    description="the same followed by than or like (the same thing than his; the same like his) instead "
    "of as.",
    examples=[
        bad("This is not the same thing ⟦than⟧ his.", "as"),
        bad("Your idea is the same ⟦like⟧ his.", "as"),
        good("This is the same thing as his; the same, like his; it looks the same as before."),
    ],
)


def _double_after_article(tg, got, unit) -> bool:
    adj = got[-1]
    tags = tg.tags(adj)
    return "JJR" in tags and tags <= {"JJR", "RBR"} and tg.doc.word_keys[adj].endswith("er") \
        or tg.doc.word_keys[adj] in ("better", "worse")


ARTICLE_DOUBLE = anchored(
    "grammar.degree.article-double",
    "a|an @more|most <?JJR>",
    triggers=["more", "most"],
    at=1,
    pre=lambda doc, i: i > 0 and doc.word_keys[i - 1] in ("a", "an") and i + 1 < len(doc.word_keys),
    when=_double_after_article,
    suggest=lambda tg, got: ("",),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="Double comparison: the adjective is already comparative.",
    description="a more/most before a comparative (a more older city), where more cannot count people "
    "as in more older people.",
    examples=[
        bad("Kyoto is a ⟦more⟧ older city.", ""),
        bad("Kyoto is a ⟦most⟧ older city.", ""),
        good("Kyoto is an older city; more older people; a more open city; a most unusual case."),
    ],
)

RULES = (ARTICLE_DOUBLE, AS_THAN, EVEN_SUPERLATIVE, SAME_THAN, SUPERLATIVE_THAN)
