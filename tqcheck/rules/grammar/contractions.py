"""Possessives confused with contractions: its/it's, their/there/they're,
your/you're, whose/who's.

Each rule fires only where the next word leaves no doubt: a possessive
cannot stand before an article or ``been`` (``its a``, ``whose been``), a
contraction cannot stand before ``own`` (``it's own``), and ``their``
cannot be followed by ``is``/``are``.
"""

from __future__ import annotations

from ...rule import bad, good, match_case, triggered
from ...lexicon.dictionary import is_word
from ...lexicon.verbs import PAST_TO_BASE, THIRD_TO_BASE, VERBS
from ._context import CATEGORY, END, EN, SP, adjacent, norm, previous

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
    rf"{SP}(?:to|that){END}"
    # "its better for him to go": an adjective, for, then the one it is good or bad for
    rf"|(?:better|easier|harder|important|necessary|possible|impossible|difficult|easy|good|bad|essential|"
    rf"vital|crucial|unlikely|likely|safer|cheaper|hard){SP}for{SP}(?:him|her|them|us|me|you|everyone|"
    rf"everybody|people|children|someone|anyone){END})",
    group=1,
    suggest=_fix("it's"),
    category=CATEGORY,
    severity="neutral",
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
        bad("⟦Its⟧ better for him to go out.", "It's"),
        good("The EU and its partners; its own security; its true value; its always-on service."),
        good("It may lead to its going out of business; its hard shell; it cut its time to market."),
        good("Its so-called allies and its too-high costs; its good intentions; its too short shirt."),
        good("The team did its best for them; its easy-for-you plan; its better for."),
        good("It's a reliable partner and it's been a year."),
    ],
)

_PREPOSITIONS = frozenset("of with in on by from into through under over about at for within "
                          "without across during despite amid alongside above below beside behind "
                          "beyond toward towards among upon against along around via to".split())
#: "for all it's flaws", but "above all it's", "after all it's", "first of all it's"
_ALL_AFTER = frozenset("for from by with into through despite".split())
_NOT_NOUN = frozenset(
    "a an the not been also all just only still very so too what like worth about called done gone "
    "made said known seen taken given going coming getting being become more less most enough quite "
    "really always never often here there now then this that these those his her my our your their "
    "its one no nothing something anything everything up out off down over back time".split()
)
#: -s words that are no possessed plural: "it's always", "it's times like these", "it's years away"
_NOT_PLURAL = frozenset(
    "always sometimes perhaps nevertheless nonetheless towards afterwards backwards besides thanks "
    "news times yours ours theirs hers means series species politics economics physics odds "
    "hours days weeks months years minutes seconds miles kilometres kilometers decades centuries "
    "ages millions billions thousands hundreds dozens tens lots tons loads plus whereas "
    "various previous obvious serious nervous anxious famous curious dangerous".split()
)
_NOT_PLURAL_END = ("ss", "us", "is", "ous", "ics", "ness", "less", "ways", "wards", "wise")
#: "it's door is small": a noun's own verb (modals left out: "it's true must ..." is another slip)
_VERB_NEXT = frozenset("is was are were has had isn't wasn't hasn't".split())
_CLEFT = frozenset("who whom that which".split())
#: "I think it's lies.": after these "it's" opens a clause whose predicate may be a plural
_SAY = frozenset("think thinks thought say says said believe believes believed know knows knew hope "
                 "guess suppose claim claims claimed admit admits admitted argue argues argued sure "
                 "insist insists insisted feel feels felt".split())
_WH = frozenset("what whatever how however where wherever who whom whoever which whichever when whether if "
                 "that because".split())


def _after_preposition(m, unit):
    doc = unit.target
    prev, between = previous(doc, m.start())
    nxt = m.group(2).lower()
    if between != " " or nxt.endswith("ing") or nxt in _NOT_NOUN:
        return False
    if prev == "all":
        return adjacent(doc, m.start(), 2) in _ALL_AFTER
    return prev in _PREPOSITIONS


def _plural_noun(word: str) -> bool:
    """``eyes``, ``benefits``, ``clauses``: a plural whose singular is a word."""
    if not word.islower() or len(word) < 4 or word in _NOT_PLURAL or word.endswith(_NOT_PLURAL_END):
        return False
    if not word.endswith("s") or word in THIRD_TO_BASE:
        return False  # "it's comes" is no possessive slip: leave -s verbs alone
    stems = [word[:-3] + "y"] if word.endswith("ies") else []
    stems += [word[:-2], word[:-1]] if word.endswith("es") else [word[:-1]]
    return any(len(s) >= 3 and is_word(s) for s in stems)


def _possessed_noun(m, unit):
    """``it's`` before a noun that cannot follow "it is": a plural noun
    (``it's benefits``) or a noun with its own verb (``it's door is``).
    Cleft sentences (``it's farmers who pay``) and "what it's worth is"
    are left alone."""
    word = m.group(2)
    if m.group("after") and norm(m.group("after")) in _CLEFT:
        return False
    prev, between = previous(unit.target, m.start())
    if prev in _WH:
        return False
    if _plural_noun(word) and prev not in _SAY:
        # a plural closing the sentence may be a predicate ("it's lies."), unless a question
        # verb leaves no other reading ("what are it's benefits?")
        ends = m.end(2) == len(m.string) or m.string[m.end(2)] in ".!?;:,"
        return not ends or prev in ("are", "were")
    low = word.lower()
    return bool(m.group("verb")) and word.islower() and low not in _NOT_NOUN and low not in PAST_TO_BASE \
        and not low.endswith(("ly", "ed", "ing", "en")) and low not in VERBS and is_word(low)


IT_IS_ITS = triggered(
    "grammar.contractions.it-is-its",
    ["it's"],
    rf"(it{_APOS}s){SP}([^\W\d_][\w]*+)(?![\w'’-])(?:{SP}(?P<verb>{'|'.join(sorted(_VERB_NEXT, key=lambda w: (-len(w), w)))})"
    rf"(?![\w'’-])|{SP}(?P<after>[^\W\d_]++))?",
    group=1,
    when=lambda m, unit: _after_preposition(m, unit) or _possessed_noun(m, unit),
    suggest=lambda m: (match_case("its", m.group(1)),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“it's” means “it is”; the possessive is “its”.",
    description="“it's” used as a possessive: after a preposition (one of it's members), "
    "before a plural noun (it's benefits) or before a noun with its own verb (it's door is small).",
    examples=[
        bad("Japan is one of ⟦it's⟧ partners.", "its"),
        bad("They met in ⟦it’s⟧ capital.", "its"),
        bad("Due to ⟦it's⟧ nature, a cat cannot fly.", "its"),
        bad("For all ⟦it's⟧ flaws, it works.", "its"),
        bad("The EU and ⟦it's⟧ members met.", "its"),
        bad("The group said ⟦it's⟧ leader was detained.", "its"),
        bad("⟦It's⟧ economy has grown.", "Its"),
        good("It's a partner, it's clear. Because of it's raining hard."),
        good("The EU and its own security; with it's a different story."),
        good("Above all it's important; after all it's my birthday; first of all it's late."),
        good("It's farmers who pay; it's times like these; it's years away; it's always late."),
        good("It's thanks to them; it's news to me; it's hours before the vote; it's serious."),
        good("For what it's worth is unclear; whatever it's called is fine; it's done is wrong."),
        good("It's time was up? It's politics; it's dangerous; it's Brussels that decides."),
        good("I think it's lies. Critics say it's fireworks and nothing more; it's peanuts."),
    ],
)

THEIR_THERE = triggered(
    "grammar.contractions.their-there",
    ["their", "they're"],
    rf"(their|they{_APOS}re){SP}(?:is|are|was|were|isn{_APOS}t|aren{_APOS}t|wasn{_APOS}t|weren{_APOS}t"
    # "their might be": "their might" (power) is never followed by "be"
    rf"|(?:might|may|must|could|should|would|can){SP}be)(?![\w'’-])",
    group=1,
    suggest=lambda m: (match_case("there", m.group(1)),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” is not “there”; before “is/are” you mean “there”.",
    description="“their” or “they're” where “there” is meant (their are many reasons, they're was, "
    "their might be).",
    examples=[
        bad("⟦Their⟧ are many reasons for concern.", "There"),
        bad("He said ⟦their⟧ was no agreement.", "there"),
        bad("⟦They're⟧ was a robbery.", "There"),
        bad("Yes, ⟦their⟧ might be a better way.", "there"),
        good("Their concerns are legitimate; there are reasons; their island was seized."),
        good("Their might is feared; their must-be-seen event; they're being careful; their will be done."),
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
    severity="neutral",
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
    rf"(your){SP}(?:a|an|the|welcome|not|so|too|going{SP}to|gonna)(?![\w'’-])",
    group=1,
    suggest=_fix("you're"),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“your” is possessive; here you mean “you're” (you are).",
    description="“your” where “you're” is meant (your welcome, your not, your a).",
    examples=[
        bad("If ⟦your⟧ not worried, you should be.", "you're"),
        bad("⟦Your⟧ welcome to join.", "You're"),
        bad("⟦Your⟧ so annoying!", "You're"),
        good("Your so-called allies and your too-high costs; you're so kind."),
        good("Your concerns are welcome; you're not alone; your going-away party."),
        good("It's no good your being angry; your going abroad surprised me."),
    ],
)

WHOSE_WHO_IS = triggered(
    "grammar.contractions.whose-who-is",
    ["whose"],
    rf"(whose){SP}(?:a|an|the|been|going|not|gonna|at|on|in|there|here)(?![\w'’-])",
    group=1,
    suggest=_fix("who's"),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“whose” is possessive; here you mean “who's” (who is / who has).",
    description="“whose” where “who's” is meant (whose been, whose going).",
    examples=[
        bad("Nobody knows ⟦whose⟧ going to lead.", "who's"),
        bad("The minister, ⟦whose⟧ been in office a year, spoke.", "who's"),
        bad("⟦Whose⟧ at the door?", "Who's"),
        bad("Ask them ⟦whose⟧ in charge.", "who's"),
        good("A man whose in-laws live there; whose on-time record; in whose there-and-back trip."),
        good("The minister, whose term ended, spoke; who's going to lead?"),
    ],
)

RULES = (IT_IS_ITS, ITS_IT_IS, OWN, THEIR_THERE, WHOSE_WHO_IS, YOUR_YOU_ARE)
