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
