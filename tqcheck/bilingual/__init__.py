"""The bilingual lexical alignment: which target words render which source
words, computed once per unit and shared by the rules that ask.

``alignment(unit)`` returns an ``Alignment`` (see ``align``) or None when the
unit has no source (or its source is not Chinese). It is kept with the
source document, keyed by the target document, as the sentence alignment
is (``tqcheck.align``), so every rule of a run reads the same object.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .kinds import CONTENT, FUNCTION, GLOSSARY, LATIN, NAME, NUMBER, PUNCT, SOFT

if TYPE_CHECKING:  # loaded on first use (below): a check without a source never aligns
    from .align import Alignment, Clause, NameCheck, SourceWord, TargetWord, build

_LAZY = frozenset({"Alignment", "Clause", "NameCheck", "SourceWord", "TargetWord", "build"})


def __getattr__(name: str) -> Any:
    # the alignment module and what it loads (the segmenter, the lexicon, the
    # Cantonese table, the number and date readers) cost a start-up ~10 ms
    if name in _LAZY:
        from . import align

        return getattr(align, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["alignment", "Alignment", "Clause", "NameCheck", "SourceWord", "TargetWord", "CONTENT", "NAME", "NUMBER",
           "LATIN", "GLOSSARY", "SOFT", "FUNCTION", "PUNCT", "is_chinese"]

_KEY = "_tqcheck_lexical_alignment"


_HAN = re.compile("[\u3400-\u9fff]")


def is_chinese(text: str) -> bool:
    """Enough Han characters to be Chinese (the source language is not declared per unit)."""
    head = text[:2000]
    han = len(_HAN.findall(head))
    return han >= 2 and han * 3 >= len(head.replace(" ", "")) * 0.3


def alignment(unit) -> Alignment | None:
    src, tgt = unit.source, unit.target
    if src is None:
        return None
    # the answer, None included, is kept: every accuracy rule asks, and the
    # test for Chinese read the source character by character each time
    return src.memo_with(_KEY, tgt, lambda: _build(unit) if _alignable(src.text, tgt.text) else None)


def _alignable(source: str, target: str) -> bool:
    return bool(source.strip()) and bool(target.strip()) and is_chinese(source)


def _build(unit) -> Alignment:
    from ..align import pairs
    from .align import build
    from ..gcsettle import paused

    src, tgt = unit.source, unit.target

    ps = pairs(unit)
    with paused():  # see gcsettle
        return build(src.text, tgt.text, ps, glossary=unit.resources.get("glossary"), source_doc=src, target_doc=tgt)
