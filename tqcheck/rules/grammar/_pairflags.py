"""What ``grammar.wordpairs`` and ``grammar.wordodds`` both read: the
document's words by their numbers in the pair table (``word_ids``) and one
byte of flags per adjacent pair (``pair_flags``), from a joint table of two
bits per pair key kept in the user's cache (``_suspects``). Where the two
rules each tested a set of keys (11.5 MB between them), one pass over a
2.6 MB table serves both, at the same CPU."""

from __future__ import annotations

import operator
from array import array
from itertools import islice, repeat
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


#: a right word's place in its key's byte of the joint table, by the word's number
_SHIFT = tuple((b & 3) << 1 for b in range(1 << bigrams.ID_BITS))
_LOW2 = bytes(v & 3 for v in range(256))
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
        at = map(operator.or_, map(operator.lshift, ids, repeat(bigrams.ID_BITS - 2)),
                 map(operator.rshift, islice(ids, 1, None), repeat(2)))
        got = map(operator.rshift, map(joint.__getitem__, at), map(_SHIFT.__getitem__, islice(ids, 1, None)))
        return bytes(got).translate(_LOW2)
    return doc.memo("bigram-flags", find)



def word_ids(doc, table: bigrams.Pairs) -> array:
    """The document's words by their numbers in ``table`` (``len(table.words)``,
    no word's number, for the rest), 2 bytes a word (a list took 8), made
    once per document: ``grammar.wordodds`` reads them too."""
    return doc.memo("bigram-ids", lambda d: array("H", map(table.ids.get, d.word_keys, repeat(len(table.words)))))
