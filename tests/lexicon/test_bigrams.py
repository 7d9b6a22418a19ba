"""The pair table keeps only common words and the listed pairs between them,
is built once into the user's cache as raw bytes, and a damaged or cut-short
cache file is built again rather than read."""

import pytest

from tqcheck.lexicon import bigrams

# a table small enough to build in no time: words by number, pairs by key
_WORDS = ["the", "of", "a", "bit", "but"]
_PAIRS = {0 << 12 | 1: 200, 1 << 12 | 0: 180, 2 << 12 | 3: 90, 4 << 12 | 0: 40}
_NEAR = ((), (), (), (4,), (3,))


def test_common_words_and_their_listed_pairs():
    table = bigrams.pairs()
    assert "the" in table and table.count("the") > table.count("time") >= bigrams.MIN_COUNT
    assert table.pair("a", "bit") > 0 and table.pair("a", "but") == 0
    assert "tome" not in table and table.count("tome") == 0  # rare: its missing pairs prove nothing
    assert table.pair("of", "tome") == 0


def test_a_documents_pairs_at_once_answer_as_one_at_a_time(monkeypatch):
    table = bigrams.pairs()
    rare = len(table.words)  # a word outside the table, as the rules number it
    words = "of the of a bit a but and".split()
    ids = [table.ids[w] for w in words] + [rare, table.ids["the"], rare, 0, len(table.words) - 1]
    one_by_one = bytes(table.level(a << bigrams.ID_BITS | b) > 0 for a, b in zip(ids, ids[1:]))
    assert one_by_one[:7] == b"\1\1\1\1\0\0\0" and one_by_one[8:10] == b"\0\0"
    assert table.adjacent(ids) == one_by_one  # a binary search each
    monkeypatch.setattr(bigrams, "_SET_AFTER", 0)
    fresh = bigrams.Pairs(table.words, table.counts, table.near, table._keys, table._levels)
    assert fresh.adjacent(ids) == one_by_one  # a bitmap of the keys, built once
    assert fresh._bits is not None and fresh.adjacent(ids) == one_by_one
    assert fresh.adjacent(ids[:1]) == b""
    keys = [a << bigrams.ID_BITS | b for a, b in zip(ids, ids[1:])]
    assert [fresh.level(k) for k in keys] == [table.level(k) for k in keys]


@pytest.fixture
def small(tmp_path, monkeypatch):
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    builds = []

    def build(uni, bi):
        builds.append(1)
        return list(_WORDS), [90, 80, 70, 60, 50], dict(_PAIRS), _NEAR

    monkeypatch.setattr(bigrams, "_build", build)
    return tmp_path, builds


def _answers(table):
    return [table.pair(a, b) > 0 for a in _WORDS for b in _WORDS], list(table.items()), table.near, table.count("bit")


def test_built_table_is_mapped_from_the_cache_on_the_next_run(small):
    folder, builds = small
    first = bigrams._load()
    (path,) = folder.glob("bigrams-*.bin")
    again = bigrams._load()
    assert len(builds) == 1 and isinstance(again._keys, memoryview)
    assert _answers(again) == _answers(first)
    assert again.level(0 << 12 | 1) == 200 and again.level(1 << 12 | 2) == 0
    assert list(again.items()) == sorted(_PAIRS.items())


@pytest.mark.parametrize("damage", ["cut", "empty", "header", "words", "keys", "garbage"])
def test_a_damaged_or_cut_short_file_is_built_again(small, damage):
    folder, builds = small
    good = _answers(bigrams._load())
    (path,) = folder.glob("bigrams-*.bin")
    data = bytearray(path.read_bytes())
    if damage == "cut":
        data = data[:-7]
    elif damage == "empty":
        data = bytearray()
    elif damage == "header":
        data[4] ^= 0xFF  # the number of pairs
    elif damage == "words":
        data[-20:] = b"\xff" * 20  # the marshal-ed words and neighbours
    elif damage == "keys":
        data[16:20] = b"\xff\xff\xff\xff"  # the first key above the last
    else:
        data = bytearray(b"\x00garbage" * (len(data) // 8))
    path.write_bytes(bytes(data))
    assert _answers(bigrams._load()) == good
    assert len(builds) == 2
    bigrams._load()  # and the file written again is whole
    assert len(builds) == 2
