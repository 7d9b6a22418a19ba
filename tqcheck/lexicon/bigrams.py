"""Counts of common English words and of the word pairs they form, from
SymSpell's lists (package ``symspellpy``: Google Books Ngram counts
intersected with a spelling word list).

The pair list keeps only pairs seen at least 6.4 million times, so a missing
pair says something only where both words are common: among words seen 30
million times or more, 89% of the adjacent pairs in newstest2021's human
references are listed (96% above 100 million, 83% above 10 million). Only
that part is kept: the 2,495 words at or above ``MIN_COUNT``, the 129,000
listed pairs between them and each word's one-letter neighbours among them,
``marshal``-ed into the user's cache (2.3 MB; about 0.03 s of CPU and 15 MB
to load, against 0.35 s and 30 MB for the whole pair list read as text).
"""

from __future__ import annotations

import math
import threading

from ..cache import file_key, package_file, source_key, stored
from ..errors import RuleError
from .dictionary import _edits1

#: a word's count in the unigram list (Google Books) at or above which its
#: missing pairs are evidence
MIN_COUNT = 30_000_000
_UNIGRAMS = "frequency_dictionary_en_82_765.txt"
_BIGRAMS = "frequency_bigramdictionary_en_243_342.txt"

#: 2,495 common words: a number fits in 12 bits, a pair in one int
ID_BITS = 12

_LOCK = threading.Lock()
_STATE: dict[str, "Pairs"] = {}


class Pairs:
    """Plain containers, which a rule walking a whole document reads in C
    (``map(pairs.__contains__, …)``): ``ids`` (common word -> a number below
    ``1 << ID_BITS``, most frequent first), ``words`` and ``counts`` (by
    number), ``pairs`` (``a << ID_BITS | b`` -> count, for the listed pairs of
    common words, the count as ``level``) and ``near`` (by number: the common
    words one edit away). Numbers, not strings or tuples: loading 129,000
    int keys costs 0.03 s and a few MB, tuples of words 0.075 s and 19 MB."""

    __slots__ = ("ids", "words", "counts", "pairs", "near")

    def __init__(self, words: list[str], counts: list[int], pairs: dict[int, int],
                 near: list[tuple[int, ...]]) -> None:
        self.words = words
        self.ids = {w: i for i, w in enumerate(words)}
        self.counts = counts
        self.pairs = pairs
        self.near = near

    def __contains__(self, word: object) -> bool:
        return word in self.ids

    def count(self, word: str) -> int:
        i = self.ids.get(word)
        return 0 if i is None else self.counts[i]

    def pair(self, a: str, b: str) -> float:
        i, j = self.ids.get(a), self.ids.get(b)
        return 0 if i is None or j is None else unlevel(self.pairs.get(i << ID_BITS | j, 0))


def level(count: int) -> int:
    """A pair's count on a scale of 0-255, steps of 4.4% (``count`` at least
    a million): Python shares the objects of numbers up to 256, so 129,000
    values cost no memory (4 MB as counts)."""
    return max(1, min(255, round(16 * math.log2(count / 1e6))))


def unlevel(lvl: int) -> float:
    """The count a ``level`` stands for (0 for 0: no pair)."""
    return 1e6 * 2 ** (lvl / 16) if lvl else 0.0


def pairs() -> Pairs:
    """The table, loaded once per process on first use."""
    p = _STATE.get("pairs")
    if p is None:
        with _LOCK:
            p = _STATE.get("pairs")
            if p is None:
                p = _STATE["pairs"] = _load()
    return p


def _load() -> Pairs:
    uni, bi = package_file("symspellpy", _UNIGRAMS), package_file("symspellpy", _BIGRAMS)
    if uni is None or bi is None or not uni.exists() or not bi.exists():
        raise RuleError("the word-pair counts (package symspellpy) are not installed")
    parts = (source_key(__file__), file_key(uni), file_key(bi))
    words, counts, table, near = stored("bigrams", parts, lambda: _build(str(uni), str(bi)))
    return Pairs(words, counts, table, near)


def _build(uni: str, bi: str) -> tuple[list[str], list[int], dict[int, int], list[tuple[int, ...]]]:
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
    near = [tuple(sorted({ids[e] for e in _edits1(w) if e != w and e in ids})) for _, w in common]
    return [w for _, w in common], [-n for n, _ in common], table, near
