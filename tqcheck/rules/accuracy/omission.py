"""A source clause that nothing in the translation renders.

Inside each aligned sentence pair, a clause of the source (between ，；：
and sentence ends) with several content words of which the alignment finds
none in the target, while the rest of the pair is well rendered, has most
likely been dropped. Light verbs, discourse words and idioms never count
(translators leave them implicit); a whole sentence without translation is
``translation.sentences.missing``'s, a lone number ``translation.numbers.missing``'s.
"""

from __future__ import annotations

from ...bilingual import CONTENT, GLOSSARY, LATIN, NAME, NUMBER
from ...rule import Finding, bad, custom, good
from ._shared import REQUIRES, get, pair_coverage, trim

MIN_WORDS = 4  # content words in the clause, none rendered
MIN_REST = 0.5  # share of the rest of the pair rendered


def _check(unit, options):
    al = get(unit)
    if al is None:
        return
    min_words = options.get("min_words", MIN_WORDS)
    min_rest = options.get("min_rest", MIN_REST)
    src = unit.source.text
    for c, cl in enumerate(al.clauses):
        t0, t1 = al.pair_target(cl.pair)
        if t1 <= t0:
            continue
        words = [al.source[i] for i in range(cl.first, cl.last)]
        # numbers and dates are the value checks' business: a clause must have words
        content = [w for w in words if w.kind in (CONTENT, NAME, LATIN, GLOSSARY) and len(w.text) >= 2]
        if len(content) < min_words or any(w.rendered for w in words if w.content):
            continue
        rendered, total = pair_coverage(al, cl.pair, range(cl.first, cl.last))
        if total < 2 or rendered < min_rest * total:
            continue  # the pair as a whole is poorly aligned: no evidence this clause is the one missing
        s, e = trim(src, cl.src_start, cl.src_end)
        lo, hi = al.neighbourhood(cl.first, cl.last, cl.pair)
        yield Finding(s, e, side="source", args={"words": len(content)}, related=("target", lo, hi))


OMISSION = custom(
    "accuracy.omission",
    _check,
    category="accuracy/omission",
    severity="neutral",
    requires=REQUIRES,
    options={"min_words": MIN_WORDS, "min_rest": MIN_REST},
    message="Nothing in the translation renders this part of the source.",
    description="A source clause with several content words none of which the lexical alignment finds in the "
    "translation, while the rest of its sentence is rendered.",
    examples=[
        bad("The two sides signed a trade agreement on Monday.",
            source="双方周一签署了贸易协定，⟦并宣布将扩大农产品进口⟧。"),
        bad("Exports rose sharply, the customs office said.",
            source="海关总署表示，出口大幅增长，⟦进口则因国际油价下跌而减少⟧。"),
        good("The two sides signed a trade agreement on Monday and announced that they would expand imports "
             "of farm products.", source="双方周一签署了贸易协定，并宣布将扩大农产品进口。"),
        good("Wang Yi said China is willing to strengthen cooperation with the U.S.",
             source="王毅表示，中方愿与美方加强合作。"),
        good("Deputies discussed the Belt and Road Initiative during the two sessions.",
             source="两会期间，代表们讨论了一带一路。"),
        good("The situation is urgent, and the government has to act.",
             source="形势迫在眉睫，政府必须采取行动。"),
    ],
)

RULES = (OMISSION,)
