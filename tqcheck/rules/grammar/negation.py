"""Double negatives: ``didn't notice nothing``, ``nobody told me nothing``."""

from __future__ import annotations

from ...rule import bad, good, match_case, tagged
from ._anchored import anchored
from ._context import CATEGORY, EN

_NEGATED = ("didn't", "don't", "doesn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "isn't",
            "aren't", "wasn't", "weren't", "haven't", "hasn't", "cannot", "nobody", "never")
_ANY = {"nothing": "anything", "nobody": "anybody", "nowhere": "anywhere", "none": "any", "no one": "anyone"}


def _fix(tg, got):
    i = got[-1]
    found = tg.doc.word_texts[i]
    return (match_case(_ANY[tg.doc.word_keys[i]], found),)


def _object(tg, got, unit) -> bool:
    """``nothing`` is an object, not the subject of a clause of its own
    (``I can't believe nobody came``)."""
    j = got[-1] + 1
    return not (j < len(tg) and tg.joined(j) and tg.tags(j) & {"VBD", "VBZ", "VBP", "MD"}
                and tg.tags(j) <= {"VBD", "VBZ", "VBP", "MD", "VBN", "VB"})


DOUBLE = tagged(
    "grammar.negation.double",
    f"{'|'.join(_NEGATED)} <RB>? <VB|VBP|VBD|VBN|VBG> <PRP|DT>? @nothing|nobody|nowhere",
    triggers=_NEGATED,
    when=_object,
    suggest=_fix,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="Two negatives cancel out in standard English: use “{fix}”.",
    description="A negated verb followed by nothing/nobody/nowhere (I didn't notice nothing; nobody "
    "told me nothing).",
    examples=[
        bad("I didn't notice ⟦nothing⟧ wrong.", "anything"),
        bad("Nobody told me ⟦nothing⟧.", "anything"),
        good("I didn't notice anything; nothing was said; he didn't say, nothing happened."),
        good("It was not for nothing; they didn't come for nothing."),
        good("I can't believe nobody came to your party."),
    ],
)


_NEGATED_AUX = ("couldn't", "can't", "cannot", "wouldn't", "won't", "didn't", "don't", "doesn't", "isn't", "aren't",
                "wasn't", "weren't", "hasn't", "haven't", "hadn't", "shouldn't")
_POSITIVE = {"can't": "can", "cannot": "can", "won't": "will"}

HARDLY = anchored(
    "grammar.negation.hardly",
    "@" + "|".join(_NEGATED_AUX) + " @hardly|scarcely|barely",
    triggers=["hardly", "scarcely", "barely"],
    at=1,
    near={-1: frozenset(_NEGATED_AUX)},
    suggest=lambda tg, got: (match_case(_POSITIVE.get(tg.doc.word_keys[got[0]], tg.doc.word_keys[got[0]][:-3]),
                                        tg.doc.word_texts[got[0]]) + " " + tg.doc.word_texts[got[1]],),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="hardly, scarcely and barely are already negative: “{fix}”.",
    description="A negated auxiliary before hardly, scarcely or barely (she couldn't hardly understand).",
    examples=[
        bad("She ⟦couldn't hardly⟧ understand a word.", "could hardly"),
        bad("I ⟦can't barely⟧ see.", "can barely"),
        good("She could hardly understand a word; I can barely see; not hardly anyone came."),
    ],
)


def _no_verb_after(tg, got, unit) -> bool:
    # "not for nothing", "it is not nothing": without a verb between them,
    # not and nothing make an idiom, not a double negative
    if tg.doc.word_keys[got[0]] == "not" and got[2] is None:
        return False
    if got[3] is not None and got[2] is None:
        return False
    return _object(tg, got, unit)


NOT_NOBODY = anchored(
    "grammar.negation.not-nobody",
    "not|wasn't|isn't|weren't|aren't|ain't <RB>? <VBG|VBN|VB>? <IN|TO>? @nobody|nothing|nowhere",
    triggers=["nobody", "nothing", "nowhere"],
    at=4,
    pre=lambda doc, i: any(doc.word_keys[j] in ("not", "wasn't", "isn't", "weren't", "aren't", "ain't")
                           for j in range(max(0, i - 4), i)),
    when=_no_verb_after,
    suggest=_fix,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="Two negatives cancel out in standard English: use “{fix}”.",
    description="not (or a negated be) followed by nobody, nothing or nowhere in the same clause (I'm not "
    "speaking to nobody; there wasn't nobody in the office; we have not heard nothing).",
    examples=[
        bad("I'm not speaking to ⟦nobody⟧ in this class.", "anybody"),
        bad("There wasn't ⟦nobody⟧ in the office.", "anybody"),
        bad("We have not heard ⟦nothing⟧.", "anything"),
        good("It was not for nothing; it is not nothing; I'm not saying nothing happened."),
        good("Nobody was there; not everybody came; there was nothing."),
    ],
)

def _too_at_end(tg, got, unit) -> bool:
    doc = tg.doc
    too = got[-1]
    if too + 1 < len(tg) and tg.joined(too + 1):
        return False
    after = doc.text[doc.word_ends[too]:doc.word_starts[too + 1] if too + 1 < len(tg) else len(doc.text)]
    return after.strip()[:1] in (".", "!", ";")


TOO_EITHER = anchored(
    "grammar.negation.too-either",
    "isn't|aren't|wasn't|weren't|don't|doesn't|didn't|can't|won't|haven't|hasn't @too",
    triggers=["too"],
    at=1,
    pre=lambda doc, i: i > 0 and doc.word_keys[i - 1].endswith("n't"),
    when=_too_at_end,
    suggest=lambda tg, got: (match_case("either", tg.doc.word_texts[got[-1]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="After a negative, “also” at the end of a clause is “either”.",
    description="A negated verb with too at the end of the clause (my cousin isn't too) instead of either.",
    examples=[
        bad("I am not a child, and my cousin isn't ⟦too⟧.", "either"),
        good("My cousin isn't either; it isn't too late; I don't think so too."),
    ],
)

_NOT_AUX = ("didn't", "don't", "doesn't", "can't", "couldn't", "won't", "wouldn't", "shouldn't", "isn't",
            "aren't", "wasn't", "weren't", "haven't", "hasn't", "hadn't", "mustn't", "cannot")


def _not_not(tg, got, unit) -> bool:
    """Not ``isn't not only``/``not just``/``not because``: a negated focus, not a doubled negation."""
    j = got[-1] + 1
    return not (j < len(tg) and tg.joined(j) and tg.doc.word_keys[j] in ("only", "just", "merely", "because",
                                                                        "least", "even"))


NOT_NOT = anchored(
    "grammar.negation.not-not",
    "@" + "|".join(_NOT_AUX) + " have|be? @not",
    triggers=["not"],
    at=2,
    pre=lambda doc, i: i > 0,
    when=_not_not,
    suggest=lambda tg, got: (tg.doc.text[tg.doc.word_starts[got[0]]:tg.doc.word_ends[got[-2] if got[-2] is not None
                                                                                   else got[0]]],),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="Two negations cancel out: “{fix}”, or say it positively.",
    description="A negated auxiliary followed by not (You shouldn't not do it; we cannot not pay "
    "attention), which reads as a slip or cancels out; not only/just after it is left alone.",
    examples=[
        bad("You ⟦shouldn't not⟧ do it!", "shouldn't"),
        bad("You ⟦shouldn't have not⟧ done it!", "shouldn't have"),
        good("You shouldn't do it; it isn't not only about money; it wasn't not because of you."),
        good("You should not do it; he cannot, not now."),
    ],
)

RULES = (DOUBLE, HARDLY, NOT_NOBODY, NOT_NOT, TOO_EITHER)
