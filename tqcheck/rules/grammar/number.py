"""Noun number against its determiner, read off the tagged token layer:
``a milestones``, ``this errors``, ``many wine``, ``there is many problems``.

A word counts as plural only when every reading the lexicon has for it is a
plural noun (``desks``; not ``means``, ``news``, ``data``, nor ``plans``,
which can be a verb), and as singular only when its one reading is a
singular noun. A plural used as a modifier (``a sales tax``, ``a jobs
report``, ``this arms deal``) is followed by a noun and left alone.
"""

from __future__ import annotations

import re
from typing import Any

from ...lexicon.dictionary import frequency
from ...lexicon.tags import readings, words_where
from ...rule import bad, good, pattern, tagged
from ._context import CATEGORY, EN

_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: plural amounts read as one quantity: "there is 5 kilometres to go"
_UNITS = frozenset(
    "percent dollars yuan euros pounds yen kilometres kilometers miles metres meters years months weeks days "
    "hours minutes seconds times points degrees tons tonnes kilograms grams".split()
)


def _plural_words() -> frozenset[str]:
    """Words the lexicon knows only as a plural noun (or as a plural noun and an -s verb)."""
    return words_where("NNS, maybe VBZ", lambda t: "NNS" in t and t <= {"NNS", "VBZ"})


def _plural_within(n: int) -> dict[int | tuple[int, int], Any]:
    """``near``: a word of ``_plural_words`` within ``n`` words after the trigger."""
    return {(1, n): _plural_words}


def _singular_next(doc, i) -> bool:
    """A noun with no plural reading one or two words on."""
    singular = words_where("NN, maybe VB", lambda t: "NN" in t and t <= {"NN", "VB", "VBP", "JJ"})
    keys = doc.word_keys
    return not singular.isdisjoint(keys[i + 1:i + 3])


def _plural_only(tg, i) -> bool:
    return tg.tags(i) == {"NNS"} and tg.doc.word_texts[i].islower() and not tg.doc.word_keys[i].endswith(
        ("ss", "us", "is", "ics"))


def _not_modifier(tg, i, strict: bool = False) -> bool:
    """Word ``i`` is not followed by a noun it modifies, nor is it a
    possessive (``a politicians' vision``)."""
    j = i + 1
    if tg.doc.text[tg.doc.word_ends[i]:tg.doc.word_ends[i] + 1] in ("'", "’"):
        return False
    if j < len(tg) and tg.joined(j) and tg.doc.word_keys[j] in ("and", "or", "&"):
        return False  # "many wine and food festivals": coordinated modifiers
    if strict:  # the next word's chosen tag is a noun: "there was updates daily" is no modifier
        return not (j < len(tg) and tg.joined(j) and tg.tag(j) in _NOUNS)
    return not (j < len(tg) and tg.joined(j) and tg.tags(j) & _NOUNS)


_QUANTIFIERS = frozenset("few couple dozen hundred thousand million billion great good lot number "
                         "whole further additional extra other record total".split())


def _a_plural(tg, got, unit) -> bool:
    noun = got[-1]
    keys = tg.doc.word_keys
    if any(j is not None and keys[j] in _QUANTIFIERS for j in got[1:]):
        return False  # "a few days", "a good many years", "a further 10 days"
    if tg.doc.word_texts[got[0]] == "A" and tg.joined(got[0]):
        return False  # "two A divisions": a letter
    return _plural_only(tg, noun) and _not_modifier(tg, noun)


A_PLURAL = tagged(
    "grammar.number.a-plural",
    "a|an <?JJ|JJS|JJR|VBN>? <?JJ>? @<NNS>",
    triggers=["a", "an"],
    near=_plural_within(3),
    when=_a_plural,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“a/an” goes with one thing, but “{found}” is plural.",
    description="a or an before a plural noun (a milestones, a wooden desks).",
    examples=[
        bad("It was a major ⟦milestones⟧ for the UN."),
        bad("I made a simple wooden ⟦desks⟧."),
        good("It was a major milestone; a sales tax and a jobs report; a means to an end."),
        good("A few days later, a series of talks and a lot of people; a news agency."),
        good("He is a United Nations official; an arms deal; a 10 days trip."),
    ],
)


def _this_plural(tg, got, unit) -> bool:
    noun = got[-1]
    return _plural_only(tg, noun) and _not_modifier(tg, noun)


THIS_PLURAL = tagged(
    "grammar.number.this-plural",
    "@this @<NNS>",
    triggers=["this"],
    near=_plural_within(1),
    when=_this_plural,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“this” goes with a singular noun, but “{found}” is plural: “these”, or the singular.",
    description="this before a plural noun (this errors). (“that” + a plural is mostly the "
    "conjunction: said that workers left.)",
    examples=[
        bad("If ⟦this errors⟧ are easy to fix, fix them."),
        good("If these errors are easy to fix; this sales tax; that means a lot; this year."),
        good("He said that officials left; so that workers can rest."),
    ],
)


def _many_singular(tg, got, unit) -> bool:
    noun = got[-1]
    doc = tg.doc
    tags = tg.tags(noun)
    # "several book": after several a verb reading is impossible; "many care",
    # "few doubt" are pronoun + verb, so after many/few only a pure noun counts
    singular = tags == {"NN"} or (doc.word_keys[got[0]] == "several" and got[1] is None
                                  and tags <= {"NN", "VB", "VBP"} and "NN" in tags)
    return singular and doc.word_texts[noun].islower() and _not_modifier(tg, noun) \
        and doc.word_keys[noun] not in ("more", "less", "fewer", "other", "times", "a", "thanks")


MANY_SINGULAR = tagged(
    "grammar.number.many-singular",
    "many|few|several <JJ>? @<NN>",
    triggers=["many", "few", "several"],
    pre=_singular_next,
    when=_many_singular,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“many/few/several” count things, but “{found}” is singular or uncountable: use “much/little”, "
    "or the plural.",
    description="many, few or several before a singular or uncountable noun (many wine, several "
    "information).",
    examples=[
        bad("I have many ⟦wine⟧."),
        bad("They gave several ⟦information⟧."),
        bad("I have many red ⟦wine⟧."),
        bad("I have several ⟦book⟧."),
        good("Many people, few cases, several times; many more; a few; many a man."),
        good("Many Chinese firms and several US banks; few government officials."),
        good("Many care for her; few doubt it; many fear the worst; many local people."),
    ],
)


def _there_plural(tg, got, unit) -> bool:
    noun = got[-1]
    if (got[1] is None) != (tg.doc.word_keys[got[0]] in ("there's", "here's")):
        return False
    # after "there is" a -s word is a noun: "there was updates"
    if not ("NNS" in tg.tags(noun) and tg.tags(noun) <= {"NNS", "VBZ"} and tg.doc.word_texts[noun].islower()
            and not tg.doc.word_keys[noun].endswith(("ss", "us", "is", "ics"))):
        return False
    if tg.doc.word_keys[noun] in _UNITS or not _not_modifier(tg, noun, strict=True):
        return False
    # "there is lots of", "there is hundreds of": quantities
    return tg.doc.word_keys[noun] not in ("lots", "loads", "plenty", "hundreds", "thousands", "millions", "dozens")


THERE_IS_PLURAL = tagged(
    "grammar.number.there-is-plural",
    "@there|here|there's|here's @is|was|isn't|wasn't? <DT|JJ|CD>? <JJ>? @<NNS>",
    triggers=["there", "here", "there's", "here's"],
    near=_plural_within(4),
    when=_there_plural,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: with a plural noun use “there are/were”.",
    description="there is / there was before a plural noun (there is many problems, there was "
    "discussions).",
    examples=[
        bad("⟦There is many problems⟧ in Iraq."),
        bad("For a year ⟦there was updates⟧ daily."),
        bad("⟦There's 3 women⟧ waiting for you."),
        good("There are many problems; there is news; there was a series of talks."),
        good("There is 5 kilometers to go; there is plenty of time; there is lots of work."),
        good("There is evidence that jobs were lost; there was one of the talks."),
    ],
)

def _these_singular(tg, got, unit) -> bool:
    noun = got[-1]
    doc = tg.doc
    key = doc.word_keys[noun]
    if key in ("kind", "sort", "type"):
        nxt = noun + 1
        return nxt < len(tg) and tg.joined(nxt) and doc.word_keys[nxt] == "of"
    return tg.tags(noun) == {"NN"} and doc.word_texts[noun].islower() and _not_modifier(tg, noun) \
        and not key.endswith("s") and key != "one"


THESE_SINGULAR = tagged(
    "grammar.number.these-singular",
    "@these|those @<NN|JJ>",
    triggers=["these", "those"],
    pre=lambda doc, i: i + 1 < len(doc.word_keys) and (doc.word_keys[i + 1] in ("kind", "sort", "type")
                                                       or _singular_next(doc, i)),
    when=_these_singular,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: these/those go with a plural noun (these errors, this kind).",
    description="these or those before a singular noun (these error, these kind of errors).",
    examples=[
        bad("⟦These error⟧ are easy to fix."),
        bad("⟦These kind⟧ of errors are easy to fix."),
        bad("How is life in America ⟦these day⟧?"),
        good("These errors are easy; this kind of error; those two; these days; those who came."),
        good("These data are new; those sales figures; these government officials."),
    ],
)

#: quantities that take a plural whatever the noun: "a number of problem"
_ALWAYS_PLURAL = frozenset("number couple".split())
#: nouns whose plural is the singular (the number of Tibetan antelope), and other words tagged NN here
_INVARIANT = frozenset("antelope deer sheep fish moose bison salmon trout cod elk buffalo swine squid shrimp carp "
                       "tuna reindeer yak aircraft offspring other".split())
#: words that count a collective noun in the singular (a number of staff)
_COLLECTIVE = frozenset("staff personnel police crew faculty clergy cattle livestock poultry family public "
                        "youth government team audience committee management militia".split())
#: before "kinds/types/sorts of": a count of kinds
_KINDS_BEFORE = frozenset("many several various different numerous all these those other two three four five six "
                          "seven eight nine ten".split())
#: a noun whose plural is at least this common against its singular (in the
#: frequency list) is a count noun: thing, problem, student, book; below it
#: stand nouns also used as mass nouns (work, time, effort is the exception)
_COUNT_RATIO = 0.3
_MASS_ALSO = frozenset("effort paper glass hair fruit stone iron rubber light noise wood".split())


def _plural_of(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "es" if noun.endswith(("s", "x", "z", "ch", "sh")) else noun + "s"


def _countable(noun: str) -> bool:
    return noun not in _MASS_ALSO and frequency(_plural_of(noun)) >= _COUNT_RATIO * max(frequency(noun), 1)


def _quantity_singular(tg, got, unit) -> bool:
    doc = tg.doc
    keys = doc.word_keys
    q, noun = got[0], got[-1]
    key = keys[noun]
    if not doc.word_texts[noun].islower() or key in _UNITS or key in _COLLECTIVE or key in _INVARIANT:
        return False
    nxt = noun + 1
    if nxt < len(tg):
        gap = doc.text[doc.word_ends[noun]:doc.word_starts[nxt]]
        if gap.strip() in ("-", "‐", "–") or tg.joined(nxt) and tg.tags(nxt) & {"JJ", "VBN"} \
                and nxt + 1 < len(tg) and tg.joined(nxt + 1) and tg.tags(nxt + 1) & _NOUNS:
            return False  # "grass - roots", "farm agricultural machinery", "new crown confirmed cases"
    tags = tg.tags(noun)
    if not ("NN" in tags and tags <= {"NN", "VB", "VBP"}) or _plural_of(key) not in words_where(
            "NNS", lambda t: "NNS" in t):
        return False
    if not _not_modifier(tg, noun):
        return False  # "a number of car dealers"
    if nxt < len(tg) and tg.joined(nxt) and doc.word_keys[nxt].endswith("ing"):
        return False  # "a number of industry leading workshops": a compound modifier
    qk = keys[q]
    before = keys[q - 1] if q > 0 and tg.joined(q) else None
    if qk in ("number", "couple", "lot"):
        # "a number of", "the growing number of", "a whole lot of"; not "the phone number of"
        if before is None or not (before in ("a", "the") or tg.tag(q - 1) in ("JJ", "JJR", "JJS")):
            return False
    if qk in ("kinds", "types", "sorts") and (before not in _KINDS_BEFORE or tags != {"NN"}):
        return False  # "all kinds of demand for consumption": a noun that is also a verb is often mass
    if qk in ("lot", "lots") and nxt < len(tg) and tg.joined(nxt):
        return False  # "a lot of skill to the play": abstract nouns count as mass after a lot of; only "lots of book."
    if qk not in _ALWAYS_PLURAL:
        return _countable(key)
    return True


QUANTITY_SINGULAR = tagged(
    "grammar.number.quantity-singular",
    "number|lot|lots|dozens|hundreds|thousands|millions|billions|couple|kinds|types|sorts of <JJ>? @<NN>",
    triggers=["number", "lot", "lots", "dozens", "hundreds", "thousands", "millions", "billions", "couple", "kinds",
              "types", "sorts"],
    pre=lambda doc, i: i + 2 < len(doc.word_keys) and doc.word_keys[i + 1] == "of" and _singular_next(doc, i + 1),
    when=_quantity_singular,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” follows a word that counts several things: use the plural (or “amount of” with a mass noun).",
    description="A singular noun after a quantity that counts things (a number of problem, hundreds of "
    "village, a lot of car, many kinds of book); nouns used as mass nouns (a lot of work, a number of staff) "
    "are left alone.",
    examples=[
        bad("A great number of ⟦problem⟧ have arisen."),
        bad("We have a lot of ⟦problem⟧."),
        bad("I have got lots of ⟦book⟧."),
        bad("There are many kinds of ⟦problem⟧ in the shop."),
        bad("Thousands of ⟦student⟧ marched."),
        good("A great number of problems; a lot of work, time and effort; lots of money and paper."),
        good("A number of staff left; the phone number of the office; thousands of yuan; a lot of fun."),
        good("Many kinds of food; all sorts of equipment; a number of car dealers; dozens of Chinese firms."),
        good("The number of unemployed rose; a couple of days; lots of people; a lot of things."),
        good("A number of industry leading workshops; all kinds of demand for consumption were stimulated."),
        good("The number of Tibetan antelope; tens of billions of revenue; a lot of skill to the play."),
        good("The number of farm agricultural machines; a vast number of grass - roots members."),
    ],
)


def _there_singular(tg, got, unit) -> bool:
    doc = tg.doc
    noun = got[-1]
    if (got[1] is None) != (doc.word_keys[got[0]] == "there're"):
        return False
    key = doc.word_keys[noun]
    if tg.tags(noun) != {"NN"} or not doc.word_texts[noun].islower() or key in _UNITS or key in _COLLECTIVE \
            or key in _INVARIANT or key in _QUANTIFIERS or key in ("plenty", "dozen", "hundred", "thousand", "million"):
        return False
    nxt = noun + 1
    if nxt + 1 < len(tg) and tg.joined(nxt) and tg.joined(nxt + 1) and tg.tags(nxt) & {"JJ", "VBN"} \
            and tg.tags(nxt + 1) & _NOUNS:
        return False  # "there are safety hidden dangers": a noun modifying through an adjective
    return _not_modifier(tg, noun)


THERE_ARE_SINGULAR = tagged(
    "grammar.number.there-are-singular",
    "@there|there're @are|were? <JJ>? @<NN>",
    triggers=["there", "there're"],
    pre=lambda doc, i: i + 2 < len(doc.word_keys) and (doc.word_keys[i] == "there're" or doc.word_keys[i + 1] in (
        "are", "were")) and _singular_next(doc, i + (0 if doc.word_keys[i] == "there're" else 1)),
    when=_there_singular,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: “there are/were” goes with a plural noun; use the plural or “there is/was”.",
    description="there are / there were before a singular noun (there are problem in Iraq, there were "
    "accident).",
    examples=[
        bad("⟦There're problem⟧ in Iraq but it is not a terrible situation."),
        bad("⟦There are big problem⟧ here."),
        bad("In the west ⟦there were strong rainfall⟧."),
        good("There are new variety shows online; there are safety hidden dangers; there were accidents yesterday."),
        good("There are problems; there were government officials; there are staff on duty; there were sheep."),
        good("There are plenty of them; there were a lot of people; there are no plans; there are more."),
    ],
)


_THIS_BE = {"this": ("are", "were"), "these": ("is", "was"), "those": ("is", "was")}


def _this_be(tg, got, unit) -> bool:
    from ._context import sentence_openings

    doc = tg.doc
    det, be = doc.word_keys[got[0]], doc.word_keys[got[1]]
    if be not in _THIS_BE[det] or doc.word_starts[got[0]] not in sentence_openings(doc):
        return False
    # "This are" is never right; "These is" only as an inversion ("These is
    # where...") is rare enough, but a question "Is this ...?" never starts so
    return True


THIS_BE = tagged(
    "grammar.number.this-be",
    "@this|these|those @are|were|is|was",
    triggers=["this", "these", "those"],
    near={1: {"are", "were", "is", "was"}},
    when=_this_be,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: the demonstrative and the verb disagree in number.",
    description="A demonstrative pronoun opening a sentence with a verb of the other number (This are "
    "errors; These was an error).",
    examples=[
        bad("⟦This are⟧ errors."),
        bad("⟦These was⟧ an error."),
        good("These are errors. This was an error. Among these is the question. Is this are?"),
    ],
)


_SMALL_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def _number_singular(tg, got, unit) -> bool:
    noun = got[-1]
    doc = tg.doc
    if not doc.word_texts[noun].islower() or doc.word_keys[noun] in _UNITS or doc.word_keys[noun] == "fold":
        return False
    tags = tg.tags(noun)
    if not ("NN" in tags and tags <= {"NN", "VB", "VBP"}) or doc.word_keys[noun] + "s" not in words_where(
            "NNS", lambda t: "NNS" in t):
        return False
    # only where the noun ends the clause: "five book." ("five star hotel",
    # "two percent" and compounds are followed by more)
    nxt = noun + 1
    if nxt >= len(doc.word_keys):
        return True
    return not tg.joined(nxt) and doc.text[doc.word_ends[noun]:doc.word_starts[nxt]].strip()[:1] in (".", ",", ";",
                                                                                                     "!", "?")


NUMBER_SINGULAR = tagged(
    "grammar.number.number-singular",
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve @<NN>",
    triggers=_SMALL_NUMBERS,
    when=_number_singular,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” follows a number above one: use the plural.",
    description="A number word above one before a singular noun that ends the clause (I have five book).",
    examples=[
        bad("I have five ⟦book⟧."),
        good("I have five books; a five star hotel; two percent; three times; four year old."),
        good("Two thirds; the two sides met; two-thirds of them; ten fold."),
    ],
)

def _some_singular(tg, got, unit) -> bool:
    noun = got[1]
    doc = tg.doc
    key = doc.word_keys[noun]
    return tg.tags(noun) <= {"NN", "VB", "VBP"} and "NN" in tg.tags(noun) and doc.word_texts[noun].islower() \
        and key + "s" in words_where("NNS", lambda t: "NNS" in t) and not key.endswith("s")


SOME_SINGULAR = tagged(
    "grammar.number.some-singular",
    "some|several|many|both|few @<NN> are|were|have",
    triggers=["some", "several", "many", "both", "few"],
    pre=lambda doc, i: i + 2 < len(doc.word_keys) and doc.word_keys[i + 2] in ("are", "were", "have"),
    when=_some_singular,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” is singular, but the verb after it is plural: use the plural noun.",
    description="some, several or both before a singular count noun that a plural verb follows (some "
    "language are more complicated).",
    examples=[
        bad("I think some ⟦language⟧ are more complicated than others.", None),
        good("Some languages are complicated; some money was spent; many people are; some data are."),
    ],
)


#: the number and noun before an apostrophe-s, read backwards from it: the regex hangs on the
#: rare apostrophe, so the scan does not stop at every digit of a news text
_BEFORE_APOSTROPHE = re.compile(r"(?:^|[^\w.,])(?P<num>\d++)[ \u00a0]++(?P<stem>[a-z]++)$")


def _number_noun(m):
    return _BEFORE_APOSTROPHE.search(m.string, max(0, m.start() - 40), m.start())


def _apostrophe_plural(m, unit) -> bool:
    before = _number_noun(m)
    if before is None or before.group("num") in ("1", "01"):
        # "1 reason's"; "3 Ali's" and "5 CD's" do not match: a name's possessive, and an
        # acronym plural some style guides accept (one LanguageTool rule flags it, another not)
        return False
    if before.group("stem") + "s" not in words_where("NNS", lambda t: "NNS" in t):
        return False
    nxt = m.group("next")
    # "5 year's time", "2 children's books": a possessive before its noun
    return not nxt or not {t for t, _ in readings(nxt)} & {"NN", "NNS", "JJ", "VBG", "CD"}


def _apostrophe_span(m) -> tuple[int, int]:
    before = _number_noun(m)
    return (before.start("stem") if before else m.start()), m.start() + 2


APOSTROPHE_PLURAL = pattern(
    "grammar.number.apostrophe-plural",
    # a literal start keeps the scan in re's fast search (a class of both apostrophes costs 8x);
    # the typed apostrophe is the one such slips carry
    r"'s(?![\w'’-])(?:[ \u00a0]++(?P<next>[A-Za-z]++))?",
    locate=_apostrophe_span,
    when=_apostrophe_plural,
    suggest=lambda m: (_number_noun(m).group("stem") + "s",),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="After a number the plural takes no apostrophe: “{fix}”.",
    description="An apostrophe plural of a lower-case noun after a number (7 reason's why); "
    "acronyms (5 CD's) are left alone.",
    examples=[
        bad("Here are 7 ⟦reason's⟧ why it works.", "reasons"),
        good("I have 5 CDs; I have 5 CD's; 1 reason's enough; in 5 year's time; the 2 children's books."),
        good("Chapter 3 Ali's story; the 1990's; 10 years' experience; 3.5 cm's."),
    ],
)

RULES = (A_PLURAL, APOSTROPHE_PLURAL, MANY_SINGULAR, NUMBER_SINGULAR, QUANTITY_SINGULAR, SOME_SINGULAR, THERE_ARE_SINGULAR, THERE_IS_PLURAL, THESE_SINGULAR, THIS_BE,
         THIS_PLURAL)
