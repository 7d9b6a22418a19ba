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

from ...lexicon.tags import words_where
from ...lexicon.verbs import third_person
from ...rule import Finding, bad, custom, good, match_case, tagged
from ...text import index_words
from ._context import AUX_PLURAL, CATEGORY, EN, sentence_openings
from .concord import CLAUSE_OPENERS, clause_starts, openings, parenthetical

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
_NP = frozenset({"DT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "VBN", "VBG"})
_NOUN = frozenset({"NN", "NNS", "NNP", "NNPS"})
_HEADS = frozenset({"NN", "NNS", "CD", "PRP"})
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
    if k in AUX_PLURAL:
        return j, None, AUX_PLURAL[k]
    tags = tg.tags(j)
    if tg.tag(j) == "VBP" and not tags & _NOUN and not tags & {"JJ", "VBD", "VBN"}:
        return j, third_person(tg.lemma(j)), None
    return None


_VERBS: list = []


def _verbs() -> frozenset[str]:
    if not _VERBS:
        # union(), not |: frozenset | dict_keys is a set, not the frozenset this returns
        _VERBS.append(words_where("VBP", lambda t: "VBP" in t).union(_PLURAL_VERBS.keys(), AUX_PLURAL.keys()))
    return _VERBS[0]


def _check(unit, options):
    doc = unit.target
    positions = doc.word_positions("of")
    if not positions:
        return
    tg = doc.tagged
    keys = doc.word_keys
    dets = _SINGULAR_DET | _PLURAL_DET
    verbs = _verbs()
    n = len(keys)
    for of in positions:
        head = of - 1
        if head < 0 or keys[head] in _QUANTITY:
            continue
        # cheap tests first: a determiner one or two words back, and a verb
        # form within eight words after "of"
        if keys[head] not in ("one", "each") and keys[head - 1] not in dets and (head < 2 or keys[head - 2] not in dets):
            continue
        # the first verb form there: looked for after each "of" that passed
        # (a few thousand a megabyte), not by a pass over every word
        for v in range(of + 2, min(of + 9, n)):  # a loop: one seldom goes far, where four iterators were made
            if keys[v] in verbs:
                break
        else:
            continue
        # every word from "of" to that verb joined by spaces and able to be
        # part of a noun phrase (the lexicon's readings; no tag chosen yet)
        pronoun = keys[v - 1] in ("them", "us") and keys[head] in ("one", "each")
        if not (tg.tags(v - 1) & _NOUN or pronoun) or not (tg.tags(head) & _HEADS or keys[head] == "each"):
            continue  # "each of them are": "each" is a determiner, "them" ends the phrase
        if not all(tg.joined(j) for j in range(of, v + 1)) or not all(
                tg.tags(j) & _NP or j == v - 1 and pronoun for j in range(of + 1, v)):
            continue
        if keys[head] not in ("one", "each") and (head < 1 or not tg.joined(head)):
            continue
        det = max(head - 1, 0)
        if tg.tag(det) in ("JJ", "JJS", "JJR") and det > 0 and tg.joined(det):
            det -= 1
        dkey = keys[det]
        htag = tg.tag(head)
        hkey = keys[head]
        if hkey in _QUANTITY or htag not in ("NN", "NNS", "CD", "PRP") and hkey != "each":
            continue
        if doc.word_texts[head][:1].isupper() and head > 0 and hkey not in ("one", "each"):
            continue  # a title: "The Champions of the Earth is"
        if hkey in ("one", "each"):
            singular = True
        elif htag == "NN" and dkey in _SINGULAR_DET and dkey != "one":
            singular = True
        elif htag == "NNS" and dkey in _PLURAL_DET and dkey != "one":
            singular = False
        else:
            continue
        if hkey in ("one", "each") and not (head == 0 or not tg.joined(head) or keys[head - 1] in ("and", "but")
                                            or hkey == "one" and keys[head - 1] == "every"):
            continue  # "the one of", "to each of": only as the subject at a clause start
        if hkey not in ("one", "each") and det != 0 and tg.joined(det) and tg.tag(det - 1) in (
                "IN", "VB", "VBZ", "VBP", "VBD", "VBN", "VBG", "TO", "MD", "WDT", "WP", "WRB"):
            continue  # "in the list of firms", "sent the list of", "will the list of": not a subject
        # the noun phrase after "of", at most six words, ending on a noun
        j = of + 1
        last = None
        while j < len(keys) and j <= of + 6 and tg.joined(j) and (tg.tag(j) in _NP or pronoun and j == v - 1):
            if tg.tag(j) in _NOUN or pronoun and j == v - 1:
                last = j
            j += 1
        if last is None or last != j - 1:
            continue
        ltag = tg.tag(last)
        verb = _verb_after(tg, j)
        if verb is None:
            continue
        v, fix_singular, fix_plural = verb
        if singular and (ltag in ("NNS", "NNPS") or pronoun) and fix_singular:
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
    severity="neutral",
    langs=EN,
    message="The subject is “{head}”, not the noun after “of”: use “{fix}”.",
    description="A verb that agrees with the noun in an of-phrase instead of the head of the "
    "subject (The number of visitors have risen; The list of firms were published).",
    examples=[
        bad("The number of visitors ⟦have⟧ risen.", "has"),
        bad("The list of firms ⟦were⟧ published on Monday.", "was"),
        bad("The prices of oil ⟦has⟧ fallen.", "have"),
        bad("One of the biggest problems ⟦are⟧ the cost.", "is"),
        bad("Each of the children ⟦are⟧ happy.", "is"),
        bad("Each of them ⟦have⟧ a book.", "has"),
        bad("Every one of the players ⟦were⟧ tired.", "was"),
        good("Each of the children is happy; each of them has a book; I gave each of them are-you-sure notes."),
        good("We thank each of them; to each of the teams are given two balls; they each of them are."),
        bad("The quality of the schools ⟦remain⟧ poor.", "remains"),
        good("A number of visitors have complained; a lot of firms were closed."),
        good("The majority of residents are happy; the rest of the money was spent."),
        good("The number of visitors has risen; the list of firms was published."),
        good("He sent the list of firms to the ministry; in the list of firms are two banks."),
        good("The leaders of the two countries have met; the heads of state were present."),
        good("One of the countries that have signed is Japan."),
        good("The government of Japan and the people of China are friends."),
    ],
    triggers=("of",),  # finds nothing without one of these words
)

_PLURAL_OPENERS = ("the", "these", "those", "many", "some", "all", "both", "several", "our", "their", "most",
                   "few", "my", "your", "his", "her", "its", "such", "other", "two", "three", "four", "five")
index_words(_PLURAL_OPENERS)
_MODIFIERS = frozenset({"JJ", "JJR", "JJS", "CD", "VBN", "NN", "VBG"})
_SINGULAR_FORMS = {v: k for k, v in _PLURAL_VERBS.items()}
_IRREGULAR_PLURALS = frozenset("people men women children police mice feet teeth geese cattle".split())
_NOT_PLURAL = ("ss", "us", "is", "ics", "news", "series", "means", "species", "headquarters", "whereabouts",
               "media", "data",
               # a degree ("my masters was in law"), an illness, a place: singular in -s
               "masters", "bachelors", "measles", "mumps", "diabetes", "crossroads", "barracks", "gallows")


def _plural_verb(tg, v):
    """The plural form to suggest when word ``v`` is a singular finite verb, else None."""
    k = tg.doc.word_keys[v]
    if k in _SINGULAR_FORMS:
        return _SINGULAR_FORMS[k]
    tags = tg.tags(v)
    if "VBZ" not in tags or not tags <= {"VBZ", "NNS"}:
        return None
    if tags == {"VBZ"}:
        return tg.lemma(v)
    # "barks", "wants": a noun or a verb; a verb when an adverb, "to", a
    # determiner or the end of the clause follows
    n = v + 1
    if n >= len(tg) or not tg.joined(n):
        gap = tg.doc.text[tg.doc.word_ends[v]:tg.doc.word_starts[n]] if n < len(tg) else ""
        return tg.lemma(v) if gap[:1] in (".", "!", "?", ",", ";") or n >= len(tg) else None
    if (tg.tag(n) in ("RB", "RBR", "TO", "DT", "PRP$", "PRP") or tg.doc.word_keys[n] in ("more", "less")) \
            and tg.doc.word_keys[n] not in ("that", "not"):
        for t, lemma in tg.readings(v):
            if t == "VBZ":
                return lemma
    return None


#: plurals used as modifiers of a following noun ("the sports centres"): a
#: -s word after them may be the head, not a verb
_PLURAL_MODIFIERS = frozenset("sales arms jobs goods savings services sports operations customs communications "
                              "systems parts materials products weapons rights affairs works arts securities "
                              "futures options earnings resources human".split())


_SINGULAR_VERB_WORDS: list[frozenset[str]] = []


def _singular_verbs() -> frozenset[str]:
    """Words that can be a singular present verb (is, was, has, -s forms)."""
    if not _SINGULAR_VERB_WORDS:
        _SINGULAR_VERB_WORDS.append(frozenset(_SINGULAR_FORMS) | words_where("VBZ", lambda t: "VBZ" in t))
    return _SINGULAR_VERB_WORDS[0]


def _bare_plurals(doc) -> list[int]:
    """Clause-opening plural nouns with no determiner ("Cats sleeps")."""
    plural = words_where("NNS, maybe VBZ", lambda t: "NNS" in t and t <= {"NNS", "VBZ"})
    keys = doc.word_keys
    return [d for d in openings(doc) if keys[d] in plural and keys[d] not in _PLURAL_MODIFIERS]


def _plural_subject(unit, options):
    doc = unit.target
    tg = None
    keys = doc.word_keys
    openers = frozenset(_PLURAL_OPENERS)
    bare = set(_bare_plurals(doc))
    singular = _singular_verbs()
    n = len(keys)
    for d in sorted(set(clause_starts(doc, openers)) | bare):
        key = keys[d]
        # cheap first, from the words alone: a word that can be a singular
        # verb within eight words, or a comma (an aside) within five
        if singular.isdisjoint(keys[d + 1:d + 9]) \
                and not doc.comma_before(d + 1, min(d + 5, n - 1)):
            continue
        if True:
            if tg is None:
                tg = doc.tagged
            j = d if d in bare else d + 1
            head = None
            while j < len(keys) and j <= d + 5 and (j == d or tg.joined(j)):
                t = tg.tag(j)
                if j == d and d in bare:
                    t = "NNS"
                if t == "NNS" and not (head is not None and "VBZ" in tg.tags(j)):
                    head = j
                    j += 1
                    continue
                if head is None and t in _MODIFIERS and not ("VBG" in tg.tags(j) and keys[j].endswith("ing")
                                                             and j > d + 1 and tg.tag(j - 1) in _NOUN):
                    j += 1  # "The rising prices", but "The secrecy surrounding submarines makes": a clause
                    continue
                break
            if head is None:
                if key in ("these", "those") and (j == d + 1 or (j == d + 2 and tg.tag(d + 1) == "CD")):
                    head = j - 1  # "These includes", "These three is"
                else:
                    continue
            elif head != j - 1 or (doc.word_texts[head][:1].isupper() and head != d) \
                    or keys[head].endswith(_NOT_PLURAL) \
                    or not (keys[head].endswith("s") or keys[head] in _IRREGULAR_PLURALS):
                continue
            # one prepositional phrase: "Many users in Asia wants"
            if j < len(keys) and tg.joined(j) and tg.tag(j) == "IN" and keys[j] not in ("that", "than", "as", "like"):
                k = j + 1
                while k < len(keys) and k <= j + 5 and tg.joined(k) and tg.tag(k) in _NP:
                    if k > j + 1 and "VBZ" in tg.tags(k) and tg.tag(k - 1) in ("NN", "NNP") and k + 1 < len(keys) \
                            and tg.joined(k + 1) and tg.tag(k + 1) in ("RB", "DT", "PRP", "PRP$", "TO"):
                        break  # "The dogs of war barks loudly": a singular noun, then the -s verb
                    k += 1
                if k == j + 1 or tg.tag(k - 1) not in _NOUN:
                    continue
                j = k
            if j >= len(keys):
                continue
            aside = False
            if not tg.joined(j):
                # an aside between commas: "The dogs, Bob and Ben, is released"
                # a bare plural takes an aside only after a subordinator ("where gases, such as CO2,
                # prevents"); at a sentence start it is mostly a list ("Birds, trees, stacks")
                after = parenthetical(tg, j, allow_and=True) if d not in bare or (
                    d > 0 and keys[d - 1] in CLAUSE_OPENERS) else None
                if after is None:
                    continue
                j, aside = after, True
            if (aside or d in bare) and not (j + 1 < len(keys) and tg.joined(j + 1)):
                continue  # "Birds, green trees, stacks, clear water": a list, not a verb
            fix = _plural_verb(tg, j)
            if fix is None or (d in bare and keys[j] in _SINGULAR_FORMS):
                continue  # "Windows is", "Mars has": a name, not a plural
            if "NNS" in tg.tags(j) and j == head + 1:
                # "The policy covers services", "the sports centres": which of
                # the two is the verb? The head is sure only when nothing but
                # adjectives come before it ("The black dogs barks")
                if d in bare and not (tg.tag(j + 1) in ("RB", "RBR", "DT", "PRP$", "PRP", "TO")
                                      or keys[j + 1] in ("more", "less")):
                    continue  # "Police stations, ...": two bare nouns are mostly a compound
                if "VBZ" in tg.tags(head) and not (j + 1 < len(keys) and tg.joined(j + 1) and (
                        tg.tag(j + 1) in ("RB", "RBR", "DT", "PRP$", "PRP", "TO") or keys[j + 1] in ("more", "less"))):
                    continue  # "The public demands answers.": noun + verb + object, or a compound?
                if keys[head] in _PLURAL_MODIFIERS or ("VBZ" in tg.tags(head) and any(
                        tg.tag(k) not in ("JJ", "JJR", "JJS", "CD", "VBN") for k in range(d + 1, head))):
                    continue
            found = doc.word_texts[j]
            yield Finding(doc.word_starts[j], doc.word_ends[j], args={"head": doc.word_texts[head]},
                          suggestions=(match_case(fix, found),))


PLURAL_NOUN = custom(
    "grammar.subject.plural-noun",
    _plural_subject,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="The subject “{head}” is plural: use “{fix}”.",
    description="A plural noun subject at the start of a sentence with a singular verb (The dogs "
    "barks loudly; Many users in Asia wants to learn; These includes the ring).",
    examples=[
        bad("The students ⟦wants⟧ to leave.", "want"),
        bad("Many users in Asia ⟦wants⟧ to learn English.", "want"),
        bad("The new rules ⟦is⟧ strict.", "are"),
        bad("These ⟦includes⟧ the ring and the compass.", "include"),
        bad("Some people ⟦thinks⟧ that space is endless.", "think"),
        bad("The dogs ⟦barks⟧ loudly.", "bark"),
        bad("The dogs, which are trained to find food, ⟦patrols⟧ the area.", "patrol"),
        bad("She asked whether the users from Asia ⟦wants⟧ to learn English.", "want"),
        bad("Cats ⟦sleeps⟧ more than 15 hours a day.", "sleep"),
        bad("The black dogs ⟦barks⟧ loudly.", "bark"),
        bad("The dogs of war ⟦barks⟧ loudly.", "bark"),
        good("The dogs bark loudly; many users in Asia want to learn English."),
        good("The news is good. The United States is large. The series was long."),
        good("My masters was in law. Measles is back."),
        good("The sales figures rose. Their talks were useful. The dogs' owner is here."),
        good("Many of the users are here. The companies that he owns are big."),
        good("The policy covers services, including hosting. The word okay is already correct."),
        good("The sports centres this year were full. Officials say so. Sales rose. Its plans, he says, work."),
        good("The 26th is the day. Windows is a system. Cats sleep more than dogs."),
        good("The dogs, Bob and Ben, are released. Whether the talks succeed is open."),
        good("The public demands answers. Inquiries about license plates; others. Police stations, card points and clinics work."),
        good("Birds, green trees, stacks, clear water. The secrecy surrounding submarines makes it hard."),
    ],
)

_QUESTION_FIX = {"do": "does", "have": "has", "don't": "doesn't", "haven't": "hasn't",
                 "does": "do", "has": "have", "doesn't": "don't", "hasn't": "haven't"}
_SINGULAR_DETS = frozenset("the a an this that your my his her its our their".split())


def _asks(tg, got, unit) -> bool:
    """A question (a ``?`` ends the sentence), opening with the auxiliary or
    a wh-word before it, whose subject's number is the other one."""
    doc = tg.doc
    aux, det, noun = got[0], got[1], got[3]
    text = doc.text
    end = min((k for k in (text.find(c, doc.word_ends[noun]) for c in ".?!") if k >= 0), default=-1)
    if end < 0 or text[end] != "?":
        return False
    at = doc.word_starts[aux]
    openings = sentence_openings(doc)
    if at not in openings and not (aux > 0 and tg.joined(aux) and tg.tag(aux - 1) == "WRB"
                                    and doc.word_starts[aux - 1] in openings):
        return False
    singular_aux = doc.word_keys[aux] in ("does", "has", "doesn't", "hasn't")
    tag = tg.tag(noun)
    if singular_aux:
        return tag == "NNS" and not doc.word_keys[noun].endswith(_NOT_PLURAL)
    return tag == "NN" and doc.word_keys[det] in _SINGULAR_DETS and tg.tags(noun) == {"NN"} | (tg.tags(noun) & {"VB", "VBP"})


QUESTION = tagged(
    "grammar.subject.question",
    "@do|have|don't|haven't|does|has|doesn't|hasn't <DT|PRP$> <JJ>? <NN|NNS> <?VB|VBN|VBP>",
    triggers=list(_QUESTION_FIX),
    when=_asks,
    suggest=lambda tg, got: (match_case(_QUESTION_FIX[tg.doc.word_keys[got[0]]], tg.doc.word_texts[got[0]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="The subject of this question is {number}: use “{fix}”.",
    args=lambda tg, got: {"number": "plural" if tg.doc.word_keys[got[0]] in ("does", "has", "doesn't", "hasn't")
                          else "singular"},
    description="A question whose auxiliary does not agree with a noun subject (Do your father live "
    "in England? Has your parents told you?).",
    examples=[
        bad("⟦Do⟧ your father live in England?", "Does"),
        bad("⟦Has⟧ your parents told you everything?", "Have"),
        bad("Where ⟦have⟧ the man been?", "has"),
        good("Does your father live in England? Have your parents told you? Do the work now."),
        good("Have the doctor look at it. Do the right thing."),
    ],
)

RULES = (OF_PHRASE, PLURAL_NOUN, QUESTION)
