"""Helpers the grammar rules share: regex pieces and a look at the left.

Rules match forwards from a trigger word (``rule.triggered``); what comes
before it is read here, one word back, instead of with variable-width
look-behinds.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from typing import Iterator

from ...text import Document

#: horizontal space between two words of one sentence
SP = r"[ \t\u00a0]++"
#: end of a word: not followed by more word characters
END = r"(?![\w'’-])"
#: the next word, captured
WORD = r"([^\W\d_][\w'’]*+)(?![-\w])"

CATEGORY = "fluency/grammar"
EN = frozenset({"en"})
#: a singular auxiliary and its plural, for agreement fixes (is -> are, hasn't -> haven't)
AUX_PLURAL = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't",
              "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't"}

MODALS = frozenset(
    "can could will would shall should may might must cannot can't couldn't won't wouldn't "
    "shan't shouldn't mustn't mightn't".split()
)
DETERMINERS = frozenset(
    "a an the this that these those his her its their our my your whose which what some any no "
    "every each either neither another one".split()
)
SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())


def norm(word: str) -> str:
    return word.lower().replace("’", "'")


def gap(doc: Document, start: int, end: int) -> str:
    return doc.text[start:end]


def previous(doc: Document, pos: int) -> tuple[str | None, str]:
    """The word before ``pos`` (normalised) and the text between it and
    ``pos``; ``(None, text)`` at the start of the text."""
    w = doc.word_before(pos)
    if w is None:
        return None, doc.text[:pos]
    return norm(w.text), doc.text[w.end:pos]


def adjacent(doc: Document, pos: int, back: int = 1) -> str | None:
    """The word ``back`` words before ``pos`` if only spaces separate the
    words on the way (normalised), else None."""
    word = None
    for _ in range(back):
        w = doc.word_before(pos)
        if w is None or doc.text[w.end:pos].strip(" \t\u00a0"):
            return None
        word, pos = w, w.start
    assert word is not None  # back >= 1
    return norm(word.text)


def after_plain_space(doc: Document, pos: int) -> bool:
    """The previous word is separated from ``pos`` by spaces only."""
    w, between = previous(doc, pos)
    return w is not None and between.strip() == ""


_LEAD = " \t\u00a0\"'“‘(«[—–-"
_ENDS = ".!?:;\n\r…"


def starts_sentence(doc: Document, pos: int) -> bool:
    """Nothing but opening quotes or brackets between ``pos`` and the
    previous sentence end, paragraph break or start of text."""
    i = pos - 1
    text = doc.text
    while i >= 0 and text[i] in _LEAD:
        i -= 1
    return i < 0 or text[i] in _ENDS


_AFTER_END = re.compile(rf"[{re.escape(_ENDS)}][{re.escape(_LEAD)}]*+")
_LEADING = re.compile(rf"[{re.escape(_LEAD)}]*+")


class Openings:
    """Sentence openings as a sorted array of offsets (for iteration) and a
    bit per character offset (for ``in``): about 0.2 MB per MB of text,
    where a frozenset of ints held 0.75."""

    __slots__ = ("_at", "_bits")

    def __init__(self, at: array, length: int) -> None:
        self._at = at
        bits = bytearray((length >> 3) + 1)
        for pos in at:
            bits[pos >> 3] |= 1 << (pos & 7)
        self._bits = bytes(bits)

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int) or pos < 0:
            return False
        i = pos >> 3
        return i < len(self._bits) and bool(self._bits[i] >> (pos & 7) & 1)

    def __iter__(self) -> Iterator[int]:
        return iter(self._at)

    def __len__(self) -> int:
        return len(self._at)


def sentence_openings(doc: Document) -> Openings:
    """The offsets where ``starts_sentence`` holds and a word can start (a
    character not in ``_LEAD``), found in one scan and kept per document:
    for a word's start, ``pos in sentence_openings(doc)`` is
    ``starts_sentence(doc, pos)``."""
    def find(d: Document) -> Openings:
        lead = _LEADING.match(d.text)
        assert lead is not None  # it matches the empty string
        # the leading run ends before any sentence end's run does: in order
        at = array("q", (lead.end(),))
        at.extend(map(re.Match.end, _AFTER_END.finditer(d.text)))
        return Openings(at, len(d.text))

    return doc.memo("grammar.sentence-openings", find)


def opening_words(doc: Document) -> array:
    """Indices of the words that start at a sentence opening (their start
    is in ``sentence_openings``), in order, kept per document as an array
    (a set of ints held 1.5 MB at 4 MB): rules that visit thousands of
    words and want only those read these instead."""
    def find(d: Document) -> array:
        starts = d.word_starts
        n = len(starts)
        at = array("q")
        for off in sentence_openings(d):
            i = bisect_left(starts, off)
            if i < n and starts[i] == off:
                at.append(i)
        return at

    return doc.memo("grammar.opening-words", find)
