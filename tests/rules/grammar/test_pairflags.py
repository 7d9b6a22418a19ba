"""``_pairflags.flags``, worked on runs of word numbers at once, gives each
pair the two bits a lookup per pair gives."""

from __future__ import annotations

import random
from array import array

from tqcheck.lexicon import bigrams
from tqcheck.rules.grammar._pairflags import flags, pair_flags, word_ids
from tqcheck.text import Document


def _each(ids, joint) -> bytes:
    shift = bigrams.ID_BITS
    return bytes(joint[(p << shift | w) >> 2] >> ((w & 3) << 1) & 3 for p, w in zip(ids, ids[1:]))


def test_flags_equal_a_lookup_per_pair():
    rng = random.Random(3)
    rows = 1 << bigrams.ID_BITS
    joint = bytes(rng.randrange(256) for _ in range(rows << (bigrams.ID_BITS - 2)))
    for n in (2, 3, 5, 64, 1000):
        for _ in range(20):
            edge = [0, 1, 2, 3, 4, 255, 256, 1023, 1024, rows - 4, rows - 1]
            ids = array("H", (rng.choice(edge) if rng.random() < 0.4 else rng.randrange(rows) for _ in range(n)))
            assert flags(ids, joint) == _each(ids, joint)
            assert flags(ids, memoryview(joint)) == _each(ids, joint)


def test_a_document_s_flags_are_made_a_piece_at_a_time(monkeypatch):
    from tqcheck.rules.grammar import _pairflags

    text = "So I confused things a but and it was Kai. We did an analysis if rock samples. " * 40
    table = bigrams.pairs()
    joint = _pairflags._suspects()[0]
    want = _each(word_ids(Document(text), table), joint)
    assert want.count(0) < len(want)  # some pairs are listed
    for piece in (1, 2, 7, 1 << 16):
        monkeypatch.setattr(_pairflags, "_PIECE", piece)
        assert pair_flags(Document(text), table) == want
    assert pair_flags(Document("One"), table) == b"" and pair_flags(Document(""), table) == b""
