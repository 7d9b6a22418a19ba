"""The bilingual lexical alignment: which target words render which source
words, computed once per unit and shared by the rules that ask.

``alignment(unit)`` returns an ``Alignment`` (see ``align``) or None when the
unit has no source (or its source is not Chinese). It is kept with the
source document, keyed by the target document, as the sentence alignment
is (``tqcheck.align``), so every rule of a run reads the same object.
"""

from __future__ import annotations

from .align import (CONTENT, FUNCTION, GLOSSARY, LATIN, NAME, NUMBER, PUNCT, SOFT, Alignment, Clause, NameCheck,
                    SourceWord, TargetWord, build)
from .nogc import paused

__all__ = ["alignment", "Alignment", "Clause", "NameCheck", "SourceWord", "TargetWord", "CONTENT", "NAME", "NUMBER",
           "LATIN", "GLOSSARY", "SOFT", "FUNCTION", "PUNCT", "is_chinese"]

_KEY = "_tqcheck_lexical_alignment"


def is_chinese(text: str) -> bool:
    """Enough Han characters to be Chinese (the source language is not declared per unit)."""
    han = sum(1 for c in text[:2000] if "\u3400" <= c <= "\u9fff")
    return han >= 2 and han * 3 >= len(text[:2000].replace(" ", "")) * 0.3


def alignment(unit) -> Alignment | None:
    src, tgt = unit.source, unit.target
    if src is None or not src.text.strip() or not tgt.text.strip() or not is_chinese(src.text):
        return None
    return src.memo_with(_KEY, tgt, lambda: _build(unit))


def _build(unit) -> Alignment:
    from ..align import pairs

    src, tgt = unit.source, unit.target

    ps = pairs(unit)
    with paused():  # see nogc
        return build(src.text, tgt.text, ps, glossary=unit.resources.get("glossary"), source_doc=src, target_doc=tgt)
