"""One compound written closed and open or hyphenated: ``cybersecurity``
beside ``cyber security``."""

from __future__ import annotations

import re
from itertools import accumulate, compress, islice
from operator import add

from ...rule import bad, custom, good
from ...text.patterns import edge_starts, lowered_edges, trie_pattern
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


#: a text longer than this is not split into runs: its forms are found with one pattern
_PIECE = 1 << 16
#: the first and last run of a word, when the word opens / ends on one
_HEAD = re.compile(r"[a-z]+")
_TAIL = re.compile(r"[a-z]+\Z")
#: a hyphen between two runs inside a word
_HYPHENED = re.compile(r"[a-z]-[a-z]")


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
    # every letter is in a word, and the lower case of each character is
    # one character that does not depend on its neighbours (but for the
    # final sigma, not a run's letter): the runs of the words' lower case
    # are the runs of the lower-cased text
    folded = len(lowered) == len(text)
    if not folded:
        lowered = text
    if len(lowered) > _PIECE:
        vocabulary = set(_RUNS.findall(" ".join(map(str.lower, doc.vocabulary) if folded else doc.vocabulary)))
        # splitting a long text into runs held a string per run and gap (45
        # MB for 4 MB of text) or, a piece at a time, cost more than the
        # rest of the rule: the pairs come from the document's words and
        # distinct runs, the forms from one pattern of them
        keys: set[str] = _keys(doc, lowered, vocabulary, lowered is not text)
        if keys:
            yield from _scan(doc, lowered, keys, vocabulary)
        return
    # a short text is split once: a pass over its runs costs less than
    # splitting each distinct run at every length
    single = _RUNS.split(lowered)
    # the runs of the text are the runs of its words (see above): no second
    # pass over the words, a fifth of the rule on a short text
    vocabulary = set(single[1::2])
    runs, gaps = single[1::2], single[0::2]  # gaps[i] comes before runs[i]; one more gap ends the text
    keys = set()
    for i in compress(range(len(runs) - 1), map(vocabulary.__contains__, map(add, runs, islice(runs, 1, None)))):
        a, b, g = runs[i], runs[i + 1], gaps[i + 1]
        if len(a) > 1 and len(b) > 1 and a not in FUNCTION_WORDS and b not in FUNCTION_WORDS \
                and b not in _PARTICLES and a != "per" \
                and (g == "-" or (g and not g.strip(" \t"))) and _edge(gaps[i][-1:]) and _edge(gaps[i + 2][:1]):
            keys.add(a + b)
    if not keys:
        return
    heads = set(keys)  # what a form can open with
    for key in keys:
        heads.update(key[:j] for j in range(2, len(key) - 1))
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


def _keys(doc, lowered: str, vocabulary: set[str], fold: bool) -> set[str]:
    """The joins of neighbouring runs, a hyphen or spaces and tabs between,
    that are runs of the text themselves, read off the document's words
    (which the runs lie in: no gap holds a letter). Runs with spaces
    between end and open neighbouring words; a hyphen between runs is
    inside a word. Edges are read in ``lowered``, at the runs' offsets;
    ``fold``: ``lowered`` is the lower case of the text, not the text."""
    texts, starts, ends = doc.word_texts, doc.word_starts, doc.word_ends
    none = "#"  # no run: joined to a run it is no run of the text
    heads: dict[str, str] = {}
    tails: dict[str, str] = {}
    hyphened: set[str] = set()
    for w in doc.vocabulary:
        s = w.lower() if fold else w
        if s.isascii() and s.isalpha() and s.islower():
            heads[w] = tails[w] = s
            continue
        m = _HEAD.match(s)
        heads[w] = m.group() if m else none
        m = _TAIL.search(s)
        tails[w] = m.group() if m else none
        if _HYPHENED.search(s):
            hyphened.add(w)
    n = len(lowered)

    def edge_before(i: int) -> bool:
        return _edge(lowered[i - 1]) if i else True

    def edge_after(i: int) -> bool:
        return _edge(lowered[i]) if i < n else True

    def fits(a: str, b: str) -> bool:
        return len(a) > 1 and len(b) > 1 and a not in FUNCTION_WORDS and b not in FUNCTION_WORDS \
            and b not in _PARTICLES and a != "per" and a + b in vocabulary

    keys: set[str] = set()
    # the pairs that join into a run of the text, from the distinct runs
    # (their number grows slower than the text's), then the places of the
    # words ending on a pair's first run, found in C
    ends_on, opens_on = set(tails.values()), set(heads.values())
    pairs: set[tuple[str, str]] = set()
    for v in vocabulary:
        for j in range(2, len(v) - 1):
            a = v[:j]
            if a in ends_on:
                b = v[j:]
                if b in opens_on and fits(a, b):
                    pairs.add((a, b))
    firsts = {a for a, _ in pairs}
    ending = {w for w, a in tails.items() if a in firsts}
    # a hyphened word -> where each of its joins that may be a key opens and
    # ends in it (the edges to test), and the join
    joined: dict[str, list[tuple[int, int, str]]] = {}
    for w in hyphened:
        s = w.lower() if fold else w
        parts = _RUNS.split(s)  # gap, run, gap, ..., gap
        at = list(accumulate(map(len, parts), initial=0))  # where each part starts
        joins = [(at[k], at[k + 3], parts[k] + parts[k + 2]) for k in range(1, len(parts) - 2, 2)
                 if parts[k + 1] == "-" and fits(parts[k], parts[k + 2])]
        if joins:
            joined[w] = joins
    # the places of both kinds of word found in one pass in C, not one each
    text, last = doc.text, len(texts) - 1
    for i in compress(range(len(texts)), map((ending | joined.keys()).__contains__, texts)):
        w = texts[i]
        if i < last and w in ending:
            a, b = tails[w], heads[texts[i + 1]]
            if (a, b) in pairs:
                g = text[ends[i]:starts[i + 1]]  # the gap before word i + 1
                if g and not g.strip(" \t") \
                        and edge_before(ends[i] - len(a)) and edge_after(starts[i + 1] + len(b)):
                    keys.add(a + b)
        if w in joined:
            start = starts[i]
            for before, after, key in joined[w]:
                if edge_before(start + before) and edge_after(start + after):
                    keys.add(key)
    return keys


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
    body = trie_pattern(forms, keep=False) + r"(?![\w'’-])"
    pattern = re.compile(r"(?<![\w'’-])" + body)
    text = doc.text
    # the places where a form opens, found without trying the look-behind
    # at every character (every form opens on a-z); then, as finditer goes,
    # the next match from the first of them after the last match
    last = 0
    for at in edge_starts(lowered, "(?:" + body + ")", lowered_edges(doc, lowered)):
        if at < last:
            continue
        m = pattern.match(lowered, at)
        assert m is not None  # edge_starts found it
        start, end = m.span()
        last = end
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
