"""Fixed phrases with a sound-alike word in them (eggcorns and
malapropisms): ``for all intensive purposes``, ``sneak peak``, ``could care
less``, ``the Noble Prize``.

Every entry is a whole phrase that has no other reading, so the rule needs
no context: it is one table, matched in the scan every ``phrases`` table
shares. A phrase goes in only when its wrong form cannot be right English
elsewhere (``tow the line``, but not ``towed the line``, which is a boat
towing a line). Phrases that are also names (``Free Reign
Entertainment``) or that a context can make right (``take the reigns of
these kings``) are left to ``grammar.confusions.words``, which reads the
neighbours.
"""

from __future__ import annotations

from ...rule import bad, good, phrases
from ._context import CATEGORY, EN

#: wrong phrase -> right phrase (``|`` separates alternatives); one per line
TABLE_TEXT = """
for all intensive purposes -> for all intents and purposes
for all intense purposes -> for all intents and purposes
to all intensive and purposes -> to all intents and purposes
to all intense and purposes -> to all intents and purposes
sneak peak -> sneak peek
sneak peaks -> sneak peeks
egg yoke -> egg yolk
egg yokes -> egg yolks
witch haunt -> witch hunt
witch haunts -> witch hunts
bye the way -> by the way
back and fourth -> back and forth
and so fourth -> and so forth
put fourth the -> put forth the
further adieu -> further ado
without further adieu -> without further ado
deep-seeded -> deep-seated
deep seeded -> deep-seated
bold-faced lie -> bald-faced lie
bold-faced lies -> bald-faced lies
once and a while -> once in a while
once and awhile -> once in a while
on behave of -> on behalf of
reigns of power -> reins of power
homes for sell -> homes for sale
house for sell -> house for sale
up for sell -> up for sale
a working progress -> a work in progress
in the throws of -> in the throes of
final throws -> final throes
death throws -> death throes
zero-sum gain -> zero-sum game
peace of cake -> piece of cake
piece of mind -> peace of mind
chalk full -> chock-full
in masse -> en masse
en mass -> en masse
nobel price -> Nobel Prize
noble prize -> Nobel Prize
noble prizes -> Nobel Prizes
noble laureate -> Nobel laureate
consolation price -> consolation prize
consolation prices -> consolation prizes
constellation prize -> consolation prize
slight of hand -> sleight of hand
slights of hand -> sleights of hand
route of the problem -> root of the problem
route of the problems -> root of the problems
route cause -> root cause
tow the line -> toe the line
tows the line -> toes the line
towing the line -> toeing the line
baited breath -> bated breath
bare in mind -> bear in mind
bare with me -> bear with me
bare with us -> bear with us
baring in mind -> bearing in mind
playoff birth -> playoff berth
spinal chord -> spinal cord
vocal chords -> vocal cords
strike a cord -> strike a chord
strikes a cord -> strikes a chord
struck a cord -> struck a chord
in edition to -> in addition to
door jam -> door jamb
am loathe to -> am loath to
is loathe to -> is loath to
are loathe to -> are loath to
was loathe to -> was loath to
were loathe to -> were loath to
mute point -> moot point
peak his interest -> pique his interest
peak her interest -> pique her interest
peak my interest -> pique my interest
peak your interest -> pique your interest
peak their interest -> pique their interest
peaked his interest -> piqued his interest
peaked her interest -> piqued her interest
peaked my interest -> piqued my interest
peaked their interest -> piqued their interest
most populace -> most populous
lead roll -> lead role
role call -> roll call
construction sight -> construction site
out of sink -> out of sync
different tact -> different tack
wreck havoc -> wreak havoc
wrecked havoc -> wreaked havoc
wrecking havoc -> wreaking havoc
imminent domain -> eminent domain
could care less -> couldn't care less
couldn't careless -> couldn't care less
daily regiment -> daily regimen
de factor -> de facto
worse-case scenario -> worst-case scenario
worse case scenario -> worst-case scenario
treasure trough -> treasure trove
statue of limitations -> statute of limitations
beckon call -> beck and call
trite and true -> tried and true
every since -> ever since
one fowl swoop -> one fell swoop
hay day -> heyday
hew and cry -> hue and cry
minus well -> might as well
oft chance -> off chance
pedal to the medal -> pedal to the metal
realms of possibility -> realm of possibility
sense of false security -> false sense of security
rod iron -> wrought iron
sound byte -> sound bite
sound bytes -> sound bites
vintage point -> vantage point
whim and a prayer -> wing and a prayer
year end and year out -> year in and year out
hand and hand -> hand in hand
grasping for straws -> grasping at straws
damp squid -> damp squib
daring-do -> derring-do
death nail -> death knell
reap what you sew -> reap what you sow
spare of the moment -> spur of the moment
wet your appetite -> whet your appetite
wet their appetite -> whet their appetite
tattle-tail -> tattletale
old wise tail -> old wives' tale
old wives tale -> old wives' tale
on the lamb -> on the lam
mash potatoes -> mashed potatoes
is renown for -> is renowned for
was renown for -> was renowned for
brew haha -> brouhaha
in along time -> in a long time
for along time -> for a long time
incase of -> in case of
ala mode -> à la mode
must of the time -> most of the time
case and point -> case in point
nip it in the butt -> nip it in the bud
scott free -> scot-free
hunger pains -> hunger pangs
last but not last -> last but not least
per say -> per se
all be it -> albeit
another words -> in other words
pass mustard -> pass muster
unchartered territory -> uncharted territory
unchartered waters -> uncharted waters
undo influence -> undue influence
hair-brained -> hare-brained
heart-rendering -> heart-rending
neck in neck -> neck and neck
preying mantis -> praying mantis
fall by the waste side -> fall by the wayside
just desserts -> just deserts
shoe-in -> shoo-in
do to the fact that -> due to the fact that
awaiting for -> waiting for
ascetic acid -> acetic acid
airplane hanger -> airplane hangar
airplane hangers -> airplane hangars
aircraft hanger -> aircraft hangar
aircraft hangers -> aircraft hangars
wildly accepted -> widely accepted
at a lose -> at a loss
not ad all -> not at all
took case of -> took care of
take case of -> take care of
taking case of -> taking care of
first aid kid -> first aid kit
each and everyone -> each and every one
totem poll -> totem pole
telephone poll -> telephone pole
opinion pole -> opinion poll
opinion poles -> opinion polls
exit pole -> exit poll
exit poles -> exit polls
straw pole -> straw poll
in vein attempt -> vain attempt
from know on -> from now on
every know and then -> every now and then
that being sad -> that being said
marry christmas -> merry Christmas
at the hard of -> at the heart of
taken a bag by -> taken aback by
as oppose to -> as opposed to
without out a doubt -> without a doubt
feel tree to -> feel free to
beat regards -> best regards
true to her words -> true to her word
true to his words -> true to his word
true to their words -> true to their word
for time to time -> from time to time
form time to time -> from time to time
get ride of -> get rid of
got ride of -> got rid of
getting ride of -> getting rid of
gets ride of -> gets rid of
make us of -> make use of
made us of -> made use of
making us of -> making use of
apart form -> apart from
in any from -> in any form
one ore more -> one or more
error massage -> error message
error massages -> error messages
text massage -> text message
text massages -> text messages
spilling error -> spelling error
spilling errors -> spelling errors
spilling mistake -> spelling mistake
spilling mistakes -> spelling mistakes
genital wars -> genital warts
corral reef -> coral reef
corral reefs -> coral reefs
marshal art -> martial art
marshal arts -> martial arts
marshal artist -> martial artist
marital art -> martial art
marital arts -> martial arts
marital artist -> martial artist
marital law -> martial law
marshall law -> martial law
gold cart -> golf cart
gold carts -> golf carts
gold course -> golf course
playing gold -> playing golf
masters degree -> master's degree
masters degrees -> master's degrees
bachelors degree -> bachelor's degree
masters dissertation -> master's dissertation
masters thesis -> master's thesis
masters theses -> master's theses
office stationary -> office stationery
brother-in-laws -> brothers-in-law
brothers-in-laws -> brothers-in-law
sister-in-laws -> sisters-in-law
sisters-in-laws -> sisters-in-law
mother-in-laws -> mothers-in-law
father-in-laws -> fathers-in-law
son-in-laws -> sons-in-law
daughter-in-laws -> daughters-in-law
mother-in-low -> mother-in-law
father-in-low -> father-in-law
mother in low -> mother-in-law
father in low -> father-in-law
miss understand -> misunderstand
miss understood -> misunderstood
miss used -> misused
miss spelled -> misspelled
miss interpret -> misinterpret
miss interpreted -> misinterpreted
miss lead -> mislead
miss leading -> misleading
we're are -> we are
you're are -> you are
they're are -> they are
i'm am -> I am
she's is -> she is
he's is -> he is
i've have -> I have
he'd would -> he would
she'd would -> she would
your sincerely -> yours sincerely
your truly -> yours truly
doe snot -> does not
hast o -> has to
political gaffs -> political gaffes
cultural gaff -> cultural gaffe
eluded to -> alluded to
guest stared -> guest-starred
in titled to -> entitled to
squared mile -> square mile
squared miles -> square miles
squared kilometers -> square kilometers
squared kilometres -> square kilometres
all of the sudden -> all of a sudden
beyond the pail -> beyond the pale
by in large -> by and large
cut the muster -> cut the mustard
do diligence -> due diligence
doggy dog world -> dog-eat-dog world
escape goat -> scapegoat
fair to midland -> fair to middling
in leu of -> in lieu of
make due with -> make do with
mind-bottling -> mind-boggling
mother load -> mother lode
nerve-wrecking -> nerve-racking
old timers disease -> Alzheimer's disease
pre-madonna -> prima donna
self-depreciating -> self-deprecating
tongue and cheek -> tongue in cheek
tongue-and-cheek -> tongue-in-cheek
visa versa -> vice versa
on tender hooks -> on tenterhooks
play it by year -> play it by ear
hair's breath -> hair's breadth
on the same token -> by the same token
plays a factor -> plays a role
played a factor -> played a role
are as follow -> are as follows
is as follow -> is as follows
ring its neck -> wring its neck
ring his neck -> wring his neck
ring her neck -> wring her neck
gardener snake -> garter snake
one foul swoop -> one fell swoop
constitutes of -> consists of
site for sore eyes -> sight for sore eyes
peeked my interest -> piqued my interest
peeked his interest -> piqued his interest
peeked her interest -> piqued her interest
peeked their interest -> piqued their interest
extract revenge -> exact revenge
flaunt the rules -> flout the rules
flaunted the rules -> flouted the rules
flaunting the rules -> flouting the rules
flaunt the law -> flout the law
flaunted the law -> flouted the law
flaunting the law -> flouting the law
make ends meat -> make ends meet
moral of the troops -> morale of the troops
troop moral -> troop morale
on the spurt of the moment -> on the spur of the moment
sort of speak -> so to speak
peace of the action -> piece of the action
past muster -> pass muster
hold your piece -> hold your peace
rest in piece -> rest in peace
piece talks -> peace talks
piece process -> peace process
piece treaty -> peace treaty
piece agreement -> peace agreement
piece deal -> peace deal
world piece -> world peace
peace of paper -> piece of paper
peace of land -> piece of land
peace of legislation -> piece of legislation
peace of advice -> piece of advice
peace of information -> piece of information
peace of evidence -> piece of evidence
peace of news -> piece of news
peace of equipment -> piece of equipment
site unseen -> sight unseen
waive goodbye -> wave goodbye
waived goodbye -> waved goodbye
reek havoc -> wreak havoc
reeked havoc -> wreaked havoc
weather or not -> whether or not
elicit drugs -> illicit drugs
flair up -> flare up
flair-up -> flare-up
flair-ups -> flare-ups
roll model -> role model
roll models -> role models
play a roll -> play a role
plays a roll -> plays a role
played a roll -> played a role
playing a roll -> playing a role
key roll -> key role
important roll -> important role
leading roll -> leading role
basic tenant -> basic tenet
central tenant -> central tenet
core tenant -> core tenet
fundamental tenant -> fundamental tenet
weather vain -> weather vane
breech of contract -> breach of contract
breech of security -> breach of security
security breech -> security breach
data breech -> data breach
cease the opportunity -> seize the opportunity
cease the moment -> seize the moment
seize and desist -> cease and desist
not phased by -> not fazed by
grizzly murder -> grisly murder
grizzly murders -> grisly murders
grizzly crime -> grisly crime
grizzly details -> grisly details
heroine addiction -> heroin addiction
heroine addict -> heroin addict
heroine addicts -> heroin addicts
heroine overdose -> heroin overdose
lightening strike -> lightning strike
lightening strikes -> lightning strikes
thunder and lightening -> thunder and lightning
lightening bolt -> lightning bolt
navel base -> naval base
navel bases -> naval bases
navel officer -> naval officer
navel officers -> naval officers
navel forces -> naval forces
navel fleet -> naval fleet
naval gazing -> navel-gazing
fall pray to -> fall prey to
fell pray to -> fell prey to
falling pray to -> falling prey to
falls pray to -> falls prey to
proceeding year -> preceding year
dire straights -> dire straits
slammed on the breaks -> slammed on the brakes
slam on the breaks -> slam on the brakes
duel citizenship -> dual citizenship
duel-use -> dual-use
duel purpose -> dual purpose
feint of heart -> faint of heart
soul purpose -> sole purpose
soul survivor -> sole survivor
soul proprietor -> sole proprietor
soul responsibility -> sole responsibility
steal mill -> steel mill
steal mills -> steel mills
steal tariffs -> steel tariffs
steal and aluminum -> steel and aluminum
steal and aluminium -> steel and aluminium
bazaar behavior -> bizarre behavior
bazaar behaviour -> bizarre behaviour
statue of limitation -> statute of limitations
shoe-ins -> shoo-ins
half an our -> half an hour
an our ago -> an hour ago
in awhile -> in a while
human's beings -> human beings
faired as well -> fared as well
faired well -> fared well
faired better -> fared better
faired worse -> fared worse
faired poorly -> fared poorly
forth place -> fourth place
forth quarter -> fourth quarter
forth largest -> fourth largest
forth time -> fourth time
forth consecutive -> fourth consecutive
forth-largest -> fourth-largest
managerial reigns -> managerial reins
what laid ahead -> what lay ahead
was lain -> was laid
is contained of -> contains
could give a damn -> couldn't give a damn
my bed english -> my bad English
blessing in the skies -> blessing in disguise
even thought -> even though
conscience decision -> conscious decision
self-conscience -> self-conscious
south china see -> South China Sea
east china see -> East China Sea
mediterranean see -> Mediterranean Sea
caribbean see -> Caribbean Sea
baltic see -> Baltic Sea
caspian see -> Caspian Sea
arabian see -> Arabian Sea
aegean see -> Aegean Sea
adriatic see -> Adriatic Sea
brake the law -> break the law
brake the news -> break the news
brake the record -> break the record
brake the silence -> break the silence
brake the ice -> break the ice
brake the deadlock -> break the deadlock
brake the rules -> break the rules
hit the breaks -> hit the brakes
put the breaks on -> put the brakes on
sahara dessert -> Sahara Desert
gobi dessert -> Gobi Desert
the lose of -> the loss of
a lose of -> a loss of
net lose -> net loss
take it for granite -> take it for granted
took it for granite -> took it for granted
taken for granite -> taken for granted
take for granite -> take for granted
prostrate cancer -> prostate cancer
prostrate gland -> prostate gland
lip sing -> lip-sync
lip singing -> lip-syncing
mind bottling -> mind-boggling
low and behold -> lo and behold
cold slaw -> coleslaw
pot marked -> pockmarked
vise versa -> vice versa
remain in affect -> remain in effect
remains in affect -> remains in effect
remained in affect -> remained in effect
still in affect -> still in effect
is suppose to -> is supposed to
are suppose to -> are supposed to
was suppose to -> was supposed to
were suppose to -> were supposed to
be suppose to -> be supposed to
am suppose to -> am supposed to
not suppose to -> not supposed to
you're suppose to -> you're supposed to
we're suppose to -> we're supposed to
they're suppose to -> they're supposed to
i'm suppose to -> I'm supposed to
it's suppose to -> it's supposed to
irregardless -> regardless
the flew -> the flu
"""


def _table(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in text.strip().splitlines():
        wrong, _, right = line.partition(" -> ")
        wrong = wrong.strip()
        assert wrong and right and wrong not in out, line
        out[wrong] = right.split("|")
    return out


TABLE = _table(TABLE_TEXT)

EGGCORNS = phrases(
    "grammar.idioms.eggcorn",
    TABLE,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{phrase}” is a sound-alike slip; the phrase is “{fix}”.",
    description="Fixed phrases with a sound-alike word (for all intensive purposes, sneak peak, "
    "the Noble Prize): a data table.",
    examples=[
        bad("The law is, ⟦for all intensive purposes⟧, dead.", "for all intents and purposes"),
        bad("The EU gave Beijing a ⟦sneak peak⟧ at the plan.", "sneak peek"),
        bad("He was awarded the ⟦Noble Prize⟧ in 2010.", "Nobel Prize"),
        bad("The party will ⟦tow the line⟧.", "toe the line"),
        bad("He holds a ⟦masters degree⟧ in law.", "master's degree"),
        bad("His ⟦brother-in-laws⟧ came.", "brothers-in-law"),
        bad("It is not a car ⟦per say⟧.", "per se"),
        bad("They ⟦were suppose to⟧ meet in May.", "were supposed to"),
        good("I suppose to some extent; suppose to the contrary; granite countertops for granite lovers."),
        good("For all intents and purposes, it is dead; a sneak peek; the Nobel Prize."),
        good("The boat towed the line; the king's reign in France; the masters of their art."),
        good("His brother-in-law's car; a free-reign policy was not adopted; prices peaked in May."),
        good("The soldiers, on behalf of the U.S., fought; the '90s saw 3.5% growth; per se."),
    ],
)

RULES = (EGGCORNS,)
