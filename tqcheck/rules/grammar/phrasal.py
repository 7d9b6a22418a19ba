"""A closed compound noun used as a verb: ``you can workout``, ``to cleanup
his room``, ``didn't setup the server``. The noun (``workout``, ``setup``)
is written as one word, the phrasal verb (``work out``, ``set up``) as two.

No list of compounds: they are the lexicon's words that can only be nouns
or adjectives (lemminflect's tables, no verb reading: ``login`` has one and
stays out, like a few the lexicon lacks, in a short list of its own) and read as a base verb plus a particle (up, out, off, down,
over, away, back, on, in). ``-back`` words also need the verb and particle
as a listed Google Books pair (``set back``, ``come back``), which keeps out
``horseback`` and ``hatchback``; ``-on`` and ``-in`` words need a pair seen
100 million times (``goon`` -> ``go on``), which keeps out ``baron``,
``dragon`` and ``muffin``.

The slot is one where only a verb can stand: after a modal, a negated do
or ``please`` (``can``, ``won't``, ``didn't``), right after a subject
pronoun with an object after it (``we setup the server``), or after an infinitive ``to`` that
follows a verb (``promised to``) and is followed by the verb's object (a
determiner, a possessive or an object pronoun). ``to`` after ``go``,
``due``, ``prior`` and the like is a preposition, and a noun follows it
(``go to checkout``, ``prior to takeover the firm``), so it is left alone.
"""

from __future__ import annotations

from ... import cache
from ...lexicon import bigrams
from ...lexicon import tags as lex
from ...lexicon.once import Once
from ...rule import Finding, bad, custom, good
from ...text import index_words
from ._context import CATEGORY, EN, MODALS

_PARTICLES = ("up", "out", "off", "down", "over", "away", "back", "on", "in")
#: these endings make words that are no compounds (horseback, baron, muffin): the verb and the
#: particle must then form a Google Books pair at least this frequent (go on: 558 million)
_PAIRED = {"back": 1, "on": 100e6, "in": 100e6}
#: compounds the scan cannot find: the lexicon reads them as verbs too (login), does not list them
#: (signup, rollout) or spells the verb differently (followup)
_LISTED = {"login": "log in", "logout": "log out", "signup": "sign up", "followup": "follow up",
           "rollout": "roll out", "handover": "hand over", "lockdown": "lock down"}
#: every compound ends so: a cheap test before the table is loaded
_ENDINGS = _PARTICLES
_VERB_TAGS = frozenset({"VB", "VBP", "VBD", "VBZ", "VBG", "VBN"})
_NEGATED_DO = frozenset("don't doesn't didn't please".split())
#: subject pronouns ("you" is left out: "give you feedback the next day")
_SUBJECTS = frozenset("i we they he she".split())
_TRIGGERS = MODALS | _NEGATED_DO | _SUBJECTS | {"to"}
index_words(_TRIGGERS)
#: adverbs that may stand between the modal and the verb
_BETWEEN = frozenset("not also just never always easily still only really then even simply".split())
#: after these verbs "to" is a preposition or opens a noun phrase ("went to checkout", "led to layoff")
_MOTION = frozenset("go come return lead contribute turn move get belong respond refer relate switch point add "
                    "look listen object agree commit react adapt attend head travel fly drive run walk "
                    "proceed lead amount".split())
#: words before "to" that make it an infinitive marker whatever their tag
_INFINITIVE = frozenset("how order able unable ready easy hard possible time way tool".split())
#: verbs whose "to" is always an infinitive: after them the compound needs no object ("want to blackout in
#: front of")
_CATENATIVE = frozenset("want need try decide plan promise hope wish manage fail refuse forget remember learn "
                        "begin start continue attempt seem tend prefer intend expect like love hate".split())
#: what may follow the verb in the "to" slot: its object
_OBJECT_TAGS = frozenset({"DT", "PRP$", "PDT"})
_OBJECTS = frozenset("it them him her us me everything something anything".split())

_LOADED = Once()


def compounds() -> dict[str, str]:
    """Closed compound (noun or adjective only) -> its phrasal verb: built
    from the tag lexicon once (0.1 s) and kept in the user's cache."""
    return _LOADED.get("compounds", lambda: cache.stored(
        "phrasal", (cache.source_key(__file__), *lex._sources()), _build))


def _build() -> dict[str, str]:
    nouns = lex.words_where("phrasal-nouns", lambda t: "NN" in t and not _VERB_TAGS.intersection(t))
    found = {}
    table = None
    for w in nouns:
        if not w.isalpha() or not w.islower():
            continue
        for p in _PARTICLES:
            v = w[:-len(p)]
            if not w.endswith(p) or len(v) < 2 or ("VB", v) not in lex.readings(v):
                continue
            if p in _PAIRED:
                table = table or bigrams.pairs()
                if table.pair(v, p) < _PAIRED[p]:
                    continue
            found[w] = v + " " + p
    return {**found, **_LISTED}


def _check(unit, options):
    doc = unit.target
    present = doc.keys_present(_TRIGGERS)
    if not present:
        return
    keys, texts = doc.word_keys, doc.word_texts
    n = len(keys)
    table: dict[str, str] | None = None
    tg = None
    for trigger in present:
        for j in doc.word_positions(trigger):
            w = j + 1
            if w < n and keys[w] in _BETWEEN and trigger != "to":
                w += 1
            if w >= n or not keys[w].endswith(_ENDINGS):
                continue
            table = table or compounds()
            if keys[w] not in table or not texts[w].islower():
                continue
            if not (texts[j].islower() or trigger in ("please", "i") or (trigger in _SUBJECTS and w == j + 1)):
                continue
            tg = tg or doc.tagged
            if not tg.joined(w) or (w > j + 1 and not tg.joined(j + 1)):
                continue
            if j > 0 and tg.joined(j) and tg.tag(j - 1) in ("DT", "PRP$"):
                continue  # "a must": the modal is a noun
            if trigger == "to" and not _infinitive(doc, tg, keys, j, w, n):
                continue
            if trigger in _SUBJECTS and (w != j + 1 or not _object_follows(tg, keys, w + 1, n)):
                continue  # "we setup the server"; "they cleanup" alone may be a clause ending in a noun
            fix = table[keys[w]]
            yield Finding(doc.word_starts[w], doc.word_ends[w], suggestions=(fix,))


def _object_follows(tg, keys, o: int, n: int) -> bool:
    return o < n and tg.joined(o) and (keys[o] in _OBJECTS or tg.tag(o) in _OBJECT_TAGS)


def _infinitive(doc, tg, keys, j: int, w: int, n: int) -> bool:
    """``to`` at ``j`` marks an infinitive and word ``w`` takes an object."""
    if j == 0 or not tg.joined(j):
        return False
    o = w + 1
    if keys[j - 1] not in _INFINITIVE:
        if tg.tag(j - 1) not in _VERB_TAGS or tg.lemma(j - 1) in _MOTION:
            return False
        if tg.lemma(j - 1) in _CATENATIVE:
            return o >= n or not tg.joined(o) or tg.tag(o) not in ("NN", "NNS")
    return _object_follows(tg, keys, o, n)


CLOSED = custom(
    "grammar.phrasal.closed-verb",
    _check,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” is a noun; the verb is two words: “{fix}”.",
    description="A closed compound noun (workout, setup, cleanup, blackout) where only a verb can stand: after "
    "a modal or a negated do, or after an infinitive to with an object; the phrasal verb is two words "
    "(can work out, to set up the server).",
    examples=[
        bad("We can ⟦workout⟧ after we get lunch.", "work out"),
        bad("He promised to ⟦cleanup⟧ his room.", "clean up"),
        bad("You should not ⟦backup⟧ the files there.", "back up"),
        bad("They didn't ⟦setup⟧ the server.", "set up"),
        bad("Please ⟦login⟧ with your password.", "log in"),
        bad("You can't ⟦goon⟧ like that.", "go on"),
        bad("We ⟦setup⟧ the server last week.", "set up"),
        bad("He didn't want to ⟦blackout⟧ in front of his professor.", "black out"),
        good("We can work out after lunch. The workout was hard. He promised to clean up his room."),
        good("Go to checkout. Prior to takeover the firm had ten staff. It led to layoffs; due to shutdown."),
        good("It is a must setup for every lab. They want to log in. Please log in. The login page."),
        good("She wanted to be on horseback. The plan is to setup costs. They want to checkout counters."),
        good("I'll give you feedback the next day. What they setup is fine. We startup founders met."),
    ],
)

RULES = (CLOSED,)
