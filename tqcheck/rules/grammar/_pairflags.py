"""What ``grammar.wordpairs`` and ``grammar.wordodds`` both read: the
document's words by their numbers in the pair table (``word_ids``) and one
byte of flags per adjacent pair (``pair_flags``), from a joint table of two
bits per pair key kept in the user's cache (``_suspects``). Where the two
rules each tested a set of keys (11.5 MB between them), one pass over a
2.6 MB table serves both, at the same CPU."""

from __future__ import annotations

import operator
import sys
from array import array
from itertools import repeat
from typing import Union

from ... import cache
from ...lexicon import bigrams
from ...lexicon.once import Once

#: an unlisted pair counts as this many occurrences (half the list's floor
#: of 6.4 million): the most it could have while still missing
_MISSING = 3_200_000
#: ``grammar.wordodds``: each side must favour the neighbour by this factor
ODDS_SIDE = 4.0

_LOADED = Once()

Table = Union[bytes, memoryview]


def _suspects() -> tuple[Table, Table]:
    """``(joint, right)``. ``joint`` has two bits per pair key (``_flags``):
    the pair is listed (1), and some neighbour of ``w`` is at least ``ODDS_SIDE``
    times as likely as ``w`` after ``p`` (2, key ``p << ID_BITS | w``: about
    71,000 keys). ``right``, a bitmap (``bigrams.bitmap``), holds the keys
    ``w << ID_BITS | n`` before which one is (about 76,000). Both have a row
    for the words outside the table (``word_ids``), all clear. Built once
    into the user's cache and mapped, not read: a check costs the pages it
    touches, and no copy is made."""
    def load() -> tuple[Table, Table]:
        rows = len(bigrams.pairs().words) + 1
        size = rows << (bigrams.ID_BITS - 2)
        buf = cache.mapped("wordodds", (cache.source_key(__file__), cache.source_key(bigrams.__file__),
                                        bigrams.LAYOUT), _build, lambda b: len(b) == size + size // 2)
        view = memoryview(buf)
        return view[:size], view[size:]
    return _LOADED.get("suspects", load)


def _build() -> bytes:
    table = bigrams.pairs()
    shift, counts, near = bigrams.ID_BITS, table.counts, table.near
    mask = (1 << shift) - 1
    listed = {k: bigrams.unlevel(v) for k, v in table.items()}
    left, right = set(), set()
    for key, count in listed.items():
        a, b = key >> shift, key & mask
        ua, ub = counts[a], counts[b]
        for w in near[b]:  # "a b" against "a w"
            if count * counts[w] >= ODDS_SIDE * ub * listed.get(a << shift | w, _MISSING):
                left.add(a << shift | w)
        for w in near[a]:  # "a b" against "w b"
            if count * counts[w] >= ODDS_SIDE * ua * listed.get(w << shift | b, _MISSING):
                right.add(w << shift | b)
    rows = len(table.words) + 1
    joint = bytearray(rows << (shift - 2))
    for flag, keys in ((1, listed), (2, left)):
        for k in keys:
            joint[k >> 2] |= flag << ((k & 3) << 1)
    return bytes(joint) + bigrams.bitmap(sorted(right), rows)


#: bytes.translate tables: a pair's flags -> not listed, -> suspect on its left
UNLISTED = bytes(1 - (v & 1) for v in range(256))
_LEFT = bytes(v >> 1 & 1 for v in range(256))


def pair_flags(doc, table: bigrams.Pairs) -> bytes:
    """One byte per adjacent pair of words, its two bits from the joint
    table (``_suspects``): ``grammar.wordpairs`` reads the first,
    ``grammar.wordodds`` the second. Made once per document, in C: where two sets of keys were
    tested one after the other (11.5 MB), one pass over a 2.6 MB table."""
    def find(d) -> bytes:
        ids = word_ids(d, table)
        joint = _suspects()[0]
        return b"".join(flags(ids[s:s + _PIECE + 1], joint) for s in range(0, len(ids) - 1, _PIECE))
    return doc.memo("bigram-flags", find)


#: words per piece of ``flags``: its integers stay small (a few hundred kB)
_PIECE = 1 << 16
#: ``bytes.translate`` tables for ``flags``
_CLEAR2 = bytes(v & 0xFC for v in range(256))
_LOW2 = bytes(v & 3 for v in range(256))
_PART = tuple(bytes(v >> (2 * k) & 3 for v in range(256)) for k in range(4))
_IS = tuple(bytes(0xFF if v == k else 0 for v in range(256)) for k in range(4))
_NATIVE = sys.byteorder == "little"


def flags(ids: array, joint: Table) -> bytes:
    """``pair_flags`` of the pairs of neighbours of ``ids`` (2-byte word
    numbers): byte ``j`` is ``joint[key >> 2] >> (key & 3) * 2 & 3`` for the
    pair key ``ids[j] << ID_BITS | ids[j + 1]``.

    Where a chain of six maps made each byte (35 ms per MB), whole runs of
    numbers are worked on at once, as 4-byte lanes of one integer (a shift,
    a mask and an or make every pair's byte offset in the table) and as
    bytes (translated for the two bits, selected by the right word's low
    bits); only the table lookup is made one pair at a time (13 ms per MB)."""
    raw = ids.tobytes()
    low, high = (raw[0::2], raw[1::2]) if _NATIVE else (raw[1::2], raw[0::2])
    m = len(ids) - 1
    # lane j: ids[j] << (ID_BITS - 2) | ids[j + 1] >> 2 (the right number's
    # two low bits cleared first, so that no bit crosses into the lane below)
    left = _lanes(low[:m], high[:m]) << (bigrams.ID_BITS - 2)
    right = _lanes(low[1:].translate(_CLEAR2), high[1:]) >> 2
    at = array("I")
    at.frombytes((left | right).to_bytes(4 * m, "little"))
    if not _NATIVE:
        at.byteswap()
    got = bytes(operator.itemgetter(*at.tolist())(joint)) if m > 1 else bytes(map(joint.__getitem__, at))
    # the pair's two bits sit where the right number's two low bits say
    shift = low[1:].translate(_LOW2)
    out = 0
    for k in range(4):
        out |= int.from_bytes(got.translate(_PART[k]), "little") & int.from_bytes(shift.translate(_IS[k]), "little")
    return out.to_bytes(m, "little")


def _lanes(low: bytes, high: bytes) -> int:
    """The numbers whose low and high bytes these are, as 4-byte lanes of one integer (little-endian)."""
    buf = bytearray(4 * len(low))
    buf[0::4] = low
    buf[1::4] = high
    return int.from_bytes(buf, "little")


def word_ids(doc, table: bigrams.Pairs) -> array:
    """The document's words by their numbers in ``table`` (``len(table.words)``,
    no word's number, for the rest), 2 bytes a word (a list took 8), made
    once per document: ``grammar.wordodds`` reads them too."""
    return doc.memo("bigram-ids", lambda d: array("H", map(table.ids.get, d.word_keys, repeat(len(table.words)))))
