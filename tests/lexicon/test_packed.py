"""The packed word map (``tqcheck.lexicon.packed``): every key found with its
value, no other key found, and a damaged buffer refused."""

from __future__ import annotations

import pytest

from tqcheck.lexicon.packed import Packed, pack, valid


def test_every_key_and_only_those():
    items = [(f"w{i}", str(i).encode()) for i in range(3000)] + [("", b"empty key"), ("naïve", b"x"), ("北京", b"y")]
    p = Packed(pack(items))
    assert len(p) == len(items)
    for k, v in items:
        assert p.raw(k) == v and k in p
    for k in ("w3000", "w", "naive", "北", "\ud800", "W1"):
        assert p.raw(k) is None and k not in p
    assert list(p.entries()) == items
    assert 3 not in p


def test_an_empty_map():
    p = Packed(pack([]))
    assert len(p) == 0 and p.raw("a") is None and list(p.entries()) == []


def test_damaged_buffers_are_refused():
    buf = pack([("a", b"1"), ("b", b"2")])
    assert valid(buf)
    for bad in (b"", b"\x00" * 12, buf[:-1], buf + b"\x00", b"garbage" * 10):
        assert not valid(bad)
        with pytest.raises(ValueError):
            Packed(bad)


def test_a_damaged_table_with_no_empty_slot_or_wild_offsets_answers_not_found():
    from array import array

    buf = bytearray(pack([(f"w{i}", b"v") for i in range(8)]))
    size = array("I", bytes(buf[:12]))[0]
    slots = array("I", bytes(buf[12:12 + 4 * size]))
    taken = next(x for x in slots if x)
    full = array("I", [x or taken for x in slots])  # every slot taken: a lookup would never stop
    p = Packed(bytes(buf[:12]) + full.tobytes() + bytes(buf[12 + 4 * size:]))
    assert p.raw("missing") is None and p.raw("w0") == b"v"
    wild = array("I", [x or len(buf) + 100 for x in slots])  # offsets past the end
    p = Packed(bytes(buf[:12]) + wild.tobytes() + bytes(buf[12 + 4 * size:]))
    assert p.raw("missing") is None


def test_overlong_entries_are_refused():
    with pytest.raises(ValueError):
        pack([("a", b"x" * 70_000)])
