"""A document's words: the ``Word`` tuple, the ``Words`` sequence kept as
parallel lists, and the words rules ask to have indexed up front."""

from __future__ import annotations

from collections.abc import Sequence as _Sequence
from typing import Iterable, Iterator, NamedTuple, Sequence, overload


class Word(NamedTuple):
    start: int
    end: int
    text: str


#: words rules find with ``Document.word_positions`` (lower case, ``’`` read
#: as ``'``): indexed in one pass over the document, the first time one is asked for
INDEXED_WORDS: set[str] = set()


def index_words(words: Iterable[str]) -> None:
    """Have ``words`` indexed up front (rule modules call this on import);
    any other word is found by a scan of its own when asked for."""
    INDEXED_WORDS.update(words)


_FROZEN: list[frozenset[str]] = [frozenset()]
_UNINDEXED: dict[frozenset[str], tuple[frozenset[str], frozenset[str]]] = {}


def indexed_words() -> frozenset[str]:
    """``INDEXED_WORDS`` as one shared frozenset, rebuilt only when rules
    have added words: copying 650 words for each document cost a short
    segment more than indexing its words."""
    frozen = _FROZEN[0]
    if len(frozen) != len(INDEXED_WORDS):  # it only grows
        frozen = _FROZEN[0] = frozenset(INDEXED_WORDS)
    return frozen


def unindexed(keys: frozenset[str], wanted: frozenset[str]) -> frozenset[str]:
    """``keys - wanted``, kept per ``keys`` (a rule's trigger words) while
    ``wanted`` is the same set: a rule asks on every document, and the
    difference walks every key each time."""
    hit = _UNINDEXED.get(keys)
    if hit is not None and hit[0] is wanted:
        return hit[1]
    rest = keys - wanted
    if len(_UNINDEXED) >= 4096:  # rules' sets, not requests': this bounds a misuse
        _UNINDEXED.clear()
    _UNINDEXED[keys] = (wanted, rest)
    return rest


class Words(_Sequence):
    """The document's words as a read-only sequence of ``Word``.

    Kept as three parallel sequences (``starts`` and ``ends`` arrays of
    machine integers, ``texts`` a list), which cost a fraction of a list of
    tuples to build and hold, and nothing for the garbage collector to walk;
    a ``Word`` is made when one is read. Rules that visit
    every word read the lists directly.
    """

    __slots__ = ("starts", "ends", "texts")

    def __init__(self, starts: Sequence[int], ends: Sequence[int], texts: list[str]) -> None:
        self.starts, self.ends, self.texts = starts, ends, texts

    def __len__(self) -> int:
        return len(self.texts)

    @overload
    def __getitem__(self, i: int) -> Word: ...
    @overload
    def __getitem__(self, i: slice) -> list[Word]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(map(Word, self.starts[i], self.ends[i], self.texts[i]))
        return Word(self.starts[i], self.ends[i], self.texts[i])

    def __iter__(self) -> Iterator[Word]:
        return map(Word, self.starts, self.ends, self.texts)

    def __repr__(self) -> str:
        return f"Words({len(self)})"


class Gaps(_Sequence):
    """What comes before each word of a document (``gaps[i]`` before word
    ``i``) and, last, what comes after the last word: read from the text
    where asked, as ``text[ends[i - 1]:starts[i]]``. Rules ask about a few
    places; a list of every gap held a pointer per word and a string per
    gap that is not one character, 2.5 MB a megabyte."""

    __slots__ = ("text", "starts", "ends")

    def __init__(self, text: str, starts: Sequence[int], ends: Sequence[int]) -> None:
        self.text, self.starts, self.ends = text, starts, ends

    def __len__(self) -> int:
        return len(self.starts) + 1

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        n = len(self.starts)
        if i < 0:
            i += n + 1
        if not 0 <= i <= n:
            raise IndexError("gap index out of range")
        return self.text[self.ends[i - 1] if i else 0:self.starts[i] if i < n else len(self.text)]

    def __repr__(self) -> str:
        return f"Gaps({len(self)})"
