"""Word order the tagged token layer can judge: a frequency adverb goes after
be and after the first auxiliary (``I am sometimes happy``, ``have often
been seen``, ``will always love``), and an adverb does not sit between two
articles (``the exactly the same``)."""

from __future__ import annotations

from ...rule import bad, good, match_case
from ._anchored import anchored
from ._context import CATEGORY, EN

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
    pre=lambda doc, i: i + 1 < len(doc.word_keys) and doc.word_keys[i + 1] in _BE,
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
    pre=lambda doc, i: i + 1 < len(doc.word_keys) and doc.word_keys[i + 1] in _AUX,
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
    pre=lambda doc, i: i > 0 and doc.word_keys[i - 1] in ("the", "a", "an"),
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

RULES = (ADVERB_AUX, ADVERB_BE, ADVERB_PARTICIPLE, ARTICLE_ADVERB)
