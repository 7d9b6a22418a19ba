"""Fluent English that renders almost none of the source (MQM's
Non-translation, critical): an unrelated sentence, a translation of some
other text, a hallucination. Judged per aligned pair: among enough source
content words, hardly any has strong evidence in the target (an exact
lexicon lemma, a name, a value, a Latin token, a glossary term), few have
any evidence at all (loose stems and character glosses included), and most
of the target's content words render nothing. Evidence is counted once per
distinct source word and per target word, so that one word said again (or
one "U.S." for 美国 and 特朗普) is not many pieces of it.

Thresholds from the development part of newstest2021: on its references
this fires on 3 of 1,559 segments; with each reference swapped for another
segment's, on 1,166 (75%; ``benchmarks/meaning_eval.py``)."""

from __future__ import annotations

from ...rule import Finding, bad, custom, good
from ...bilingual.kinds import CONTENT_KINDS
from ._common_glosses import common
from ._shared import REQUIRES, get, trim

MIN_SOURCE = 5  # content words of the source pair
MIN_TARGET = 5  # content words of the target pair
MAX_STRONG = 0.15  # share of source content words with strong evidence
MAX_COVERAGE = 0.25  # share of source content words with any evidence
MAX_TARGET = 0.3  # share of target content words linked to the source
SHORT = 8  # content words: below this, one rendered word is a translation
STRONG = frozenset({"lexicon", "name", "value", "latin", "glossary", "pinyin"})
#: a derived form of a gloss word (social for 社会) turns up by chance in a sentence about something else: it
#: renders a word of a translation that renders others, and is no sign on its own that a sentence is one
WEAK = frozenset({"derived"})
#: jieba's tags of idioms and set phrases (备受瞩目 i, 不良影响 l)
IDIOM_TAGS = frozenset({"i", "l"})


def _check(unit, options):
    al = get(unit)
    if al is None:
        return
    n = len(al.pairs)
    src_n, src_r, src_s, src_i = [0] * n, [0] * n, [0] * n, [0] * n
    src_c = [0] * n  # of src_r, links by a character's gloss to a common English word (below)
    target = al.target
    # a word said again in a pair is counted once (幼儿园 three times, all linked to one "kindergarten" of an
    # unrelated sentence, was three pieces of evidence), and so is a target word that several source words
    # are linked to (美国 and 特朗普 both to "U.S.")
    said: set[tuple[int, str]] = set()
    claimed: set[int] = set()
    # w.content and w.rendered read without a property call: every word of the document is counted
    for w in al.source:
        if w.kind in CONTENT_KINDS:
            p = w.pair
            if (p, w.text) in said:
                continue
            said.add((p, w.text))
            src_n[p] += 1
            if w.how and w.how not in WEAK:
                if claimed.issuperset(w.links):
                    continue
                claimed.update(w.links)
                src_r[p] += 1
                if w.how == "part" and all(not common().isdisjoint(target[j].lemmas) for j in w.links):
                    src_c[p] += 1
                if w.how in STRONG:
                    src_s[p] += 1
        elif w.how and w.how not in WEAK and w.pos in IDIOM_TAGS:
            # an idiom or set phrase is no content word the alignment must find (the segmenter calls most
            # of them soft), but a link to it is evidence in a short sentence (备受瞩目 -> "attracts too much
            # attention"); in a long one, a character's gloss links one by chance
            src_i[w.pair] += 1
    tgt_n, tgt_l = [0] * n, [0] * n
    source = al.source
    for t in al.target:
        if t.content:
            tgt_n[t.pair] += 1
            if t.links and (len(t.links) > 1 or source[t.links[0]].how not in WEAK):
                tgt_l[t.pair] += 1
    min_s, min_t = options.get("min_source", MIN_SOURCE), options.get("min_target", MIN_TARGET)
    strong, cov = options.get("max_strong", MAX_STRONG), options.get("max_coverage", MAX_COVERAGE)
    tcov = options.get("max_target", MAX_TARGET)
    for p, pr in enumerate(al.pairs):
        if src_n[p] < min_s or tgt_n[p] < min_t:
            continue
        # a character's gloss that is a common English word (举行 by 行 "move", 党组织 by 组 "people") turns up
        # in a sentence about anything: no sign, in a long sentence, of a translation; in a short one it may be
        # all a free rendering leaves (below), as a derived form is
        if src_s[p] > strong * src_n[p] or src_r[p] - src_c[p] > cov * src_n[p] or tgt_l[p] > tcov * tgt_n[p]:
            continue
        if src_n[p] < SHORT and (src_r[p] or src_i[p]):
            # a short sentence rendered freely keeps a word or two of its source, and with so few words
            # one piece of evidence, strong or loose, is all a free rendering leaves the lexicon (修好的片大约要
            # 半个月 -> "It will take about half a month to edit all the photos": 修好 by a character's gloss);
            # with loose evidence counted here 4 clean references of 6,900 stop firing and about 2 in 100
            # unrelated sentences are no longer caught (benchmarks/eval_clean.py)
            continue
        s, e = trim(unit.target.text, pr.tgt_start, pr.tgt_end, " \t\n")
        yield Finding(s, e, args={"rendered": src_r[p], "words": src_n[p]},
                      related=("source", *trim(unit.source.text, pr.src_start, pr.src_end, " \t\n")))


NONTRANSLATION = custom(
    "accuracy.nontranslation",
    _check,
    category="accuracy/mistranslation",
    severity="critical",
    requires=REQUIRES,
    options={"min_source": MIN_SOURCE, "min_target": MIN_TARGET, "max_strong": MAX_STRONG,
             "max_coverage": MAX_COVERAGE, "max_target": MAX_TARGET},
    message="This does not translate its source: {rendered} of its {words} content words are rendered.",
    description="Fluent text that renders almost none of the source's content words (MQM Non-translation).",
    examples=[
        bad("⟦The weather in the mountains will be sunny with light winds tomorrow afternoon.⟧",
            source="国家统计局公布的数据显示，今年前三季度全国居民人均可支配收入实际增长百分之五。"),
        good("Data released by the National Bureau of Statistics show that per capita disposable income "
             "grew by 5 percent in real terms in the first three quarters.",
             source="国家统计局公布的数据显示，今年前三季度全国居民人均可支配收入实际增长百分之五。"),
        good("It was a close call.", source="真是千钧一发。"),
    ],
)

RULES = (NONTRANSLATION,)
