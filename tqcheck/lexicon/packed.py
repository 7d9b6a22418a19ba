"""A read-only map from words to short byte strings, looked up in place.

The frequency list (160,000 words) and the tag table (83,000) are asked
about a few hundred words per check of a short text, but turning either
into a ``dict`` makes every one of its words a Python object: 0.03-0.05 s
per process, most of what a one-file ``tqcheck check`` paid for them.
``pack`` lays a map out as one ``bytes`` value (kept in the user's cache by
``tqcheck.cache.mapped`` and mapped into memory, not read) holding an
open-addressing hash table keyed by CRC-32 of the word's UTF-8, so a lookup
touches a page or two and decodes only the entry it finds.

Layout (native byte order: the file never leaves the machine that wrote
it, and the cache key includes the byte order): a header of three 32-bit
words (the number of slots, a power of two, the number of entries and the
length of the whole buffer, which tells a damaged file from a whole one),
then one 32-bit slot per hash bucket holding the offset of its entry in the
whole buffer (0 for an empty slot), then the entries, each the key's length
(2 bytes), the key, the value's length (2 bytes) and the value.
"""

from __future__ import annotations

import mmap
import sys
from array import array
from typing import Iterable, Iterator
from zlib import crc32

_HEADER = 12


def pack(items: Iterable[tuple[str, bytes]]) -> bytes:
    """The packed form of ``items`` (distinct keys; keys and values under
    65,536 bytes each)."""
    entries = [(k.encode("utf-8", "surrogatepass"), v) for k, v in items]
    size = 16
    while size < 2 * len(entries):  # at most half full: probes stay short
        size *= 2
    mask = size - 1
    slots = array("I", bytes(4 * size))
    body = bytearray()
    start = _HEADER + 4 * size
    for key, value in entries:
        if len(key) > 0xFFFF or len(value) > 0xFFFF:
            raise ValueError("key or value too long to pack")
        i = crc32(key) & mask
        while slots[i]:
            i = (i + 1) & mask
        slots[i] = start + len(body)
        body += len(key).to_bytes(2, "little") + key + len(value).to_bytes(2, "little") + value
    if start + len(body) > 0xFFFFFFFF:
        raise ValueError("too large to pack")
    header = array("I", (size, len(entries), start + len(body)))
    return header.tobytes() + slots.tobytes() + bytes(body)


def valid(buf: bytes | mmap.mmap) -> bool:
    """Whether ``buf`` looks whole (``tqcheck.cache.mapped`` builds a
    damaged file again)."""
    try:
        Packed(buf)
    except ValueError:
        return False
    return True


class Packed:
    """Lookups in a buffer made by ``pack`` (see the module's docstring)."""

    __slots__ = ("_buf", "_slots", "_mask", "_len")

    def __init__(self, buf: bytes | mmap.mmap) -> None:
        if len(buf) < _HEADER:
            raise ValueError("not a packed map")
        size, self._len, total = array("I", buf[:_HEADER])
        if not size or size & (size - 1) or total != len(buf) or total < _HEADER + 4 * size:
            raise ValueError("not a packed map")
        self._buf = buf
        self._slots = memoryview(buf)[_HEADER:_HEADER + 4 * size].cast("I")
        self._mask = size - 1

    def raw(self, key: str) -> bytes | None:
        """The value stored under ``key``, or None."""
        k = key.encode("utf-8", "surrogatepass")
        n = len(k)
        buf, slots, mask = self._buf, self._slots, self._mask
        end = len(buf) - 2
        i = crc32(k) & mask
        # at most one pass over the slots, and no offset past the end: a
        # damaged file whose header still looks whole answers "not found"
        # rather than looping or raising in the middle of a check
        for _ in range(mask + 1):
            at = slots[i]
            if not at or at > end:
                return None
            if buf[at] | buf[at + 1] << 8 == n and buf[at + 2:at + 2 + n] == k:
                at += 2 + n
                return buf[at + 2:at + 2 + (buf[at] | buf[at + 1] << 8)] if at <= end else None
            i = (i + 1) & mask
        return None

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.raw(key) is not None

    def __len__(self) -> int:
        return self._len

    def entries(self) -> Iterator[tuple[str, bytes]]:
        """Every key and value, in the order they were packed."""
        buf = self._buf
        at = _HEADER + 4 * (self._mask + 1)
        end = len(buf)
        while at < end:
            n = buf[at] | buf[at + 1] << 8
            key = buf[at + 2:at + 2 + n].decode("utf-8", "surrogatepass")
            at += 2 + n
            m = buf[at] | buf[at + 1] << 8
            yield key, buf[at + 2:at + 2 + m]
            at += 2 + m


#: part of the cache key of every packed file
LAYOUT = f"packed-1-{sys.byteorder}"
