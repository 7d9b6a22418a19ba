"""``accuracy.omission.tail``, a translation that stops short: the last clauses of a source sentence
that nothing in the translation renders, while what comes before them is
well rendered.

Machine translation often renders a sentence's first clauses and ends,
dropping the rest. ``accuracy.omission`` wants four unrendered content words
in one clause; a tail is judged here as a whole, the clauses after the last
rendered word of the sentence, and by what a cut-off leaves behind: the
target ends where the rendered head ends (no unmatched content words after
the last rendered one, which would be the tail said freely), and is short
for the whole source sentence.
"""

from __future__ import annotations

from ...bilingual import CONTENT, GLOSSARY, LATIN, NAME
from ...bilingual.kinds import CONTENT_KINDS
from ...rule import Finding, bad, custom, good
from ._shared import CLAUSE_WORDS, REQUIRES, get, pair_coverage, trim

# the figures are read off the dev parts (benchmarks/RESULTS.md, "A translation that stops short"): references
# run about 3.0-3.5 English characters per Chinese one, and a reference whose tail the alignment cannot match
# (said freely) keeps that length; outputs cut short ran at 1.0-2.8
MIN_WORDS = 3  # content words (two characters or more) in the tail, none rendered
MIN_HEAD = 0.6  # share of the content words before the tail rendered
MIN_HEAD_WORDS = 3  # content words before the tail
MAX_RATIO = 2.8  # target characters per source character of the whole sentence, at most
MAX_FREE = 1  # unmatched target content words after the last rendered one (an acronym counts its letters)

_OWN_KINDS = frozenset((CONTENT, NAME, LATIN, GLOSSARY))


def _check(unit, options):
    al = get(unit)
    if al is None:
        return
    min_words = options.get("min_words", MIN_WORDS)
    min_head = options.get("min_head", MIN_HEAD)
    max_ratio = options.get("max_ratio", MAX_RATIO)
    source = al.source
    # the whole translation must be short too: the aligner may pair a source sentence's clauses with target
    # sentences of their own, and a pair's target can then be short for its source while the tail is in the
    # next target sentence, said in words the lexicon does not match
    whole = len(al.target_text.strip()) / max(1, sum(1 for c in al.source_text if not c.isspace()))
    if whole > max_ratio:
        return
    for p in range(len(al.pairs)):
        words = al.pair_source_words(p)
        last = max((i for i in words if source[i].how and source[i].kind in CONTENT_KINDS), default=-1)
        if last < 0:
            continue  # nothing rendered: a sentence without translation is another rule's
        # the tail begins at the first clause after the one that holds the last rendered word
        clause = source[last].clause
        first = next((i for i in range(last + 1, words.stop) if source[i].clause != clause), None)
        if first is None:
            continue
        tail = [source[i] for i in range(first, words.stop)]
        content = [w for w in tail if w.kind in _OWN_KINDS and len(w.text) >= 2]
        if len(content) < min_words:
            continue
        if source[first].clause == source[words.stop - 1].clause and len(content) >= CLAUSE_WORDS:
            continue  # one clause with that many words: accuracy.omission's clause test judges it
        rendered, total = pair_coverage(al, p, range(first, words.stop))
        if total < MIN_HEAD_WORDS or rendered < min_head * total:
            continue
        t0, t1 = al.pair_target(p)
        if t1 <= t0:
            continue
        s0 = al.source_text
        src_chars = sum(1 for c in s0[source[words.start].start:source[words.stop - 1].end] if not c.isspace())
        ratio = (t1 - t0) / max(src_chars, 1)
        if ratio > max_ratio:
            continue  # a long translation: the tail is most likely said in words the lexicon does not match
        # the target after the last rendered word: content words there that render nothing are the tail
        # said freely ("…, which drew wide attention" for an unmatched 引发广泛关注)
        end = max((al.target[j].end for i in words if source[i].links for j in source[i].links), default=t0)
        free = 0
        for j in al.pair_target_words(p):
            t = al.target[j]
            if t.start >= end and t.content and not t.links:
                # an acronym stands for as many words as it has letters ("as well as the MCDF")
                free += len(t.text) if t.text.isupper() and t.text.isalpha() else 1
        if free > options.get("max_free", MAX_FREE):
            continue
        # the target's end, from its last rendered word: where the tail would have followed
        lo = max((al.target[j].start for j in al.pair_target_words(p) if al.target[j].end == end), default=t0)
        s, e = trim(s0, tail[0].start, tail[-1].end)
        if e <= s:
            continue
        yield Finding(s, e, side="source", args={"words": len(content), "chars": sum(len(w.text) for w in content),
                                                      "head": round(rendered / total, 2), "ratio": round(ratio, 2),
                                                      "free": free}, related=("target", lo, t1))


TAIL = custom(
    "accuracy.omission.tail",
    _check,
    category="accuracy/omission",
    severity="neutral",
    requires=REQUIRES,
    options={"min_words": MIN_WORDS, "min_head": MIN_HEAD, "max_ratio": MAX_RATIO, "max_free": MAX_FREE},
    message="The translation stops short: nothing renders the end of this source sentence.",
    description="The last clause(s) of a source sentence, after the last word the lexical alignment finds in the "
    "translation, with several content words none of which is rendered, while the words before them are "
    "rendered, the target has no unmatched content word after its last rendered one and is not long for the "
    "source.",
    examples=[
        bad("The two sides signed a trade agreement on Monday.",
            source="双方周一签署了贸易协定，⟦农产品进口将增加，工业品出口也将扩大⟧。"),
        good("The two sides signed a trade agreement on Monday, so farm imports will grow and industrial exports "
             "will expand too.", source="双方周一签署了贸易协定，农产品进口将增加，工业品出口也将扩大。"),
        bad("The city built new roads in 2019.", source="该市2019年修建了新道路，⟦农民收入增加，生活改善⟧。"),
        # the tail said in words the lexicon does not match: unmatched words after the last rendered one
        good("The two sides signed a trade agreement on Monday, and buyers abroad will benefit greatly.",
             source="双方周一签署了贸易协定，农产品进口将增加，工业品出口也将扩大。"),
        # an acronym counts a word per letter
        good("The funds of the projects came mainly from campus donations, as well as the MCDF.",
             source="这些项目的资金主要来自校园捐款，并受到兄弟大学民主基金会的支持。"),
        # one clause of four words or more is accuracy.omission's
        good("The two sides signed a trade agreement on Monday.", source="双方周一签署了贸易协定，并宣布将扩大农产品进口。"),
    ],
)

