"""One compound written closed and open or hyphenated: ``cybersecurity``
beside ``cyber security``."""

from __future__ import annotations

import re
from itertools import compress, islice
from operator import add

from ...rule import bad, custom, good
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


def _occurrences(unit):
    """Each compound the text writes both closed and as two words, and every
    form of it (see ``_occurrences_by_runs``), found from the document's word
    table: where lower-casing keeps the text's length, every run of ``[a-z]``
    lies inside one word, so the runs are the words' keys cut at their other
    characters. Each distinct key is cut once, and the text is never split
    again: that split held two strings for each word of the text at once."""
    doc = unit.target
    if len(doc.lowered) != len(doc.text):
        return _occurrences_by_runs(unit)
    return _occurrences_by_words(unit)


#: a run of lower-case letters
_RUN = re.compile(r"[a-z]+")


def _cuts(keys) -> dict[str, tuple[tuple[int, int], ...]]:
    """(start, end) of each run of ``[a-z]`` in each key: most keys are one run."""
    out: dict[str, tuple[tuple[int, int], ...]] = {}
    for k in keys:
        if k.isascii() and k.isalpha():
            out[k] = ((0, len(k)),)
        else:
            out[k] = tuple(m.span() for m in _RUN.finditer(k))
    return out


def _occurrences_by_words(unit):
    doc = unit.target
    text, lowered = doc.text, doc.lowered
    keys_of = doc.word_keys
    starts, ends = doc.word_starts, doc.word_ends
    n = len(keys_of)
    cuts = _cuts(set(keys_of))
    vocabulary = {k[s:e] for k, spans in cuts.items() for s, e in spans}

    def edge_before(pos: int) -> bool:
        return _edge(lowered[pos - 1:pos])

    def edge_after(pos: int) -> bool:
        return _edge(lowered[pos:pos + 1])

    def pair(a: str, b: str) -> bool:
        return len(a) > 1 and len(b) > 1 and a not in FUNCTION_WORDS and b not in FUNCTION_WORDS \
            and b not in _PARTICLES and a != "per" and a + b in vocabulary

    compounds = set()
    # two runs of one word with a hyphen between ("cyber-security"), where the
    # word's own characters make edges beside them
    inner: dict[str, list[tuple[int, int, int, int]]] = {}
    for k, spans in cuts.items():
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            if e1 + 1 == s2 and k[e1] == "-" and pair(k[s1:e1], k[s2:e2]) \
                    and (s1 == 0 or _edge(k[s1 - 1])) and (e2 == len(k) or _edge(k[e2])):
                inner.setdefault(k, []).append((s1, e1, s2, e2))
    # and where a run opens or closes the word, what stands beside the word: at one place at least
    for i in compress(range(n), map(inner.__contains__, keys_of)) if inner else ():
        k = keys_of[i]
        for s1, e1, s2, e2 in inner[k]:
            if (s1 > 0 or edge_before(starts[i])) and (e2 < len(k) or edge_after(ends[i])):
                compounds.add(k[s1:e1] + k[s2:e2])
    # the last run of a word and the first of the next, spaces or tabs between
    tail = {k: (k[spans[-1][0]:] if spans and spans[-1][1] == len(k) else "\0") for k, spans in cuts.items()}
    head = {k: (k[:spans[0][1]] if spans and spans[0][0] == 0 else "\0") for k, spans in cuts.items()}
    gaps = doc._word_gaps
    for i in compress(range(n - 1), map(vocabulary.__contains__,
                                        map(add, map(tail.__getitem__, keys_of), map(head.__getitem__,
                                                                                      islice(keys_of, 1, None))))):
        a, b = tail[keys_of[i]], head[keys_of[i + 1]]
        g = gaps[i + 1]
        if pair(a, b) and g and not g.strip(" \t") and edge_before(ends[i] - len(a)) \
                and edge_after(starts[i + 1] + len(b)):
            compounds.add(a + b)
    if not compounds:
        return
    heads = set(compounds)  # what a form can open with
    for key in compounds:
        heads.update(key[:j] for j in range(2, len(key) - 1))
    # the words holding a run a form can open with, and each run's place
    opening = {k for k, spans in cuts.items() if any(k[s:e] in heads for s, e in spans)}
    last = -1  # where the last form taken ends: the next may not start before it
    for i in compress(range(n), map(opening.__contains__, keys_of)):
        k = keys_of[i]
        spans = cuts[k]
        for j, (s, e) in enumerate(spans):
            a = k[s:e]
            start = starts[i] + s
            if start < last or a not in heads:
                continue
            # the next run: in this word, or the first of the next word that has one
            nxt = None
            if j + 1 < len(spans):
                nxt = starts[i] + spans[j + 1][0], starts[i] + spans[j + 1][1], k[spans[j + 1][0]:spans[j + 1][1]]
            else:
                w = i + 1
                while w < n and not cuts[keys_of[w]]:
                    w += 1
                if w < n:
                    s2, e2 = cuts[keys_of[w]][0]
                    nxt = starts[w] + s2, starts[w] + e2, keys_of[w][s2:e2]
            found = None
            if nxt is not None:
                b_start, b_end, b = nxt
                g = lowered[start + len(a):b_start]
                if a + b in compounds and len(a) > 1 and len(b) > 1 and (g == "-" or g.isspace()) \
                        and edge_after(b_end):
                    found = (b_end, a + b, a + ("-" if g == "-" else " ") + b)
            if found is None and a in compounds and edge_after(start + len(a)):
                found = (start + len(a), a, a)
            if found is None or not edge_before(start):
                continue
            end, key, form = found
            last = end
            if doc.in_quotation(start, end):
                continue
            yield Occurrence(start, end, key, form, text[start:end])


def _occurrences_by_runs(unit):
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
    if len(lowered) != len(text):
        lowered = text
    parts = _RUNS.split(lowered)
    runs, gaps = parts[1::2], parts[0::2]  # gaps[i] comes before runs[i]; one more gap ends the text
    n = len(runs)
    # neighbouring runs that make a word of the text when joined, found in C:
    # a pass over the runs costs less than splitting each word of the
    # vocabulary at every length, above all in an article of a few pages
    vocabulary = set(runs)
    keys = set()
    for i in compress(range(n - 1), map(vocabulary.__contains__, map(add, runs, islice(runs, 1, None)))):
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
    last = -1  # the last run a match took: the next may not start before it ends
    pos = done = 0  # pos is where parts[done] starts
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
        pos += sum(map(len, parts[done:2 * i + 1]))
        done = 2 * i + 1
        start, end = pos, pos + size
        if doc.in_quotation(start, end):
            continue
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
