"""A word missing from the clause, seen from the words around the gap: a
verb after ``don't`` (``you don't where it starts``), a verb between a
pronoun, an adverb and an article (``I accidentally the flashlight``), and
the apostrophe of a contraction (``I haven a clue``)."""

from __future__ import annotations

from ...rule import bad, good
from ._anchored import anchored
from ._context import CATEGORY, EN

_WH = ("where", "what", "why", "how", "who", "when", "whether", "which")
_DONT = ("don't", "doesn't", "didn't")


def _do_wh(tg, got, unit) -> bool:
    wh = got[-1]
    doc = tg.doc
    # "Don't what?": an echo question; a clause must follow the wh-word
    return wh + 1 < len(tg) and tg.joined(wh + 1) and doc.word_keys[got[0]] in _DONT


DO_WH = anchored(
    "grammar.missing.verb-after-do",
    "@don't|doesn't|didn't @even|really|always|ever|never? " + "|".join(_WH),
    triggers=_WH,
    at=2,
    pre=lambda doc, i: i > 0 and (doc.word_keys[i - 1] in _DONT or (i > 1 and doc.word_keys[i - 2] in _DONT)),
    when=_do_wh,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: a verb seems to be missing (don't know where).",
    description="don't/doesn't/didn't followed directly by a wh-word (you often don't where a sentence "
    "starts), with the verb (know) missing.",
    examples=[
        bad("You often ⟦don't⟧ where a sentence starts.", None),
        bad("I ⟦don't even⟧ what this means.", None),
        good("You often don't know where it starts; don't what? I don't, which is fine."),
    ],
)

_SUBJECTS = ("i", "you", "he", "she", "we", "they")


def _adverb_article(tg, got, unit) -> bool:
    adv = got[1]
    key = tg.doc.word_keys[adv]
    return key.endswith("ly") and tg.tags(adv) == {"RB"} and tg.doc.word_keys[got[0]] in _SUBJECTS and (
        got[0] == 0 or not tg.joined(got[0]) or tg.tag(got[0] - 1) in ("CC", "IN", "WRB"))


ADVERB_ARTICLE = anchored(
    "grammar.missing.verb-after-adverb",
    "i|you|he|she|we|they @<RB> @the|a|an",
    triggers=_SUBJECTS,
    at=0,
    pre=lambda doc, i: i + 2 < len(doc.word_keys) and doc.word_keys[i + 1].endswith("ly")
    and doc.word_keys[i + 2] in ("the", "a", "an"),
    when=_adverb_article,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: the verb seems to be missing.",
    description="A subject pronoun, an adverb and an article with no verb between them (I accidentally "
    "the flashlight).",
    examples=[
        bad("I ⟦accidentally the⟧ flashlight.", None),
        bad("And he ⟦quickly the⟧ door.", None),
        good("I accidentally dropped the flashlight; they only the best? He is likely the winner."),
    ],
)

_CUT = {"haven": "haven't", "ain": "ain't", "shan": "shan't", "didn": "didn't", "doesn": "doesn't",
        "isn": "isn't", "wasn": "wasn't", "couldn": "couldn't", "wouldn": "wouldn't", "shouldn": "shouldn't",
        "hasn": "hasn't", "hadn": "hadn't", "aren": "aren't", "weren": "weren't"}


def _cut(tg, got, unit) -> bool:
    word = got[1]
    doc = tg.doc
    if doc.word_texts[word] != doc.word_keys[word]:
        return False  # "Shan", "Haven": names
    nxt = word + 1
    return nxt < len(tg) and tg.joined(nxt) and not doc.text.startswith(("'", "’"), doc.word_ends[word])


APOSTROPHE = anchored(
    "grammar.missing.apostrophe",
    "i|you|he|she|we|they|it @" + "|".join(_CUT),
    triggers=list(_CUT),
    at=1,
    pre=lambda doc, i: i > 0 and doc.word_keys[i - 1] in _SUBJECTS + ("it",),
    when=_cut,
    suggest=lambda tg, got: (_CUT[tg.doc.word_keys[got[1]]],),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="A contraction without its apostrophe: “{fix}”.",
    description="A negative contraction typed without n't after a subject pronoun (I haven a clue; I shan "
    "tell you).",
    examples=[
        bad("I ⟦haven⟧ a clue.", "haven't"),
        bad("I ⟦shan⟧ tell you again!", "shan't"),
        good("I haven't a clue; a safe haven for them; we ain't got it; the Shan state."),
    ],
)

RULES = (ADVERB_ARTICLE, APOSTROPHE, DO_WH)
