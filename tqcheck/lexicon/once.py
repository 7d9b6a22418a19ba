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
