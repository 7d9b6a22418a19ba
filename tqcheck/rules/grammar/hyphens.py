"""Compound adjectives before a noun written as separate words: ``a head to
head race`` (``head-to-head``).

A class over the tagged token layer, not a list of compounds: a noun
repeated around ``to``, ``by`` or ``on`` (``wall to wall``, ``side by
side``, ``year on year``) with a noun right after it modifies that noun, so
the three words are hyphenated. At the end of a clause they are an adverbial
and stay apart (``they fought hand to hand``).

``well known author`` (an adverb and a participle) was tried and left out:
it caught no LanguageTool example and LanguageTool itself accepts ``a well
known graduate``.
"""

from __future__ import annotations

from ...rule import Finding, bad, custom, good
from ...text import index_words
from ._context import CATEGORY, EN

_LINKS = ("to", "by", "on")
index_words(_LINKS)
_NOUN = frozenset({"NN", "NNS"})


def _repeated(doc, tg, keys, n):
    for link in _LINKS:
        for j in doc.word_positions(link):
            if j < 1 or j + 2 >= n or keys[j - 1] != keys[j + 1] or not (
                    tg.joined(j) and tg.joined(j + 1) and tg.joined(j + 2)):
                continue
            if not doc.word_texts[j - 1].isalpha() or not doc.word_texts[j + 1].islower():
                continue
            if "NN" not in tg.tags(j - 1) or tg.tags(j - 1) & {"RB", "CD"}:
                continue  # "heavy to heavy rain", "back to back", "one by one": a range or an adverb
            if j >= 2 and tg.joined(j - 1) and keys[j - 2] in ("from", "by"):
                continue  # "from day to day", "by word of mouth": a phrase of its own
            if tg.tag(j + 2) not in _NOUN or tg.tags(j + 2) & {"JJ", "RB"} or not doc.word_texts[j + 2].islower():
                continue  # "rose month on month due to": the next word is not certainly a noun
            s, e = doc.word_starts[j - 1], doc.word_ends[j + 1]
            yield Finding(s, e, suggestions=("-".join(doc.word_texts[j - 1:j + 2]),))


#: "X-ed" adjectives made from a noun of the body or character (blue-eyed,
#: open-minded): never verbs, so any adjective, number or noun before them forms the compound
_HAVING = frozenset("haired legged minded hearted skinned tongued necked lipped nosed tailed winged bodied "
                    "blooded tempered natured spirited chested toed eared horned breasted".split())
#: ...and those that are also verbs (the company faced challenges): only after an
#: adjective or a number (one-sided, two-faced, left-handed), or a noun for "eyed" (eagle-eyed)
_HAVING_VERBS = frozenset("eyed sided faced handed headed footed".split())
_PARTICLES = frozenset("off up down out".split())
#: a text with none of these has no compound this rule looks for
_TRIGGERS = frozenset((*_LINKS, *_HAVING, *_HAVING_VERBS, "free", *_PARTICLES))
#: nouns that "free" forms a phrase with on its own (a software free trial, free association)
_FREE_PHRASES = frozenset("time trade will speech market trial kick access agent association style throw fall flow "
                          "press world lunch ride rein hand spirit service services shipping delivery parking "
                          "admission entry education transport consultation software agency".split())
_ARTICLES = frozenset("a an the his her its our their my your".split())
_DETS = frozenset("a an the this that these those his her its our their my your".split())
index_words((*_HAVING, *_HAVING_VERBS, *_PARTICLES, "free"))


def _noun_after(tg, k) -> bool:
    """Word ``k`` is a lower-case noun joined to the one before, not the
    start of an of-phrase's object (``the cooling off of relations``)."""
    return k < len(tg) and tg.joined(k) and tg.tag(k) in _NOUN and tg.doc.word_texts[k].islower() \
        and not tg.tags(k) & {"IN", "RB", "VBD"}


def _having(doc, tg, keys):
    """``blue eyed boy``, ``an open minded person``: a word + a having-adjective + a noun."""
    for key in (*_HAVING, *_HAVING_VERBS):
        for j in doc.word_positions(key):
            if j < 1 or not tg.joined(j) or not doc.word_texts[j - 1].isalpha() or not doc.word_texts[j - 1].islower():
                continue
            first = tg.tags(j - 1)
            if key in _HAVING_VERBS and not (first & {"JJ", "CD"} and not first & {"NNS", "VBD", "VBZ"}
                                              or key == "eyed" and first == {"NN"}):
                continue
            if not first & {"JJ", "CD", "NN"} or first & {"IN", "DT", "PRP", "PRP$", "MD", "CC"}:
                continue
            if not _noun_after(tg, j + 1):
                continue
            yield Finding(doc.word_starts[j - 1], doc.word_ends[j],
                          suggestions=(doc.word_texts[j - 1] + "-" + doc.word_texts[j],))


def _free(doc, tg, keys):
    """``duty free wine``, ``a tax free income``: a singular noun + free + a noun."""
    for j in doc.word_positions("free"):
        if j < 1 or not tg.joined(j) or doc.word_texts[j] != "free" or tg.tags(j - 1) != {"NN"} \
                or not doc.word_texts[j - 1].islower():
            continue
        if j >= 2 and tg.joined(j - 1) and tg.tags(j - 2) & {"VB", "VBD", "VBZ", "VBP"} \
                and keys[j - 2] not in _DETS:
            continue  # "set the bird free", "let trade free": a verb's object and its complement
        if _noun_after(tg, j + 1) and keys[j + 1] not in _FREE_PHRASES:
            yield Finding(doc.word_starts[j - 1], doc.word_ends[j],
                          suggestions=(doc.word_texts[j - 1] + "-free",))


def _out_of(doc, tg, keys, n):
    """``an out of body experience``: a determiner, out of, a noun and its head noun."""
    for o in doc.word_positions("out"):
        j = o + 1  # "of": the rarer word is the one looked up
        if o < 1 or j + 2 >= n or keys[j] != "of" or keys[o - 1] not in _DETS:
            continue
        if not (tg.joined(j - 1) and tg.joined(j) and tg.tags(j + 1) & {"NN"}
                and doc.word_texts[j + 1].islower() and _noun_after(tg, j + 2)):
            continue
        yield Finding(doc.word_starts[j - 1], doc.word_ends[j + 1],
                      suggestions=("out-of-" + doc.word_texts[j + 1],))


def _particle(doc, tg, keys, n):
    """``the cooling off period``, ``a sit down meeting``: a determiner, a verb
    with its particle, and a noun."""
    for key in _PARTICLES:
        for j in doc.word_positions(key):
            if j < 2 or keys[j - 2] not in _ARTICLES or not (tg.joined(j - 1) and tg.joined(j)):
                continue
            verb = tg.tags(j - 1)
            if not verb & {"VBG", "VB"} or verb & {"NN", "NNS", "JJ"} and not verb & {"VBG"} \
                    or not doc.word_texts[j - 1].islower():
                continue
            if keys[j - 1].endswith("ing") is False and "VB" not in verb:
                continue
            if not _noun_after(tg, j + 1) or keys[j + 1] in ("of",):
                continue
            yield Finding(doc.word_starts[j - 1], doc.word_ends[j],
                          suggestions=(doc.word_texts[j - 1] + "-" + doc.word_texts[j],))


def _check(unit, options):
    doc = unit.target
    keys = doc.word_keys
    n = len(keys)
    if not doc.keys_present(_TRIGGERS):
        return
    tg = doc.tagged
    yield from _repeated(doc, tg, keys, n)
    yield from _having(doc, tg, keys)
    yield from _free(doc, tg, keys)
    yield from _out_of(doc, tg, keys, n)
    yield from _particle(doc, tg, keys, n)


COMPOUND_ADJECTIVE = custom(
    "grammar.hyphens.compound-adjective",
    _check,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="A compound before a noun is hyphenated: “{fix}”.",
    description="A compound adjective before its noun written as separate words: a noun repeated around "
    "to/by/on (a head to head race, year on year growth), a having-adjective (blue eyed boy, open minded "
    "person), noun + free (duty free wine), out of + noun (an out of body experience), a verb and its "
    "particle (the cooling off period).",
    examples=[
        bad("In this ⟦head to head⟧ competition, the winner takes all.", "head-to-head"),
        bad("This ⟦wall to wall⟧ carpeting is exquisite.", "wall-to-wall"),
        bad("It reported ⟦year on year⟧ growth of 5%.", "year-on-year"),
        good("They fought hand to hand. We met face to face on Monday. It grew year on year."),
        good("It changes from day to day. They walked side by side, step by step."),
        good("A head-to-head race; a year-on-year rise; they met face to face."),
        good("From door to door sales fell. It is one to one. Heavy to heavy rain; Northeast to Northeast trains."),
        bad("The ⟦eagle eyed⟧ editors found many errors.", "eagle-eyed"),
        bad("She is an ⟦open minded⟧ person.", "open-minded"),
        bad("Did you buy some ⟦duty free⟧ wine?", "duty-free"),
        bad("I had an ⟦out of body⟧ experience.", "out-of-body"),
        bad("During the ⟦cooling off⟧ period, you can cancel.", "cooling-off"),
        good("The company faced challenges; the team headed home; he handed papers over; the boy eyed the cake."),
        good("She is open minded. Set the bird free. Free trade; tax free; the cooling off of relations."),
        good("Genuine software free trial; free association; those specializing in design; the cases of infection that occur in homes; he ran out of money today; they set out in boats; the giving up of arms; he was out of work."),
    ],
    triggers=_TRIGGERS,  # finds nothing without one of these words
)

RULES = (COMPOUND_ADJECTIVE,)
