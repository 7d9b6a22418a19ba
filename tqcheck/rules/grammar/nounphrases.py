"""Noun phrases whose determiner does not fit the noun's countability.

* ``grammar.nounphrases.a-uncountable``: ``a research shows``, ``an
  advice``, ``a great progress``: a or an before a noun that English only
  uses uncountably. Translations from Chinese meet it often, since Chinese
  nouns carry no count/mass distinction. The nouns are a short list of
  those with no countable sense in news English; a noun used as a modifier
  (``a research team``, ``a news conference``) or followed by ``of`` (``a
  good knowledge of French``) is left alone.
"""

from __future__ import annotations

from ...rule import bad, good
from ._anchored import anchored
from ._context import CATEGORY, EN

#: no countable sense in news English. Left out: accommodation (countable in
#: American English and as a compromise), garbage and rubbish (``a garbage
#: can``, where the tag layer reads can as a modal)
_UNCOUNTABLE = frozenset(
    "information advice furniture equipment luggage baggage homework housework machinery research evidence "
    "progress feedback knowledge software vocabulary jewelry jewellery clothing scenery wildlife legislation "
    "merchandise".split()
)


def _a_uncountable(tg, got, unit) -> bool:
    doc = tg.doc
    noun = got[-1]
    if not doc.word_texts[noun].islower():
        return False
    after = doc.text[doc.word_ends[noun]:doc.word_ends[noun] + 1]
    if after in ("-", "'", "’", "/"):
        return False  # "an evidence-based policy", "a research's"
    nxt = noun + 1
    if nxt < len(tg) and tg.joined(nxt):
        if doc.word_keys[nxt] in ("of", "and", "or", "&"):
            return False  # "a good knowledge of French", "a research and development centre"
        if tg.tags(nxt) & {"NN", "NNS", "NNP", "NNPS", "CD", "VBG"} and not tg.tags(nxt) & {"VBZ", "VBD", "MD"}:
            return False  # "a research team", "an information desk"
        after = nxt + 1
        if tg.tags(nxt) & {"VBN"} and after < len(tg) and tg.joined(after) and tg.tag(after) in ("NN", "NNS"):
            return False  # "a software rendered game": a compound adjective
    return True


def _without_article(tg, got) -> str:
    doc = tg.doc
    rest = doc.text[doc.word_starts[got[0] + 1]:doc.word_ends[got[-1]]]
    return rest[:1].upper() + rest[1:] if doc.word_texts[got[0]][:1].isupper() else rest


A_UNCOUNTABLE = anchored(
    "grammar.nounphrases.a-uncountable",
    "@a|an <?RB>? <?JJ|JJR|JJS|VBN>? @" + "|".join(sorted(_UNCOUNTABLE)),
    triggers=list(_UNCOUNTABLE),
    at=3,
    pre=lambda doc, i: i > 0,
    when=_a_uncountable,
    suggest=lambda tg, got: (_without_article(tg, got),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: this noun is uncountable and takes no “a/an”: “{fix}” (or “a piece of …”).",
    description="a or an before a noun English uses only uncountably (a research shows, an advice, a great "
    "progress, a beautiful scenery). A noun that modifies another (a research team, a news conference) or "
    "takes of (a good knowledge of French) is left alone.",
    examples=[
        bad("⟦A research⟧ shows that it works.", "Research"),
        bad("He gave me ⟦an advice⟧.", "advice"),
        bad("We made ⟦a great progress⟧ this year.", "great progress"),
        bad("⟦A very useful feedback⟧ came in.", "Very useful feedback"),
        good("A research team said a piece of advice helps; an information desk; a news conference."),
        good("She has a good knowledge of French; an evidence-based policy; a research and development centre."),
        good("They reached an accommodation with the union; much progress; some information."),
        good("There was a software rendered game in the vein of Tomb Raider."),
    ],
)

RULES = (A_UNCOUNTABLE,)
