"""One name spelled two ways: ``Zhang Wei`` beside ``Zhang Wai``,
``Antonio Costa`` beside ``António Costa``.

Two-word names that share one word and differ in the other by accents or
by one letter (changed, swapped, or added inside the word: ``Jinping``/
``Jingping``). A letter added at the end is another word (``Korea``/
``Korean``), and two forms each used more than once are two people.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter
from itertools import compress
from typing import Hashable, Iterator, TypeVar

from ...rule import bad, custom, good
from ...text.capitals import NamePairs
from ...text.patterns import fold, trie_pattern
from .._prose import FUNCTION_WORDS
from ._vote import Occurrence, minority


_F = TypeVar("_F", bound=Hashable)

#: names recur across a document and across the documents a server checks
_fold = lru_cache(maxsize=1 << 16)(fold)


def similar(x: str, y: str) -> bool:
    if x == y or abs(len(x) - len(y)) > 1:
        return False  # folding keeps lengths, so it cannot join these either
    if _fold(x) == _fold(y):
        return True
    if min(len(x), len(y)) < 3:
        return False
    if len(x) == len(y):
        diff = [i for i in range(len(x)) if x[i] != y[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]
    if abs(len(x) - len(y)) != 1:
        return False
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return i < len(short) and long_[:i] + long_[i + 1:] == short


def _keys(w: str) -> list[tuple]:
    """The keys two words share when ``similar`` may join them by accents,
    one changed letter or two swapped neighbours: words with the same key
    are similar to each other, all of them, so a group of them needs no
    comparison of each pair. A list made by comprehensions, not a
    generator: a long text's large groups ask for tens of thousands of keys."""
    keys: list[tuple] = [(_fold(w),)]
    if len(w) >= 3:
        keys += [(i, w[:i] + w[i + 1:]) for i in range(len(w))]
        keys += [(i, w[:i] + w[i + 2:], a + b if a < b else b + a)
                 for i, a, b in zip(range(len(w) - 1), w, w[1:]) if a != b]
    return keys


def fold_key(w: str) -> str:
    return _fold(w)


#: groups up to this size are compared pair by pair
_SMALL_GROUP = 12


def similar_pairs(words: dict[str, _F], counts: dict[_F, int]) -> Iterator[tuple[_F, _F]]:
    """Pairs of ``words``' values to join: their words are ``similar`` and
    not both used more than once (two forms each used more than once are two
    people). Joined pairs, not every such pair: what they connect is what
    every such pair connects. Found through shared keys, in time linear in
    the words' letters, where comparing each pair cost the square of a
    group's size (a first name shared by thousands of names in a long text).
    A small group is cheaper compared pair by pair: most are small."""
    if len(words) <= _SMALL_GROUP:
        items = sorted(words.items(), key=lambda kv: len(kv[0]))
        for j, (x, u) in enumerate(items):
            for y, v in items[j + 1:]:
                if len(y) > len(x) + 1:
                    break  # never similar, nor any longer word
                if not (counts[u] > 1 and counts[v] > 1) and similar(x, y):
                    yield u, v
        return
    buckets: dict[tuple, list[_F]] = {}
    bucket = buckets.setdefault
    for w, v in words.items():
        for key in _keys(w):
            bucket(key, []).append(v)
    for members in buckets.values():
        if len(members) < 2:
            continue
        # all similar to each other: a form used once joins every other, so
        # one such form connects the bucket; without one, nothing is joined
        once = next((v for v in members if counts[v] <= 1), None)
        if once is not None:
            for v in members:
                if v is not once:
                    yield once, v
    # a letter added inside a word ("Jingping"), not at its end ("Korean")
    for w, v in words.items():
        if len(w) < 4:
            continue
        for i in range(len(w) - 1):
            shorter = w[:i] + w[i + 1:]
            if shorter in words and not w.startswith(shorter):
                u = words[shorter]
                if not (counts[u] > 1 and counts[v] > 1):
                    yield u, v


def name_pairs(doc) -> NamePairs:
    """(start, first word, second word) of each two name words one space
    apart (``NAME_PAIR``), read from the document's table of capitalised
    words once per document: the names and titles rules both read them."""
    return doc.capitalised.name_pairs()


def _occurrences(unit):
    rows = name_pairs(unit.target)
    # how often each pair of words occurs, counted in C; places only for those grouped below
    counts = Counter(zip(rows.firsts, rows.seconds))
    pairs = {f: n for f, n in counts.items()
             if f[0].lower() not in FUNCTION_WORDS and f[1].lower() not in FUNCTION_WORDS}
    by_first: dict[str, list[tuple[str, str]]] = {}
    by_second: dict[str, list[tuple[str, str]]] = {}
    for form in pairs:
        by_first.setdefault(form[0], []).append(form)
        by_second.setdefault(form[1], []).append(form)
    parent = {form: form for form in pairs}

    def root(f):
        while parent[f] != f:
            parent[f] = parent[parent[f]]
            f = parent[f]
        return f

    for index, pos in ((by_first, 1), (by_second, 0)):
        for forms in index.values():
            if len(forms) < 2:
                continue
            for f, g in similar_pairs({form[pos]: form for form in forms}, pairs):
                parent[root(f)] = root(g)
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for form in pairs:
        groups.setdefault(root(form), []).append(form)
    grouped = {form for members in groups.values() if len(members) > 1 for form in members}
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for start, a, b in compress(rows, map(grouped.__contains__, zip(rows.firsts, rows.seconds))):
        spans.setdefault((a, b), []).append((start, start + len(a) + 1 + len(b)))
    for members in groups.values():
        if len(members) < 2:
            continue
        for form in members:
            for start, end in spans[form]:
                yield Occurrence(start, end, root(form), " ".join(form))


def substring_counts(text: str, words) -> dict[str, int]:
    """``text.count(w)`` for each of ``words`` (each opening with a capital
    A-Z), in one scan rather than one each: counting each word with a scan
    of its own grows with the size of the text times its number of names.

    A scan with all the words, longest first, stops where the longest word
    that fits starts; the shorter words that fit there are its prefixes.
    That finds every occurrence, and counts as str.count does, when no word
    has a capital after its first letter: then no word can start inside
    another's occurrence, or overlap itself. The few words with another
    capital (``Al-Sisi``) are found by a second scan that tries every place
    where one of them starts, and counted as str.count counts, each
    occurrence after the end of the last one counted."""
    words = sorted(set(words))
    if not all("A" <= w[:1] <= "Z" for w in words):
        return {w: text.count(w) for w in words}
    plain = [w for w in words if not any(c.isupper() for c in w[1:])]
    capped = [w for w in words if any(c.isupper() for c in w[1:])]
    counts = dict.fromkeys(words, 0)
    if plain:
        prefixes = {w: [w[:k] for k in range(1, len(w) + 1) if w[:k] in counts] for w in plain}
        for found in re.findall(trie_pattern(plain), text):
            for w in prefixes[found]:
                counts[w] += 1
    if capped:
        prefixes = {w: [w[:k] for k in range(1, len(w) + 1) if w[:k] in capped] for w in capped}
        ends = dict.fromkeys(capped, 0)
        rx = re.compile(trie_pattern(capped))
        m = rx.search(text)
        while m is not None:
            at = m.start()
            for w in prefixes[m.group()]:
                if at >= ends[w]:
                    counts[w] += 1
                    ends[w] = at + len(w)
            m = rx.search(text, at + 1)
    return counts


def _check(unit, options):
    # On a tie, the spelling whose words the text uses more often elsewhere
    # ("National" in other names) is the likelier one.
    occurrences = list(_occurrences(unit))
    counts = substring_counts(unit.target.text, {t for o in occurrences for t in o.form.split()})
    return minority(unit, occurrences, weight=lambda form: sum(counts[t] for t in form.split()))


NAMES = custom(
    "consistency.names",
    _check,
    category="fluency/inconsistency",
    severity="neutral",
    message="“{found}” here, “{majority}” elsewhere ({times}); one name should be spelled one way.",
    description="A two-word name spelled two ways in one document (Zhang Wei/Zhang Wai, Antonio/António Costa).",
    examples=[
        bad("Zhang Wei arrived. Zhang Wei spoke. Later ⟦Zhang Wai⟧ left.", "Zhang Wei"),
        bad("António Costa met Kallas; ⟦Antonio Costa⟧ agreed.", "António Costa"),
        bad("President Xi Jinping spoke; ⟦Xi Jingping⟧ left.", "Xi Jinping"),
        bad("The ⟦Natioanl Day⟧ holiday began. National Museum and National Stadium opened for National Day.",
            "National Day"),
        good("North Korea and North Korean troops; South Korea too."),
        good("Li Wei and Li Wen spoke; Li Wei and Li Wen left."),
    ],
)

RULES = (NAMES,)
