"""Numbers in Chinese text: Arabic, full-width and Chinese numerals.

Handles 万 (10⁴) and 亿 (10⁸) scales after Arabic digits (``3091亿``,
``1.2万亿``) and inside Chinese numerals (``三千五百万``, ``十三亿``),
decimals (``3.5``, ``三点五``), percentages (``5%``, ``百分之五``,
``5个百分点``), ordinals (``第50``, ``50周年``), year digits
(``二〇二〇年``), approximations (``十几亿``, ``数十万``, ``100多``) and
ranges (``3至5万`` scales both ends).

Why not cn2an: it converts a string that *is* a numeral, or rewrites a
whole sentence; it reports no offsets and reads 一 in 统一 or 一起 as 1.
Here every number keeps its span, and words that merely contain a numeral
character come out as soft (never reported) values. The tests cross-check
the numeral reader against cn2an on random numbers.

Month, day and clock parts (``7月``, ``21日``, ``10时``) are left to
``tqcheck.dates``; callers pass those spans in ``skip``.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from typing import Iterable

from .quantity import NUMBER, ORDINAL, PERCENT, Quantity, drop_overlapping, to_decimal

DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
APPROX_DIGIT = "几"
#: longer digit runs are codes or IDs, not quantities; longer scale or
#: numeral runs are not numbers either (and would make huge values)
MAX_DIGITS = 24
MAX_SCALE_CHARS = 3
MAX_NUMERAL_CHARS = 24

#: after a scale character these make it a unit prefix: 千米 km, 千克 kg, 千瓦 kW
_UNIT_PREFIXED = "米克瓦卡焦伏帕赫吨"
#: before a numeral these make it vague: 数十万, 上百, 成千, 近百 (not 近100)
_VAGUE_BEFORE = "数几上成"

_ARABIC = re.compile(r"[0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?")
_CN_START = re.compile(rf"[{''.join(DIGITS)}十拾{APPROX_DIGIT}]")
_PERCENT_PREFIX = "百分之"
#: 成 after a number is tenths (6成 = 60%) unless it starts a verb: 成为, 成立
_CHENG_VERBS = tuple("为立功长员本果绩都就熟型交")
_FRACTION = "分之"
_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
#: a number that opens a range or list of days: 25至27日, 26、27日 (the date check reads those)
_DAY_RANGE = re.compile(r"\s*(?:[-－~～—–]|至|到)\s*[0-9０-９]{1,2}\s*[日号]")
_DAY_LIST = re.compile(r"\s*[、，,和及]\s*[0-9０-９]{1,2}\s*[日号]")
#: what follows 十一 when it names National Day
_HOLIDAY = ("黄金周", "长假", "假期", "国庆", "小长假", "期间")


def _ascii_digits(s: str) -> str:
    if s.isascii():  # the digits and full stop map to themselves: only the commas go
        return s.replace(",", "")
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else ("." if c in ".．" else c) for c in s if c != ",")


def _scale_after(text: str, i: int) -> tuple[int, int]:
    """(multiplier, end) of scale characters at ``i``: 万, 亿, 千万, 万亿..."""
    mult, j = 1, i
    while j < len(text) and j < i + MAX_SCALE_CHARS:
        c = text[j]
        if c in BIG:
            mult *= BIG[c]
        elif c in UNITS and c not in "十拾":
            if j + 1 < len(text) and text[j + 1] in _UNIT_PREFIXED:
                break
            if text.startswith(_FRACTION, j + 1):
                break
            mult *= UNITS[c]
        else:
            break
        j += 1
    return mult, j


def read_numeral(s: str) -> Decimal | None:
    """Value of a well-formed Chinese numeral such as 三千五百万 or 十三亿.

    Shorthand tails count as in speech: 一万五 is 15,000, 三千五 3,500.
    """
    if not s:
        return None
    if all(c in DIGITS for c in s) and len(s) > 1:  # positional: 一九九八
        return Decimal("".join(str(DIGITS[c]) for c in s))
    total = wan = section = 0
    number: int | None = None
    last_unit = 0
    for c in s:
        if c in DIGITS:
            number = DIGITS[c]
        elif c == APPROX_DIGIT:
            number = None if last_unit == 0 else 0  # 几十 ~ 10, 十几 ~ 10
        elif c in UNITS:
            u = UNITS[c]
            section += (1 if number is None else number) * u
            number = None
            last_unit = u
        elif c in BIG:
            b = BIG[c]
            cur = section + (number or 0)
            if b == 10**4:
                wan = wan * b if cur == 0 and wan else wan + cur * b
            else:
                total = (total + wan + cur) * b
                wan = 0
            section, number = 0, None
            last_unit = b
        else:
            return None
    tail = number or 0
    if number and len(s) >= 2 and (s[-2] in UNITS or s[-2] in BIG) and last_unit >= 100:
        tail = number * last_unit // 10  # 三千五 = 3500
    return Decimal(total + wan + section + tail)


def _scan_numeral(text: str, i: int) -> int:
    """End of the well-formed Chinese numeral starting at ``i``.

    Two bare digits in a row end it (十三五 is 13 then 5) unless the run is
    all digits and reads positionally (一九九八年).
    """
    n = min(len(text), i + MAX_NUMERAL_CHARS)
    j = i
    while j < n and text[j] in DIGITS:
        j += 1
    if j - i >= 2 and all(text[k] not in "两" for k in range(i, j)):
        if j < n and text[j] == "年" or j - i == 4:
            return j
    j = i
    last = None  # "d" bare digit, "u" unit, "b" big
    while j < n:
        c = text[j]
        if c in DIGITS or c == APPROX_DIGIT:
            if last == "d":
                break
            if c == "零":
                j += 1
                last = "z"
                continue
            last = "d"
        elif c in UNITS:
            if c not in "十拾" and last not in ("d",):
                break
            if j + 1 < n and text[j + 1] in _UNIT_PREFIXED and c not in "十拾":
                break
            if text.startswith(_FRACTION, j + 1):
                break
            last = "u"
        elif c in BIG:
            if last is None or last == "z":
                break
            if j + 1 < n and text[j + 1] in _UNIT_PREFIXED:
                break
            last = "b"
        else:
            break
        j += 1
    while j > i and text[j - 1] == "零":
        j -= 1
    return j


def _decimal_tail(text: str, j: int) -> int:
    """End of a ``点五`` decimal tail at ``j`` (a run of digits after 点)."""
    if j < len(text) and text[j] == "点":
        k = j + 1
        while k < len(text) and text[k] in DIGITS and text[k] != "两":
            k += 1
        if k > j + 1:
            return k
    return j


def _numeral_value(s: str) -> Decimal | None:
    if "点" in s:
        whole, _, frac = s.partition("点")
        base = read_numeral(whole) if whole else Decimal(0)
        if base is None or not frac:
            return None
        return base + Decimal("0." + "".join(str(DIGITS[c]) for c in frac))
    return read_numeral(s)


def _class_without(ranges: list[tuple[int, int]], excluded: str) -> str:
    """A regex character class of ``ranges`` (inclusive) less ``excluded``."""
    out = []
    for lo, hi in ranges:
        cut = sorted(ord(c) for c in excluded if lo <= ord(c) <= hi)
        for c in [*cut, hi + 1]:
            if lo <= c - 1:
                out.append(f"{re.escape(chr(lo))}-{re.escape(chr(c - 1))}" if c - 1 > lo else re.escape(chr(lo)))
            lo = c + 1
    return "[" + "".join(out) + "]"


#: runs of characters where no number starts (not a digit, a numeral
#: character, 十, 几 or the 百 of 百分之): ASCII, CJK punctuation, the common
#: ideographs, full-width punctuation. ``extract`` skips them in one regex
#: step instead of a Python step per character, most of a Chinese text.
_NO_NUMBER = re.compile(_class_without(
    [(0x00, 0x7F), (0x2000, 0x206F), (0x3000, 0x303F), (0x4E00, 0x9FFF), (0xFF01, 0xFF5E)],
    "0123456789０１２３４５６７８９" + "".join(DIGITS) + "十拾百" + APPROX_DIGIT,
) + "+")


def extract(text: str, skip: Iterable[tuple[int, int]] = ()) -> list[Quantity]:
    """Every number in ``text`` in reading order, except those inside ``skip``."""
    out: list[Quantity] = []
    i, n = 0, len(text)
    no_number = _NO_NUMBER.match
    while i < n:
        run = no_number(text, i)
        if run is not None:
            i = run.end()
            continue
        c = text[i]
        if c.isdigit() and unicodedata.digit(c, None) is not None:
            m = _ARABIC.match(text, i)
            if m is None or (i > 0 and (text[i - 1].isdigit() or text[i - 1] in ".．")):
                i += 1
                continue
            q, i = _arabic(text, m)
            if q is not None:
                out.append(q)
            continue
        if text.startswith(_PERCENT_PREFIX, i) and i + 3 < n and (_CN_START.match(text, i + 3) or text[i + 3].isdigit()):
            q, i = _percent_words(text, i)
            if q is not None:
                out.append(q)
            continue
        if _CN_START.match(text, i):
            q, i = _chinese(text, i)
            if q is not None:
                out.append(q)
            continue
        i += 1
    return _join_ranges(text, drop_overlapping(out, skip))


def _arabic(text: str, m: re.Match[str]) -> tuple[Quantity | None, int]:
    start, j = m.start(), m.end()
    if j - start > MAX_DIGITS:
        return None, j
    value = to_decimal(_ascii_digits(m.group(0)))
    if value is None:
        return None, j
    glued = bool((start > 0 and _LATIN.match(text[start - 1])) or (j < len(text) and _LATIN.match(text[j])))
    if start > 1 and text[start - 1] in "-－" and _LATIN.match(text[start - 2]):
        glued = True
    if j < len(text) and text[j] in ":：∶" and j + 1 < len(text) and text[j + 1].isdigit():
        return None, j  # a clock time or a score, not a quantity
    if start > 0 and text[start - 1] in ":：∶" and start > 1 and text[start - 2].isdigit():
        return None, j
    if glued:
        # 5G, A380, G20: a name, compared by the Latin-token check
        while j < len(text) and (_LATIN.match(text[j]) or text[j].isdigit()):
            j += 1
        return Quantity(start, j, value, NUMBER, False), j
    if j + 1 < len(text) and text[j] in "多余" and text[j + 1] in BIG:
        j += 1  # 9000多万: "more than 90 million"
    mult, j = _scale_after(text, j)
    value *= mult
    if mult >= 10**4 and text[j - 1] in BIG:
        value, j = _continued(text, j, value, mult)
    firm = True
    if _DAY_RANGE.match(text, j) or _DAY_LIST.match(text, j) or (j < len(text) and text[j] == "号" and value <= 31):
        firm = False  # 25至27日, 26、27日, 28号: days, for the date check
    if value == 1 and mult == 1 and "." not in m.group(0):
        firm = False  # 1名, 1家: English says "a" or "one"
    if j < len(text) and text[j] == "后" and value % 10 == 0 and value < 100:
        firm = False  # 90后: "the post-90s generation"
    if text.startswith("小时", j) and value == 24:
        firm = False  # 24小时: "around the clock"
    if value == 0 or (j < len(text) and text[j] == "倍" and value <= 10):
        firm = False  # 0例: "no cases"; 1倍: "doubled"
    if j < len(text) and text[j] == "成" and 0 < value <= 10 and not text.startswith(_CHENG_VERBS, j + 1):
        return Quantity(start, j + 1, value * 10, PERCENT, True), j + 1  # 6成: 60%
    return _suffix(text, start, j, value, firm=firm)


def _continued(text: str, j: int, value: Decimal, mult: int) -> tuple[Decimal, int]:
    """7万8千 is 78,000 and 1亿2000万 120 million: a smaller scaled number
    right after a 万 or 亿 number continues it."""
    m = re.compile(r"[0-9０-９]+").match(text, j)
    if m is None or len(m.group()) > 4:
        return value, j
    mult2, k = _scale_after(text, m.end())
    part = Decimal(_ascii_digits(m.group())) * mult2
    if mult2 > 1 and part < mult:
        return value + part, k
    return value, j


def _chinese(text: str, i: int) -> tuple[Quantity | None, int]:
    j = _scan_numeral(text, i)
    if j == i:
        return None, i + 1
    j = _decimal_tail(text, j)
    if j + 1 < len(text) and text[j] in "多余" and text[j + 1] in BIG:
        j += 1  # 一千多万
    if j < len(text) and text[j] in BIG and text[j - 1] not in BIG:  # 三点五亿, 一千多万
        mult, j2 = _scale_after(text, j)
        value = _numeral_value(text[i:j].rstrip("多余"))
        value = None if value is None else value * mult
        j = j2
    else:
        value = _numeral_value(text[i:j])
    if value is None:
        return None, j
    approx = APPROX_DIGIT in text[i:j] or (i > 0 and text[i - 1] in _VAGUE_BEFORE)
    if j - i == 2 and text[i] in DIGITS and text[i + 1] in DIGITS and 1 <= DIGITS[text[i + 1]] - DIGITS[text[i]] <= 2:
        approx = True  # 三五年 "three to five years", 七八个 "seven or eight"
    if text[i:j] == "十一" and (text.startswith(_HOLIDAY, j) or text.startswith(_HOLIDAY, j + 1)):
        approx = True  # “十一”黄金周: National Day (October 1), a name
    # one-character words and idioms (一起, 统一, 十分) are everywhere: only
    # numerals past ten written in full are firm enough to report
    firm = not approx and value > 10
    if j < len(text) and text[j] == "成" and 0 < value <= 10 and not text.startswith(_CHENG_VERBS, j + 1):
        return Quantity(i, j + 1, value * 10, PERCENT, False), j + 1  # 四成: 40% (一成不变 is an idiom)
    return _suffix(text, i, j, value, firm=firm)


def _percent_words(text: str, i: int) -> tuple[Quantity | None, int]:
    k = i + len(_PERCENT_PREFIX)
    if text[k].isdigit():
        m = _ARABIC.match(text, k)
        if m is None:
            return None, k
        value = to_decimal(_ascii_digits(m.group(0)))
        j = m.end()
    else:
        j = _decimal_tail(text, _scan_numeral(text, k))
        value = _numeral_value(text[k:j]) if j > k else None
    if value is None:
        return None, k
    firm = not (value == 100 and text[k:j] == "百")  # 百分之百: "fully", an idiom
    return Quantity(i, j, value, PERCENT, firm), j


def _suffix(text: str, start: int, j: int, value: Decimal, firm: bool) -> tuple[Quantity, int]:
    """Read what follows a number: 多/余, %, 个百分点, 周年, and 第 before it."""
    n = len(text)
    kind = NUMBER
    if j < n and text[j] in "多余":
        j += 1
    if j < n and text[j] in "%％":
        return Quantity(start, j + 1, value, PERCENT, firm), j + 1
    if text.startswith("个百分点", j):
        return Quantity(start, j + 4, value, PERCENT, firm), j + 4
    if text.startswith("分之", j):
        return _fraction(text, start, j, value)
    if start > 0 and text[start - 1] == "第":
        kind = ORDINAL
        start -= 1
    elif text.startswith("周年", j) or text.startswith("届", j):
        kind = ORDINAL
    if text.startswith("年代", j):
        firm = False  # 90年代: "the 1990s"
    return Quantity(start, j, value, kind, firm), j


def _fraction(text: str, start: int, j: int, denominator: Decimal) -> tuple[Quantity, int]:
    k = j + 2
    if k < len(text) and text[k].isdigit():
        m = _ARABIC.match(text, k)
        num = to_decimal(_ascii_digits(m.group(0))) if m else None
        end = m.end() if m else k
    else:
        end = _decimal_tail(text, _scan_numeral(text, k))
        num = _numeral_value(text[k:end]) if end > k else None
    if num is None or denominator == 0:
        return Quantity(start, j, denominator, NUMBER, False), j
    if denominator == 100:
        return Quantity(start, end, num, PERCENT, True), end
    return Quantity(start, end, num / denominator, NUMBER, False), end


_RANGE = re.compile(r"\s*(?:[-－~～—–]|至|到)\s*")


def _join_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    """In ``3至5万`` and ``3-5%`` the scale or unit of the second end
    applies to the first too."""
    for k in range(len(qs) - 1):
        a, b = qs[k], qs[k + 1]
        m = _RANGE.fullmatch(text, a.end, b.start)
        if not m:
            continue
        a_text, b_text = text[a.start:a.end], text[b.start:b.end]
        b_scale = _trailing_scale(b_text)
        if b_scale > 1 and _trailing_scale(a_text) == 1 and a.value * b_scale <= b.value * 10:
            a = a._replace(value=a.value * b_scale)
        if b.kind == PERCENT and a.kind == NUMBER:
            a = a._replace(kind=PERCENT)
        qs[k] = a
    return qs


def _trailing_scale(s: str) -> int:
    mult = 1
    for c in reversed(s.rstrip("多余%％")):
        if c in BIG:
            mult *= BIG[c]
        elif c in UNITS and c not in "十拾":
            mult *= UNITS[c]
        else:
            break
    return mult
