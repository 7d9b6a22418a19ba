"""A source sentence with no translation.

Source and target sentences are aligned (``tqcheck.align``); a source
sentence the alignment leaves unmatched (a 1-0 bead) has most likely been
skipped. Only sentences with enough text to be worth translating count.
"""

from __future__ import annotations

from ...rule import Finding, Option, bad, custom, good
from ._shared import REQUIRES, stripped, target_blank

MIN_CHARS = 8


def _check(unit, options):
    if target_blank(unit):
        return
    from ...align import chars, sentence_pairs  # here: a check without a source never aligns

    src = unit.source.text
    for p in sentence_pairs(unit):
        if p.has_source and not p.has_target and chars(src, p.src_start, p.src_end) >= options.get("min_chars", MIN_CHARS):
            s, e = stripped(src, p.src_start, p.src_end)
            yield Finding(s, e, side="source")


MISSING = custom(
    "translation.sentences.missing",
    _check,
    category="accuracy/omission",
    severity="neutral",
    requires=REQUIRES,
    options={"min_chars": Option(MIN_CHARS, int, minimum=0)},
    message="This source sentence has no translation.",
    description="A source sentence that the sentence alignment matches with nothing in the target.",
    examples=[
        bad("The meeting was held in Beijing on Monday. The next meeting will be held in Shanghai in July.",
            source="会议周一在北京举行。⟦来自二十多个国家的三百多名代表出席了会议，并就气候变化问题进行了深入讨论。⟧下次会议将于7月在上海举行。"),
        good("The meeting was held in Beijing on Monday. More than 300 delegates from over 20 countries attended "
             "and discussed climate change in depth. The next meeting will be held in Shanghai in July.",
             source="会议周一在北京举行。来自二十多个国家的三百多名代表出席了会议，并就气候变化问题进行了深入讨论。下次会议将于7月在上海举行。"),
        good("The meeting was held in Beijing on Monday, and more than 300 delegates from over 20 countries "
             "attended.", source="会议周一在北京举行。来自二十多个国家的三百多名代表出席了会议。"),
    ],
)

RULES = (MISSING,)
