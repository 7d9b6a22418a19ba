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
from ._context import CATEGORY, EN, SP, previous

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

THEN_THAN = _rule(
    "grammar.confusables.then-than",
    [*COMPARATIVES, "other"],
    rf"(?:{_alt([*COMPARATIVES, 'other'])}){SP}(then){_END}"
    # "prices were higher then" is temporal: a word must follow, and not "than"
    rf"(?={SP}(?!(?:than|and|but|when|because|as|so|too|if|in|on|at){_END})[^\W\d_])",
    {"then": "than"},
    when=lambda m, unit: previous(unit.target, m.start())[0] not in ("each", "one"),
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

_EFFECT_BEFORE = (
    "a an the no any positive negative adverse significant side ripple knock-on great big major "
    "little lasting profound dramatic direct indirect greenhouse domino butterfly chilling "
    "deterrent devastating immediate huge"
).split()
_OBJECT = r"(?:the|a|an|their|his|her|its|our|my|your|them|us|him|me|you|it|this|that|these|those)"

AFFECT_EFFECT = _rule(
    "grammar.confusables.affect-effect",
    [*_EFFECT_BEFORE, "affect", "affects", "in", "into", "take", "takes", "took", "taking", "taken"],
    rf"(?:{_alt(_EFFECT_BEFORE)}){SP}(affects?){_END}(?!{SP}{_OBJECT}{_END})"
    rf"|(affects?){SP}on{_END}"
    rf"|(?:in|into|take|takes|took|taking|taken){SP}(affect){_END}",
    {"affect": "effect", "affects": "effects"},
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

_EFFECT_VERB = triggered(
    "grammar.confusables.effect-affect",
    ["negatively", "adversely", "severely", "seriously", "greatly", "significantly", "directly",
     "will", "would", "could", "can", "may", "might", "not", "won't", "can't", "didn't", "doesn't",
     "don't"],
    rf"(?:negatively|adversely|severely|seriously|greatly|significantly|directly){SP}(effect(?:s|ed|ing)?){_END}"
    rf"|(?:will|would|could|can|may|might|not|won['’]t|can['’]t|didn['’]t|doesn['’]t|don['’]t){SP}"
    rf"(effect){SP}(?:us|them|him|her|me|you){_END}",
    locate=_first,
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

LOSE_LOOSE = _rule(
    "grammar.confusables.lose-loose",
    ["to", "will", "would", "could", "can", "may", "might", "must", "should", "won't", "can't", "don't", "didn't", "doesn't", "loosing", "is", "are", "was", "were", "be",
     "been", "came", "come", "comes", "cut", "broke", "break", "breaks"],
    rf"(?:to|will|would|could|can|may|might|must|should|won['’]t|can['’]t|don['’]t|"
    rf"didn['’]t|doesn['’]t){SP}(loose){_END}(?!{SP}(?:ends?|change|cannon|talk){_END})"
    rf"|(loosing){_END}"
    rf"|(?:is|are|was|were|be|been|came|come|comes|cut|broke|break|breaks){SP}(lose){_END}",
    {"loose": "lose", "loosing": "losing", "lose": "loose"},
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

TO_TOO = _rule(
    "grammar.confusables.to-too",
    ["far", "way", "all", "is", "are", "was", "were", "be", "been", "it's", "seemed", "seems",
     "looks", "looked", "felt", "feels", "became", "become", "getting", "got", "want", "wants",
     "wanted", "going", "need", "needs", "needed", "able", "unable", "trying", "tried", "plan",
     "plans", "planned", "hope", "hopes", "hoped", "decided", "expected", "ought", "likely",
     "seek", "seeks", "sought", "managed", "refused", "agreed", "continue", "continues",
     "continued", "began", "begin", "started", "has", "have", "had"],
    rf"(?:far|way|all){SP}(to){SP}(?:much|many){_END}"
    rf"|(?:is|are|was|were|be|been|it['’]s|seemed|seems|looks|looked|felt|feels|became|become|getting|got|far|way)"
    rf"{SP}(to){SP}(?:{_alt(_TOO_ADJ)})(?=\s*+[.,;:!?)]|{SP}(?:to|for|and|or|but){_END})"
    rf"|(?:want|wants|wanted|going|need|needs|needed|able|unable|trying|tried|plan|plans|planned|hope|"
    rf"hopes|hoped|decided|expected|ought|likely|seek|seeks|sought|managed|refused|agreed|continue|"
    rf"continues|continued|began|begin|started|has|have|had){SP}(too){SP}(?:{_alt(_TOO_BASES)}){_END}",
    {"to": "too", "too": "to"},
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

PRINCIPLE = _rule(
    "grammar.confusables.principal-principle",
    ["in", "matter", "principle"],
    rf"in{SP}(principal){_END}(?!{SP}(?:amount|amounts|and|or|balance|value|sum|payments?|repayments?){_END})"
    rf"|matter{SP}of{SP}(principal){_END}"
    rf"|(principle){SP}(?:{_alt(_PRINCIPAL_NOUNS)}){_END}",
    {"principal": "principle", "principle": "principal"},
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

_ADVICE_BEFORE = (
    "my his her their our your some any no good bad legal medical expert professional financial "
    "sound the of for following give gave giving seek sought seeking offer offered offering "
    "useful practical such"
).split()
_ADVISE_BEFORE = "can could would will should must may might please strongly i we they to".split()

ADVICE = _rule(
    "grammar.confusables.advice-advise",
    [*_ADVICE_BEFORE, *_ADVISE_BEFORE],
    rf"(?:{_alt(_ADVICE_BEFORE)}){SP}(advise){_END}(?!{SP}(?:him|her|them|us|me|you|against|that){_END})"
    rf"|(?:{_alt([w for w in _ADVISE_BEFORE if w != 'to'])}){SP}(advice){SP}(?:you|him|her|them|us|me|against|that){_END}"
    rf"|to{SP}(advice){SP}(?:you|him|her|them|us|me|against){_END}",
    {"advise": "advice", "advice": "advise"},
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
