"""Real-word typos: a dictionary word in a slot its part of speech cannot
fill, one letter away from a common word that fits (``I life in Moscow``,
``This looks pretty ease``), and a word boundary one letter off (``One oft
he officers``).

No pair list: the slot is read off the tagged token layer, the neighbours
are the word's edits at distance one, and the frequency list bundled for the
spelling check decides that the neighbour is the likely word. Two slots are
certain enough to ask about:

* right after a subject pronoun (``I``, ``he``, ``she``, ``we``, ``they``),
  where English puts a verb: a word that can only be a singular noun there
  is a slip when a one-letter edit of it is a finite verb of the right
  person (``I whore a dress`` -> ``wore``). Plural nouns are left alone
  (``we parents``: an apposition);
* after an article or a possessive, where English puts a noun: a word that
  can only be a bare verb with its particle (``a follow up task``) is a
  phrasal verb used as a noun, written with a hyphen. (A bare verb there
  with a noun one letter away, ``a common complain``, was tried: the
  lexicon lacks the noun reading of too many words, ``the act of``, to
  trust it.)
* after a linking verb and a degree adverb (``looks pretty``, ``is very``)
  at the end of a clause, where English puts an adjective: a noun or verb
  with no adjective reading, one letter from a far more frequent adjective
  (``pretty ease`` -> ``easy``).
"""

from __future__ import annotations

from ...lexicon import dictionary
from ...lexicon import tags as lex
from ...rule import Finding, bad, custom, good
from ...text import index_words
from ._context import CATEGORY, EN

_SUBJECTS = {"i": ("VBD", "VBP"), "we": ("VBD", "VBP"), "they": ("VBD", "VBP"), "he": ("VBD", "VBZ"),
             "she": ("VBD", "VBZ")}
_TIME_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april "
                        "may june july august september october november december".split())
_DEGREE = ("very", "pretty", "quite", "extremely", "really", "rather", "fairly", "too", "so")
_LINKING = frozenset("be seem look feel become sound remain appear".split())
#: determiners that always open a noun phrase ("her" and "that" need not: "let her go", "so that go")
_ARTICLES = ("a", "an", "the", "my", "your", "his", "its", "our", "their")
#: a word that can only be a bare verb cannot head a noun phrase
_BARE_VERB = frozenset({"VB", "VBP"})
_PARTICLES = frozenset("up out off down".split())
_TRIGGERS = frozenset(tuple(_SUBJECTS) + _DEGREE + _ARTICLES)
index_words(_TRIGGERS)
#: the neighbour must be this many times as frequent as the word (frequency list counts): a noun
#: after a subject pronoun is wrong whatever its frequency, so any common neighbour will do ("life"
#: -> "like", "live"); after "pretty" a noun can be a clipped phrase, so the adjective must be far
#: more common
_SUBJECT_RATIO = 0
_DEGREE_RATIO = 3
#: and never rarer than this: a neighbour nobody writes is no likelier than the word
_FLOOR = 1000
_MIN_LENGTH = 3


def _neighbours(word: str, wanted: tuple[str, ...], ratio: int) -> tuple[str, ...]:
    """The one-letter edits of ``word`` that have one of the ``wanted`` tags
    and are ``ratio`` times as frequent (and at least ``_FLOOR``), most frequent first (at most three)."""
    freq = dictionary.frequencies()
    floor = max(freq.get(word, 0) * ratio, _FLOOR)
    found = [(freq.get(c, 0), c) for c in set(dictionary._edits1(word)) if c != word and freq.get(c, 0) >= floor]
    found = [(n, c) for n, c in found if any(t in wanted for t, _ in lex.readings(c))]
    return tuple(c for _, c in sorted(found, reverse=True)[:3])


def _plain(text: str) -> bool:
    return len(text) >= _MIN_LENGTH and text.isalpha() and text.islower()


def _after_subject(doc, tg, keys, n):
    for subj, finite in _SUBJECTS.items():
        for j in doc.word_positions(subj):
            w = j + 1
            if subj == "i" and doc.word_texts[j] != "I":
                continue  # "i breath, ii heartbeat": a list numeral
            if w >= n or not tg.joined(w) or not _plain(doc.word_texts[w]):
                continue
            if subj == "i" and j > 0 and tg.joined(j) and doc.word_texts[j - 1][:1].isupper() \
                    and keys[j - 1] not in _TIME_NAMES:
                continue  # "World War I veterans", "Phase I trial": a numeral ("Last Sunday I" is not)
            if doc.text[doc.word_starts[j] - 1:doc.word_starts[j]] in ("]", "-", "'", "’"):
                continue  # "[T]he status": an edited word, not the pronoun
            if w + 1 < n and tg.joined(w + 1) and tg.tag(w + 1) == "PRP":
                continue  # "I whore myself", "we table them": a noun used as a verb
            if j > 0 and tg.joined(j) and tg.tag(j - 1) in ("DT", "PRP$"):
                continue  # "a she wolf"
            if tg.tags(w) != {"NN"}:
                continue
            fix = _neighbours(keys[w], finite, _SUBJECT_RATIO)
            if fix:
                yield Finding(doc.word_starts[w], doc.word_ends[w], suggestions=fix)


def _after_degree(doc, tg, keys, n):
    for adv in _DEGREE:
        for j in doc.word_positions(adv):
            w = j + 1
            if j < 1 or w >= n or not tg.joined(j) or not tg.joined(w) or not _plain(doc.word_texts[w]):
                continue
            if w + 1 < n and tg.joined(w + 1) and keys[w + 1] not in ("to", "for", "and", "that"):
                continue  # only at the end of a clause: "pretty ease." / "so ease to use"
            if not (tg.tags(j - 1) & {"VB", "VBD", "VBZ", "VBP", "VBN", "VBG"}) or tg.lemma(j - 1) not in _LINKING:
                continue
            if not tg.tags(w) <= {"NN", "VB", "VBP"}:
                continue
            fix = _neighbours(keys[w], ("JJ",), _DEGREE_RATIO)
            if fix:
                yield Finding(doc.word_starts[w], doc.word_ends[w], suggestions=fix)


def _after_determiner(doc, tg, keys, n):
    for det in _ARTICLES:
        for j in doc.word_positions(det):
            w = j + 1
            if w + 1 >= n or keys[w + 1] not in _PARTICLES or not tg.joined(w) or not tg.joined(w + 1):
                continue
            if not _plain(doc.word_texts[w]) or not tg.tags(w) <= _BARE_VERB or tg.lemma(w) in ("be", "have", "do"):
                continue
            p = w + 2
            if p < n and tg.joined(p) and tg.tag(p) not in ("NN", "NNS"):
                continue  # "a follow up task" / "a follow up.": a noun or the end follows
            fix = (doc.word_texts[w] + "-" + doc.word_texts[w + 1],)
            yield Finding(doc.word_starts[w], doc.word_ends[w + 1], suggestions=fix)


def _check(unit, options):
    doc = unit.target
    if not doc.keys_present(_TRIGGERS):
        return
    tg = doc.tagged
    keys = doc.word_keys
    n = len(keys)
    yield from _after_subject(doc, tg, keys, n)
    yield from _after_degree(doc, tg, keys, n)
    yield from _after_determiner(doc, tg, keys, n)


SLOT = custom(
    "grammar.realword.slot",
    _check,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” does not fit here; did you mean “{fix}”?",
    description="A dictionary word in a slot its part of speech cannot fill, one letter from a common word "
    "that fits: a singular noun right after I/he/she/we/they (I life in Moscow -> live), a phrasal verb used as "
    "a noun (a follow up task -> follow-up), a noun or verb after a linking verb and very/pretty/so at the end of a clause (This looks pretty ease -> easy).",
    examples=[
        bad("I ⟦life⟧ in Moscow.", None),  # like, live: both fit the slot
        bad("Last Sunday she ⟦whore⟧ a beautiful dress.", "wore"),
        bad("This looks pretty ⟦ease⟧ to me.", "easy"),
        bad("Here's a ⟦follow up⟧ task.", "follow-up"),
        good("I live in Moscow. We parents worry. They both came. He himself said so."),
        good("World War I veterans; the Phase I trial began; a she wolf. I whore myself out."),
        good("[T]he status of priests is that of teachers."),
        good("It is very good. He was so tired. It looks pretty nice to me. They were quite a team."),
        good("She life-coaches. I, life-long member, agree. It is pretty much done."),
        good("A complaint among them; let her go; the choice is theirs; a must; the go-ahead; a do."),
        good("The act of arson; the measures taken in response to the epidemic are in line; the act on trade."),
        good("Tests: i breath, ii heartbeat. A follow-up task; we follow up. When do the Japanese marry?"),
    ],
    triggers=_TRIGGERS,  # finds nothing without one of these words
)


_SPLIT_FIRST = frozenset("for of to on in at and is by as from with into onto".split())
_SPLIT = frozenset(w + "t" for w in _SPLIT_FIRST)
index_words(["he"])
_NOMINAL = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJS", "JJR", "CD", "VBG"})


def _split(unit, options):
    """``fort he`` / ``oft he`` / ``tot he``: the t of "the" typed before the
    space; only where "he" cannot be a pronoun (a noun or adjective follows)
    and the first word cannot be a noun (no determiner before it: "the fort
    he built")."""
    doc = unit.target
    keys = doc.word_keys
    n = len(keys)
    at = [j for j in doc.word_positions("he") if 0 < j < n - 1 and keys[j - 1] in _SPLIT]
    if not at:
        return
    tg = doc.tagged
    for j in at:
        if not tg.joined(j) or not tg.joined(j + 1) or doc.word_texts[j] != "he":
            continue
        if j >= 2 and tg.joined(j - 1) and tg.tag(j - 2) in ("DT", "PRP$", "JJ", "POS", "CD"):
            continue
        if tg.tag(j + 1) not in _NOMINAL:
            continue
        first = doc.word_texts[j - 1]
        yield Finding(doc.word_starts[j - 1], doc.word_ends[j], suggestions=(first[:-1] + " the",))


SPLIT = custom(
    "grammar.realword.split-the",
    _split,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: a space in the wrong place? “{fix}”.",
    description="The t of the typed before the space after a short function word (fort he -> for the, oft he "
    "-> of the, tot he -> to the), where a noun or adjective follows, so he cannot be the pronoun.",
    examples=[
        bad("Thank you ⟦fort he⟧ great work.", "for the"),
        bad("One ⟦oft he⟧ officers approached him.", "of the"),
        bad("The Hitchhiker's Guide ⟦tot he⟧ Galaxy", "to the"),
        good("At the fort he built a wall. The tot he carried was asleep. As oft he said, it works."),
        good("Thank you for the great work; one of the officers."),
    ],
    triggers=("he",),  # finds nothing without one of these words
)

RULES = (SLOT, SPLIT)
