"""Determiners against what follows them, read off the tagged token layer:
an article before a pronoun (``the my life``), ``every``/``each`` with a
plural (``every employees``), ``a hundreds``, a quantity ``of`` a bare noun
(``most of students``), a decade without ``the`` (``in 1990s``), a
superlative without ``the`` (``an oldest city``, ``is best way``) and an
article before an adjective standing for a noun (``the only of these``).
"""

from __future__ import annotations

import re

from ...lexicon.tags import words_where
from ...rule import Finding, bad, custom, good, match_case, tagged
from ._anchored import anchored
from ._context import CATEGORY, EN
from .number import _not_modifier, _plural_only

_POSSESSIVES = ("my", "your", "his", "our", "their", "he", "she", "we", "they")


def _pronoun_after_article(tg, got, unit) -> bool:
    doc = tg.doc
    pron = got[-1]
    if doc.word_texts[pron] != doc.word_keys[pron]:
        return False  # "The He-Man", "an IT firm": not the pronoun
    return not doc.text.startswith("-", doc.word_ends[pron])


ARTICLE_PRONOUN = anchored(
    "grammar.determiners.article-pronoun",
    "@the|a|an @" + "|".join(_POSSESSIVES),
    triggers=_POSSESSIVES,
    at=1,
    near={-1: {"the", "a", "an"}},
    when=_pronoun_after_article,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: an article and a pronoun together; keep one.",
    description="An article right before a possessive or personal pronoun (the my life, entered the he "
    "house), usually an editing leftover.",
    examples=[
        bad("The dots in ⟦the my⟧ life.", None),
        bad("⟦The my⟧ search could return docs.", None),
        good("The dots in my life; the man he saw; a he-goat; an IT firm."),
    ],
)


def _each_plural(tg, got, unit) -> bool:
    noun = got[-1]
    if tg.doc.word_keys[noun] in ("means", "species", "series", "headquarters", "other", "others"):
        return False
    tags = tg.tags(noun)
    return "NNS" in tags and tags <= {"NNS", "VBZ"} and tg.doc.word_texts[noun].islower() \
        and not tg.doc.word_keys[noun].endswith(("ss", "us", "is", "ics")) and _not_modifier(tg, noun)


EACH_PLURAL = tagged(
    "grammar.determiners.each-plural",
    "@every|each @<NNS>",
    triggers=["every", "each"],
    when=_each_plural,
    suggest=lambda tg, got: (),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: every and each take a singular noun.",
    description="every or each before a plural noun (every employees, each times).",
    examples=[
        bad("He wants to speak to ⟦every employees⟧ in his office."),
        bad("⟦Each times⟧ I visit France, I rent a car."),
        good("Every employee; each time; every two weeks; each other; every few days."),
        good("Each species; every means; each of the times; every sales team."),
    ],
)

_ROUND = {"hundreds": "hundred", "thousands": "thousand", "millions": "million", "billions": "billion",
          "dozens": "dozen"}

A_HUNDREDS = anchored(
    "grammar.determiners.a-hundreds",
    "@a|one @hundreds|thousands|millions|billions|dozens !of",
    triggers=list(_ROUND),
    at=1,
    near={-1: {"a", "one"}},
    suggest=lambda tg, got: (tg.doc.word_texts[got[0]] + " " + match_case(
        _ROUND[tg.doc.word_keys[got[1]]], tg.doc.word_texts[got[1]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="After a or one the number word is singular: “{fix}”.",
    description="a or one before hundreds, thousands, millions (a hundreds people, one millions ants).",
    examples=[
        bad("⟦A hundreds⟧ people were in the store.", "A hundred"),
        bad("⟦One millions⟧ ants were on the ground.", "One million"),
        good("A hundred people; hundreds of people; one of thousands; one in millions."),
    ],
)

_QUANTITY_OF = ("all", "most", "some", "many", "several", "both", "none")
#: mass nouns that still need an article after "most of" ("most of the time")
_MASS_NEEDING_THE = frozenset("time food money water".split())


def _bare_noun(tg, got, unit) -> bool:
    doc = tg.doc
    noun = got[-1]
    if doc.word_texts[noun] != doc.word_keys[noun]:
        return False
    q = got[0]
    if q > 0 and tg.joined(q) and doc.word_keys[q - 1] in ("the", "a", "at", "make"):
        return False  # "make the most of apples", "at most of"
    tag = tg.tag(noun)
    if tag == "NNS":
        return "NNS" in tg.tags(noun) and tg.tags(noun) <= {"NNS", "VBZ"} and _not_modifier(tg, noun)
    return tag == "NN" and doc.word_keys[noun] in _MASS_NEEDING_THE and _not_modifier(tg, noun)


OF_BARE_NOUN = anchored(
    "grammar.determiners.of-bare-noun",
    "@all|most|some|many|several|both|none @of @<NN|NNS>",
    triggers=["of"],
    at=1,
    near={-1: frozenset(_QUANTITY_OF)},
    when=_bare_noun,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: drop “of”, or add “the” (most students, most of the students).",
    description="all, most or some of + a noun without a determiner (all of students, most of time).",
    examples=[
        bad("⟦All of students⟧ like mathematics."),
        bad("Sometimes I go out, but ⟦most of time⟧ I stay in."),
        good("All of the students; most students; most of them; all of China; some of which."),
        good("Most of the time; much of humanity; all of society; some of its members; all of 2020."),
        good("Some of sales staff were late. Make the most of apples!"),
    ],
)

_DECADE = re.compile(r"\d{3}0(?:s|'s|’s)$")
#: decades are few: the word index finds them without a scan
_DECADES = [f"{y}{s}" for y in range(1800, 2100, 10) for s in ("s", "'s")]
_DECADE_LEAD = ("in", "during", "since", "of", "throughout", "by", "from", "until", "to")


def _decade(doc, i) -> bool:
    return i > 0 and doc.word_keys[i - 1] in _DECADE_LEAD + ("early", "late", "mid") and \
        _DECADE.match(doc.word_texts[i]) is not None


DECADE_THE = anchored(
    "grammar.determiners.decade-the",
    "@in|during|since|of|throughout|by|from|until|to early|late|mid? @<CD|NNS|NN|NNP>",
    triggers=_DECADES,
    at=2,
    pre=_decade,
    suggest=lambda tg, got: (" ".join(tg.doc.word_texts[j] if k else tg.doc.word_texts[j] + " the"
                                      for k, j in enumerate(g for g in got if g is not None)),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="A decade takes “the”: “{fix}”.",
    description="A decade without the article (in 1990s, since early 2000s).",
    examples=[
        bad("It happened ⟦in 1990s⟧.", "in the 1990s"),
        bad("It happened ⟦in 1990's⟧.", "in the 1990's"),
        good("It happened in the 1990s; in 1990; born in the 1980s; in his 30s."),
    ],
)


_NOT_SUPERLATIVE = frozenset("best worst most least latest next forest interest honest modest earnest "
                             "request arrest contest protest harvest".split())


#: superlatives common enough to hang the rules on (the word index finds them)
_SUPERLATIVES = ("biggest largest smallest oldest newest youngest highest lowest greatest funniest fastest "
                 "strongest richest poorest longest shortest cheapest nicest easiest hardest earliest "
                 "heaviest deepest widest tallest closest finest happiest safest").split()


def _superlative(tg, i) -> bool:
    key = tg.doc.word_keys[i]
    return tg.tags(i) <= {"JJS", "RBS"} and "JJS" in tg.tags(i) and key not in _NOT_SUPERLATIVE


def _a_superlative(tg, got, unit) -> bool:
    return _superlative(tg, got[-1])


A_SUPERLATIVE = anchored(
    "grammar.determiners.a-superlative",
    "@a|an <?JJS>",
    triggers=_SUPERLATIVES,
    at=1,
    near={-1: {"a", "an"}},
    when=_a_superlative,
    suggest=lambda tg, got: (match_case("the", tg.doc.word_texts[got[0]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="A superlative takes “the”, not “a/an”.",
    description="a or an before a superlative (Kyoto is an oldest city).",
    examples=[
        bad("Kyoto is ⟦an⟧ oldest city.", "the"),
        bad("It was ⟦a⟧ largest ever deal.", "the"),
        good("Kyoto is the oldest city; a best friend; a latest version; an honest man; a forest."),
    ],
)

_COPULA = ("is", "was", "are", "were", "'s")


def _copula_superlative(tg, got, unit) -> bool:
    adj, noun = got[1], got[2]
    keys = tg.doc.word_keys
    if not (_superlative(tg, adj) or keys[adj] in ("best", "worst")):
        return False
    if tg.tags(noun) != {"NN"} or keys[noun] in ("practice", "friends") or tg.doc.word_texts[noun][:1].isupper():
        return False
    nxt = noun + 1
    return not (nxt < len(keys) and tg.joined(nxt) and tg.tags(nxt) & {"NN", "NNS"})


COPULA_SUPERLATIVE = anchored(
    "grammar.determiners.copula-superlative",
    "is|was|are|were|'s @<?JJS> <NN>",
    triggers=["best", "worst", *_SUPERLATIVES],
    at=1,
    near={-1: frozenset(_COPULA)},
    when=_copula_superlative,
    suggest=lambda tg, got: ("the " + tg.doc.word_texts[got[1]],),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="A superlative before its noun takes “the”: “{fix}”.",
    description="is/was + best/worst + a singular noun without the (This is best way; he is best "
    "driver).",
    examples=[
        bad("This is ⟦best⟧ way of dealing with errors.", "the best"),
        bad("The guy is ⟦best⟧ driver.", "the best"),
        good("This is the best way; it is best known for; this is best practice; he is best placed."),
    ],
)

#: adjectives that stand for a group of people after "the" ("the poor of the city")
_NOMINAL = frozenset("poor rich elderly young old sick dead wounded faithful wealthy living unemployed homeless "
                     "disabled blind deaf injured brave free powerful weak strong great good former latter "
                     "whole first last next final least most same large small medium regular "
                     "second third half quarter".split())


_ADJECTIVES: list[frozenset[str]] = []


def _adjectives() -> frozenset[str]:
    if not _ADJECTIVES:
        _ADJECTIVES.append(words_where("JJ, maybe RB", lambda t: "JJ" in t and t <= {"JJ", "RB"}))
    return _ADJECTIVES[0]


def _adjective_of(tg, got, unit) -> bool:
    doc = tg.doc
    adj = got[1]
    key = doc.word_keys[adj]
    if doc.word_texts[adj] != key or key in _NOMINAL or key.endswith(("ese", "ish", "ch", "an", "most", "th")) or "-" in key:
        return False
    return tg.tags(adj) <= {"JJ", "RB"} and "JJ" in tg.tags(adj)


ADJECTIVE_OF = anchored(
    "grammar.determiners.adjective-of",
    "@the|a|an @<?JJ> of",
    triggers=["of"],
    at=2,
    near={-1: _adjectives, -2: {"the", "a", "an"}},
    when=_adjective_of,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: an adjective with no noun after it; a noun seems to be missing.",
    description="An article, an adjective and of, with the noun missing (an unusual of benign growth, "
    "the peninsular of Actium).",
    examples=[
        bad("We describe ⟦an unusual⟧ of benign growth.", None),
        bad("Since 2002, ⟦the peninsular⟧ of Actium has been linked with Preveza.", None),
        bad("Diamonds are ⟦the only⟧ of these resources being developed.", None),
        good("The poor of the city; the whole of the country; the rest of us; the likes of him."),
        good("The best of times; the first of many; an unusual case of growth; the Chinese of Malaysia."),
        good("The northernmost of the five boroughs; a large of water."),
    ],
)

_PLURALS: list[frozenset[str]] = []


def _plural_words() -> frozenset[str]:
    if not _PLURALS:
        _PLURALS.append(words_where("NNS only", lambda t: t == {"NNS"}))
    return _PLURALS[0]


def _one_plural(tg, got, unit) -> bool:
    # "no one cares": an -s word that can be a verb is one after "one";
    # "a hundred and one dollars": one ends a number
    one = got[0]
    if one > 0 and tg.joined(one) and (tg.doc.word_keys[one - 1] in ("and", "point") or tg.tag(one - 1) == "CD"):
        return False
    return tg.tags(got[-1]) == {"NNS"} and _each_plural(tg, got, unit)


ONE_PLURAL = tagged(
    "grammar.determiners.one-plural",
    "@one @<NNS>",
    triggers=["one"],
    near={1: _plural_words},
    when=_one_plural,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: one takes a singular noun.",
    description="one before a plural noun (on one feet, one children).",
    examples=[
        bad("I had a shoe on ⟦one feet⟧.", None),
        good("One foot; one of the feet; one sales team; one means; no one cares; one more."),
        good("I have one hundred and one dollars."),
    ],
)


#: auxiliaries that are only finite verbs: an article cannot stand before them ("The are the best")
_FINITE_ONLY = frozenset("is are was were has did should would could shall".split())
#: adjectives that stand alone after a/an as quantities or set phrases ("a few.", "a little.")
_ALONE_OK = frozenset("few little lot bit whole same other such only certain good great half".split())
_STOPS = ".,;:!?"


def _no_noun(unit, options):
    """An article with nothing to determine: before a stop or comma (``going to
    an.``), before a finite auxiliary (``The are the best``), or a/an before an
    adjective that ends the clause or meets a verb (``This is an absurd.``)."""
    doc = unit.target
    text, keys, texts = doc.text, doc.word_keys, doc.word_texts
    starts, ends = doc.word_starts, doc.word_ends
    n = len(keys)
    adjectives = words_where("JJ only", lambda t: t == {"JJ"})
    tg = None
    for key in ("a", "an", "the"):
        for i in doc.word_positions(key):
            # the cheap tests first, on the words alone: most articles have a noun
            e = ends[i]
            nxt = keys[i + 1] if i + 1 < n else None
            stop = key != "a" and text[e:e + 1] in _STOPS
            if not stop and nxt not in _FINITE_ONLY and (key == "the" or nxt not in adjectives):
                continue
            w = texts[i]
            if w not in (key, key.capitalize()) or w == "A" or stop and w != key:
                continue  # "A", "AN", "THE": a letter or a heading
            before = text[starts[i] - 1:starts[i]] if starts[i] else ""
            after = text[e:e + 2]
            if before and before in "'\"‘“(" or after[:1] in "'\"’”)-" or text.startswith(("..", "…"), e):
                continue  # "the word 'the'", "(a)", "a-", "just as the...": a mention or an excerpt
            if stop:
                if after[1:2] not in ("", " ", "\n") and i + 1 < n:
                    continue
                end = e
            else:
                j = i + 1
                if text[e:starts[j]] != " " or not texts[j].islower():
                    continue
                if nxt not in _FINITE_ONLY:
                    if tg is None:
                        tg = doc.tagged
                    if nxt in _ALONE_OK or not _alone(tg, j):
                        continue
                end = ends[j]
            if doc.is_protected(starts[i], end):
                continue
            yield Finding(starts[i], end)


def _alone(tg, j) -> bool:
    """Word ``j`` ends its clause, or a finite verb follows it."""
    doc = tg.doc
    if j + 1 >= len(tg):
        return True
    if not tg.joined(j + 1):
        return doc.text[doc.word_ends[j]:doc.word_starts[j + 1]].strip()[:1] in (".", "!", "?", ";")
    return doc.word_keys[j + 1] in _FINITE_ONLY or doc.word_keys[j + 1] in ("isn't", "wasn't")


NO_NOUN = custom(
    "grammar.determiners.no-noun",
    _no_noun,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: the article has no noun to go with.",
    description="An article with no noun: before a full stop or comma (going to an.), before a finite "
    "auxiliary (The are the best), or a/an before an adjective alone (This is an absurd.).",
    examples=[
        bad("I am going to ⟦an⟧."),
        bad("I am going to ⟦an⟧, then I see you."),
        bad("⟦The are⟧ the best."),
        bad("This is ⟦an absurd⟧."),
        bad("⟦An absurd⟧ is making my existence meaningless."),
        good("The word “the” is short; options (a) and (b); at 9 a.m. the talks began; Class A shares."),
        good("He was a few. They need a little. A is a letter; an absurd idea; the poor are hit."),
        good("Much of it comes from the Factbook and the..."),
        good("The, Olgas: a name list; THE. AN."),
        good("The will of the people; the can; a must; the haves; a good deal; it was a great."),
    ],
)

RULES = (ADJECTIVE_OF, A_HUNDREDS, NO_NOUN, ONE_PLURAL, A_SUPERLATIVE, ARTICLE_PRONOUN, COPULA_SUPERLATIVE, DECADE_THE, EACH_PLURAL,
         OF_BARE_NOUN)
