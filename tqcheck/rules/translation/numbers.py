"""Numbers that changed, went missing or appeared in translation.

Values are compared, not strings: 3091亿美元 = $309.1 billion,
三千五百万 = 35 million, 两千 = 2,000, 百分之五 = 5 percent, 50周年 =
50th anniversary, 2020年 = 2020. Rounding is allowed (3091亿 may become
"309 billion"). Small numbers written as words (一个, three) and
approximations (十几亿, thousands) are never reported themselves, but
count as a counterpart. See ``tqcheck.numbers``.
"""

from __future__ import annotations

import re

from ...scan import places
from ...rule import Finding, bad, custom, good, pattern
from ._shared import EN, REQUIRES, number_outcome, target_blank


def _changed(unit, options):
    if target_blank(unit):
        return
    src = unit.source.text
    for s, t in number_outcome(unit).changed:
        yield Finding(t.start, t.end, args={"source": src[s.start:s.end], "value": _note(src[s.start:s.end], s)})


def _missing(unit, options):
    if target_blank(unit):
        return
    src = unit.source.text
    for s in number_outcome(unit).missing:
        yield Finding(s.start, s.end, side="source", args={"value": _note(src[s.start:s.end], s)})


def _note(written: str, q) -> str:
    """" (309.1 billion)" after 3091亿; nothing after a plain 2020."""
    from ...numbers.compare import describe  # here: most checks report no number

    value = describe(q)
    return "" if value.replace(",", "") == written.replace(",", "") else f" ({value})"


def _extra(unit, options):
    if target_blank(unit):
        return
    for t in number_outcome(unit).extra:
        yield Finding(t.start, t.end)


CHANGED = custom(
    "translation.numbers.changed",
    _changed,
    category="accuracy/mistranslation",
    severity="neutral",
    requires=REQUIRES,
    message="“{found}” does not match the source “{source}”{value}.",
    description="A number in the translation has a different value from the number in the same place in the source "
    "(Chinese numerals and 万/亿 scales are read as values).",
    examples=[
        bad("Its revenue was $⟦390.1 billion⟧ last year.", source="去年其营收为3091亿美元。"),
        bad("The city has ⟦3.5 million⟧ residents.", source="该市有三千五百万居民。"),
        bad("Sales rose ⟦6 percent⟧.", source="销售额增长百分之五。"),
        bad("About ⟦2,500⟧ people attended.", source="约两千人参加。"),
        good("Its revenue was $309.1 billion last year.", source="去年其营收为3091亿美元。"),
        good("The project cost 350 million yuan.", source="该项目耗资3.5亿元。"),
        good("Sales rose 5 percent, and profits 5%.", source="销售额增长百分之五，利润增长5%。"),
        good("In 2020, the city had 35 million residents.", source="2020年，该市有三千五百万居民。"),
        good("It celebrated its 50th anniversary.", source="它庆祝了成立50周年。"),
        good("About 2,000 people attended.", source="约两千人参加。"),
        good("Its revenue was about $309 billion.", source="其营收约3091亿美元。"),
        good("More than a billion people no longer go hungry.", source="让十几亿国人不再挨饿。"),
        good("The 14th Five-Year Plan starts in 2021.", source="“十四五”规划从2021年开始。"),
        good("The meeting is on July 21.", source="会议于7月21日举行。"),
        good("The wall fell on November 13, 1989.", source="柏林墙于1989 年11 月13 日倒塌。"),
        good("There are more than 78,000 volunteers.", source="志愿者7万8千多名。"),
        bad("There are more than ⟦87,000⟧ volunteers.", source="志愿者7万8千多名。"),
        good("The conference ran from the 25th to the 27th in Hangzhou.", source="25至27日在杭州举行的大会。"),
    ],
)

MISSING = custom(
    "translation.numbers.missing",
    _missing,
    category="accuracy/omission",
    severity="neutral",
    requires=REQUIRES,
    message="The source number “{found}”{value} is not in the translation.",
    description="A number of the source has no counterpart anywhere in the translation.",
    examples=[
        bad("The company employs many people.", source="该公司雇用了⟦3500⟧名员工。"),
        bad("Prices rose sharply.", source="价格上涨了⟦百分之十二⟧。"),
        good("The company employs 3,500 people.", source="该公司雇用了3500名员工。"),
        good("The two countries agreed to cooperate.", source="两国同意合作。"),
        good("Prices rose by 12 percent.", source="价格上涨了百分之十二。"),
        good("Tens of thousands of people attended.", source="数万人参加。"),
        good("The wall fell on November 13, 1989.", source="柏林墙于1989 年11 月13 日倒塌。"),
        good("The cluster will lead the world within three to five years.", source="三五年后打造世界领先的产业集群。"),
        good("Personalisation marks this year's National Day Golden Week.", source="个性化是今年“十一”黄金周的一大特色。"),
        good("The volunteers start work on the 28th.", source="志愿者将从28号开始上岗。"),
        good("They included an assistant director.", source="包括1名助理主任。"),
        bad("The cluster will lead the world soon.", source="⟦35⟧年后打造世界领先的产业集群。"),
    ],
)

EXTRA = custom(
    "translation.numbers.extra",
    _extra,
    category="accuracy/addition",
    severity="minor",
    requires=REQUIRES,
    enabled=False,
    message="“{found}” is not in the source.",
    description="A number in the translation whose value the source never mentions (off by default: "
    "translators add years and conversions).",
    examples=[
        bad("The company employs ⟦3,500⟧ people.", source="该公司雇用了很多人。"),
        good("The company employs 3,500 people.", source="该公司雇用了3500名员工。"),
        good("The G20 summit opened.", source="二十国集团峰会开幕。"),
    ],
)

_CALQUE = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?) (ten thousand|hundred million)(?![\w-])", re.IGNORECASE)
_CALQUE_SCALE = {"ten thousand": 10**4, "hundred million": 10**8}


def _calque_starts(doc) -> list[int]:
    # find the rare scale words first, then step back over the number before them
    text, low = doc.text, doc.caseless
    if low is None:
        return [m.start() for m in _CALQUE.finditer(text)]
    out = set()
    for i in places(low, " ten thousand", " hundred million"):
        j = i
        while j > 0 and (text[j - 1].isdigit() or text[j - 1] == "."):
            j -= 1
        if j < i:
            out.add(j)
    return sorted(out)


def _calque_fix(m: re.Match[str]) -> list[str]:
    from decimal import Decimal

    from ...numbers import Quantity
    from ...numbers.compare import describe

    value = Decimal(m.group(1)) * _CALQUE_SCALE[m.group(2).lower()]
    return [describe(Quantity(0, 0, value))]


CALQUE = pattern(
    "translation.numbers.calque",
    _CALQUE,
    starts=_calque_starts,
    category="locale/number",
    severity="neutral",
    langs=EN,
    suggest=_calque_fix,
    message="“{found}” copies the Chinese 万/亿 grouping; write “{fix}”.",
    description="A number counted in Chinese units (万 = ten thousand, 亿 = hundred million) that English "
    "writes in thousands and millions.",
    examples=[
        bad("The county has ⟦30 ten thousand⟧ residents.", "300,000"),
        bad("Investment reached ⟦3.5 hundred million⟧ yuan.", "350 million"),
        good("The county has 300,000 residents."),
        good("One hundred million people and ten thousand volunteers."),
    ],
)

RULES = (CALQUE, CHANGED, EXTRA, MISSING)
