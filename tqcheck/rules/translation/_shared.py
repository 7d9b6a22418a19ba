"""What several translation rules read: aligned pairs and compared values,
computed once per unit and cached on the source document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...unit import Unit

if TYPE_CHECKING:  # the number readers load on first use: a check without a source reads no numbers
    from ...numbers.compare import Outcome

REQUIRES = frozenset({"source"})
EN = frozenset({"en"})


def source_blank(unit: Unit) -> bool:
    return unit.source is None or _blank(unit.source.text)


def target_blank(unit: Unit) -> bool:
    return _blank(unit.target.text)


def _blank(text: str) -> bool:
    # the same as ``not text.strip()``, which copied the whole text for every rule
    return not text or text.isspace()


def number_outcome(unit: Unit) -> Outcome:
    src = unit.source
    assert src is not None

    def compute() -> Outcome:
        from ...align import pairs  # here: a check without a source never aligns
        from ...numbers import quantities
        from ...numbers.compare import Span, compare

        spans = [Span(p.src_start, p.src_end, p.tgt_start, p.tgt_end) for p in pairs(unit)]
        return compare(spans, quantities(src), quantities(unit.target))

    return src.memo_with("_tqcheck_number_outcome", unit.target, compute)


def stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
