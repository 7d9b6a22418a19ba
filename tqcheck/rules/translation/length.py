"""A translation much shorter or longer than its source should give.

The length model (``tqcheck.align.length``) is calibrated per language
pair on professional translations; a target whose length ratio is more
than 3 standard deviations short of the mean (a dropped clause or
sentence) or 3.5 long (an addition, a duplicated sentence) is reported.
Whole documents are judged per aligned pair of sentences, segments as a
whole. Sources under six characters are not judged.
"""

from __future__ import annotations

from ...rule import Finding, bad, custom, good
from ._shared import REQUIRES, stripped, target_blank


def _judged(unit):
    """Every judged pair with its lengths and z-score, made once for both rules."""
    return unit.target.memo_with("_tqcheck_length_judged", unit.source, lambda: list(_judge(unit)))


def _judge(unit):
    from ...align import model_for, pairs  # here: a check without a source never aligns
    from ...align.length import MIN_SOURCE_CHARS

    model = model_for(unit.source.lang, unit.target.lang)
    if model is None or target_blank(unit):
        return
    src, tgt = unit.source.text, unit.target.text
    for p in pairs(unit):
        if not (p.has_source and p.has_target):
            continue
        ls = model.source_length(src, p.src_start, p.src_end)
        lt = model.target_length(tgt, p.tgt_start, p.tgt_end)
        if ls < MIN_SOURCE_CHARS or lt == 0:
            continue
        yield p, model, ls, lt, model.z(ls, lt)


def _short(unit, options):
    low = options.get("low_z")
    for p, model, ls, lt, z in _judged(unit):
        if z < (model.low_z if low is None else low):
            s, e = stripped(unit.source.text, p.src_start, p.src_end)
            yield Finding(s, e, side="source", args={"got": round(lt), "expected": model.expected(ls)})


def _long(unit, options):
    high = options.get("high_z")
    for p, model, ls, lt, z in _judged(unit):
        if z > (model.high_z if high is None else high):
            s, e = stripped(unit.target.text, p.tgt_start, p.tgt_end)
            yield Finding(s, e, args={"got": round(lt), "expected": model.expected(ls)})


SHORT = custom(
    "translation.length.short",
    _short,
    category="accuracy/omission",
    severity="neutral",
    requires=REQUIRES,
    message="The translation of this is too short: {got} characters where about {expected} are usual; "
    "part of it may be missing.",
    description="The target is far shorter than the source's length predicts (calibrated per language pair).",
    examples=[
        bad("The ministers met in Brussels.",
            source="⟦部长们周一在布鲁塞尔会晤，讨论了贸易、安全和气候变化等一系列问题，并发表了联合声明。⟧"),
        good("On Monday the ministers met in Brussels, discussed a range of issues including trade, "
             "security and climate change, and issued a joint statement.",
             source="部长们周一在布鲁塞尔会晤，讨论了贸易、安全和气候变化等一系列问题，并发表了联合声明。"),
        good("Talent is the key to rural revitalization.", source="乡村振兴，人才是关键。"),
        good("OK.", source="好。"),
    ],
)

LONG = custom(
    "translation.length.long",
    _long,
    category="accuracy/addition",
    severity="neutral",
    requires=REQUIRES,
    message="The translation of this is too long: {got} characters where about {expected} are usual; "
    "something may have been added or repeated.",
    description="The target is far longer than the source's length predicts (calibrated per language pair).",
    examples=[
        bad("⟦The meeting was held in Beijing on Monday, and the meeting was held in Beijing on Monday, "
            "and the meeting was held in Beijing on Monday, as officials said.⟧",
            source="会议周一在北京举行。"),
        good("The meeting was held in Beijing on Monday.", source="会议周一在北京举行。"),
    ],
)

RULES = (LONG, SHORT)
