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


def _check(unit, options):
    doc = unit.target
    keys = doc.word_keys
    n = len(keys)
    if not doc.keys_present(frozenset(_LINKS)):
        return
    tg = doc.tagged
    yield from _repeated(doc, tg, keys, n)


COMPOUND_ADJECTIVE = custom(
    "grammar.hyphens.compound-adjective",
    _check,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="A compound before a noun is hyphenated: “{fix}”.",
    description="A compound adjective before its noun written as separate words: a noun repeated around "
    "to/by/on (a head to head race, year on year growth).",
    examples=[
        bad("In this ⟦head to head⟧ competition, the winner takes all.", "head-to-head"),
        bad("This ⟦wall to wall⟧ carpeting is exquisite.", "wall-to-wall"),
        bad("It reported ⟦year on year⟧ growth of 5%.", "year-on-year"),
        good("They fought hand to hand. We met face to face on Monday. It grew year on year."),
        good("It changes from day to day. They walked side by side, step by step."),
        good("A head-to-head race; a year-on-year rise; they met face to face."),
        good("From door to door sales fell. It is one to one. Heavy to heavy rain; Northeast to Northeast trains."),
    ],
)

RULES = (COMPOUND_ADJECTIVE,)
