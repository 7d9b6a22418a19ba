"""A subordinate clause standing alone as a sentence: ``Though the dog
likes to bark.``, ``After we had dinner.``, ``Provided that the dog guards
the house.``

Read off the tagged token layer: the sentence opens with a subordinating
conjunction, runs to its full stop with no comma, semicolon, colon or dash
(so no main clause can follow the subordinate one), and has one finite verb
at most. Quoted speech is left alone, where fragments are natural.
"""

from __future__ import annotations

from ...rule import Finding, bad, custom, good
from ...text import index_words
from ._context import CATEGORY, EN, sentence_openings

#: conjunction -> the words that must follow it to make it one ("even if")
#: (not "because": "Because I can." answers a question, and is common in speech and features)
_SUBORDINATORS = {"though": (), "although": (), "after": (), "before": (), "unless": (),
                  "whereas": (), "even": ("if", "though"), "provided": ("that",), "in": ("order",)}
index_words(_SUBORDINATORS)
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
_SUBJECT_START = frozenset({"PRP", "DT", "PRP$", "NN", "NNS", "NNP", "JJ", "CD", "EX"})


def _fragments(unit, options):
    doc = unit.target
    keys = doc.word_keys
    n = len(keys)
    openings = sentence_openings(doc)
    text = doc.text
    # a sentence opening after a full stop, not a clause after a semicolon or colon
    starts = doc.word_starts
    at = sorted(i for key in _SUBORDINATORS for i in doc.word_positions(key) if starts[i] in openings
                and text[max(0, starts[i] - 8):starts[i]].rstrip(" \t\u00a0\"'“‘(")[-1:] not in (";", ":"))
    if not at:
        return
    tg = doc.tagged
    for d in at:
        key = keys[d]
        first = d + 1
        need = _SUBORDINATORS[key]
        if need:
            if first >= n or keys[first] not in need or not tg.joined(first):
                continue
            first += 1
            if key == "in":  # "in order that"
                if first >= n or keys[first] != "that" or not tg.joined(first):
                    continue
                first += 1
        if first >= n or not tg.joined(first) or keys[first] == "of" or tg.tag(first) not in _SUBJECT_START:
            continue  # "Because of the rain", "After all": no clause
        if key in ("after", "before") and keys[first] not in ("i", "you", "he", "she", "we", "they", "it"):
            continue  # "Before 2020 there was none", "After the war Germany was divided": prepositions
        last = first
        while last + 1 < n and tg.joined(last + 1) and last - d < 25:
            last += 1
        end = doc.word_ends[last]
        after = text[end:doc.word_starts[last + 1]] if last + 1 < n else text[end:]
        stripped = after.strip()
        if not stripped.startswith(".") or stripped.startswith(".."):
            continue
        if "." in doc.word_texts[last] or keys[last] in ("mr", "mrs", "ms", "dr", "st", "no", "jr", "vs") or (
                last + 1 < n and not doc.word_texts[last + 1][:1].isupper()):
            continue  # "U.S." and the like: the full stop did not end the sentence
        finite = sum(1 for j in range(first, last + 1) if tg.tag(j) in _FINITE)
        if finite != 1 or last - first < 2:
            continue
        s = doc.word_starts[d]
        if doc.in_quotation(s, end):
            continue
        yield Finding(s, doc.word_ends[first - 1], args={"opener": doc.word_texts[d]})


FRAGMENT = custom(
    "grammar.fragments.subordinate",
    _fragments,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="This sentence is only a subordinate clause (“{found} …”): join it to the sentence before or "
    "after, or drop “{found}”.",
    description="A sentence that is only a subordinate clause (Though the dog likes to bark. After we had "
    "dinner.), with no main clause; quoted speech and because (an answer) are left alone.",
    examples=[
        bad("⟦Though⟧ the dog likes to bark.", None),
        bad("⟦After⟧ we had dinner.", None),
        bad("⟦Provided that⟧ the dog guards my house.", None),
        good("Though the dog likes to bark, it is kind. After we had dinner we went home."),
        good("Because of the rain they cancelled it. After all, it works. Because I can."),
        good('He said: "Though the dog likes to bark."'),
        good("After years of talks. Before 2020 there was none. Though small, it works."),
        good("Before her was another long passage. After the war Germany was divided. I respect him; because he is fair."),
        good("Although China has increased its purchases of U.S. agricultural goods, it falls short."),
    ],
    triggers=_SUBORDINATORS,  # finds nothing without one of these words
)

RULES = (FRAGMENT,)
