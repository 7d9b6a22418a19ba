"""One compound written closed and open or hyphenated: ``cybersecurity``
beside ``cyber security``."""

from __future__ import annotations

import re
from itertools import compress, islice
from operator import add

from ...rule import bad, custom, good
from ...text.patterns import trie_pattern
from .._prose import FUNCTION_WORDS, is_sentence_start
from ._vote import Occurrence, minority

#: runs of lower-case letters, kept by split: gap, run, gap, run, ..., gap
_RUNS = re.compile(r"([a-z]+)")
#: a verb's particle: "set up" (verb) and "setup" (noun) are both right
_PARTICLES = frozenset("up down in out off over on back away through about along around by apart aside".split())


def _edge(ch: str) -> bool:
    """A word may start after / end before ``ch`` ("" at the ends of the text):
    ``ch`` is not one of ``[\\w'’-]`` (``\\w`` is what ``str.isalnum`` accepts, and ``_``)."""
    return not ch or not (ch.isalnum() or ch in "_'’-")


#: characters split into runs at a time (more, up to the next line break)
_PIECE = 1 << 16


def _windows(text: str):
    """The split of ``text`` into runs, gap, run, gap, ..., gap, a piece at
    a time: ``(parts, start, last)``, where ``start`` is the offset of
    ``parts[0]`` and ``last`` marks the final piece. The split of the whole
    text held a string per run and per gap at once, 45 MB for 4 MB of text.

    Pieces end after a line break (in a gap); a gap that a break cuts is
    whole in the piece after it. Each piece but the last has two runs or
    more, and it gives its last run and the gaps on either side of it to the
    next, whose ``parts`` open with them: so a piece sees the run after each
    of its runs but its last, and the gaps around both whole (the last gap
    of a piece but the last is whole only in its first character)."""
    split = _RUNS.split
    head: list[str] = []  # what the next piece opens with
    base = 0  # where head starts
    start = 0
    n = len(text)
    while True:
        end = text.find("\n", start + _PIECE)
        end = n if end < 0 else end + 1
        parts = split(text[start:end]) if start or end < n else split(text)
        if head:
            parts[0] = head[-1] + parts[0]
            parts[:0] = head[:-1]
        last = end >= n
        if last:
            yield parts, base, True
            return
        if len(parts) >= 5:
            yield parts, base, False
            head = parts[-3:]
            base = end - sum(map(len, head))
        else:
            head = parts
        start = end


def _occurrences(unit):
    """Each compound the text writes both closed and as two words (a space,
    a tab or a hyphen between), and every form of it: closed, open (any
    whitespace) or hyphenated, between word edges (not after or before a
    letter, digit, apostrophe or hyphen), outside quotations.

    Read off the runs of lower-case letters, as a scan with one pattern of
    all those forms would find them (left to right, an open form before a
    closed one, the next match after the last); the candidates are the
    neighbouring runs whose join is a run elsewhere in the text, so no
    pattern has to list every pair of neighbouring words."""
    doc = unit.target
    text = doc.text
    lowered = doc.lowered
    if len(lowered) == len(text):
        # every letter is in a word, and the lower case of each character is
        # one character that does not depend on its neighbours (but for the
        # final sigma, not a run's letter): the runs of the words' lower case
        # are the runs of the lower-cased text
        vocabulary = set(_RUNS.findall(" ".join(map(str.lower, doc.vocabulary))))
    else:
        lowered = text
        vocabulary = set(_RUNS.findall(" ".join(doc.vocabulary)))
    # neighbouring runs that make a word of the text when joined, found in C:
    # a pass over the runs costs less than splitting each word of the
    # vocabulary at every length, above all in an article of a few pages
    keys = set()
    single = None  # the one piece of a text shorter than _PIECE, split once for both passes
    for parts, base, final in _windows(lowered):
        if final and base == 0:
            single = parts
        runs, gaps = parts[1::2], parts[0::2]  # gaps[i] comes before runs[i]; one more gap ends the piece
        for i in compress(range(len(runs) - 1), map(vocabulary.__contains__, map(add, runs, islice(runs, 1, None)))):
            a, b, g = runs[i], runs[i + 1], gaps[i + 1]
            if len(a) > 1 and len(b) > 1 and a not in FUNCTION_WORDS and b not in FUNCTION_WORDS \
                    and b not in _PARTICLES and a != "per" \
                    and (g == "-" or (g and not g.strip(" \t"))) and _edge(gaps[i][-1:]) and _edge(gaps[i + 2][:1]):
                keys.add(a + b)
    if not keys:
        return
    if single is None:
        # a text of several pieces: one pattern of every form finds them
        # where a second split of every piece cost more than the first pass
        yield from _scan(doc, lowered, keys, vocabulary)
        return
    heads = set(keys)  # what a form can open with
    for key in keys:
        heads.update(key[:j] for j in range(2, len(key) - 1))
    runs, gaps = single[1::2], single[0::2]
    n = len(runs)
    last = -1  # the last run a match took: the next may not start before it ends
    pos = 0
    done = 0  # pos is where single[done] starts
    for i in compress(range(n), map(heads.__contains__, runs)):
        if i <= last:
            continue
        a = runs[i]
        found = None
        if i + 1 < n:
            b, g = runs[i + 1], gaps[i + 1]
            if a + b in keys and len(a) > 1 and len(b) > 1 and (g == "-" or g.isspace()) \
                    and _edge(gaps[i + 2][:1]):
                found = (i + 1, a + b, a + ("-" if g == "-" else " ") + b, len(a) + len(g) + len(b))
        if found is None and a in keys and _edge(gaps[i + 1][:1]):
            found = (i, a, a, len(a))
        if found is None or not _edge(gaps[i][-1:]):
            continue
        last, key, form, size = found
        pos += sum(map(len, single[done:2 * i + 1]))
        done = 2 * i + 1
        start, end = pos, pos + size
        if doc.in_quotation(start, end):
            continue
        yield Occurrence(start, end, key, form, text[start:end])


def _scan(doc, lowered: str, keys: set[str], runs: set[str]):
    """The forms of ``keys`` in ``lowered``, as the scan of the runs finds
    them: each form whole runs between word edges (the look-arounds, which
    ``_edge`` mirrors: ``\\w`` is ``str.isalnum`` and ``_``), left to right,
    the next after the last; at one place the open form (two runs, a hyphen
    or whitespace between) before the closed one, which the prefix tree's
    longest-first order gives, as both cannot end at an edge after one run.
    An open form's halves are runs of the text (``runs``), or it is not there."""
    forms = set(keys)
    for key in keys:
        for j in range(2, len(key) - 1):
            a, b = key[:j], key[j:]
            if a in runs and b in runs:
                forms.add(a + " " + b)
                forms.add(a + "-" + b)
    pattern = re.compile(r"(?<![\w'’-])" + trie_pattern(forms, keep=False) + r"(?![\w'’-])")
    text = doc.text
    for m in pattern.finditer(lowered):
        start, end = m.span()
        if doc.in_quotation(start, end):
            continue
        found = m.group()
        if "-" in found:
            a, b = found.split("-")
            key, form = a + b, found
        else:
            parts = found.split()
            key = "".join(parts)
            form = " ".join(parts)
        yield Occurrence(start, end, key, form, text[start:end])


def _check(unit, options):
    doc = unit.target
    # a compound seen only at sentence starts is suggested in lower case
    return minority(unit, _occurrences(unit),
                    fix=lambda o, m: m.form if is_sentence_start(doc, m.start) else m.shown)


COMPOUNDS = custom(
    "consistency.compounds",
    _check,
    category="fluency/inconsistency",
    severity="neutral",
    message="“{found}” here, “{majority}” elsewhere ({times}); write the compound one way.",
    description="One compound written closed, open or hyphenated in one document (cybersecurity/cyber security).",
    examples=[
        bad("Talks on cybersecurity, ⟦cyber-security⟧ funds and Cybersecurity rules.", "cybersecurity"),
        bad("Cooperation covers maritime and cyber security. Talks also covered ⟦cybersecurity⟧.", "cyber security"),
        good("Cooperation covers cybersecurity. Talks also covered cybersecurity."),
        good("They set up a new setup. Every day is an everyday affair. The takeover: they take over."),
    ],
)

RULES = (COMPOUNDS,)
