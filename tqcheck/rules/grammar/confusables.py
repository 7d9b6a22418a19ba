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
from ._context import CATEGORY, EN, SP, adjacent, starts_sentence

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
                     severity="neutral", langs=EN, message=message, description=description,
                     examples=examples, **kw)


COMPARATIVES = (
    "more less fewer rather better worse greater larger bigger smaller higher lower faster slower "
    "stronger weaker longer shorter older younger cheaper easier harder richer poorer wider deeper "
    "heavier lighter safer warmer colder hotter newer quicker louder cleaner clearer simpler wiser "
    "busier happier tougher broader steeper sharper thinner thicker nearer cooler tighter".split()
)

_THEN_AFTER = frozenset([*COMPARATIVES, "other"])


#: after "more/less + adjective" these open the second term of a comparison:
#: "more expensive then ever", "less controversial then one would think"
_THAN_TERM = frozenset("ever before expected anticipated usual previously planned originally others one "
                       "the a an that those any last its their his her our we they he she you i".split())


def _then_when(m, unit):
    doc = unit.target
    prev, two = adjacent(doc, m.start()), adjacent(doc, m.start(), 2)
    if prev in _THEN_AFTER:
        # "each other then left", but "no one other then us"
        return two != "each" and (two != "one" or adjacent(doc, m.start(), 3) in ("no", "any", "some"))
    nxt = (m.group("next") or "").lower()
    if nxt == "one" and re.match(r"\s+of\b", doc.text[m.end("next"):m.end("next") + 8]):
        return False  # "more time to talk then one of them left"
    if two in ("more", "less") and prev is not None and not prev.endswith("ly") and nxt in _THAN_TERM:
        return True
    return _compared_before(doc, m.start(), nxt)


#: words that end the clause a comparison could span: "more staff came, then the rest"
_CLAUSE_BREAK = frozenset("and but or so when while because after before if then as since until "
                          "who which that where".split())
#: after "rather ... then" the second term can open with a preposition or "to": "rather walk then by car"
_RATHER_TERM = frozenset("by to in on at with between from for".split()) | _THAN_TERM
#: further from the comparative a clause may start after a temporal "then" ("more staff last
#: year then the orders rose"), so only terms that cannot open one count
_FAR_TERM = frozenset("ever before expected anticipated usual previously planned originally others one "
                      "those any".split())


#: adjectives, not adverbs, though they end in -ly: "a less costly plan then one would think"
_LY_ADJECTIVES = frozenset("costly likely unlikely friendly lonely early lively deadly timely ugly elderly "
                           "orderly".split())


def _compared_before(doc, pos, nxt):
    """"more expensive on some systems then others", "a less costly plan then
    one would think", "rather die then by the sword": a comparative a few
    words back in the same stretch of plain words, and a second term after."""
    for back in range(3, 7):
        word = adjacent(doc, pos, back)
        if word is None or word in _CLAUSE_BREAK:
            return False
        if word == "rather":
            return nxt in _RATHER_TERM - _THAN_TERM or nxt in _FAR_TERM
        if word in ("more", "less", "fewer"):
            after = adjacent(doc, pos, back - 1)
            # "more often then", "more or less": an adverb or a stock phrase, not a comparison
            return nxt in _FAR_TERM and after is not None \
                and (not after.endswith("ly") or after in _LY_ADJECTIVES) \
                and after not in ("or", "and", "than", "of", "then") \
                and adjacent(doc, pos, back + 1) not in ("or", "and")
    return False


THEN_THAN = _rule(
    "grammar.confusables.then-than",
    ["then"],
    rf"(then){_END}"
    # "prices were higher then" is temporal: a word must follow, and not "than"
    rf"(?={SP}(?!(?:than|and|but|when|because|as|so|too|if|in|on|at){_END})(?P<next>[^\W\d_]++))",
    {"then": "than"},
    when=_then_when,
    message="After a comparison use “than”, not “then”.",
    description="“then” after a comparative (more then, rather then, other then), also a few "
    "words after it when a second term follows (more costly for some then others).",
    examples=[
        bad("Exports grew faster ⟦then⟧ imports.", "than"),
        bad("It is more ⟦then⟧ a partnership.", "than"),
        bad("Nothing other ⟦then⟧ trade was discussed.", "than"),
        good("More than that, they met; then they left. Later then, the summit began."),
        good("Prices rose, and then fell; better, then, to wait. Prices were higher then."),
        good("They hugged each other then left; it was better then than now; younger then, and poor."),
        bad("It is less controversial ⟦then⟧ one would think.", "than"),
        bad("Costs are more expensive ⟦then⟧ ever.", "than"),
        bad("There was no one other ⟦then⟧ us.", "than"),
        good("It became more aggressive then attacked; more slowly then the rest; one other then left."),
        bad("It may be more expensive on some systems ⟦then⟧ others.", "than"),
        bad("It is a less costly plan ⟦then⟧ one would think.", "than"),
        bad("I'd rather go by train ⟦then⟧ by car.", "than"),
        good("We hired more staff last year then the orders rose. They had more time then one of them left."),
        good("More or less every week then ever; more staff came, and then others; rather late, then by car."),
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
    doc = unit.target
    if m.group(0)[:5].lower() == "side-":
        return True  # "a side-affect"
    prev = adjacent(doc, m.start())
    if prev == "and" and adjacent(doc, m.start(), 2) == "cause" and not m.group("obj"):
        return True
    return (prev in _EFFECT_BEFORE and not m.group("obj")) or (prev in _TAKE and m.group(1).lower() == "affect")


AFFECT_EFFECT = _rule(
    "grammar.confusables.affect-effect",
    ["affect", "affects", "side-affect", "side-affects"],
    rf"(?:side-)?(affects?){_END}(?P<on>{SP}on{_END})?(?P<obj>{SP}{_OBJECT}{_END})?",
    {"affect": "effect", "affects": "effects"},
    when=_affect_when,
    message="The noun is “{fix}”; “{found}” is the verb.",
    description="“affect” used as the noun (a negative affect, the affect on, take affect).",
    examples=[
        bad("Tariffs had a negative ⟦affect⟧ on trade.", "effect"),
        bad("The ⟦affects⟧ on Asia are clear.", "effects"),
        bad("The rules take ⟦affect⟧ on Monday.", "effect"),
        bad("The law came into ⟦affect⟧ in May.", "effect"),
        bad("It is a matter of cause and ⟦affect⟧.", "effect"),
        bad("A known side-⟦affect⟧ of the drug.", "effect"),
        good("The cause and affected areas; side-affecting nothing; cause and affect them both."),
        good("Tariffs affect trade and had a negative effect; the rules take effect."),
        good("Changes that affect the EU; the rules did not affect them; policies affect us."),
    ],
)

_EFFECT_ADVERBS = frozenset("negatively adversely severely seriously greatly significantly directly badly "
                            "deeply heavily hardly positively profoundly indirectly disproportionately".split())
_EFFECT_MODALS = frozenset("will would could can may might must should not won't can't didn't doesn't don't "
                           "wouldn't couldn't shouldn't mustn't would've could've should've might've".split())


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
    severity="neutral",
    langs=EN,
    message="The verb is “{fix}”; “effect” as a verb means “bring about”.",
    description="“effect” used where the verb “affect” is meant (negatively effect, could effect them).",
    examples=[
        bad("Tariffs could adversely ⟦effect⟧ trade.", "affect"),
        bad("The decision will ⟦effect⟧ them.", "affect"),
        bad("Trade was severely ⟦effected⟧ by the tariffs.", "affected"),
        bad("She was badly ⟦effected⟧.", "affected"),
        bad("It shouldn't ⟦effect⟧ them.", "affect"),
        good("They hope to effect change; it will effect the transition; the effect on them."),
    ],
)

_LOOSE_AFTER = frozenset("to will would could can may might must should won't can't don't didn't doesn't".split())
_LOSE_AFTER = frozenset("is are was were be been came come comes cut broke break breaks knocked shook "
                        "shaken turned set".split())
_LOOSE_SUBJECTS = frozenset("i we they you".split())
_LOOSE_ADVERBS = frozenset("always never often sometimes usually also may".split())


def _lose_when(m, unit):
    if m.group(2):
        return True
    doc = unit.target
    prev = adjacent(doc, m.start())
    if m.group(1):
        # "I loose", "we always loose": after a subject only the verb fits
        return prev in _LOOSE_AFTER or prev in _LOOSE_SUBJECTS or (
            prev in _LOOSE_ADVERBS and adjacent(doc, m.start(), 2) in _LOOSE_SUBJECTS)
    return prev in _LOSE_AFTER or (prev == "the" and adjacent(doc, m.start(), 2) == "on")


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
        bad("If I ⟦loose⟧ my passport, I call.", "lose"),
        bad("We always ⟦loose⟧ the password.", "lose"),
        bad("A gunman on the ⟦lose⟧.", "loose"),
        bad("The tooth was knocked ⟦lose⟧.", "loose"),
        good("They loose-leaf it; you lose; on the lose-lose deal; we set loose the birds; I lose."),
        good("The EU could lose partners; a loose alliance; tie up loose ends; to lose."),
        good("They cut loose; losing patience; the screw came loose; the knot is not loose."),
    ],
)

_TOO_ADJ = (
    "much many late early big small high low long short expensive little soon often hard "
    "difficult far close fast slow young old busy tired weak strong large great heavy dangerous "
    "risky costly complex complicated slowly quickly optimistic pessimistic good bad distant".split()
)
_TOO_BASES = sorted(b for b in VERBS if b not in ("be",)) + ["be"]

_TO_MANY_AFTER = frozenset("far way all".split())
_TO_ADJ_AFTER = frozenset("is are was were be been it's seemed seems looks looked felt feels became become "
                          "getting got far way much not isn't wasn't aren't weren't".split())
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
    j = i
    while j >= 0 and m.string[j].isalpha():
        j -= 1
    return j + 1, i + 1


def _to_too_when(m, unit):
    doc = unit.target
    if m.group(1):
        return adjacent(doc, m.start()) in _TOO_AFTER
    prev = adjacent(doc, m.start())
    if prev == "two":
        return bool(m.group("many"))  # "two many files"
    if prev != "to":
        return False
    if m.group("adverb"):
        return True  # "she returned to quickly.": no infinitive ends on its adverb
    before = adjacent(doc, m.start(), 2)
    return before in (_TO_MANY_AFTER if m.group("many") else _TO_ADJ_AFTER)


TO_TOO = triggered(
    "grammar.confusables.to-too",
    ["too", *_TOO_ADJ],
    rf"(too){SP}(?:{_alt(_TOO_BASES)}){_END}"
    rf"|(?P<many>much|many){_END}"
    rf"|(?P<adverb>quickly|slowly|soon)(?=[.!?])"
    rf"|(?:{_alt(_TOO_ADJ)})(?=\s*+[.,;:!?)]|{SP}(?:to|for|and|or|but|from|ago){_END})",
    locate=_to_span,
    when=_to_too_when,
    suggest=lambda m: ("to",) if m.group(1) else (match_case("too", m.string[slice(*_to_span(m))]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” should be “{fix}”.",
    description="“to” for “too” before an adjective (far to many, it is to late) and “too” for "
    "“to” before a verb (want too go).",
    examples=[
        bad("There are far ⟦to⟧ many obstacles.", "too"),
        bad("It is ⟦to⟧ late to change course.", "too"),
        bad("The tariffs were ⟦to⟧ high.", "too"),
        bad("They want ⟦too⟧ improve ties.", "to"),
        bad("The box was not ⟦to⟧ far from it.", "too"),
        bad("The idea came much ⟦to⟧ soon to succeed.", "too"),
        bad("It's ⟦to⟧ good to be true.", "too"),
        bad("It raises the problem of ⟦two⟧ many files.", "too"),
        bad("She returned ⟦to⟧ quickly.", "too"),
        good("That is who I spoke to. It dates back to long ago; from bad to good, and back."),
        good("Two many-sided deals; the two much-needed reforms; he moved to soon-to-open offices."),
        good("Much to many people's surprise, it was put to good use; not to far-flung places."),
        good("There are far too many; it is too late; they want to improve ties; they want too much."),
        good("The threat was to big business; talks were to high officials; it is to many a relief."),
        good("He went to many countries; she has too much work; they tried, too."),
    ],
)

_PRINCIPAL_NOUNS = (
    "reason reasons cause causes source sources aim aims goal goals concern concerns investigator "
    "architect role author component components objective objectives task shareholder shareholders "
    "owner sum amount contributor character actor dancer partner partners agent adviser advisor "
    "suspect means focus purpose target beneficiary factor factors obstacle challenge activity activities "
    "office offices residence city cities town towns export exports product products"
).split()
#: before "principals" these adjectives mean rules, not heads: "basic principals of liberty"
_PRINCIPLE_ADJ = frozenset("basic general fundamental guiding moral democratic founding constitutional ethical "
                           "scientific core universal".split())
#: before "principle" these make it the head of a school: "our new school principle"
_PRINCIPAL_HEAD = frozenset("school vice assistant".split())

def _principal_when(m, unit):
    if m.group(2):
        return True
    doc = unit.target
    prev = adjacent(doc, m.start())
    if m.group(3):
        return prev in _PRINCIPLE_ADJ or (prev in ("his", "her", "their", "our", "my", "your")
                                          and adjacent(doc, m.start(), 2) == "against")
    if m.group(4):
        return prev in _PRINCIPAL_HEAD
    return prev == "in" or (prev == "of" and adjacent(doc, m.start(), 2) == "matter")


PRINCIPLE = _rule(
    "grammar.confusables.principal-principle",
    ["principal", "principle", "principals", "principles"],
    rf"(principal){_END}(?!{SP}(?:amount|amounts|and|or|balance|value|sum|payments?|repayments?){_END})"
    rf"|(principle){SP}(?:{_alt(_PRINCIPAL_NOUNS)}){_END}|(principals){_END}|(principles?){_END}",
    {"principal": "principle", "principle": "principal", "principals": "principles", "principles": "principals"},
    when=_principal_when,
    message="“{found}” should be “{fix}” (principle = rule; principal = main, or a head).",
    description="“in principal”, “a matter of principal”, and “principle” as an adjective "
    "(the principle reason).",
    examples=[
        bad("The EU agreed in ⟦principal⟧ to the plan.", "principle"),
        bad("It is a matter of ⟦principal⟧.", "principle"),
        bad("Trade is the ⟦principle⟧ reason for concern.", "principal"),
        bad("Money laundering was the mob's ⟦principle⟧ activity.", "principal"),
        bad("They set out the basic ⟦principals⟧ of liberty.", "principles"),
        bad("Drinking is against his ⟦principals⟧.", "principles"),
        bad("Mr Brown is our new school ⟦principle⟧.", "principal"),
        good("The principals of the firm met; the school principals; basic principles; the school principal."),
        good("He reported to his principals; the principle of free trade is a general principle."),
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

_GIVE = frozenset("give gives gave given giving".split())
_OBJECTS = frozenset("me him her us them you".split())


def _advice_when(m, unit):
    doc = unit.target
    prev = adjacent(doc, m.start())
    if m.group(4):  # "he advices you": the verb is "advises"
        return prev in ("he", "she", "it") or bool(m.group("obj2"))
    if m.group(1):
        two = adjacent(doc, m.start(), 2)
        if prev == "of" and two in ("piece", "pieces", "word", "words", "bit"):
            return True  # "a piece of advise that ..."
        if m.group("obj"):
            return False  # "advise them", "advise that": the verb
        return prev in _ADVICE_BEFORE or (prev in _OBJECTS and two in _GIVE)
    return prev in _ADVISE_BEFORE


ADVICE = _rule(
    "grammar.confusables.advice-advise",
    ["advise", "advice", "advices"],
    rf"(advise){_END}(?P<obj>{SP}(?:him|her|them|us|me|you|against|that){_END})?"
    rf"|(advice){SP}(?:you|him|her|them|us|me|against|that){_END}"
    rf"|(advices){_END}(?:{SP}(?P<obj2>you|him|her|them|us|me|against|that){_END})?",
    {"advise": "advice", "advice": "advise", "advices": "advises"},
    when=_advice_when,
    message="“{found}” should be “{fix}” (advice is the noun, advise the verb).",
    description="“advise” used as the noun (my advise) or “advice” as the verb (we advice you).",
    examples=[
        bad("They ignored his ⟦advise⟧.", "advice"),
        bad("We strongly ⟦advice⟧ against travel.", "advise"),
        bad("They called to ⟦advice⟧ them.", "advise"),
        bad("Please give me ⟦advise⟧ on this.", "advice"),
        bad("The best piece of ⟦advise⟧ that I got.", "advice"),
        bad("He ⟦advices⟧ you to do it.", "advises"),
        good("Give me advice; they gave them advise-and-consent powers; advices from the consul arrived."),
        good("They ignored his advice; we advise against travel; the advice you gave."),
        good("Please advise them; she will advise us; seek advice; listen to advice."),
    ],
)

_COUNT_PLURALS = (
    "people persons cases deaths infections students workers employees jobs cars vehicles "
    "countries companies firms children members patients tourists visitors calls votes seats "
    "troops soldiers items words births flights passengers customers users residents families "
    "households teachers doctors nurses hospitals schools incidents accidents attacks hours days weeks"
).split()
_MASS = "money water time information traffic pollution energy food sugar oil salt debt evidence advice".split()

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


HOW_WHAT_LIKE = triggered(
    "grammar.confusables.how-what-like",
    ["how", "how's", "how’s"],
    # the clause must end on "like?" or go on with "like to": "How is it like a dog?" compares
    rf"(how)(?:{SP}(?:is|was|are|were)|['’]s){_END}[^.!?;:\n]{{1,50}}?{SP}like"
    rf"(?=\s*+\?|{SP}to{SP}[a-z]++)",
    group=1,
    when=lambda m, unit: starts_sentence(unit.target, m.start()),
    suggest=lambda m: (match_case("what", m.group(1)),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="Asking for a description takes “what … like”, not “how … like”.",
    description="“How is it like?” for “What is it like?”: a question opening on how and ending on like.",
    examples=[
        bad("⟦How⟧ is your new teacher like?", "What"),
        bad("⟦How⟧'s your new car like?", "What"),
        bad("⟦How⟧ is it like to live in New York?", "What"),
        good("What is it like? How is a cat like a dog? How is it, like, so cheap? How was it? I like it."),
        good("How is it going? Tell me how it is like this. How are they alike? How would you like to pay?"),
    ],
)

RULES = (ADVICE, AFFECT_EFFECT, _EFFECT_VERB, FEWER_LESS, HOW_WHAT_LIKE, LOSE_LOOSE, PRINCIPLE, THEN_THAN, TO_TOO)
