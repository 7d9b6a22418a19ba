"""Chinese words with part-of-speech tags and offsets.

jieba's dictionary and tag set through ``rjieba`` (jieba-rs, MIT), which
gives the same words and tags as ``jieba.posseg`` at about 4 MB/s here
against 0.16 MB/s for pure-Python posseg. Tags that matter here: ``nr``
person, ``ns`` place, ``nt`` organisation, ``nz`` other proper noun,
``m`` numeral, ``t`` time word, ``i``/``l`` idiom and set phrase, ``x``
punctuation and spaces, ``eng`` Latin letters.
"""

from __future__ import annotations

from typing import NamedTuple


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
