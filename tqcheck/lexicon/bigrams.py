"""Counts of common English words and of the word pairs they form, from
SymSpell's lists (package ``symspellpy``: Google Books Ngram counts
intersected with a spelling word list).

The pair list keeps only pairs seen at least 6.4 million times, so a missing
pair says something only where both words are common: among words seen 30
million times or more, 89% of the adjacent pairs in newstest2021's human
references are listed (96% above 100 million, 83% above 10 million). Only
that part is kept: the 2,495 words at or above ``MIN_COUNT``, the 129,000
listed pairs between them and each word's one-letter neighbours among them.

Every one-file ``tqcheck check`` runs the rule that reads this, so loading
must cost next to nothing: the pairs are not a ``dict`` (129,000 int keys:
0.03 s of CPU and 10-15 MB per process) but a sorted array of keys and one
of levels, laid out as raw bytes in the user's cache and mapped into memory
(``tqcheck.cache.mapped``), searched with ``bisect``. A run that asks about
many pairs (a long document, a batch) builds a bitmap of the keys once
(``bitmap``: a bit per possible pair, 1.3 MB, where a ``set`` of the keys
held 7.5 MB), tested a document at a time in C (``members``).

Layout (native byte order, like ``tqcheck.lexicon.packed``): a header of
four 32-bit words (a magic number, the number of pairs ``n``, the length of
the word part and of the whole buffer), the ``n`` keys in increasing order
(32 bits each), their ``n`` levels (a byte each), then the words, their
counts and their neighbours, ``marshal``-ed.
"""

from __future__ import annotations

import marshal
import math
import mmap
import operator
import sys
from array import array
from bisect import bisect_left
from itertools import islice, repeat
from typing import Iterable, Iterator, Sequence

from ..cache import file_key, mapped, package_file, source_key
from ..errors import RuleError
from .dictionary import _edits1
from .once import Once

#: a word's count in the unigram list (Google Books) at or above which its
#: missing pairs are evidence
MIN_COUNT = 30_000_000
_UNIGRAMS = "frequency_dictionary_en_82_765.txt"
_BIGRAMS = "frequency_bigramdictionary_en_243_342.txt"

#: 2,495 common words: a number fits in 12 bits, a pair in one int
ID_BITS = 12

_MAGIC = 0x42494731  # "BIG1"
_HEADER = 16
#: part of the cache key: the layout and the byte order it was written in
LAYOUT = f"bigrams-1-{sys.byteorder}"
#: pair tests after which a run builds a bitmap of the keys: a binary
#: search costs about 0.5 us more than a bitmap's test, the bitmap a few ms
_SET_AFTER = 20_000

_LOADED = Once()

Near = tuple[tuple[int, ...], ...]


class Pairs:
    """``ids`` (common word -> a number below ``1 << ID_BITS``, most
    frequent first), ``words`` and ``counts`` (by number), ``near`` (by
    number: the common words one edit away) and the listed pairs of common
    words, keyed ``a << ID_BITS | b``: ``adjacent`` tests a document's pairs and
    ``level`` gives one pair's count as a ``level``."""

    __slots__ = ("ids", "words", "counts", "near", "_keys", "_levels", "_bits", "_asked")

    def __init__(self, words: list[str], counts: list[int], near: Near,
                 keys: Sequence[int], levels: Sequence[int]) -> None:
        self.words = words
        self.ids = {w: i for i, w in enumerate(words)}
        self.counts = counts
        self.near = near
        self._keys = keys  # sorted
        self._levels = levels
        self._bits: bytes | None = None
        self._asked = 0

    def __contains__(self, word: object) -> bool:
        return word in self.ids

    def __len__(self) -> int:
        return len(self._keys)

    def count(self, word: str) -> int:
        i = self.ids.get(word)
        return 0 if i is None else self.counts[i]

    def pair(self, a: str, b: str) -> float:
        i, j = self.ids.get(a), self.ids.get(b)
        return 0 if i is None or j is None else unlevel(self.level(i << ID_BITS | j))

    def level(self, key: int) -> int:
        """The level of the pair ``key`` (0: not listed)."""
        keys = self._keys
        bits = self._bits
        if bits is not None and not has(bits, key):
            return 0
        i = bisect_left(keys, key)
        return self._levels[i] if i < len(keys) and keys[i] == key else 0

    def adjacent(self, ids: list[int]) -> bytes:
        """For word numbers ``ids`` (``len(words)`` for a word outside the
        table), one byte per adjacent pair: 1 if that
        pair is listed, else 0. In C either way, and a long document's keys
        are never all held at once (a list of them cost 6 MB per MB)."""
        bits = self._bits
        if bits is None:
            self._asked += len(ids)
            if self._asked < _SET_AFTER:
                keys = map(operator.or_, map(operator.lshift, ids, repeat(ID_BITS)), islice(ids, 1, None))
                return self._searched(list(keys))
            bits = self._bits = bitmap(self._keys, len(self.words) + 1)
        return members(bits, ids)

    def _searched(self, keys: list[int]) -> bytes:
        table = self._keys
        at = map(min, map(bisect_left, repeat(table), keys), repeat(len(table) - 1))
        return bytes(map(operator.eq, map(table.__getitem__, at), keys))

    def items(self) -> Iterator[tuple[int, int]]:
        """Every listed pair's key and level, keys in increasing order."""
        return zip(self._keys, self._levels)


def bitmap(keys: Iterable[int], rows: int) -> bytes:
    """Pair keys (both words below ``rows``) as a bitmap: bit ``k & 7`` of
    byte ``k >> 3`` is set for key ``k``; ``rows << ID_BITS`` bits. Give
    ``rows`` one more than the words, so that a word outside the table can
    be numbered ``len(words)`` and its pairs tested too (none is set)."""
    bits = bytearray(rows << (ID_BITS - 3))
    for k in keys:
        bits[k >> 3] |= 1 << (k & 7)
    return bytes(bits)


def has(bits: bytes | memoryview, key: int) -> bool:
    """Key ``key`` is in ``bits`` (made by ``bitmap``); a key past its end
    is not."""
    i = key >> 3
    return i < len(bits) and bool(bits[i] >> (key & 7) & 1)


def members(bits: bytes, ids: Sequence[int]) -> bytes:
    """For word numbers ``ids`` (each below the bitmap's rows), one byte
    per adjacent pair: 1 if its key is in ``bits`` (made by ``bitmap``),
    else 0. In C: the byte of key ``a << ID_BITS | b`` is ``a << (ID_BITS -
    3) | b >> 3``, its bit ``_BIT[b]``; no key is ever made."""
    rights = islice(ids, 1, None)
    at = map(operator.or_, map(operator.lshift, ids, repeat(ID_BITS - 3)), map(operator.rshift, rights, repeat(3)))
    got = map(operator.and_, map(bits.__getitem__, at), map(_BIT.__getitem__, islice(ids, 1, None)))
    return bytes(got).translate(_ONE)


#: a right word's bit in its key's byte, by the word's number
_BIT = tuple(1 << (b & 7) for b in range(1 << ID_BITS))
#: bytes.translate table: any bit set -> 1
_ONE = bytes((0,)) + bytes((1,)) * 255


def level(count: int) -> int:
    """A pair's count on a scale of 0-255, steps of 4.4% (``count`` at least
    a million): a byte each."""
    return max(1, min(255, round(16 * math.log2(count / 1e6))))


def unlevel(lvl: int) -> float:
    """The count a ``level`` stands for (0 for 0: no pair)."""
    return 1e6 * 2 ** (lvl / 16) if lvl else 0.0


def pairs() -> Pairs:
    """The table, loaded once per process on first use."""
    return _LOADED.get("pairs", _load)


def _load() -> Pairs:
    uni, bi = package_file("symspellpy", _UNIGRAMS), package_file("symspellpy", _BIGRAMS)
    if uni is None or bi is None or not uni.exists() or not bi.exists():
        raise RuleError("the word-pair counts (package symspellpy) are not installed")
    parts = (LAYOUT, source_key(__file__), file_key(uni), file_key(bi))
    found: list[Pairs] = []

    def valid(buf: bytes | mmap.mmap) -> bool:
        try:
            found.append(_open(buf))
        except (ValueError, EOFError, TypeError):
            return False
        return True

    buf = mapped("bigrams", parts, lambda: _pack(*_build(str(uni), str(bi))), valid)
    return found[0] if found else _open(buf)


def _pack(words: list[str], counts: list[int], table: dict[int, int], near: Near) -> bytes:
    keys = array("I", sorted(table))
    levels = array("B", map(table.__getitem__, keys))
    meta = marshal.dumps((words, counts, near))
    total = _HEADER + 5 * len(keys) + len(meta)
    return array("I", (_MAGIC, len(keys), len(meta), total)).tobytes() + keys.tobytes() + levels.tobytes() + meta


def _open(buf: bytes | mmap.mmap) -> Pairs:
    """The table in ``buf`` (made by ``_pack``); ValueError, EOFError or
    TypeError if ``buf`` is not whole. Keys and levels are read where they
    lie, not copied: a short check touches a few pages of them."""
    if len(buf) < _HEADER:
        raise ValueError("not a pair table")
    magic, n, m, total = array("I", buf[:_HEADER])
    if magic != _MAGIC or total != len(buf) or _HEADER + 5 * n + m != total:
        raise ValueError("not a pair table")
    view = memoryview(buf)
    keys = view[_HEADER:_HEADER + 4 * n].cast("I")
    levels = view[_HEADER + 4 * n:_HEADER + 5 * n]
    words, counts, near = marshal.loads(view[_HEADER + 5 * n:])
    if not (isinstance(words, list) and isinstance(counts, list) and isinstance(near, tuple)
            and len(words) == len(counts) == len(near) < 1 << ID_BITS and all(map(str.__instancecheck__, words))):
        raise ValueError("not a pair table")
    # a damaged file of the right length: the ends of the key order are
    # checked (a lookup past a torn middle answers wrongly, never raises)
    if not n or keys[0] > keys[-1] or keys[-1] >> ID_BITS >= len(words):
        raise ValueError("not a pair table")
    return Pairs(words, counts, near, keys, levels)


def _build(uni: str, bi: str) -> tuple[list[str], list[int], dict[int, int], Near]:
    common: list[tuple[int, str]] = []
    with open(uni, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 2 and parts[0].isalpha() and int(parts[1]) >= MIN_COUNT:
                common.append((-int(parts[1]), parts[0]))
    common.sort()
    if len(common) >= 1 << ID_BITS:
        raise RuleError("the word-pair counts list more common words than expected")
    ids = {w: i for i, (_, w) in enumerate(common)}
    table: dict[int, int] = {}
    with open(bi, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                i, j = ids.get(parts[0]), ids.get(parts[1])
                if i is not None and j is not None:
                    table[i << ID_BITS | j] = level(int(parts[2]))
    near = tuple(tuple(sorted({ids[e] for e in _edits1(w) if e != w and e in ids})) for _, w in common)
    return [w for _, w in common], [-n for n, _ in common], table, near
