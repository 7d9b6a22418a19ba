"""What the accuracy rules share: the alignment of a unit, and which of its
pairs are worth judging (the value checks and the sentence check cover the rest)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ...bilingual import alignment
from ...bilingual.kinds import CONTENT_KINDS

if TYPE_CHECKING:
    from ...bilingual import Alignment
    from ...bilingual.lexicon import Lexicon

REQUIRES = frozenset({"source"})
#: content words of a clause, none rendered, that accuracy.omission asks (here: accuracy.omission.tail leaves a
#: clause of that many to it)
CLAUSE_WORDS = 4

_load: Callable[[], Lexicon] | None = None


def lexicon() -> Lexicon:
    """The bilingual lexicon (``tqcheck.bilingual.lexicon.load``), its module
    imported on first use: a check without a source never reads it, and
    importing it cost every one-file run ~3 ms."""
    global _load
    if _load is None:
        from ...bilingual.lexicon import load

        _load = load
    return _load()


def get(unit) -> Alignment | None:
    return alignment(unit)


def pair_coverage(al: Alignment, pair: int, skip: range | None = None) -> tuple[int, int]:
    """(rendered, all) content words of one pair, leaving out ``skip``."""
    rendered = total = 0
    source = al.source
    for i in al.pair_source_words(pair):
        w = source[i]
        # w.content and w.rendered, without a property call per word: every pair is counted
        if w.kind not in CONTENT_KINDS or (skip is not None and i in skip):
            continue
        total += 1
        if w.how:
            rendered += 1
    return rendered, total


def trim(text: str, start: int, end: int, chars: str = " \t\n，,；;。！？!?：:、“”\"'‘’（）()《》") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def target_around(al: Alignment, first: int, last: int, pair: int) -> tuple[int, int]:
    """Where the target would hold source words [first, last): the gap
    between the renderings of the rendered words around them
    (``Alignment.neighbourhood``), widened to take in those two target
    words, so that a dropped word points at the words it stood between."""
    lo, hi = al.neighbourhood(first, last, pair)
    t0, t1 = al.pair_target(pair)
    if (lo, hi) == (t0, t1):
        return lo, hi
    for j in al.pair_target_words(pair):
        t = al.target[j]
        if t.end == lo:
            lo = t.start
        if t.start == hi:
            hi = t.end
            break
    return lo, hi
