"""Closed compounds written as two words: ``head quarters``, ``through
out``, ``in stead of``, ``web site``.

Each half is a word, so a spelling check passes them. The table lists only
splits with no other reading: ``every where`` and ``them selves`` are
always one word, but ``any one`` (any one hand), ``some one`` (some one
hundred), ``may be`` (it may be), ``in to`` (log in to), ``over time``,
``after noon`` (shortly after noon), ``air ports`` (water and air ports),
``heart beat`` (her heart beat faster), ``there after`` (met there
after dinner), ``smart phone`` (common in
professional translations) and ``all ways`` stay out; ``world wide``
stays out before ``Web``. Checked against the newstest2021 and
generaltest2022 references (``benchmarks/ref_rule_counts.py``).
"""

from __future__ import annotations

from ...rule import bad, good, phrases

EN = frozenset({"en"})

#: split form -> closed form; one per line
TABLE_TEXT = """
head quarters -> headquarters
through out -> throughout
with out -> without
in stead of -> instead of
it self -> itself
them selves -> themselves
him self -> himself
her self -> herself
my self -> myself
your self -> yourself
our selves -> ourselves
your selves -> yourselves
some how -> somehow
some what -> somewhat
every where -> everywhere
any where -> anywhere
no where -> nowhere
be ware -> beware
before hand -> beforehand
down side -> downside
sky diving -> skydiving
free lance -> freelance
free lancer -> freelancer
free lancers -> freelancers
free lances -> freelances
free lancing -> freelancing
web site -> website
web sites -> websites
head scarf -> headscarf
head scarves -> headscarves
crowd sourcing -> crowdsourcing
crowd funding -> crowdfunding
flag ship -> flagship
head gear -> headgear
head stone -> headstone
head stones -> headstones
laughing stock -> laughingstock
life time -> lifetime
in the mean time -> in the meantime
nation wide -> nationwide
new comer -> newcomer
new comers -> newcomers
note worthy -> noteworthy
out grow -> outgrow
out side -> outside
over looked -> overlooked
over looking -> overlooking
over rated -> overrated
along side -> alongside
meta data -> metadata
law suit -> lawsuit
law suits -> lawsuits
eye lid -> eyelid
eye lids -> eyelids
eye brow -> eyebrow
eye brows -> eyebrows
eye lash -> eyelash
eye lashes -> eyelashes
under wear -> underwear
where abouts -> whereabouts
never the less -> nevertheless
non the less -> nonetheless
there fore -> therefore
what so ever -> whatsoever
near by -> nearby
afterall -> after all
lack luster -> lackluster
up coming -> upcoming
hand book -> handbook
class room -> classroom
class rooms -> classrooms
bath room -> bathroom
bed room -> bedroom
bed rooms -> bedrooms
week end -> weekend
week ends -> weekends
land mark -> landmark
land marks -> landmarks
fire fighter -> firefighter
fire fighters -> firefighters
police man -> policeman
police men -> policemen
business man -> businessman
business men -> businessmen
spokes person -> spokesperson
spokes man -> spokesman
spokes woman -> spokeswoman
chair man -> chairman
chair woman -> chairwoman
congress man -> congressman
country side -> countryside
down town -> downtown
out break -> outbreak
out breaks -> outbreaks
frame work -> framework
work force -> workforce
work place -> workplace
work shop -> workshop
work shops -> workshops
home town -> hometown
home land -> homeland
head line -> headline
head lines -> headlines
news paper -> newspaper
news papers -> newspapers
foot ball -> football
basket ball -> basketball
base ball -> baseball
where ever -> wherever
not with standing -> notwithstanding
where upon -> whereupon
data base -> database
data bases -> databases
soft ware -> software
hard ware -> hardware
key board -> keyboard
lap top -> laptop
lap tops -> laptops
life style -> lifestyle
life styles -> lifestyles
tax payer -> taxpayer
tax payers -> taxpayers
law maker -> lawmaker
law makers -> lawmakers
peace keeping -> peacekeeping
peace keeper -> peacekeeper
peace keepers -> peacekeepers
stake holder -> stakeholder
stake holders -> stakeholders
share holder -> shareholder
share holders -> shareholders
land slide -> landslide
land slides -> landslides
earth quake -> earthquake
earth quakes -> earthquakes
water way -> waterway
water ways -> waterways
rail way -> railway
rail ways -> railways
air craft -> aircraft
space craft -> spacecraft
space ship -> spaceship
war ship -> warship
war ships -> warships
war fare -> warfare
battle field -> battlefield
check point -> checkpoint
check points -> checkpoints
grand father -> grandfather
grand mother -> grandmother
grand parents -> grandparents
grand children -> grandchildren
grand son -> grandson
grand daughter -> granddaughter
boy friend -> boyfriend
girl friend -> girlfriend
house hold -> household
house holds -> households
house wife -> housewife
home work -> homework
home made -> homemade
hand made -> handmade
well being -> well-being
check list -> checklist
time line -> timeline
dead line -> deadline
dead lines -> deadlines
eye witness -> eyewitness
eye witnesses -> eyewitnesses
pass port -> passport
pass ports -> passports
to morrow -> tomorrow
mean while -> meanwhile
foot print -> footprint
foot prints -> footprints
life long -> lifelong
wild life -> wildlife
worth while -> worthwhile
non profit -> nonprofit
self esteem -> self-esteem
self defense -> self-defense
self defence -> self-defence
self sufficient -> self-sufficient
self sufficiency -> self-sufficiency
self driving -> self-driving
blueray -> Blu-ray
bluray -> Blu-ray
blu ray -> Blu-ray
allot of -> a lot of
urine analysis -> urinalysis
"""


def _table(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in text.strip().splitlines():
        wrong, _, right = (part.strip() for part in line.partition(" -> "))
        assert wrong and right and wrong not in out, line
        out[wrong] = [right]
    return out


TABLE = _table(TABLE_TEXT)

SPLIT = phrases(
    "spelling.compounds",
    TABLE,
    category="fluency/spelling",
    severity="neutral",
    langs=EN,
    message="“{phrase}” is written as one word: “{fix}”.",
    description="Closed compounds split in two (head quarters, through out, in stead of, web site) and "
    "run-together phrases (afterall): a data table.",
    examples=[
        bad("The ⟦head quarters⟧ moved to Beijing.", "headquarters"),
        bad("Prices rose ⟦through out⟧ the year.", "throughout"),
        bad("They used coal ⟦in stead of⟧ gas.", "instead of"),
        bad("The ministry's ⟦web site⟧ was down.", "website"),
        bad("The ⟦out break⟧ began in May.", "outbreak"),
        bad("UN ⟦peace keepers⟧ arrived.", "peacekeepers"),
        good("The headquarters moved; throughout the year; instead of gas; the website; a lot."),
        good("Any one hand; some one hundred people; it may be; log in to the site; over time."),
        good("We met there after dinner; pass word to the king; they drove there after lunch."),
        good("The outbreak began; peacekeepers arrived; the self-defense law; a break-through; to break fast."),
        good("The World Wide Web; lacking in tact; a head-quarters row; U.S. web-site rules in the '90s."),
    ],
)

RULES = (SPLIT,)
