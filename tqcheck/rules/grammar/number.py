"""Noun number against its determiner, read off the tagged token layer:
``a milestones``, ``this errors``, ``many wine``, ``there is many problems``.

A word counts as plural only when every reading the lexicon has for it is a
plural noun (``desks``; not ``means``, ``news``, ``data``, nor ``plans``,
which can be a verb), and as singular only when its one reading is a
singular noun. A plural used as a modifier (``a sales tax``, ``a jobs
report``, ``this arms deal``) is followed by a noun and left alone.
"""

from __future__ import annotations

from ...lexicon.tags import words_where
from ...rule import bad, good, tagged
from ._context import CATEGORY, EN

_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: plural amounts read as one quantity: "there is 5 kilometres to go"
_UNITS = frozenset(
    "percent dollars yuan euros pounds yen kilometres kilometers miles metres meters years months weeks days "
    "hours minutes seconds times points degrees tons tonnes kilograms grams".split()
)


def _plural_within(n: int):
    """``pre``: a word the lexicon knows only as a plural noun (or as a plural
    noun and an -s verb) within ``n`` words after the trigger."""
    def pre(doc, i) -> bool:
        plural = words_where("NNS, maybe VBZ", lambda t: "NNS" in t and t <= {"NNS", "VBZ"})
        keys = doc.word_keys
        return any(keys[j] in plural for j in range(i + 1, min(i + 1 + n, len(keys))))
    return pre


def _singular_next(doc, i) -> bool:
    j = i + 1
    return j < len(doc.word_keys) and doc.word_keys[j] in words_where("NN only", lambda t: t == {"NN"})


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
    pre=_plural_within(3),
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
    "this @<NNS>",
    triggers=["this"],
    pre=_plural_within(1),
    when=_this_plural,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“this” goes with a singular noun, but “{found}” is plural: “these”, or the singular.",
    description="this before a plural noun (this errors). (“that” + a plural is mostly the "
    "conjunction: said that workers left.)",
    examples=[
        bad("If this ⟦errors⟧ are easy to fix, fix them."),
        good("If these errors are easy to fix; this sales tax; that means a lot; this year."),
        good("He said that officials left; so that workers can rest."),
    ],
)


def _many_singular(tg, got, unit) -> bool:
    noun = got[-1]
    doc = tg.doc
    return tg.tags(noun) == {"NN"} and doc.word_texts[noun].islower() and _not_modifier(tg, noun) \
        and doc.word_keys[noun] not in ("more", "less", "fewer", "other", "times", "a", "thanks")


MANY_SINGULAR = tagged(
    "grammar.number.many-singular",
    "many|few|several @<NN>",
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
        good("Many people, few cases, several times; many more; a few; many a man."),
        good("Many Chinese firms and several US banks; few government officials."),
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
    pre=_plural_within(4),
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

RULES = (A_PLURAL, MANY_SINGULAR, THERE_IS_PLURAL, THIS_PLURAL)
