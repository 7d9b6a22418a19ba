"""Process-wide tables built on first use, once, even when several threads
ask at the same time (the web service checks in threads)."""

from __future__ import annotations

import threading
from typing import Any, Callable, TypeVar

T = TypeVar("T")


class Once:
    """A module's loaded tables, by name. ``get`` builds a missing one under
    the lock and checks again inside it, so two threads never both pay for a
    load; after that a lookup takes no lock."""

    def __init__(self) -> None:
        # re-entrant: one table may be built from another (spelling buckets
        # from the frequency list) while the first build holds the lock
        self.lock = threading.RLock()
        self.state: dict[str, Any] = {}

    def get(self, key: str, build: Callable[[], T]) -> T:
        value = self.state.get(key)
        if value is None:
            with self.lock:
                value = self.state.get(key)
                if value is None:
                    value = self.state[key] = build()
        return value


K = TypeVar("K")


class Memo(dict[K, T]):
    """``fn``'s answers by argument, kept per process: ``memo[key]`` (or
    the bound ``memo.__getitem__``, which ``map`` and ``filter`` call in C)
    answers a word asked before with one dict lookup. At ``size`` entries it
    starts afresh. A word's verdict costs a dict entry, about 30 bytes,
    where ``functools.lru_cache`` kept a linked node as well, about 80: the
    spelling verdicts of a 4 MB text's 20,000 distinct words cost 6.6 MB
    that way. Threads may both compute a missing answer; both store the same."""

    __slots__ = ("fn", "size")

    def __init__(self, fn: Callable[[K], T], size: int) -> None:
        super().__init__()
        self.fn = fn
        self.size = size

    def __missing__(self, key: K) -> T:
        if len(self) >= self.size:
            self.clear()
        value = self[key] = self.fn(key)
        return value
