"""The verb group and its subject: an auxiliary that is missing, or a verb
form that does not fit the subject or the auxiliary, read off the tagged
token layer.

* ``grammar.verbgroups.pronoun-ing``: ``he walking``, ``they going``: a
  subject pronoun followed directly by an -ing verb, with no ``be``;
* ``grammar.verbgroups.have-base``: ``they have already finish it``, ``it has often rain
  this summer``, ``Have you like her?``: a perfect whose verb is in its base
  form instead of the participle;
* ``grammar.verbgroups.object-subject``: ``Her has many animals``: an object
  pronoun opening a sentence as the subject of an auxiliary;
* ``grammar.verbgroups.if-would-have``: ``If I would have known``: the past
  perfect belongs in the if-clause of an unreal condition;
* ``grammar.verbgroups.and-subject``: ``The teacher and her students is``: a
  subject joined by and, its last noun plural, with a singular verb;
* ``grammar.verbgroups.name-question``: ``Have Mary bought a ticket?``: a
  question whose subject is one singular name, with a plural auxiliary;
* ``grammar.verbgroups.they-s-verb``: ``They repairs it``: after I or they, an
  -s word that can be a plural noun or a verb, read as the verb where an
  object, a particle or an adverb follows (``agreement.plural-subject`` judges
  only words that cannot be nouns).

Each is judged only where the word's readings leave one analysis: a word
that can also be a noun (``the building``, ``had lunch the next day``) or a
participle (``have put``) is left alone.
"""

from __future__ import annotations

from ...lexicon.verbs import VERBS, regular_past
from ...rule import Finding, bad, custom, good, match_case
from ._anchored import anchored
from ._context import AUX_PLURAL, CATEGORY, EN, sentence_openings

_BE = {"he": "is", "she": "is", "it": "is", "we": "are", "they": "are"}


def _pronoun_ing(tg, got, unit) -> bool:
    doc = tg.doc
    pron, verb = got[0], got[1]
    tags = tg.tags(verb)
    if not tags <= {"VBG", "JJ", "NN"} or doc.word_keys[verb] in ("being", "having"):
        return False  # "he being the eldest": an absolute phrase
    if tags != {"VBG"}:
        # "going", "moving" are adjectives or nouns too: a verb when an adverb,
        # a preposition, an object or the clause end follows
        nxt = verb + 1
        if nxt < len(doc.word_keys) and tg.joined(nxt) and not tg.tags(nxt) & {"RB", "TO", "IN", "DT", "PRP$", "RP"}:
            return False
        if nxt < len(doc.word_keys) and not tg.joined(nxt) and not doc.text[doc.word_ends[verb]:
                                                                          doc.word_starts[nxt]].strip()[:1] in ".,;!?":
            return False
    if doc.word_texts[pron].isupper() and len(doc.word_texts[pron]) > 1:
        return False  # "WE", "HE" in a heading may be names or acronyms
    # "is he walking?", "were they going": the auxiliary comes first in a question;
    # "him and she working": a coordinated (object) pronoun
    if pron and doc.word_keys[pron - 1].endswith(("'s", "'re")):
        return False  # "What's he going to do?"
    return pron == 0 or not tg.joined(pron) or doc.word_keys[pron - 1] not in (
        "am", "is", "was", "were", "are", "be", "been", "'s", "'re", "isn't", "aren't", "wasn't", "weren't",
        "as", "with", "and", "or", "than", "nor", "without")


PRONOUN_ING = anchored(
    "grammar.verbgroups.pronoun-ing",
    "@he|she|we|they @<?VBG>",
    triggers=["he", "she", "we", "they"],
    at=0,
    pre=lambda doc, i: i + 1 < len(doc.word_keys) and doc.word_keys[i + 1].endswith("ing"),
    when=_pronoun_ing,
    suggest=lambda tg, got: (f"{tg.doc.word_texts[got[0]]} {_BE[tg.doc.word_keys[got[0]]]} "
                             f"{tg.doc.word_texts[got[1]]}",),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="The progressive needs be: “{fix}”.",
    description="A subject pronoun followed directly by an -ing verb (he walking to the building, they "
    "going home), with is/are missing; grammar.auxiliaries.i-ing has I.",
    examples=[
        bad("Yesterday ⟦he walking⟧ to the building.", "he is walking"),
        bad("Now ⟦they going⟧ home.", "they are going"),
        bad("She said ⟦we moving⟧ too slowly.", "we are moving"),
        good("What's he going to do? Where're they heading? Is he walking? Were they going? He being the eldest, he paid; him and she working late."),
        good("He is walking; they were going; the building he designed; they, going home, sang."),
        good("They having left, we ate; more than they spending on it; with she watching."),
    ],
)

_HAVE = ("have", "has", "had", "'ve")
#: words after the verb that show it has an object or ends the clause
_OBJECT_TAGS = frozenset({"DT", "PRP$", "PRP"})
#: adverbs of time and frequency that can stand inside a perfect ("has often rained");
#: "enough", "bad" and other adjectives that can be read as adverbs are not among them
_ADVERBS = frozenset("often seldom rarely already just never ever always recently also still long since "
                     "usually sometimes frequently once twice".split())
#: "had better go", "had rather stay": not a perfect
_NOT_VERB = frozenset("better rather sooner best".split())


def _participle(base: str) -> str:
    forms = VERBS.get(base)
    return forms.participle if forms is not None else regular_past(base)


_BASES: list[frozenset[str]] = []


def _base_words() -> frozenset[str]:
    """Words that can be a base-form verb and not a participle or past."""
    if not _BASES:
        from ...lexicon.tags import words_where

        _BASES.append(words_where("VB, not VBN/VBD", lambda t: bool(t & {"VB", "VBP"})
                                  and not t & {"VBN", "VBD", "VBG", "NNS", "VBZ", "MD", "CD", "DT", "RB"}))
    return _BASES[0]


def _have_base(unit, options):
    doc = unit.target
    keys = doc.word_keys
    positions = doc.positions_of(frozenset(_HAVE))
    if not positions:
        return
    tg = None
    openings = None
    n = len(keys)
    bases = _base_words()
    for i in positions:
        if i + 1 >= n or not any(keys[k] in bases for k in range(i + 1, min(i + 4, n))):
            continue  # from the words alone: no base-form verb in reach
        if tg is None:
            tg = doc.tagged
            openings = sentence_openings(doc)
        j = i + 1
        inverted = False
        if doc.word_starts[i] in openings and keys[j] in ("you", "we", "they", "i", "he", "she", "it"):
            inverted, j = True, j + 1  # "Have you like her?"
        elif i == 0 or not tg.joined(i) or tg.tag(i - 1) not in ("PRP", "NN", "NNS", "NNP", "NNPS"):
            continue
        adverb = False
        if j < n and tg.joined(j) and keys[j] in _ADVERBS:
            adverb, j = True, j + 1
        if j >= n or not tg.joined(j) or keys[j] in _NOT_VERB or not doc.word_texts[j].islower():
            continue
        tags = tg.tags(j)
        if not tags & {"VB", "VBP"} or tags & {"VBN", "VBD", "VBG", "NNS", "VBZ", "MD", "CD", "DT", "RB"}:
            continue
        nxt = j + 1
        ends = nxt >= n or doc.text[doc.word_ends[j]:doc.word_starts[nxt]].strip()[:1] in (".", "?", "!")
        obj = not ends and tg.joined(nxt) and tg.tag(nxt) in _OBJECT_TAGS and keys[nxt] not in ("that", "this")
        if tags & {"NN", "JJ"}:
            # "had lunch the next day", "have fun": a noun object; only after an
            # adverb ("has often rain this summer") or in a question is it a verb
            if not (adverb or inverted) or not (obj or keys[nxt] in ("this", "that")):
                continue
        elif not (obj or ends or inverted):
            continue
        lemma = tg.lemma(j)
        if tags <= {"VB", "VBP"} and VERBS.get(lemma) is not None:
            continue  # an irregular verb that can only be a verb: verbforms.perfect-past has it ("have eat")
        fix = _participle(lemma)
        if fix == keys[j]:
            continue
        yield Finding(doc.word_starts[j], doc.word_ends[j], suggestions=(match_case(fix, doc.word_texts[j]),))


HAVE_BASE = custom(
    "grammar.verbgroups.have-base",
    _have_base,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="A perfect takes the past participle: “{fix}”.",
    description="have/has/had followed by a regular verb in its base form instead of the past participle "
    "(they have already finish the work, it has often rain this summer, Have you like her?); irregular ones are "
    "verbforms.perfect-past's. A word that can also be a noun counts only "
    "after an adverb or in a question (had lunch the next day is left alone).",
    examples=[
        bad("It has often ⟦rain⟧ this summer.", "rained"),
        bad("Have you ⟦like⟧ her?", "liked"),
        bad("They have already ⟦finish⟧ the work.", "finished"),
        good("I have eaten the cake; it has often rained; have you liked her? They had lunch the next day."),
        good("You had better go; we have put the box there; they have work to do; we have fun the whole day."),
        good("I have like five dollars; we have cause for hope; they have already lunch tickets."),
        good("If you have enough time, go; if girls have bad luck, it comes early; they have much rain all year."),
    ],
)

_OBJECT_SUBJECT = {"me": "I", "him": "He", "her": "She", "us": "We", "them": "They"}
_AUX = frozenset("is are was were has have had does do did can could will would shall should may might must "
                 "isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't can't couldn't won't "
                 "wouldn't shouldn't".split())


def _object_subject(tg, got, unit) -> bool:
    doc = tg.doc
    pron = got[0]
    return doc.word_starts[pron] in sentence_openings(doc) and doc.word_texts[pron][:1].isupper() \
        and not doc.word_texts[pron].isupper()


OBJECT_SUBJECT = anchored(
    "grammar.verbgroups.object-subject",
    "@me|him|her|us|them " + "|".join(sorted(_AUX)),
    triggers=list(_OBJECT_SUBJECT),
    at=0,
    pre=lambda doc, i: doc.word_texts[i][:1].isupper(),
    when=_object_subject,
    suggest=lambda tg, got: (_OBJECT_SUBJECT[tg.doc.word_keys[got[0]]],),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="The subject takes the subject form: “{fix}”.",
    description="An object pronoun (me, him, her, us, them) opening a sentence as the subject of an "
    "auxiliary or modal (Her has many animals, Them are late).",
    examples=[
        bad("⟦Her⟧ has many animals.", "She"),
        bad("The bus left. ⟦Them⟧ were late.", "They"),
        good("She has many animals; her cat has one. Her car is red. Give them is all I ask."),
        good("US is a country code. HIM is a band. Them: they were late."),
    ],
)


def _if_clause(tg, got, unit) -> bool:
    doc = tg.doc
    first = got[0]
    openings = sentence_openings(doc)
    if doc.word_starts[first] in openings:
        return True
    # "..., if I would have known": a clause opening after a comma or conjunction,
    # not an indirect question ("asked if he would have gone")
    gap = doc.text[doc.word_ends[first - 1]:doc.word_starts[first]] if first else ""
    return "," in gap or ";" in gap or doc.word_keys[first - 1] in ("and", "but", "even", "only")


IF_WOULD_HAVE = anchored(
    "grammar.verbgroups.if-would-have",
    "if <DT|PRP$>? <PRP|NN|NNS|NNP|JJ> <NN|NNS|NNP>? @would|'d @have @<?VBN>",
    triggers=["if"],
    at=0,
    when=_if_clause,
    suggest=lambda tg, got: ("had " + tg.doc.word_texts[got[-1]],),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="An unreal condition takes the past perfect in the if-clause: “{fix}”.",
    description="would have + participle inside the if-clause of an unreal condition (If I would have known, "
    "I would have come) where the past perfect (had known) belongs; indirect questions (asked if he would "
    "have gone) are left alone.",
    examples=[
        bad("If I ⟦would have known⟧ about the party, I would have gone.", "had known"),
        bad("We lost, but if the team ⟦would have played⟧ better, we would have won.", "had played"),
        good("If I had known, I would have gone; she asked if he would have gone; I wonder if they would have come."),
        good("If you would have a look at it, we would be glad."),
    ],
)



def _and_subject(tg, got, unit) -> bool:
    doc = tg.doc
    first = got[0]
    if doc.word_starts[first] not in sentence_openings(doc) or doc.word_keys[first] in ("each", "every", "no"):
        return False
    if doc.word_keys[got[-2]] in ("news", "series", "species", "means", "politics", "economics", "physics"):
        return False
    return doc.word_texts[got[-2]].islower() and not doc.word_keys[got[-2]].endswith(("ss", "us", "is", "ics"))


_DETERMINERS = frozenset("the a an this that these those my your his her its our their".split())


AND_SUBJECT = anchored(
    "grammar.verbgroups.and-subject",
    "<DT|PRP$> <JJ>? <NN|NNS> and <DT|PRP$>? <JJ>? <NNS> @" + "|".join(sorted(AUX_PLURAL)),
    triggers=["and"],
    at=3,
    # from the words alone: a determiner two or three words before ``and``, a
    # singular verb two to four words after it (most places of ``and`` fail)
    near={(2, 4): AUX_PLURAL, (-3, -2): _DETERMINERS},
    when=_and_subject,
    suggest=lambda tg, got: (match_case(AUX_PLURAL[tg.doc.word_keys[got[-1]]], tg.doc.word_texts[got[-1]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="A subject joined by “and” is plural: “{fix}”.",
    description="A sentence-opening subject of two noun phrases joined by and, the second plural, with a "
    "singular verb (The teacher and her students is in the classroom).",
    examples=[
        bad("The teacher and her students ⟦is⟧ in the classroom.", "are"),
        bad("The minister and his aides ⟦was⟧ late.", "were"),
        good("The teacher and her students are in the classroom. Each boy and his parents is a case."),
        good("He says the teacher and her students is a phrase; the owner and manager is here."),
    ],
)

_SINGULAR_OF = {"have": "has", "do": "does", "are": "is", "haven't": "hasn't", "don't": "doesn't",
                "aren't": "isn't"}
_WH = frozenset("what when where why how who which".split())


def _name_question(tg, got, unit) -> bool:
    doc = tg.doc
    aux, name, verb = got[0], got[1], got[2]
    openings = sentence_openings(doc)
    if doc.word_starts[aux] not in openings and not (
            aux > 0 and doc.word_keys[aux - 1] in _WH and doc.word_starts[aux - 1] in openings):
        return False
    text = doc.word_texts[name]
    if tg.tags(name) != {"NNP"} or not text[1:].islower() or text.endswith("s"):
        return False  # "Do Americans", "Have NATO members": a plural, an acronym
    key = doc.word_keys[aux]
    want = {"have": "VBN", "haven't": "VBN", "do": "VB", "don't": "VB", "are": "VBG", "aren't": "VBG"}[key]
    if want not in tg.tags(verb) or want == "VB" and tg.tags(verb) & {"VBD", "VBN", "VBZ"}:
        return False
    end = doc.text.find("?", doc.word_ends[verb])
    stop = min((k for k in (doc.text.find(c, doc.word_ends[verb]) for c in ".!\n") if k >= 0), default=len(doc.text))
    return end != -1 and end < stop


NAME_QUESTION = anchored(
    "grammar.verbgroups.name-question",
    "@" + "|".join(sorted(_SINGULAR_OF)) + " <NNP> <?VBN|VB|VBG>",
    triggers=list(_SINGULAR_OF),
    at=0,
    pre=lambda doc, i: i + 1 < len(doc.word_texts) and doc.word_texts[i + 1][:1].isupper()
    and doc.word_texts[i + 1][1:].islower(),
    when=_name_question,
    suggest=lambda tg, got: (match_case(_SINGULAR_OF[tg.doc.word_keys[got[0]]], tg.doc.word_texts[got[0]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="The subject is one name, so the auxiliary is singular: “{fix}”.",
    description="A question whose subject is a single singular name, with have, do or are (Have Mary "
    "bought a ticket? When do Beijing open?).",
    examples=[
        bad("⟦Have⟧ Mary bought a ticket?", "Has"),
        bad("When ⟦have⟧ Mary bought a ticket?", "has"),
        bad("⟦Do⟧ Paul like it?", "Does"),
        good("Has Mary bought a ticket? Have Mary and Paul left? Do Americans like it? Have NATO members agreed?"),
        good("Have Mary call me tomorrow. Do Mary a favour. Were Mary here, she would help."),
    ],
)

def _they_s(tg, got, unit) -> bool:
    doc = tg.doc
    pron, verb = got[0], got[-1]
    if tg.tags(verb) != {"NNS", "VBZ"} or not doc.word_texts[verb].islower():
        return False
    if doc.word_keys[pron] == "i":
        if doc.word_texts[pron] != "I":
            return False
        # "World War I veterans", "Phase I trials": a numeral after a name
        if pron > 0 and tg.joined(pron) and doc.word_texts[pron - 1][:1].isupper() \
                and doc.word_starts[pron - 1] not in sentence_openings(doc):
            return False
    if pron > 0 and tg.joined(pron) and doc.word_keys[pron - 1] in ("are", "were", "do", "did", "than", "as"):
        return False
    nxt = verb + 1
    if nxt >= len(tg):
        return False
    if not tg.joined(nxt):
        return False
    key = doc.word_keys[nxt]
    return key in ("it", "them", "him", "her", "me", "us", "you", "off", "up", "out", "down", "the", "a", "an",
                   "this", "these", "those", "his", "their", "our", "my", "your", "its")


THEY_S_VERB = anchored(
    "grammar.verbgroups.they-s-verb",
    "i|they <RB>? @<?VBZ>",
    triggers=["i", "they"],
    at=0,
    when=_they_s,
    suggest=lambda tg, got: (tg.lemma(got[-1]) if any(t == "VBZ" for t, _ in tg.readings(got[-1])) else "",),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="After I or they the verb takes no -s: “{fix}”.",
    description="An -s verb that is also a plural noun after I or they, with an object, a particle or an "
    "article after it (They repairs it, I drops off the kids).",
    examples=[
        bad("They ⟦repairs⟧ it every week.", "repair"),
        bad("I ⟦drops⟧ off the kids.", "drop"),
        good("They repair it; they themselves did it; World War I veterans; Phase I trials ended."),
        good("Are they updates or fixes? More than they costs the state; they, prices aside, agree."),
    ],
)

RULES = (AND_SUBJECT, HAVE_BASE, IF_WOULD_HAVE, NAME_QUESTION, OBJECT_SUBJECT, PRONOUN_ING, THEY_S_VERB)
