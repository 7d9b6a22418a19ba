"""Verb forms the tagged token layer can judge: ``to`` + a past form (``to
went``, ``to took``).

Only words whose every reading is a simple past are judged: ``to increased
costs``, ``to written questions`` use a participle as an adjective and are
right, so participles are left alone.
"""

from __future__ import annotations

from ...lexicon.tags import words_where
from ...lexicon.verbs import VERBS
from ...rule import bad, good, match_case, tagged
from ._context import CATEGORY, EN


#: words after which "to" opens an infinitive (not a stranded preposition: "who we spoke to seems")
_TO_INFINITIVE = frozenset(
    "want wants wanted try tries tried need needs needed decide decides decided plan plans planned hope hopes "
    "hoped expect expects expected agree agreed refuse refused seem seems seemed begin began start started "
    "continue continued fail failed manage managed learn learned able unable going used surprised likely "
    "unlikely wish wished ready happy glad sorry order way chance time attempt attempted not "
    "eager willing keen determined anxious reluctant".split()
)
#: nouns in that list: "the way to improved efficiency" is a path to a thing
_TO_NOUNS = frozenset("order way chance time attempt".split())


_OBJECTS = frozenset(("me", "you", "him", "her", "us", "them"))
_ASKING = frozenset("want wants wanted ask asks asked tell tells told allow allows allowed expect expects expected "
                    "need needs needed force forced urge urged encourage encouraged help helps helped get got "
                    "like would".split())
#: what may follow a verb but not a noun or adjective after "to": an object, an adverb, the end
_AFTER_VERB = frozenset(("DT", "PRP$", "PRP", "EX", "RB"))


def _clause_end(tg, i) -> bool:
    """Word ``i`` ends its sentence (or the text)."""
    doc = tg.doc
    if i + 1 >= len(tg):
        return True
    return not tg.joined(i + 1) and doc.text[doc.word_ends[i]:doc.word_starts[i + 1]].strip()[:1] in (".", "!", "?")


def _past_only(tg, got, unit) -> bool:
    verb = got[1]
    tags = tg.tags(verb)
    keys = tg.doc.word_keys
    if tags == {"VBD"} and tg.lemma(verb) not in ("be",):
        return True
    before = got[0] - 1
    # "wants you to goes": an object pronoun after a verb of wanting or asking
    infinitive = before >= 0 and tg.joined(got[0]) and (keys[before] in _TO_INFINITIVE or (
        keys[before] in _OBJECTS and before > 0 and keys[before - 1] in _ASKING))
    if keys[verb] in ("is", "has", "does", "'s", "was", "been", "had"):
        return False
    nxt = verb + 1
    # "to lifted the rock", "seemed to noticed.": a past or participle with an
    # object or at the end of the sentence is a verb; "to increased costs",
    # "to written questions" are adjectives before a noun
    object_or_end = _clause_end(tg, verb) or (tg.joined(nxt) and tg.tag(nxt) in _AFTER_VERB
                                              and keys[nxt] not in ("that", "this", "these", "those"))
    if tags <= {"VBD", "VBN"} and infinitive and keys[before] not in _TO_NOUNS and tg.lemma(verb) not in (
            "be", "have", "do") and tg.joined(nxt) and tg.tags(nxt) & {"NNS", "NN"}:
        return True  # "eager to bought cars": after a word that takes an infinitive, no adjective
    if tags <= {"VBD", "VBN"} and object_or_end:
        if _clause_end(tg, verb) and not infinitive:
            return False  # "from round to flattened.": an adjective
        return tg.lemma(verb) not in ("be", "have", "do") or infinitive
    if tags == {"VBZ"}:
        # a word that can only be an -s verb cannot follow the preposition
        # either: "her father to gets her way"
        # either after a noun object: "her father to gets her way" (after a verb
        # or a pronoun "to" may end a clause: "the guy we spoke to seems fair")
        return infinitive or (before >= 0 and tg.joined(got[0]) and tg.tag(before) in ("NN", "NNS")
                              and keys[verb] not in ("does", "'s") and (object_or_end or tg.joined(nxt)))
    # "tried not to laughs.", "wants you to goes there": an -s word that can
    # also be a plural noun is a verb only after an infinitive-taking word
    return "VBZ" in tags and tags <= {"VBZ", "NNS"} and infinitive and object_or_end


def _past_or_s() -> frozenset[str]:
    """Words the lexicon knows only as a past, participle or -s form (or as
    an -s form and a plural): the word after ``to`` must be one."""
    return words_where(
        "VBD/VBN or VBZ/NNS only", lambda t: bool(t) and (t <= {"VBD", "VBN"} or ("VBZ" in t and t <= {"VBZ", "NNS"})))


def _past_or_base() -> frozenset[str]:
    """Words known only as a simple past or a base form: one must come within three words after ``have``."""
    return words_where("VBD only, or VB/VBP only", lambda t: t == {"VBD"} or t <= {"VB", "VBP"})


def _base(tg, got):
    found = tg.doc.word_texts[got[1]]
    return (match_case(tg.lemma(got[1]), found),)


TO_PAST = tagged(
    "grammar.verbforms.to-past",
    "to @<?VBD|VBZ|VBN>",
    triggers=["to"],
    near={1: _past_or_s},
    when=_past_only,
    suggest=_base,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="After “to” use the base form “{fix}”.",
    description="to followed by a simple past or -s form (to went, to took, to learns) instead of the "
    "base form of the verb.",
    examples=[
        bad("I was surprised to ⟦learns⟧ this.", "learn"),
        good("The guy who we spoke to seems fair; the girl I gave it to seems happy."),
        bad("They decided to ⟦went⟧ home.", "go"),
        bad("The ministry plans to ⟦took⟧ action.", "take"),
        bad("He wanted to ⟦began⟧ talks.", "begin"),
        bad("He tried very hard to ⟦lifted⟧ the rock.", "lift"),
        bad("Tom was the only one who seemed to ⟦noticed⟧.", "notice"),
        bad("He tried not to ⟦laughs⟧.", "laugh"),
        bad("She wants you to ⟦goes⟧ there.", "go"),
        bad("She is manipulating her father to ⟦gets⟧ her way.", "get"),
        bad("Bangladesh is eager to ⟦bought⟧ cars from Iran.", "buy"),
        good("It showed the way to improved efficiency; they were keen to see it; a time to reflect."),
        good("He turned to organized crime; it led to reduced costs; prices rose to record highs."),
        good("They vary in their shape from round to flattened."),
        good("He went to talks this week; exports to countries there fell; he was sent to prisons."),
        good("Cut the gatherings and reduce them to markets."),
        good("They decided to go home; this led to increased costs and to written questions."),
        good("From 2019 to 2020 prices rose; he was sent to prison; to be fair, it works."),
        good("Talks came to a halt; he turned to them."),
    ],
)

def _participle(tg, got):
    i = got[-1]
    found = tg.doc.word_texts[i]
    forms = VERBS.get(tg.lemma(i))
    return (match_case(forms.participle, found),) if forms is not None else ()


def _needs_participle(tg, got, unit) -> bool:
    i = got[-1]
    tags = tg.tags(i)
    if any(j is not None and tg.doc.word_keys[j] in ("here", "there", "home", "back", "away") for j in got[1:-1]):
        return False  # "those who had not been here also came": a place ends that clause
    if tg.lemma(i) in ("be", "have", "do") and not (tg.lemma(i) == "do" and tg.doc.word_keys[got[0]] == "been"):
        return False  # "the effect your plan had was dramatic": a new clause; but "has been did"
    if tags == {"VBD"} or tags <= {"VB", "VBP"}:
        # "had went", "has been gave": an irregular past where the participle
        # differs; "must have write": a base form
        forms = VERBS.get(tg.lemma(i))
        return forms is not None and forms.participle != tg.doc.word_keys[i]
    return False


PERFECT_PAST = tagged(
    "grammar.verbforms.perfect-past",
    "have|has|had|'ve|having|been <RB>? <RB>? @<?VBD|VB>",
    triggers=["have", "has", "had", "'ve", "having", "been"],
    near={(1, 3): _past_or_base},
    when=_needs_participle,
    suggest=_participle,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="After “have” or “been” use the past participle “{fix}”.",
    description="have/has/had or been followed by a simple past instead of the past participle "
    "(has became, had went, has been gave).",
    examples=[
        bad("The city has ⟦became⟧ a hub.", "become"),
        bad("I must have ⟦wrote⟧ that.", "written"),
        bad("The gift has been ⟦gave⟧.", "given"),
        bad("He has been ⟦did⟧ this.", "done"),
        good("Those who had not been here also came to take a look."),
        bad("They had already ⟦went⟧ home.", "gone"),
        bad("I must have ⟦write⟧ to you.", "written"),
        good("The effect your plan had was dramatic."),
        good("The city has become a hub; they had gone home; it has been given."),
        good("He had a cold; they have lunch; I had them sent; she has read it; we have let it go."),
    ],
)

def _please(tg, got, unit) -> bool:
    from ._context import sentence_openings

    doc = tg.doc
    return doc.word_starts[got[0]] in sentence_openings(doc) and tg.tags(got[1]) <= {"VBZ", "NNS"} \
        and "VBZ" in tg.tags(got[1])


PLEASE_BASE = tagged(
    "grammar.verbforms.please-base",
    "please @<?VBZ>",
    triggers=["please"],
    when=_please,
    suggest=lambda tg, got: (match_case(next(lemma for t, lemma in tg.readings(got[1]) if t == "VBZ"),
                                        tg.doc.word_texts[got[1]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="An imperative after please takes the base form: “{fix}”.",
    description="please at the start of a request followed by an -s form (Please answers quickly!).",
    examples=[
        bad("Please ⟦answers⟧ quickly!", "answer"),
        good("Please answer quickly! It pleases him. Please, thanks. If it please the court."),
    ],
)


def _passive_base(tg, got, unit) -> bool:
    verb = got[-1]
    tags = tg.tags(verb)
    keys = tg.doc.word_keys
    be = got[0]
    if tg.lemma(verb) in ("be", "have", "do") or (keys[be] == "being" and be > 0 and tg.joined(be) and tg.tag(
            be - 1) in ("DT", "JJ", "PRP$", "NN", "POS")):
        return False  # "the human being is", "well being is": a noun
    forms = VERBS.get(tg.lemma(verb))
    if forms is None or forms.participle == keys[verb]:
        return False
    if tags <= {"VBZ"}:
        return True  # "must be replaces"
    # "is cause by": a base form before "by"
    nxt = verb + 1
    return tags <= {"VB", "VBP", "NN"} and "VB" in tags and nxt < len(keys) and tg.joined(nxt) and keys[nxt] == "by"


PASSIVE_BASE = tagged(
    "grammar.verbforms.passive-base",
    "be|is|are|was|were|been|being <RB>? @<?VB|VBZ>",
    triggers=["be", "is", "are", "was", "were", "been", "being"],
    near={1: lambda: _PASSIVE_CANDIDATES()},  # defined below
    when=_passive_base,
    suggest=lambda tg, got: _participle(tg, got) if tg.doc.word_keys[got[0]] in ("be", "been", "being")
    or "VBZ" not in tg.tags(got[-1]) else (),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” after a form of be: a passive takes the past participle; otherwise drop be.",
    description="be followed by an -s form (must be replaces), or by a base form and by (this is cause by "
    "a bug), instead of the past participle.",
    examples=[
        bad("This part must be ⟦replaces⟧ with caution.", "replaced"),
        bad("This is ⟦cause⟧ by a bug.", "caused"),
        bad("How long the track is ⟦refers⟧ to its age.", None),
        good("It must be replaced; this is caused by a bug; the cause is unknown; it is close by."),
        good("They are friends; it was home by noon; the goal is set by them; the human being is often right."),
    ],
)

_CANDIDATES: list[frozenset[str]] = []


def _PASSIVE_CANDIDATES() -> frozenset[str]:
    if not _CANDIDATES:
        _CANDIDATES.append(words_where("VBZ only, or a base that is no participle", lambda t: t == {"VBZ"} or (
            "VB" in t and t <= {"VB", "VBP", "NN"})))
    return _CANDIDATES[0]


RULES = (PASSIVE_BASE, PERFECT_PAST, PLEASE_BASE, TO_PAST)
