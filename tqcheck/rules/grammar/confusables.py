"""Words often confused with a near twin: then/than, affect/effect,
lose/loose, to/too, principal/principle, advice/advise, fewer/less.

Each rule names the contexts where only one of the pair fits (``more
then``, ``an affect on``, ``will loose``, ``far to many``, ``in
principal``, ``my advise``, ``less people``); anywhere else both may be
right and the rule stays quiet. The word to replace is the first group of
the regex that took part in the match.
"""

from __future__ import annotations

import re

from ...lexicon.verbs import VERBS
from ...rule import bad, good, match_case, triggered
from ._context import CATEGORY, EN, SP, adjacent

_END = r"(?![\w'’-])"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _first(m: re.Match) -> tuple[int, int]:
    for g in range(1, (m.re.groups or 0) + 1):
        if m.group(g) is not None:
            return m.span(g)
    return m.span()


def _found(m: re.Match) -> str:
    s, e = _first(m)
    return m.string[s:e]


def _to(table):
    """Suggest from ``table`` (lower-case found word -> replacement)."""
    return lambda m: (match_case(table[_found(m).lower()], _found(m)),)


def _rule(id, triggers, regex, table, *, message, description, examples, **kw):
    return triggered(id, triggers, regex, locate=_first, suggest=_to(table), category=CATEGORY,
                     severity="major", langs=EN, message=message, description=description,
                     examples=examples, **kw)


COMPARATIVES = (
    "more less fewer rather better worse greater larger bigger smaller higher lower faster slower "
    "stronger weaker longer shorter older younger cheaper easier harder richer poorer wider deeper "
    "heavier lighter safer warmer colder hotter newer quicker louder cleaner clearer simpler wiser "
    "busier happier tougher broader steeper sharper thinner thicker nearer cooler tighter".split()
)

_THEN_AFTER = frozenset([*COMPARATIVES, "other"])


def _then_when(m, unit):
    doc = unit.target
    return adjacent(doc, m.start()) in _THEN_AFTER and adjacent(doc, m.start(), 2) not in ("each", "one")


THEN_THAN = _rule(
    "grammar.confusables.then-than",
    ["then"],
    rf"(then){_END}"
    # "prices were higher then" is temporal: a word must follow, and not "than"
    rf"(?={SP}(?!(?:than|and|but|when|because|as|so|too|if|in|on|at){_END})[^\W\d_])",
    {"then": "than"},
    when=_then_when,
    message="After a comparison use “than”, not “then”.",
    description="“then” after a comparative (more then, rather then, other then).",
    examples=[
        bad("Exports grew faster ⟦then⟧ imports.", "than"),
        bad("It is more ⟦then⟧ a partnership.", "than"),
        bad("Nothing other ⟦then⟧ trade was discussed.", "than"),
        good("More than that, they met; then they left. Later then, the summit began."),
        good("Prices rose, and then fell; better, then, to wait. Prices were higher then."),
        good("They hugged each other then left; it was better then than now; younger then, and poor."),
    ],
)

_EFFECT_BEFORE = frozenset((
    "a an the no any positive negative adverse significant side ripple knock-on great big major "
    "little lasting profound dramatic direct indirect greenhouse domino butterfly chilling "
    "deterrent devastating immediate huge"
).split())
_OBJECT = r"(?:the|a|an|their|his|her|its|our|my|your|them|us|him|me|you|it|this|that|these|those)"

_TAKE = frozenset("in into take takes took taking taken".split())


def _affect_when(m, unit):
    if m.group("on"):
        return True
    prev = adjacent(unit.target, m.start())
    return (prev in _EFFECT_BEFORE and not m.group("obj")) or (prev in _TAKE and m.group(1).lower() == "affect")


AFFECT_EFFECT = _rule(
    "grammar.confusables.affect-effect",
    ["affect", "affects"],
    rf"(affects?){_END}(?P<on>{SP}on{_END})?(?P<obj>{SP}{_OBJECT}{_END})?",
    {"affect": "effect", "affects": "effects"},
    when=_affect_when,
    message="The noun is “{fix}”; “{found}” is the verb.",
    description="“affect” used as the noun (a negative affect, the affect on, take affect).",
    examples=[
        bad("Tariffs had a negative ⟦affect⟧ on trade.", "effect"),
        bad("The ⟦affects⟧ on Asia are clear.", "effects"),
        bad("The rules take ⟦affect⟧ on Monday.", "effect"),
        bad("The law came into ⟦affect⟧ in May.", "effect"),
        good("Tariffs affect trade and had a negative effect; the rules take effect."),
        good("Changes that affect the EU; the rules did not affect them; policies affect us."),
    ],
)

_EFFECT_ADVERBS = frozenset("negatively adversely severely seriously greatly significantly directly".split())
_EFFECT_MODALS = frozenset("will would could can may might not won't can't didn't doesn't don't".split())


def _effect_when(m, unit):
    prev = adjacent(unit.target, m.start())
    return prev in _EFFECT_ADVERBS or (prev in _EFFECT_MODALS and bool(m.group("obj")) and m.group(1).lower() == "effect")


_EFFECT_VERB = triggered(
    "grammar.confusables.effect-affect",
    ["effect", "effects", "effected", "effecting"],
    rf"(effect(?:s|ed|ing)?){_END}(?P<obj>{SP}(?:us|them|him|her|me|you){_END})?",
    locate=_first,
    when=_effect_when,
    suggest=lambda m: (match_case("affect" + _found(m)[6:], _found(m)),),
    category=CATEGORY,
    severity="major",
    langs=EN,
    message="The verb is “{fix}”; “effect” as a verb means “bring about”.",
    description="“effect” used where the verb “affect” is meant (negatively effect, could effect them).",
    examples=[
        bad("Tariffs could adversely ⟦effect⟧ trade.", "affect"),
        bad("The decision will ⟦effect⟧ them.", "affect"),
        bad("Trade was severely ⟦effected⟧ by the tariffs.", "affected"),
        good("They hope to effect change; it will effect the transition; the effect on them."),
    ],
)

_LOOSE_AFTER = frozenset("to will would could can may might must should won't can't don't didn't doesn't".split())
_LOSE_AFTER = frozenset("is are was were be been came come comes cut broke break breaks".split())


def _lose_when(m, unit):
    if m.group(2):
        return True
    prev = adjacent(unit.target, m.start())
    return prev in (_LOOSE_AFTER if m.group(1) else _LOSE_AFTER)


LOSE_LOOSE = _rule(
    "grammar.confusables.lose-loose",
    ["loose", "loosing", "lose"],
    rf"(loose){_END}(?!{SP}(?:ends?|change|cannon|talk){_END})|(loosing){_END}|(lose){_END}",
    {"loose": "lose", "loosing": "losing", "lose": "loose"},
    when=_lose_when,
    message="“{found}” should be “{fix}” (lose = fail to keep; loose = not tight).",
    description="“loose” after a modal or to (will loose), “loosing” for losing, “lose” after be "
    "or break (came lose).",
    examples=[
        bad("The EU could ⟦loose⟧ its partners.", "lose"),
        bad("They are ⟦loosing⟧ patience.", "losing"),
        bad("The cattle broke ⟦lose⟧ overnight.", "loose"),
        good("The EU could lose partners; a loose alliance; tie up loose ends; to lose."),
        good("They cut loose; losing patience; the screw came loose; the knot is not loose."),
    ],
)

_TOO_ADJ = (
    "much many late early big small high low long short expensive little soon often hard "
    "difficult far close fast slow young old busy tired weak strong large great heavy dangerous "
    "risky costly complex complicated slowly quickly optimistic pessimistic".split()
)
_TOO_BASES = sorted(b for b in VERBS if b not in ("be",)) + ["be"]

_TO_MANY_AFTER = frozenset("far way all".split())
_TO_ADJ_AFTER = frozenset("is are was were be been it's seemed seems looks looked felt feels became become "
                          "getting got far way".split())
_TOO_AFTER = frozenset(
    "want wants wanted going need needs needed able unable trying tried plan plans planned hope hopes "
    "hoped decided expected ought likely seek seeks sought managed refused agreed continue continues "
    "continued began begin started has have had".split()
)


def _to_span(m):
    """The "to" before the matched adjective (checked by ``_to_too_when``)."""
    if m.group(1):
        return m.span(1)
    i = m.start() - 1
    while i >= 0 and m.string[i] in " \t\u00a0":
        i -= 1
    return i - 1, i + 1


def _to_too_when(m, unit):
    doc = unit.target
    if m.group(1):
        return adjacent(doc, m.start()) in _TOO_AFTER
    if adjacent(doc, m.start()) != "to":
        return False
    before = adjacent(doc, m.start(), 2)
    return before in (_TO_MANY_AFTER if m.group("many") else _TO_ADJ_AFTER)


TO_TOO = triggered(
    "grammar.confusables.to-too",
    ["too", *_TOO_ADJ],
    rf"(too){SP}(?:{_alt(_TOO_BASES)}){_END}"
    rf"|(?P<many>much|many){_END}"
    rf"|(?:{_alt(_TOO_ADJ)})(?=\s*+[.,;:!?)]|{SP}(?:to|for|and|or|but){_END})",
    locate=_to_span,
    when=_to_too_when,
    suggest=lambda m: ("to",) if m.group(1) else (match_case("too", m.string[_to_span(m)[0]:_to_span(m)[1]]),),
    category=CATEGORY,
    severity="major",
    langs=EN,
    message="“{found}” should be “{fix}”.",
    description="“to” for “too” before an adjective (far to many, it is to late) and “too” for "
    "“to” before a verb (want too go).",
    examples=[
        bad("There are far ⟦to⟧ many obstacles.", "too"),
        bad("It is ⟦to⟧ late to change course.", "too"),
        bad("The tariffs were ⟦to⟧ high.", "too"),
        bad("They want ⟦too⟧ improve ties.", "to"),
        good("There are far too many; it is too late; they want to improve ties; they want too much."),
        good("The threat was to big business; talks were to high officials; it is to many a relief."),
        good("He went to many countries; she has too much work; they tried, too."),
    ],
)

_PRINCIPAL_NOUNS = (
    "reason reasons cause causes source sources aim aims goal goals concern concerns investigator "
    "architect role author component components objective objectives task shareholder shareholders "
    "owner sum amount contributor character actor dancer partner partners agent adviser advisor "
    "suspect means focus purpose target beneficiary factor factors obstacle challenge"
).split()

def _principal_when(m, unit):
    if m.group(2):
        return True
    doc = unit.target
    prev = adjacent(doc, m.start())
    return prev == "in" or (prev == "of" and adjacent(doc, m.start(), 2) == "matter")


PRINCIPLE = _rule(
    "grammar.confusables.principal-principle",
    ["principal", "principle"],
    rf"(principal){_END}(?!{SP}(?:amount|amounts|and|or|balance|value|sum|payments?|repayments?){_END})"
    rf"|(principle){SP}(?:{_alt(_PRINCIPAL_NOUNS)}){_END}",
    {"principal": "principle", "principle": "principal"},
    when=_principal_when,
    message="“{found}” should be “{fix}” (principle = rule; principal = main, or a head).",
    description="“in principal”, “a matter of principal”, and “principle” as an adjective "
    "(the principle reason).",
    examples=[
        bad("The EU agreed in ⟦principal⟧ to the plan.", "principle"),
        bad("It is a matter of ⟦principal⟧.", "principle"),
        bad("Trade is the ⟦principle⟧ reason for concern.", "principal"),
        good("In principle, yes; the principal reason; the principle of free navigation."),
        good("Repayment of principal and interest; the school's principal; $1,000 in principal amount."),
    ],
)

_ADVICE_BEFORE = frozenset((
    "my his her their our your some any no good bad legal medical expert professional financial "
    "sound the of for following give gave giving seek sought seeking offer offered offering "
    "useful practical such"
).split())
_ADVISE_BEFORE = frozenset("can could would will should must may might please strongly i we they to".split())

def _advice_when(m, unit):
    prev = adjacent(unit.target, m.start())
    return prev in (_ADVICE_BEFORE if m.group(1) else _ADVISE_BEFORE)


ADVICE = _rule(
    "grammar.confusables.advice-advise",
    ["advise", "advice"],
    rf"(advise){_END}(?!{SP}(?:him|her|them|us|me|you|against|that){_END})"
    rf"|(advice){SP}(?:you|him|her|them|us|me|against|that){_END}",
    {"advise": "advice", "advice": "advise"},
    when=_advice_when,
    message="“{found}” should be “{fix}” (advice is the noun, advise the verb).",
    description="“advise” used as the noun (my advise) or “advice” as the verb (we advice you).",
    examples=[
        bad("They ignored his ⟦advise⟧.", "advice"),
        bad("We strongly ⟦advice⟧ against travel.", "advise"),
        bad("They called to ⟦advice⟧ them.", "advise"),
        good("They ignored his advice; we advise against travel; the advice you gave."),
        good("Please advise them; she will advise us; seek advice; listen to advice."),
    ],
)

_COUNT_PLURALS = (
    "people persons cases deaths infections students workers employees jobs cars vehicles "
    "countries companies firms children members patients tourists visitors calls votes seats "
    "troops soldiers items words births flights passengers customers users residents families "
    "households teachers doctors nurses hospitals schools incidents accidents attacks"
).split()
_MASS = "money water time information traffic pollution energy food sugar oil salt debt evidence".split()

FEWER_LESS = _rule(
    "grammar.confusables.fewer-less",
    ["less", "fewer"],
    rf"(less){SP}(?:{_alt(_COUNT_PLURALS)}){_END}|(fewer){SP}(?:{_alt(_MASS)}){_END}",
    {"less": "fewer", "fewer": "less"},
    message="Use “{fix}” here: fewer for things you count, less for amounts.",
    description="“less” before a countable plural (less people) or “fewer” before a mass noun "
    "(fewer money).",
    examples=[
        bad("⟦Less⟧ people attended the summit.", "Fewer"),
        bad("They spent ⟦fewer⟧ money on defense.", "less"),
        good("Fewer people and less money; less than 10 people; more or less."),
    ],
)

RULES = (ADVICE, AFFECT_EFFECT, _EFFECT_VERB, FEWER_LESS, LOSE_LOOSE, PRINCIPLE, THEN_THAN, TO_TOO)
