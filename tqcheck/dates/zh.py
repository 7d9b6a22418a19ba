"""Dates and clock times in Chinese text: 2020年7月21日, 7月21日, 21日,
七月, 上午10时30分, 下午3点, 10:30.

Day-only ``21日`` is read only with Arabic digits: 三日 is as often
"three days" as "the third". ``N号`` needs a month before it (1号线 is a
metro line). Years are not claimed: they are compared as numbers.
"""

from __future__ import annotations

import re

from ..numbers.zh import DIGITS, read_numeral
from .mention import DATE, TIME, Mention

_CN = "〇零一二三四五六七八九十两"
_NUM = rf"[0-9０-９]{{1,2}}|[{_CN}]{{1,3}}"
_DATE = re.compile(
    rf"(?:(?:[0-9０-９]{{4}}|[{_CN}]{{4}})年)?(?<![0-9０-９{_CN}])({_NUM})月份?(?:({_NUM})[日号])?"
)
_DAY = re.compile(r"(?<![0-9０-９月.．])([0-9０-９]{1,2})日(?![游内元])")
_PERIOD = "上午|下午|晚上|凌晨|中午|早上|早晨|傍晚|夜间|夜里|清晨|晚"
_PM = {"下午", "晚上", "傍晚", "夜间", "夜里", "晚"}
_TIME = re.compile(rf"({_PERIOD})?(?<![0-9０-９{_CN}小同])({_NUM})(时|点)(?:({_NUM})分|(半)|(整|钟|左右|许))?")
_CLOCK = re.compile(r"(?<![0-9０-９:：])([0-2]?[0-9])[:：]([0-5][0-9])(?![0-9:：])")


def _int(s: str) -> int | None:
    if s[0].isdigit():
        return int("".join(str(int(c)) for c in s))
    if any(c not in DIGITS and c != "十" for c in s):
        return None
    v = read_numeral(s)
    return None if v is None else int(v)


def extract(text: str) -> list[Mention]:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in _DATE.finditer(text):
        month = _int(m.group(1))
        day = _int(m.group(2)) if m.group(2) else None
        if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            continue
        claimed = [m.span(1)] + ([m.span(2)] if m.group(2) else [])
        out.append(Mention(m.start(), m.end(), DATE, month, day, claimed=tuple(claimed)))
        taken.append(m.span())
    for m in _DAY.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        day = _int(m.group(1))
        if day and 1 <= day <= 31:
            out.append(Mention(m.start(), m.end(), DATE, None, day, claimed=(m.span(1),)))
    for m in _TIME.finditer(text):
        if m.group(3) == "点" and not (m.group(1) or m.group(4) or m.group(5) or m.group(6)):
            continue  # 3点建议: three points, not three o'clock
        if m.group(3) == "时" and m.group(2)[0] in DIGITS and not m.group(1):
            continue  # 一时, 三时: "for a while", rarely a clock
        hour = _int(m.group(2))
        minute = 30 if m.group(5) else (_int(m.group(4)) if m.group(4) else 0)
        if hour is None or minute is None or hour > 24 or minute > 59:
            continue
        pm = None if not m.group(1) else m.group(1) in _PM
        claimed = [m.span(2)] + ([m.span(4)] if m.group(4) else [])
        out.append(Mention(m.start(), m.end(), TIME, hour=hour, minute=minute, pm=pm, claimed=tuple(claimed)))
    for m in _CLOCK.finditer(text):
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour <= 24:
            out.append(Mention(m.start(), m.end(), TIME, hour=hour, minute=minute, claimed=(m.span(),)))
    out.sort()
    return out
