"""Closed compounds written as two words: ``head quarters``, ``through
out``, ``in stead of``, ``web site``.

Each half is a word, so a spelling check passes them. The table lists only
splits with no other reading: ``every where`` and ``them selves`` are
always one word, but ``any one`` (any one hand), ``some one`` (some one
hundred), ``may be`` (it may be), ``in to`` (log in to), ``over time``
and ``all ways`` are English as two words and stay out; ``world wide``
stays out before ``Web``.
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
        good("The headquarters moved; throughout the year; instead of gas; the website; a lot."),
        good("Any one hand; some one hundred people; it may be; log in to the site; over time."),
        good("The World Wide Web; lacking in tact; a head-quarters row; U.S. web-site rules in the '90s."),
    ],
)

RULES = (SPLIT,)
