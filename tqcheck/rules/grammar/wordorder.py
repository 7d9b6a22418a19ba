"""Word order the tagged token layer can judge: a frequency adverb goes after
be and after the first auxiliary (``I am sometimes happy``, ``have often
been seen``, ``will always love``), and an adverb does not sit between two
articles (``the exactly the same``)."""

from __future__ import annotations

from ...rule import bad, good, match_case
from ._anchored import anchored
from ._context import CATEGORY, EN, sentence_openings

_FREQUENCY = ("always", "sometimes", "usually", "often", "frequently", "rarely", "seldom", "generally",
              "normally")
_BE = ("am", "is", "are", "was", "were")


def _before_be(tg, got, unit) -> bool:
    be = got[-1]
    nxt = be + 1
    keys = tg.doc.word_keys
    # "as it often is.", "than they usually are": a stressed, elliptical be
    if nxt >= len(keys) or not tg.joined(nxt) or keys[nxt] in ("not", "n't"):
        return False
    subj = got[0]
    return subj == 0 or not tg.joined(subj) or tg.tag(subj - 1) in ("CC", "IN", "WRB", "RB")


ADVERB_BE = anchored(
    "grammar.wordorder.adverb-be",
    "i|you|he|she|it|we|they @" + "|".join(_FREQUENCY) + " @" + "|".join(_BE),
    triggers=_FREQUENCY,
    at=1,
    near={1: frozenset(_BE)},
    when=_before_be,
    suggest=lambda tg, got: (tg.doc.word_texts[got[2]] + " " + tg.doc.word_keys[got[1]],),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="A frequency adverb goes after be: “{fix}”.",
    description="A frequency adverb (always, sometimes, usually, often) before a form of be (I "
    "sometimes am happy) instead of after it.",
    examples=[
        bad("I ⟦sometimes am⟧ happy.", "am sometimes"),
        bad("And they ⟦usually are⟧ right.", "are usually"),
        good("I am sometimes happy; it is not as bad as it often is."),
        good("The question that always is asked; they often are not there."),
    ],
)

_AUX = ("will", "would", "can", "could", "should", "may", "might", "must", "have", "has", "had")


def _before_aux(tg, got, unit) -> bool:
    aux = got[-2]
    keys = tg.doc.word_keys
    if keys[aux] in ("have", "has", "had"):
        return keys[got[-1]] == "been"
    return tg.tag(got[-1]) == "VB"


ADVERB_AUX = anchored(
    "grammar.wordorder.adverb-aux",
    "<PRP|NNS|NN|NNP> @" + "|".join(_FREQUENCY) + " @" + "|".join(_AUX) + " <?VB|VBN>",
    triggers=_FREQUENCY,
    at=1,
    near={1: frozenset(_AUX)},
    when=_before_aux,
    suggest=lambda tg, got: (tg.doc.word_texts[got[2]] + " " + tg.doc.word_keys[got[1]],),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="A frequency adverb goes after the first auxiliary: “{fix}”.",
    description="A frequency adverb before a modal or before have been (I always will love you; they "
    "often have been seen) instead of after the first auxiliary.",
    examples=[
        bad("I ⟦always will⟧ love you.", "will always"),
        bad("They ⟦often have⟧ been seen together.", "have often"),
        good("I will always love you; they have often been seen; they often have lunch together."),
    ],
)


def _between(tg, got, unit) -> bool:
    return tg.tag(got[-1]) == "VBN"


ADVERB_PARTICIPLE = anchored(
    "grammar.wordorder.adverb-participle",
    "@have|has|had|'ve @been @" + "|".join(_FREQUENCY) + " <?VBN>",
    triggers=_FREQUENCY,
    at=2,
    pre=lambda doc, i: i > 1 and doc.word_keys[i - 1] == "been",
    when=_between,
    suggest=lambda tg, got: (" ".join((tg.doc.word_texts[got[0]], tg.doc.word_keys[got[2]], "been")),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="A frequency adverb goes after the first auxiliary: “{fix}”.",
    description="A frequency adverb between been and a participle (they have been often seen) instead "
    "of after the first auxiliary (have often been seen).",
    examples=[
        bad("They ⟦have been often⟧ seen together.", "have often been"),
        good("They have often been seen together; it has been often enough."),
    ],
)


_LINKING_ADVERBS = ("exactly", "really", "actually", "truly", "simply", "basically", "essentially", "literally")


def _article_adverb(tg, got, unit) -> bool:
    return True


ARTICLE_ADVERB = anchored(
    "grammar.wordorder.article-adverb",
    "@the|a|an @" + "|".join(_LINKING_ADVERBS) + " the|a|an",
    triggers=_LINKING_ADVERBS,
    at=1,
    near={-1: {"the", "a", "an"}},
    when=_article_adverb,
    suggest=lambda tg, got: (match_case(tg.doc.word_keys[got[1]], tg.doc.word_texts[got[0]]),),
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="An adverb between two articles: “{fix} {next}”.",
    args=lambda tg, got: {"next": tg.doc.word_texts[got[2]]},
    description="An article, an adverb, and an article again (the exactly the same, the really the point), "
    "an editing leftover.",
    examples=[
        bad("It is ⟦the exactly⟧ the same thing.", "exactly"),
        bad("That is ⟦the really⟧ the point.", "really"),
        good("It is exactly the same thing; the only one; the very same; a truly great one."),
    ],
)

#: adverbs that, opening a sentence, either invert the clause (Never have I) or
#: belong after the subject and auxiliary (I am always happy)
_OPENING = ("never", "rarely", "seldom", "hardly", "scarcely", "always")
_PRONOUNS = ("i", "you", "he", "she", "it", "we", "they")


def _opening(tg, got, unit) -> bool:
    doc = tg.doc
    adverb = got[0]
    if doc.word_starts[adverb] not in sentence_openings(doc) or not doc.word_texts[adverb][:1].isupper():
        return False
    return bool(tg.tags(got[-1]) & {"VBZ", "VBP", "VBD", "MD"}) and not tg.tags(got[-1]) & {"NN", "NNS", "JJ"} \
        or doc.word_keys[got[-1]] in ("am", "is", "are", "was", "were", "have", "has", "had", "do", "did")


ADVERB_SUBJECT = anchored(
    "grammar.wordorder.adverb-subject",
    "@" + "|".join(_OPENING) + " @" + "|".join(_PRONOUNS) + " @<?VBZ|VBP|VBD|MD>",
    triggers=list(_OPENING),
    at=0,
    when=_opening,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}”: after an opening never, rarely or seldom the auxiliary comes before the subject "
    "(Never have I…); always goes after it (I am always…).",
    description="A sentence that opens with never, rarely, seldom, hardly or always and then the subject and "
    "its verb (Never I have seen it; Always I am happy) instead of the inverted order or the adverb after the "
    "auxiliary.",
    examples=[
        bad("⟦Never I have⟧ seen such a thing.", None),
        bad("⟦Always I am⟧ happy.", None),
        good("Never have I seen such a thing. I am always happy. Never, I said. Always, we try."),
        good("Seldom do they come; rarely does it rain; never again; I never have; hardly anyone came."),
    ],
)

RULES = (ADVERB_AUX, ADVERB_BE, ADVERB_PARTICIPLE, ADVERB_SUBJECT, ARTICLE_ADVERB)
