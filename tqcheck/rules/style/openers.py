"""Sentences that open with the same words again and again (“Kallas said
that… Kallas said that…”)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import chain, compress, repeat
from operator import add, attrgetter, ge, gt, or_, sub

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
    opening = sentence_starts(doc)
    # whether each opening is quoted (``doc.in_quotation(pos)``), and its
    # first word, asked for all of them at once in C
    quoted = in_quotations(doc, opening, list(map(add, opening, repeat(1))))
    firsts = list(map(bisect_left, repeat(starts), opening))
    # The key each sentence has when its first n words lie inside it and no
    # mark cuts them (its plain key), made for every sentence at once in C,
    # and counted: a sentence whose plain key fewer than ``minimum``
    # sentences have is in no cluster, unless sentences whose words run
    # across an edge (keyed the slow way below) make up the number. Most
    # sentences are such, and their marks, keys and hits cost the most.
    plain = _plain_keys(texts, firsts, n_words, lower)
    have = len(plain)
    tally = Counter(plain)
    sentences = doc.sentences
    head = firsts[:have]
    # which sentences to visit, found in C: those whose words may run
    # across an edge (a word before the first ends after the opening, or
    # the n-th ends after the sentence: for the first word of the text the
    # test reads the last word's end, and visits it), those that have fewer
    # than n words left in the text, and those whose plain key is common
    edgy = map(or_, map(gt, map(ends.__getitem__, map(sub, head, repeat(1))), opening),
               map(gt, map(ends.__getitem__, map(add, head, repeat(n_words - 1))),
                   map(attrgetter("end"), sentences)))
    common = map(ge, map(tally.__getitem__, plain), repeat(minimum))
    visit = chain(map(or_, edgy, common), repeat(True, len(opening) - have))
    slow: Counter[str] = Counter()  # keys made the slow way
    # _first_words' common case written out here, where a call and a list of
    # pairs per sentence cost more than the rest of the rule
    for index in compress(range(len(opening)), map(gt, visit, quoted)):
        pos, i, end = opening[index], firsts[index], sentences[index].end
        if i and ends[i - 1] > pos or i + n_words > count or ends[i + n_words - 1] > end:
            words = _first_words(doc, pos, end, n_words)  # a word runs across an edge, or few are left
            if len(words) < n_words:
                continue
            key = " ".join(w.lower() for w, _ in words)
            slow[key] += 1
            openers.setdefault(key, []).append((index, pos, words[-1][1]))
        elif tally[plain[index]] >= minimum:
            _add_plain(openers, text, ends, index, pos, i, n_words, plain)
    # keys the slow way made common enough: the plain sentences with such a
    # key, left out above, go back in
    wanted = {k for k, n in slow.items() if tally[k] < minimum <= tally[k] + n}
    if wanted:
        for index in compress(range(have), map(wanted.__contains__, plain)):
            pos, i = opening[index], firsts[index]
            if not quoted[index] and not (i and ends[i - 1] > pos) \
                    and ends[i + n_words - 1] <= sentences[index].end:
                _add_plain(openers, text, ends, index, pos, i, n_words, plain)
        for key in wanted:
            openers[key].sort()
    # in the order of each key's first sentence, as the keys were first met
    for key, hits in sorted(openers.items(), key=lambda kv: kv[1][0][0]):
        cluster: list[tuple[int, int, int]] = []
        for hit in hits + [(10**9, 0, 0)]:
            if cluster and hit[0] - cluster[-1][0] > window:
                if len(cluster) >= minimum:
                    yield from _report(doc, cluster)
                cluster = []
            cluster.append(hit)


def _plain_keys(texts, firsts: list[int], n: int, lower) -> list[str]:
    """The first ``n`` words from each of ``firsts`` in lower case, joined by
    spaces, for the sentences that have ``n`` words left in the text (a
    prefix of them, as ``firsts`` grows)."""
    have = bisect_right(firsts, len(texts) - n)
    lead = firsts[:have]
    columns = [map(lower, map(texts.__getitem__, map(add, lead, repeat(k)))) for k in range(n)]
    return list(map(" ".join, zip(*columns)))


def _add_plain(openers, text: str, ends, index: int, pos: int, i: int, n: int, plain: list[str]) -> None:
    """Add sentence ``index``'s hit under its plain key, unless a mark cuts
    its first ``n`` words (which lie inside it: offsets grow)."""
    last = i + n - 1
    for e in ends[i:last]:
        if text[e:e + 1] in (",", ";", ":"):
            return  # fewer than n words before the mark
    openers.setdefault(plain[index], []).append((index, pos, ends[last]))


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
