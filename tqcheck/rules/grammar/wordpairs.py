"""Real-word typos found by the words on both sides: a common word that
forms no listed pair with either neighbour, one letter from a word that
forms a well-attested pair with both (``a but and`` -> ``bit``, ``for tool
long`` -> ``too``, ``analysis if rock`` -> ``of``).

No pair table of confusions: the neighbours are the word's edits at distance
one and the evidence is SymSpell's Google Books pair counts
(``tqcheck.lexicon.bigrams``). That list keeps only pairs seen 6.4 million
times, so only common words are judged (all three at least 30 million
times): there a missing pair is real evidence. Tuned on LanguageTool's dev
examples and on all of newstest2021 (1.5 million words of references and
system outputs), where it never fires.

Left alone: American spellings (the lists lean British: ``the defense
of`` is missing where ``the defence`` is not) and neighbours that are
another form of the same word (``provided`` -> ``provides``: agreement, not
a typo).
"""

from __future__ import annotations

import sys
from array import array

from ...lexicon import bigrams, dialect, dictionary
from ...rule import Finding, bad, custom, good
from ._context import CATEGORY, EN
from ._pairflags import _MISSING, UNLISTED, pair_flags, word_ids

#: each side must favour the neighbour over the word by this factor, each
#: count taken relative to the word's own frequency
_SIDE = 1.5
#: and both sides together, with the neighbour's own frequency, by this:
#: on generaltest2022's 657,000 words (chat and shop talk) the false alarms
#: score 12-213 (``I pay now``, ``should thank their``), the slips 9-7,405
#: (``makes we happy``, ``try two set``); LanguageTool's dev slips 334 and up
_BOTH = 300.0
_SUFFIXES = ("ing", "ed", "es", "s", "d", "e")
#: words per piece in ``_windows``
_PIECE = 1 << 16


def _stem(word: str) -> str:
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            return word[:-len(suf)]
    return word


def _same_word(w: str, c: str) -> bool:
    """Another form of the same word, or a spelling variant of it."""
    if sorted(w) == sorted(c) and len(w) >= 5:  # centre/center: a transposition
        return True
    for a, b in ((w, c), (c, w)):
        if b.startswith(a) and b[len(a):] in ("s", "es", "d", "ed", "ing", "r", "er", "ly", "n"):
            return True
        if a.endswith("e") and b == a[:-1] + "ing":
            return True
    return _stem(w) == _stem(c)


def _alternative(p: int, w: int, n: int, table: bigrams.Pairs) -> str | None:
    """The one-letter neighbour of word ``w`` that the words on both sides
    favour, or None (words by their numbers in ``table``)."""
    counts, level, shift, words = table.counts, table.level, bigrams.ID_BITS, table.words
    uw = counts[w]
    best, score = None, _BOTH
    for c in table.near[w]:
        left_level, right_level = level(p << shift | c), level(c << shift | n)
        if not left_level or not right_level:
            continue
        left, right = bigrams.unlevel(left_level), bigrams.unlevel(right_level)
        uc = counts[c]
        # how much more often c follows p (and precedes n) than w could, each
        # relative to its own frequency
        r_left = left * uw / (uc * _MISSING)
        r_right = right * uw / (uc * _MISSING)
        if r_left < _SIDE or r_right < _SIDE:
            continue
        s = r_left * r_right * uc / uw
        if s >= score and not _same_word(words[w], words[c]) and dialect.variant(words[c]) is None:
            best, score = words[c], s
    return best


def _spaced(doc, i: int) -> bool:
    """Only spaces between words ``i - 1`` and ``i``."""
    gap = doc.text[doc.word_ends[i - 1]:doc.word_starts[i]]
    return bool(gap) and not gap.strip(" \t\u00a0")


def _common(idx: array, rare: int) -> int:
    """One byte per word of ``idx`` (2-byte word numbers, ``rare`` for a word
    outside the table, no number above it), 1 for a word in the table, read as
    an integer: from the numbers' two bytes, each translated in C (a test per
    word cost 6 ms per MB)."""
    raw = idx.tobytes()
    low, high = (raw[0::2], raw[1::2]) if sys.byteorder == "little" else (raw[1::2], raw[0::2])
    missing = int.from_bytes(low.translate(_is_byte(rare & 0xFF)), "little") \
        & int.from_bytes(high.translate(_is_byte(rare >> 8)), "little")
    return int.from_bytes(b"\x01" * len(idx), "little") ^ missing


def _is_byte(b: int) -> bytes:
    """A ``bytes.translate`` table: byte ``b`` -> 1, every other -> 0."""
    table = bytearray(256)
    table[b] = 1
    return bytes(table)


def _windows(doc, idx: array, table: bigrams.Pairs) -> list[int]:
    """The positions of the words that are common, as are both their
    neighbours, and that form no listed pair with either: a few in a
    hundred. A loop over every word cost 0.1 s per MB, so the test runs in C:
    one byte per word (common?) and one per adjacent pair (unlisted?), read
    as two integers and shifted onto each other, byte ``j`` of the result
    standing for the window around word ``j + 1``; a piece of the document
    at a time, so that these integers stay small (whole, they left 4 MB of
    holes in the heap at 4 MB)."""
    n, rare = len(idx), len(table.words)
    unlisted_all = pair_flags(doc, table).translate(UNLISTED)
    found = []
    for s in range(0, n - 2, _PIECE):
        e = min(s + _PIECE, n - 2)  # windows j in [s, e): words j to j + 2, pairs j and j + 1
        common = _common(idx[s:e + 2], rare)
        unlisted = int.from_bytes(unlisted_all[s:e + 1], "little")
        hits = (common & common >> 8 & common >> 16 & unlisted & unlisted >> 8).to_bytes(e - s + 2, "little")
        j = hits.find(1)
        while 0 <= j < e - s:
            found.append(s + j + 1)
            j = hits.find(1, j + 1)
    return found


def _check(unit, options):
    doc = unit.target
    keys = doc.word_keys
    if len(keys) < 3:
        return
    table = bigrams.pairs()
    idx = word_ids(doc, table)
    for i in _windows(doc, idx, table):
        word = keys[i]
        if not doc.word_texts[i].islower() or len(word) < 2 or not _spaced(doc, i) or not _spaced(doc, i + 1):
            continue
        if dialect.variant(word) is not None:
            continue
        c = _alternative(idx[i - 1], idx[i], idx[i + 1], table)
        if c is None:
            continue
        fix = "a " + c if word == "a" + c else c  # "along time": the space went missing
        yield Finding(doc.word_starts[i], doc.word_ends[i], suggestions=(fix,))


PAIRS = custom(
    "grammar.wordpairs.real-word",
    _check,
    category=CATEGORY,
    severity="neutral",
    langs=EN,
    message="“{found}” is rare between these words; did you mean “{fix}”?",
    description="A common word that forms no attested pair with the word before it or the word after it, one "
    "letter from a common word that forms a frequent pair with both (a but and -> bit, for tool long -> too), "
    "by Google Books pair counts.",
    examples=[
        bad("So I confused things a ⟦but⟧ and it was Kai who had planned that.", "bit"),
        bad("I have been waiting for ⟦tool⟧ long.", "too"),
        bad("We did an analysis ⟦if⟧ rock samples.", "of"),
        bad("After ⟦along⟧ time the lovers were reunited.", "a long"),
        good("So I confused things a bit and it was Kai who had planned that. I waited for too long."),
        good("We did an analysis of rock samples. After a long time they met. It takes a long time."),
        good("During the defense of Moscow they won the favor of investors and had to fulfill it."),
        good("The dinosaurs died thousands or millions of years ago. Many times their plays are staged."),
        good("Technology provided real-time viewing. The heads of a ram and a buck. Was ending their trip."),
    ],
)

RULES = (PAIRS,)
