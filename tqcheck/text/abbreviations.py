"""Abbreviations the sentence splitter knows, as data.

``NEVER_END``: a full stop after these almost never ends a sentence (titles
before names, ``No. 5``, ``Jan. 5``). ``MAY_END``: they often sit in the middle
of a sentence (``the U.S. Army``) but can end one (``moved to the U.S.``); the
splitter breaks after them only when the next word is a common sentence
opener. Keys are lower case, without the final full stop.
"""

NEVER_END = frozenset(
    """
    mr mrs ms messrs mmes dr prof sr jr st mt ft rev hon pres gov sen rep gen lt col
    maj capt cmdr adm sgt cpl pvt supt insp det amb sec
    no nos art arts vol vols fig figs pp p para ch chap sec ed eds trans approx
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    vs v cf viz al e.g i.e
    """.split()
)

MAY_END = frozenset(
    """
    u.s u.k u.n u.s.a e.u p.r.c d.c a.m p.m etc inc ltd co corp bros plc llc
    jr sr ph.d m.a b.a m.d a.d b.c
    """.split()
)

#: Words that begin a sentence far more often than they continue one after an
#: abbreviation; after a MAY_END abbreviation they signal a break.
SENTENCE_STARTERS = frozenset(
    """
    the a an this that these those he she it they we i you his her its their our
    there here but and so yet however meanwhile also in on at for as after before
    when while if although though since during according officials some many most
    what who why how where which
    """.split()
)
