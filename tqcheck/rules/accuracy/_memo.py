"""Answers about one lexicon's words, made once: the name rules ask the same
character or word again for every name read around it."""

from __future__ import annotations

from typing import Any, Callable, Generic, TypeVar

T = TypeVar("T")


class LexiconMemo(Generic[T]):
    """``make(lex, key)`` kept per key while ``lex`` is the lexicon asked about
    (a test that loads another lexicon starts afresh), and dropped whole past
    ``limit`` keys, so a long-running worker's memory stays bounded."""

    def __init__(self, make: Callable[[Any, str], T], limit: int) -> None:
        self._make = make
        self._limit = limit
        self._lex: Any = None
        self._memo: dict[str, T] = {}

    def __call__(self, lex: Any, key: str) -> T:
        if self._lex is not lex:
            self._memo.clear()
            self._lex = lex
        got = self._memo.get(key)
        if got is None:
            if len(self._memo) > self._limit:
                self._memo.clear()
            got = self._memo[key] = self._make(lex, key)
        return got
