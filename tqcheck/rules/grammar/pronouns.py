"""Pronoun case and complement slips read off the tagged token layer:
``My mother and me went``, ``between you and I``, ``Him and I cheated``,
``they want that I send``."""

from __future__ import annotations

from ...rule import Finding, bad, custom, good, match_case, tagged
from ...text import index_words
from ._context import CATEGORY, EN, sentence_openings

_SUBJECT_OF = {"me": "I", "him": "he", "her": "she", "them": "they", "us": "we"}


def _fix_subject(tg, got):
    i = [j for j in got if j is not None and tg.doc.word_keys[j] in _SUBJECT_OF][0]
    found = tg.doc.word_texts[i]
    return (match_case(_SUBJECT_OF[tg.doc.word_keys[i]], found) if found != "me" else "I",)


AND_ME = tagged(
    "grammar.pronouns.and-me",
    "and @me <?VBD|VBP|MD>",
    # hung on "me", a few places per megabyte, not on each "and"
    triggers=["me"],
    at=1,
    suggest=lambda tg, got: ("I",),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“me” is the subject here: use “I”.",
    description="An object pronoun in a coordinated subject (My mother and me went).",
    examples=[
        bad("My mother and ⟦me⟧ went to California.", "I"),
        good("My mother and I went; he saw her and me; they told him and me yesterday."),
    ],
)


def _sentence_start(tg, got, unit) -> bool:
    return tg.doc.word_starts[got[0]] in sentence_openings(tg.doc) and tg.doc.word_texts[got[0]] != "US"


OBJECT_AND = tagged(
    "grammar.pronouns.object-and",
    "@me|him|her|them|us and <PRP|NNP> <?VBD|VBP|MD>",
    triggers=["me", "him", "her", "them", "us"],
    when=_sentence_start,
    suggest=_fix_subject,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” is part of the subject: use “{fix}”.",
    description="An object pronoun opening a coordinated subject (Him and I cheated; Me and John "
    "work together).",
    examples=[
        bad("⟦Him⟧ and I cheated on the test.", "He"),
        bad("⟦Me⟧ and John work together.", "I"),
        good("He and I cheated. Give him and me the keys. Her and his friends left."),
    ],
)


def _object_position(tg, got, unit) -> bool:
    """``between you and I``: nothing verbal after the ``I``."""
    i = got[-1]
    j = i + 1
    return not (j < len(tg) and tg.joined(j) and tg.tags(j) & {"VBD", "VBP", "MD", "VBZ", "VB", "RB"})


AND_I = tagged(
    "grammar.pronouns.and-i",
    "between|for|with|to|from|about|like|by|of <PRP$>? <NNP|PRP|NN> and @i",
    # hung on "i", not on the prepositions: 14,000 places a megabyte, each
    # a call of the matcher, where "i" has a few hundred; a match puts "i"
    # three or four words after its start, so the same matches are found
    triggers=["i"],
    at=4,
    when=_object_position,
    suggest=lambda tg, got: ("me",),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="After a preposition use “me”: “{found}” is the subject form.",
    description="The subject pronoun I after a preposition (between you and I, to Tim and I).",
    examples=[
        bad("He gave it to Tim and ⟦I⟧.", "me"),
        bad("It is between you and ⟦I⟧.", "me"),
        good("He gave it to Tim and me; between you and me; for Tim and I am sure he knows."),
        good("It was up to Tim and I went along."),
    ],
)

WANT_THAT = tagged(
    "grammar.pronouns.want-that",
    "{want}+<VB|VBP|VBZ|VBD|VBG> @that <PRP>",
    triggers=["want", "wants", "wanted", "wanting"],
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“want” takes an object and an infinitive (want you to …), not a that-clause.",
    description="want followed by a that-clause (He wants that I send an email) where English "
    "uses want + object + to-infinitive.",
    examples=[
        bad("He wants ⟦that⟧ I send him an email."),
        bad("They wanted ⟦that⟧ you send it."),
        good("He wants me to send it; they wanted that car; he wants that done."),
    ],
)

#: a preposition that cannot open a clause: after it a pronoun is its object
#: ("after", "before", "since", "until", "as", "like", "than" and "for" can: "after he left")
_PREPOSITIONS = frozenset("to at with from of into onto about by toward towards without among against on in "
                          "upon under over behind beside near".split())
#: subject case -> (object case, possessive before a noun)
_CASES = {"i": ("me", "my"), "he": ("him", "his"), "she": ("her", "her"), "we": ("us", "our"),
          "they": ("them", "their"), "who": ("whom", "whose")}
index_words(_CASES)
_VERB = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD"})
_NOUN = frozenset({"NN", "NNS", "JJ"})


def _after_preposition(unit, options):
    """``to I``, ``at she legs``, ``with who``: a subject pronoun as the object
    of a preposition. Left alone where the pronoun starts a clause that is the
    object (``about who will come``, ``to he who waits``: a verb or a
    relative follows), and ``I`` as a letter or numeral (``Type I``, ``I/O``)."""
    doc = unit.target
    keys = doc.word_keys
    text = doc.text
    n = len(keys)
    tg = None
    for key, (obj, poss) in _CASES.items():
        for j in doc.word_positions(key):
            if j < 1 or keys[j - 1] not in _PREPOSITIONS:
                continue
            word = doc.word_texts[j]
            if key == "i" and word != "I" or key != "i" and not (word.islower() or word.istitle()):
                continue  # "HE" in capitals is a code or an acronym
            if text[doc.word_ends[j]:doc.word_ends[j] + 1] in ("/", "-", "'", "’", "_"):
                continue
            tg = tg or doc.tagged
            if not tg.joined(j):
                continue
            nxt = j + 1 if j + 1 < n and tg.joined(j + 1) else None
            if nxt is not None and (tg.tags(nxt) & _VERB or keys[nxt] in ("who", "that", "whom", "which")):
                continue  # the pronoun opens a clause: "about who will come", "to he who waits"
            if nxt is not None and key == "who" and keys[nxt] not in ("to",):
                continue  # "with who else", "on who knows": only "with who?" / "about who to ..." are certain
            fix = poss if nxt is not None and tg.tag(nxt) in _NOUN and key != "who" else obj
            yield Finding(doc.word_starts[j], doc.word_ends[j], suggestions=(match_case(fix, word) if key != "i" else fix,))


AFTER_PREPOSITION = custom(
    "grammar.pronouns.after-preposition",
    _after_preposition,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="After a preposition English uses the object form: “{fix}”.",
    description="A subject pronoun (I, he, she, we, they, who) as the object of a preposition (Give it to I, "
    "Look at she legs, With who did you go?); a pronoun that opens a clause (about who will come) is left alone.",
    examples=[
        bad("Give it to ⟦I⟧.", "me"),
        bad("Look at ⟦she⟧ legs!", "her"),
        bad("Sarah gave the tickets to ⟦who⟧?", "whom"),
        bad("What do you think about ⟦who⟧ to promote?", "whom"),
        good("Give it to me. Look at her legs. To whom did you give it? After he left, we met."),
        good("It depends on who wins. Talk about who will come. It is up to he who waits."),
        good("The Type I error; the I/O port; in I-95 traffic; for they are many."),
    ],
)

RULES = (AFTER_PREPOSITION, AND_I, AND_ME, OBJECT_AND, WANT_THAT)
