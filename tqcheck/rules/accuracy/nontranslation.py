"""Fluent English that renders almost none of the source (MQM's
Non-translation, critical): an unrelated sentence, a translation of some
other text, a hallucination. Judged per aligned pair: among enough source
content words, hardly any is rendered by the target."""

from __future__ import annotations

from ...rule import Finding, bad, custom, good
from ._shared import REQUIRES, get, trim

MIN_SOURCE = 5  # content words of the source pair
MIN_TARGET = 5  # content words of the target pair
MAX_COVERAGE = 0.1


def _check(unit, options):
    al = get(unit)
    if al is None:
        return
    src_n = [0] * len(al.pairs)
    src_r = [0] * len(al.pairs)
    for w in al.source:
        if w.content:
            src_n[w.pair] += 1
            src_r[w.pair] += w.rendered
    tgt_n = [0] * len(al.pairs)
    for t in al.target:
        tgt_n[t.pair] += t.content
    min_s, min_t = options.get("min_source", MIN_SOURCE), options.get("min_target", MIN_TARGET)
    cov = options.get("max_coverage", MAX_COVERAGE)
    for p, pr in enumerate(al.pairs):
        if src_n[p] < min_s or tgt_n[p] < min_t or src_r[p] > cov * src_n[p]:
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
    options={"min_source": MIN_SOURCE, "min_target": MIN_TARGET, "max_coverage": MAX_COVERAGE},
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
