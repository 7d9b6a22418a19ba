"""Forms of common English verbs: base, third person singular, past, past
participle. Data for the agreement and verb-form rules.

Only verbs whose forms are unambiguous enough to judge are listed: ``put``,
``cut``, ``set`` (past = base) and verbs that are mostly nouns are left
out, so a rule built on this table stays quiet where it cannot be sure.
"""

from __future__ import annotations

from typing import NamedTuple

#: base past participle (irregular verbs)
_IRREGULAR = """
arise arose arisen
be was been
bear bore borne
beat beat beaten
become became become
begin began begun
bite bit bitten
blow blew blown
break broke broken
bring brought brought
build built built
buy bought bought
catch caught caught
choose chose chosen
come came come
deal dealt dealt
dig dug dug
do did done
draw drew drawn
drink drank drunk
drive drove driven
eat ate eaten
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
fly flew flown
forbid forbade forbidden
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got gotten
give gave given
go went gone
grow grew grown
hang hung hung
have had had
hear heard heard
hide hid hidden
hold held held
keep kept kept
know knew known
lay laid laid
lead led led
leave left left
lend lent lent
lie lay lain
lose lost lost
make made made
mean meant meant
meet met met
overcome overcame overcome
pay paid paid
ride rode ridden
ring rang rung
rise rose risen
run ran run
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
shake shook shaken
shine shone shone
shoot shot shot
show showed shown
sing sang sung
sink sank sunk
sit sat sat
sleep slept slept
speak spoke spoken
spend spent spent
stand stood stood
steal stole stolen
stick stuck stuck
strike struck struck
swear swore sworn
swim swam swum
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
understand understood understood
undertake undertook undertaken
wake woke woken
wear wore worn
win won won
withdraw withdrew withdrawn
write wrote written
"""

#: regular verbs common in news prose (past in -ed)
_REGULAR = """
accept achieve add admit affect agree aim allow announce appear apply approve argue arrange
arrest arrive ask assist attack attempt attend avoid believe belong call cancel carry cause
celebrate change charge check claim close collect combine commit compare complain complete
concern confirm connect consider contain continue contribute control convince create decide
declare decline deliver demand deny depend describe design destroy develop die disappear
discover discuss dismiss earn encourage end enjoy ensure enter establish estimate expect
explain express face fail finish focus follow force happen hate help hope identify ignore
improve include increase indicate inform insist intend introduce invest invite involve join
jump kill knock last laugh learn like listen live look love manage mention miss move need
notice obtain occur offer open order own pass plan play prefer prepare present prevent
produce promise protect prove provide publish pull push raise reach realize receive
recognize recommend reduce refer refuse regret reject relate release rely remain remember
remove repeat replace reply report represent request require respond result return reveal
save score seem serve share sign solve start stay stop study succeed suffer suggest supply
support suppose surprise talk thank touch travel treat try turn urge use visit vote wait
walk want warn wash watch welcome wish wonder work worry
"""

#: consonant doubled before -ed/-ing
_DOUBLE = frozenset("admit commit control occur plan prefer refer regret stop".split())


class Forms(NamedTuple):
    base: str
    third: str
    past: str
    participle: str


def third_person(base: str) -> str:
    if base in ("be", "have"):
        return {"be": "is", "have": "has"}[base]
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def regular_past(base: str) -> str:
    if base in _DOUBLE:
        return base + base[-1] + "ed"
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


def _table() -> dict[str, Forms]:
    table: dict[str, Forms] = {}
    for line in _IRREGULAR.strip().splitlines():
        base, past, part = line.split()
        table[base] = Forms(base, third_person(base), past, part)
    for base in _REGULAR.split():
        past = regular_past(base)
        table[base] = Forms(base, third_person(base), past, past)
    return table


VERBS: dict[str, Forms] = _table()

#: third-person form -> base ("goes" -> "go")
THIRD_TO_BASE = {f.third: f.base for f in VERBS.values()}
#: past or participle form that differs from the base -> base
PAST_TO_BASE: dict[str, str] = {}
for _f in VERBS.values():
    for _form in (_f.past, _f.participle):
        if _form != _f.base:
            PAST_TO_BASE.setdefault(_form, _f.base)
# Forms that are also the base of some verb ("found" a company, "fell" a
# tree, "saw" wood, "lay" a cable) cannot be judged alone.
PAST_TO_BASE["were"] = "be"
for _amb in ("lay", "found", "fell", "saw", "bore", "wound", "bound", "ground", "beat",
             "come", "become", "overcome", "run", "lain"):
    PAST_TO_BASE.pop(_amb, None)

#: verbs whose base form ends in -ed, -eed: not past tenses
ED_BASES = frozenset(
    "need feed speed seed bleed breed exceed succeed proceed heed shed wed embed bed shred "
    "sled bred red weed deed plead impede concede recede precede supersede intercede".split()
)
