"""The direction of a change reversed in translation.

The source says a quantity goes up (增长, 上升, 提高, 加强, 扩大…) and
nothing in the aligned target sentence goes up while something goes down
(``fell``, ``cut``, ``weaken``…); or the reverse. Only sentences whose
source changes one way only are judged, and only a target with no word of
the source's direction is flagged: 降低风险 "reduce risks" next to 提高效率
"improve efficiency" says both, and is left alone.
"""

from __future__ import annotations

import re

from ...rule import Finding, bad, custom, good
from ._meaning import clause_views, meaning_pairs, usable

REQUIRES = frozenset({"source"})
EN = frozenset({"en"})

UP_ZH = frozenset("""
增长 增加 上升 提高 加强 扩大 上涨 升高 增强 提升 回升 攀升 增多 增至 增幅 涨 涨幅 上调 走高 大涨 激增 猛增 倍增 飙升
暴涨 扩张 加大 强化 拉升 反弹 看涨 升值 增值 扩容 新增 增 升
""".split())
DOWN_ZH = frozenset("""
下降 减少 降低 下跌 削弱 缩小 减弱 回落 下滑 跌 降 减 下调 走低 大跌 暴跌 骤降 锐减 缩减 缩水 萎缩 下行 贬值 跌幅 降幅
减缓 放缓 收窄 削减 压缩 减轻 降至 跌至 减至 跌破 滑落 看跌 缩 下挫 降温 减半
""".split())

_UP_EN = re.compile(
    r"\b(?:ris(?:e|es|ing|en)|rose|increas\w*|grow(?:s|ing|n|th)?|grew|higher|highest|up|upward\w*|gain\w*|climb\w*|"
    r"jump\w*|surg\w*|soar\w*|boost\w*|strengthen\w*|enhanc\w*|improv\w*|expan\w*|rais\w*|more|greater|"
    r"add\w*|extra|additional|accelerat\w*|escalat\w*|intensif\w*|step(?:s|ped)? up|spik\w*|doubl\w*|tripl\w*|"
    r"rebound\w*|recover\w*|exceed\w*|peak\w*|record|hike\w*|larger|bigger|stronger|widen\w*|deepen\w*|"
    r"promot\w*|upgrad\w*|heighten\w*|amplif\w*|maximi[sz]\w*|new|reinforc\w*|rall(?:y|ies|ied))\b",
    re.IGNORECASE)
_DOWN_EN = re.compile(
    r"\b(?:f[ae]ll(?:s|ing|en)?|drop\w*|declin\w*|decreas\w*|cut(?:s|ting)?|reduc\w*|lower\w*|down\w*|slump\w*|"
    r"plung\w*|weaken\w*|shr[iu]nk\w*|shrank|contract\w*|slow\w*|less|fewer|dip\w*|slid\w*|slip\w*|sank|sink\w*|"
    r"tumbl\w*|plummet\w*|diminish\w*|eas(?:e|ed|es|ing)|lessen\w*|narrow\w*|los[st]\w*|curb\w*|trim\w*|"
    r"halv\w*|minimi[sz]\w*|smaller|weaker|decelerat\w*|retreat\w*|depreciat\w*|deflat\w*|low|lowest|"
    r"relax\w*|relie\w*|allevia\w*|mitigat\w*|contain\w*|control\w*|compress\w*|below|under)\b",
    re.IGNORECASE)


#: rates (增速…放缓 "growth slows" is rendered "will grow 1.6%") and verbs that turn a change around (抑制反弹 "contain the rebound") or keep
#: it in check: a sentence with one is not judged. Counted as "down" they put
#: the rule's MQM span precision below chance (13% against 25%).
CURB_ZH = frozenset("抑制 遏制 控制 防止 阻止 防范 打压 压低 避免 缓解 增速 增幅 增长率 涨幅 跌幅 降幅 增长速度".split())


def _direction(words: set[str]) -> str | None:
    if words & CURB_ZH:
        return None
    up = bool(words & UP_ZH)
    down = bool(words & DOWN_ZH)
    if up == down:
        return None
    return "up" if up else "down"


def _reversed(src_words: set[str], tgt_text: str, tgt_start: int):
    d = _direction(src_words)
    if d is None:
        return None
    ups = list(_UP_EN.finditer(tgt_text))
    downs = list(_DOWN_EN.finditer(tgt_text))
    wrong, right = (downs, ups) if d == "up" else (ups, downs)
    if wrong and not right:
        m = wrong[0]
        return Finding(tgt_start + m.start(), tgt_start + m.end(), args={"said": "goes up" if d == "up" else "goes down"})
    return None


def _check(unit, options):
    if not usable(unit):
        return
    seen = set()
    for p in meaning_pairs(unit):
        f = _reversed(p.src_words(), p.tgt_text, p.tgt_start)
        if f is not None:
            seen.add((f.start, f.end))
            yield f
    # clause by clause where the lexical alignment says which target text
    # renders the clause: a sentence that rises in one clause and falls in
    # another is judged one clause at a time
    for cv in clause_views(unit):
        if (cv.tgt_start, cv.tgt_end) == cv.pair_tgt:
            continue
        f = _reversed({t.text for t in cv.src}, cv.tgt_text, cv.tgt_start)
        if f is not None and (f.start, f.end) not in seen:
            seen.add((f.start, f.end))
            yield f


RULES = (
    custom(
        "accuracy.polarity.reversed",
        _check,
        category="accuracy/mistranslation",
        severity="neutral",
        requires=REQUIRES,
        langs=EN,
        message="The source says this {said}; the translation says “{found}”: the direction of the change may be "
        "reversed.",
        description="The source says a quantity rises (增长, 提高, 加强…) and the aligned target only says it falls "
        "(fell, cut, weaken…), or the reverse.",
        examples=[
            bad("Exports ⟦fell⟧ by 5% in June.", source="6月出口增长5%。"),
            bad("The country will ⟦weaken⟧ its cooperation with Africa.", source="该国将加强与非洲的合作。"),
            bad("Prices ⟦rose⟧ sharply last week.", source="上周价格大幅下跌。"),
            good("Exports rose by 5% in June.", source="6月出口增长5%。"),
            good("The country will step up its cooperation with Africa.", source="该国将加强与非洲的合作。"),
            good("The measure reduces risks and improves efficiency.", source="该措施降低风险，提高效率。"),
            good("Prices dropped sharply last week.", source="上周价格大幅下跌。"),
            good("Losses narrowed as sales grew.", source="随着销售增长，亏损收窄。"),
            good("In an effort to contain the outbreak, rules were tightened.", source="为抑制疫情反弹，规定更加严格。"),
            bad("Output rose 3%, while exports ⟦fell⟧ 5%.", source="产量增长3%，出口增长5%。"),
            good("Output rose 3%, while exports fell 5%.", source="产量增长3%，出口下降5%。"),
        ],
    ),
)
