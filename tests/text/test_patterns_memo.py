"""Tries kept between runs (``text.patterns``): the memo returns the pattern
the builder makes, whatever the order or repetition of the words."""

from __future__ import annotations

import random
import re

from tqcheck import cache
from tqcheck.text import patterns


def _kept(parts, fn=patterns._build):
    return cache.Kept(fn, "tries-test", lambda: parts, size=4096, keep=512, min_new=1)


def _never(key):
    raise AssertionError(f"built again: {key!r}")


def test_memoised_tries_equal_built_ones(tmp_path, monkeypatch):
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(patterns, "_TRIES", _kept(("t",)))
    rng = random.Random(3)
    words = sorted({"".join(rng.choice("abc d") for _ in range(rng.randint(1, 6))).strip() or "x"
                    for _ in range(300)})
    assert len(words) >= patterns.MEMO_FROM
    built = patterns._trie_pattern(sorted(set(words)), r"(?<!\w)")
    shuffled = words * 2
    rng.shuffle(shuffled)
    assert patterns.trie_pattern(shuffled, r"(?<!\w)") == built  # computed, then kept
    assert patterns.trie_pattern(words, r"(?<!\w)") == built  # from the memo
    text = " ".join(rng.choice(words) for _ in range(200))
    assert re.findall(built, text) == re.findall(patterns._trie_pattern(words, r"(?<!\w)"), text)
    patterns._TRIES.save()
    again = _kept(("t",), _never)
    assert again[(r"(?<!\w)", tuple(sorted(set(words))))] == built  # a later process reads it, builds nothing


def test_short_lists_are_not_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("TQCHECK_CACHE_DIR", str(tmp_path))
    memo = _kept(("short",), _never)
    monkeypatch.setattr(patterns, "_TRIES", memo)
    assert patterns.trie_pattern(["Li", "Wang", "Li"]) == patterns._trie_pattern(["Li", "Wang"], "")
    assert not memo and memo._name == ""  # never even loaded
