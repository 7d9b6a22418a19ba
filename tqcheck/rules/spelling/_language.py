"""A text in another language is the language rule's business: the
spelling rules would only report its every word."""

from __future__ import annotations

from ... import langid

MIN_CONFIDENCE = 0.9


def foreign(doc) -> bool:
    det = doc.language
    return det is not None and det.lang != langid.base(doc.lang) and det.confidence >= MIN_CONFIDENCE
