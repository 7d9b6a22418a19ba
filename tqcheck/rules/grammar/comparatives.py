"""Double comparatives and superlatives: ``more better``, ``most biggest``."""

from __future__ import annotations

from ...rule import Finding, bad, custom, good
from ...text import index_words
from ._context import CATEGORY, EN, SP

_COMPARATIVE = (
    "better worse bigger larger smaller greater higher lower faster slower stronger weaker longer "
    "shorter older younger cheaper easier harder richer poorer wider deeper heavier lighter safer "
    "nearer newer quicker simpler happier busier healthier tougher wealthier broader brighter "
    "darker louder cleaner clearer smarter tighter warmer colder hotter cooler"
).split()
_SUPERLATIVE = ["best", "worst", *(w[:-2] + "est" for w in _COMPARATIVE[2:])]
#: "more younger people" is a number of younger people: a comparative after
#: "more" is doubled only where no noun follows it
_NO_NOUN = r"(?=\s*+(?:[.,;:!?)\"”]|$)|[ \t\u00a0]++(?:than|and|or|but|to|for|in|at|on|with|now|today|if|when|because|as)(?![\w'’-]))"


def _alt(words) -> str:
    # longest first; ties in a fixed order, so the pattern (and its entry in the
    # compiled-pattern cache, tqcheck.regex_cache) is the same in every process
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


#: compared forms that "more"/"most" may stand before: quantities and time words
_NOT_DOUBLE = frozenset("more less most least fewer further farther later earlier sooner elder lesser".split())
#: before more + a noun: more counts one more thing
_COUNTING = frozenset("one no any some much many far even still few several".split())
_COMPARED = frozenset(("JJR", "RBR", "JJS", "RBS"))
_NOUNS = frozenset(("NN", "NNS", "NNP", "NNPS"))
index_words(("more", "most", "less", "least"))


def _compared(tg, j) -> bool:
    """Word ``j`` is a comparative or superlative by inflection (older,
    happiest, worse), read off the tag layer's lemmas."""
    doc = tg.doc
    key = doc.word_keys[j]
    if key in _NOT_DOUBLE or not doc.word_texts[j].islower() or "-" in key:
        return False
    return any(t in _COMPARED and lemma != key for t, lemma in tg.readings(j))


_INVERTED = frozenset("is was isn't wasn't".split())
_WH = frozenset("when why where how what".split())


def _asked_subject(doc, i) -> bool:
    """``more``/``less`` right after the inverted verb of a question that
    opens the sentence (``Is more better?``, ``When is less worse?``)."""
    if i == 0 or doc.word_keys[i - 1] not in _INVERTED:
        return False
    v = i - 1
    if v > 0 and doc.word_keys[v - 1] in _WH:
        v -= 1
    gap = doc.text[doc.word_ends[v - 1]:doc.word_starts[v]] if v > 0 else ""
    opens = v == 0 or any(c in gap for c in ".!?\n\"“")
    end = doc.text.find("?", doc.word_ends[i])
    stop = min((k for k in (doc.text.find(c, doc.word_ends[i]) for c in ".!\n") if k >= 0), default=len(doc.text))
    return opens and end != -1 and end < stop


def _double(unit, options):
    doc = unit.target
    keys = doc.word_keys
    tg = None
    for key in ("more", "most", "less", "least"):
        for i in doc.word_positions(key):
            j = i + 1
            if j >= len(keys):
                continue
            if tg is None:
                tg = doc.tagged
            if not tg.joined(j) or not _compared(tg, j):
                continue
            if key in ("least", "most") and i > 0 and tg.joined(i) and keys[i - 1] == "at":
                continue  # "at least better than sitting there": at least is an adverb
            if key in ("more", "less") and _asked_subject(doc, i):
                continue  # "When is more better?": more is the subject, better what it is
            k = j + 1
            if k < len(keys) and tg.joined(k):
                tags = tg.tags(k)
                # "more younger people", "most larger firms": more/most count the noun;
                # a singular noun cannot be counted so ("more worse thing"); an
                # adjective may start a noun phrase ("more smaller private firms")
                if tags & {"JJ", "JJR", "JJS", "VBN", "VBG", "CD", "NNS", "NNP", "NNPS"}:
                    continue
                if "NN" in tags and key in ("more", "less") and i > 0 and tg.joined(i) and (
                        keys[i - 1] in _COUNTING or tg.tag(i - 1) == "CD"):
                    continue  # "one more smaller suitcase": another one
            s, e = doc.word_starts[i], doc.word_ends[j]
            if doc.is_protected(s, e):
                continue
            yield Finding(s, e, args={"fix": doc.word_texts[j]}, suggestions=(doc.word_texts[j],))


DOUBLE = custom(
    "grammar.comparatives.double",
    _double,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="Double comparison: write “{fix}” alone.",
    description="more/most/less/least before a form that is already comparative or superlative (more "
    "better, most biggest, least harder, a more worse thing); “more younger people” (a number of people) "
    "is left alone.",
    examples=[
        bad("Relations are ⟦more better⟧ than before.", "better"),
        bad("It is the ⟦most biggest⟧ summit.", "biggest"),
        bad("Tariffs made things ⟦more worse⟧.", "worse"),
        bad("This is the ⟦least harder⟧ task.", "harder"),
        bad("It's ⟦more worse⟧ thing.", "worse"),
        bad("She is the ⟦most happiest⟧ of all.", "happiest"),
        good("Relations are better; it is the biggest summit; more broadly, most important."),
        good("When is more better? Is less worse? Why is more better than less?"),
        good("more older-style weapons and the most well-known case"),
        good("More younger people and more smaller firms are moving; most larger cities; more older workers."),
        good("More later; most recently; more bitter, more clever, more proper, a lesser evil, more eager."),
        good("We can only bring one more smaller suitcase; no more bigger house; it is at least better than nothing."),
        good("The most senior official; more elder care; less harder-line views; most Older Americans."),
    ],
    triggers=("more", "most", "less", "least"),  # finds nothing without one of these words
)

RULES = (DOUBLE,)
