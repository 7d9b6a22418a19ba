"""Exclusive CPU time of each document analysis as checks build them.

Shared by ``check_breakdown.py`` and ``fixed_cost.py``: while the context is
open, every ``cached_property`` of the text model and every
``Document.memo``/``memo_with`` computation is timed, and an analysis that
asks for another is charged only its own time (the inner one is subtracted).
Hits on what a document already holds are not timed.
"""

from __future__ import annotations

import time
from collections import Counter
from contextlib import contextmanager
from typing import Any, Iterator

from tqcheck.text import cached
from tqcheck.text.document import Document


def _label(key: Any) -> str:
    name = getattr(key, "__qualname__", key)
    return name if isinstance(name, str) else type(key).__name__


@contextmanager
def timed_analyses() -> Iterator[Counter[str]]:
    """Yield a Counter that fills with nanoseconds of CPU by analysis name."""
    clock = time.process_time_ns
    spent: Counter[str] = Counter()
    stack = [0]

    def timed(name: str, make: Any) -> Any:
        stack.append(0)
        t = clock()
        value = make()
        took = clock() - t
        spent[name] += took - stack.pop()
        stack[-1] += took
        return value

    get, memo, memo_with = cached.cached_property.__get__, Document.memo, Document.memo_with

    def timed_get(self: Any, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        return timed(self.name, lambda: get(self, instance, owner))

    def timed_memo(self: Document, key: Any, compute: Any) -> Any:
        if key in self.__dict__.get("_memo", {}):
            return memo(self, key, compute)
        return timed(f"memo {_label(key)}", lambda: memo(self, key, compute))

    def timed_memo_with(self: Document, key: Any, other: Any, compute: Any) -> Any:
        hit = self.__dict__.get("_memo", {}).get(key)
        if hit is not None and hit[0] is other:
            return hit[1]
        return timed(f"memo_with {_label(key)}", lambda: memo_with(self, key, other, compute))

    cached.cached_property.__get__ = timed_get  # type: ignore[method-assign]
    Document.memo = timed_memo  # type: ignore[method-assign]
    Document.memo_with = timed_memo_with  # type: ignore[method-assign]
    try:
        yield spent
    finally:
        cached.cached_property.__get__ = get  # type: ignore[method-assign]
        Document.memo = memo  # type: ignore[method-assign]
        Document.memo_with = memo_with  # type: ignore[method-assign]
