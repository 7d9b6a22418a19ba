"""Fixed phrases with a slip in them, as tables (one scan shared with every
``phrases`` rule): a preposition the verb does not take (``discuss about``,
``regarding to``) and ``extremely`` before an adjective English has a
stronger word for (``extremely tired`` -> ``exhausted``)."""

from __future__ import annotations

from ...rule import bad, good, phrases, triggered
from ._context import CATEGORY, EN

#: a verb or preposition followed by a word it does not take
_REDUNDANT = {
    "regarding to": "regarding",
    "discuss about": "discuss",
    "discusses about": "discusses",
    "discussed about": "discussed",
    "discussing about": "discussing",
    "despite of": "despite",
    "superior than": "superior to",
    "inferior than": "inferior to",
    "accustomed of": "accustomed to",
    "emphasize on": "emphasize",
    "emphasized on": "emphasized",
    "emphasizes on": "emphasizes",
    "comprises of": "comprises",
    "comprise of": "comprise",
    "beware about": "beware of",
    "beware with": "beware of",
}

REDUNDANT = phrases(
    "grammar.phrasing.preposition",
    _REDUNDANT,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{phrase}” is not idiomatic: “{fix}”.",
    description="A verb or preposition with a word it does not take (discuss about, regarding to, "
    "despite of, can able to, superior than).",
    examples=[
        bad("Do you have time to ⟦discuss about⟧ this project?", "discuss"),
        bad("The action ⟦regarding to⟧ the decision was wrong.", "regarding"),
        bad("He kept running ⟦despite of⟧ the pain.", "despite"),
        bad("This product is ⟦superior than⟧ the competition.", "superior to"),
        good("We discussed the project; with regard to the decision; despite the pain."),
        good("It is superior to the old one; he talked about the plan; in spite of the rain."),
        good("The team comprises five members; it consists of five members."),
    ],
)

#: "extremely X" where English has one stronger adjective
_EXTREME = {
    "extremely angry": "furious",
    "extremely bad": ("awful", "terrible"),
    "extremely big": ("huge", "enormous"),
    "extremely large": ("huge", "enormous"),
    "extremely clean": "spotless",
    "extremely cold": "freezing",
    "extremely crowded": "packed",
    "extremely dirty": "filthy",
    "extremely hot": "boiling",
    "extremely hungry": "starving",
    "extremely old": "ancient",
    "extremely pretty": "gorgeous",
    "extremely beautiful": ("stunning", "gorgeous"),
    "extremely small": "tiny",
    "extremely surprising": "astounding",
    "extremely surprised": "astonished",
    "extremely tired": "exhausted",
    "extremely ugly": "hideous",
    "extremely funny": "hilarious",
    "extremely scared": "terrified",
    "extremely afraid": "terrified",
    "extremely smart": "brilliant",
    "extremely tasty": "delicious",
    "extremely happy": "overjoyed",
    "extremely wet": "soaked",
    "extremely interesting": "fascinating",
    "extremely good": "excellent",
    "extremely excited": "thrilled",
    "extremely sad": "devastated",
    "extremely clever": "brilliant",
    "extremely bright": "dazzling",
    "extremely loud": "deafening",
    "extremely frightened": "terrified",
}

EXTREME = phrases(
    "grammar.phrasing.extreme-adjective",
    _EXTREME,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{phrase}”: English has a stronger word for this, “{fix}”.",
    description="extremely before a plain adjective that has a strong counterpart (extremely tired -> "
    "exhausted, extremely small -> tiny); advice, not an error.",
    examples=[
        bad("After the march they were ⟦extremely tired⟧.", "exhausted"),
        bad("The flat is ⟦extremely small⟧.", "tiny"),
        good("They were exhausted; the flat is tiny; it is extremely important."),
        good("The task is extremely difficult; extremely high temperatures."),
    ],
)

#: set phrases with a word wrong in them
_FIXED = {
    "can able to": "can",
    "could able to": "could",
    "very thanks": "many thanks",
    "if or not": "whether or not",
    "let's don't": "let's not",
    "let’s don't": "let’s not",
    "first come, first serve": "first come, first served",
    "worse came to worse": "worst came to worst",
    "on first glance": "at first glance",
    "the reason is because": "the reason is that",
    "two dozens of": "two dozen",
    "three dozens of": "three dozen",
}

FIXED = phrases(
    "grammar.phrasing.fixed",
    _FIXED,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{phrase}” is not the set phrase: “{fix}”.",
    description="A set phrase with a word wrong in it (can able to, if or not, let's don't, first come, first "
    "serve, the reason is because).",
    examples=[
        bad("So you ⟦can able to⟧ download more apps.", "can"),
        bad("⟦Let's don't⟧ go there.", "Let's not"),
        bad("It is unclear ⟦if or not⟧ this is true.", "whether or not"),
        good("So you can download more apps; let's not go there; whether or not this is true."),
        good("First come, first served; at first glance; the reason is that it rained."),
    ],
)

#: "comprise" means "consist of" (the whole comprises its parts); "comprised of" is the usage careful
#: editors and LanguageTool's TYPOS rules correct, whatever word stands before it ("is", "area", "which"),
#: with or without an adverb ("comprised mostly of"): one pattern instead of a phrase per neighbour
COMPRISED_OF = triggered(
    "grammar.phrasing.comprised-of",
    ["comprised", "comprising"],
    r"(comprised|comprising)[ \t\u00a0]++(?:[a-z]+ly[ \t\u00a0]++)?of(?![\w'’-])",
    suggest=lambda m: ("composed of", "consisting of") if m.group(1).lower() == "comprised" else ("comprising",),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: comprise means “consist of”; write “composed of” or “consisting of”.",
    description="comprised of, comprising of, with or without an adverb (is comprised mostly of): comprise already "
    "means consist of; careful usage writes composed of, consists of, or comprises.",
    examples=[
        bad("The government is ⟦comprised of⟧ idiots.", "composed of"),
        bad("It was entirely ⟦comprised of⟧ people.", "composed of"),
        bad("The lawsuit was ⟦comprised primarily of⟧ false accusations.", "composed of"),
        bad("A team ⟦comprising of⟧ ten experts.", "comprising"),
        good("The team comprises five members, consists of five members, and is composed of five members."),
        good("A team comprising ten experts; the five members it comprised; comprised, of course, of rules."),
    ],
)

RULES = (COMPRISED_OF, EXTREME, FIXED, REDUNDANT)
