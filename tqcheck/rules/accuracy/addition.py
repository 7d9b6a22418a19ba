"""Target content that nothing in the source supports.

Inside each aligned pair, a clause of the translation (between commas,
semicolons, colons, dashes, brackets and sentence ends) whose content words
the lexical alignment links to nothing in the source, and that adds a name,
a number or a run of content, while the rest of the pair is well rendered.
Translators add small explanations, so the bar is high: precision first.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...rule import Finding, bad, custom, good
from ._shared import REQUIRES, get, pair_coverage, trim

MIN_WORDS = 4  # content words in the clause, none linked
MIN_REST = 0.6  # share of the pair's source rendered
_BREAK = re.compile(r"[,;:()\[\]—–]|(?<=\w)\.(?=\s)|\s-\s")


def _clauses(text: str, start: int, end: int):
    pos = start
    for m in _BREAK.finditer(text, start, end):
        yield pos, m.start()
        pos = m.end()
    yield pos, end


def _check(unit, options):
    al = get(unit)
    if al is None:
        return
    text = unit.target.text
    min_words = options.get("min_words", MIN_WORDS)
    min_rest = options.get("min_rest", MIN_REST)
    starts = al._starts("target")
    for p in range(len(al.pairs)):
        idx = al.pair_target_words(p)
        if not idx:
            continue
        rendered, total = pair_coverage(al, p)
        if total < 3 or rendered < min_rest * total:
            continue
        pr = al.pairs[p]
        for a, b in _clauses(text, pr.tgt_start, pr.tgt_end):
            # the pair's words that start in [a, b): clauses follow each other, so a binary search
            # over the word starts finds them (a walk over the words was a Python step per word)
            lo, hi = bisect_left(starts, a, idx.start, idx.stop), bisect_left(starts, b, idx.start, idx.stop)
            if hi - lo < min_words:
                continue  # too few words to hold enough content words: most clauses
            words = al.target[lo:hi]
            content = [t for t in words if t.content]
            if len(content) < min_words or any(t.links for t in words):
                continue
            if text[max(0, a - 1):a + 1].strip() in ("(", "") and text[a:b].count('"') % 2:
                continue
            s, e = trim(text, a, b, " \t\n\"'“”‘’.")
            yield Finding(s, e, args={"words": len(content)},
                          related=("source", *trim(unit.source.text, pr.src_start, pr.src_end, " \t\n")))


ADDITION = custom(
    "accuracy.addition",
    _check,
    category="accuracy/addition",
    severity="neutral",
    requires=REQUIRES,
    options={"min_words": MIN_WORDS, "min_rest": MIN_REST},
    message="Nothing in the source supports this part of the translation.",
    description="A clause of the translation with several content words that the lexical alignment links to "
    "nothing in the source, while the rest of its sentence is rendered.",
    examples=[
        bad("The two sides signed a trade agreement on Monday, ⟦despite heavy snow across northern Europe⟧.",
            source="双方周一签署了贸易协定。"),
        good("The two sides signed a trade agreement on Monday.", source="双方周一签署了贸易协定。"),
        good("Wang Yi said China is willing to strengthen cooperation with the U.S.",
             source="王毅表示，中方愿与美方加强合作。"),
    ],
)

RULES = (ADDITION,)
