"""Dates and clock times in Chinese text: 2020年7月21日, 7月21日, 21日,
七月, 上午10时30分, 下午3点, 10:30.

Day-only ``21日`` is read only with Arabic digits: 三日 is as often
"three days" as "the third". ``N号`` needs a month before it (1号线 is a
metro line). Years are not claimed: they are compared as numbers.
"""

from __future__ import annotations

import re

from ..numbers.zh import DIGITS, read_numeral
from .common import clock_times, iso_dates
from .mention import DATE, TIME, Mention, Taken

_CN = "〇零一二三四五六七八九十两"
_NUM = rf"[0-9０-９]{{1,2}}|[{_CN}]{{1,3}}"
#: a space some writers and converters put between a number and 年/月/日
#: ("1989 年11 月13 日")
_SP = "[ \u00a0\u3000]?"
#: look-aheads for the first characters a match can start with let the regex
#: engine skip to candidates (see dates.en)
_DATE = re.compile(
    rf"(?=[0-9０-９{_CN}])(?:(?:[0-9０-９]{{4}}|[{_CN}]{{4}}){_SP}年{_SP})?(?<![0-9０-９{_CN}])({_NUM}){_SP}月份?"
    rf"(?:{_SP}({_NUM}){_SP}(?:[日号]|(?=[和、至到—\-~])))?"
)
_DAY = re.compile(rf"(?=[0-9０-９])(?<![0-9０-９.．])([0-9０-９]{{1,2}}){_SP}日(?![游内元])")
_PERIOD = "上午|下午|晚上|凌晨|中午|早上|早晨|傍晚|夜间|夜里|清晨|晚"
_PERIOD_FIRST = "".join(sorted({p[0] for p in _PERIOD.split("|")}))
_PM = {"下午", "晚上", "傍晚", "夜间", "夜里", "晚"}
_TIME = re.compile(
    rf"(?=[{_PERIOD_FIRST}0-9０-９{_CN}])(?P<period>{_PERIOD})?(?:(?P<from>[0-9０-９]{{1,2}})[—\-~－至到])?(?<![0-9０-９{_CN}小同])(?P<hour>{_NUM})(?P<mark>时|点)"
    rf"(?:(?P<minute>{_NUM})分|(?P<half>半)|(?P<sure>整|钟|左右|许))?"
)
_TITLE = re.compile(r"《[^《》\n]{0,60}》")


def _int(s: str) -> int | None:
    if s[0].isdigit():
        return int("".join(str(int(c)) for c in s))
    if any(c not in DIGITS and c != "十" for c in s) or (len(s) > 1 and "十" not in s):
        return None  # 一二月份 is "January and February", not December
    v = read_numeral(s)
    return None if v is None else int(v)


def extract(text: str) -> list[Mention]:
    out: list[Mention] = iso_dates(text)
    taken = Taken()
    for d in out:
        taken.add(d.start, d.end)
    titles = Taken()
    for m in _TITLE.finditer(text) if "《" in text else ():
        titles.add(*m.span())
    for m in _DATE.finditer(text):
        if not taken.free(m.start(), m.start() + 1) or not titles.free(m.start(), m.end()):
            continue  # 《十月围城》 is a film, not October
        month = _int(m.group(1))
        day = _int(m.group(2)) if m.group(2) else None
        if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            continue
        claimed = [m.span(1)] + ([m.span(2)] if m.group(2) else [])
        out.append(Mention(m.start(), m.end(), DATE, month, day, claimed=tuple(claimed)))
        taken.add(*m.span())
    for m in _DAY.finditer(text):
        if not taken.free(m.start(), m.start() + 1):
            continue
        day = _int(m.group(1))
        if day and 1 <= day <= 31:
            out.append(Mention(m.start(), m.end(), DATE, None, day, claimed=(m.span(1),)))
    for m in _TIME.finditer(text):
        g = m.groupdict()
        if g["mark"] == "点" and not (g["period"] or g["minute"] or g["half"] or g["sure"]):
            continue  # 3点建议: three points, not three o'clock
        if g["mark"] == "时" and g["hour"][0] in DIGITS and not g["period"]:
            continue  # 一时, 三时: "for a while", rarely a clock
        hour = _int(g["hour"])
        minute = 30 if g["half"] else (_int(g["minute"]) if g["minute"] else 0)
        if hour is None or minute is None or hour > 24 or minute > 59:
            continue
        pm = None if not g["period"] else g["period"] in _PM
        claimed = [m.span("hour")] + [m.span(k) for k in ("from", "minute") if g[k]]
        out.append(Mention(m.start(), m.end(), TIME, hour=hour, minute=minute, pm=pm, claimed=tuple(claimed)))
    out.extend(clock_times(text))
    out.sort()
    return out
