"""``cached_property`` without the lock Python 3.11 puts around it.

``functools.cached_property`` in Python 3.8-3.11 computes under one lock per
property, shared by every instance: each first read takes and releases an
``RLock`` in Python code around the computation. A document's model is
dozens of such properties, read once each per document; on a batch of short
segments the lock was a few percent of a segment's check (Python 3.12
dropped it for that reason). A document is read by one thread, so the value
is computed without it and stored in the instance's ``__dict__``, which
later reads find before the descriptor, as with ``functools``.
"""

from __future__ import annotations

from typing import Any, Callable, Generic, TypeVar, overload

_T = TypeVar("_T")


class cached_property(Generic[_T]):  # noqa: N801 - the name of what it replaces
    __slots__ = ("func", "name", "__doc__")

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[_T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value
