"""Sentences that open with the same words again and again (“Kallas said
that… Kallas said that…”)."""

from __future__ import annotations

from bisect import bisect_left
from itertools import repeat
from operator import add

from ...rule import Finding, Option, bad, custom, good
from ...text.chars import WORD_RE as _WORD
from .._prose import in_quotations, sentence_starts


def _first_words(doc, pos: int, end: int, n: int) -> list[tuple[str, int]]:
    """(word, end) of the first ``n`` words from ``pos`` before ``end``,
    stopping after one followed by , ; or :. Read off the document's words
    when none runs across ``pos`` or ``end``, else scanned."""
    text = doc.text
    starts, ends, texts = doc.word_starts, doc.word_ends, doc.word_texts
    i = bisect_left(starts, pos)
    out: list[tuple[str, int]] = []
    if not (i and ends[i - 1] > pos):
        while i < len(starts) and starts[i] < end and len(out) < n:
            if ends[i] > end:
                break  # cut by the sentence's end: scan instead
            out.append((texts[i], ends[i]))
            if text[ends[i]:ends[i] + 1] in (",", ";", ":"):
                return out
            i += 1
        else:
            return out
    out = []
    for m in _WORD.finditer(text, pos, end):
        out.append((m.group(0), m.end()))
        if len(out) == n or text[m.end():m.end() + 1] in (",", ";", ":"):
            break
    return out


class _Lower(dict):
    """Each distinct opening word lower-cased once, asked through ``map`` in C."""

    def __missing__(self, word: str) -> str:
        low = self[word] = word.lower()
        return low


def _check(unit, options):
    doc = unit.target
    n_words = int(options["words"])
    window = int(options["window"])
    minimum = int(options["min_repeats"])
    openers: dict[str, list[tuple[int, int, int]]] = {}
    text = doc.text
    starts, ends, texts = doc.word_starts, doc.word_ends, doc.word_texts
    count = len(starts)
    lower = _Lower().__getitem__
    marks = (",", ";", ":")
    opening = sentence_starts(doc)
    # whether each opening is quoted (``doc.in_quotation(pos)``), and its
    # first word, asked for all of them at once in C
    quoted = in_quotations(doc, opening, list(map(add, opening, repeat(1))))
    firsts = map(bisect_left, repeat(starts), opening)
    # _first_words' common case written out here, where a call and a list of
    # pairs per sentence cost more than the rest of the rule
    for index, (s, pos, i, skip) in enumerate(zip(doc.sentences, opening, firsts, quoted)):
        if skip:
            continue
        end = s.end
        if i and ends[i - 1] > pos or i + n_words > count or ends[i + n_words - 1] > end:
            words = _first_words(doc, pos, end, n_words)  # a word runs across an edge, or few are left
            if len(words) < n_words:
                continue
            key = " ".join(w.lower() for w, _ in words)
            openers.setdefault(key, []).append((index, pos, words[-1][1]))
            continue
        # the first n words lie inside the sentence (offsets grow): stop at one followed by , ; or :
        last = i + n_words - 1
        for e in ends[i:last]:
            if text[e:e + 1] in marks:
                break  # fewer than n words before the mark
        else:
            openers.setdefault(" ".join(map(lower, texts[i:last + 1])), []).append((index, pos, ends[last]))
    for key, hits in openers.items():
        cluster: list[tuple[int, int, int]] = []
        for hit in hits + [(10**9, 0, 0)]:
            if cluster and hit[0] - cluster[-1][0] > window:
                if len(cluster) >= minimum:
                    yield from _report(doc, cluster)
                cluster = []
            cluster.append(hit)


def _report(doc, cluster):
    first_line = doc.position(cluster[0][1])[0]
    for n, (_, start, end) in enumerate(cluster[1:], 2):
        yield Finding(start, end, args={"nth": _ordinal(n), "total": len(cluster), "line": first_line})


def _ordinal(n: int) -> str:
    return {2: "2nd", 3: "3rd"}.get(n, f"{n}th")


REPEATED = custom(
    "style.openers.repeated",
    _check,
    category="style/awkward",
    severity="neutral",
    options={"words": Option(3, int, minimum=1, maximum=20), "window": Option(10, int, minimum=1, maximum=1000),
             "min_repeats": Option(3, int, minimum=2, maximum=1000)},
    message="The {nth} of {total} nearby sentences opening with “{found}” (first on line {line}); vary the openings.",
    description="The same first words (option words, default 3) in at least min_repeats sentences, "
    "each within window sentences of the last.",
    examples=[
        bad("Kallas said that A is true. Kallas will go. ⟦Kallas said that⟧ C is true.", options={"min_repeats": 2}),
        good("Kallas said that A is true. Kallas said that B is true. Kallas will go. She said C is true."),
        good("Kallas said that A. Kallas said that B. " + " ".join(f"Item {n} was sold." for n in range(11))
             + " Kallas said that C."),
    ],
)

RULES = (REPEATED,)
