"""Chinese words with part-of-speech tags and offsets.

jieba's dictionary and tag set through ``rjieba`` (jieba-rs, MIT), which
gives the same words and tags as ``jieba.posseg`` at about 4 MB/s here
against 0.16 MB/s for pure-Python posseg. Tags that matter here: ``nr``
person, ``ns`` place, ``nt`` organisation, ``nz`` other proper noun,
``m`` numeral, ``t`` time word, ``i``/``l`` idiom and set phrase, ``x``
punctuation and spaces, ``eng`` Latin letters.

A source document is segmented once (``document_tags``); the words of a
part of it (a sentence pair) are read from there (``tags_between``)
rather than by segmenting the part again.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate
from typing import Iterable, Iterator, NamedTuple


class Token(NamedTuple):
    start: int
    end: int
    text: str
    pos: str


def tag(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words of ``text[start:end]`` in order, with offsets into ``text``."""
    import rjieba

    piece = text[start:end]
    out: list[Token] = []
    pos = start
    for word, flag in rjieba.tag(piece):
        n = len(word)
        out.append(Token(pos, pos + n, word, flag))
        pos += n
    if pos != (len(text) if end is None else end):  # the segmenter must cover the text exactly
        raise ValueError("segmenter output does not cover its input")
    return out


_KEY = "_tqcheck_zh_tags"


class Columns(NamedTuple):
    """A document's words as columns: plain lists of ints and strings, which
    the garbage collector does not walk word by word, where a ``Token`` per
    word (150,000 in a 0.7 MB source) stayed alive with the document and
    was walked by every full collection. ``tokens`` makes Tokens of a part."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    flags: list[str]

    def tokens(self, lo: int = 0, hi: int | None = None) -> list[Token]:
        """Tokens ``lo:hi`` (indexes of words), made when asked for."""
        sl = slice(lo, hi)
        return list(map(Token, self.starts[sl], self.ends[sl], self.words[sl], self.flags[sl]))

    def rows(self) -> Iterator[tuple[int, int, str, str]]:
        """(start, end, text, tag) of every word, as plain tuples."""
        return zip(self.starts, self.ends, self.words, self.flags)


def document_tags(doc) -> Columns:
    """``tag(doc.text)`` as columns, once per document."""
    def compute(d) -> Columns:
        import rjieba

        got = rjieba.tag(d.text)
        words = [w for w, _ in got]
        flags = [f for _, f in got]
        bounds = list(accumulate(map(len, words), initial=0))
        if bounds[-1] != len(d.text):  # the segmenter must cover the text exactly
            raise ValueError("segmenter output does not cover its input")
        return Columns(bounds[:-1], bounds[1:], words, flags)

    return doc.memo(_KEY, compute)


#: characters jieba's block pattern (RE_HAN_DEFAULT, in jieba and the
#: jieba-rs versions) joins to letters, digits and Han characters, and "_"
_BLOCK_MARKS = frozenset("+#&._%-_")


def _joins(c: str) -> bool:
    """Could ``c`` be inside one of jieba's blocks? Han ranges are named
    for the code points that ``isalnum`` does not know; saying yes too often
    only costs a segmentation."""
    return (c.isalnum() or c in _BLOCK_MARKS or "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"
            or c >= "\U00020000")


def _cut(text: str, p: int) -> bool:
    """Does jieba segment ``text`` on either side of ``p`` on its own? It
    splits its input into blocks of Han characters, letters, digits and
    ``+#&._%-``, segments each block apart, and makes every other character
    a word of its own (``\\r\\n`` one word); so a position next to such a
    character, not inside ``\\r\\n``, is a boundary whatever surrounds it."""
    if p <= 0 or p >= len(text):
        return True
    a, b = text[p - 1], text[p]
    if a == "\r" and b == "\n":
        return False
    return not _joins(a) or not _joins(b)


def _covered(doc, start: int, end: int) -> tuple[Columns, int, int] | None:
    """The document's columns and the indexes of the words of [start, end),
    when jieba would cut the text at both ends anyway; else None."""
    text = doc.text
    if not (_cut(text, start) and _cut(text, end)):
        return None
    cols = document_tags(doc)
    return cols, bisect_left(cols.starts, start), bisect_left(cols.starts, end)


def tags_between(doc, start: int, end: int) -> list[Token]:
    """``tag(doc.text, start, end)``: the document's own words when jieba
    would cut the text at both ends anyway, else the part segmented alone."""
    got = _covered(doc, start, end)
    if got is None:
        return tag(doc.text, start, end)
    cols, lo, hi = got
    return cols.tokens(lo, hi)


def spans_between(doc, start: int, end: int) -> Iterable[tuple[int, int, str]]:
    """(start, end, text) of the words ``tags_between`` gives, without
    making a Token of each."""
    got = _covered(doc, start, end)
    if got is None:
        return [(t.start, t.end, t.text) for t in tag(doc.text, start, end)]
    cols, lo, hi = got
    return zip(cols.starts[lo:hi], cols.ends[lo:hi], cols.words[lo:hi])


def texts_between(doc, start: int, end: int) -> list[str]:
    """The texts of the words ``tags_between`` gives, as one slice of the
    document's word column (no tuple per word)."""
    got = _covered(doc, start, end)
    if got is None:
        return [t.text for t in tag(doc.text, start, end)]
    cols, lo, hi = got
    return cols.words[lo:hi]
