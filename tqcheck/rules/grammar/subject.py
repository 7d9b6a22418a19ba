"""Subject–verb agreement across a prepositional phrase: the verb agrees with
the nearest noun instead of the head of the subject.

``The number of visitors have risen``, ``The list of firms were published``,
``The prices of oil has fallen``, ``One of the biggest problems are``.

Read off the tagged token layer: a determiner and a head noun, ``of`` and a
short noun phrase right after it, then the finite verb right after that.
Left alone: ``a number of``, ``a lot of``, ``the majority of``, ``the rest
of`` and other quantities and collectives, whose verb follows the noun after
``of`` (``a number of visitors have``); anything with punctuation, a
relative pronoun or a clause between the noun and the verb.
"""

from __future__ import annotations

from ...lexicon.verbs import third_person
from ...rule import Finding, bad, custom, good, match_case
from ...text import index_words
from ._context import CATEGORY, EN

#: heads whose number comes from the noun after "of", or that are collective
_QUANTITY = frozenset(
    "lot lots majority minority percent percentage proportion half rest remainder bulk plenty part share "
    "portion variety range kind kinds sort sorts type types series group groups couple pair set total body "
    "host handful dozen dozens fraction third quarter none all some most many any "
    "crowd team staff family government committee public couple cent top bottom average sum mass wealth "
    "class panel board council jury army police audience majority".split()
)
_SINGULAR_DET = frozenset("the this that each every its his her their our my your one".split())
_PLURAL_DET = frozenset("the these those its his her their our my your".split())
_PLURAL_VERBS = {"are": "is", "were": "was", "have": "has", "do": "does", "don't": "doesn't",
                 "aren't": "isn't", "weren't": "wasn't", "haven't": "hasn't"}
_SINGULAR_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't",
                   "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't"}
_NP = frozenset({"DT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "VBN", "VBG"})
_NOUN = frozenset({"NN", "NNS", "NNP", "NNPS"})
index_words(("of",))


def _verb_after(tg, j):
    """The finite verb at word ``j`` (past one adverb): (index, fix for a
    singular subject, fix for a plural subject)."""
    keys = tg.doc.word_keys
    if j < len(keys) and tg.joined(j) and tg.tag(j) == "RB" and keys[j] not in ("not",):
        j += 1
    if j >= len(keys) or not tg.joined(j):
        return None
    k = keys[j]
    if k in _PLURAL_VERBS:
        return j, _PLURAL_VERBS[k], None
    if k in _SINGULAR_VERBS:
        return j, None, _SINGULAR_VERBS[k]
    tags = tg.tags(j)
    if tg.tag(j) == "VBP" and not tags & _NOUN and not tags & {"JJ", "VBD", "VBN"}:
        return j, third_person(tg.lemma(j)), None
    return None


def _check(unit, options):
    doc = unit.target
    positions = doc.word_positions("of")
    if not positions:
        return
    tg = doc.tagged
    keys = doc.word_keys
    for of in positions:
        head = of - 1
        if head < 0 or not tg.joined(of):
            continue
        if keys[head] not in ("one", "each") and (head < 1 or not tg.joined(head)):
            continue
        det = max(head - 1, 0)
        if tg.tag(det) in ("JJ", "JJS", "JJR") and det > 0 and tg.joined(det):
            det -= 1
        dkey = keys[det]
        htag = tg.tag(head)
        hkey = keys[head]
        if hkey in _QUANTITY or htag not in ("NN", "NNS", "CD", "PRP"):
            continue
        if hkey in ("one", "each"):
            singular = True
        elif htag == "NN" and dkey in _SINGULAR_DET and dkey != "one":
            singular = True
        elif htag == "NNS" and dkey in _PLURAL_DET and dkey != "one":
            singular = False
        else:
            continue
        if hkey in ("one", "each") and not (head == 0 or not tg.joined(head) or keys[head - 1] in ("and", "but")):
            continue  # "the one of", "to each of": only as the subject at a clause start
        if hkey not in ("one", "each") and det != 0 and tg.joined(det) and tg.tag(det - 1) in ("IN", "VB", "VBZ", "VBP",
                                                                                           "VBD", "VBN", "VBG", "TO"):
            continue  # "in the list of firms", "sent the list of": not a subject
        # the noun phrase after "of", at most six words, ending on a noun
        j = of + 1
        last = None
        while j < len(keys) and j <= of + 6 and tg.joined(j) and tg.tag(j) in _NP:
            if tg.tag(j) in _NOUN:
                last = j
            j += 1
        if last is None or last != j - 1:
            continue
        ltag = tg.tag(last)
        verb = _verb_after(tg, j)
        if verb is None:
            continue
        v, fix_singular, fix_plural = verb
        if singular and ltag in ("NNS", "NNPS") and fix_singular:
            fix = fix_singular
        elif not singular and ltag in ("NN", "NNP") and fix_plural and keys[last] not in _QUANTITY:
            fix = fix_plural
        else:
            continue
        found = doc.word_texts[v]
        yield Finding(doc.word_starts[v], doc.word_ends[v], args={"head": doc.word_texts[head]},
                      suggestions=(match_case(fix, found),))


OF_PHRASE = custom(
    "grammar.subject.of-phrase",
    _check,
    category=CATEGORY,
    severity="minor",
    langs=EN,
    message="The subject is “{head}”, not the noun after “of”: use “{fix}”.",
    description="A verb that agrees with the noun in an of-phrase instead of the head of the "
    "subject (The number of visitors have risen; The list of firms were published).",
    examples=[
        bad("The number of visitors ⟦have⟧ risen.", "has"),
        bad("The list of firms ⟦were⟧ published on Monday.", "was"),
        bad("The prices of oil ⟦has⟧ fallen.", "have"),
        bad("One of the biggest problems ⟦are⟧ the cost.", "is"),
        bad("The quality of the schools ⟦remain⟧ poor.", "remains"),
        good("A number of visitors have complained; a lot of firms were closed."),
        good("The majority of residents are happy; the rest of the money was spent."),
        good("The number of visitors has risen; the list of firms was published."),
        good("He sent the list of firms to the ministry; in the list of firms are two banks."),
        good("The leaders of the two countries have met; the heads of state were present."),
        good("One of the countries that have signed is Japan."),
        good("The government of Japan and the people of China are friends."),
    ],
)

RULES = (OF_PHRASE,)
