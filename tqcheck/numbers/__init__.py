"""Numbers read off a text as exact values, for comparing source and target.

``quantities(doc)`` picks the reader by the document's language (Chinese
or English), leaves out the month, day and clock parts that
``tqcheck.dates`` reads, and caches the result on the document.
"""

from __future__ import annotations

from ..text import Document
from . import en, zh
from .quantity import NUMBER, ORDINAL, PERCENT, Quantity, rounds_to, significant_digits

__all__ = ["NUMBER", "ORDINAL", "PERCENT", "Quantity", "quantities", "rounds_to", "significant_digits"]

_READERS = {"en": en.extract, "zh": zh.extract}
_KEY = "_tqcheck_numbers"


def quantities(doc: Document) -> list[Quantity]:
    return doc.memo(_KEY, _read)


def _read(doc: Document) -> list[Quantity]:
    from ..dates import claimed_spans

    reader = _READERS.get(doc.lang.split("-")[0].lower())
    return reader(doc.text, claimed_spans(doc)) if reader else []
