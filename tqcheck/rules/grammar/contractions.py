"""Possessives confused with contractions: its/it's, their/there/they're,
your/you're, whose/who's.

Each rule fires only where the next word leaves no doubt: a possessive
cannot stand before an article or ``been`` (``its a``, ``whose been``), a
contraction cannot stand before ``own`` (``it's own``), and ``their``
cannot be followed by ``is``/``are``.
"""

from __future__ import annotations

from ...rule import bad, good, match_case, triggered
from ._context import CATEGORY, END, EN, SP, norm, previous

_APOS = "['’]"


def _fix(word: str):
    def suggest(m):
        found = m.group(1)
        repl = word.replace("'", "’") if "’" in m.group(0) or "’" in found else word
        return (match_case(repl, found),)

    return suggest


ITS_IT_IS = triggered(
    "grammar.contractions.its-it-is",
    ["its"],
    rf"(its){SP}(?:(?:a|an|the|been|not|also|because|never|getting|becoming|gonna|okay|OK|where|what|why|how|"
    rf"that|his|her|my|our|their|your|had|has)(?![\w'’-])|going{SP}to{END}"
    rf"|(?:too|so){SP}[^\W\d_]++(?![\w'’-])(?=\s*+[.,;:!?]|{SP}(?:to|for|and|but|that){END})"
    rf"|(?:hard|difficult|easy|important|possible|impossible|better|best|clear|likely|unlikely|necessary|"
    rf"worth|true|obvious|good|bad|nice|great|fine|essential|vital|crucial|wrong|right|natural|normal)"
    rf"{SP}(?:to|that){END})",
    group=1,
    suggest=_fix("it's"),
    category=CATEGORY,
    severity="major",
    langs=EN,
    message="“its” is possessive; here you mean “it's” (it is / it has).",
    description="“its” where “it's” is meant: before an article, not, been, going to, a "
    "possessive, or an adjective with to/that (its hard to say).",
    examples=[
        bad("The EU says ⟦its⟧ a reliable partner.", "it's"),
        bad("⟦Its⟧ been a long year.", "It's"),
        bad("⟦Its⟧ not clear.", "It's"),
        bad("⟦Its⟧ hard to explain.", "It's"),
        bad("Sorry, but ⟦its⟧ too late.", "it's"),
        bad("Yes, ⟦its⟧ that simple.", "it's"),
        good("The EU and its partners; its own security; its true value; its always-on service."),
        good("It may lead to its going out of business; its hard shell; it cut its time to market."),
        good("Its so-called allies and its too-high costs; its good intentions; its too short shirt."),
        good("It's a reliable partner and it's been a year."),
    ],
)

_PREPOSITIONS = frozenset("of with in on by from into through under over about at for within "
                          "without across during despite amid alongside above below beside behind "
                          "beyond toward towards among upon against along around via to all".split())


def _after_preposition(m, unit):
    doc = unit.target
    prev, between = previous(doc, m.start())
    nxt = m.group(2).lower()
    return prev in _PREPOSITIONS and between == " " and not nxt.endswith("ing") and nxt not in (
        "a", "an", "the", "not", "been", "also", "all", "just", "only", "still", "very", "so", "too", "what")


IT_IS_ITS = triggered(
    "grammar.contractions.it-is-its",
    ["it's"],
    rf"(it{_APOS}s){SP}([^\W\d_][\w]*+)(?![\w'’-])",
    group=1,
    when=_after_preposition,
    suggest=lambda m: (match_case("its", m.group(1)),),
    category=CATEGORY,
    severity="major",
    langs=EN,
    message="“it's” means “it is”; the possessive is “its”.",
    description="“it's” used as a possessive after a preposition (one of it's members).",
    examples=[
        bad("Japan is one of ⟦it's⟧ partners.", "its"),
        bad("They met in ⟦it’s⟧ capital.", "its"),
        bad("Due to ⟦it's⟧ nature, a cat cannot fly.", "its"),
        bad("For all ⟦it's⟧ flaws, it works.", "its"),
        good("It's a partner, it's clear. Because of it's raining hard."),
        good("The EU and its own security; with it's a different story."),
    ],
)

THEIR_THERE = triggered(
    "grammar.contractions.their-there",
    ["their"],
    rf"(their){SP}(?:is|are|was|were|isn{_APOS}t|aren{_APOS}t|wasn{_APOS}t|weren{_APOS}t)(?![\w'’-])",
    group=1,
    suggest=lambda m: (match_case("there", m.group(1)),),
    category=CATEGORY,
    severity="major",
    langs=EN,
    message="“their” is possessive; before “is/are” you mean “there”.",
    description="“their” where “there” is meant (their are many reasons).",
    examples=[
        bad("⟦Their⟧ are many reasons for concern.", "There"),
        bad("He said ⟦their⟧ was no agreement.", "there"),
        good("Their concerns are legitimate; there are reasons; their island was seized."),
    ],
)

OWN = triggered(
    "grammar.contractions.own",
    ["there", "they're", "you're", "it's"],
    rf"(there|they{_APOS}re|you{_APOS}re|it{_APOS}s){SP}own(?![\w'’-])",
    group=1,
    suggest=lambda m: (match_case({"there": "their", "they're": "their", "you're": "your",
                                   "it's": "its"}[norm(m.group(1))], m.group(1)),),
    category=CATEGORY,
    severity="major",
    langs=EN,
    message="Before “own” use the possessive “{fix}”.",
    description="A contraction or “there” before own (there own, they're own, you're own).",
    examples=[
        bad("They have ⟦there⟧ own policies.", "their"),
        bad("They have ⟦they're⟧ own policies.", "their"),
        bad("Make ⟦you're⟧ own choice.", "your"),
        bad("The EU and ⟦it's⟧ own security.", "its"),
        good("They have their own policies; over there, owned by them; your own choice."),
    ],
)

YOUR_YOU_ARE = triggered(
    "grammar.contractions.your-you-are",
    ["your"],
    rf"(your){SP}(?:a|an|the|welcome|not|going{SP}to|gonna)(?![\w'’-])",
    group=1,
    suggest=_fix("you're"),
    category=CATEGORY,
    severity="major",
    langs=EN,
    message="“your” is possessive; here you mean “you're” (you are).",
    description="“your” where “you're” is meant (your welcome, your not, your a).",
    examples=[
        bad("If ⟦your⟧ not worried, you should be.", "you're"),
        bad("⟦Your⟧ welcome to join.", "You're"),
        good("Your concerns are welcome; you're not alone; your going-away party."),
        good("It's no good your being angry; your going abroad surprised me."),
    ],
)

WHOSE_WHO_IS = triggered(
    "grammar.contractions.whose-who-is",
    ["whose"],
    rf"(whose){SP}(?:a|an|the|been|going|not|gonna)(?![\w'’-])",
    group=1,
    suggest=_fix("who's"),
    category=CATEGORY,
    severity="major",
    langs=EN,
    message="“whose” is possessive; here you mean “who's” (who is / who has).",
    description="“whose” where “who's” is meant (whose been, whose going).",
    examples=[
        bad("Nobody knows ⟦whose⟧ going to lead.", "who's"),
        bad("The minister, ⟦whose⟧ been in office a year, spoke.", "who's"),
        good("The minister, whose term ended, spoke; who's going to lead?"),
    ],
)

RULES = (IT_IS_ITS, ITS_IT_IS, OWN, THEIR_THERE, WHOSE_WHO_IS, YOUR_YOU_ARE)
