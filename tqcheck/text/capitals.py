"""Words that open with a capital A-Z, found in one scan of the text and
kept with the document (``Document.capitalised``): the capitals, names and
titles rules each read them, where each used to scan the whole text with a
pattern of its own opening the same way."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from itertools import compress, repeat
from operator import and_, gt, lt
from typing import Iterator

#: a capital that starts a token (no ``[\w'’.-]`` before it), the token
#: (a run of ``[\w'’.-]``), and the word after one space when it opens
#: with a letter A-Z or a-z (a run of ``[\w'’-]``). The look-behind follows
#: the capital so that ``re`` skips to capitals in C. The word after is read
#: in a look-ahead: it may be the next token.
_TOKEN = re.compile(r"([A-Z](?<![\w'’.-][A-Z])[\w'’.-]*+)(?=(?: ([A-Za-z][\w'’-]*+))?)")
_START_OF, _GROUPS = re.Match.start, re.Match.groups
#: characters scanned at a time: a list of match objects for a whole long
#: text would hold one per token at once
_PIECE = 1 << 16

#: a name word: a capital, small letters, and at most one more part after a
#: hyphen or apostrophe (``Zhang``, ``Al-Sisi``, ``O'Neil``); possessive, so
#: ``fullmatch`` is the one way the pattern can take a whole word
NAME_TAIL = r"[a-z\u00df-\u024f]++(?:[-'’][A-Za-z\u00c0-\u024f][a-z\u00df-\u024f]++)?+"
_NAME_WORD = re.compile("[A-Z]" + NAME_TAIL)
#: the two characters of ``NAME_TAIL`` that are not ``\w``: a name word may
#: run on through them where a token stops, so text with one is scanned the
#: old way (``NAME_PAIR``) for name pairs
_NOT_WORD_IN_NAMES = ("\u00d7", "\u00f7")

#: two capitalised name words, one space apart: the same matches as the
#: ``name_pairs`` of a ``Capitalised`` table, for text the table cannot serve
NAME_PAIR = re.compile(rf"([A-Z](?<![\w'’.-][A-Z]){NAME_TAIL})(?= ([A-Z]{NAME_TAIL})(?![\w'’-]))")


class NamePairs:
    """(start, first word, second word) of two name words one space apart
    (``Zhang Wei``), kept as three columns (an array of offsets and two lists
    of shared strings): a tuple and an int object per row held 3.5 MB for 4
    MB of text, this 0.9 MB. Iterating gives the rows as tuples."""

    __slots__ = ("starts", "firsts", "seconds")

    def __init__(self, starts: array[int], firsts: list[str], seconds: list[str]) -> None:
        self.starts, self.firsts, self.seconds = starts, firsts, seconds

    def __len__(self) -> int:
        return len(self.starts)

    def __iter__(self) -> Iterator[tuple[int, str, str]]:
        return zip(self.starts, self.firsts, self.seconds)


class Capitalised:
    """Every token that opens with a capital A-Z where no ``[\\w'’.-]``
    comes before it, in text order, as columns:

    - ``starts``: where it starts;
    - ``tokens``: the token, a run of ``[\\w'’.-]``;
    - ``followers``: the word after it, when one space and a letter A-Z or
      a-z follow it (a run of ``[\\w'’-]``), else ``""``.

    Equal strings are one object: a string per token held tens of megabytes
    for a long text, where a list holds a reference. One scan, a piece of
    the text at a time (pieces end after a line break, which no token or
    word after crosses), read by ``map`` in C: a Python loop over the
    matches cost more than the scan. The capitals rules read words (a token
    up to its first full stop) and word pairs from it, the names and titles
    rules name pairs."""

    __slots__ = ("text", "starts", "tokens", "followers", "_name_pairs")

    def __init__(self, text: str) -> None:
        self.text = text
        starts = array("i" if len(text) < 2 ** 31 else "q")
        tokens: list[str] = []
        followers: list[str] = []
        one: dict[str, str] = {"": ""}
        same = one.setdefault
        finditer = _TOKEN.finditer
        start = 0
        while True:
            end = text.find("\n", start + _PIECE)
            end = len(text) if end < 0 else end + 1
            found = list(finditer(text, start, end))  # an array filled from an iterator is slower
            if found:
                starts.fromlist(list(map(_START_OF, found)))
                a, b = zip(*map(_GROUPS, found, repeat("")))
                tokens += map(same, a, a)
                followers += map(same, b, b)
            del found
            if end >= len(text):
                break
            start = end
        self.starts, self.tokens, self.followers = starts, tokens, followers
        self._name_pairs: NamePairs | None = None

    def __len__(self) -> int:
        return len(self.starts)

    def name_pairs(self) -> NamePairs:
        """The matches of ``NAME_PAIR``: a token that is a name word, one
        space, and a name word that opens with a capital and ends where the
        word after the token ends. Made once."""
        if self._name_pairs is None:
            self._name_pairs = self._find_name_pairs()
        return self._name_pairs

    def _find_name_pairs(self) -> NamePairs:
        text = self.text
        code = "i" if len(text) < 2 ** 31 else "q"
        # a name word may run on through × or ÷, where no token does: the
        # lines that hold one are scanned the old way (``NAME_PAIR``), the
        # rest read off the table. No pair, token or word after crosses a
        # line break, so each line's pairs depend on that line alone, and a
        # stray × no longer sends a whole long text to the slow scan.
        odd = _lines_holding(text, _NOT_WORD_IN_NAMES)
        starts, firsts, seconds = self._table_pairs(code)
        if not odd:
            return NamePairs(starts, firsts, seconds)
        opens = [s for s, _ in odd]
        rows = [row for row in zip(starts, firsts, seconds) if not _inside(odd, opens, row[0])]
        words: dict[str, str] = {}
        one = words.setdefault
        for s, e in odd:
            for m in NAME_PAIR.finditer(text, s, e):
                a, b = m.group(1, 2)
                rows.append((m.start(), one(a, a), one(b, b)))
        rows.sort()
        return NamePairs(array(code, [r[0] for r in rows]), [r[1] for r in rows], [r[2] for r in rows])

    def _table_pairs(self, code: str) -> tuple[array[int], list[str], list[str]]:
        """The name pairs of the table, exact on every line without × or ÷."""
        tokens, followers = self.tokens, self.followers
        # a word after that opens with a capital (each opens with a letter, or is ""): few do
        distinct = list(dict.fromkeys(followers))
        capital = dict(zip(distinct, map(and_, map(gt, distinct, repeat("@")), map(lt, distinct, repeat("[")))))
        rows = list(compress(range(len(tokens)), map(capital.__getitem__, followers)))
        if rows:
            # a name word each, asked once per distinct spelling of those rows
            name = _NAME_WORD.fullmatch
            firsts = list(map(tokens.__getitem__, rows))
            seconds = list(map(followers.__getitem__, rows))
            ok = {w: name(w) is not None for w in {*firsts, *seconds}}
            kept = list(map(and_, map(ok.__getitem__, firsts), map(ok.__getitem__, seconds)))
            return (array(code, list(map(self.starts.__getitem__, compress(rows, kept)))),
                    list(compress(firsts, kept)), list(compress(seconds, kept)))
        return array(code), [], []


def _lines_holding(text: str, chars: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of each line (up to, not with, its ``\n``) holding one of
    ``chars``, in order, each once."""
    lines: set[tuple[int, int]] = set()
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            s = text.rfind("\n", 0, i) + 1
            e = text.find("\n", i)
            e = len(text) if e < 0 else e
            lines.add((s, e))
            i = text.find(ch, e)
    return sorted(lines)


def _inside(spans: list[tuple[int, int]], opens: list[int], at: int) -> bool:
    """``at`` lies in one of ``spans`` (apart, in order; ``opens`` their starts)."""
    i = bisect_right(opens, at) - 1
    return i >= 0 and at < spans[i][1]
