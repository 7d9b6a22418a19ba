"""The bilingual lexical alignment: which target words render which source
words, computed once per unit and shared by the rules that ask.

``alignment(unit)`` returns an ``Alignment`` (see ``align``) or None when the
unit has no source (or its source is not Chinese). It is kept with the
source document, keyed by the target document, as the sentence alignment
is (``tqcheck.align``), so every rule of a run reads the same object.
"""

from __future__ import annotations

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
    from .align import build
    from .nogc import paused

    src, tgt = unit.source, unit.target

    ps = pairs(unit)
    with paused():  # see nogc
        return build(src.text, tgt.text, ps, glossary=unit.resources.get("glossary"), source_doc=src, target_doc=tgt)
