"""A number found in a text, with its value and where it was written."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import NamedTuple

#: kinds of quantity; values of different kinds can still be compared
NUMBER, PERCENT, ORDINAL = "number", "percent", "ordinal"


class Quantity(NamedTuple):
    """``value`` is exact (``Decimal``): 3091亿 and 309.1 billion are equal.

    ``firm`` says the number is worth reporting when it has no counterpart
    in the other text. Small numbers written as words (一, three, first),
    approximations (十几亿, thousands of) and digits glued to Latin letters
    (5G, G20) are not firm: translators render them in too many ways, but
    they still count as a counterpart for a firm number on the other side.
    """

    start: int
    end: int
    value: Decimal
    kind: str = NUMBER
    firm: bool = True


def significant_digits(value: Decimal) -> int:
    if value == 0:
        return 1
    return len(value.normalize().as_tuple().digits)


def round_significant(value: Decimal, digits: int, rounding: str = "ROUND_HALF_UP") -> Decimal:
    if value == 0:
        return value
    exp = value.adjusted() - digits + 1
    return value.scaleb(-exp).quantize(Decimal(1), rounding=rounding).scaleb(exp)


def rounds_to(source: Decimal, target: Decimal) -> bool:
    """True when ``target`` is ``source`` rounded or cut short (309.1
    billion written as "309 billion" or "over 300 billion", 1.96 million as
    "1.9 million"). Not the other way round: 两千 (2,000) is not 2,500."""
    if source == target:
        return True
    digits = significant_digits(target)
    if digits >= significant_digits(source):
        return False
    return round_significant(source, digits) == target or round_significant(source, digits, "ROUND_DOWN") == target


def to_decimal(digits: str) -> Decimal | None:
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def drop_overlapping(qs: list[Quantity], spans) -> list[Quantity]:
    """``qs`` without those that overlap any of ``spans`` (in O(n log n))."""
    from bisect import bisect_left

    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    if not merged:
        return qs
    starts = [s for s, _ in merged]
    out = []
    for q in qs:
        i = bisect_left(starts, q.end)  # spans starting before q ends
        if i and merged[i - 1][1] > q.start:
            continue
        out.append(q)
    return out
