"""Dates and clock times read off a text, for comparing source and target.

``mentions(doc)`` picks the reader by the document's language and caches
the result on the document, so every rule that needs dates pays once.
"""

from __future__ import annotations

from ..text import Document
from . import en, zh
from .mention import DATE, TIME, Mention

__all__ = ["DATE", "TIME", "Mention", "mentions", "claimed_spans"]

_READERS = {"en": en.extract, "zh": zh.extract}
_KEY = "_tqcheck_dates"


def mentions(doc: Document) -> list[Mention]:
    return doc.memo(_KEY, _read)


def _read(doc: Document) -> list[Mention]:
    reader = _READERS.get(doc.lang.split("-")[0].lower())
    return reader(doc.text) if reader else []


def claimed_spans(doc: Document) -> list[tuple[int, int]]:
    """Spans of month, day and clock digits (not years)."""
    return [span for m in mentions(doc) for span in m.claimed]
