"""Auxiliaries and the verb form after them, read off the tagged token layer:
``was been``, a question with ``did``/``does`` and a past or -s verb
(``Did the application worked?``), an inverted perfect with a simple past
(``Have you went?``), a bare participle as a past (``he done it``), and a
stative verb in the progressive (``I am not understanding``).
"""

from __future__ import annotations

import re

from ...lexicon.verbs import VERBS
from ...rule import bad, good, match_case
from ._anchored import anchored
from ._context import CATEGORY, EN, sentence_openings

_PERFECT_OF = {"was": "has", "were": "have", "is": "has", "are": "have", "wasn't": "hasn't",
               "weren't": "haven't", "isn't": "hasn't", "aren't": "haven't"}

WAS_BEEN = anchored(
    "grammar.auxiliaries.was-been",
    "@was|were|is|are|wasn't|weren't|isn't|aren't not? @been",
    triggers=["been"],
    at=2,
    pre=lambda doc, i: i > 0 and (doc.word_keys[i - 1] in _PERFECT_OF or doc.word_keys[i - 1] == "not"),
    suggest=lambda tg, got: (" ".join([match_case(_PERFECT_OF[tg.doc.word_keys[got[0]]], tg.doc.word_texts[got[0]])]
                                      + (["not"] if got[1] is not None else []) + ["been"]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="be does not combine with been: “{fix}”, or the simple form.",
    description="A form of be before been (she was been here since Monday) instead of has/have been or "
    "the simple past.",
    examples=[
        bad("She ⟦was been⟧ here since Monday.", "has been"),
        bad("She ⟦wasn't been⟧ here since Monday.", "hasn't been"),
        good("She has been here since Monday; it was, been there, done that."),
        good("The event was. Been there, done that. Was it? Been busy."),
    ],
)


_SENTENCE_END = re.compile(r"[.?!\n]")


def _question_end(doc, i) -> bool:
    """The sentence holding word ``i`` ends with a question mark."""
    # the first of them, found by one search that stops there: a find for
    # each mark ran to the end of the text for the marks it holds none of
    # (news has few "?" or "!"), which cost a long document the square of its size
    end = _SENTENCE_END.search(doc.text, doc.word_ends[i])
    return end is not None and end.group() == "?"


def _opens_question(tg, aux) -> bool:
    doc = tg.doc
    openings = sentence_openings(doc)
    if doc.word_starts[aux] in openings:
        return True
    return aux > 0 and tg.joined(aux) and doc.word_keys[aux - 1] in (
        "what", "why", "where", "when", "how", "who", "which") and doc.word_starts[aux - 1] in openings


def _do_question(tg, got, unit) -> bool:
    doc = tg.doc
    aux, verb = got[0], got[-1]
    if not _opens_question(tg, aux) or not _question_end(doc, verb):
        return False
    keys = doc.word_keys
    tags = tg.tags(verb)
    if keys[aux] == "did":
        if not ("VBD" in tags and tags <= {"VBD", "VBN", "JJ"}) or tg.lemma(verb) in ("be", "have", "do"):
            return False
    elif not ("VBZ" in tags and tags <= {"VBZ", "NNS"}) or keys[verb] in ("is", "has", "does", "was"):
        return False
    nxt = verb + 1
    if keys[aux] == "did" and nxt < len(keys) and tg.joined(nxt) and (tg.tag(nxt) in ("NNP", "CD")
                                                                      or keys[nxt] == "by"):
        return False  # "Did a man called Smith phone?", "Did the firm acquired by X fail?"
    if tags & {"NNS", "JJ"} and not (nxt >= len(keys) or not tg.joined(nxt)
                                     or tg.tag(nxt) in ("IN", "DT", "PRP$", "PRP", "RB", "WRB", "TO", "NNP")):
        return False  # "Does the sales figures..." : the -s word may end the subject
    return True


DO_QUESTION = anchored(
    "grammar.auxiliaries.do-question",
    "did|does|do <DT|PRP$>? <JJ|NN|NNP|VBN>? <JJ|NN|NNP>? <NN|NNS|NNP|NNPS> @<?VBD|VBZ>",
    triggers=["did", "does", "do"],
    at=0,
    pre=lambda doc, i: _question_end(doc, i),
    when=_do_question,
    suggest=lambda tg, got: (match_case(tg.lemma(got[-1]), tg.doc.word_texts[got[-1]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="After do/does/did the verb takes its base form: “{fix}”.",
    description="A question with do, does or did and a noun subject whose main verb is in the past or -s form "
    "(Did the application worked? Does memory usage grows?); after a pronoun, modals.do-form has it.",
    examples=[
        bad("Did the application ⟦worked⟧?", "work"),
        bad("Does your memory usage ⟦grows⟧ during processing?", "grow"),
        bad("What does the manager ⟦wants⟧?", "want"),
        bad("Does the system ⟦supports⟧ Unicode?", "support"),
        good("Did the application work? Does memory usage grow? Did the man arrested by police confess?"),
        good("Did a man called Smith phone? Do the results matter? He did. The firm did worked examples."),
    ],
)


def _participle_differs(tg, got, unit) -> bool:
    verb = got[-1]
    tags = tg.tags(verb)
    if not ("VBD" in tags and tags <= {"VBD", "JJ"}) or tg.lemma(verb) in ("be", "have"):
        return False
    forms = VERBS.get(tg.lemma(verb))
    return forms is not None and forms.participle != tg.doc.word_keys[verb]


def _participle(tg, got):
    verb = got[-1]
    forms = VERBS.get(tg.lemma(verb))
    return (match_case(forms.participle, tg.doc.word_texts[verb]),) if forms is not None else ()


HAVE_INVERTED = anchored(
    "grammar.auxiliaries.have-inverted",
    "have|has|had|haven't|hasn't|hadn't i|you|he|she|we|they|it <RB>? @<?VBD>",
    triggers=["have", "has", "had", "haven't", "hasn't", "hadn't"],
    at=0,
    near={1: {"i", "you", "he", "she", "we", "they", "it"}},
    when=_participle_differs,
    suggest=_participle,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="An inverted perfect still takes the past participle: “{fix}”.",
    description="have/has/had + subject (a question or an inversion) followed by a simple past (Have "
    "you went to Italy? What have you did?).",
    examples=[
        bad("Have you ⟦went⟧ to Italy?", "gone"),
        bad("What have you ⟦did⟧?", "done"),
        good("Have you gone to Italy? What have you done? Had I known, I would have come."),
        good("I have it sent. They have you beat."),
    ],
)

_AUX_BEFORE = frozenset("have has had 've having is are was were been be being 's 're am 'm get got gets "
                        "not never".split())
_BARE_PARTICIPLES = ("done", "begun", "gone", "seen", "eaten", "written", "drunk", "sung", "swum", "rung",
                     "spoken", "broken", "chosen", "driven", "ridden", "stolen", "thrown", "flown", "forgotten",
                     "hidden", "bitten", "fallen", "risen", "torn", "worn", "woken", "shown", "grown")


def _bare_participle(tg, got, unit) -> bool:
    pron = got[0]
    keys = tg.doc.word_keys
    if pron > 0 and tg.joined(pron) and (keys[pron - 1] in _AUX_BEFORE or tg.tag(pron - 1) in ("MD", "VB", "VBP",
                                                                                                   "VBZ", "VBD")):
        return False  # "had he done", "have they gone", "seen it done"
    nxt = got[-1] + 1
    if keys[pron] == "it" and nxt < len(keys) and tg.joined(nxt) and keys[nxt] in ("by", "with"):
        return False
    return True


def _past(tg, got):
    verb = got[-1]
    forms = VERBS.get(tg.lemma(verb))
    return (match_case(forms.past, tg.doc.word_texts[verb]),) if forms is not None else ()


BARE_PARTICIPLE = anchored(
    "grammar.auxiliaries.bare-participle",
    "i|he|she|we|they|it <RB>? @" + "|".join(_BARE_PARTICIPLES),
    triggers=_BARE_PARTICIPLES,
    at=2,
    near={-1: {"i", "he", "she", "we", "they", "it", "then", "already", "just", "also"}},
    when=_bare_participle,
    suggest=_past,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="Without have, the past tense is “{fix}”.",
    description="A past participle used as a simple past after a subject pronoun (he done it, it begun "
    "to rain).",
    examples=[
        bad("He ⟦done⟧ it.", "did"),
        bad("And then it ⟦begun⟧ to rain.", "began"),
        good("He did it; it began to rain; had he done it? They have gone; I saw it done."),
        good("Is it done? The work they have done; it gone by noon would be fine."),
    ],
)

#: verbs of state that English does not put in the progressive
_STATIVE = {"knowing": "know", "understanding": "understand", "seeming": "seem", "belonging": "belong",
            "resembling": "resemble", "consisting": "consist"}
_PRONOUN_ONLY = frozenset(("knowing", "understanding"))


def _stative(tg, got, unit) -> bool:
    keys = tg.doc.word_keys
    verb, be = got[-1], got[1]
    if keys[be] == "being":
        return False
    if keys[verb] in _PRONOUN_ONLY:
        # "the key is understanding the rules": a gerund as complement; only
        # a pronoun subject makes it a progressive
        return got[0] is not None and keys[got[0]] in ("i", "you", "he", "she", "we", "they")
    return True


def _simple(tg, got):
    keys = tg.doc.word_keys
    be = keys[got[1]]
    base = _STATIVE[keys[got[-1]]]
    forms = VERBS.get(base)
    adverbs = [tg.doc.word_texts[j] for j in got[2:4] if j is not None and keys[j] != "not"]
    negated = any(j is not None and keys[j] == "not" for j in got[2:4])
    third = be in ("is", "'s") and not (got[0] is not None and keys[got[0]] in ("i", "you", "we", "they"))
    if be == "been":
        verb = forms.participle if forms else base + "ed"
    elif negated:
        verb = ("did" if be in ("was", "were") else "does" if third else "do") + " not " + base
    elif be in ("was", "were"):
        verb = forms.past if forms else base + "ed"
    else:
        verb = (forms.third if forms else base + "s") if third else base
    return (" ".join(adverbs + [verb]),)


STATIVE = anchored(
    "grammar.auxiliaries.stative-progressive",
    "<PRP|NN|NNS|NNP>? @{be} <RB>? <RB>? @" + "|".join(_STATIVE),
    triggers=list(_STATIVE),
    at=4,
    pre=lambda doc, i: i > 1,
    when=_stative,
    suggest=_simple,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: a verb of state is not used in the progressive; the simple form “{fix}” is usual.",
    description="A verb of state (know, understand, seem, belong, consist, resemble) in the progressive "
    "(I am not understanding, she is knowing it, the conflict is seeming to be over).",
    examples=[
        bad("I ⟦am not understanding⟧ your point.", "do not understand"),
        bad("She ⟦is knowing⟧ it.", "knows"),
        bad("The conflict ⟦is merely seeming⟧ to be over.", "merely seems"),
        good("The key is understanding the rules; the trick is knowing when to stop."),
        good("I understand; she knows it; being understanding helps; he is seemingly calm."),
    ],
)

def _i_ing(tg, got, unit) -> bool:
    doc = tg.doc
    pron, verb = got[0], got[1]
    if doc.word_texts[pron] != "I" or tg.tags(verb) != {"VBG"} or doc.word_keys[verb] in ("being", "having"):
        return False  # "I being the eldest": an absolute phrase
    return pron == 0 or not tg.joined(pron) or tg.tag(pron - 1) in ("CC", "IN", "WRB", "RB", "VBP", "VBZ", "VBD", "VBG", "VB")\
        and doc.word_keys[pron - 1] not in ("am", "was", "'m", "were", "are", "is", "be", "been", "as", "with",
                                            "and", "me")


I_ING = anchored(
    "grammar.auxiliaries.i-ing",
    "@i @<?VBG>",
    triggers=["i"],
    at=0,
    pre=lambda doc, i: i + 1 < len(doc.word_keys) and doc.word_keys[i + 1].endswith("ing"),
    when=_i_ing,
    suggest=lambda tg, got: ("I am " + tg.doc.word_texts[got[1]],),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="The progressive needs be: “{fix}”.",
    description="I followed directly by an -ing verb (I looking into the problem), with the auxiliary am "
    "missing.",
    examples=[
        bad("⟦I looking⟧ into the problem.", "I am looking"),
        bad("I'm not saying ⟦I rooting⟧ for him.", "I am rooting"),
        good("I am looking into it; am I looking? I being the eldest; you and I looking on."),
        good("A photo of me and I looking happy; the Henry I building."),
    ],
)

def _did_past(tg, got, unit) -> bool:
    doc = tg.doc
    verb = got[-1]
    if tg.tags(verb) != {"VBD"} or tg.lemma(verb) in ("be", "have", "do"):
        return False
    do = got[0]
    # "What he did went unnoticed": did ends a clause that is the subject
    return not any(doc.word_keys[k] in ("what", "all", "everything", "whatever", "that", "which", "who", "than",
                                        "as", "so")
                   for k in range(max(0, do - 4), do))


DID_PAST = anchored(
    "grammar.auxiliaries.did-past",
    "did|didn't|does|doesn't|do|don't not? @<?VBD>",
    triggers=["did", "didn't", "does", "doesn't", "do", "don't"],
    at=0,
    pre=lambda doc, i: i + 1 < len(doc.word_keys) and doc.word_keys[i + 1] in _PAST_ONLY_WORDS()
    or (i + 2 < len(doc.word_keys) and doc.word_keys[i + 1] == "not" and doc.word_keys[i + 2] in _PAST_ONLY_WORDS()),
    when=_did_past,
    suggest=lambda tg, got: (match_case(tg.lemma(got[-1]), tg.doc.word_texts[got[-1]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="After do/does/did the verb takes its base form: “{fix}”.",
    description="do, does or did followed by a simple past (Peter did went; the updates do gave the date).",
    examples=[
        bad("Peter did ⟦went⟧ to the cinema.", "go"),
        bad("The updates do ⟦gave⟧ the correct date.", "give"),
        good("Peter did go; what he did went unnoticed; all they did was wait; as it did."),
    ],
)

_PAST_ONLY: list[frozenset[str]] = []


def _PAST_ONLY_WORDS() -> frozenset[str]:
    if not _PAST_ONLY:
        from ...lexicon.tags import words_where

        _PAST_ONLY.append(words_where("VBD only", lambda t: t == {"VBD"}))
    return _PAST_ONLY[0]


RULES = (BARE_PARTICIPLE, DID_PAST, DO_QUESTION, HAVE_INVERTED, I_ING, STATIVE, WAS_BEEN)
